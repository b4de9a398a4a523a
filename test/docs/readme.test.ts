/**
 * The README cannot rot: its TypeScript blocks (ES modules) and its CommonJS JavaScript blocks compile against the
 * package as users get it (dist/'s declarations, through the package's own exports), and its shell commands exist.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MCP_USAGE } from "../../src/mcp/command.js";
import { ensureBuilt } from "../support/build.js";
import { compileProject } from "../support/typescript.js";

const root = path.resolve(import.meta.dirname, "../..");
const readme = await readFile(path.join(root, "README.md"), "utf8");
const blocks = (lang: string) =>
  [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);

describe("README", () => {
  it("links only to files the package ships (the links work in the installed package) or to absolute URLs", async () => {
    const { files } = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as { files: string[] };
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((target) => !/^[a-z]+:/i.test(target));
    expect(relative.length).toBeGreaterThan(0);
    for (const target of relative) {
      const shipped = files.some((entry) => target === entry || target.startsWith(`${entry}/`));
      expect(shipped, `${target} is linked from the README but not in package.json's files`).toBe(true);
      await expect(readFile(path.join(root, target))).resolves.toBeDefined();
    }
  });

  it("has TypeScript and CommonJS examples, and every one compiles against the package's entries", async () => {
    const sources = blocks("ts");
    expect(sources.length).toBeGreaterThanOrEqual(5);
    // The CommonJS form, checked as the JavaScript it is (.cjs, checkJs): require() resolves like an import.
    const commonJs = blocks("js").filter((source) => source.includes("require("));
    expect(commonJs.length).toBeGreaterThanOrEqual(1);
    await ensureBuilt();
    const dir = path.join(root, "node_modules/.cache/readme-check");
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await Promise.all([
      ...sources.map((source, i) => writeFile(path.join(dir, `block-${i + 1}.mts`), `export {};\n${source}`)),
      ...commonJs.map((source, i) => writeFile(path.join(dir, `commonjs-${i + 1}.cjs`), source)),
    ]);
    // The Deno example's one global, as Deno's own types declare it.
    await writeFile(
      path.join(dir, "deno.d.ts"),
      "declare namespace Deno { const env: { get(name: string): string | undefined }; }\n",
    );
    await writeFile(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          lib: ["ES2022", "DOM"],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ["node"],
          typeRoots: [path.join(root, "node_modules/@types")],
          // The blocks sit inside this package: its name resolves to itself through package.json's exports, as it
          // does for users (import to the .d.ts declarations, require to the .d.cts).
          allowJs: true,
          checkJs: true,
        },
        include: ["*.mts", "*.cjs", "deno.d.ts"],
      }),
    );
    expect(compileProject(path.join(dir, "tsconfig.json")).output).toBe("");
  }, 60_000);

  it("names only npm scripts that exist", async () => {
    const scripts = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")).scripts as Record<
      string,
      string
    >;
    const named = [...readme.matchAll(/npm (?:run )?([\w:-]+)/g)]
      .map((m) => m[1]!)
      .filter((name) => !["ci", "install", "init"].includes(name));
    expect(named.length).toBeGreaterThan(3);
    for (const name of named) expect(Object.keys(scripts), `npm ${name}`).toContain(name);
  });

  it("configures an assistant with JSON that starts `videosdk mcp` from this package, with flags it knows", async () => {
    const pkg = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as {
      name: string;
      peerDependencies: Record<string, string>;
    };
    const configs = blocks("json").map((source) => JSON.parse(source) as Record<string, any>);
    const server = configs.find((config) => config.mcpServers)?.mcpServers.videosdk;
    expect(server.command).toBe("npx");
    const args = server.args as string[];
    // npx installs the package and the SDK, then runs the package's `videosdk` bin.
    const packages = args.flatMap((arg, i) => (args[i - 1] === "-p" ? [arg] : []));
    expect(packages).toEqual([pkg.name, "@modelcontextprotocol/sdk"]);
    expect(Object.keys(pkg.peerDependencies)).toContain("@modelcontextprotocol/sdk");
    const flags = args.slice(args.indexOf("mcp") + 1);
    expect(args.slice(args.indexOf("mcp") - 1, args.indexOf("mcp") + 1)).toEqual(["videosdk", "mcp"]);
    for (const flag of flags) expect(MCP_USAGE, flag).toContain(`  ${flag} `);
    expect(Object.keys(server.env).sort()).toEqual(["VIDEOSDK_API_KEY", "VIDEOSDK_SECRET"]);
  });
});
