/**
 * npm run docs [-- --out build/docs] [--verbose]
 * Builds the docs site (Redoc reference, code samples, guides) into build/docs/. It needs no network, and neither
 * does the site: serve it with `npm run docs:serve`.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { buildDocs } from "./lib/docs-site.js";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});

try {
  const started = Date.now();
  const build = await buildDocs({ outDir: values.out, verbose: values.verbose });
  const where = path.relative(process.cwd(), build.indexHtml) || build.indexHtml;
  console.log(
    `docs: ${where} (${Math.round(build.pageBytes / 1024)} KiB, ${build.operations} operations, ` +
      `${build.codeSamples} code samples, ${build.guides} guides) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log("  serve it with: npm run docs:serve");
} catch (error) {
  console.error(`docs: ${(error as Error).message}`);
  process.exit(1);
}
