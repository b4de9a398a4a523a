/**
 * The size of a one-call program, two ways. A single-file esbuild bundle inlines every dynamic import, so it counts
 * code the program may never load. Vite, Rollup, webpack and esbuild with `splitting` put a dynamic import in a lazy
 * chunk instead, and a page loads only its entry chunk and the chunks that entry imports statically: that initial
 * load is the figure the size budget holds. Both come from esbuild (minified, ESM, es2022), each file gzipped at
 * level 9 as a server sends it.
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

export interface ProgramSize {
  /** Everything, lazy code included, in one file. */
  singleFile: { minified: number; gzipped: number };
  /** The entry chunk and the chunks it imports statically: what a page loads to run the program. */
  initial: { minified: number; gzipped: number; files: number };
  /** The chunks only a dynamic import reaches, gzipped. */
  lazyGzipped: number;
}

export type Platform = "browser" | "node";

/** One program bundled as an app would be: esbuild, minified, ESM; `metafile` for the per-source breakdown. */
export function bundleProgram(source: string, options: { root: string; platform: Platform; loader: "js" | "ts" }) {
  return build({
    stdin: {
      contents: source,
      resolveDir: options.root,
      loader: options.loader,
      sourcefile: `one-call.${options.loader}`,
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: options.platform,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
}

/** The same program with code splitting, into a virtual folder (nothing is written). */
export function splitProgram(source: string, options: { root: string; platform: Platform; loader: "js" | "ts" }) {
  return build({
    stdin: {
      contents: source,
      resolveDir: options.root,
      loader: options.loader,
      sourcefile: `one-call.${options.loader}`,
    },
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: options.platform,
    target: "es2022",
    outdir: "/one-call",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
}

/** The outputs a page loads first: the entry and, transitively, what it imports statically. */
export function initialOutputs(metafile: Metafile): string[] {
  const outputs = metafile.outputs;
  // A chunk that a dynamic import loads has an entryPoint too (its module): the program's entry is the one no module
  // imports dynamically (inputs list every import seen, tree-shaken ones included).
  const lazy = new Set(
    Object.values(metafile.inputs).flatMap((input) =>
      input.imports.filter((imported) => imported.kind === "dynamic-import").map((imported) => imported.path),
    ),
  );
  const entry = Object.keys(outputs).find((file) => {
    const entryPoint = outputs[file]!.entryPoint;
    return entryPoint !== undefined && !lazy.has(entryPoint);
  });
  if (!entry) throw new Error("the split build has no entry chunk");
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of outputs[file]!.imports) {
      // Built-ins and other externals are no chunk of the build.
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return [...initial];
}

export async function programSize(source: string, options: { root: string; platform: Platform }): Promise<ProgramSize> {
  const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;
  const single = (await bundleProgram(source, { ...options, loader: "js" })).outputFiles[0]!.contents;
  const split = await splitProgram(source, { ...options, loader: "js" });
  const initial = new Set(initialOutputs(split.metafile));
  const size: ProgramSize = {
    singleFile: { minified: single.byteLength, gzipped: gzipped(single) },
    initial: { minified: 0, gzipped: 0, files: 0 },
    lazyGzipped: 0,
  };
  for (const file of split.outputFiles) {
    // The metafile names outputs relative to the working directory; outputFiles carry absolute paths.
    if ([...initial].some((name) => path.resolve(name) === file.path)) {
      size.initial.minified += file.contents.byteLength;
      size.initial.gzipped += gzipped(file.contents);
      size.initial.files++;
    } else {
      size.lazyGzipped += gzipped(file.contents);
    }
  }
  return size;
}
