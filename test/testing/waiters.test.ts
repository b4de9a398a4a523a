/**
 * The client's waiters (from the spec's `x-waiters`) against the sandbox's lifecycles: they see "not yet" (404, or a
 * resource without its file) until the sandbox's steps have run, then succeed; a failed merge fails its wait.
 */
import { describe, expect, it } from "vitest";
import { WaitError } from "../../src/node/index.js";
import { rejectionOf } from "../support/rejection.js";
import { useSandbox } from "./support.js";

const context = useSandbox({ processingMs: 60 });
const fast = { interval: 20, timeout: 5000 };

describe("waiters against the sandbox", () => {
  it("hls.waitUntilPlayable polls through the 404s until the stream is playable", async () => {
    const { vsdk, sandbox } = context;
    const { roomId } = await vsdk.rooms.create({});
    await sandbox.control.join(roomId);
    const started = await vsdk.hls.start({ roomId });
    const active = await vsdk.hls.waitUntilPlayable(roomId, fast);
    expect(active.data.playbackHlsUrl).toBe(started.playbackHlsUrl);
  });

  it("recordings, participant recordings and post-call transcriptions wait for their files", async () => {
    const { vsdk, sandbox } = context;
    const { roomId } = await vsdk.rooms.create({});
    await sandbox.control.join(roomId, { participantId: "p" });
    await vsdk.recordings.start({ roomId, transcription: { enabled: true } });
    await vsdk.participantRecordings.start({ roomId, participantId: "p" });
    await vsdk.sessions.end({ roomId });
    const [recording] = (await vsdk.recordings.list({ roomId })).data!;
    const [participantRecording] = (await vsdk.participantRecordings.list({ roomId })).data!;
    expect(recording!.file).toBeNull();

    expect((await vsdk.recordings.waitForFile(recording!.id, fast)).file?.fileUrl).toMatch(/\.mp4$/);
    expect((await vsdk.participantRecordings.waitForFile(participantRecording!.id, fast)).files?.[0]?.fileUrl).toMatch(
      /\.webm$/,
    );
    const transcription = await (async () => {
      for (;;) {
        const [found] = (await vsdk.postTranscriptions.list({ roomId })).transcriptions;
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    expect((await vsdk.postTranscriptions.waitUntilDone(transcription.id, fast)).status).toBe("completed");
  });

  it("mergeRecordings.waitUntilDone succeeds on completed and fails on failed", async () => {
    const { vsdk, sandbox } = context;
    const { roomId } = await vsdk.rooms.create({});
    const { sessionId } = await sandbox.control.join(roomId, { participantId: "a" });
    await sandbox.control.join(roomId, { participantId: "b" });
    for (const participantId of ["a", "b"]) await vsdk.participantRecordings.start({ roomId, participantId });
    await vsdk.sessions.end({ roomId });
    const recordings = (await vsdk.participantRecordings.list({ roomId })).data!;
    for (const recording of recordings) await vsdk.participantRecordings.waitForFile(recording.id, fast);
    const body = { sessionId, channel1: [{ participantId: "a" }], channel2: [{ participantId: "b" }] };

    const done = await vsdk.mergeRecordings.create(body);
    expect((await vsdk.mergeRecordings.waitUntilDone(done.recording.id, fast)).status).toBe("completed");

    await sandbox.control.fail(roomId, "merge");
    const failing = await vsdk.mergeRecordings.create(body);
    const error = await rejectionOf(vsdk.mergeRecordings.waitUntilDone(failing.recording.id, fast));
    expect(error).toBeInstanceOf(WaitError);
  });
});
