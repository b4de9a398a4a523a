/** Shared fixtures of the webhook tests: two signers, the development key pair, a sample event. */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { createWebhookTestSigner, WebhookVerificationError, type WebhookVerificationReason } from "../../src/index.js";
import { rejectionOf } from "./rejection.js";

export const devPrivateKey = readFileSync(
  new URL("../../scripts/dev-keys/webhook-signing-dev-private.pem", import.meta.url),
  "utf8",
);
export const devPublicKey = readFileSync(
  new URL("../../scripts/dev-keys/webhook-signing-dev-public.pem", import.meta.url),
  "utf8",
);

/** The signer whose key the tests trust, and another one whose signatures must fail. */
export const [signer, otherSigner] = await Promise.all([createWebhookTestSigner(), createWebhookTestSigner()]);

export const recordingStopped = {
  webhookType: "recording-stopped",
  data: {
    meetingId: "jvsg-8rjn-j304",
    sessionId: "613731342f27f56e4fc4b6d0",
    filePath: "/encoded/videos/62d148951a1eb20029fc9b05.mp4",
    fileUrl: "https://cdn.videosdk.live/encoded/videos/62d148951a1eb20029fc9b05.mp4",
  },
} as const;

export async function reasonOf(promise: Promise<unknown>): Promise<WebhookVerificationReason> {
  const error = await rejectionOf<WebhookVerificationError>(promise);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error.reason;
}

export function post(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/hook", { method: "POST", body, headers });
}
