/** The package as built into dist/, for the tests of what users install. */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");

/** The files every entry point builds to. */
export const BUILT_ENTRIES = ["index", "node/index", "otel/index", "validate/index", "testing/index"] as const;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ unless it is newer than everything it is built from (`npm test` has just built it). */
export async function ensureBuilt(): Promise<void> {
  const outputs = BUILT_ENTRIES.flatMap((entry) => [".js", ".cjs", ".d.ts", ".d.cts"].map((ext) => entry + ext));
  const paths = outputs.map((file) => path.join(root, "dist", file));
  if (paths.every(existsSync)) {
    const oldestOutput = Math.min(...paths.map((file) => statSync(file).mtimeMs));
    const newestInput = Math.max(
      newestMtime(path.join(root, "src")),
      newestMtime(path.join(root, "generated")),
      statSync(path.join(root, "package.json")).mtimeMs,
    );
    if (oldestOutput > newestInput) return;
  }
  await promisify(execFile)("npm", ["run", "build"], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}
