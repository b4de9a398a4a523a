/**
 * Webhook delivery: which events reach the room's endpoint (exact names and patterns), the call's webhookUrl, the
 * signature (checked by the project's handler with the key the sandbox serves), retries with backoff, and nothing
 * sent outside loopback unless allowed.
 */
import { verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createVideoSDK } from "../../src/node/index.js";
import { startSandbox } from "../../src/testing/index.js";
import { subscribed } from "../../src/testing/webhooks.js";
import { json, startServer } from "../support/http-server.js";
import { eventually, useSandbox } from "./support.js";

const context = useSandbox();

describe("which events a room gets", () => {
  it.each([
    [undefined, "hls-started", true],
    [[], "hls-started", true],
    [["*"], "participant-left", true],
    [["recording-*"], "recording-stopped", true],
    [["recording-*"], "participant-recording-stopped", false],
    [["session*"], "session-ended", true],
    [["*-failed"], "livestream-failed", true],
    [["hls-started"], "hls-started", true],
    [["hls-started"], "hls-starting", false],
    [["hls.started"], "hlsXstarted", false],
  ])("events %j, %s: %s", (events, event, expected) => {
    expect(subscribed(events, event)).toBe(expected);
  });
});

describe("deliveries", () => {
  it("signs each delivery so that the project's handler verifies it with the key the sandbox serves", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const room = await vsdk.rooms.create({
      webhook: { endPoint: `${webhooks.url}/signed`, events: ["session-started"] },
    });
    await sandbox.control.join(room.roomId);
    await webhooks.waitFor(() => webhooks.types("/signed").length === 1);
    const [delivery] = await sandbox.control.webhooks({ event: "session-started", roomId: room.roomId });
    expect(delivery).toMatchObject({ status: "delivered", source: "room", url: `${webhooks.url}/signed` });
    expect(delivery!.attempts).toEqual([{ at: expect.any(String), status: 200 }]);
    expect(
      verify(
        "sha256",
        Buffer.from(delivery!.body),
        sandbox.webhookPublicKey,
        Buffer.from(delivery!.signature, "base64"),
      ),
    ).toBe(true);
    expect(JSON.parse(delivery!.body)).toMatchObject({
      webhookType: "session-started",
      data: { meetingId: room.roomId },
    });
  });

  it("retries a failing endpoint with a doubling delay, then gives up", async () => {
    const { vsdk, sandbox } = context;
    // Fails twice, then succeeds.
    const flaky = await startServer((_request, response, index) => json(response, index < 2 ? 503 : 200, {}));
    const dead = await startServer((_request, response) => json(response, 500, {}));
    try {
      const room = await vsdk.rooms.create({ webhook: { endPoint: `${flaky.url}/hook`, events: ["session-started"] } });
      await sandbox.control.join(room.roomId);
      const delivered = await eventually(async () =>
        (await sandbox.control.webhooks({ roomId: room.roomId })).find((d) => d.status === "delivered"),
      );
      expect(delivered.attempts.map((a) => a.status)).toEqual([503, 503, 200]);
      const [first, second, third] = flaky.requests.map((r) => r.at);
      // Retry delays of 20 then 40 ms (the test sandbox's first delay is 20 ms).
      expect(second! - first!).toBeGreaterThanOrEqual(18);
      expect(third! - second!).toBeGreaterThanOrEqual(38);
      expect(new Set(flaky.requests.map((r) => r.body)).size).toBe(1);

      const other = await vsdk.rooms.create({ webhook: { endPoint: `${dead.url}/hook`, events: ["session-started"] } });
      await sandbox.control.join(other.roomId);
      const failed = await eventually(async () =>
        (await sandbox.control.webhooks({ roomId: other.roomId })).find((d) => d.status === "failed"),
      );
      expect(failed.attempts).toHaveLength(4);
      expect(dead.requests).toHaveLength(4);
    } finally {
      await Promise.all([flaky.close(), dead.close()]);
    }
  });

  it("sends nothing outside loopback unless that host is allowed", async () => {
    const { vsdk, sandbox } = context;
    const room = await vsdk.rooms.create({
      webhook: { endPoint: "https://hooks.example.com/videosdk", events: ["*"] },
    });
    await sandbox.control.join(room.roomId);
    const deliveries = await eventually(async () => {
      const all = await sandbox.control.webhooks({ roomId: room.roomId });
      return all.length >= 2 ? all : undefined;
    });
    expect(deliveries.every((d) => d.status === "skipped" && d.attempts.length === 0)).toBe(true);
    expect(deliveries[0]!.reason).toMatch(/hooks\.example\.com is not loopback.*--webhook-allow/);

    // Allowed by name, another host is called: 0.0.0.0, which is not a loopback name but reaches this machine.
    const open = await startSandbox({ port: 0, processingMs: 10, allowWebhookHosts: ["0.0.0.0"] });
    const receiver = await startServer();
    try {
      const client = createVideoSDK({ apiKey: open.apiKey, secret: open.secret, baseUrl: open.baseUrl, maxRetries: 0 });
      const endPoint = receiver.url.replace("127.0.0.1", "0.0.0.0");
      const other = await client.rooms.create({
        webhook: { endPoint: `${endPoint}/hook`, events: ["session-started"] },
      });
      await open.control.join(other.roomId);
      const delivered = await open.control.waitForWebhook("session-started", { status: "delivered" });
      expect(delivered.url).toBe(`${endPoint}/hook`);
      expect(receiver.requests.map((r) => r.url)).toEqual(["/hook"]);
    } finally {
      await Promise.all([open.stop(), receiver.close()]);
    }
  });

  it("waits for a webhook through the control client", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const room = await vsdk.rooms.create({
      webhook: { endPoint: `${webhooks.url}/wait`, events: ["participant-joined"] },
    });
    await sandbox.control.join(room.roomId, { participantId: "waiter" });
    const delivery = await sandbox.control.waitForWebhook("participant-joined", {
      roomId: room.roomId,
      status: "delivered",
    });
    expect(JSON.parse(delivery.body).data.participantId).toBe("waiter");
    await expect(sandbox.control.waitForWebhook("hls-playable", { roomId: room.roomId, timeout: 50 })).rejects.toThrow(
      /no "hls-playable"/,
    );
  });
});
