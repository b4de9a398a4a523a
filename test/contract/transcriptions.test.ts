import { describe, expect, it } from "vitest";
import { expectValidResponse, mockClient } from "./support.js";

const vsdk = mockClient();
const TRANSCRIPTION = "40b0a4ed-9842-40c9-a288-e4b1bf98a90a";

describe("realtimeTranscriptions (contract)", () => {
  it("realtimeTranscriptions.start", async () => {
    const t = expectValidResponse(
      "startRealtimeTranscription",
      await vsdk.realtimeTranscriptions.start({ roomId: "abcd-efgh-ijkl" }),
    );
    expect(t.status).toBe("running");
  });

  it("realtimeTranscriptions.end", async () => {
    const t = expectValidResponse(
      "endRealtimeTranscription",
      await vsdk.realtimeTranscriptions.end({ roomId: "abcd-efgh-ijkl" }),
    );
    expect(t.status).toBe("completed");
  });

  it("realtimeTranscriptions.list", async () => {
    const page = expectValidResponse("listRealtimeTranscriptions", await vsdk.realtimeTranscriptions.list());
    expect(page.transcriptions?.[0]?.id).toBeTypeOf("string");
  });

  it("realtimeTranscriptions.get", async () => {
    expect(
      expectValidResponse("getRealtimeTranscription", await vsdk.realtimeTranscriptions.get(TRANSCRIPTION)).id,
    ).toBeTypeOf("string");
  });
});

describe("postTranscriptions (contract)", () => {
  it("postTranscriptions.list", async () => {
    const page = expectValidResponse(
      "listPostTranscriptions",
      await vsdk.postTranscriptions.list({ roomId: "abcd-efgh-ijkl" }),
    );
    expect(page.transcriptions?.[0]?.transcriptionFilePaths?.txt).toMatch(/^https:\/\//);
  });

  it("postTranscriptions.get", async () => {
    const t = expectValidResponse("getPostTranscription", await vsdk.postTranscriptions.get(TRANSCRIPTION));
    expect(t.status).toBeTypeOf("string");
  });
});

describe("webhooks (contract)", () => {
  it("webhooks.getPublicKey answers a PEM key, even without a token", async () => {
    const key = expectValidResponse("getWebhookPublicKey", await vsdk.webhooks.getPublicKey());
    expect(key.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });
});
