/**
 * Realtime transcriptions (start, stop, their lifecycle) and post-call transcriptions (made after a recording or
 * stream); and their views.
 */
import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { failNow, type Lifecycle, transition } from "../lifecycle.js";
import { findLast } from "../lists.js";
import type { Simulator } from "../simulator.js";
import type { PostTranscriptionRecord, RealtimeTranscriptionRecord } from "../state.js";
import { fileUrl, hlsFilePath, recordingFilePath, type ViewContext } from "../views.js";

/** The handlers of the transcriptions operations. */
export function transcriptionsHandlers(sim: Simulator) {
  const view = () => sim.context();
  return {
    // transcription
    startRealtimeTranscription: ({ body }) => {
      const room = sim.requireRoom(body.roomId);
      const session = sim.requireLiveSession(room);
      if (sim.state.realtimeTranscriptions.some((t) => t.roomId === room.roomId && t.status === "running"))
        throw new ApiError(400, "Realtime transcription is already running in this room");
      const transcription: RealtimeTranscriptionRecord = {
        id: ids.uuid(),
        roomId: room.roomId,
        sessionId: session.id,
        status: "running",
        start: sim.now(),
        end: null,
        webhookUrl: body.webhookUrl,
        summary: body.summary?.enabled === true,
      };
      sim.state.realtimeTranscriptions.push(transcription);
      // No processing time: it starts (and, when a failure is armed, fails) at once.
      transition(sim, realtimeTranscriptionLifecycle, transcription, "started");
      if (sim.takeFailure(room.roomId, "transcription")) failTranscription(sim, transcription);
      return realtimeTranscriptionView(view(), transcription);
    },
    endRealtimeTranscription: ({ body }) => {
      const room = sim.requireRoom(body.roomId);
      const transcription = findLast(
        sim.state.realtimeTranscriptions,
        (t) => t.roomId === room.roomId && t.status === "running",
      );
      if (!transcription) throw new ApiError(400, "No realtime transcription is running in this room");
      stopTranscription(sim, transcription);
      return realtimeTranscriptionView(view(), transcription);
    },
    listRealtimeTranscriptions: ({ query }) => {
      const { pageInfo, items } = sim.listPage(sim.state.realtimeTranscriptions, query, ["sessionId", "status"]);
      return { pageInfo, transcriptions: items.map((t) => realtimeTranscriptionView(view(), t)) };
    },
    getRealtimeTranscription: ({ params }) => {
      const transcription = sim.state.realtimeTranscriptions.find((t) => t.id === params.transcriptionId);
      if (!transcription) throw new ApiError(404, "Transcription not found");
      return realtimeTranscriptionView(view(), transcription);
    },
    listPostTranscriptions: ({ query }) => {
      const { pageInfo, items } = sim.listPage(sim.state.postTranscriptions, query, ["sessionId"]);
      return { pageInfo, transcriptions: items.map((t) => postTranscriptionView(view(), t)) };
    },
    getPostTranscription: ({ params }) => {
      const transcription = sim.state.postTranscriptions.find((t) => t.id === params.transcriptionId);
      if (!transcription) throw new ApiError(404, "Transcription not found");
      return postTranscriptionView(view(), transcription);
    },
  } satisfies Partial<HandlerRegistry>;
}

export function emitTranscription(sim: Simulator, event: string, transcription: RealtimeTranscriptionRecord): void {
  sim.emit(
    event,
    { id: transcription.id, type: "realtime", meetingId: transcription.roomId, sessionId: transcription.sessionId },
    transcription.roomId,
    { webhookUrl: transcription.webhookUrl, resourceId: transcription.id },
  );
}

export function stopTranscription(sim: Simulator, transcription: RealtimeTranscriptionRecord): void {
  transition(sim, realtimeTranscriptionLifecycle, transcription, "stopped");
}

export function failTranscription(sim: Simulator, transcription: RealtimeTranscriptionRecord): void {
  failNow(sim, realtimeTranscriptionLifecycle, transcription);
}

/** running (started) → completed (stopped) or failed, each at once when asked; a webhook at each. */
export const realtimeTranscriptionLifecycle: Lifecycle<RealtimeTranscriptionRecord> = {
  firstStep: "started",
  enter(sim, transcription, to) {
    if (to === "stopped" || to === "failed") {
      transcription.status = to === "stopped" ? "completed" : "failed";
      transcription.end = sim.now();
    }
    if (to === "started" || to === "stopped" || to === "failed")
      emitTranscription(sim, `transcription-${to}`, transcription);
    return undefined;
  },
};

/** The post-call transcription of a composition that had `transcription.enabled`, once it is "processed". */
export function makePostTranscription(sim: Simulator, sourceId: string): void {
  sim.state.pendingTranscriptions = sim.state.pendingTranscriptions.filter((due) => due.sourceId !== sourceId);
  const source = sim.state.compositions.find((c) => c.id === sourceId);
  if (!source) return;
  const sourcePath = source.kind === "hls" ? hlsFilePath(source, "index.m3u8") : recordingFilePath(source);
  const transcription: PostTranscriptionRecord = {
    id: ids.uuid(),
    roomId: source.roomId,
    sessionId: source.sessionId,
    sourceId: source.id,
    sourcePath,
    status: "completed",
    start: source.finishedAt ?? sim.now(),
    end: sim.now(),
    summary: source.transcription?.summary?.enabled === true,
  };
  sim.state.postTranscriptions.push(transcription);
  sim.emit("transcription-completed", { id: transcription.id, roomId: source.roomId }, source.roomId, {
    webhookUrl: source.webhookUrl,
    resourceId: transcription.id,
  });
  sim.changed();
}

// ---- views ---------------------------------------------------------------------------------------------------------

const transcriptionFilePath = (id: string, file: string) => `transcriptions/${id}/${file}`;

export function realtimeTranscriptionView(context: ViewContext, transcription: RealtimeTranscriptionRecord) {
  const done = transcription.status === "completed";
  return {
    id: transcription.id,
    status: transcription.status,
    extension: {
      enabled: true,
      provider: "videosdk",
      extensionConfig: { roomId: transcription.roomId, sessionId: transcription.sessionId },
    },
    ...(transcription.webhookUrl ? { webhookUrl: transcription.webhookUrl } : {}),
    ...(done
      ? {
          transcriptionFilePaths: {
            txt: fileUrl(context, transcriptionFilePath(transcription.id, "transcription.txt")),
          },
        }
      : {}),
    ...(done && transcription.summary
      ? { summarizedFilePaths: { txt: fileUrl(context, transcriptionFilePath(transcription.id, "summary.txt")) } }
      : {}),
    start: transcription.start,
    end: transcription.end,
  };
}

export function postTranscriptionView(context: ViewContext, transcription: PostTranscriptionRecord) {
  const file = (name: string) => fileUrl(context, transcriptionFilePath(transcription.id, name));
  return {
    id: transcription.id,
    status: transcription.status,
    roomId: transcription.roomId,
    sessionId: transcription.sessionId,
    recordingId: transcription.sourceId,
    filePath: fileUrl(context, transcription.sourcePath),
    transcriptionFilePaths: {
      json: file("transcription.json"),
      srt: file("transcription.srt"),
      txt: file("transcription.txt"),
      tsv: file("transcription.tsv"),
      vtt: file("transcription.vtt"),
    },
    ...(transcription.summary ? { summarizedFilePaths: { txt: file("summary.txt") } } : {}),
    start: transcription.start,
    end: transcription.end,
  };
}
