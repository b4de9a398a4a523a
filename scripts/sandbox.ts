/**
 * npm run sandbox [-- --port 4010] [--host 127.0.0.1] [--processing-ms 2000] [--state FILE] [--api-key KEY]
 *                    [--secret SECRET] [--webhook-allow HOST]... [--verbose]
 * A local, stateful VideoSDK: rooms, sessions, recordings, streams, transcriptions and signed webhooks, with every
 * request and answer validated by Prism against the spec. Tokens are checked like VideoSDK checks them.
 */
import { SandboxOptionsError, StateFileError, startSandbox } from "../src/testing/index.js";
import { helpRequested, parseOptions, stopOnSignals } from "./lib/cli.js";
import { SANDBOX_FLAGS_USAGE, sandboxBanner, sandboxFlags, sandboxOptions } from "./lib/sandbox-cli.js";

const usage = `npm run sandbox -- [--port 4010] ${SANDBOX_FLAGS_USAGE}`;
const values = parseOptions("sandbox", usage, {
  port: { type: "string", default: process.env.PORT ?? "4010" },
  ...sandboxFlags,
});
helpRequested(values, usage);

try {
  const sandbox = await startSandbox(sandboxOptions(values.port, values));
  console.log(`VideoSDK sandbox\n${sandboxBanner(sandbox, values.state)}\nCtrl-C stops.`);
  stopOnSignals(() => sandbox.stop());
} catch (error) {
  if (error instanceof SandboxOptionsError || error instanceof StateFileError) {
    console.error(`sandbox: ${error.message}${/in use/.test(error.message) ? " (--port)" : ""}`);
    process.exit(1);
  }
  throw error;
}
