/**
 * Realtime transcriptions (start, stop, their lifecycle) and post-call transcriptions (made after a recording or
 * stream); and their views.
 */
import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { begin, failNow, type Lifecycle, resume, transition } from "../lifecycle.js";
import { findLast } from "../lists.js";
import type { Simulator } from "../simulator.js";
import type { CompositionRecord, PostTranscriptionRecord, RealtimeTranscriptionRecord } from "../state.js";
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

/**
 * The post-call transcription of a composition that had `transcription.enabled`, made when it stops: `running`
 * for one processing time, then `completed` with its files and a `transcription-completed` webhook (VideoSDK
 * documents no webhook for its start).
 */
export function startPostTranscription(sim: Simulator, source: CompositionRecord, dueAt?: number): void {
  const transcription: PostTranscriptionRecord = {
    id: ids.uuid(),
    roomId: source.roomId,
    sessionId: source.sessionId,
    sourceId: source.id,
    sourcePath: source.kind === "hls" ? hlsFilePath(source, "index.m3u8") : recordingFilePath(source),
    status: "running",
    start: source.finishedAt ?? sim.now(),
    end: null,
    summary: source.transcription?.summary?.enabled === true,
    changedAt: sim.now(),
  };
  sim.state.postTranscriptions.push(transcription);
  if (dueAt === undefined) begin(sim, postTranscriptionLifecycle, transcription, undefined, false);
  // Resumed with the other lifecycles once the state is loaded.
  else transcription.pending = { at: dueAt, to: "completed" };
}

/** running → completed, one processing time later. */
export const postTranscriptionLifecycle: Lifecycle<PostTranscriptionRecord> = {
  firstStep: "completed",
  enter(sim, transcription, to) {
    if (to !== "completed") return undefined;
    transcription.status = "completed";
    transcription.end = sim.now();
    const source = sim.state.compositions.find((c) => c.id === transcription.sourceId);
    sim.emit("transcription-completed", { id: transcription.id, roomId: transcription.roomId }, transcription.roomId, {
      webhookUrl: source?.webhookUrl,
      resourceId: transcription.id,
    });
    return undefined;
  },
};

/**
 * After a restart: the due steps of running post-call transcriptions, and first those that a state file of an
 * earlier sandbox kept apart (by composition, with the time each was due), which become running ones.
 */
export function resumePostTranscriptions(sim: Simulator): void {
  for (const due of sim.state.pendingTranscriptions ?? []) {
    const source = sim.state.compositions.find((c) => c.id === due.sourceId);
    if (source && !sim.state.postTranscriptions.some((t) => t.sourceId === source.id))
      startPostTranscription(sim, source, due.at);
  }
  delete sim.state.pendingTranscriptions;
  resume(sim, postTranscriptionLifecycle, sim.state.postTranscriptions);
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
  const done = transcription.status === "completed";
  return {
    id: transcription.id,
    status: transcription.status,
    roomId: transcription.roomId,
    sessionId: transcription.sessionId,
    recordingId: transcription.sourceId,
    filePath: fileUrl(context, transcription.sourcePath),
    // The files exist once it is done.
    ...(done
      ? {
          transcriptionFilePaths: {
            json: file("transcription.json"),
            srt: file("transcription.srt"),
            txt: file("transcription.txt"),
            tsv: file("transcription.tsv"),
            vtt: file("transcription.vtt"),
          },
        }
      : {}),
    ...(done && transcription.summary ? { summarizedFilePaths: { txt: file("summary.txt") } } : {}),
    start: transcription.start,
    end: transcription.end,
  };
}
