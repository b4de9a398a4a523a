/**
 * The simulated VideoSDK: rooms, sessions and participants, and everything that runs in a session (recordings,
 * streams, transcriptions, merges), each moving through its documented states on timers, with a webhook at every
 * step. Requests reach it only after Prism has validated them; its answers are validated again before they are sent.
 */
import type { OperationId } from "../../generated/operations.js";
import { ApiError } from "./api-error.js";
import { fileOf } from "./files.js";
import type { HandlerRegistry } from "./handler-types.js";
import { createHandlers } from "./handlers.js";
import * as ids from "./ids.js";
import { failNow, resume as resumeLifecycle } from "./lifecycle.js";
import { newestFirst, paged, text } from "./lists.js";
import type { MediaFile } from "./media.js";
import { isRunning } from "./phases.js";
import { compositionLifecycle, failComposition } from "./resources/compositions.js";
import { mergeLifecycle } from "./resources/merges.js";
import { failIndividual, individualLifecycle } from "./resources/recordings.js";
import { autoStart, disconnect, endSession, presence } from "./resources/sessions.js";
import { failTranscription, resumePostTranscriptions } from "./resources/transcriptions.js";
import type { CompositionRecord, FailureKind, RoomRecord, SandboxState, SessionRecord } from "./state.js";
import { emptyState } from "./state.js";
import type { ViewContext } from "./views.js";
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

  /** Called after every change of the state (to save it). */
  changed(): void {
    this.#options.changed();
  }

  /** How long each simulated step takes. */
  get processingMs(): number {
    return this.#options.processingMs;
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
    if (method !== "GET" && method !== "HEAD") this.changed();
    return answer;
  }

  /** Starts the timers of the steps that were due when the state was saved (after a restart). */
  resume(): void {
    resumeLifecycle(this, compositionLifecycle, this.state.compositions);
    resumeLifecycle(this, individualLifecycle, this.state.individualRecordings);
    resumeLifecycle(this, mergeLifecycle, this.state.merges);
    resumePostTranscriptions(this);
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
    this.emit("participant-joined", presence(session, participant), room.roomId);
    if (firstJoin) autoStart(this, room, session);
    this.changed();
    return { participantId, sessionId: session.id };
  }

  /** A participant leaves; the session ends when it was the last one. */
  leave(roomIdOrCustom: string, participantId: string): void {
    const room = this.requireRoom(roomIdOrCustom);
    const session = this.ongoingSession(room);
    const participant = session?.participants.find((p) => p.participantId === participantId && p.connected);
    if (!session || !participant)
      throw new ApiError(404, `Participant ${participantId} is not in a session of room ${room.roomId}`);
    disconnect(this, session, participant);
    if (!session.participants.some((p) => p.connected)) endSession(this, session);
    this.changed();
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
    this.changed();
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
        for (const composition of running) failComposition(this, composition);
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
        for (const recording of running) failIndividual(this, recording);
        return running.length > 0;
      }
      case "transcription": {
        const running = this.state.realtimeTranscriptions.filter((t) => t.roomId === roomId && t.status === "running");
        for (const transcription of running) failTranscription(this, transcription);
        return running.length > 0;
      }
      case "merge": {
        const running = this.state.merges.filter((m) => m.roomId === roomId && m.status === "running");
        for (const merge of running) failNow(this, mergeLifecycle, merge);
        return running.length > 0;
      }
    }
  }

  // ---- timers and webhooks ------------------------------------------------------------------------------------------

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
