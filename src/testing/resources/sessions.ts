import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import { newestFirst, paged, text } from "../lists.js";
import { isRunning } from "../phases.js";
import type { Simulator } from "../simulator.js";
import type { ParticipantRecord, RoomRecord, SessionRecord } from "../state.js";
import {
  activeSessionView,
  participantStatsView,
  participantView,
  sessionParticipantsView,
  sessionStatsView,
  sessionView,
} from "../views.js";
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
