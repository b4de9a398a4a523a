/**
 * npm start [-- --port 4010] [--docs-port 4020] [--host 127.0.0.1] [--processing-ms 2000] [--state FILE] ...
 * The local sandbox and the docs site side by side on loopback. Regenerates generated/ first when the spec's content
 * changed, and rebuilds the docs when their inputs did (while the sandbox already answers). Ctrl-C or SIGTERM stops
 * both; everything runs in this one process, so nothing is left behind on the ports.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSandbox } from "../src/testing/index.js";
import { assertPortFree, parseOptions, portOption, stopOnSignals } from "./lib/cli.js";
import { contentHash, SPEC_HASH_FILE, specHashLine } from "./lib/content-hash.js";
import { BUNDLED_SPEC_JSON, DOCS_ASSETS_DIR, DOCS_DIR, GENERATED_DIR, GUIDES_DIR, PROJECT_ROOT } from "./lib/paths.js";
import { SANDBOX_FLAGS_USAGE, sandboxBanner, sandboxFlags, sandboxOptions } from "./lib/sandbox-cli.js";
import { type StaticServer, startStaticServer } from "./lib/static-server.js";

const usage = `npm start -- [--port 4010] [--docs-port 4020] ${SANDBOX_FLAGS_USAGE}`;
const values = parseOptions("start", usage, {
  port: { type: "string", default: "4010" },
  "docs-port": { type: "string", default: "4020" },
  ...sandboxFlags,
});

const docsPort = portOption("docs-port", values["docs-port"]);
const options = sandboxOptions(values.port, values);
const DOCS_HASH_FILE = path.join(DOCS_DIR, ".inputs.sha256");
/** What the docs site is built from. */
const docsInputs = () =>
  contentHash([
    BUNDLED_SPEC_JSON,
    GUIDES_DIR,
    DOCS_ASSETS_DIR,
    path.join(PROJECT_ROOT, "scripts/docs-page.hbs"),
    path.join(PROJECT_ROOT, "package.json"),
  ]);
const readText = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : "");

try {
  // Both ports first: a taken port is one line, before any work.
  await Promise.all([assertPortFree(options.port!, values.host), assertPortFree(docsPort, values.host, "--docs-port")]);
  if (readText(path.join(GENERATED_DIR, SPEC_HASH_FILE)) !== specHashLine()) {
    console.log("spec/ changed: regenerating generated/ ...");
    // Loaded only when needed: the generator's dependencies take seconds to load.
    await (await import("./generate.js")).generate();
  }
  const sandbox = await startSandbox(options);
  let docs: StaticServer | undefined;
  const stopAll = () => Promise.allSettled([sandbox.stop(), docs?.close()]);
  stopOnSignals(stopAll);
  console.log(`VideoSDK sandbox (no account needed)\n${sandboxBanner(sandbox, values.state)}`);

  const inputs = docsInputs();
  if (readText(DOCS_HASH_FILE) !== inputs) {
    console.log("  docs site  building ...");
    await (await import("./lib/docs-site.js")).buildDocs();
    writeFileSync(DOCS_HASH_FILE, inputs);
  }
  docs = await startStaticServer({ root: DOCS_DIR, host: values.host, port: docsPort });
  console.log(`  docs site  ${docs.url}/\nCtrl-C stops both.`);
} catch (error) {
  console.error(`start: ${(error as Error).message}`);
  process.exit(1);
}
