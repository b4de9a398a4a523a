import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runRedocly } from "./redocly.js";

/**
 * Bundles the split spec into one document with `redocly bundle`: every external `$ref` becomes a
 * `#/components/...` reference named after its key in the source file.
 */
export async function bundleSpec(rootFile: string): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(path.join(tmpdir(), "videosdk-bundle-"));
  const out = path.join(dir, "openapi.json");
  try {
    await runRedocly(["bundle", rootFile, "--ext", "json", "-o", out]);
    const spec = JSON.parse(await readFile(out, "utf8")) as Record<string, unknown>;
    assertUniqueComponentNames(spec);
    return spec;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The bundler renames a clashing component `Name-2`; names must stay the ones the spec chose. */
function assertUniqueComponentNames(spec: Record<string, unknown>): void {
  const components = (spec.components ?? {}) as Record<string, Record<string, unknown>>;
  const clashes = Object.entries(components).flatMap(([kind, map]) =>
    Object.keys(map)
      .filter((name) => /-\d+$/.test(name))
      .map((name) => `${kind}/${name}`),
  );
  if (clashes.length) {
    throw new Error(`component names clash across spec files (the bundler renamed them): ${clashes.join(", ")}`);
  }
}
