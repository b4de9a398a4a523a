/**
 * npm run docs:serve [-- --port 4020] [--host 127.0.0.1] [--build]
 * Serves the docs site from build/docs/ on loopback, building it first when it is missing (or with --build).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { assertPortFree, PortInUseError, parseOptions, portOption, stopOnSignals } from "./lib/cli.js";
import { buildDocs, DOCS_DIR } from "./lib/docs-site.js";
import { startStaticServer } from "./lib/static-server.js";

const usage = "npm run docs:serve -- [--port 4020] [--host 127.0.0.1] [--build]";
const values = parseOptions("docs:serve", usage, {
  port: { type: "string", default: process.env.PORT ?? "4020" },
  host: { type: "string", default: "127.0.0.1" },
  build: { type: "boolean", default: false },
});

const port = portOption("port", values.port);

try {
  // A taken port is reported before the docs are built, not after.
  await assertPortFree(port, values.host);
  if (values.build || !existsSync(path.join(DOCS_DIR, "index.html"))) {
    console.log("building the docs ...");
    const build = await buildDocs();
    console.log(
      `built ${path.relative(process.cwd(), build.indexHtml)} (${build.operations} operations, ${build.codeSamples} code samples)`,
    );
  }
  const site = await startStaticServer({ root: DOCS_DIR, host: values.host, port });
  console.log(
    `VideoSDK API docs: ${site.url}/  (from ${path.relative(process.cwd(), DOCS_DIR)}; \`npm run docs\` rebuilds, Ctrl-C stops)`,
  );
  stopOnSignals(() => site.close());
} catch (error) {
  // The port may also be taken between the check and the listen.
  const message =
    (error as NodeJS.ErrnoException).code === "EADDRINUSE"
      ? new PortInUseError(port, values.host).message
      : (error as Error).message;
  console.error(`docs:serve: ${message}`);
  process.exit(1);
}
