/**
 * npm run sandbox [-- --port 4010] [--host 127.0.0.1] [--processing-ms 2000] [--state FILE] [--api-key KEY]
 *                    [--secret SECRET] [--webhook-allow HOST]... [--verbose]
 * A local, stateful VideoSDK: rooms, sessions, recordings, streams, transcriptions and signed webhooks, with every
 * request and answer validated by Prism against the spec. Tokens are checked like VideoSDK checks them.
 */
import { startSandbox } from "../src/testing/index.js";
import { assertPortFree, parseOptions, stopOnSignals } from "./lib/cli.js";
import { SANDBOX_FLAGS_USAGE, sandboxBanner, sandboxFlags, sandboxOptions } from "./lib/sandbox-cli.js";

const usage = `npm run sandbox -- [--port 4010] ${SANDBOX_FLAGS_USAGE}`;
const values = parseOptions("sandbox", usage, {
  port: { type: "string", default: process.env.PORT ?? "4010" },
  ...sandboxFlags,
});
const options = sandboxOptions(values.port, values);

try {
  await assertPortFree(options.port!, values.host);
  const sandbox = await startSandbox(options);
  console.log(`VideoSDK sandbox\n${sandboxBanner(sandbox, values.state)}\nCtrl-C stops.`);
  stopOnSignals(() => sandbox.stop());
} catch (error) {
  console.error(`sandbox: ${(error as Error).message}`);
  process.exit(1);
}
