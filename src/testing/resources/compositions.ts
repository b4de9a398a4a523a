/**
 * Meeting recordings, HLS streams and RTMP livestreams share one lifecycle (starting, started, playable for HLS,
 * stopping, stopped, or failed): its description for the engine, and starting, stopping and listing them.
 */
import { ApiError } from "../api-error.js";
import * as ids from "../ids.js";
import { begin, failNow, type Lifecycle, transition } from "../lifecycle.js";
import { capitalise, findLast, text, withoutUndefined } from "../lists.js";
import { EVENT_PREFIX, isRunning, KIND_NAMES } from "../phases.js";
import type { ApiRequest, Simulator } from "../simulator.js";
import type { CompositionKind, CompositionRecord, RoomRecord, SessionRecord } from "../state.js";
import { fileUrl, hlsUrls, recordingFilePath } from "../views.js";
import { startPostTranscription } from "./transcriptions.js";

export function runningCompositions(sim: Simulator, kind: CompositionKind, room: RoomRecord): CompositionRecord[] {
  return sim.state.compositions.filter((c) => c.kind === kind && c.roomId === room.roomId && isRunning(c));
}

export function playableHls(sim: Simulator, room: RoomRecord): CompositionRecord | undefined {
  return findLast(
    sim.state.compositions,
    (c) => c.kind === "hls" && c.roomId === room.roomId && c.phase === "playable",
  );
}

export function startComposition(
  sim: Simulator,
  kind: CompositionKind,
  roomIdOrCustom: string,
  fields: Partial<CompositionRecord>,
): CompositionRecord {
  const room = sim.requireRoom(roomIdOrCustom);
  const session = sim.requireLiveSession(room);
  const multiple = room.multiComposition?.[kind === "livestream" ? "rtmp" : kind] === true;
  if (!multiple && runningCompositions(sim, kind, room).length)
    throw new ApiError(400, `A ${KIND_NAMES[kind]} is already running in this room`);
  return createComposition(sim, kind, room, session, fields);
}

export function createComposition(
  sim: Simulator,
  kind: CompositionKind,
  room: RoomRecord,
  session: SessionRecord,
  fields: Partial<CompositionRecord>,
): CompositionRecord {
  const composition: CompositionRecord = {
    ...withoutUndefined(fields),
    id: ids.objectId(),
    kind,
    roomId: room.roomId,
    sessionId: session.id,
    phase: "starting",
    start: sim.now(),
    end: null,
  };
  sim.state.compositions.push(composition);
  begin(sim, compositionLifecycle, composition, "starting", sim.takeFailure(room.roomId, kind));
  return composition;
}

export function stopComposition(
  sim: Simulator,
  kind: CompositionKind,
  roomIdOrCustom: string,
  id: string | undefined,
): void {
  const room = sim.requireRoom(roomIdOrCustom);
  const running = runningCompositions(sim, kind, room).filter((c) => id === undefined || c.id === id);
  if (!running.length) throw new ApiError(400, `No ${KIND_NAMES[kind]} is running in this room`);
  for (const composition of running) stopCompositionRecord(sim, composition);
}

export function stopCompositionRecord(sim: Simulator, composition: CompositionRecord): void {
  transition(sim, compositionLifecycle, composition, "stopping");
}

/**
 * starting → started (→ playable, HLS only) → stopping → stopped, or failed from any running phase; a webhook at
 * each. A stopped composition with `transcription.enabled` has its post-call transcription made one step later.
 */
export const compositionLifecycle: Lifecycle<CompositionRecord> = {
  firstStep: "started",
  enter(sim, composition, to) {
    if (to === "completed") return undefined;
    composition.phase = to;
    if (to === "stopping" || to === "failed") composition.end = sim.now();
    if (to === "stopped") {
      composition.finishedAt = sim.now();
      composition.fileId = ids.objectId();
    }
    emitComposition(sim, composition, to);
    if (to === "stopped" && composition.transcription?.enabled) startPostTranscription(sim, composition);
    if (to === "started" && composition.kind === "hls") return "playable";
    return to === "stopping" ? "stopped" : undefined;
  },
};

export function failComposition(sim: Simulator, composition: CompositionRecord): void {
  failNow(sim, compositionLifecycle, composition);
}

export function emitComposition(
  sim: Simulator,
  composition: CompositionRecord,
  phase: Exclude<CompositionRecord["phase"], never>,
): void {
  const event = `${EVENT_PREFIX[composition.kind]}-${phase}`;
  const base = { meetingId: composition.roomId, sessionId: composition.sessionId };
  let data: Record<string, unknown> = base;
  const context = sim.context();
  if (composition.kind === "recording" && phase === "stopped") {
    const filePath = recordingFilePath(composition);
    data = { ...base, filePath, fileUrl: fileUrl(context, filePath) };
  } else if (composition.kind === "hls" && (phase === "started" || phase === "playable")) {
    const { playbackHlsUrl, livestreamUrl } = hlsUrls(context, composition);
    data = { ...base, playbackHlsUrl, livestreamUrl };
  }
  sim.emit(event, data, composition.roomId, { webhookUrl: composition.webhookUrl, resourceId: composition.id });
}

export function requireComposition(sim: Simulator, kind: CompositionKind, id: string): CompositionRecord {
  const composition = sim.state.compositions.find((c) => c.id === id && c.kind === kind && !c.deleted);
  if (!composition) throw new ApiError(404, `${capitalise(KIND_NAMES[kind])} not found`);
  return composition;
}

export function deleteComposition(sim: Simulator, kind: CompositionKind, id: string): void {
  const composition = requireComposition(sim, kind, id);
  if (isRunning(composition) || composition.phase === "stopping")
    throw new ApiError(400, `The ${KIND_NAMES[kind]} is still running: stop it first`);
  composition.deleted = true;
}

export function listCompositions<T>(
  sim: Simulator,
  kind: CompositionKind,
  query: ApiRequest["query"],
  toView: (c: CompositionRecord) => T,
) {
  const search = text(query.query);
  const { pageInfo, items } = sim.listPage(
    sim.state.compositions,
    query,
    ["sessionId"],
    (c) =>
      c.kind === kind &&
      !c.deleted &&
      (search === undefined || c.roomId === search || c.sessionId === search || c.id === search),
  );
  return { pageInfo, data: items.map(toView) };
}
