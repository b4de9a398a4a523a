/**
 * Content hashes, so that `npm start` rebuilds only what really changed: file times say nothing on a fresh clone,
 * where every file is new.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./paths.js";

/** The files below a folder (or the file itself), sorted, as paths relative to `base`. */
function filesOf(target: string, base: string): string[] {
  if (!statSync(target).isDirectory()) return [path.relative(base, target)];
  return readdirSync(target, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(base, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * SHA-256 over the names (relative to `base`) and contents of the files below `targets` (files or folders), in a
 * stable order. File times play no part.
 */
export function contentHash(targets: string[], base = PROJECT_ROOT): string {
  const hash = createHash("sha256");
  for (const file of targets.flatMap((target) => filesOf(target, base))) {
    // Names are hashed with `/` on every system, so that a hash made on one machine holds on another.
    hash
      .update(file.split(path.sep).join("/"))
      .update("\0")
      .update(readFileSync(path.join(base, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

/** The hash of the spec's sources, as `npm run generate` records it in generated/spec.sha256. */
export const SPEC_SOURCES = [path.join(PROJECT_ROOT, "spec")];
export const SPEC_HASH_FILE = "spec.sha256";

export function specHashLine(): string {
  return `${contentHash(SPEC_SOURCES)}  spec/\n`;
}
