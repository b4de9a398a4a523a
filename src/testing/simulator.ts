/**
 * The simulated VideoSDK: rooms, sessions and participants, and everything that runs in a session (recordings,
 * streams, transcriptions, merges), each moving through its documented states on timers, with a webhook at every
 * step. Requests reach it only after Prism has validated them; its answers are validated again before they are sent.
 */
import type { OperationId } from "../../generated/operations.js";
import type { RequestBody } from "../facade.js";
import { fileOf } from "./files.js";
import type { HandlerRegistry } from "./handler-types.js";
import { createHandlers } from "./handlers.js";
import * as ids from "./ids.js";
import { capitalise, findLast, newestFirst, paged, text, withoutUndefined } from "./lists.js";
import type { MediaFile } from "./media.js";
import type {
  CompositionKind,
  CompositionRecord,
  FailureKind,
  IndividualRecordingRecord,
  MergeRecord,
  ParticipantRecord,
  PendingStep,
  PostTranscriptionRecord,
  RealtimeTranscriptionRecord,
  RoomRecord,
  SandboxState,
  SessionRecord,
} from "./state.js";
import { emptyState } from "./state.js";
import {
  fileUrl,
  hlsFilePath,
  hlsUrls,
  individualFilePath,
  individualRecordingView,
  recordingFilePath,
  type ViewContext,
} from "./views.js";
import { subscribed, type WebhookSender, type WebhookTarget } from "./webhooks.js";

export interface ApiRequest {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
}

export interface SimulatorOptions {
  state: SandboxState;
  /** How long each simulated step takes (starting → started, stopping → stopped, ...). */
  processingMs: number;
  context(): ViewContext;
  webhooks: WebhookSender;
  /** The text of an operation's bare-string answer (the spec's example). */
  message(operationId: string): string;
  /** Called after every change of the state (to save it). */
  changed(): void;
  /** The PEM public key that verifies webhook signatures. */
  webhookPublicKey: string;
}

const RUNNING_PHASES = new Set(["starting", "started", "playable"]);
const isRunning = (entity: { phase: string }) => RUNNING_PHASES.has(entity.phase);

const EVENT_PREFIX: Record<CompositionKind | IndividualRecordingRecord["mode"], string> = {
  recording: "recording",
  hls: "hls",
  livestream: "livestream",
  participant: "participant-recording",
  track: "participant-track-recording",
};

const KIND_NAMES: Record<CompositionKind, string> = {
  recording: "recording",
  hls: "HLS stream",
  livestream: "livestream",
};

const SIMULATED_FAILURE = "Simulated failure (POST /_sandbox/fail)";

import { ApiError } from "./api-error.js";

export { ApiError };

export class Simulator {
  #state: SandboxState;
  readonly #options: SimulatorOptions;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #handlers: HandlerRegistry;

  constructor(options: SimulatorOptions) {
    this.#options = options;
    this.#state = options.state;
    this.#handlers = createHandlers(this);
  }

  get state(): SandboxState {
    return this.#state;
  }

  /** What the views need to know about the sandbox now (its URL, its user, the time). */
  context(): ViewContext {
    return this.#options.context();
  }

  /** The text of an operation's bare-string answer (the spec's example). */
  message(operationId: string): string {
    return this.#options.message(operationId);
  }

  get webhookPublicKey(): string {
    return this.#options.webhookPublicKey;
  }

  /** Answers one validated API call; throws ApiError for a refusal. A read changes nothing, so saves nothing. */
  handle(operationId: string, request: ApiRequest, method: string): unknown {
    if (!Object.hasOwn(this.#handlers, operationId))
      throw new ApiError(404, `The sandbox does not simulate ${operationId}`);
    // Prism has validated the request against this operation: it is the handler's request type.
    const handler = this.#handlers[operationId as OperationId] as (request: ApiRequest) => unknown;
    const answer = handler(request);
    if (method !== "GET" && method !== "HEAD") this.#options.changed();
    return answer;
  }

  /** Starts the timers of the steps that were due when the state was saved (after a restart). */
  resume(): void {
    for (const composition of this.state.compositions)
      if (composition.pending)
        this.schedule(composition.id, composition.pending.at, () => this.advanceComposition(composition));
    for (const recording of this.state.individualRecordings)
      if (recording.pending) this.schedule(recording.id, recording.pending.at, () => this.advanceIndividual(recording));
    for (const merge of this.state.merges)
      if (merge.pending) this.schedule(merge.id, merge.pending.at, () => this.finishMerge(merge));
    for (const due of this.state.pendingTranscriptions)
      this.schedule(`post:${due.sourceId}`, due.at, () => this.makePostTranscription(due.sourceId));
  }

  /** Cancels every timer. */
  stop(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  /** Forgets everything. */
  reset(): void {
    this.stop();
    this.#state = emptyState();
    this.#options.state = this.#state;
    this.#options.changed();
  }

  // ---- control: participants and failures -----------------------------------------------------------------------

  /** A participant joins a room, starting its session when it is the first. */
  join(roomIdOrCustom: string, options: { participantId?: string | undefined; name?: string | undefined }) {
    const room = this.requireRoom(roomIdOrCustom);
    if (room.disabled) throw new ApiError(409, `Room ${room.roomId} is deactivated: nobody can join it`);
    const participantId = options.participantId ?? ids.participantId();
    if (room.allowedParticipantIds?.length && !room.allowedParticipantIds.includes(participantId))
      throw new ApiError(403, `Participant ${participantId} is not in the room's allowedParticipantIds`);
    let session = this.ongoingSession(room);
    const firstJoin = !session;
    if (!session) {
      session = {
        id: ids.objectId(),
        roomId: room.roomId,
        start: this.now(),
        end: null,
        status: "ongoing",
        participants: [],
      };
      this.state.sessions.push(session);
      this.emit(
        "session-started",
        { sessionId: session.id, meetingId: room.roomId, start: session.start },
        room.roomId,
      );
    }
    let participant = session.participants.find((p) => p.participantId === participantId);
    if (participant?.connected)
      throw new ApiError(409, `Participant ${participantId} is already in the session of room ${room.roomId}`);
    if (!participant) {
      participant = {
        _id: ids.objectId(),
        participantId,
        name: options.name ?? participantId,
        timelog: [],
        connected: false,
      };
      session.participants.push(participant);
    } else if (options.name !== undefined) participant.name = options.name;
    participant.connected = true;
    participant.timelog.push({ start: this.now(), end: null });
    this.emit("participant-joined", this.presence(session, participant), room.roomId);
    if (firstJoin) this.autoStart(room, session);
    this.#options.changed();
    return { participantId, sessionId: session.id };
  }

  /** A participant leaves; the session ends when it was the last one. */
  leave(roomIdOrCustom: string, participantId: string): void {
    const room = this.requireRoom(roomIdOrCustom);
    const session = this.ongoingSession(room);
    const participant = session?.participants.find((p) => p.participantId === participantId && p.connected);
    if (!session || !participant)
      throw new ApiError(404, `Participant ${participantId} is not in a session of room ${room.roomId}`);
    this.disconnect(session, participant);
    if (!session.participants.some((p) => p.connected)) this.endSession(session);
    this.#options.changed();
  }

  /** The participants connected to a room's session. */
  participants(roomIdOrCustom: string) {
    const room = this.requireRoom(roomIdOrCustom);
    const session = this.ongoingSession(room);
    return (session?.participants ?? [])
      .filter((p) => p.connected)
      .map((p) => ({
        participantId: p.participantId,
        name: p.name,
        sessionId: session!.id,
        joinedAt: p.timelog.at(-1)!.start,
      }));
  }

  /** Fails what runs now, or else arms a failure for the next start of that kind in the room. */
  fail(roomIdOrCustom: string, kind: FailureKind, participantId?: string): "running" | "next" {
    const room = this.requireRoom(roomIdOrCustom);
    const failed = this.failRunning(room.roomId, kind, participantId);
    if (!failed) this.state.pendingFailures.push({ roomId: room.roomId, kind, participantId });
    this.#options.changed();
    return failed ? "running" : "next";
  }

  // ---- files ------------------------------------------------------------------------------------------------------

  /** The file behind a `/_sandbox/files/...` path, while the thing it belongs to exists and is ready. */
  file(filePath: string): MediaFile | undefined {
    return fileOf(this, filePath);
  }

  fileSize = (filePath: string): number => this.file(filePath)?.body.length ?? 0;

  // ---- rooms and sessions ---------------------------------------------------------------------------------------

  now(): string {
    return new Date().toISOString();
  }

  newRoomId(): string {
    for (;;) {
      const id = ids.roomId();
      if (!this.room(id)) return id;
    }
  }

  /** Rooms by roomId, customRoomId and internal id; rooms are only ever added, so a new count means a stale index. */
  #roomIndex: { rooms: RoomRecord[]; count: number; byKey: Map<string, RoomRecord>[] } | undefined;

  /** The room index: rooms are only ever appended, so new ones are added to it; a reset starts a new one. */
  rooms(): Map<string, RoomRecord>[] {
    const rooms = this.state.rooms;
    if (this.#roomIndex?.rooms !== rooms)
      this.#roomIndex = { rooms, count: 0, byKey: [new Map(), new Map(), new Map()] };
    const index = this.#roomIndex;
    const [byRoomId, byCustomId, byId] = index.byKey as [
      Map<string, RoomRecord>,
      Map<string, RoomRecord>,
      Map<string, RoomRecord>,
    ];
    for (; index.count < rooms.length; index.count++) {
      const room = rooms[index.count]!;
      if (!byRoomId.has(room.roomId)) byRoomId.set(room.roomId, room);
      if (room.customRoomId !== null && !byCustomId.has(room.customRoomId)) byCustomId.set(room.customRoomId, room);
      if (!byId.has(room.id)) byId.set(room.id, room);
    }
    return index.byKey;
  }

  /** A room by its roomId, its customRoomId or its internal id (in that order of precedence). */
  room(idOrCustom: string): RoomRecord | undefined {
    const [byRoomId, byCustomId, byId] = this.rooms();
    return byRoomId!.get(idOrCustom) ?? byCustomId!.get(idOrCustom) ?? byId!.get(idOrCustom);
  }

  /** A room by its VideoSDK roomId only. */
  roomByRoomId(roomId: string): RoomRecord | undefined {
    return this.rooms()[0]!.get(roomId);
  }

  requireRoom(idOrCustom: string): RoomRecord {
    const room = this.room(idOrCustom);
    if (!room) throw new ApiError(404, "Room not found");
    return room;
  }

  requireSession(sessionId: string): SessionRecord {
    const session = this.state.sessions.find((s) => s.id === sessionId);
    if (!session) throw new ApiError(404, "Session not found");
    return session;
  }

  ongoingSession(room: RoomRecord): SessionRecord | undefined {
    return this.state.sessions.find((s) => s.roomId === room.roomId && s.status === "ongoing");
  }

  requireLiveSession(room: RoomRecord): SessionRecord {
    const session = this.ongoingSession(room);
    if (!session)
      throw new ApiError(
        400,
        `No active session in room ${room.roomId}: a participant must join first (in the sandbox: POST /_sandbox/rooms/${room.roomId}/participants)`,
      );
    return session;
  }

  presence(session: SessionRecord, participant: ParticipantRecord) {
    return {
      meetingId: session.roomId,
      sessionId: session.id,
      participantId: participant.participantId,
      participantName: participant.name,
    };
  }

  disconnect(session: SessionRecord, participant: ParticipantRecord): void {
    participant.connected = false;
    const open = participant.timelog.at(-1);
    if (open && open.end === null) open.end = this.now();
    this.emit("participant-left", this.presence(session, participant), session.roomId);
    for (const recording of this.state.individualRecordings)
      if (
        recording.sessionId === session.id &&
        recording.participantId === participant.participantId &&
        isRunning(recording)
      )
        this.stopIndividualRecording(recording);
  }

  endRoomSession(room: RoomRecord): void {
    const session = this.ongoingSession(room);
    if (session) this.endSession(session);
  }

  /** Everyone leaves, everything running stops, and the session ends. */
  endSession(session: SessionRecord): void {
    for (const participant of session.participants) if (participant.connected) this.disconnect(session, participant);
    for (const composition of this.state.compositions)
      if (composition.sessionId === session.id && isRunning(composition)) this.stopCompositionRecord(composition);
    for (const transcription of this.state.realtimeTranscriptions)
      if (transcription.sessionId === session.id && transcription.status === "running")
        this.stopTranscription(transcription);
    session.status = "ended";
    session.end = this.now();
    this.emit(
      "session-ended",
      { sessionId: session.id, meetingId: session.roomId, start: session.start, end: session.end },
      session.roomId,
    );
  }

  /** The room's `autoStartConfig`: a recording and an HLS stream started with its first session. */
  autoStart(room: RoomRecord, session: SessionRecord): void {
    const recording = room.autoStartConfig?.recording;
    if (recording && !this.running("recording", room).length)
      this.createComposition("recording", room, session, {
        config: recording.config,
        transcription: recording.transcription,
      });
    const hls = room.autoStartConfig?.hls;
    if (hls && !this.running("hls", room).length)
      this.createComposition("hls", room, session, { config: hls.config, transcription: hls.transcription });
  }

  // ---- compositions: meeting recordings, HLS, RTMP --------------------------------------------------------------

  running(kind: CompositionKind, room: RoomRecord): CompositionRecord[] {
    return this.state.compositions.filter((c) => c.kind === kind && c.roomId === room.roomId && isRunning(c));
  }

  playableHls(room: RoomRecord): CompositionRecord | undefined {
    return findLast(
      this.state.compositions,
      (c) => c.kind === "hls" && c.roomId === room.roomId && c.phase === "playable",
    );
  }

  startComposition(
    kind: CompositionKind,
    roomIdOrCustom: string,
    fields: Partial<CompositionRecord>,
  ): CompositionRecord {
    const room = this.requireRoom(roomIdOrCustom);
    const session = this.requireLiveSession(room);
    const multiple = room.multiComposition?.[kind === "livestream" ? "rtmp" : kind] === true;
    if (!multiple && this.running(kind, room).length)
      throw new ApiError(400, `A ${KIND_NAMES[kind]} is already running in this room`);
    return this.createComposition(kind, room, session, fields);
  }

  createComposition(
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
      start: this.now(),
      end: null,
    };
    this.state.compositions.push(composition);
    this.emitComposition(composition, "starting");
    this.plan(composition, this.takeFailure(room.roomId, kind) ? "failed" : "started", () =>
      this.advanceComposition(composition),
    );
    return composition;
  }

  stopComposition(kind: CompositionKind, roomIdOrCustom: string, id: string | undefined): void {
    const room = this.requireRoom(roomIdOrCustom);
    const running = this.running(kind, room).filter((c) => id === undefined || c.id === id);
    if (!running.length) throw new ApiError(400, `No ${KIND_NAMES[kind]} is running in this room`);
    for (const composition of running) this.stopCompositionRecord(composition);
  }

  stopCompositionRecord(composition: CompositionRecord): void {
    composition.phase = "stopping";
    composition.end = this.now();
    this.emitComposition(composition, "stopping");
    this.plan(composition, "stopped", () => this.advanceComposition(composition));
  }

  advanceComposition(composition: CompositionRecord): void {
    const step = composition.pending;
    composition.pending = undefined;
    if (!step) return;
    switch (step.to) {
      case "started":
        composition.phase = "started";
        this.emitComposition(composition, "started");
        if (composition.kind === "hls") this.plan(composition, "playable", () => this.advanceComposition(composition));
        break;
      case "playable":
        composition.phase = "playable";
        this.emitComposition(composition, "playable");
        break;
      case "stopped":
        composition.phase = "stopped";
        composition.finishedAt = this.now();
        composition.fileId = ids.objectId();
        this.emitComposition(composition, "stopped");
        if (composition.transcription?.enabled) {
          const at = Date.now() + this.#options.processingMs;
          this.state.pendingTranscriptions.push({ sourceId: composition.id, at });
          this.schedule(`post:${composition.id}`, at, () => this.makePostTranscription(composition.id));
        }
        break;
      case "failed":
        this.failComposition(composition);
        break;
    }
    this.#options.changed();
  }

  failComposition(composition: CompositionRecord): void {
    this.cancel(composition.id);
    composition.pending = undefined;
    composition.phase = "failed";
    composition.end = this.now();
    this.emitComposition(composition, "failed");
  }

  emitComposition(composition: CompositionRecord, phase: Exclude<CompositionRecord["phase"], never>): void {
    const event = `${EVENT_PREFIX[composition.kind]}-${phase}`;
    const base = { meetingId: composition.roomId, sessionId: composition.sessionId };
    let data: Record<string, unknown> = base;
    const context = this.#options.context();
    if (composition.kind === "recording" && phase === "stopped") {
      const filePath = recordingFilePath(composition);
      data = { ...base, filePath, fileUrl: fileUrl(context, filePath) };
    } else if (composition.kind === "hls" && (phase === "started" || phase === "playable")) {
      const { playbackHlsUrl, livestreamUrl } = hlsUrls(context, composition);
      data = { ...base, playbackHlsUrl, livestreamUrl };
    }
    this.emit(event, data, composition.roomId, { webhookUrl: composition.webhookUrl, resourceId: composition.id });
  }

  requireComposition(kind: CompositionKind, id: string): CompositionRecord {
    const composition = this.state.compositions.find((c) => c.id === id && c.kind === kind && !c.deleted);
    if (!composition) throw new ApiError(404, `${capitalise(KIND_NAMES[kind])} not found`);
    return composition;
  }

  deleteComposition(kind: CompositionKind, id: string): void {
    const composition = this.requireComposition(kind, id);
    if (isRunning(composition) || composition.phase === "stopping")
      throw new ApiError(400, `The ${KIND_NAMES[kind]} is still running: stop it first`);
    composition.deleted = true;
  }

  listCompositions<T>(kind: CompositionKind, query: ApiRequest["query"], toView: (c: CompositionRecord) => T) {
    const search = text(query.query);
    const { pageInfo, items } = this.listPage(
      this.state.compositions,
      query,
      ["sessionId"],
      (c) =>
        c.kind === kind &&
        !c.deleted &&
        (search === undefined || c.roomId === search || c.sessionId === search || c.id === search),
    );
    return { pageInfo, data: items.map(toView) };
  }

  /**
   * One page of a list, newest first: the items `keep` accepts whose room is the query's `roomId` (a room id or a
   * customRoomId) and whose `fields` equal the query's values of the same names, where the query gives them.
   */
  listPage<T extends { roomId: string; start: string }>(
    items: readonly T[],
    query: ApiRequest["query"],
    fields: readonly (keyof T & string)[],
    keep: (item: T) => boolean = () => true,
  ) {
    const roomFilter = text(query.roomId);
    // An unknown room matches nothing (null never equals a room id).
    const roomId = roomFilter === undefined ? undefined : (this.room(roomFilter)?.roomId ?? null);
    const wanted = fields.flatMap((field) => {
      const value = text(query[field]);
      return value === undefined ? [] : [[field, value] as const];
    });
    const selected = items.filter(
      (item) =>
        (roomId === undefined || item.roomId === roomId) &&
        wanted.every(([field, value]) => item[field] === value) &&
        keep(item),
    );
    return paged(
      newestFirst(selected, (item) => item.start),
      query,
    );
  }

  // ---- participant and track recordings -------------------------------------------------------------------------

  startIndividual(
    mode: IndividualRecordingRecord["mode"],
    body: RequestBody<"startParticipantRecording"> | RequestBody<"startTrackRecording">,
    kind: IndividualRecordingRecord["kind"],
  ): void {
    const room = this.requireRoom(body.roomId);
    const session = this.requireLiveSession(room);
    const participant = session.participants.find((p) => p.participantId === body.participantId && p.connected);
    if (!participant) throw new ApiError(400, `Participant ${body.participantId} is not in the session of this room`);
    const busy = this.state.individualRecordings.some(
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
      start: this.now(),
      end: null,
      webhookUrl: body.webhookUrl,
    };
    this.state.individualRecordings.push(recording);
    this.emitIndividual(recording, "starting");
    const fails = this.takeFailure(
      room.roomId,
      mode === "track" ? "track-recording" : "participant-recording",
      participant.participantId,
    );
    this.plan(recording, fails ? "failed" : "started", () => this.advanceIndividual(recording));
  }

  stopIndividual(
    mode: IndividualRecordingRecord["mode"],
    roomIdOrCustom: string,
    participantId: string,
    kind: string,
  ): void {
    const room = this.requireRoom(roomIdOrCustom);
    const running = this.state.individualRecordings.filter(
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
    for (const recording of running) this.stopIndividualRecording(recording);
  }

  stopIndividualRecording(recording: IndividualRecordingRecord): void {
    recording.phase = "stopping";
    recording.end = this.now();
    this.emitIndividual(recording, "stopping");
    this.plan(recording, "stopped", () => this.advanceIndividual(recording));
  }

  advanceIndividual(recording: IndividualRecordingRecord): void {
    const step = recording.pending;
    recording.pending = undefined;
    if (!step) return;
    if (step.to === "started") {
      recording.phase = "started";
      this.emitIndividual(recording, "started");
    } else if (step.to === "stopped") {
      recording.phase = "stopped";
      recording.fileId = ids.objectId();
      this.emitIndividual(recording, "stopped");
    } else if (step.to === "failed") this.failIndividual(recording);
    this.#options.changed();
  }

  failIndividual(recording: IndividualRecordingRecord): void {
    this.cancel(recording.id);
    recording.pending = undefined;
    recording.phase = "failed";
    recording.end = this.now();
    this.emitIndividual(recording, "failed");
  }

  emitIndividual(recording: IndividualRecordingRecord, phase: IndividualRecordingRecord["phase"]): void {
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
                fileUrl: fileUrl(this.#options.context(), individualFilePath(recording)),
              },
            ],
          }
        : {};
    this.emit(`${EVENT_PREFIX[recording.mode]}-${phase}`, { ...base, ...detail, ...files }, recording.roomId, {
      webhookUrl: recording.webhookUrl,
      resourceId: recording.id,
    });
  }

  requireIndividual(mode: IndividualRecordingRecord["mode"], id: string): IndividualRecordingRecord {
    const recording = this.state.individualRecordings.find((r) => r.id === id && r.mode === mode && !r.deleted);
    if (!recording) throw new ApiError(404, `${mode === "track" ? "Track" : "Participant"} recording not found`);
    return recording;
  }

  deleteIndividual(mode: IndividualRecordingRecord["mode"], id: string): void {
    const recording = this.requireIndividual(mode, id);
    if (isRunning(recording) || recording.phase === "stopping")
      throw new ApiError(400, "The recording is still running: stop it first");
    recording.deleted = true;
  }

  listIndividual(mode: IndividualRecordingRecord["mode"], query: ApiRequest["query"]) {
    const { pageInfo, items } = this.listPage(
      this.state.individualRecordings,
      query,
      ["sessionId", "participantId"],
      (r) => r.mode === mode && !r.deleted,
    );
    return { pageInfo, data: items.map((r) => individualRecordingView(this.#options.context(), r, this.fileSize)) };
  }

  // ---- merges -------------------------------------------------------------------------------------------------------

  startMerge(body: RequestBody<"createMergeRecording">): MergeRecord {
    const session = this.requireSession(body.sessionId);
    const resolve = (entries: { participantId: string; recordingId?: string; type?: string }[]) =>
      entries.map((entry) => {
        const mode = (entry.type ?? body.type) === "track" ? "track" : "participant";
        const candidates = this.state.individualRecordings.filter(
          (r) =>
            r.sessionId === session.id &&
            r.participantId === entry.participantId &&
            !r.deleted &&
            (entry.recordingId !== undefined ? r.id === entry.recordingId : r.mode === mode),
        );
        const recording = findLast(candidates, (r) => r.phase === "stopped");
        if (!recording)
          throw new ApiError(
            400,
            entry.recordingId !== undefined
              ? `Recording ${entry.recordingId} of participant ${entry.participantId} is not a finished recording of this session`
              : `No finished ${mode} recording of participant ${entry.participantId} in this session`,
          );
        return { participantId: entry.participantId, recordingId: recording.id };
      });
    const channel1 = resolve(body.channel1);
    const channel2 = resolve(body.channel2);
    if (!channel1.length || !channel2.length)
      throw new ApiError(400, "channel1 and channel2 need at least one recording each");
    const merge: MergeRecord = {
      id: ids.uuid(),
      roomId: session.roomId,
      sessionId: session.id,
      channel1,
      channel2,
      status: "running",
      start: this.now(),
      end: null,
      webhookUrl: body.webhookUrl,
    };
    this.state.merges.push(merge);
    const at = Date.now() + this.#options.processingMs;
    merge.pending = { at, to: this.takeFailure(session.roomId, "merge") ? "failed" : "completed" };
    this.schedule(merge.id, at, () => this.finishMerge(merge));
    return merge;
  }

  finishMerge(merge: MergeRecord): void {
    const step = merge.pending;
    merge.pending = undefined;
    if (!step || merge.status !== "running") return;
    merge.end = this.now();
    const data = { id: merge.id, meetingId: merge.roomId, sessionId: merge.sessionId };
    if (step.to === "failed") {
      merge.status = "failed";
      merge.message = SIMULATED_FAILURE;
      this.emit("merge-recording-failed", { ...data, message: merge.message }, merge.roomId, {
        webhookUrl: merge.webhookUrl,
        resourceId: merge.id,
      });
    } else {
      merge.status = "completed";
      merge.fileId = ids.objectId();
      this.emit("merge-recording-completed", data, merge.roomId, {
        webhookUrl: merge.webhookUrl,
        resourceId: merge.id,
      });
    }
    this.#options.changed();
  }

  // ---- transcriptions ---------------------------------------------------------------------------------------------

  emitTranscription(event: string, transcription: RealtimeTranscriptionRecord): void {
    this.emit(
      event,
      { id: transcription.id, type: "realtime", meetingId: transcription.roomId, sessionId: transcription.sessionId },
      transcription.roomId,
      { webhookUrl: transcription.webhookUrl, resourceId: transcription.id },
    );
  }

  stopTranscription(transcription: RealtimeTranscriptionRecord): void {
    transcription.status = "completed";
    transcription.end = this.now();
    this.emitTranscription("transcription-stopped", transcription);
  }

  failTranscription(transcription: RealtimeTranscriptionRecord, started = true): void {
    if (!started) this.emitTranscription("transcription-started", transcription);
    transcription.status = "failed";
    transcription.end = this.now();
    this.emitTranscription("transcription-failed", transcription);
  }

  /** The post-call transcription of a composition that had `transcription.enabled`, once it is "processed". */
  makePostTranscription(sourceId: string): void {
    this.state.pendingTranscriptions = this.state.pendingTranscriptions.filter((due) => due.sourceId !== sourceId);
    const source = this.state.compositions.find((c) => c.id === sourceId);
    if (!source) return;
    const sourcePath = source.kind === "hls" ? hlsFilePath(source, "index.m3u8") : recordingFilePath(source);
    const transcription: PostTranscriptionRecord = {
      id: ids.uuid(),
      roomId: source.roomId,
      sessionId: source.sessionId,
      sourceId: source.id,
      sourcePath,
      status: "completed",
      start: source.finishedAt ?? this.now(),
      end: this.now(),
      summary: source.transcription?.summary?.enabled === true,
    };
    this.state.postTranscriptions.push(transcription);
    this.emit("transcription-completed", { id: transcription.id, roomId: source.roomId }, source.roomId, {
      webhookUrl: source.webhookUrl,
      resourceId: transcription.id,
    });
    this.#options.changed();
  }

  // ---- failures -----------------------------------------------------------------------------------------------------

  takeFailure(roomId: string, kind: FailureKind, participantId?: string): boolean {
    const index = this.state.pendingFailures.findIndex(
      (f) =>
        f.roomId === roomId && f.kind === kind && (f.participantId === undefined || f.participantId === participantId),
    );
    if (index < 0) return false;
    this.state.pendingFailures.splice(index, 1);
    return true;
  }

  failRunning(roomId: string, kind: FailureKind, participantId?: string): boolean {
    switch (kind) {
      case "recording":
      case "hls":
      case "livestream": {
        const running = this.state.compositions.filter((c) => c.kind === kind && c.roomId === roomId && isRunning(c));
        for (const composition of running) this.failComposition(composition);
        return running.length > 0;
      }
      case "participant-recording":
      case "track-recording": {
        const mode = kind === "track-recording" ? "track" : "participant";
        const running = this.state.individualRecordings.filter(
          (r) =>
            r.mode === mode &&
            r.roomId === roomId &&
            isRunning(r) &&
            (participantId === undefined || r.participantId === participantId),
        );
        for (const recording of running) this.failIndividual(recording);
        return running.length > 0;
      }
      case "transcription": {
        const running = this.state.realtimeTranscriptions.filter((t) => t.roomId === roomId && t.status === "running");
        for (const transcription of running) this.failTranscription(transcription);
        return running.length > 0;
      }
      case "merge": {
        const running = this.state.merges.filter((m) => m.roomId === roomId && m.status === "running");
        for (const merge of running) {
          this.cancel(merge.id);
          merge.pending = { at: Date.now(), to: "failed" };
          this.finishMerge(merge);
        }
        return running.length > 0;
      }
    }
  }

  // ---- timers and webhooks ------------------------------------------------------------------------------------------

  plan(entity: { id: string; pending?: PendingStep | undefined }, to: PendingStep["to"], run: () => void): void {
    const at = Date.now() + this.#options.processingMs;
    entity.pending = { at, to };
    this.schedule(entity.id, at, run);
  }

  schedule(key: string, at: number, run: () => void): void {
    this.cancel(key);
    const timer = setTimeout(
      () => {
        this.#timers.delete(key);
        run();
      },
      Math.max(0, at - Date.now()),
    );
    this.#timers.set(key, timer);
  }

  cancel(key: string): void {
    const timer = this.#timers.get(key);
    if (timer) clearTimeout(timer);
    this.#timers.delete(key);
  }

  endMs(composition: CompositionRecord): number {
    return composition.end === null ? Date.now() : Date.parse(composition.end);
  }

  /** Sends an event to the room's webhook endpoint (when subscribed) and to the call's `webhookUrl`. */
  emit(
    event: string,
    data: unknown,
    roomId: string,
    options: { webhookUrl?: string | undefined; resourceId?: string } = {},
  ): void {
    const room = this.roomByRoomId(roomId);
    const targets: WebhookTarget[] = [];
    if (room?.webhook?.endPoint && subscribed(room.webhook.events, event))
      targets.push({ url: room.webhook.endPoint, source: "room" });
    if (options.webhookUrl) targets.push({ url: options.webhookUrl, source: "call" });
    this.#options.webhooks.send(event, data, targets, roomId, options.resourceId);
  }
}
