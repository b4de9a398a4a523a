/**
 * One sandbox per test file, a client on it, and a webhook receiver that verifies every delivery with the project's
 * own handler (against the key the sandbox serves) and checks its body against the spec's webhook schema. When the
 * file ends, the sandbox must not have sent a single answer that broke the spec.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect } from "vitest";
import {
  createVideoSDK,
  createWebhookHandler,
  type NodeVideoSDK,
  toNodeListener,
  type WebhookEvent,
} from "../../src/node/index.js";
import { type Sandbox, type SandboxOptions, startSandbox } from "../../src/testing/index.js";
import { dereference, spec, validate } from "../support/spec.js";

export interface ReceivedWebhook {
  event: WebhookEvent;
  /** Where it was received: the path of the receiver's URL (`/room`, `/call`, ...). */
  path: string;
  /** Problems of the body against the spec's schema of the event (none expected). */
  schemaProblems: string[];
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Types of the events received at `path` (default any path), in order. */
  types(path?: string): string[];
  /** Waits until `predicate` holds for the received events. */
  waitFor(predicate: (received: ReceivedWebhook[]) => boolean, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

export interface SandboxContext {
  sandbox: Sandbox;
  vsdk: NodeVideoSDK;
  webhooks: WebhookReceiver;
}

/** Starts a sandbox (and a receiver) for the file; stops both afterwards and asserts no answer broke the spec. */
export function useSandbox(options: SandboxOptions = {}): SandboxContext {
  const context = {} as SandboxContext;
  beforeAll(async () => {
    context.sandbox = await startSandbox({ port: 0, processingMs: 40, webhookRetryDelayMs: 20, ...options });
    context.vsdk = createVideoSDK({
      apiKey: context.sandbox.apiKey,
      secret: context.sandbox.secret,
      baseUrl: context.sandbox.baseUrl,
      maxRetries: 0,
    });
    context.webhooks = await startWebhookReceiver(context.vsdk);
  });
  afterAll(async () => {
    const violations = context.sandbox?.violations() ?? [];
    await context.webhooks?.close();
    await context.sandbox?.stop();
    expect(violations, "answers of the sandbox that broke the spec").toEqual([]);
    expect(
      context.webhooks?.received.flatMap((r) => r.schemaProblems.map((p) => `${r.event.webhookType}: ${p}`)) ?? [],
      "webhook bodies that break the spec",
    ).toEqual([]);
  });
  return context;
}

const webhookSchemas = new Map<string, object>();
function webhookSchema(event: string): object {
  let schema = webhookSchemas.get(event);
  if (!schema) {
    schema = dereference(spec.webhooks[event].post.requestBody.content["application/json"].schema) as object;
    webhookSchemas.set(event, schema);
  }
  return schema;
}

/** A node:http server running the project's webhook handler, verifying with the sandbox's public key. */
export async function startWebhookReceiver(vsdk: NodeVideoSDK): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const handler = createWebhookHandler({ verify: vsdk.webhooks.verify, onError: () => {} }).onAny((event, delivery) => {
    received.push({
      event,
      path: new URL(delivery.request.url).pathname,
      schemaProblems: validate(webhookSchema(event.webhookType), event),
    });
  });
  const server: Server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    types: (path) => received.filter((r) => path === undefined || r.path === path).map((r) => r.event.webhookType),
    waitFor: (predicate, timeoutMs = 5000) => eventually(() => (predicate(received) ? received : undefined), timeoutMs),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `probe` until it returns something other than undefined (or a promise of it). */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`still waiting after ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

/** Downloads a URL handed out by the sandbox. */
export async function download(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The 4-byte type of each top-level box of an MP4 file. */
export function mp4Boxes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let offset = 0; offset + 8 <= bytes.length; ) {
    const size = bytes.readUInt32BE(offset);
    if (size < 8) break;
    types.push(bytes.toString("latin1", offset + 4, offset + 8));
    offset += size;
  }
  return types;
}

export const EBML_MAGIC = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);
