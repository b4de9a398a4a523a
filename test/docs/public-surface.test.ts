/**
 * The public surface, as users get it: the sorted export names of each built entry (values from the ESM and
 * CommonJS builds, types from the declarations). Adding, removing or renaming an export changes the snapshot, so
 * a change of surface is a deliberate edit (`vitest -u`), reviewed with the rest of the change.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILT_ENTRIES, ensureBuilt } from "../support/build.js";

const dist = path.resolve(import.meta.dirname, "../../dist");
const require = createRequire(import.meta.url);

beforeAll(() => ensureBuilt(), 180_000);

/** The names the `export { ... }` and `export type { ... }` lists of a built declaration file name. */
function declaredNames(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const lists = [...text.matchAll(/export (?:type )?\{([^}]*)\}(?: from [^;]+)?;/g)].map((match) => match[1]!);
  return lists
    .flatMap((list) => list.split(","))
    .map((entry) => entry.trim().replace(/^type /, ""))
    .filter(Boolean)
    .map((entry) => entry.split(/\s+as\s+/).pop()!)
    .sort();
}

describe.each(BUILT_ENTRIES)("dist/%s", (entry) => {
  it("exports these values, the same from ESM and CommonJS", async () => {
    const esm = Object.keys(await import(pathToFileURL(path.join(dist, `${entry}.js`)).href)).sort();
    const cjs = Object.keys(require(path.join(dist, `${entry}.cjs`)) as object).sort();
    expect(cjs).toEqual(esm);
    expect(esm).toMatchSnapshot();
  });

  it("declares these names (values and types)", () => {
    const names = declaredNames(path.join(dist, `${entry}.d.ts`));
    expect(declaredNames(path.join(dist, `${entry}.d.cts`))).toEqual(names);
    expect(names).toMatchSnapshot();
  });
});

it("keeps internals out: no error factory, no encoding or suggestion helper, no alias", async () => {
  const names = Object.keys(await import(pathToFileURL(path.join(dist, "node/index.js")).href));
  for (const internal of [
    "errorFromResponse",
    "errorMessageOf",
    "parseRetryAfter",
    "requestIdOf",
    "importWebhookPublicKey",
    "isWebhookEventName",
    "nodeWebhookMiddleware",
    "closestNames",
    "pemBody",
    "bytesToBase64",
    "parseExpiresIn",
  ]) {
    expect(names).not.toContain(internal);
  }
});
