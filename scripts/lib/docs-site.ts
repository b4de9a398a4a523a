/**
 * Builds the docs site: a self-contained Redoc page made from generated/openapi.json, with generated code samples
 * and the guides of scripts/docs-guides/ appended to `info.description` (Redoc turns its headings into sections of
 * the navigation). Only the docs copy of the spec is changed; generated/openapi.json stays the API description.
 *
 * Output (build/docs/ by default):
 *   index.html         the whole site: Redoc, its styles and the spec inlined, so it needs no network
 *   openapi.docs.json  the spec the page was built from (code samples and guides added)
 *   openapi.json/.yaml the API description as generated, for the download links
 *   openapi-3.0.json/.yaml  its OpenAPI 3.0.3 variant, for the download links
 *   collections/       the Postman collection and environments (download links) and the Bruno collection
 *
 * Why `build-docs --inlineBundle`: by default build-docs prerenders the page with the Redoc inside @redocly/cli and
 * makes the browser load the same version's redoc.standalone.js from Redocly's CDN. `--inlineBundle` embeds that
 * very file (lib/chunks/redoc.standalone.js, Redoc 3.0.1 in @redocly/cli 2.77.0) instead, so the hydrating script
 * always matches the prerendered markup, with nothing to download, copy or keep in step by hand.
 */
import { copyFile, cp, mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { SAMPLE_LANGUAGES, withCodeSamples } from "./code-samples.js";
import { POSTMAN_COLLECTION_FILE, postmanEnvironmentFile } from "./collections/files.js";
import { collectOperations } from "./operations.js";
import {
  BUNDLED_SPEC_JSON as BUNDLED_SPEC,
  BUNDLED_SPEC_30_JSON,
  BUNDLED_SPEC_30_YAML,
  BUNDLED_SPEC_YAML as BUNDLED_YAML,
  DOCS_ASSETS_DIR,
  DOCS_DIR,
  GENERATED_COLLECTIONS_DIR,
  GUIDES_DIR,
  PROJECT_ROOT as root,
} from "./paths.js";
import { runRedocly } from "./redocly.js";

export { DOCS_DIR, GUIDES_DIR };

const TEMPLATE = path.join(root, "scripts/docs-page.hbs");
export const DOCS_TITLE = "VideoSDK REST API v2 · Reference and guides";

type SpecObject = Record<string, unknown>;

export interface Guide {
  file: string;
  markdown: string;
}

/** The guides in file-name order (`01-...md`, `02-...md`). */
/**
 * The guide with its images (`](assets/<file>)`, from scripts/docs-assets/) inlined as data URLs: the page stays one
 * self-contained file, and an image shows wherever the site is served, under any prefix.
 */
async function withInlineImages(guide: Guide): Promise<Guide> {
  const names = [...new Set([...guide.markdown.matchAll(/\]\(assets\/([\w.-]+\.png)\)/g)].map((match) => match[1]!))];
  let markdown = guide.markdown;
  for (const name of names) {
    const data = (await readFile(path.join(DOCS_ASSETS_DIR, name))).toString("base64");
    markdown = markdown.replaceAll(`](assets/${name})`, `](data:image/png;base64,${data})`);
  }
  return { ...guide, markdown };
}

export async function readGuides(dir = GUIDES_DIR): Promise<Guide[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith(".md")).sort();
  return Promise.all(files.map(async (file) => ({ file, markdown: await readFile(path.join(dir, file), "utf8") })));
}

/**
 * Blocks that guides include with `<!-- generated: name -->`, made from the spec so that they never drift from it.
 */
const GENERATED_BLOCKS: Record<string, (spec: SpecObject) => string> = {
  "pagination-layouts": (spec) => {
    const rows = collectOperations(spec)
      .filter((op) => op.pagination)
      .map(
        (op) =>
          `| \`vsdk.${op.namespace}.${op.methodName}()\` | \`${op.method} ${op.path}\` | \`${op.pagination!.items.join(".")}\` |`,
      );
    return ["| method | endpoint | items at |", "|---|---|---|", ...rows].join("\n");
  },
  "webhook-events": (spec) => {
    const webhooks = (spec.webhooks ?? {}) as Record<string, { post?: { summary?: string } }>;
    const rows = Object.entries(webhooks).map(([name, item]) => {
      const summary = (item.post?.summary ?? "").replace(/^[\w-]+:\s*/, "");
      return `| \`${name}\` | ${summary} |`;
    });
    return ["| event (`webhookType`) | when |", "|---|---|", ...rows].join("\n");
  },
};

/** A guide's markdown with its generated blocks filled in. Unknown block names fail the build. */
export function renderGuide(guide: Guide, spec: SpecObject): string {
  return guide.markdown.replace(/<!--\s*generated:\s*([\w-]+)\s*-->/g, (_, name: string) => {
    const block = GENERATED_BLOCKS[name];
    if (!block)
      throw new Error(
        `${guide.file}: unknown generated block "${name}" (known: ${Object.keys(GENERATED_BLOCKS).join(", ")})`,
      );
    return block(spec);
  });
}

/**
 * Sections of the API's own description that a guide covers in full: the docs copy leaves them out, so that the
 * navigation has one entry per subject (the "Authentication and tokens" guide, not also "Authentication").
 */
export const SECTIONS_COVERED_BY_GUIDES = ["Authentication"] as const;

/** The markdown without its `## <heading>` section (up to the next heading of level 1 or 2). */
export function withoutSection(markdown: string, heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) throw new Error(`the API description has no "## ${heading}" section to leave out`);
  const next = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  return [...lines.slice(0, start), ...(next < 0 ? [] : lines.slice(next))].join("\n");
}

/** The spec the docs are built from: code samples on every operation, the guides after the API's own description. */
export function docsSpec(spec: SpecObject, guides: Guide[], packageName: string): SpecObject {
  const copy = withCodeSamples(spec, { packageName });
  const info = copy.info as { description?: string };
  const rendered = guides.map((guide) => renderGuide(guide, spec).trim());
  const own = SECTIONS_COVERED_BY_GUIDES.reduce(withoutSection, info.description ?? "");
  // Redoc makes each level-1 heading a group of the navigation and every deeper heading an entry of that group: a
  // guide starts with `# Title` and divides into `## ...` sections.
  info.description = [own.trimEnd(), ...rendered].join("\n\n") + "\n";
  return copy;
}

/**
 * The first segments of Redoc's routes: `section` (the description's headings) and each tag's slug. The page's
 * deep-link script (docs-page.hbs) finds where a route starts in a path with them.
 */
export function routeRoots(spec: SpecObject): string[] {
  const tags = (spec.tags as { name: string }[] | undefined) ?? [];
  return ["section", ...tags.map((tag) => tag.name.toLowerCase())];
}

/**
 * Redoc 3 shows its attribution logo from Redocly's CDN, which the page's policy (and the offline promise) forbids:
 * a console error on every load. The page gets the same attribution as an inline image instead.
 */
const REDOC_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="14" viewBox="0 0 40 14">' +
    '<text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redoc</text>' +
    "</svg>",
)}`;

export function withInlineLogo(html: string): string {
  const inlined = html.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, REDOC_LOGO);
  const remote = inlined.match(/https:\/\/cdn\.redoc\.ly\/[^"'`) ]*/);
  if (remote) throw new Error(`build-docs loads ${remote[0]} from Redocly's CDN: the page would not work offline`);
  return inlined;
}

/** Redoc's options. Redoc shows only the samples whose label is in its language list, so the list is the generator's. */
export function redocOptions(): Record<string, unknown> {
  return {
    codeSamples: { languages: SAMPLE_LANGUAGES.map(({ lang, label }) => ({ lang, label })) },
    // Relative, so the site works under any path prefix: the page itself stays at its URL (Redoc routes in the hash).
    downloadUrls: [
      { title: "openapi.json", url: "openapi.json" },
      { title: "openapi.yaml", url: "openapi.yaml" },
      { title: "openapi-3.0.json (OpenAPI 3.0.3)", url: "openapi-3.0.json" },
      { title: "openapi-3.0.yaml (OpenAPI 3.0.3)", url: "openapi-3.0.yaml" },
      { title: "Postman collection", url: `collections/${POSTMAN_COLLECTION_FILE}` },
      { title: "Postman environment: sandbox", url: `collections/${postmanEnvironmentFile("sandbox")}` },
      { title: "Postman environment: production", url: `collections/${postmanEnvironmentFile("production")}` },
    ],
  };
}

export interface BuildDocsOptions {
  /** Where the site goes. Default build/docs. */
  outDir?: string | undefined;
  /** Print build-docs' output. Default false. */
  verbose?: boolean | undefined;
}

export interface DocsBuild {
  outDir: string;
  indexHtml: string;
  operations: number;
  codeSamples: number;
  guides: number;
  /** Size of index.html in bytes. */
  pageBytes: number;
}

export async function buildDocs(options: BuildDocsOptions = {}): Promise<DocsBuild> {
  const outDir = path.resolve(options.outDir ?? DOCS_DIR);
  let spec: SpecObject;
  try {
    spec = JSON.parse(await readFile(BUNDLED_SPEC, "utf8")) as SpecObject;
  } catch (error) {
    throw new Error(
      `cannot read ${path.relative(root, BUNDLED_SPEC)} (run \`npm run generate\` first): ${(error as Error).message}`,
    );
  }
  const { name: packageName } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as { name: string };
  const guides = await Promise.all((await readGuides()).map(withInlineImages));
  const augmented = docsSpec(spec, guides, packageName);

  await mkdir(outDir, { recursive: true });
  const augmentedPath = path.join(outDir, "openapi.docs.json");
  await writeFile(augmentedPath, JSON.stringify(augmented, null, 2) + "\n");
  await copyFile(BUNDLED_SPEC, path.join(outDir, "openapi.json"));
  await copyFile(BUNDLED_YAML, path.join(outDir, "openapi.yaml"));
  await copyFile(BUNDLED_SPEC_30_JSON, path.join(outDir, "openapi-3.0.json"));
  await copyFile(BUNDLED_SPEC_30_YAML, path.join(outDir, "openapi-3.0.yaml"));
  await cp(GENERATED_COLLECTIONS_DIR, path.join(outDir, "collections"), { recursive: true });

  // Written beside and renamed, so that a server running meanwhile never sends half a page.
  const indexHtml = path.join(outDir, "index.html");
  const partial = path.join(outDir, ".index.html.partial");
  const info = spec.info as { summary?: string };
  const output = await runRedocly(
    [
      "build-docs",
      augmentedPath,
      ["--output", partial],
      "--inlineBundle",
      ["--template", TEMPLATE],
      ["--title", DOCS_TITLE],
      ["--templateOptions.description", info.summary ?? DOCS_TITLE],
      ["--templateOptions.routeRoots", routeRoots(spec).join(",")],
      ["--openapi", JSON.stringify(redocOptions())],
      ["--lint-config", "off"],
    ].flat(),
  );
  if (options.verbose && output) console.log(output);
  const html = withInlineLogo(await readFile(partial, "utf8"));
  if (html.includes("cdn.redocly.com/redoc"))
    throw new Error("build-docs still loads Redoc from the CDN: the page would not work offline");
  if (!html.includes("Content-Security-Policy"))
    throw new Error(`build-docs ignored the page template ${path.relative(root, TEMPLATE)}`);
  await writeFile(partial, html);
  await rename(partial, indexHtml);

  const paths = augmented.paths as Record<string, Record<string, { "x-codeSamples"?: unknown[] }>>;
  const operations = collectOperations(spec);
  const codeSamples = operations.reduce(
    (sum, op) => sum + (paths[op.path]![op.method.toLowerCase()]!["x-codeSamples"]?.length ?? 0),
    0,
  );
  return {
    outDir,
    indexHtml,
    operations: operations.length,
    codeSamples,
    guides: guides.length,
    pageBytes: (await stat(indexHtml)).size,
  };
}
