/** Spec-driven waiters against a local server: success, failure states, "not yet", Retry-After, timeouts, abort. */
import { describe, expect, it } from "vitest";
import {
  ConfigurationError,
  createVideoSDK,
  InternalServerError,
  NotFoundError,
  RequestAbortedError,
  WaitError,
} from "../../src/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const server = useTestServer();

const vsdk = () => createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0 });
const merge = (status: string) => ({ id: "40b0a4ed-9842-40c9-a288-e4b1bf98a90a", sessionId: "s", status, start: "x" });

describe("waiters", () => {
  it("poll until the success state, backing off, and resolve with the final resource", async () => {
    server.handle((_req, res, i) => json(res, 200, merge(i < 3 ? "running" : "completed")));
    const done = await vsdk().mergeRecordings.waitUntilDone("40b0a4ed-9842-40c9-a288-e4b1bf98a90a", { interval: 20 });
    expect(done.status).toBe("completed");
    expect(server.requests.map((r) => r.url)).toEqual(
      Array(4).fill("/v2/recordings/participant/merge/40b0a4ed-9842-40c9-a288-e4b1bf98a90a"),
    );
    // The waits grow by half each poll: 20, 30, 45 ms. Timers never fire early, so these bounds are firm.
    const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(19);
    expect(gaps[1]).toBeGreaterThanOrEqual(29);
    expect(gaps[2]).toBeGreaterThanOrEqual(44);
  });

  it("stop on a failure state with a WaitError naming the state", async () => {
    server.handle((_req, res, i) => json(res, 200, merge(i < 1 ? "running" : "failed")));
    const error = await rejectionOf<WaitError>(vsdk().mergeRecordings.waitUntilDone("m", { interval: 10 }));
    expect(error).toBeInstanceOf(WaitError);
    expect(error.reason).toBe("failure_state");
    expect(error.state).toBe("failed");
    expect(error.waiter).toBe("mergeRecordings.waitUntilDone");
    expect(error.message).toBe('mergeRecordings.waitUntilDone stopped: status is "failed", a failure state');
    expect((error.resource as { status: string }).status).toBe("failed");
  });

  it("name the field, not a timestamp, when the failure is a value being set (a livestream that ended)", async () => {
    const end = "2024-03-05T10:00:00.000Z";
    server.handle((_req, res) => json(res, 200, { id: "l", roomId: "r", start: "2024-03-05T09:00:00.000Z", end }));
    const error = await rejectionOf<WaitError>(vsdk().livestreams.waitUntilLive("l", { interval: 10 }));
    expect(error.reason).toBe("failure_state");
    expect(error.message).toBe("livestreams.waitUntilLive stopped: end is set, a failure state");
    expect(error.message).not.toContain(end);
    expect(error.state).toBe(end);
  });

  it("end waitForFile on an unknown id (404 or 402) with NotFoundError at once, not at the timeout", async () => {
    for (const status of [404, 402]) {
      server.handle((_req, res) => json(res, status, { message: "Recording not found" }));
      server.requests.length = 0;
      const options = { interval: 10, timeout: 60_000 };
      for (const wait of [
        vsdk().recordings.waitForFile("unknown", options),
        vsdk().participantRecordings.waitForFile("unknown", options),
        vsdk().trackRecordings.waitForFile("unknown", options),
      ]) {
        expect(await rejectionOf(wait)).toBeInstanceOf(NotFoundError);
      }
      expect(server.requests).toHaveLength(3);
    }
  });

  it("take 404 as 'not yet' and read nested paths (a playback URL)", async () => {
    server.handle((_req, res, i) =>
      i < 2
        ? json(res, 404, { message: "no active HLS" })
        : json(res, 200, {
            code: 200,
            data: { id: "h", sessionId: "s", start: "x", playbackHlsUrl: i > 2 ? "https://x/p.m3u8" : undefined },
          }),
    );
    const active = await vsdk().hls.waitUntilPlayable("abcd-efgh-ijkl", { interval: 10 });
    expect(active.data.playbackHlsUrl).toBe("https://x/p.m3u8");
    expect(server.requests).toHaveLength(4);
  });

  it("end at their timeout with reason timeout, within the time given", async () => {
    server.handle((_req, res) => json(res, 200, merge("running")));
    const started = Date.now();
    const error = await rejectionOf<WaitError>(
      vsdk().mergeRecordings.waitUntilDone("m", { interval: 20, timeout: 150 }),
    );
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((error.resource as { status: string }).status).toBe("running");
  });

  it("bound a poll that stalls by what is left of the wait", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    });
    const started = Date.now();
    const error = await rejectionOf<WaitError>(vsdk().mergeRecordings.waitUntilDone("m", { timeout: 200 }));
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("honour Retry-After when a poll is rate limited", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 429, {}, { "retry-after": "1" }) : json(res, 200, merge("completed")),
    );
    await vsdk().mergeRecordings.waitUntilDone("m", { interval: 10 });
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("fail at once on other errors, stop on abort, and check their options", async () => {
    server.handle((_req, res) => json(res, 500, { message: "down" }));
    expect(await rejectionOf(vsdk().recordings.waitForFile("r"))).toBeInstanceOf(InternalServerError);
    server.handle((_req, res) => json(res, 200, merge("running")));
    const aborted = await rejectionOf(
      vsdk().mergeRecordings.waitUntilDone("m", { interval: 10, signal: AbortSignal.timeout(60) }),
    );
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    for (const options of [{ timeout: 0 }, { interval: -1 }, { timeout: "5s" }]) {
      const error = await rejectionOf(vsdk().mergeRecordings.waitUntilDone("m", options as never));
      expect(error).toBeInstanceOf(ConfigurationError);
    }
  });

  it("bound the whole wait, the retries and Retry-After waits of each poll included", async () => {
    server.handle((_req, res) => json(res, 503, { message: "busy" }, { "retry-after": "5" }));
    const started = Date.now();
    const error = await rejectionOf<WaitError>(
      createVideoSDK({ token: "t", baseUrl: server.url }).hls.waitUntilPlayable("room", {
        timeout: 1000,
        interval: 100,
      }),
    );
    expect(error).toBeInstanceOf(WaitError);
    expect(error.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
