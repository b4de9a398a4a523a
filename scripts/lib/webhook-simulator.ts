/**
 * Sends a spec example of a webhook event to a local endpoint, signed like VideoSDK signs it, with the
 * development key whose public half the mock server serves. Used by `npm run webhooks:send` and by tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { closestNames } from "../../src/cli/suggest.js";
import { createWebhookTestSigner, type WebhookTestSigner } from "../../src/webhooks/test-signer.js";
import { PROJECT_ROOT, BUNDLED_SPEC_JSON as SPEC_PATH } from "./paths.js";

export const DEV_PRIVATE_KEY_PATH = path.join(PROJECT_ROOT, "scripts/dev-keys/webhook-signing-dev-private.pem");

export interface WebhookExample {
  name: string;
  summary: string | undefined;
  value: unknown;
}

/** A mistake in what the simulator was asked to do; the message is meant for the command line. */
export class WebhookSimulatorError extends Error {
  override name = "WebhookSimulatorError";
}

type OpenApi = {
  webhooks?: Record<
    string,
    {
      post?: {
        requestBody?: {
          content?: Record<string, { examples?: Record<string, { summary?: string; value?: unknown }> }>;
        };
      };
    }
  >;
};

let cachedExamples: Map<string, WebhookExample[]> | undefined;

/** Every webhook event of the bundled spec with its named examples, in the spec's order. */
export function webhookExamples(specPath = SPEC_PATH): Map<string, WebhookExample[]> {
  if (specPath === SPEC_PATH && cachedExamples) return cachedExamples;
  const spec = JSON.parse(readFileSync(specPath, "utf8")) as OpenApi;
  const result = new Map<string, WebhookExample[]>();
  for (const [event, item] of Object.entries(spec.webhooks ?? {})) {
    const examples = item.post?.requestBody?.content?.["application/json"]?.examples ?? {};
    result.set(
      event,
      Object.entries(examples).map(([name, example]) => ({ name, summary: example.summary, value: example.value })),
    );
  }
  if (specPath === SPEC_PATH) cachedExamples = result;
  return result;
}

/** The example to send: the named one, or the first. */
export function exampleFor(event: string, exampleName?: string): WebhookExample {
  const all = webhookExamples();
  const examples = all.get(event);
  if (!examples) {
    const close = closestNames(event, [...all.keys()]);
    throw new WebhookSimulatorError(
      `unknown webhook event "${event}"${close.length ? `: did you mean ${oneOf(close)}?` : ""} (--list shows all ${all.size})`,
    );
  }
  if (examples.length === 0) throw new WebhookSimulatorError(`the spec has no example for "${event}"`);
  if (exampleName === undefined) return examples[0]!;
  const example = examples.find((e) => e.name === exampleName);
  if (!example) {
    throw new WebhookSimulatorError(
      `"${event}" has no example "${exampleName}"; it has: ${examples.map((e) => e.name).join(", ")}`,
    );
  }
  return example;
}

export function parseTargetUrl(to: string | undefined): URL {
  if (!to)
    throw new WebhookSimulatorError(
      "--to is required: the URL of your webhook endpoint, e.g. http://127.0.0.1:3000/hook",
    );
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    throw new WebhookSimulatorError(`--to must be an absolute URL such as http://127.0.0.1:3000/hook, got "${to}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new WebhookSimulatorError(`--to must use http or https, got ${url.protocol}`);
  }
  return url;
}

let devSigner: Promise<WebhookTestSigner> | undefined;

/** A signer with the development key (the mock serves its public half). */
export function developmentSigner(): Promise<WebhookTestSigner> {
  if (!devSigner) devSigner = createWebhookTestSigner({ privateKeyPem: readFileSync(DEV_PRIVATE_KEY_PATH, "utf8") });
  return devSigner;
}

export interface SendWebhookOptions {
  event: string;
  to: string;
  /** The example's name; default the first. */
  example?: string | undefined;
  /** Sign with this signer instead of the development key. */
  signer?: WebhookTestSigner | undefined;
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before giving up on the endpoint. Default 10 000. */
  timeout?: number | undefined;
}

export interface SentWebhook {
  event: string;
  example: string;
  url: string;
  /** The exact body sent, and its signature. */
  body: string;
  signature: string;
  status: number;
  statusText: string;
  responseText: string;
}

/** Signs the example's exact bytes and POSTs them. Resolves with the endpoint's answer, whatever its status. */
export async function sendWebhook(options: SendWebhookOptions): Promise<SentWebhook> {
  const url = parseTargetUrl(options.to);
  const example = exampleFor(options.event, options.example);
  const signer = options.signer ?? (await developmentSigner());
  const signed = await signer.sign(JSON.stringify(example.value));
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: signed.headers,
      body: new TextEncoder().encode(signed.body),
      signal: AbortSignal.timeout(options.timeout ?? 10_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    if (reason === "bad port")
      throw new WebhookSimulatorError(
        `fetch refuses port ${url.port} (a blocked port): serve the endpoint on another one`,
      );
    throw new WebhookSimulatorError(`could not reach ${url.href} (${reason}): is your server listening there?`);
  }
  return {
    event: options.event,
    example: example.name,
    url: url.href,
    body: signed.body,
    signature: signed.signature,
    status: response.status,
    statusText: response.statusText,
    responseText: await response.text(),
  };
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function oneOf(names: string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : quoted.join("");
}
