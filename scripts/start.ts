/**
 * npm start [-- --mock-port 4010] [--docs-port 4020] [--dynamic]
 * The local API sandbox: regenerates from spec/ when it changed, then runs the mock API and the docs site side
 * by side on loopback. No credentials needed. Ctrl-C stops both.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./generate.js";
import { portOption, stopOnSignals } from "./lib/cli.js";
import { buildDocs, DOCS_DIR, GUIDES_DIR } from "./lib/docs-site.js";
import { startMockServer } from "./lib/mock-server.js";
import { BUNDLED_SPEC_JSON, SPEC_ROOT } from "./lib/paths.js";
import { startStaticServer } from "./lib/static-server.js";

const { values } = parseArgs({
  options: {
    "mock-port": { type: "string", default: "4010" },
    "docs-port": { type: "string", default: "4020" },
    host: { type: "string", default: "127.0.0.1" },
    dynamic: { type: "boolean", default: false },
  },
});

/** Newest modification time of the files below a folder (or of one file). */
function newest(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

const mockPort = portOption("mock-port", values["mock-port"]);
const docsPort = portOption("docs-port", values["docs-port"]);
const bundle = BUNDLED_SPEC_JSON;
const docsIndex = path.join(DOCS_DIR, "index.html");

try {
  if (!existsSync(bundle) || newest(path.dirname(SPEC_ROOT)) > newest(bundle)) {
    console.log("spec/ changed: regenerating generated/ ...");
    await generate();
  }
  if (!existsSync(docsIndex) || newest(bundle) > newest(docsIndex) || newest(GUIDES_DIR) > newest(docsIndex)) {
    console.log("building the docs site ...");
    await buildDocs();
  }
  const [mock, docs] = await Promise.all([
    startMockServer({ port: mockPort, host: values.host, dynamic: values.dynamic, logLevel: "warn" }),
    startStaticServer({ root: DOCS_DIR, host: values.host, port: docsPort }),
  ]);
  console.log(`
VideoSDK API sandbox (no credentials needed)
  mock API   ${mock.url}   any Authorization token works; 'Prefer: example=empty' or 'Prefer: code=404' pick a state
  docs site  ${docs.url}/
  try:       curl -H 'Authorization: any-token' ${mock.url}/v2/rooms
Ctrl-C stops both.`);

  const stopBoth = () => Promise.allSettled([mock.stop(), docs.close()]);
  stopOnSignals(stopBoth);
  mock.process.once("exit", (code) => {
    console.error(`the mock server stopped (exit code ${code})`);
    void stopBoth().finally(() => process.exit(1));
  });
} catch (error) {
  const message =
    (error as NodeJS.ErrnoException).code === "EADDRINUSE"
      ? `a port is in use: pick others with --mock-port / --docs-port`
      : (error as Error).message;
  console.error(`start: ${message}`);
  process.exit(1);
}
