/**
 * The resources an assistant can read: the OpenAPI description (`videosdk://openapi.json`) and the docs' guides as
 * Markdown (`videosdk://guides/<name>`). Both are read from the installed package: `generated/openapi.json` and
 * `scripts/docs-guides/*.md` are in its `files`, found through the package's own name.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { moduleFile } from "../testing/module-file.js";

export interface McpResource {
  uri: string;
  name: string;
  title: string;
  description: string;
  mimeType: string;
  /** The file it is read from. */
  file: string;
}

/** The folder of the installed package (this repository, when run from it). */
export function packageRoot(): string {
  return path.dirname(createRequire(moduleFile()).resolve("videosdk-api/package.json"));
}

export function packageVersion(root = packageRoot()): string {
  return (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
}

export function packageResources(root = packageRoot()): McpResource[] {
  const resources: McpResource[] = [
    {
      uri: "videosdk://openapi.json",
      name: "openapi.json",
      title: "VideoSDK REST API v2: OpenAPI 3.1 description",
      description: "Every operation, schema and webhook of the API, with examples: the spec the tools are made from.",
      mimeType: "application/json",
      file: path.join(root, "generated/openapi.json"),
    },
  ];
  const guides = path.join(root, "scripts/docs-guides");
  if (!existsSync(guides)) return resources;
  for (const file of readdirSync(guides)
    .filter((name) => name.endsWith(".md"))
    .sort()) {
    const text = readFileSync(path.join(guides, file), "utf8");
    const name = file.replace(/^\d+-/, "").replace(/\.md$/, "");
    const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? name;
    resources.push({
      uri: `videosdk://guides/${name}`,
      name: `guides/${name}`,
      title: `Guide: ${title}`,
      description: `The "${title}" guide of the SDK's documentation, as Markdown.`,
      mimeType: "text/markdown",
      file: path.join(guides, file),
    });
  }
  return resources;
}
