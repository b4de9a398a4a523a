/** The package as built into dist/, for the tests of what users install. */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");

/** The package's entry points as the build names them (`index`, `node/index`...) with their sources: package.json's. */
export const PACKAGE_ENTRIES: Readonly<Record<string, string>> = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { tsup: { entry: Record<string, string> } }
).tsup.entry;

/** The built `videosdk` command line, in dist/. */
export const CLI_BIN = "cli/index.js";

/** The files every entry point builds to. */
export const BUILT_ENTRIES = Object.keys(PACKAGE_ENTRIES);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ unless it is newer than everything it is built from (`npm test` has just built it). */
export async function ensureBuilt(): Promise<void> {
  const outputs = [
    ...BUILT_ENTRIES.flatMap((entry) => [".js", ".cjs", ".d.ts", ".d.cts"].map((ext) => entry + ext)),
    // The command line, built by its own config (scripts/tsup-cli.config.ts).
    CLI_BIN,
  ];
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

/** The package as `npm pack` makes it, into a new temporary folder: the tarball and the files it holds. */
export async function packPackage(prefix: string): Promise<{ workDir: string; tarball: string; files: string[] }> {
  await ensureBuilt();
  const workDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const { stdout } = await promisify(execFile)(
    "npm",
    ["pack", "--json", "--ignore-scripts", "--pack-destination", workDir],
    // Without the enclosing `npm test`'s npm_package_* variables, which could point npm elsewhere.
    { cwd: root, maxBuffer: 16 * 1024 * 1024, env: withoutNpmRunVariables() },
  );
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  return { workDir, tarball: path.join(workDir, packed!.filename), files: packed!.files.map((file) => file.path) };
}

/**
 * The environment for npm in a consumer project. An enclosing `npm test` sets npm_package_*, npm_lifecycle_* and
 * npm_config_local_prefix, which would point npm at this repository; those go. The user's own settings
 * (npm_config_cache, npm_config_registry, proxies, ...) stay.
 */
export function withoutNpmRunVariables(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => {
      const name = key.toLowerCase();
      if (!name.startsWith("npm_")) return true;
      return name.startsWith("npm_config_") && name !== "npm_config_local_prefix";
    }),
  );
}

/** How a Node consumer project compiles its ESM and CommonJS programs against the packed package. */
export const NODE_CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    // No DOM lib: a Node project must compile the package's declarations with Node's types alone.
    lib: ["ES2022"],
    strict: true,
    outDir: "out",
    // The package's own declaration files are checked too, not skipped.
    skipLibCheck: false,
    types: ["node"],
    typeRoots: [path.join(root, "node_modules/@types")],
  },
  files: ["esm-consumer.mts", "cjs-consumer.cts"],
};
