/** The universal entry must bundle for browsers: no Node built-ins, no jsonwebtoken, nothing from src/node/. */
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { initialOutputs, splitProgram } from "../../scripts/lib/program-size.js";
import { VideoSDKError } from "../../src/errors.js";
import { lazily } from "../../src/internal/lazy.js";

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

  it("a browser page given a token loads no token code before its call: signing, claims and the doctor are lazy", async () => {
    const program = `import { createVideoSDK } from ${JSON.stringify(path.join(root, "src/index.ts"))};
createVideoSDK({ token: "TOKEN" }).rooms.create({}).then((room) => console.log(room.roomId));`;
    const { metafile } = await splitProgram(program, { root, platform: "browser", loader: "ts" });
    const initial = new Set(initialOutputs(metafile));
    const sources = (chunks: string[]) =>
      chunks.flatMap((chunk) => Object.keys(metafile.outputs[chunk]!.inputs)).map((file) => path.basename(file));
    const outputs = Object.keys(metafile.outputs);
    const tokenCode = ["claims.ts", "jwt.ts", "mint.ts", "inspect.ts", "verify.ts", "token-cache.ts", "encoding.ts"];
    expect(sources(outputs.filter((chunk) => initial.has(chunk)))).toContain("transport.ts");
    expect(sources(outputs.filter((chunk) => initial.has(chunk))).filter((file) => tokenCode.includes(file))).toEqual(
      [],
    );
    // The code is there, for a client given { apiKey, secret } and for mintToken and the doctor: in lazy chunks.
    expect(sources(outputs.filter((chunk) => !initial.has(chunk)))).toEqual(
      expect.arrayContaining(["client-minting.ts", "claims.ts", "jwt.ts", "mint.ts"]),
    );
  });

  it("a one-call page loads no waiter, middleware, list-iteration, preview or streaming-body code first", async () => {
    const program = `import { createVideoSDK } from ${JSON.stringify(path.join(root, "src/index.ts"))};
createVideoSDK({ token: "TOKEN" }).rooms.create({}).then((room) => console.log(room.roomId));`;
    const { metafile } = await splitProgram(program, { root, platform: "browser", loader: "ts" });
    const initial = new Set(initialOutputs(metafile));
    const sources = (chunks: string[]) =>
      chunks.flatMap((chunk) => Object.keys(metafile.outputs[chunk]!.inputs)).map((file) => path.basename(file));
    const outputs = Object.keys(metafile.outputs);
    const lazyFeatures = ["waiter-engine.ts", "middleware-runner.ts", "page-walk.ts", "preview.ts", "body.ts"];
    const initialSources = sources(outputs.filter((chunk) => initial.has(chunk)));
    expect(initialSources).toEqual(expect.arrayContaining(["facade.ts", "pagination.ts", "waiters.ts"]));
    expect(initialSources.filter((file) => lazyFeatures.includes(file))).toEqual([]);
    // Each is still in the build, in a chunk of its own that its first use loads.
    expect(sources(outputs.filter((chunk) => !initial.has(chunk)))).toEqual(expect.arrayContaining(lazyFeatures));
  });

  it("a lazy feature that fails to load rejects with a VideoSDKError, and its next use tries again", async () => {
    let attempts = 0;
    const load = lazily("waiters", async () => {
      attempts++;
      if (attempts === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return "loaded";
    });
    const failure = await load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(VideoSDKError);
    expect((failure as VideoSDKError).message).toMatch(/could not load the code for waiters/);
    expect((failure as VideoSDKError).cause).toBeInstanceOf(TypeError);
    await expect(load()).resolves.toBe("loaded");
    await expect(load()).resolves.toBe("loaded");
    expect(attempts).toBe(2);
  });

  it("importing either entry does not load openapi-fetch: the path client loads it with its first request", async () => {
    for (const [entry, platform] of [
      ["src/index.ts", "browser"],
      ["src/node/index.ts", "node"],
    ] as const) {
      const { metafile } = await build({
        entryPoints: [path.join(root, entry)],
        bundle: true,
        splitting: true,
        format: "esm",
        platform,
        outdir: "/entries",
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      const inputsOf = (chunks: string[]) => chunks.flatMap((chunk) => Object.keys(metafile.outputs[chunk]!.inputs));
      const openapiFetch = (file: string) => file.includes("node_modules/openapi-fetch/");
      expect(inputsOf(initialOutputs(metafile)).filter(openapiFetch)).toEqual([]);
      expect(inputsOf(Object.keys(metafile.outputs)).some(openapiFetch)).toBe(true);
    }
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
