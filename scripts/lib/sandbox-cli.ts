/** The sandbox's command-line options and banner, shared by `npm run sandbox` and `npm start`. */
import { readFileSync } from "node:fs";
import {
  DEFAULT_API_KEY,
  DEFAULT_PROCESSING_MS,
  DEFAULT_SECRET,
  type Sandbox,
  type SandboxOptions,
} from "../../src/testing/index.js";
import { portOption } from "./cli.js";
import { DEV_PRIVATE_KEY_PATH } from "./webhook-simulator.js";

export const SANDBOX_FLAGS_USAGE =
  "[--host 127.0.0.1] [--processing-ms 2000] [--state FILE] [--api-key KEY] [--secret SECRET] [--webhook-allow HOST]... [--allow-host HOST]... [--control-origin ORIGIN]... [--verbose]";

/** The options both commands take (each adds its own ports). */
export const sandboxFlags = {
  host: { type: "string", default: "127.0.0.1" },
  "processing-ms": { type: "string", default: String(DEFAULT_PROCESSING_MS) },
  state: { type: "string" },
  "api-key": { type: "string" },
  secret: { type: "string" },
  "webhook-allow": { type: "string", multiple: true },
  "allow-host": { type: "string", multiple: true },
  "control-origin": { type: "string", multiple: true },
  verbose: { type: "boolean", default: false },
} as const;

export interface SandboxFlagValues {
  host: string;
  "processing-ms": string;
  state?: string | undefined;
  "api-key"?: string | undefined;
  secret?: string | undefined;
  "webhook-allow"?: string[] | undefined;
  "allow-host"?: string[] | undefined;
  "control-origin"?: string[] | undefined;
  verbose: boolean;
}

/**
 * The sandbox's options from the flags, then VIDEOSDK_API_KEY / VIDEOSDK_SECRET, then the defaults. Webhooks are
 * signed with the development key of scripts/dev-keys/, like `npm run webhooks:send`, so the key the sandbox serves
 * stays the same across restarts.
 */
export function sandboxOptions(port: string, values: SandboxFlagValues): SandboxOptions {
  const processingMs = Number(values["processing-ms"]);
  if (!Number.isInteger(processingMs) || processingMs < 0) {
    console.error(`--processing-ms must be a whole number of milliseconds, got ${values["processing-ms"]}`);
    process.exit(2);
  }
  return {
    port: portOption("port", port),
    host: values.host,
    processingMs,
    stateFile: values.state,
    apiKey: values["api-key"] || process.env.VIDEOSDK_API_KEY || DEFAULT_API_KEY,
    secret: values.secret || process.env.VIDEOSDK_SECRET || DEFAULT_SECRET,
    allowWebhookHosts: values["webhook-allow"],
    allowedHosts: values["allow-host"],
    controlOrigins: values["control-origin"],
    webhookSigningKey: readFileSync(DEV_PRIVATE_KEY_PATH, "utf8"),
    log: (line) => {
      // Answers that break the spec are always shown; every request only with --verbose.
      if (values.verbose || line.startsWith("sandbox:")) console.error(line);
    },
  };
}

/**
 * What to print about a running sandbox. The default credentials and a token for them are shown; credentials of
 * your own (given by flag or environment, maybe your real ones) never are, nor a token signed with them.
 */
export function sandboxBanner(sandbox: Sandbox, stateFile: string | undefined): string {
  const defaults = sandbox.apiKey === DEFAULT_API_KEY && sandbox.secret === DEFAULT_SECRET;
  const lines = [
    `  API        ${sandbox.baseUrl}   stateful, every request and answer checked against the spec (${stateFile ? `state in ${stateFile}` : "state in memory"})`,
    `  API key    ${sandbox.apiKey}`,
    `  secret     ${defaults ? sandbox.secret : "(yours, from --secret or VIDEOSDK_SECRET: not shown)"}`,
  ];
  if (defaults) {
    lines.push(
      `  token      ${sandbox.token}`,
      `             (a management token for the sandbox, valid 24 h)`,
      `  try:       curl -H "Authorization: ${sandbox.token}" ${sandbox.baseUrl}/v2/rooms`,
    );
  }
  lines.push(
    `  console    ${sandbox.baseUrl}/_sandbox/console   (rooms, sessions, recordings, webhooks, live in your browser)`,
    `  control    ${sandbox.baseUrl}/_sandbox/openapi.json   (participants join and leave, failures, webhooks)`,
  );
  return lines.join("\n");
}
