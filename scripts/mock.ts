/**
 * npm run mock [-- --port 4010] [--host 127.0.0.1] [--dynamic]
 * A local VideoSDK API built from the spec: any token is accepted, requests are validated, CORS is on.
 */
import { assertPortFree, parseOptions, portOption, stopOnSignals } from "./lib/cli.js";
import { startMockServer } from "./lib/mock-server.js";

const usage = "npm run mock -- [--port 4010] [--host 127.0.0.1] [--dynamic]";
const values = parseOptions("mock", usage, {
  port: { type: "string", default: process.env.PORT ?? "4010" },
  host: { type: "string", default: "127.0.0.1" },
  dynamic: { type: "boolean", default: false },
});

const port = portOption("port", values.port);
// Prism on a taken port would print its help text after our banner: find out first.
await assertPortFree(port, values.host).catch((error: Error) => {
  console.error(`mock: ${error.message}`);
  process.exit(1);
});

const mock = await startMockServer({ port, host: values.host, dynamic: values.dynamic, logLevel: "warn" }).catch(
  (error: Error) => {
    console.error(`mock: ${error.message}`);
    process.exit(1);
  },
);

console.log(
  `VideoSDK mock API: ${mock.url}  (${values.dynamic ? "dynamic" : "static examples"}; any Authorization token works)`,
);
console.log(`  try: curl -H 'Authorization: any-token' ${mock.url}/v2/rooms`);
console.log(
  `  pick a named example with the header 'Prefer: example=empty', a status with 'Prefer: code=404'. Ctrl-C stops.`,
);

stopOnSignals(() => mock.stop());
mock.process.once("exit", (code) => process.exit(code ?? 1));
