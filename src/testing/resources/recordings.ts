/** Meeting recordings, participant recordings and track recordings: start, stop, list, get and delete. */
import type { HandlerRegistry } from "../handler-types.js";
import type { Simulator } from "../simulator.js";
import { individualRecordingView, recordingView } from "../views.js";

/** The handlers of the recordings operations. */
export function recordingsHandlers(sim: Simulator) {
  const view = () => sim.context();
  const message = (operationId: string) => sim.message(operationId);
  return {
    // meeting recordings
    startRecording: ({ body }) => {
      sim.startComposition("recording", body.roomId, {
        webhookUrl: body.webhookUrl,
        transcription: body.transcription,
        config: body.config,
        fileFormat: body.fileFormat,
      });
      return message("startRecording");
    },
    endRecording: ({ body }) => {
      sim.stopComposition("recording", body.roomId, body.id);
      return message("endRecording");
    },
    listRecordings: ({ query }) => ({
      ...sim.listCompositions("recording", query, (c) => recordingView(view(), c, sim.fileSize)),
    }),
    getRecording: ({ params }) =>
      recordingView(view(), sim.requireComposition("recording", params.recordingId!), sim.fileSize),
    deleteRecording: ({ params }) => {
      sim.deleteComposition("recording", params.recordingId!);
      return message("deleteRecording");
    },

    // participant and track recordings
    startParticipantRecording: ({ body }) => {
      sim.startIndividual("participant", body, "audio_video");
      return message("startParticipantRecording");
    },
    stopParticipantRecording: ({ body }) => {
      sim.stopIndividual("participant", body.roomId, body.participantId, "audio_video");
      return message("stopParticipantRecording");
    },
    listParticipantRecordings: ({ query }) => sim.listIndividual("participant", query),
    getParticipantRecording: ({ params }) =>
      individualRecordingView(
        view(),
        sim.requireIndividual("participant", params.participantRecordingId!),
        sim.fileSize,
      ),
    deleteParticipantRecording: ({ params }) => {
      sim.deleteIndividual("participant", params.participantRecordingId!);
      return message("deleteParticipantRecording");
    },
    startTrackRecording: ({ body }) => {
      sim.startIndividual("track", body, body.kind);
      return message("startTrackRecording");
    },
    stopTrackRecording: ({ body }) => {
      sim.stopIndividual("track", body.roomId, body.participantId, body.kind);
      return message("stopTrackRecording");
    },
    listTrackRecordings: ({ query }) => sim.listIndividual("track", query),
    getTrackRecording: ({ params }) =>
      individualRecordingView(view(), sim.requireIndividual("track", params.trackRecordingId!), sim.fileSize),
    deleteTrackRecording: ({ params }) => {
      sim.deleteIndividual("track", params.trackRecordingId!);
      return message("deleteTrackRecording");
    },
  } satisfies Partial<HandlerRegistry>;
}
