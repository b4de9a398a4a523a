/**
 * This file is generated from spec/ by `npm run generate`. Do not edit it by hand.
 *
 * One entry per operation of the spec: where it lives (method, path), how the SDK names it
 * (namespace.method, from the tag and the operationId), what it takes and how it pages.
 */

export interface OperationPagination {
  /** `page`: `page`/`perPage` query parameters and a page-info object in the body. */
  readonly style: "page";
  /** Keys leading from the response body to the array of items. */
  readonly items: readonly string[];
  /** Key of the page-info object in the response body. */
  readonly pageInfo: string;
}

export interface OperationInfo {
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  /** The tag of the operation, and the client's namespace for it. */
  readonly namespace: string;
  readonly methodName: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  readonly queryRequired: boolean;
  readonly pagination: OperationPagination | null;
  readonly deprecated: boolean;
}

export const operations = {
  listRooms: {"operationId":"listRooms","method":"GET","path":"/v2/rooms","namespace":"rooms","methodName":"list","pathParams":[],"queryParams":["page","perPage","query"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  createRoom: {"operationId":"createRoom","method":"POST","path":"/v2/rooms","namespace":"rooms","methodName":"create","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getRoom: {"operationId":"getRoom","method":"GET","path":"/v2/rooms/{roomId}","namespace":"rooms","methodName":"get","pathParams":["roomId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  updateRoom: {"operationId":"updateRoom","method":"POST","path":"/v2/rooms/{roomId}","namespace":"rooms","methodName":"update","pathParams":["roomId"],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":true},
  validateRoom: {"operationId":"validateRoom","method":"GET","path":"/v2/rooms/validate/{roomId}","namespace":"rooms","methodName":"validate","pathParams":["roomId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deactivateRoom: {"operationId":"deactivateRoom","method":"POST","path":"/v2/rooms/deactivate","namespace":"rooms","methodName":"deactivate","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listSessions: {"operationId":"listSessions","method":"GET","path":"/v2/sessions","namespace":"sessions","methodName":"list","pathParams":[],"queryParams":["roomId","customRoomId","query","startDate","endDate","status","userId","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getSession: {"operationId":"getSession","method":"GET","path":"/v2/sessions/{sessionId}","namespace":"sessions","methodName":"get","pathParams":["sessionId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  listSessionParticipants: {"operationId":"listSessionParticipants","method":"GET","path":"/v2/sessions/{sessionId}/participants","namespace":"sessions","methodName":"listParticipants","pathParams":["sessionId"],"queryParams":["page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data","participants"],"pageInfo":"pageInfo"},"deprecated":false},
  listActiveSessionParticipants: {"operationId":"listActiveSessionParticipants","method":"GET","path":"/v2/sessions/{sessionId}/participants/active","namespace":"sessions","methodName":"listActiveParticipants","pathParams":["sessionId"],"queryParams":["page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  endSession: {"operationId":"endSession","method":"POST","path":"/v2/sessions/end","namespace":"sessions","methodName":"end","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  removeSessionParticipant: {"operationId":"removeSessionParticipant","method":"POST","path":"/v2/sessions/participants/remove","namespace":"sessions","methodName":"removeParticipant","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  getSessionStats: {"operationId":"getSessionStats","method":"GET","path":"/v2/sessions/{sessionId}/stats","namespace":"sessions","methodName":"getStats","pathParams":["sessionId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getSessionParticipantStats: {"operationId":"getSessionParticipantStats","method":"GET","path":"/v2/sessions/{sessionId}/participant/{participantId}/stats","namespace":"sessions","methodName":"getParticipantStats","pathParams":["sessionId","participantId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startRecording: {"operationId":"startRecording","method":"POST","path":"/v2/recordings/start","namespace":"recordings","methodName":"start","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endRecording: {"operationId":"endRecording","method":"POST","path":"/v2/recordings/end","namespace":"recordings","methodName":"end","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listRecordings: {"operationId":"listRecordings","method":"GET","path":"/v2/recordings","namespace":"recordings","methodName":"list","pathParams":[],"queryParams":["roomId","sessionId","query","withTranscription","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":true,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getRecording: {"operationId":"getRecording","method":"GET","path":"/v2/recordings/{recordingId}","namespace":"recordings","methodName":"get","pathParams":["recordingId"],"queryParams":["withTranscription"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteRecording: {"operationId":"deleteRecording","method":"DELETE","path":"/v2/recordings/{recordingId}","namespace":"recordings","methodName":"delete","pathParams":["recordingId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startParticipantRecording: {"operationId":"startParticipantRecording","method":"POST","path":"/v2/recordings/participant/start","namespace":"participantRecordings","methodName":"start","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  stopParticipantRecording: {"operationId":"stopParticipantRecording","method":"POST","path":"/v2/recordings/participant/stop","namespace":"participantRecordings","methodName":"stop","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listParticipantRecordings: {"operationId":"listParticipantRecordings","method":"GET","path":"/v2/recordings/participant","namespace":"participantRecordings","methodName":"list","pathParams":[],"queryParams":["roomId","sessionId","participantId","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":true,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getParticipantRecording: {"operationId":"getParticipantRecording","method":"GET","path":"/v2/recordings/participant/{participantRecordingId}","namespace":"participantRecordings","methodName":"get","pathParams":["participantRecordingId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteParticipantRecording: {"operationId":"deleteParticipantRecording","method":"DELETE","path":"/v2/recordings/participant/{participantRecordingId}","namespace":"participantRecordings","methodName":"delete","pathParams":["participantRecordingId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startTrackRecording: {"operationId":"startTrackRecording","method":"POST","path":"/v2/recordings/participant/track/start","namespace":"trackRecordings","methodName":"start","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  stopTrackRecording: {"operationId":"stopTrackRecording","method":"POST","path":"/v2/recordings/participant/track/stop","namespace":"trackRecordings","methodName":"stop","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listTrackRecordings: {"operationId":"listTrackRecordings","method":"GET","path":"/v2/recordings/participant/track","namespace":"trackRecordings","methodName":"list","pathParams":[],"queryParams":["roomId","sessionId","participantId","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":true,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getTrackRecording: {"operationId":"getTrackRecording","method":"GET","path":"/v2/recordings/participant/track/{trackRecordingId}","namespace":"trackRecordings","methodName":"get","pathParams":["trackRecordingId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteTrackRecording: {"operationId":"deleteTrackRecording","method":"DELETE","path":"/v2/recordings/participant/track/{trackRecordingId}","namespace":"trackRecordings","methodName":"delete","pathParams":["trackRecordingId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  listMergeRecordings: {"operationId":"listMergeRecordings","method":"GET","path":"/v2/recordings/participant/merge","namespace":"mergeRecordings","methodName":"list","pathParams":[],"queryParams":["status","roomId","sessionId","id","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["recordings"],"pageInfo":"pageInfo"},"deprecated":false},
  createMergeRecording: {"operationId":"createMergeRecording","method":"POST","path":"/v2/recordings/participant/merge","namespace":"mergeRecordings","methodName":"create","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  getMergeRecording: {"operationId":"getMergeRecording","method":"GET","path":"/v2/recordings/participant/merge/{mergeId}","namespace":"mergeRecordings","methodName":"get","pathParams":["mergeId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startLivestream: {"operationId":"startLivestream","method":"POST","path":"/v2/livestreams/start","namespace":"livestreams","methodName":"start","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endLivestream: {"operationId":"endLivestream","method":"POST","path":"/v2/livestreams/end","namespace":"livestreams","methodName":"end","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listLivestreams: {"operationId":"listLivestreams","method":"GET","path":"/v2/livestreams","namespace":"livestreams","methodName":"list","pathParams":[],"queryParams":["roomId","sessionId","query","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getLivestream: {"operationId":"getLivestream","method":"GET","path":"/v2/livestreams/{livestreamId}","namespace":"livestreams","methodName":"get","pathParams":["livestreamId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startHls: {"operationId":"startHls","method":"POST","path":"/v2/hls/start","namespace":"hls","methodName":"start","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endHls: {"operationId":"endHls","method":"POST","path":"/v2/hls/end","namespace":"hls","methodName":"end","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listHls: {"operationId":"listHls","method":"GET","path":"/v2/hls","namespace":"hls","methodName":"list","pathParams":[],"queryParams":["roomId","sessionId","query","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getHls: {"operationId":"getHls","method":"GET","path":"/v2/hls/{hlsId}","namespace":"hls","methodName":"get","pathParams":["hlsId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteHls: {"operationId":"deleteHls","method":"DELETE","path":"/v2/hls/{hlsId}","namespace":"hls","methodName":"delete","pathParams":["hlsId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getActiveHls: {"operationId":"getActiveHls","method":"GET","path":"/v2/hls/{roomId}/active","namespace":"hls","methodName":"getActive","pathParams":["roomId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  captureHlsThumbnail: {"operationId":"captureHlsThumbnail","method":"POST","path":"/v2/hls/capture","namespace":"hls","methodName":"captureThumbnail","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  startRealtimeTranscription: {"operationId":"startRealtimeTranscription","method":"POST","path":"/ai/v1/realtime-transcriptions/start","namespace":"realtimeTranscriptions","methodName":"start","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endRealtimeTranscription: {"operationId":"endRealtimeTranscription","method":"POST","path":"/ai/v1/realtime-transcriptions/end","namespace":"realtimeTranscriptions","methodName":"end","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listRealtimeTranscriptions: {"operationId":"listRealtimeTranscriptions","method":"GET","path":"/ai/v1/realtime-transcriptions","namespace":"realtimeTranscriptions","methodName":"list","pathParams":[],"queryParams":["roomId","sessionId","status","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["transcriptions"],"pageInfo":"pageInfo"},"deprecated":false},
  getRealtimeTranscription: {"operationId":"getRealtimeTranscription","method":"GET","path":"/ai/v1/realtime-transcriptions/{transcriptionId}","namespace":"realtimeTranscriptions","methodName":"get","pathParams":["transcriptionId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  listPostTranscriptions: {"operationId":"listPostTranscriptions","method":"GET","path":"/ai/v1/post-transcriptions","namespace":"postTranscriptions","methodName":"list","pathParams":[],"queryParams":["roomId","sessionId","page","perPage"],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["transcriptions"],"pageInfo":"pageInfo"},"deprecated":false},
  getPostTranscription: {"operationId":"getPostTranscription","method":"GET","path":"/ai/v1/post-transcriptions/{transcriptionId}","namespace":"postTranscriptions","methodName":"get","pathParams":["transcriptionId"],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getWebhookPublicKey: {"operationId":"getWebhookPublicKey","method":"GET","path":"/v2/public/rsa-public-key","namespace":"webhooks","methodName":"getPublicKey","pathParams":[],"queryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

/** Every webhook event of the spec, in the spec's order. */
export const webhookEvents = [
  "participant-joined",
  "participant-left",
  "session-started",
  "session-ended",
  "recording-starting",
  "recording-started",
  "recording-stopping",
  "recording-stopped",
  "recording-failed",
  "participant-recording-starting",
  "participant-recording-started",
  "participant-recording-stopping",
  "participant-recording-stopped",
  "participant-recording-failed",
  "participant-track-recording-starting",
  "participant-track-recording-started",
  "participant-track-recording-stopping",
  "participant-track-recording-stopped",
  "participant-track-recording-failed",
  "merge-recording-completed",
  "merge-recording-failed",
  "livestream-starting",
  "livestream-started",
  "livestream-stopping",
  "livestream-stopped",
  "livestream-failed",
  "hls-starting",
  "hls-started",
  "hls-playable",
  "hls-stopping",
  "hls-stopped",
  "hls-failed",
  "transcription-started",
  "transcription-stopped",
  "transcription-failed",
  "transcription-completed",
  "resource-acquired",
  "ai-deployment-session-starting",
  "ai-deployment-session-started",
  "ai-deployment-session-stopping",
  "ai-deployment-session-stopped",
  "ai-deployment-session-failed"
] as const;

export type WebhookEventName = (typeof webhookEvents)[number];
