/** npm start regenerates generated/ when the spec's content changed, never because of file times alone. */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentHash, SPEC_HASH_FILE, specHashLine } from "../../scripts/lib/content-hash.js";
import { root } from "./support.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "videosdk-content-hash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("content hash", () => {
  it("changes with a file's content or name, not with its time", () => {
    mkdirSync(path.join(dir, "spec/paths"), { recursive: true });
    writeFileSync(path.join(dir, "spec/openapi.yaml"), "openapi: 3.1.0\n");
    writeFileSync(path.join(dir, "spec/paths/a.yaml"), "a: 1\n");
    const hash = () => contentHash([path.join(dir, "spec")], dir);
    const original = hash();
    utimesSync(path.join(dir, "spec/paths/a.yaml"), new Date(), new Date(Date.now() + 60_000));
    expect(hash()).toBe(original);
    writeFileSync(path.join(dir, "spec/paths/a.yaml"), "a: 2\n");
    const edited = hash();
    expect(edited).not.toBe(original);
    renameSync(path.join(dir, "spec/paths/a.yaml"), path.join(dir, "spec/paths/b.yaml"));
    expect(hash()).not.toBe(edited);
  });

  it("of spec/ is what generated/spec.sha256 records (npm run generate writes it)", () => {
    expect(readFileSync(path.join(root, "generated", SPEC_HASH_FILE), "utf8")).toBe(specHashLine());
  });
});
