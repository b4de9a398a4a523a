import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../scripts/generate.js";

const root = path.resolve(import.meta.dirname, "../..");

describe("generated/", () => {
  let outDir = "";
  afterAll(() => rm(outDir, { recursive: true, force: true }));

  it("is exactly what `npm run generate` makes from spec/ (run it and commit when this fails)", async () => {
    outDir = await mkdtemp(path.join(tmpdir(), "videosdk-generated-"));
    // The generator itself, in this process (`npm run generate` is a thin main() around it).
    await generate(outDir);
    // Recursive: generated/collections/ (the Postman files and the Bruno folder) is checked like the rest.
    const files = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort();
    const fresh = await files(outDir);
    const committed = await files(path.join(root, "generated"));
    expect(committed).toEqual(fresh);
    for (const name of fresh) {
      const [a, b] = await Promise.all([
        readFile(path.join(outDir, name), "utf8"),
        readFile(path.join(root, "generated", name), "utf8"),
      ]);
      expect(b, `generated/${name} is stale`).toBe(a);
    }
  }, 60_000);
});
