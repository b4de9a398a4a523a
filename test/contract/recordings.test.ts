import { describe, expect, it } from "vitest";
import { expectValidResponse, mockClient } from "./support.js";

const vsdk = mockClient();
const ROOM = "abcd-efgh-ijkl";

describe("recordings (contract)", () => {
  it("recordings.start answers a bare string", async () => {
    const message = expectValidResponse(
      "startRecording",
      await vsdk.recordings.start({
        roomId: ROOM,
        config: { layout: { type: "GRID", priority: "SPEAKER", gridSize: 4 }, quality: "high" },
      }),
    );
    expect(message).toMatch(/started/i);
  });

  it("recordings.end", async () => {
    expect(expectValidResponse("endRecording", await vsdk.recordings.end({ roomId: ROOM }))).toMatch(/ended/i);
  });

  it("recordings.list", async () => {
    const page = expectValidResponse("listRecordings", await vsdk.recordings.list({ roomId: ROOM }));
    expect(page.data?.[0]?.file?.fileUrl).toMatch(/^https:\/\//);
  });

  it("recordings.get", async () => {
    const recording = expectValidResponse("getRecording", await vsdk.recordings.get("621497578bea0d0404c35c4c"));
    expect(recording.id).toBeTypeOf("string");
    expect(recording.file?.size).toBeTypeOf("number");
  });

  it("recordings.get, in progress (Prefer: example=inProgress)", async () => {
    const recording = expectValidResponse(
      "getRecording",
      await vsdk.recordings.get("621497578bea0d0404c35c4c", {}, { headers: { prefer: "example=inProgress" } }),
    );
    expect(recording.file ?? null).toBeNull();
  });

  it("recordings.delete", async () => {
    expect(expectValidResponse("deleteRecording", await vsdk.recordings.delete("621497578bea0d0404c35c4c"))).toMatch(
      /deleted/i,
    );
  });
});

describe("participantRecordings (contract)", () => {
  it("participantRecordings.start", async () => {
    const message = await vsdk.participantRecordings.start({ roomId: ROOM, participantId: "abcd", fileFormat: "webm" });
    expect(expectValidResponse("startParticipantRecording", message)).toMatch(/started/i);
  });

  it("participantRecordings.stop", async () => {
    expect(
      expectValidResponse(
        "stopParticipantRecording",
        await vsdk.participantRecordings.stop({ roomId: ROOM, participantId: "abcd" }),
      ),
    ).toMatch(/ended/i);
  });

  it("participantRecordings.list", async () => {
    const page = expectValidResponse(
      "listParticipantRecordings",
      await vsdk.participantRecordings.list({ roomId: ROOM }),
    );
    expect(page.data?.[0]?.mode).toBe("participant");
  });

  it("participantRecordings.get", async () => {
    const recording = expectValidResponse(
      "getParticipantRecording",
      await vsdk.participantRecordings.get("6549fbd9b3b83bb1e2b8e4b0"),
    );
    expect(recording.files?.[0]?.fileUrl).toMatch(/^https:\/\//);
  });

  it("participantRecordings.delete", async () => {
    expect(
      expectValidResponse(
        "deleteParticipantRecording",
        await vsdk.participantRecordings.delete("6549fbd9b3b83bb1e2b8e4b0"),
      ),
    ).toMatch(/deleted/i);
  });
});

describe("trackRecordings (contract)", () => {
  it("trackRecordings.start", async () => {
    const message = await vsdk.trackRecordings.start({ roomId: ROOM, participantId: "abcd", kind: "audio" });
    expect(expectValidResponse("startTrackRecording", message)).toMatch(/started/i);
  });

  it("trackRecordings.stop", async () => {
    expect(
      expectValidResponse(
        "stopTrackRecording",
        await vsdk.trackRecordings.stop({ roomId: ROOM, participantId: "abcd", kind: "audio" }),
      ),
    ).toMatch(/ended/i);
  });

  it("trackRecordings.list", async () => {
    const page = expectValidResponse(
      "listTrackRecordings",
      await vsdk.trackRecordings.list({ roomId: ROOM, participantId: "abcd" }),
    );
    expect(page.data?.[0]?.mode).toBe("track");
  });

  it("trackRecordings.get", async () => {
    const recording = expectValidResponse(
      "getTrackRecording",
      await vsdk.trackRecordings.get("6549fbd9b3b83bb1e2b8e4b1"),
    );
    expect(["audio", "video", "screen_audio", "screen_video"]).toContain(recording.kind);
  });

  it("trackRecordings.delete", async () => {
    expect(
      expectValidResponse("deleteTrackRecording", await vsdk.trackRecordings.delete("6549fbd9b3b83bb1e2b8e4b1")),
    ).toMatch(/deleted/i);
  });
});

describe("mergeRecordings (contract)", () => {
  it("mergeRecordings.create", async () => {
    const result = expectValidResponse(
      "createMergeRecording",
      await vsdk.mergeRecordings.create({
        sessionId: "6847c231fbaa8b416bc87014",
        channel1: [{ participantId: "abcd" }],
        channel2: [{ participantId: "efgh" }],
      }),
    );
    expect(result.recording?.status).toBe("running");
  });

  it("mergeRecordings.list", async () => {
    const page = expectValidResponse("listMergeRecordings", await vsdk.mergeRecordings.list({ status: "completed" }));
    expect(page.recordings?.[0]?.file?.type).toBe("audio");
  });

  it("mergeRecordings.get", async () => {
    const merge = expectValidResponse(
      "getMergeRecording",
      await vsdk.mergeRecordings.get("40b0a4ed-9842-40c9-a288-e4b1bf98a90a"),
    );
    expect(merge.id).toBeTypeOf("string");
  });
});
