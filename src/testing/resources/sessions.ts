/**
 * Sessions and their participants: list, get, end, remove a participant, the quality stats; what happens when a
 * participant leaves or a session ends; and their views.
 */
import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import { seededRandom } from "../ids.js";
import { newestFirst, paged, text } from "../lists.js";
import { isRunning } from "../phases.js";
import type { Simulator } from "../simulator.js";
import type { ParticipantRecord, RoomRecord, SessionRecord } from "../state.js";
import { fileUrl, links, seconds, type ViewContext } from "../views.js";

import { createComposition, runningCompositions, stopCompositionRecord } from "./compositions.js";
import { stopIndividualRecording } from "./recordings.js";
import { stopTranscription } from "./transcriptions.js";

/** The handlers of the sessions operations. */
export function sessionsHandlers(sim: Simulator) {
  const view = () => sim.context();
  return {
    // sessions
    listSessions: ({ query }) => {
      const roomFilter = text(query.roomId) ?? text(query.customRoomId);
      const room = roomFilter === undefined ? undefined : sim.room(roomFilter);
      const search = text(query.query);
      const status = text(query.status);
      const startDate = text(query.startDate);
      const endDate = text(query.endDate);
      // Not in the spec, but Prism lets an unknown query parameter through, and the sandbox has always honoured it.
      const userId = text((query as { userId?: string | string[] }).userId);
      const sessions = newestFirst(
        sim.state.sessions.filter(
          (s) =>
            (roomFilter === undefined || s.roomId === room?.roomId) &&
            (search === undefined ||
              s.roomId === search ||
              s.id === search ||
              sim.room(s.roomId)?.customRoomId === search) &&
            (status === undefined || s.status === status) &&
            (startDate === undefined || Date.parse(s.start) >= Number(startDate)) &&
            (endDate === undefined || Date.parse(s.start) <= Number(endDate)) &&
            (userId === undefined || userId === view().user.id),
        ),
        (s) => s.start,
      );
      const { pageInfo, items } = paged(sessions, query);
      return { pageInfo, data: items.map((s) => sessionView(view(), s, sim.room(s.roomId))) };
    },
    getSession: ({ params }) => {
      const session = sim.requireSession(params.sessionId!);
      return sessionView(view(), session, sim.room(session.roomId));
    },
    listSessionParticipants: ({ params, query }) => {
      const session = sim.requireSession(params.sessionId!);
      const { pageInfo, items } = paged(session.participants, query);
      return { pageInfo, data: sessionParticipantsView(view(), session, sim.room(session.roomId), items) };
    },
    getSessionParticipant: ({ params }) => {
      const session = sim.requireSession(params.sessionId!);
      const participant = session.participants.find((p) => p.participantId === params.participantId);
      if (!participant) throw new ApiError(404, `Participant ${params.participantId} was not in session ${session.id}`);
      return participantView(participant);
    },
    listActiveSessionParticipants: ({ params, query }) => {
      const session = sim.requireSession(params.sessionId!);
      const { pageInfo, items } = paged(
        session.participants.filter((p) => p.connected),
        query,
      );
      return { pageInfo, data: [activeSessionView(view(), session, items)] };
    },
    endSession: ({ body }) => {
      const room = sim.requireRoom(body.roomId);
      const session =
        body.sessionId !== undefined
          ? sim.state.sessions.find((s) => s.id === body.sessionId && s.roomId === room.roomId)
          : sim.ongoingSession(room);
      if (!session) throw new ApiError(404, "Session not found");
      if (session.status !== "ongoing") throw new ApiError(400, "Session has already ended");
      endSession(sim, session);
      return sessionView(view(), session, room);
    },
    removeSessionParticipant: (request) => {
      // openapi-typescript widens the schema's anyOf (roomId or sessionId) to unknown; Prism has checked it.
      const body = request.body as { participantId: string; roomId?: string; sessionId?: string };
      const session =
        body.sessionId !== undefined
          ? sim.requireSession(body.sessionId)
          : sim.ongoingSession(sim.requireRoom(body.roomId!));
      const participant = session?.participants.find((p) => p.participantId === body.participantId && p.connected);
      if (session?.status !== "ongoing" || !participant)
        throw new ApiError(404, `Participant ${body.participantId} is not in an ongoing session`);
      disconnect(sim, session, participant);
      if (!session.participants.some((p) => p.connected)) endSession(sim, session);
      return sessionView(view(), session, sim.room(session.roomId));
    },
    getSessionStats: ({ params }) => sessionStatsView(view(), sim.requireSession(params.sessionId!)),
    getSessionParticipantStats: ({ params }) => {
      const session = sim.requireSession(params.sessionId!);
      const participant = session.participants.find((p) => p.participantId === params.participantId);
      if (!participant) throw new ApiError(404, `Participant ${params.participantId} was not in session ${session.id}`);
      return participantStatsView(view(), session, participant);
    },
  } satisfies Partial<HandlerRegistry>;
}

export function presence(session: SessionRecord, participant: ParticipantRecord) {
  return {
    meetingId: session.roomId,
    sessionId: session.id,
    participantId: participant.participantId,
    participantName: participant.name,
  };
}

export function disconnect(sim: Simulator, session: SessionRecord, participant: ParticipantRecord): void {
  participant.connected = false;
  const open = participant.timelog.at(-1);
  if (open && open.end === null) open.end = sim.now();
  sim.emit("participant-left", presence(session, participant), session.roomId);
  for (const recording of sim.state.individualRecordings)
    if (
      recording.sessionId === session.id &&
      recording.participantId === participant.participantId &&
      isRunning(recording)
    )
      stopIndividualRecording(sim, recording);
}

export function endRoomSession(sim: Simulator, room: RoomRecord): void {
  const session = sim.ongoingSession(room);
  if (session) endSession(sim, session);
}

/** Everyone leaves, everything running stops, and the session ends. */
export function endSession(sim: Simulator, session: SessionRecord): void {
  for (const participant of session.participants) if (participant.connected) disconnect(sim, session, participant);
  for (const composition of sim.state.compositions)
    if (composition.sessionId === session.id && isRunning(composition)) stopCompositionRecord(sim, composition);
  for (const transcription of sim.state.realtimeTranscriptions)
    if (transcription.sessionId === session.id && transcription.status === "running")
      stopTranscription(sim, transcription);
  session.status = "ended";
  session.end = sim.now();
  sim.emit(
    "session-ended",
    { sessionId: session.id, meetingId: session.roomId, start: session.start, end: session.end },
    session.roomId,
  );
}

/** The room's `autoStartConfig`: a recording and an HLS stream started with its first session. */
export function autoStart(sim: Simulator, room: RoomRecord, session: SessionRecord): void {
  const recording = room.autoStartConfig?.recording;
  if (recording && !runningCompositions(sim, "recording", room).length)
    createComposition(sim, "recording", room, session, {
      config: recording.config,
      transcription: recording.transcription,
    });
  const hls = room.autoStartConfig?.hls;
  if (hls && !runningCompositions(sim, "hls", room).length)
    createComposition(sim, "hls", room, session, { config: hls.config, transcription: hls.transcription });
}

// ---- views ---------------------------------------------------------------------------------------------------------

export const participantView = (participant: ParticipantRecord) => ({
  _id: participant._id,
  participantId: participant.participantId,
  name: participant.name,
  timelog: participant.timelog,
});

export function sessionView(context: ViewContext, session: SessionRecord, room: RoomRecord | undefined) {
  return {
    id: session.id,
    userId: context.user.id,
    roomId: session.roomId,
    customRoomId: room?.customRoomId ?? null,
    start: session.start,
    end: session.end,
    participants: session.participants.map(participantView),
    activeDuration: seconds(session.start, session.end, context.nowMs),
    chatLink: fileUrl(context, `chats/${session.id}.csv`),
    status: session.status,
    links: links(context, session.roomId, session.id),
  };
}

/** `data` of `GET /v2/sessions/{sessionId}/participants`: the session, with one page of its participants. */
export function sessionParticipantsView(
  context: ViewContext,
  session: SessionRecord,
  room: RoomRecord | undefined,
  participants: ParticipantRecord[],
) {
  return {
    id: session.id,
    roomId: session.roomId,
    customRoomId: room?.customRoomId ?? null,
    participants: participants.map(participantView),
    links: links(context, session.roomId, session.id),
  };
}

export function activeSessionView(context: ViewContext, session: SessionRecord, participants: ParticipantRecord[]) {
  return {
    _id: session.id,
    apiKey: context.apiKey,
    start: session.start,
    end: session.end,
    participants: participants.map((participant) => {
      const joined = participant.timelog.at(-1)?.start ?? session.start;
      return {
        ...participantView(participant),
        events: { mic: [], webcam: [], screenShare: [], screenShareAudio: [] },
        initTime: 1.2,
        deviceInfo: {
          sdkType: "sandbox",
          sdkVersion: "1.0.0",
          platform: "desktop",
          browserUserAgent: {
            browser: { name: "Sandbox", version: "1.0" },
            os: { name: "Sandbox" },
            platform: { type: "desktop" },
          },
        },
        changeModeHistory: [{ mode: "SEND_AND_RECV", timelog: joined, _id: participant._id }],
        mode: "SEND_AND_RECV",
        geoLocation: { city: "Loopback", region: "Local", country: "Sandbox" },
      };
    }),
    region: "sandbox",
    hlsLog: [],
    roomId: session.roomId,
    status: session.status,
    links: {
      get_session: `${context.baseUrl}/v2/sessions/${encodeURIComponent(session.id)}`,
      get_all_participants: `${context.baseUrl}/v2/sessions/${encodeURIComponent(session.id)}/participants`,
    },
  };
}

/** Plausible quality figures, one sample a minute of the session (at most 60), the same on every call. */
function qualityStats(seed: string, start: string, end: string | null, nowMs: number) {
  const random = seededRandom(seed);
  const between = (low: number, high: number, digits = 2) => Number((low + random() * (high - low)).toFixed(digits));
  const startMs = Date.parse(start);
  const minutes = Math.min(60, Math.max(1, Math.ceil(((end === null ? nowMs : Date.parse(end)) - startMs) / 60_000)));
  return Array.from({ length: minutes }, (_, minute) => ({
    time: new Date(startMs + minute * 60_000).toISOString(),
    recvAudioPacketLost: Math.floor(between(0, 3)),
    recvVideoPacketLost: Math.floor(between(0, 5)),
    sendAudioPacketLost: Math.floor(between(0, 2)),
    sendVideoPacketLost: Math.floor(between(0, 4)),
    averageAudioRtt: between(20, 120),
    averageVideoRtt: between(20, 140),
    averageAudioJitter: between(0, 12),
    averageVideoJitter: between(0, 20),
    averageSendAudioBitrate: between(24_000, 64_000),
    averageSendVideoBitrate: between(150_000, 1_200_000),
    averageRecvAudioBitrate: between(24_000, 64_000),
    averageRecvVideoBitrate: between(150_000, 2_400_000),
    qualityScore: { audio: between(3.5, 4.5), video: between(3, 4.5) },
  }));
}

export function sessionStatsView(context: ViewContext, session: SessionRecord) {
  return {
    sessionId: session.id,
    meetingId: session.roomId,
    stats: qualityStats(session.id, session.start, session.end, context.nowMs),
  };
}

export function participantStatsView(context: ViewContext, session: SessionRecord, participant: ParticipantRecord) {
  const first = participant.timelog[0]?.start ?? session.start;
  const last = participant.timelog.at(-1)?.end ?? null;
  const stats = qualityStats(`${session.id}/${participant.participantId}`, first, last, context.nowMs);
  return {
    sessionId: session.id,
    meetingId: session.roomId,
    participantId: participant.participantId,
    participantName: participant.name,
    deviceInfo: { deviceName: "Sandbox", deviceVersion: "1.0" },
    sdkInfo: { sdkName: "sandbox", sdkVersion: "1.0.0" },
    location: { country: "Sandbox", city: "Loopback", region: "Local" },
    network: { asn: "unknown", org: "loopback" },
    stats,
    resolutionUsage: stats.map((sample) => ({ 180: 0, 360: 0, 720: 1, 1080: 0, 1440: 0, 2160: 0, time: sample.time })),
  };
}
