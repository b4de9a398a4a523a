/** Realtime transcriptions (start, stop) and post-call transcriptions (made after a recording or stream). */

import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { findLast } from "../lists.js";
import type { Simulator } from "../simulator.js";
import type { RealtimeTranscriptionRecord } from "../state.js";
import { postTranscriptionView, realtimeTranscriptionView } from "../views.js";

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
      if (sim.takeFailure(room.roomId, "transcription")) sim.failTranscription(transcription, false);
      else sim.emitTranscription("transcription-started", transcription);
      return realtimeTranscriptionView(view(), transcription);
    },
    endRealtimeTranscription: ({ body }) => {
      const room = sim.requireRoom(body.roomId);
      const transcription = findLast(
        sim.state.realtimeTranscriptions,
        (t) => t.roomId === room.roomId && t.status === "running",
      );
      if (!transcription) throw new ApiError(400, "No realtime transcription is running in this room");
      sim.stopTranscription(transcription);
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
