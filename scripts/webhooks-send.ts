/**
 * npm run webhooks:send -- --event recording-stopped --to http://127.0.0.1:3000/hook [--example name]
 * npm run webhooks:send -- --list
 *
 * POSTs the spec's example of an event to your endpoint, signed with the development key
 * (scripts/dev-keys/), whose public key the mock server (`npm run mock`) serves at /v2/public/rsa-public-key.
 */
import { parseArgs } from "node:util";
import { sendWebhook, WebhookSimulatorError, webhookExamples } from "./lib/webhook-simulator.js";

const usage = `usage: npm run webhooks:send -- --event <name> --to <url> [--example <name>]
       npm run webhooks:send -- --list`;

let values: { event?: string; to?: string; example?: string; list?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      event: { type: "string", short: "e" },
      to: { type: "string", short: "t" },
      example: { type: "string" },
      list: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}

if (values.list) {
  for (const [event, examples] of webhookExamples()) {
    console.log(`${event.padEnd(38)} ${examples.map((e) => e.name).join(", ")}`);
  }
  process.exit(0);
}

if (!values.event) {
  console.error(`--event is required (--list shows the events)\n${usage}`);
  process.exit(2);
}

try {
  const sent = await sendWebhook({ event: values.event, to: values.to!, example: values.example });
  const answer = sent.responseText.length > 200 ? `${sent.responseText.slice(0, 200)}…` : sent.responseText;
  console.log(`POST ${sent.url}  ${sent.event} (example "${sent.example}", ${sent.body.length} bytes)`);
  console.log(`→ ${sent.status} ${sent.statusText}${answer ? `: ${answer}` : ""}`);
  process.exit(sent.status >= 200 && sent.status < 300 ? 0 : 1);
} catch (error) {
  if (error instanceof WebhookSimulatorError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
