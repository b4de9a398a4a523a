/**
 * The simulated VideoSDK: rooms, sessions and participants, and everything that runs in a session (recordings,
 * streams, transcriptions, merges), each moving through its documented states on timers, with a webhook at every
 * step. Requests reach it only after Prism has validated them; its answers are validated again before they are sent.
 */
import * as ids from "./ids.js";
import {
  CONTENT_TYPES,
  hlsParts,
  hlsPlaylist,
  MAX_IMAGE_SIDE,
  type MediaFile,
  mp3,
  mp4,
  thumbnail,
  webm,
} from "./media.js";
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
  activeSessionView,
  deactivatedRoomView,
  fileUrl,
  hlsFilePath,
  hlsUrls,
  hlsView,
  individualFilePath,
  individualRecordingView,
  isAudioKind,
  livestreamView,
  mergeFilePath,
  mergeView,
  participantStatsView,
  participantView,
  postTranscriptionView,
  realtimeTranscriptionView,
  recordingFilePath,
  recordingView,
  resolution,
  roomView,
  sessionParticipantsView,
  sessionStatsView,
  sessionView,
  startedHlsView,
  updatedRoomView,
  type ViewContext,
} from "./views.js";
import { subscribed, type WebhookSender, type WebhookTarget } from "./webhooks.js";

/** An answer other than 200, with VideoSDK's `{message}` body. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 402 | 403 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiRequest {
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: any;
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

export class Simulator {
  #state: SandboxState;
  readonly #options: SimulatorOptions;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #handlers: Record<string, (request: ApiRequest) => unknown>;

  constructor(options: SimulatorOptions) {
    this.#options = options;
    this.#state = options.state;
    this.#handlers = this.#apiHandlers();
  }

  get state(): SandboxState {
    return this.#state;
  }

  /** Answers one validated API call; throws ApiError for a refusal. A read changes nothing, so saves nothing. */
  handle(operationId: string, request: ApiRequest, method: string): unknown {
    const handler = this.#handlers[operationId];
    if (!handler) throw new ApiError(404, `The sandbox does not simulate ${operationId}`);
    const answer = handler(request);
    if (method !== "GET" && method !== "HEAD") this.#options.changed();
    return answer;
  }

  /** Starts the timers of the steps that were due when the state was saved (after a restart). */
  resume(): void {
    for (const composition of this.#state.compositions)
      if (composition.pending)
        this.#schedule(composition.id, composition.pending.at, () => this.#advanceComposition(composition));
    for (const recording of this.#state.individualRecordings)
      if (recording.pending)
        this.#schedule(recording.id, recording.pending.at, () => this.#advanceIndividual(recording));
    for (const merge of this.#state.merges)
      if (merge.pending) this.#schedule(merge.id, merge.pending.at, () => this.#finishMerge(merge));
    for (const due of this.#state.pendingTranscriptions)
      this.#schedule(`post:${due.sourceId}`, due.at, () => this.#makePostTranscription(due.sourceId));
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
    const room = this.#requireRoom(roomIdOrCustom);
    if (room.disabled) throw new ApiError(409, `Room ${room.roomId} is deactivated: nobody can join it`);
    const participantId = options.participantId ?? ids.participantId();
    if (room.allowedParticipantIds?.length && !room.allowedParticipantIds.includes(participantId))
      throw new ApiError(403, `Participant ${participantId} is not in the room's allowedParticipantIds`);
    let session = this.#ongoingSession(room);
    const firstJoin = !session;
    if (!session) {
      session = {
        id: ids.objectId(),
        roomId: room.roomId,
        start: this.#now(),
        end: null,
        status: "ongoing",
        participants: [],
      };
      this.#state.sessions.push(session);
      this.#emit(
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
    participant.timelog.push({ start: this.#now(), end: null });
    this.#emit("participant-joined", this.#presence(session, participant), room.roomId);
    if (firstJoin) this.#autoStart(room, session);
    this.#options.changed();
    return { participantId, sessionId: session.id };
  }

  /** A participant leaves; the session ends when it was the last one. */
  leave(roomIdOrCustom: string, participantId: string): void {
    const room = this.#requireRoom(roomIdOrCustom);
    const session = this.#ongoingSession(room);
    const participant = session?.participants.find((p) => p.participantId === participantId && p.connected);
    if (!session || !participant)
      throw new ApiError(404, `Participant ${participantId} is not in a session of room ${room.roomId}`);
    this.#disconnect(session, participant);
    if (!session.participants.some((p) => p.connected)) this.#endSession(session);
    this.#options.changed();
  }

  /** The participants connected to a room's session. */
  participants(roomIdOrCustom: string) {
    const room = this.#requireRoom(roomIdOrCustom);
    const session = this.#ongoingSession(room);
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
    const room = this.#requireRoom(roomIdOrCustom);
    const failed = this.#failRunning(room.roomId, kind, participantId);
    if (!failed) this.#state.pendingFailures.push({ roomId: room.roomId, kind, participantId });
    this.#options.changed();
    return failed ? "running" : "next";
  }

  // ---- files ------------------------------------------------------------------------------------------------------

  /** The file behind a `/_sandbox/files/...` path, while the thing it belongs to exists and is ready. */
  file(filePath: string): MediaFile | undefined {
    const parts = filePath.split("/");
    const [area] = parts;
    const name = parts.at(-1) ?? "";
    const id = name.replace(/\.[^.]+$/, "");
    switch (area) {
      case "recordings": {
        const composition = this.#state.compositions.find((c) => c.id === id && c.kind === "recording");
        if (
          !composition ||
          composition.deleted ||
          composition.phase !== "stopped" ||
          recordingFilePath(composition) !== filePath
        )
          return undefined;
        return composition.fileFormat === "webm"
          ? { contentType: CONTENT_TYPES.webm, body: webm() }
          : { contentType: CONTENT_TYPES.mp4, body: mp4() };
      }
      case "meetings-hls":
        return this.#hlsFile(parts[1] ?? "", parts.slice(2).join("/"));
      case "individual-recordings":
        return this.#individualFile(filePath);
      case "merge-recordings": {
        const merge = this.#state.merges.find((m) => m.id === id);
        if (merge?.status !== "completed" || mergeFilePath(merge) !== filePath) return undefined;
        return { contentType: CONTENT_TYPES.mp3, body: mp3() };
      }
      case "thumbnail": {
        const image = this.#state.thumbnails.find((t) => t.fileName === name);
        return image && parts.length === 2 ? thumbnail(image.format, image.width, image.height) : undefined;
      }
      case "transcriptions":
        return this.#transcriptionFile(parts[1] ?? "", parts.slice(2).join("/"));
      case "chats": {
        const session = this.#state.sessions.find((s) => `${s.id}.csv` === name);
        if (!session || parts.length !== 2) return undefined;
        const lines = ["timestamp,participantId,participantName,message"];
        for (const participant of session.participants)
          lines.push(
            `${participant.timelog[0]?.start ?? session.start},${participant.participantId},${csv(participant.name)},Hello from the sandbox`,
          );
        return { contentType: CONTENT_TYPES.csv, body: Buffer.from(`${lines.join("\n")}\n`) };
      }
      default:
        return undefined;
    }
  }

  #fileSize = (filePath: string): number => this.file(filePath)?.body.length ?? 0;

  #hlsFile(id: string, rest: string): MediaFile | undefined {
    const composition = this.#state.compositions.find((c) => c.id === id && c.kind === "hls");
    if (!composition || composition.deleted) return undefined;
    // Like a CDN: nothing to fetch before the stream is playable.
    if (!["playable", "stopping", "stopped"].includes(composition.phase)) return undefined;
    return hlsFolderFile(rest, {
      // One segment per second of playable stream (at most ten minutes' worth in the playlist).
      segments: Math.min(
        600,
        Math.max(1, Math.floor((this.#endMs(composition) - Date.parse(composition.start)) / 1000)),
      ),
      ended: composition.phase === "stopped",
    });
  }

  #individualFile(filePath: string): MediaFile | undefined {
    const recording = this.#state.individualRecordings.find(
      (r) =>
        filePath.startsWith(individualFilePath(r).replace(/(\/index\.m3u8|\.[^./]+)$/, "")) &&
        r.phase === "stopped" &&
        !r.deleted,
    );
    if (!recording) return undefined;
    const own = individualFilePath(recording);
    if (recording.fileFormat === "m3u8") {
      const folder = own.slice(0, -"index.m3u8".length);
      return filePath.startsWith(folder)
        ? hlsFolderFile(filePath.slice(folder.length), { segments: 1, ended: true })
        : undefined;
    }
    if (own !== filePath) return undefined;
    const audio = isAudioKind(recording.kind);
    switch (recording.fileFormat) {
      case "mp3":
        return { contentType: CONTENT_TYPES.mp3, body: mp3() };
      case "mp4":
        return { contentType: CONTENT_TYPES.mp4, body: mp4() };
      default:
        return { contentType: audio ? CONTENT_TYPES.webmAudio : CONTENT_TYPES.webm, body: webm(audio) };
    }
  }

  #transcriptionFile(id: string, name: string): MediaFile | undefined {
    const realtime = this.#state.realtimeTranscriptions.find((t) => t.id === id && t.status === "completed");
    const post = this.#state.postTranscriptions.find((t) => t.id === id);
    const source = realtime ?? post;
    if (!source) return undefined;
    const session = this.#state.sessions.find((s) => s.id === source.sessionId);
    const speakers = session?.participants.map((p) => p.name) ?? [];
    const lines = transcriptLines(speakers.length ? speakers : ["Speaker"]);
    const text = (body: string, type: string): MediaFile => ({ contentType: type, body: Buffer.from(body) });
    const summary = realtime ? realtime.summary : post?.summary;
    switch (name) {
      case "transcription.txt":
        return text(lines.map((l) => `${l.speaker}: ${l.text}`).join("\n") + "\n", CONTENT_TYPES.txt);
      case "summary.txt":
        return summary
          ? text(
              `Title: Sandbox meeting\nSpeakers: ${speakers.join(", ") || "Speaker"}\nSummary: A simulated conversation recorded by the VideoSDK sandbox.\n`,
              CONTENT_TYPES.txt,
            )
          : undefined;
    }
    if (!post) return undefined;
    switch (name) {
      case "transcription.json":
        return text(JSON.stringify({ transcript: lines }, null, 2), CONTENT_TYPES.json);
      case "transcription.srt":
        return text(
          lines
            .map((l, i) => `${i + 1}\n${srtTime(l.start)} --> ${srtTime(l.end)}\n${l.speaker}: ${l.text}\n`)
            .join("\n"),
          CONTENT_TYPES.srt,
        );
      case "transcription.vtt":
        return text(
          `WEBVTT\n\n${lines.map((l) => `${vttTime(l.start)} --> ${vttTime(l.end)}\n<v ${l.speaker}>${l.text}\n`).join("\n")}`,
          CONTENT_TYPES.vtt,
        );
      case "transcription.tsv":
        return text(
          `start\tend\tspeaker\ttext\n${lines.map((l) => `${l.start}\t${l.end}\t${l.speaker}\t${l.text}`).join("\n")}\n`,
          CONTENT_TYPES.tsv,
        );
      default:
        return undefined;
    }
  }

  // ---- the API ------------------------------------------------------------------------------------------------------

  #apiHandlers(): Record<string, (request: ApiRequest) => unknown> {
    const view = () => this.#options.context();
    const message = (operationId: string) => this.#options.message(operationId);
    return {
      // rooms
      createRoom: ({ body }) => {
        const existing =
          body.customRoomId !== undefined
            ? this.#state.rooms.find((r) => r.customRoomId === body.customRoomId)
            : undefined;
        if (existing) return roomView(view(), existing, "userId");
        const now = this.#now();
        const room: RoomRecord = {
          id: ids.objectId(),
          roomId: this.#newRoomId(),
          customRoomId: body.customRoomId ?? null,
          disabled: false,
          createdAt: now,
          updatedAt: now,
          webhook: body.webhook,
          autoCloseConfig: body.autoCloseConfig,
          autoStartConfig: body.autoStartConfig,
          multiComposition: body.multiComposition,
          geoFence: body.geoFence,
          allowedParticipantIds: body.allowedParticipantIds,
        };
        this.#state.rooms.push(room);
        return roomView(view(), room, "userId");
      },
      listRooms: ({ query }) => {
        const filter = text(query.query);
        const rooms = newestFirst(
          this.#state.rooms.filter((r) => filter === undefined || r.roomId === filter || r.customRoomId === filter),
          (r) => r.createdAt,
        );
        const { pageInfo, items } = paged(rooms, query);
        return { pageInfo, data: items.map((r) => roomView(view(), r, "user")) };
      },
      getRoom: ({ params }) => roomView(view(), this.#requireRoom(params.roomId!), "user"),
      validateRoom: ({ params }) => roomView(view(), this.#requireRoom(params.roomId!), "userId"),
      updateRoom: ({ params, body }) => {
        const room = this.#requireRoom(params.roomId!);
        const disabled = body.status === "disabled";
        if (room.disabled !== disabled) {
          room.disabled = disabled;
          room.updatedAt = this.#now();
          if (disabled) this.#endRoomSession(room);
        }
        return updatedRoomView(view(), room);
      },
      deactivateRoom: ({ body }) => {
        // Only the VideoSDK room id works here: a customRoomId gets 402, as VideoSDK's own server SDK documents.
        const room = this.#roomByRoomId(body.roomId);
        if (!room) throw new ApiError(402, "Room not found: deactivate takes the roomId, not a customRoomId");
        if (!room.disabled) {
          room.disabled = true;
          room.updatedAt = this.#now();
          this.#endRoomSession(room);
        }
        return deactivatedRoomView(view(), room);
      },

      // sessions
      listSessions: ({ query }) => {
        const roomFilter = text(query.roomId) ?? text(query.customRoomId);
        const room = roomFilter === undefined ? undefined : this.#room(roomFilter);
        const search = text(query.query);
        const status = text(query.status);
        const startDate = text(query.startDate);
        const endDate = text(query.endDate);
        const userId = text(query.userId);
        const sessions = newestFirst(
          this.#state.sessions.filter(
            (s) =>
              (roomFilter === undefined || s.roomId === room?.roomId) &&
              (search === undefined ||
                s.roomId === search ||
                s.id === search ||
                this.#room(s.roomId)?.customRoomId === search) &&
              (status === undefined || s.status === status) &&
              (startDate === undefined || Date.parse(s.start) >= Number(startDate)) &&
              (endDate === undefined || Date.parse(s.start) <= Number(endDate)) &&
              (userId === undefined || userId === view().user.id),
          ),
          (s) => s.start,
        );
        const { pageInfo, items } = paged(sessions, query);
        return { pageInfo, data: items.map((s) => sessionView(view(), s, this.#room(s.roomId))) };
      },
      getSession: ({ params }) => {
        const session = this.#requireSession(params.sessionId!);
        return sessionView(view(), session, this.#room(session.roomId));
      },
      listSessionParticipants: ({ params, query }) => {
        const session = this.#requireSession(params.sessionId!);
        const { pageInfo, items } = paged(session.participants, query);
        return { pageInfo, data: sessionParticipantsView(view(), session, this.#room(session.roomId), items) };
      },
      getSessionParticipant: ({ params }) => {
        const session = this.#requireSession(params.sessionId!);
        const participant = session.participants.find((p) => p.participantId === params.participantId);
        if (!participant)
          throw new ApiError(404, `Participant ${params.participantId} was not in session ${session.id}`);
        return participantView(participant);
      },
      listActiveSessionParticipants: ({ params, query }) => {
        const session = this.#requireSession(params.sessionId!);
        const { pageInfo, items } = paged(
          session.participants.filter((p) => p.connected),
          query,
        );
        return { pageInfo, data: [activeSessionView(view(), session, items)] };
      },
      endSession: ({ body }) => {
        const room = this.#requireRoom(body.roomId);
        const session =
          body.sessionId !== undefined
            ? this.#state.sessions.find((s) => s.id === body.sessionId && s.roomId === room.roomId)
            : this.#ongoingSession(room);
        if (!session) throw new ApiError(404, "Session not found");
        if (session.status !== "ongoing") throw new ApiError(400, "Session has already ended");
        this.#endSession(session);
        return sessionView(view(), session, room);
      },
      removeSessionParticipant: ({ body }) => {
        const session =
          body.sessionId !== undefined
            ? this.#requireSession(body.sessionId)
            : this.#ongoingSession(this.#requireRoom(body.roomId));
        const participant = session?.participants.find((p) => p.participantId === body.participantId && p.connected);
        if (session?.status !== "ongoing" || !participant)
          throw new ApiError(404, `Participant ${body.participantId} is not in an ongoing session`);
        this.#disconnect(session, participant);
        if (!session.participants.some((p) => p.connected)) this.#endSession(session);
        return sessionView(view(), session, this.#room(session.roomId));
      },
      getSessionStats: ({ params }) => sessionStatsView(view(), this.#requireSession(params.sessionId!)),
      getSessionParticipantStats: ({ params }) => {
        const session = this.#requireSession(params.sessionId!);
        const participant = session.participants.find((p) => p.participantId === params.participantId);
        if (!participant)
          throw new ApiError(404, `Participant ${params.participantId} was not in session ${session.id}`);
        return participantStatsView(view(), session, participant);
      },

      // meeting recordings
      startRecording: ({ body }) => {
        this.#startComposition("recording", body.roomId, {
          webhookUrl: body.webhookUrl,
          transcription: body.transcription,
          config: body.config,
          fileFormat: body.fileFormat,
        });
        return message("startRecording");
      },
      endRecording: ({ body }) => {
        this.#stopComposition("recording", body.roomId, body.id);
        return message("endRecording");
      },
      listRecordings: ({ query }) => ({
        ...this.#listCompositions("recording", query, (c) => recordingView(view(), c, this.#fileSize)),
      }),
      getRecording: ({ params }) =>
        recordingView(view(), this.#requireComposition("recording", params.recordingId!), this.#fileSize),
      deleteRecording: ({ params }) => {
        this.#deleteComposition("recording", params.recordingId!);
        return message("deleteRecording");
      },

      // participant and track recordings
      startParticipantRecording: ({ body }) => {
        this.#startIndividual("participant", body, "audio_video");
        return message("startParticipantRecording");
      },
      stopParticipantRecording: ({ body }) => {
        this.#stopIndividual("participant", body.roomId, body.participantId, "audio_video");
        return message("stopParticipantRecording");
      },
      listParticipantRecordings: ({ query }) => this.#listIndividual("participant", query),
      getParticipantRecording: ({ params }) =>
        individualRecordingView(
          view(),
          this.#requireIndividual("participant", params.participantRecordingId!),
          this.#fileSize,
        ),
      deleteParticipantRecording: ({ params }) => {
        this.#deleteIndividual("participant", params.participantRecordingId!);
        return message("deleteParticipantRecording");
      },
      startTrackRecording: ({ body }) => {
        this.#startIndividual("track", body, body.kind);
        return message("startTrackRecording");
      },
      stopTrackRecording: ({ body }) => {
        this.#stopIndividual("track", body.roomId, body.participantId, body.kind);
        return message("stopTrackRecording");
      },
      listTrackRecordings: ({ query }) => this.#listIndividual("track", query),
      getTrackRecording: ({ params }) =>
        individualRecordingView(view(), this.#requireIndividual("track", params.trackRecordingId!), this.#fileSize),
      deleteTrackRecording: ({ params }) => {
        this.#deleteIndividual("track", params.trackRecordingId!);
        return message("deleteTrackRecording");
      },

      // merge recordings
      createMergeRecording: ({ body }) => {
        const merge = this.#startMerge(body);
        return { message: message("createMergeRecording"), recording: mergeView(view(), merge, this.#fileSize) };
      },
      listMergeRecordings: ({ query }) => {
        const { pageInfo, items } = this.#listPage(this.#state.merges, query, ["sessionId", "status", "id"]);
        return { pageInfo, recordings: items.map((m) => mergeView(view(), m, this.#fileSize)) };
      },
      getMergeRecording: ({ params }) => {
        const merge = this.#state.merges.find((m) => m.id === params.mergeId);
        if (!merge) throw new ApiError(404, "Merge recording not found");
        return mergeView(view(), merge, this.#fileSize);
      },

      // RTMP livestreams
      startLivestream: ({ body }) => {
        this.#startComposition("livestream", body.roomId, {
          outputs: body.outputs,
          config: body.config,
          transcription: body.transcription,
        });
        return message("startLivestream");
      },
      endLivestream: ({ body }) => {
        this.#stopComposition("livestream", body.roomId, body.id);
        return message("endLivestream");
      },
      listLivestreams: ({ query }) => this.#listCompositions("livestream", query, (c) => livestreamView(view(), c)),
      getLivestream: ({ params }) =>
        livestreamView(view(), this.#requireComposition("livestream", params.livestreamId!)),

      // HLS
      startHls: ({ body }) => {
        const transcription =
          body.transcription || body.summary
            ? { ...body.transcription, ...(body.summary ? { summary: body.summary } : {}) }
            : undefined;
        const composition = this.#startComposition("hls", body.roomId, {
          webhookUrl: body.webhookUrl,
          transcription,
          config: body.config,
        });
        return startedHlsView(view(), composition);
      },
      endHls: ({ body }) => {
        this.#stopComposition("hls", body.roomId, body.id);
        return message("endHls");
      },
      listHls: ({ query }) => this.#listCompositions("hls", query, (c) => hlsView(view(), c)),
      getHls: ({ params }) => hlsView(view(), this.#requireComposition("hls", params.hlsId!)),
      deleteHls: ({ params }) => {
        this.#deleteComposition("hls", params.hlsId!);
        return message("deleteHls");
      },
      getActiveHls: ({ params }) => {
        const room = this.#requireRoom(params.roomId!);
        const active = this.#playableHls(room);
        if (!active) throw new ApiError(404, "No active HLS found for this room");
        return { code: 200, data: hlsView(view(), active) };
      },
      captureHlsThumbnail: ({ body }) => {
        const room = this.#requireRoom(body.roomId);
        const active = this.#playableHls(room);
        if (!active) throw new ApiError(400, "No active HLS found for this room");
        const format = (body.format ?? "jpg") as "jpg" | "png" | "webp";
        if (format === "webp" && body.time !== undefined)
          throw new ApiError(400, "webp works only for a real-time capture: leave out time, or ask for jpg or png");
        const size = resolution(active.config);
        const width = body.width ?? size.width;
        const height = body.height ?? size.height;
        if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE)
          throw new ApiError(400, `width and height must be at most ${MAX_IMAGE_SIDE}`);
        const createdAt = this.#now();
        const fileName = `${room.roomId}-${Date.parse(createdAt)}-${ids.participantId()}.${format}`;
        this.#state.thumbnails.push({ fileName, roomId: room.roomId, width, height, format, createdAt });
        const filePath = `thumbnail/${fileName}`;
        const url = fileUrl(view(), filePath);
        active.captureLog = [...(active.captureLog ?? []), { fileName, filePath: url, createdAt }];
        return {
          message: message("captureHlsThumbnail"),
          roomId: room.roomId,
          meta: { createdAt, width, height, format },
          filePath: url,
          fileSize: this.#fileSize(filePath),
          fileName,
        };
      },

      // transcription
      startRealtimeTranscription: ({ body }) => {
        const room = this.#requireRoom(body.roomId);
        const session = this.#requireLiveSession(room);
        if (this.#state.realtimeTranscriptions.some((t) => t.roomId === room.roomId && t.status === "running"))
          throw new ApiError(400, "Realtime transcription is already running in this room");
        const transcription: RealtimeTranscriptionRecord = {
          id: ids.uuid(),
          roomId: room.roomId,
          sessionId: session.id,
          status: "running",
          start: this.#now(),
          end: null,
          webhookUrl: body.webhookUrl,
          summary: body.summary?.enabled === true,
        };
        this.#state.realtimeTranscriptions.push(transcription);
        if (this.#takeFailure(room.roomId, "transcription")) this.#failTranscription(transcription, false);
        else this.#emitTranscription("transcription-started", transcription);
        return realtimeTranscriptionView(view(), transcription);
      },
      endRealtimeTranscription: ({ body }) => {
        const room = this.#requireRoom(body.roomId);
        const transcription = findLast(
          this.#state.realtimeTranscriptions,
          (t) => t.roomId === room.roomId && t.status === "running",
        );
        if (!transcription) throw new ApiError(400, "No realtime transcription is running in this room");
        this.#stopTranscription(transcription);
        return realtimeTranscriptionView(view(), transcription);
      },
      listRealtimeTranscriptions: ({ query }) => {
        const { pageInfo, items } = this.#listPage(this.#state.realtimeTranscriptions, query, ["sessionId", "status"]);
        return { pageInfo, transcriptions: items.map((t) => realtimeTranscriptionView(view(), t)) };
      },
      getRealtimeTranscription: ({ params }) => {
        const transcription = this.#state.realtimeTranscriptions.find((t) => t.id === params.transcriptionId);
        if (!transcription) throw new ApiError(404, "Transcription not found");
        return realtimeTranscriptionView(view(), transcription);
      },
      listPostTranscriptions: ({ query }) => {
        const { pageInfo, items } = this.#listPage(this.#state.postTranscriptions, query, ["sessionId"]);
        return { pageInfo, transcriptions: items.map((t) => postTranscriptionView(view(), t)) };
      },
      getPostTranscription: ({ params }) => {
        const transcription = this.#state.postTranscriptions.find((t) => t.id === params.transcriptionId);
        if (!transcription) throw new ApiError(404, "Transcription not found");
        return postTranscriptionView(view(), transcription);
      },
    };
  }

  // ---- rooms and sessions ---------------------------------------------------------------------------------------

  #now(): string {
    return new Date().toISOString();
  }

  #newRoomId(): string {
    for (;;) {
      const id = ids.roomId();
      if (!this.#room(id)) return id;
    }
  }

  /** Rooms by roomId, customRoomId and internal id; rooms are only ever added, so a new count means a stale index. */
  #roomIndex: { rooms: RoomRecord[]; count: number; byKey: Map<string, RoomRecord>[] } | undefined;

  /** The room index: rooms are only ever appended, so new ones are added to it; a reset starts a new one. */
  #rooms(): Map<string, RoomRecord>[] {
    const rooms = this.#state.rooms;
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
  #room(idOrCustom: string): RoomRecord | undefined {
    const [byRoomId, byCustomId, byId] = this.#rooms();
    return byRoomId!.get(idOrCustom) ?? byCustomId!.get(idOrCustom) ?? byId!.get(idOrCustom);
  }

  /** A room by its VideoSDK roomId only. */
  #roomByRoomId(roomId: string): RoomRecord | undefined {
    return this.#rooms()[0]!.get(roomId);
  }

  #requireRoom(idOrCustom: string): RoomRecord {
    const room = this.#room(idOrCustom);
    if (!room) throw new ApiError(404, "Room not found");
    return room;
  }

  #requireSession(sessionId: string): SessionRecord {
    const session = this.#state.sessions.find((s) => s.id === sessionId);
    if (!session) throw new ApiError(404, "Session not found");
    return session;
  }

  #ongoingSession(room: RoomRecord): SessionRecord | undefined {
    return this.#state.sessions.find((s) => s.roomId === room.roomId && s.status === "ongoing");
  }

  #requireLiveSession(room: RoomRecord): SessionRecord {
    const session = this.#ongoingSession(room);
    if (!session)
      throw new ApiError(
        400,
        `No active session in room ${room.roomId}: a participant must join first (in the sandbox: POST /_sandbox/rooms/${room.roomId}/participants)`,
      );
    return session;
  }

  #presence(session: SessionRecord, participant: ParticipantRecord) {
    return {
      meetingId: session.roomId,
      sessionId: session.id,
      participantId: participant.participantId,
      participantName: participant.name,
    };
  }

  #disconnect(session: SessionRecord, participant: ParticipantRecord): void {
    participant.connected = false;
    const open = participant.timelog.at(-1);
    if (open && open.end === null) open.end = this.#now();
    this.#emit("participant-left", this.#presence(session, participant), session.roomId);
    for (const recording of this.#state.individualRecordings)
      if (
        recording.sessionId === session.id &&
        recording.participantId === participant.participantId &&
        isRunning(recording)
      )
        this.#stopIndividualRecording(recording);
  }

  #endRoomSession(room: RoomRecord): void {
    const session = this.#ongoingSession(room);
    if (session) this.#endSession(session);
  }

  /** Everyone leaves, everything running stops, and the session ends. */
  #endSession(session: SessionRecord): void {
    for (const participant of session.participants) if (participant.connected) this.#disconnect(session, participant);
    for (const composition of this.#state.compositions)
      if (composition.sessionId === session.id && isRunning(composition)) this.#stopCompositionRecord(composition);
    for (const transcription of this.#state.realtimeTranscriptions)
      if (transcription.sessionId === session.id && transcription.status === "running")
        this.#stopTranscription(transcription);
    session.status = "ended";
    session.end = this.#now();
    this.#emit(
      "session-ended",
      { sessionId: session.id, meetingId: session.roomId, start: session.start, end: session.end },
      session.roomId,
    );
  }

  /** The room's `autoStartConfig`: a recording and an HLS stream started with its first session. */
  #autoStart(room: RoomRecord, session: SessionRecord): void {
    const recording = room.autoStartConfig?.recording;
    if (recording && !this.#running("recording", room).length)
      this.#createComposition("recording", room, session, {
        config: recording.config,
        transcription: recording.transcription,
      });
    const hls = room.autoStartConfig?.hls;
    if (hls && !this.#running("hls", room).length)
      this.#createComposition("hls", room, session, { config: hls.config, transcription: hls.transcription });
  }

  // ---- compositions: meeting recordings, HLS, RTMP --------------------------------------------------------------

  #running(kind: CompositionKind, room: RoomRecord): CompositionRecord[] {
    return this.#state.compositions.filter((c) => c.kind === kind && c.roomId === room.roomId && isRunning(c));
  }

  #playableHls(room: RoomRecord): CompositionRecord | undefined {
    return findLast(
      this.#state.compositions,
      (c) => c.kind === "hls" && c.roomId === room.roomId && c.phase === "playable",
    );
  }

  #startComposition(
    kind: CompositionKind,
    roomIdOrCustom: string,
    fields: Partial<CompositionRecord>,
  ): CompositionRecord {
    const room = this.#requireRoom(roomIdOrCustom);
    const session = this.#requireLiveSession(room);
    const multiple = room.multiComposition?.[kind === "livestream" ? "rtmp" : kind] === true;
    if (!multiple && this.#running(kind, room).length)
      throw new ApiError(400, `A ${KIND_NAMES[kind]} is already running in this room`);
    return this.#createComposition(kind, room, session, fields);
  }

  #createComposition(
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
      start: this.#now(),
      end: null,
    };
    this.#state.compositions.push(composition);
    this.#emitComposition(composition, "starting");
    this.#plan(composition, this.#takeFailure(room.roomId, kind) ? "failed" : "started", () =>
      this.#advanceComposition(composition),
    );
    return composition;
  }

  #stopComposition(kind: CompositionKind, roomIdOrCustom: string, id: string | undefined): void {
    const room = this.#requireRoom(roomIdOrCustom);
    const running = this.#running(kind, room).filter((c) => id === undefined || c.id === id);
    if (!running.length) throw new ApiError(400, `No ${KIND_NAMES[kind]} is running in this room`);
    for (const composition of running) this.#stopCompositionRecord(composition);
  }

  #stopCompositionRecord(composition: CompositionRecord): void {
    composition.phase = "stopping";
    composition.end = this.#now();
    this.#emitComposition(composition, "stopping");
    this.#plan(composition, "stopped", () => this.#advanceComposition(composition));
  }

  #advanceComposition(composition: CompositionRecord): void {
    const step = composition.pending;
    composition.pending = undefined;
    if (!step) return;
    switch (step.to) {
      case "started":
        composition.phase = "started";
        this.#emitComposition(composition, "started");
        if (composition.kind === "hls")
          this.#plan(composition, "playable", () => this.#advanceComposition(composition));
        break;
      case "playable":
        composition.phase = "playable";
        this.#emitComposition(composition, "playable");
        break;
      case "stopped":
        composition.phase = "stopped";
        composition.finishedAt = this.#now();
        composition.fileId = ids.objectId();
        this.#emitComposition(composition, "stopped");
        if (composition.transcription?.enabled) {
          const at = Date.now() + this.#options.processingMs;
          this.#state.pendingTranscriptions.push({ sourceId: composition.id, at });
          this.#schedule(`post:${composition.id}`, at, () => this.#makePostTranscription(composition.id));
        }
        break;
      case "failed":
        this.#failComposition(composition);
        break;
    }
    this.#options.changed();
  }

  #failComposition(composition: CompositionRecord): void {
    this.#cancel(composition.id);
    composition.pending = undefined;
    composition.phase = "failed";
    composition.end = this.#now();
    this.#emitComposition(composition, "failed");
  }

  #emitComposition(composition: CompositionRecord, phase: Exclude<CompositionRecord["phase"], never>): void {
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
    this.#emit(event, data, composition.roomId, { webhookUrl: composition.webhookUrl, resourceId: composition.id });
  }

  #requireComposition(kind: CompositionKind, id: string): CompositionRecord {
    const composition = this.#state.compositions.find((c) => c.id === id && c.kind === kind && !c.deleted);
    if (!composition) throw new ApiError(404, `${capitalise(KIND_NAMES[kind])} not found`);
    return composition;
  }

  #deleteComposition(kind: CompositionKind, id: string): void {
    const composition = this.#requireComposition(kind, id);
    if (isRunning(composition) || composition.phase === "stopping")
      throw new ApiError(400, `The ${KIND_NAMES[kind]} is still running: stop it first`);
    composition.deleted = true;
  }

  #listCompositions<T>(kind: CompositionKind, query: ApiRequest["query"], toView: (c: CompositionRecord) => T) {
    const search = text(query.query);
    const { pageInfo, items } = this.#listPage(
      this.#state.compositions,
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
  #listPage<T extends { roomId: string; start: string }>(
    items: readonly T[],
    query: ApiRequest["query"],
    fields: readonly (keyof T & string)[],
    keep: (item: T) => boolean = () => true,
  ) {
    const roomFilter = text(query.roomId);
    // An unknown room matches nothing (null never equals a room id).
    const roomId = roomFilter === undefined ? undefined : (this.#room(roomFilter)?.roomId ?? null);
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

  #startIndividual(mode: IndividualRecordingRecord["mode"], body: any, kind: IndividualRecordingRecord["kind"]): void {
    const room = this.#requireRoom(body.roomId);
    const session = this.#requireLiveSession(room);
    const participant = session.participants.find((p) => p.participantId === body.participantId && p.connected);
    if (!participant) throw new ApiError(400, `Participant ${body.participantId} is not in the session of this room`);
    const busy = this.#state.individualRecordings.some(
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
      start: this.#now(),
      end: null,
      webhookUrl: body.webhookUrl,
    };
    this.#state.individualRecordings.push(recording);
    this.#emitIndividual(recording, "starting");
    const fails = this.#takeFailure(
      room.roomId,
      mode === "track" ? "track-recording" : "participant-recording",
      participant.participantId,
    );
    this.#plan(recording, fails ? "failed" : "started", () => this.#advanceIndividual(recording));
  }

  #stopIndividual(
    mode: IndividualRecordingRecord["mode"],
    roomIdOrCustom: string,
    participantId: string,
    kind: string,
  ): void {
    const room = this.#requireRoom(roomIdOrCustom);
    const running = this.#state.individualRecordings.filter(
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
    for (const recording of running) this.#stopIndividualRecording(recording);
  }

  #stopIndividualRecording(recording: IndividualRecordingRecord): void {
    recording.phase = "stopping";
    recording.end = this.#now();
    this.#emitIndividual(recording, "stopping");
    this.#plan(recording, "stopped", () => this.#advanceIndividual(recording));
  }

  #advanceIndividual(recording: IndividualRecordingRecord): void {
    const step = recording.pending;
    recording.pending = undefined;
    if (!step) return;
    if (step.to === "started") {
      recording.phase = "started";
      this.#emitIndividual(recording, "started");
    } else if (step.to === "stopped") {
      recording.phase = "stopped";
      recording.fileId = ids.objectId();
      this.#emitIndividual(recording, "stopped");
    } else if (step.to === "failed") this.#failIndividual(recording);
    this.#options.changed();
  }

  #failIndividual(recording: IndividualRecordingRecord): void {
    this.#cancel(recording.id);
    recording.pending = undefined;
    recording.phase = "failed";
    recording.end = this.#now();
    this.#emitIndividual(recording, "failed");
  }

  #emitIndividual(recording: IndividualRecordingRecord, phase: IndividualRecordingRecord["phase"]): void {
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
    this.#emit(`${EVENT_PREFIX[recording.mode]}-${phase}`, { ...base, ...detail, ...files }, recording.roomId, {
      webhookUrl: recording.webhookUrl,
      resourceId: recording.id,
    });
  }

  #requireIndividual(mode: IndividualRecordingRecord["mode"], id: string): IndividualRecordingRecord {
    const recording = this.#state.individualRecordings.find((r) => r.id === id && r.mode === mode && !r.deleted);
    if (!recording) throw new ApiError(404, `${mode === "track" ? "Track" : "Participant"} recording not found`);
    return recording;
  }

  #deleteIndividual(mode: IndividualRecordingRecord["mode"], id: string): void {
    const recording = this.#requireIndividual(mode, id);
    if (isRunning(recording) || recording.phase === "stopping")
      throw new ApiError(400, "The recording is still running: stop it first");
    recording.deleted = true;
  }

  #listIndividual(mode: IndividualRecordingRecord["mode"], query: ApiRequest["query"]) {
    const { pageInfo, items } = this.#listPage(
      this.#state.individualRecordings,
      query,
      ["sessionId", "participantId"],
      (r) => r.mode === mode && !r.deleted,
    );
    return { pageInfo, data: items.map((r) => individualRecordingView(this.#options.context(), r, this.#fileSize)) };
  }

  // ---- merges -------------------------------------------------------------------------------------------------------

  #startMerge(body: any): MergeRecord {
    const session = this.#requireSession(body.sessionId);
    const resolve = (entries: { participantId: string; recordingId?: string; type?: string }[]) =>
      entries.map((entry) => {
        const mode = (entry.type ?? body.type) === "track" ? "track" : "participant";
        const candidates = this.#state.individualRecordings.filter(
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
      start: this.#now(),
      end: null,
      webhookUrl: body.webhookUrl,
    };
    this.#state.merges.push(merge);
    const at = Date.now() + this.#options.processingMs;
    merge.pending = { at, to: this.#takeFailure(session.roomId, "merge") ? "failed" : "completed" };
    this.#schedule(merge.id, at, () => this.#finishMerge(merge));
    return merge;
  }

  #finishMerge(merge: MergeRecord): void {
    const step = merge.pending;
    merge.pending = undefined;
    if (!step || merge.status !== "running") return;
    merge.end = this.#now();
    const data = { id: merge.id, meetingId: merge.roomId, sessionId: merge.sessionId };
    if (step.to === "failed") {
      merge.status = "failed";
      merge.message = SIMULATED_FAILURE;
      this.#emit("merge-recording-failed", { ...data, message: merge.message }, merge.roomId, {
        webhookUrl: merge.webhookUrl,
        resourceId: merge.id,
      });
    } else {
      merge.status = "completed";
      merge.fileId = ids.objectId();
      this.#emit("merge-recording-completed", data, merge.roomId, {
        webhookUrl: merge.webhookUrl,
        resourceId: merge.id,
      });
    }
    this.#options.changed();
  }

  // ---- transcriptions ---------------------------------------------------------------------------------------------

  #emitTranscription(event: string, transcription: RealtimeTranscriptionRecord): void {
    this.#emit(
      event,
      { id: transcription.id, type: "realtime", meetingId: transcription.roomId, sessionId: transcription.sessionId },
      transcription.roomId,
      { webhookUrl: transcription.webhookUrl, resourceId: transcription.id },
    );
  }

  #stopTranscription(transcription: RealtimeTranscriptionRecord): void {
    transcription.status = "completed";
    transcription.end = this.#now();
    this.#emitTranscription("transcription-stopped", transcription);
  }

  #failTranscription(transcription: RealtimeTranscriptionRecord, started = true): void {
    if (!started) this.#emitTranscription("transcription-started", transcription);
    transcription.status = "failed";
    transcription.end = this.#now();
    this.#emitTranscription("transcription-failed", transcription);
  }

  /** The post-call transcription of a composition that had `transcription.enabled`, once it is "processed". */
  #makePostTranscription(sourceId: string): void {
    this.#state.pendingTranscriptions = this.#state.pendingTranscriptions.filter((due) => due.sourceId !== sourceId);
    const source = this.#state.compositions.find((c) => c.id === sourceId);
    if (!source) return;
    const sourcePath = source.kind === "hls" ? hlsFilePath(source, "index.m3u8") : recordingFilePath(source);
    const transcription: PostTranscriptionRecord = {
      id: ids.uuid(),
      roomId: source.roomId,
      sessionId: source.sessionId,
      sourceId: source.id,
      sourcePath,
      status: "completed",
      start: source.finishedAt ?? this.#now(),
      end: this.#now(),
      summary: source.transcription?.summary?.enabled === true,
    };
    this.#state.postTranscriptions.push(transcription);
    this.#emit("transcription-completed", { id: transcription.id, roomId: source.roomId }, source.roomId, {
      webhookUrl: source.webhookUrl,
      resourceId: transcription.id,
    });
    this.#options.changed();
  }

  // ---- failures -----------------------------------------------------------------------------------------------------

  #takeFailure(roomId: string, kind: FailureKind, participantId?: string): boolean {
    const index = this.#state.pendingFailures.findIndex(
      (f) =>
        f.roomId === roomId && f.kind === kind && (f.participantId === undefined || f.participantId === participantId),
    );
    if (index < 0) return false;
    this.#state.pendingFailures.splice(index, 1);
    return true;
  }

  #failRunning(roomId: string, kind: FailureKind, participantId?: string): boolean {
    switch (kind) {
      case "recording":
      case "hls":
      case "livestream": {
        const running = this.#state.compositions.filter((c) => c.kind === kind && c.roomId === roomId && isRunning(c));
        for (const composition of running) this.#failComposition(composition);
        return running.length > 0;
      }
      case "participant-recording":
      case "track-recording": {
        const mode = kind === "track-recording" ? "track" : "participant";
        const running = this.#state.individualRecordings.filter(
          (r) =>
            r.mode === mode &&
            r.roomId === roomId &&
            isRunning(r) &&
            (participantId === undefined || r.participantId === participantId),
        );
        for (const recording of running) this.#failIndividual(recording);
        return running.length > 0;
      }
      case "transcription": {
        const running = this.#state.realtimeTranscriptions.filter((t) => t.roomId === roomId && t.status === "running");
        for (const transcription of running) this.#failTranscription(transcription);
        return running.length > 0;
      }
      case "merge": {
        const running = this.#state.merges.filter((m) => m.roomId === roomId && m.status === "running");
        for (const merge of running) {
          this.#cancel(merge.id);
          merge.pending = { at: Date.now(), to: "failed" };
          this.#finishMerge(merge);
        }
        return running.length > 0;
      }
    }
  }

  // ---- timers and webhooks ------------------------------------------------------------------------------------------

  #plan(entity: { id: string; pending?: PendingStep | undefined }, to: PendingStep["to"], run: () => void): void {
    const at = Date.now() + this.#options.processingMs;
    entity.pending = { at, to };
    this.#schedule(entity.id, at, run);
  }

  #schedule(key: string, at: number, run: () => void): void {
    this.#cancel(key);
    const timer = setTimeout(
      () => {
        this.#timers.delete(key);
        run();
      },
      Math.max(0, at - Date.now()),
    );
    this.#timers.set(key, timer);
  }

  #cancel(key: string): void {
    const timer = this.#timers.get(key);
    if (timer) clearTimeout(timer);
    this.#timers.delete(key);
  }

  #endMs(composition: CompositionRecord): number {
    return composition.end === null ? Date.now() : Date.parse(composition.end);
  }

  /** Sends an event to the room's webhook endpoint (when subscribed) and to the call's `webhookUrl`. */
  #emit(
    event: string,
    data: unknown,
    roomId: string,
    options: { webhookUrl?: string | undefined; resourceId?: string } = {},
  ): void {
    const room = this.#roomByRoomId(roomId);
    const targets: WebhookTarget[] = [];
    if (room?.webhook?.endPoint && subscribed(room.webhook.events, event))
      targets.push({ url: room.webhook.endPoint, source: "room" });
    if (options.webhookUrl) targets.push({ url: options.webhookUrl, source: "call" });
    this.#options.webhooks.send(event, data, targets, roomId, options.resourceId);
  }
}

// ---- helpers ----------------------------------------------------------------------------------------------------------

function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index]!)) return items[index];
  return undefined;
}

function text(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function paged<T>(items: T[], query: ApiRequest["query"]) {
  const page = Number(text(query.page) ?? 1);
  const perPage = Number(text(query.perPage) ?? 20);
  const total = items.length;
  return {
    pageInfo: { currentPage: page, perPage, lastPage: Math.ceil(total / perPage), total },
    items: items.slice((page - 1) * perPage, page * perPage),
  };
}

function newestFirst<T>(items: T[], time: (item: T) => string): T[] {
  return [...items].reverse().sort((a, b) => Date.parse(time(b)) - Date.parse(time(a)));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function csv(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A file of an HLS folder: the DVR playlist, the live-edge playlist, the init section or a segment. */
function hlsFolderFile(name: string, options: { segments: number; ended: boolean }): MediaFile | undefined {
  if (name === "index.m3u8" || name === "live.m3u8")
    return {
      contentType: CONTENT_TYPES.m3u8,
      body: Buffer.from(hlsPlaylist({ ...options, live: name === "live.m3u8" })),
    };
  if (name === "init.mp4") return { contentType: CONTENT_TYPES.mp4, body: hlsParts().init };
  const segment = /^segment-(\d+)\.m4s$/.exec(name);
  if (segment && Number(segment[1]) < options.segments)
    return { contentType: CONTENT_TYPES.m4s, body: hlsParts().segment };
  return undefined;
}

function transcriptLines(speakers: string[]) {
  const sentences = [
    "Hello everyone, thanks for joining.",
    "This conversation is simulated by the VideoSDK sandbox.",
    "Let us go through the agenda.",
    "Sounds good to me.",
  ];
  return sentences.map((sentence, index) => ({
    speaker: speakers[index % speakers.length]!,
    start: index * 4,
    end: index * 4 + 3.5,
    text: sentence,
  }));
}

const pad = (value: number, width = 2) => String(Math.floor(value)).padStart(width, "0");
const clock = (seconds: number, separator: string) =>
  `${pad(seconds / 3600)}:${pad((seconds % 3600) / 60)}:${pad(seconds % 60)}${separator}${pad((seconds % 1) * 1000, 3)}`;
const srtTime = (seconds: number) => clock(seconds, ",");
const vttTime = (seconds: number) => clock(seconds, ".");
