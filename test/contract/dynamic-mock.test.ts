/** The mock's --dynamic mode: answers generated from the schemas instead of the spec's examples. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../../scripts/lib/mock-server.js";
import { createVideoSDK } from "../../src/index.js";
import { expectValidResponse } from "./support.js";

describe("npm run mock -- --dynamic", () => {
  let mock: MockServer;
  beforeAll(async () => {
    // Seeded, so the generated answers are the same on every run.
    mock = await startMockServer({
      port: 0,
      dynamic: true,
      seed: "videosdk-contract",
      logLevel: "error",
      stdio: "ignore",
    });
  });
  afterAll(() => mock?.stop());

  it("answers with data generated from the schemas, valid for the client", async () => {
    const vsdk = createVideoSDK({ token: "any-token", baseUrl: mock.url, maxRetries: 0 });
    const room = expectValidResponse("createRoom", await vsdk.rooms.create({}));
    expect(room.roomId).toBeTypeOf("string");
    // Generated, not the spec's example room.
    expect(room.roomId).not.toBe("abc-xyzw-lmno");
    expectValidResponse("getSession", await vsdk.sessions.get("621497578bea0d0404c35c4c"));
  });

  it("invents values that look like VideoSDK's: well-formed ids, no negative durations, sizes or counts", async () => {
    const vsdk = createVideoSDK({ token: "any-token", baseUrl: mock.url, maxRetries: 0 });
    // Each answer is validated against its schema, minimums and formats included (ajv with formats). The schemas
    // do not constrain ids (VideoSDK's own examples break every pattern); the forms below come from each id's
    // `x-faker`, which only the mock's generator reads.
    const hls = expectValidResponse("getHls", await vsdk.hls.get("abcdef9879288c1f48339f64"));
    const recording = expectValidResponse("getRecording", await vsdk.recordings.get("61d6e834e1326304a9e73dac"));
    const stats = expectValidResponse("getSessionStats", await vsdk.sessions.getStats("62d13ccea0f6ac85649d7931"));
    const sessions = expectValidResponse("listSessions", await vsdk.sessions.list({}));
    const merge = expectValidResponse(
      "getMergeRecording",
      await vsdk.mergeRecordings.get("40b0a4ed-9842-40c9-a288-e4b1bf98a90a"),
    );
    expect(hls.id).toMatch(/^[0-9a-f]{24}$/);
    expect(hls.sessionId).toMatch(/^[0-9a-f]{24}$/);
    expect(hls.roomId).toMatch(/^[a-z0-9]+(-[a-z0-9]+){2}$/);
    expect(hls.duration).toBeGreaterThanOrEqual(0);
    expect(recording.file?.size ?? 0).toBeGreaterThanOrEqual(0);
    expect(recording.file?.meta?.duration ?? 0).toBeGreaterThanOrEqual(0);
    expect(merge.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(recording.id).toMatch(/^[0-9a-f]{24}$/);
    expect(recording.roomId).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    for (const session of sessions.data) expect(session.id).toMatch(/^[0-9a-f]{24}$/);
    for (const stat of stats.stats ?? []) expect(stat.averageAudioRtt ?? 0).toBeGreaterThanOrEqual(0);
    const { currentPage, perPage, lastPage, total } = sessions.pageInfo;
    expect([currentPage, perPage, lastPage, total].every(Number.isInteger)).toBe(true);
    expect(Math.min(currentPage, perPage)).toBeGreaterThanOrEqual(1);
    expect(Math.min(lastPage, total)).toBeGreaterThanOrEqual(0);
  });
});
