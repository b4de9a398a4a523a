/** Meeting recordings, participant recordings and track recordings: start, stop, list, get and delete. */

import type { RequestBody } from "../../facade.js";
import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { begin, failNow, type Lifecycle, transition } from "../lifecycle.js";
import { EVENT_PREFIX, isRunning } from "../phases.js";
import type { ApiRequest, Simulator } from "../simulator.js";
import type { CompositionRecord, IndividualRecordingRecord } from "../state.js";
import {
  fileUrl,
  individualFilePath,
  isAudioKind,
  links,
  recordingExtension,
  recordingFilePath,
  resolution,
  seconds,
  type ViewContext,
} from "../views.js";
import {
  deleteComposition,
  listCompositions,
  requireComposition,
  startComposition,
  stopComposition,
} from "./compositions.js";

/** The handlers of the recordings operations. */
export function recordingsHandlers(sim: Simulator) {
  const view = () => sim.context();
  const message = (operationId: string) => sim.message(operationId);
  return {
    // meeting recordings
    startRecording: ({ body }) => {
      startComposition(sim, "recording", body.roomId, {
        webhookUrl: body.webhookUrl,
        transcription: body.transcription,
        config: body.config,
        fileFormat: body.fileFormat,
      });
      return message("startRecording");
    },
    endRecording: ({ body }) => {
      stopComposition(sim, "recording", body.roomId, body.id);
      return message("endRecording");
    },
    listRecordings: ({ query }) => ({
      ...listCompositions(sim, "recording", query, (c) => recordingView(view(), c, sim.fileSize)),
    }),
    getRecording: ({ params }) =>
      recordingView(view(), requireComposition(sim, "recording", params.recordingId!), sim.fileSize),
    deleteRecording: ({ params }) => {
      deleteComposition(sim, "recording", params.recordingId!);
      return message("deleteRecording");
    },

    // participant and track recordings
    startParticipantRecording: ({ body }) => {
      startIndividual(sim, "participant", body, "audio_video");
      return message("startParticipantRecording");
    },
    stopParticipantRecording: ({ body }) => {
      stopIndividual(sim, "participant", body.roomId, body.participantId, "audio_video");
      return message("stopParticipantRecording");
    },
    listParticipantRecordings: ({ query }) => listIndividual(sim, "participant", query),
    getParticipantRecording: ({ params }) =>
      individualRecordingView(
        view(),
        requireIndividual(sim, "participant", params.participantRecordingId!),
        sim.fileSize,
      ),
    deleteParticipantRecording: ({ params }) => {
      deleteIndividual(sim, "participant", params.participantRecordingId!);
      return message("deleteParticipantRecording");
    },
    startTrackRecording: ({ body }) => {
      startIndividual(sim, "track", body, body.kind);
      return message("startTrackRecording");
    },
    stopTrackRecording: ({ body }) => {
      stopIndividual(sim, "track", body.roomId, body.participantId, body.kind);
      return message("stopTrackRecording");
    },
    listTrackRecordings: ({ query }) => listIndividual(sim, "track", query),
    getTrackRecording: ({ params }) =>
      individualRecordingView(view(), requireIndividual(sim, "track", params.trackRecordingId!), sim.fileSize),
    deleteTrackRecording: ({ params }) => {
      deleteIndividual(sim, "track", params.trackRecordingId!);
      return message("deleteTrackRecording");
    },
  } satisfies Partial<HandlerRegistry>;
}

export function startIndividual(
  sim: Simulator,
  mode: IndividualRecordingRecord["mode"],
  body: RequestBody<"startParticipantRecording"> | RequestBody<"startTrackRecording">,
  kind: IndividualRecordingRecord["kind"],
): void {
  const room = sim.requireRoom(body.roomId);
  const session = sim.requireLiveSession(room);
  const participant = session.participants.find((p) => p.participantId === body.participantId && p.connected);
  if (!participant) throw new ApiError(400, `Participant ${body.participantId} is not in the session of this room`);
  const busy = sim.state.individualRecordings.some(
    (r) =>
      r.mode === mode &&
      r.sessionId === session.id &&
      r.participantId === participant.participantId &&
      r.kind === kind &&
      isRunning(r),
  );
  if (busy)
    throw new ApiError(
      400,
      `A ${mode === "track" ? `${kind} track` : "participant"} recording of ${participant.participantId} is already running`,
    );
  const recording: IndividualRecordingRecord = {
    id: ids.objectId(),
    mode,
    kind,
    roomId: room.roomId,
    sessionId: session.id,
    participantId: participant.participantId,
    participantName: participant.name,
    fileFormat: body.fileFormat ?? "webm",
    phase: "starting",
    start: sim.now(),
    end: null,
    webhookUrl: body.webhookUrl,
  };
  sim.state.individualRecordings.push(recording);
  const fails = sim.takeFailure(
    room.roomId,
    mode === "track" ? "track-recording" : "participant-recording",
    participant.participantId,
  );
  begin(sim, individualLifecycle, recording, "starting", fails);
}

export function stopIndividual(
  sim: Simulator,
  mode: IndividualRecordingRecord["mode"],
  roomIdOrCustom: string,
  participantId: string,
  kind: string,
): void {
  const room = sim.requireRoom(roomIdOrCustom);
  const running = sim.state.individualRecordings.filter(
    (r) =>
      r.mode === mode &&
      r.roomId === room.roomId &&
      r.participantId === participantId &&
      r.kind === kind &&
      isRunning(r),
  );
  if (!running.length)
    throw new ApiError(
      400,
      `No ${mode === "track" ? `${kind} track` : "participant"} recording of ${participantId} is running in this room`,
    );
  for (const recording of running) stopIndividualRecording(sim, recording);
}

export function stopIndividualRecording(sim: Simulator, recording: IndividualRecordingRecord): void {
  transition(sim, individualLifecycle, recording, "stopping");
}

/** starting → started → stopping → stopped (with its file), or failed from any running phase; a webhook at each. */
export const individualLifecycle: Lifecycle<IndividualRecordingRecord> = {
  firstStep: "started",
  enter(sim, recording, to) {
    if (to === "completed" || to === "playable") return undefined;
    recording.phase = to;
    if (to === "stopping" || to === "failed") recording.end = sim.now();
    if (to === "stopped") recording.fileId = ids.objectId();
    emitIndividual(sim, recording, to);
    return to === "stopping" ? "stopped" : undefined;
  },
};

export function failIndividual(sim: Simulator, recording: IndividualRecordingRecord): void {
  failNow(sim, individualLifecycle, recording);
}

export function emitIndividual(
  sim: Simulator,
  recording: IndividualRecordingRecord,
  phase: IndividualRecordingRecord["phase"],
): void {
  const base = {
    meetingId: recording.roomId,
    sessionId: recording.sessionId,
    participantId: recording.participantId,
  };
  const detail =
    recording.mode === "track"
      ? { kind: recording.kind }
      : phase === "failed" || phase === "stopped"
        ? {}
        : { fileFormat: recording.fileFormat };
  const files =
    phase === "stopped"
      ? {
          fileDetails: [
            {
              filePath: individualFilePath(recording),
              fileUrl: fileUrl(sim.context(), individualFilePath(recording)),
            },
          ],
        }
      : {};
  sim.emit(`${EVENT_PREFIX[recording.mode]}-${phase}`, { ...base, ...detail, ...files }, recording.roomId, {
    webhookUrl: recording.webhookUrl,
    resourceId: recording.id,
  });
}

export function requireIndividual(
  sim: Simulator,
  mode: IndividualRecordingRecord["mode"],
  id: string,
): IndividualRecordingRecord {
  const recording = sim.state.individualRecordings.find((r) => r.id === id && r.mode === mode && !r.deleted);
  if (!recording) throw new ApiError(404, `${mode === "track" ? "Track" : "Participant"} recording not found`);
  return recording;
}

export function deleteIndividual(sim: Simulator, mode: IndividualRecordingRecord["mode"], id: string): void {
  const recording = requireIndividual(sim, mode, id);
  if (isRunning(recording) || recording.phase === "stopping")
    throw new ApiError(400, "The recording is still running: stop it first");
  recording.deleted = true;
}

export function listIndividual(sim: Simulator, mode: IndividualRecordingRecord["mode"], query: ApiRequest["query"]) {
  const { pageInfo, items } = sim.listPage(
    sim.state.individualRecordings,
    query,
    ["sessionId", "participantId"],
    (r) => r.mode === mode && !r.deleted,
  );
  return { pageInfo, data: items.map((r) => individualRecordingView(sim.context(), r, sim.fileSize)) };
}

// ---- views ---------------------------------------------------------------------------------------------------------

export function recordingView(
  context: ViewContext,
  composition: CompositionRecord,
  fileSize: (path: string) => number,
) {
  const ready = composition.phase === "stopped" && composition.fileId !== undefined;
  const size = resolution(composition.config);
  const filePath = recordingFilePath(composition);
  const finishedAt = composition.finishedAt ?? composition.start;
  return {
    id: composition.id,
    userId: context.user.id,
    roomId: composition.roomId,
    sessionId: composition.sessionId,
    fileId: ready ? composition.fileId! : null,
    file: ready
      ? {
          id: composition.fileId!,
          meta: {
            resolution: size,
            format: recordingExtension(composition) === "webm" ? "matroska,webm" : "mov,mp4,m4a,3gp,3g2,mj2",
            duration: seconds(composition.start, composition.end, context.nowMs),
          },
          filePath,
          fileUrl: fileUrl(context, filePath),
          size: fileSize(filePath),
          type: "video",
          userStorage: null,
          ratio: { [String(size.height)]: 1 },
          createdAt: finishedAt,
          updatedAt: finishedAt,
        }
      : null,
    createdAt: composition.start,
    updatedAt: finishedAt,
    start: composition.start,
    end: composition.end,
    webhook: context.webhookSummary(composition.id),
    links: links(context, composition.roomId, composition.sessionId),
  };
}

export function individualRecordingView(
  context: ViewContext,
  recording: IndividualRecordingRecord,
  fileSize: (path: string) => number,
) {
  const ready = recording.phase === "stopped" && recording.fileId !== undefined;
  const filePath = individualFilePath(recording);
  const audio = isAudioKind(recording.kind);
  return {
    id: recording.id,
    roomId: recording.roomId,
    sessionId: recording.sessionId,
    participantId: recording.participantId,
    participantName: recording.participantName,
    kind: recording.kind,
    fileFormat: recording.fileFormat,
    mode: recording.mode,
    region: "sandbox",
    start: recording.start,
    end: recording.end,
    files: ready
      ? [
          {
            _id: recording.fileId!,
            userId: context.user.id,
            meta: {
              resolution: audio ? { width: 0, height: 0 } : { width: 640, height: 360 },
              format: recording.fileFormat,
              duration: seconds(recording.start, recording.end, context.nowMs),
            },
            filePath,
            fileUrl: fileUrl(context, filePath),
            type: audio ? "audio" : "video",
            size: fileSize(filePath),
            ratio: audio ? {} : { 360: 1 },
            __v: 0,
          },
        ]
      : [],
    webhook: context.webhookSummary(recording.id),
  };
}
