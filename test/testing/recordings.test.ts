/**
 * Meeting, participant, track and merge recordings through the real client: every documented state, its webhook
 * (room endpoint filtered by patterns, and the call's webhookUrl), the files, delete, and simulated failures.
 */
import { describe, expect, it } from "vitest";
import { BadRequestError, NotFoundError } from "../../src/node/index.js";
import { rejectionOf } from "../support/rejection.js";
import { download, EBML_MAGIC, eventually, mp4Boxes, useSandbox } from "./support.js";

const context = useSandbox();

async function roomWithParticipant(events: string[] = ["*"], participantId = "alice") {
  const { vsdk, sandbox, webhooks } = context;
  const path = `/room-${Math.random().toString(36).slice(2)}`;
  const room = await vsdk.rooms.create({ webhook: { endPoint: webhooks.url + path, events } });
  const { sessionId } = await sandbox.control.join(room.roomId, { participantId, name: "Alice" });
  return { roomId: room.roomId, sessionId, path };
}

describe("meeting recordings", () => {
  it("start → started, end → stopping → stopped with a file, list and get reflect it, delete removes it", async () => {
    const { vsdk, webhooks } = context;
    const { roomId, sessionId, path } = await roomWithParticipant(["recording-*"]);
    expect(await vsdk.recordings.start({ roomId, webhookUrl: `${webhooks.url}/call` })).toBe(
      "Recording started successfully",
    );
    await webhooks.waitFor(() => webhooks.types(path).includes("recording-started"));

    const running = await vsdk.recordings.list({ roomId });
    expect(running.data?.length).toBe(1);
    const recordingId = running.data![0]!.id;
    expect(running.data![0]).toMatchObject({ sessionId, roomId, file: null, end: null });

    expect(await vsdk.recordings.end({ roomId })).toBe("Recording ended successfully");
    // Each URL has its own queue: wait for the last event at both.
    await webhooks.waitFor(() => [path, "/call"].every((at) => webhooks.types(at).includes("recording-stopped")));
    expect(webhooks.types(path)).toEqual([
      "recording-starting",
      "recording-started",
      "recording-stopping",
      "recording-stopped",
    ]);
    // The call's webhookUrl gets the same events, unfiltered.
    expect(webhooks.types("/call")).toEqual(webhooks.types(path));

    const recording = await vsdk.recordings.get(recordingId);
    expect(recording.end).not.toBeNull();
    expect(recording.file?.meta?.resolution).toEqual({ width: 1280, height: 720 });
    const stopped = webhooks.received.find(
      (r) => r.path === path && r.event.webhookType === "recording-stopped",
    )!.event;
    expect(stopped.data).toMatchObject({ meetingId: roomId, sessionId, fileUrl: recording.file?.fileUrl });
    expect(recording.webhook?.totalCount).toBeGreaterThanOrEqual(8);

    const file = await download(recording.file!.fileUrl!);
    expect(file).toMatchObject({ status: 200, type: "video/mp4" });
    expect(file.bytes.length).toBe(recording.file?.size);
    expect(mp4Boxes(file.bytes).slice(0, 2)).toEqual(["ftyp", "moov"]);

    expect(await vsdk.recordings.delete(recordingId)).toBe("Room recording deleted successfully");
    expect(await rejectionOf(vsdk.recordings.get(recordingId))).toBeInstanceOf(NotFoundError);
    expect((await download(recording.file!.fileUrl!)).status).toBe(404);
    expect((await vsdk.recordings.list({ roomId })).data).toEqual([]);
  });

  it("needs a live session, runs once per room, and cannot be deleted while running", async () => {
    const { vsdk, sandbox } = context;
    const empty = await vsdk.rooms.create({});
    const noSession = await rejectionOf(vsdk.recordings.start({ roomId: empty.roomId }));
    expect(noSession).toBeInstanceOf(BadRequestError);
    expect(noSession.message).toMatch(/no active session/i);
    expect(await rejectionOf(vsdk.recordings.end({ roomId: empty.roomId }))).toBeInstanceOf(BadRequestError);

    const { roomId } = await roomWithParticipant();
    await vsdk.recordings.start({ roomId, fileFormat: "webm" });
    expect((await rejectionOf(vsdk.recordings.start({ roomId }))).message).toMatch(/already running/);
    const [running] = (await vsdk.recordings.list({ roomId })).data!;
    expect(await rejectionOf(vsdk.recordings.delete(running!.id))).toBeInstanceOf(BadRequestError);

    // The session ends: the recording stops and its file (WebM, as asked) appears.
    await sandbox.control.leave(roomId, "alice");
    const done = await eventually(async () => (await vsdk.recordings.get(running!.id)).file ?? undefined);
    const file = await download(done.fileUrl!);
    expect(file.type).toBe("video/webm");
    expect(file.bytes.subarray(0, 4)).toEqual(EBML_MAGIC);
  });

  it("fails the running recording, or the next one, on request (recording-failed)", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const { roomId, path } = await roomWithParticipant(["recording-failed", "recording-started"]);
    await vsdk.recordings.start({ roomId });
    await webhooks.waitFor(() => webhooks.types(path).includes("recording-started"));
    expect(await sandbox.control.fail(roomId, "recording")).toBe("running");
    await webhooks.waitFor(() => webhooks.types(path).includes("recording-failed"));

    expect(await sandbox.control.fail(roomId, "recording")).toBe("next");
    await vsdk.recordings.start({ roomId });
    await webhooks.waitFor(() => webhooks.types(path).filter((t) => t === "recording-failed").length === 2);
    // The room's filter let through only the two events it names.
    expect(webhooks.types(path)).toEqual(["recording-started", "recording-failed", "recording-failed"]);
    const recordings = (await vsdk.recordings.list({ roomId })).data!;
    expect(recordings.map((r) => r.file)).toEqual([null, null]);
    expect(recordings.every((r) => r.end !== null)).toBe(true);
  });
});

describe("participant and track recordings", () => {
  it("records a participant and a track, stops them when the participant leaves, and serves the files", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const { roomId, sessionId, path } = await roomWithParticipant(["participant-*"]);
    expect(
      await vsdk.participantRecordings.start({ roomId, participantId: "alice", webhookUrl: `${webhooks.url}/alice` }),
    ).toBe("participant recording started successfully.");
    expect(await vsdk.trackRecordings.start({ roomId, participantId: "alice", kind: "audio", fileFormat: "mp3" })).toBe(
      "track recording started successfully.",
    );
    expect(
      (await rejectionOf(vsdk.trackRecordings.start({ roomId, participantId: "alice", kind: "audio" }))).message,
    ).toMatch(/already running/);
    expect((await rejectionOf(vsdk.participantRecordings.start({ roomId, participantId: "nobody" }))).message).toMatch(
      /not in the session/,
    );
    await webhooks.waitFor(() =>
      ["participant-recording-started", "participant-track-recording-started"].every((t) =>
        webhooks.types(path).includes(t),
      ),
    );

    expect(await vsdk.participantRecordings.stop({ roomId, participantId: "alice" })).toBe(
      "participant recording ended successfully.",
    );
    await sandbox.control.leave(roomId, "alice");
    await webhooks.waitFor(
      () =>
        ["participant-recording-stopped", "participant-track-recording-stopped"].every((t) =>
          webhooks.types(path).includes(t),
        ) && webhooks.types("/alice").includes("participant-recording-stopped"),
    );
    expect(webhooks.types("/alice")).toEqual([
      "participant-recording-starting",
      "participant-recording-started",
      "participant-recording-stopping",
      "participant-recording-stopped",
    ]);

    const [participantRecording] = (await vsdk.participantRecordings.list({ roomId })).data!;
    expect(participantRecording).toMatchObject({
      sessionId,
      participantId: "alice",
      mode: "participant",
      kind: "audio_video",
      fileFormat: "webm",
    });
    const video = await download(participantRecording!.files![0]!.fileUrl!);
    expect(video).toMatchObject({ status: 200, type: "video/webm" });
    expect(video.bytes.subarray(0, 4)).toEqual(EBML_MAGIC);

    const [track] = (await vsdk.trackRecordings.list({ roomId, participantId: "alice" })).data!;
    expect(track).toMatchObject({ mode: "track", kind: "audio", fileFormat: "mp3" });
    expect((await vsdk.trackRecordings.get(track!.id)).id).toBe(track!.id);
    const stoppedEvent = webhooks.received.find(
      (r) => r.event.webhookType === "participant-track-recording-stopped",
    )!.event;
    expect(stoppedEvent.data).toMatchObject({ kind: "audio", fileDetails: [{ fileUrl: track!.files![0]!.fileUrl }] });
    const audio = await download(track!.files![0]!.fileUrl!);
    expect(audio.type).toBe("audio/mpeg");
    expect([audio.bytes[0], audio.bytes[1]! & 0xe0]).toEqual([0xff, 0xe0]);

    expect(await vsdk.trackRecordings.delete(track!.id)).toBe("Track Recording deleted successfully.");
    expect(await rejectionOf(vsdk.trackRecordings.get(track!.id))).toBeInstanceOf(NotFoundError);
    expect(await vsdk.participantRecordings.delete(participantRecording!.id)).toBe(
      "Participant Recording deleted successfully.",
    );
    expect((await vsdk.participantRecordings.list({ roomId })).data).toEqual([]);
  });

  it("fails a participant's recording on request (participant-recording-failed)", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const { roomId, path } = await roomWithParticipant(["participant-recording-failed"]);
    expect(await sandbox.control.fail(roomId, "participant-recording", { participantId: "alice" })).toBe("next");
    await vsdk.participantRecordings.start({ roomId, participantId: "alice" });
    await webhooks.waitFor(() => webhooks.types(path).includes("participant-recording-failed"));
    const [failed] = (await vsdk.participantRecordings.list({ roomId })).data!;
    expect(failed?.files).toEqual([]);
    expect(failed?.end).not.toBeNull();
  });
});

describe("merge recordings", () => {
  async function sessionWithTwoRecordings() {
    const { vsdk, sandbox } = context;
    const { roomId, sessionId, path } = await roomWithParticipant(["merge-recording-*"], "agent");
    await sandbox.control.join(roomId, { participantId: "customer" });
    for (const participantId of ["agent", "customer"])
      await vsdk.participantRecordings.start({ roomId, participantId });
    await vsdk.sessions.end({ roomId });
    await eventually(
      async () => (await vsdk.participantRecordings.list({ roomId })).data!.every((r) => r.files?.length) || undefined,
    );
    return { roomId, sessionId, path };
  }

  it("merges two participants' recordings into a stereo MP3 (merge-recording-completed)", async () => {
    const { vsdk, webhooks } = context;
    const { roomId, sessionId, path } = await sessionWithTwoRecordings();
    const created = await vsdk.mergeRecordings.create({
      sessionId,
      channel1: [{ participantId: "agent" }],
      channel2: [{ participantId: "customer" }],
    });
    expect(created.message).toBe("Merge recording job started successfully.");
    expect(created.recording).toMatchObject({ status: "running", sessionId, meetingId: roomId });
    await webhooks.waitFor(() => webhooks.types(path).includes("merge-recording-completed"));
    const merge = await vsdk.mergeRecordings.get(created.recording.id);
    expect(merge.status).toBe("completed");
    expect(merge.channel1?.[0]?.recordingId).toMatch(/^[0-9a-f]{24}$/);
    const audio = await download(merge.file!.fileUrl!);
    expect(audio).toMatchObject({ status: 200, type: "audio/mpeg" });
    expect((await vsdk.mergeRecordings.list({ sessionId, status: "completed" })).recordings.map((m) => m.id)).toEqual([
      merge.id,
    ]);
  });

  it("refuses participants without a finished recording, and fails on request (merge-recording-failed)", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const { roomId, sessionId, path } = await sessionWithTwoRecordings();
    const refused = await rejectionOf(
      vsdk.mergeRecordings.create({
        sessionId,
        channel1: [{ participantId: "agent" }],
        channel2: [{ participantId: "ghost" }],
      }),
    );
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(refused.message).toMatch(/ghost/);

    await sandbox.control.fail(roomId, "merge");
    const created = await vsdk.mergeRecordings.create({
      sessionId,
      channel1: [{ participantId: "agent" }],
      channel2: [{ participantId: "customer" }],
    });
    await webhooks.waitFor(() => webhooks.types(path).includes("merge-recording-failed"));
    expect((await vsdk.mergeRecordings.get(created.recording.id)).status).toBe("failed");
  });
});
