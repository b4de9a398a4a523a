/** Realtime and post-call transcription through the real client, with their webhooks and files. */
import { describe, expect, it } from "vitest";
import { BadRequestError, createVideoSDK, NotFoundError } from "../../src/node/index.js";
import { startSandbox } from "../../src/testing/index.js";
import { rejectionOf } from "../support/rejection.js";
import { download, eventually, useSandbox } from "./support.js";

const context = useSandbox();

describe("realtime transcription", () => {
  it("runs while the session does: started, stopped, with a transcript file", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const room = await vsdk.rooms.create({});
    const { sessionId } = await sandbox.control.join(room.roomId, { name: "Ada" });
    const started = await vsdk.realtimeTranscriptions.start({
      roomId: room.roomId,
      webhookUrl: `${webhooks.url}/realtime`,
      summary: { enabled: true, prompt: "Summarise" },
    });
    expect(started).toMatchObject({
      status: "running",
      end: null,
      extension: { extensionConfig: { roomId: room.roomId, sessionId } },
    });
    expect((await rejectionOf(vsdk.realtimeTranscriptions.start({ roomId: room.roomId }))).message).toMatch(
      /already running/,
    );

    const stopped = await vsdk.realtimeTranscriptions.end({ roomId: room.roomId });
    expect(stopped).toMatchObject({ id: started.id, status: "completed" });
    expect(stopped.end).not.toBeNull();
    await webhooks.waitFor(() => webhooks.types("/realtime").length === 2);
    expect(webhooks.types("/realtime")).toEqual(["transcription-started", "transcription-stopped"]);
    expect(webhooks.received.find((r) => r.path === "/realtime")!.event.data).toEqual({
      id: started.id,
      type: "realtime",
      meetingId: room.roomId,
      sessionId,
    });

    const transcript = await download(stopped.transcriptionFilePaths!.txt!);
    expect(transcript.type).toMatch(/^text\/plain/);
    expect(transcript.bytes.toString("utf8")).toMatch(/^Ada: /);
    expect((await download(stopped.summarizedFilePaths!.txt!)).bytes.toString("utf8")).toContain("Speakers: Ada");

    const listed = await vsdk.realtimeTranscriptions.list({ roomId: room.roomId, status: "completed" });
    expect(listed.transcriptions.map((t) => t.id)).toEqual([started.id]);
    expect((await vsdk.realtimeTranscriptions.get(started.id)).status).toBe("completed");
    expect(await rejectionOf(vsdk.realtimeTranscriptions.end({ roomId: room.roomId }))).toBeInstanceOf(BadRequestError);
    expect(await rejectionOf(vsdk.realtimeTranscriptions.get("00000000-0000-4000-8000-000000000000"))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it("fails on request (transcription-failed)", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const room = await vsdk.rooms.create({});
    await sandbox.control.join(room.roomId);
    const started = await vsdk.realtimeTranscriptions.start({
      roomId: room.roomId,
      webhookUrl: `${webhooks.url}/failing`,
    });
    expect(await sandbox.control.fail(room.roomId, "transcription")).toBe("running");
    await webhooks.waitFor(() => webhooks.types("/failing").includes("transcription-failed"));
    expect((await vsdk.realtimeTranscriptions.get(started.id)).status).toBe("failed");
  });
});

describe("post-call transcription", () => {
  it("follows a recording made with transcription on: transcription-completed, then every file format", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const room = await vsdk.rooms.create({
      webhook: { endPoint: `${webhooks.url}/post`, events: ["transcription-completed"] },
    });
    const { sessionId } = await sandbox.control.join(room.roomId, { name: "Grace" });
    await vsdk.recordings.start({ roomId: room.roomId, transcription: { enabled: true, summary: { enabled: true } } });
    await vsdk.sessions.end({ roomId: room.roomId });
    await webhooks.waitFor(() => webhooks.types("/post").length > 0);
    expect(webhooks.received.find((r) => r.path === "/post")!.event).toMatchObject({
      webhookType: "transcription-completed",
      data: { roomId: room.roomId },
    });

    const { transcriptions } = await vsdk.postTranscriptions.list({ roomId: room.roomId });
    expect(transcriptions).toHaveLength(1);
    const transcription = await vsdk.postTranscriptions.get(transcriptions[0]!.id);
    const [recording] = (await vsdk.recordings.list({ roomId: room.roomId })).data!;
    expect(transcription).toMatchObject({ status: "completed", sessionId, recordingId: recording!.id });
    const expectedTypes = {
      json: "application/json",
      srt: "application/x-subrip",
      tsv: "text/tab-separated-values",
      txt: "text/plain",
      vtt: "text/vtt",
    };
    for (const [format, type] of Object.entries(expectedTypes)) {
      const file = await download(transcription.transcriptionFilePaths![format as keyof typeof expectedTypes]!);
      expect(file.type, format).toMatch(new RegExp(`^${type}`));
      expect(file.bytes.toString("utf8"), format).toContain("Grace");
    }
    expect((await download(transcription.transcriptionFilePaths!.vtt!)).bytes.toString("utf8")).toMatch(/^WEBVTT\n/);
    expect(
      JSON.parse((await download(transcription.transcriptionFilePaths!.json!)).bytes.toString("utf8")).transcript[0]
        .speaker,
    ).toBe("Grace");
    expect((await download(transcription.summarizedFilePaths!.txt!)).status).toBe(200);
  });

  it("is listed as running, without files, while it is made; then completed (its lifecycle in the control API)", async () => {
    // A long processing time, so that the running phase can be seen.
    const sandbox = await startSandbox({ port: 0, processingMs: 400 });
    try {
      const vsdk = createVideoSDK({ token: sandbox.token, baseUrl: sandbox.baseUrl, maxRetries: 0 });
      const room = await vsdk.rooms.create({});
      await sandbox.control.join(room.roomId, { name: "Lin" });
      await vsdk.recordings.start({ roomId: room.roomId, transcription: { enabled: true } });
      await vsdk.sessions.end({ roomId: room.roomId });
      const running = await eventually(
        async () => (await vsdk.postTranscriptions.list({ roomId: room.roomId })).transcriptions[0],
      );
      expect(running).toMatchObject({ status: "running", end: null });
      expect(running.transcriptionFilePaths).toBeUndefined();
      expect(
        (await download(`${sandbox.baseUrl}/_sandbox/files/transcriptions/${running.id}/transcription.txt`)).status,
      ).toBe(404);
      const [resource] = await sandbox.control.resources({ roomId: room.roomId, kind: "postTranscription" });
      expect(resource).toMatchObject({ id: running.id, phase: "running", failed: false, next: { phase: "completed" } });

      const done = await vsdk.postTranscriptions.waitUntilDone(running.id, { interval: 50, timeout: 5000 });
      expect(done).toMatchObject({ id: running.id, status: "completed" });
      expect(done.end).not.toBeNull();
      expect((await download(done.transcriptionFilePaths!.txt!)).bytes.toString("utf8")).toContain("Lin");
      expect((await sandbox.control.resources({ kind: "postTranscription" }))[0]).toMatchObject({ phase: "completed" });
    } finally {
      await sandbox.stop();
    }
  });
});
