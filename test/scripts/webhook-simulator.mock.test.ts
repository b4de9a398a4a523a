/**
 * End to end against the running mock: a real node:http endpoint (Node adapter + handler) takes its public key
 * from the mock's /v2/public/rsa-public-key, and the simulator sends it signed spec examples.
 */
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import {
  exampleFor,
  sendWebhook,
  WebhookSimulatorError,
  webhookExamples,
} from "../../scripts/lib/webhook-simulator.js";
import {
  createVideoSDK,
  createWebhookHandler,
  createWebhookTestSigner,
  type WebhookEvent,
  webhookEvents,
} from "../../src/index.js";
import { toNodeListener } from "../../src/node/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const mockUrl = inject("mockUrl");

let server: Server;
let hookUrl: string;
let keyFetches = 0;
const routed: { listener: string; event: WebhookEvent }[] = [];

beforeAll(async () => {
  const vsdk = createVideoSDK({ token: "any-token", baseUrl: mockUrl });
  const handler = createWebhookHandler({
    getPublicKey: async () => {
      keyFetches++;
      return (await vsdk.webhooks.getPublicKey()).publicKey;
    },
  })
    .on("recording-stopped", (event) => void routed.push({ listener: "recording-stopped", event }))
    .on("hls-started", (event) => void routed.push({ listener: "hls-started", event }))
    .on("participant-joined", (event) => void routed.push({ listener: "participant-joined", event }))
    .on("session-ended", (event) => void routed.push({ listener: "session-ended", event }))
    .on("transcription-completed", (event) => void routed.push({ listener: "transcription-completed", event }))
    .on(
      "ai-deployment-session-failed",
      (event) => void routed.push({ listener: "ai-deployment-session-failed", event }),
    );
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  routed.length = 0;
});

describe("the webhook simulator against an endpoint keyed by the mock", () => {
  const events = [
    "recording-stopped",
    "hls-started",
    "participant-joined",
    "session-ended",
    "transcription-completed",
    "ai-deployment-session-failed",
  ];

  it.each(events)("%s is signed, verified and routed to its listener", async (event) => {
    const sent = await sendWebhook({ event, to: hookUrl });
    expect([sent.status, sent.responseText]).toEqual([200, "ok"]);
    expect(routed).toEqual([{ listener: event, event: JSON.parse(sent.body) }]);
    expect(routed[0]!.event).toEqual(exampleFor(event).value);
  });

  it("fetched the key from the mock once for all deliveries", () => {
    expect(keyFetches).toBe(1);
  });

  it("sends a named example", async () => {
    const sent = await sendWebhook({ event: "hls-started", example: "docs2024", to: hookUrl });
    expect(sent.status).toBe(200);
    expect(routed.map((r) => r.event.data)).toEqual([expect.objectContaining({ downstreamUrl: expect.any(String) })]);
  });

  it("is refused when signed with another key", async () => {
    const sent = await sendWebhook({
      event: "recording-stopped",
      to: hookUrl,
      signer: await createWebhookTestSigner(),
    });
    expect([sent.status, sent.responseText]).toEqual([401, "webhook rejected: bad_signature"]);
    expect(routed).toEqual([]);
    // The key was fetched moments ago: within the cooldown, forged deliveries cost no key request.
    await sendWebhook({ event: "recording-stopped", to: hookUrl, signer: await createWebhookTestSigner() });
    expect(keyFetches).toBe(1);
  });

  it("explains unknown events, unknown examples and bad URLs", async () => {
    await expect(sendWebhook({ event: "recording-stoped", to: hookUrl })).rejects.toThrow(
      /did you mean "recording-stopped"/,
    );
    await expect(sendWebhook({ event: "hls-started", example: "nope", to: hookUrl })).rejects.toThrow(
      /docs2025, docs2024/,
    );
    await expect(sendWebhook({ event: "hls-started", to: "localhost:3000/hook" })).rejects.toThrow(
      WebhookSimulatorError,
    );
    await expect(sendWebhook({ event: "hls-started", to: "ftp://127.0.0.1/hook" })).rejects.toThrow(/http or https/);
    expect([...webhookExamples().keys()].sort()).toEqual([...webhookEvents].sort());
  });

  it("works as the npm script's CLI", async () => {
    const tsx = path.join(root, "node_modules/.bin/tsx");
    const run = promisify(execFile);
    const { stdout } = await run(tsx, ["scripts/webhooks-send.ts", "--event", "hls-started", "--to", hookUrl], {
      cwd: root,
    });
    expect(stdout).toMatch(/hls-started \(example "docs2025"/);
    expect(stdout).toMatch(/→ 200 OK: ok/);
    expect(routed.map((r) => r.listener)).toEqual(["hls-started"]);

    const failure = await run(tsx, ["scripts/webhooks-send.ts", "--event", "hls-startd", "--to", hookUrl], {
      cwd: root,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/did you mean "hls-started"/) });
  });
});
