/**
 * The package's type declarations, the last step of `npm run build`: the declarations that `tsc -b` wrote while
 * checking src/ (node_modules/.cache/tsc/dts, a tree mirroring the repository's) bundled by rollup-plugin-dts into
 * dist/, one file per entry of package.json's `tsup.entry` beside its JavaScript, with shared chunks: `.d.ts` for
 * the ESM build, `.d.cts` for the CommonJS one. Bundling declarations that exist already is a matter of a second
 * or two; having tsup emit them again would check all of src/ once more, for each entry.
 *
 * Usage: node --import tsx scripts/build-declarations.ts (after `tsc -b` of src/'s projects and tsup)
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { type Plugin, rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import { PROJECT_ROOT } from "./lib/paths.js";

/** Where the `outDir` of src/'s four projects puts their declarations. */
const DECLARATIONS_DIR = path.join(PROJECT_ROOT, "node_modules/.cache/tsc/dts");
const DIST = path.join(PROJECT_ROOT, "dist");

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
  tsup: { entry: Record<string, string> };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** Each entry's emitted declaration file: src/node/index.ts is node_modules/.cache/tsc/dts/src/node/index.d.ts. */
function entryInputs(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(pkg.tsup.entry).map(([name, source]) => {
      const declaration = path.join(DECLARATIONS_DIR, source.replace(/\.ts$/, ".d.ts"));
      if (!existsSync(declaration)) throw new Error(`${declaration} is missing: run tsc -b on src/'s projects first`);
      return [name, declaration];
    }),
  );
}

/**
 * Hand-written declaration files (generated/schema.d.ts, generated/sandbox-control.d.ts) are inputs of the
 * projects, not outputs, so tsc writes no copy of them: an import that finds nothing in the emitted tree is
 * looked up at the same place in the repository.
 */
const sourceDeclarations: Plugin = {
  name: "source-declarations",
  resolveId(source, importer) {
    if (!importer?.startsWith(DECLARATIONS_DIR) || !source.startsWith(".")) return null;
    const emitted = path.resolve(path.dirname(importer), source).replace(/\.js$/, ".d.ts");
    if (existsSync(emitted)) return emitted;
    const inRepository = path.join(PROJECT_ROOT, path.relative(DECLARATIONS_DIR, emitted));
    return existsSync(inRepository) ? inRepository : null;
  },
};

/** What stays an import: the package's dependencies and peers, and Node's built-ins. */
const external = [
  ...Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).map(
    (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|/)`),
  ),
  /^node:/,
];

async function main(): Promise<void> {
  // Declarations of an earlier build (tsup's JavaScript step has emptied dist/ already, unless run alone).
  for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.d\.c?ts$/.test(entry.name)) rmSync(path.join(entry.parentPath, entry.name));
  }
  const bundle = await rollup({
    input: entryInputs(),
    plugins: [sourceDeclarations, dts({ respectExternal: false })],
    external,
    onwarn(warning) {
      if (warning.code === "CIRCULAR_DEPENDENCY") return;
      // Anything else (an import that resolves nowhere, above all) fails the build.
      throw new Error(`declarations: ${warning.message}`);
    },
  });
  try {
    for (const extension of [".d.ts", ".d.cts"]) {
      await bundle.write({
        dir: DIST,
        format: "es",
        entryFileNames: `[name]${extension}`,
        // A chunk is named after its first module, client.d.ts say: client-<hash>.d.ts, not client.d-<hash>.d.ts.
        chunkFileNames: (chunk) => `${chunk.name.replace(/\.d$/, "")}-[hash]${extension}`,
      });
    }
  } finally {
    await bundle.close();
  }
}

await main();
