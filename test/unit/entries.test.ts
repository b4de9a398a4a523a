/** The universal entry must bundle for browsers: no Node built-ins, no jsonwebtoken, nothing from src/node/. */
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

async function inputsOf(entry: string, platform: "browser" | "node") {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform,
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile!.inputs);
}

describe("entry points", () => {
  it("the universal entry bundles for the browser without Node code", async () => {
    const inputs = await inputsOf("src/index.ts", "browser");
    expect(inputs.some((file) => file.includes("src/facade.ts"))).toBe(true);
    expect(inputs.filter((file) => /jsonwebtoken|src\/node\/|^node:/.test(file))).toEqual([]);
  });

  it("the Node entry carries token minting, loading jsonwebtoken only when it first mints", async () => {
    const inputs = await inputsOf("src/node/index.ts", "node");
    expect(inputs.some((file) => file.includes("src/node/token.ts"))).toBe(true);
    // Required at run time (createRequire), not imported: bundling the entry does not pull it in.
    expect(inputs.some((file) => file.includes("node_modules/jsonwebtoken"))).toBe(false);
  });

  it("a Node built-in in the universal graph would fail the browser build", async () => {
    await expect(
      build({
        stdin: { contents: 'import "node:crypto"; export * from "./src/index.ts";', resolveDir: root, loader: "ts" },
        bundle: true,
        platform: "browser",
        write: false,
        logLevel: "silent",
      }),
    ).rejects.toThrow(/node:crypto/);
  });
});
