/** The package as built into dist/, for the tests of what users install. */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { withLock } from "../../scripts/lib/lock.js";

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

/** The newest modification time of what dist/ is built from. */
function newestInput(): number {
  return Math.max(
    newestMtime(path.join(root, "src")),
    newestMtime(path.join(root, "generated")),
    statSync(path.join(root, "package.json")).mtimeMs,
  );
}

/** Builds dist/ unless it is newer than everything it is built from (`npm test` has just built it). */
export function ensureBuilt(): Promise<void> {
  // One build at a time across vitest's workers: tsup empties dist/ first, which would pull it from under a reader.
  return withLock("build", async () => {
    const outputs = [
      ...BUILT_ENTRIES.flatMap((entry) => [".js", ".cjs", ".d.ts", ".d.cts"].map((ext) => entry + ext)),
      // The command line, built by its own config (scripts/tsup-cli.config.ts).
      CLI_BIN,
    ];
    const paths = outputs.map((file) => path.join(root, "dist", file));
    if (paths.every(existsSync)) {
      const oldestOutput = Math.min(...paths.map((file) => statSync(file).mtimeMs));
      if (oldestOutput > newestInput()) return;
    }
    await promisify(execFile)("npm", ["run", "build"], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  });
}

const PACK_DIR = path.join(root, "test-output/pack");

/**
 * The package as `npm pack` makes it: a new temporary folder for the caller, the tarball and the files it holds.
 * The tarball is packed once per build of dist/ and shared by every test that installs the package.
 */
export async function packPackage(prefix: string): Promise<{ workDir: string; tarball: string; files: string[] }> {
  await ensureBuilt();
  const packed = await withLock("pack", async () => {
    const stamp = path.join(PACK_DIR, "packed.json");
    // What the tarball holds: the build, the spec, the package's own files.
    const inputs = Math.max(
      newestMtime(path.join(root, "dist")),
      newestInput(),
      ...["README.md", "CHANGELOG.md"].map((file) => statSync(path.join(root, file)).mtimeMs),
    );
    if (existsSync(stamp)) {
      const previous = JSON.parse(readFileSync(stamp, "utf8")) as { inputs: number; tarball: string; files: string[] };
      if (previous.inputs === inputs && existsSync(previous.tarball)) return previous;
    }
    rmSync(PACK_DIR, { recursive: true, force: true });
    mkdirSync(PACK_DIR, { recursive: true });
    const { stdout } = await promisify(execFile)(
      "npm",
      ["pack", "--json", "--ignore-scripts", "--pack-destination", PACK_DIR],
      // Without the enclosing `npm test`'s npm_package_* variables, which could point npm elsewhere.
      { cwd: root, maxBuffer: 16 * 1024 * 1024, env: withoutNpmRunVariables() },
    );
    const [result] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    const entry = {
      inputs,
      tarball: path.join(PACK_DIR, result!.filename),
      files: result!.files.map((file) => file.path),
    };
    writeFileSync(stamp, JSON.stringify(entry));
    return entry;
  });
  const workDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { workDir, tarball: packed.tarball, files: packed.files };
}

/**
 * Outside the repository, so that nothing resolves from the repository's own node_modules (one folder per checkout,
 * kept between runs like test-output/).
 */
const INSTALL_DIR = path.join(
  os.tmpdir(),
  `videosdk-api-installed-${createHash("sha256").update(root).digest("hex").slice(0, 12)}`,
);

/**
 * The packed package installed with npm as a user installs it (its dependencies at the lockfile's versions, from
 * npm's cache when it can), once per tarball and shared by the tests that use it. Each caller gets a new folder
 * inside the installed project for its own files (`projectDir`), which resolves the package from the project's
 * node_modules (`installDir`); `workDir` is the caller's to remove.
 */
export async function installPackage(
  prefix: string,
): Promise<{ installDir: string; projectDir: string; workDir: string; files: string[] }> {
  const packed = await packPackage(prefix);
  rmSync(packed.workDir, { recursive: true, force: true });
  await withLock("install", async () => {
    const stamp = path.join(INSTALL_DIR, "installed-from.json");
    // The tarball is packed again, at the same path, whenever dist/ changes: its time and size tell the packs apart.
    const { mtimeMs, size } = statSync(packed.tarball);
    const from = JSON.stringify({ tarball: packed.tarball, mtimeMs, size });
    if (existsSync(stamp) && readFileSync(stamp, "utf8") === from) return;
    rmSync(INSTALL_DIR, { recursive: true, force: true });
    mkdirSync(INSTALL_DIR, { recursive: true });
    writeFileSync(
      path.join(INSTALL_DIR, "package.json"),
      JSON.stringify({
        name: "videosdk-api-consumer",
        private: true,
        type: "module",
        overrides: lockedDependencyVersions(),
      }),
    );
    await promisify(execFile)(
      "npm",
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", packed.tarball],
      { cwd: INSTALL_DIR, env: withoutNpmRunVariables(), maxBuffer: 16 * 1024 * 1024 },
    );
    writeFileSync(stamp, from);
  });
  const projectDir = mkdtempSync(path.join(INSTALL_DIR, prefix));
  return { installDir: INSTALL_DIR, projectDir, workDir: projectDir, files: packed.files };
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

/** Pins the package's dependencies to the versions this repository's lockfile resolved, as `npm ci` installed them. */
export function lockedDependencyVersions(): Record<string, string> {
  const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }>;
  };
  const versions: Record<string, string> = {};
  for (const [location, entry] of Object.entries(lock.packages)) {
    const name = location.slice("node_modules/".length);
    if (
      !location.startsWith("node_modules/") ||
      name.includes("node_modules/") ||
      entry.dev ||
      entry.devOptional ||
      !entry.version
    )
      continue;
    versions[name] = entry.version;
  }
  return versions;
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
    // The package's own declaration files are checked too, not skipped (compileProject's checkedPackages: the
    // package's, not its dependencies' or Node's).
    skipLibCheck: false,
    // ...but not TypeScript's own lib files, which no package can break.
    skipDefaultLibCheck: true,
    types: ["node"],
    typeRoots: [path.join(root, "node_modules/@types")],
  },
  files: ["esm-consumer.mts", "cjs-consumer.cts"],
};
