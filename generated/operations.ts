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
  readonly tag: string;
  readonly namespace: string;
  readonly methodName: string;
  readonly summary: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  /** Query parameters whose schema is an array (sent comma-joined). */
  readonly arrayQueryParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  readonly queryRequired: boolean;
  readonly pagination: OperationPagination | null;
  readonly deprecated: boolean;
}

export const operations = {
  listRooms: {"operationId":"listRooms","method":"GET","path":"/v2/rooms","tag":"rooms","namespace":"rooms","methodName":"list","summary":"List rooms","pathParams":[],"queryParams":["page","perPage","query"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  createRoom: {"operationId":"createRoom","method":"POST","path":"/v2/rooms","tag":"rooms","namespace":"rooms","methodName":"create","summary":"Create a room","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getRoom: {"operationId":"getRoom","method":"GET","path":"/v2/rooms/{roomId}","tag":"rooms","namespace":"rooms","methodName":"get","summary":"Fetch a room","pathParams":["roomId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  updateRoom: {"operationId":"updateRoom","method":"POST","path":"/v2/rooms/{roomId}","tag":"rooms","namespace":"rooms","methodName":"update","summary":"Enable or disable a room","pathParams":["roomId"],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":true},
  validateRoom: {"operationId":"validateRoom","method":"GET","path":"/v2/rooms/validate/{roomId}","tag":"rooms","namespace":"rooms","methodName":"validate","summary":"Validate a room","pathParams":["roomId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deactivateRoom: {"operationId":"deactivateRoom","method":"POST","path":"/v2/rooms/deactivate","tag":"rooms","namespace":"rooms","methodName":"deactivate","summary":"Deactivate a room","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listSessions: {"operationId":"listSessions","method":"GET","path":"/v2/sessions","tag":"sessions","namespace":"sessions","methodName":"list","summary":"List sessions","pathParams":[],"queryParams":["roomId","customRoomId","query","startDate","endDate","status","userId","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getSession: {"operationId":"getSession","method":"GET","path":"/v2/sessions/{sessionId}","tag":"sessions","namespace":"sessions","methodName":"get","summary":"Fetch a session","pathParams":["sessionId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  listSessionParticipants: {"operationId":"listSessionParticipants","method":"GET","path":"/v2/sessions/{sessionId}/participants","tag":"sessions","namespace":"sessions","methodName":"listParticipants","summary":"List the participants of a session","pathParams":["sessionId"],"queryParams":["page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data","participants"],"pageInfo":"pageInfo"},"deprecated":false},
  listActiveSessionParticipants: {"operationId":"listActiveSessionParticipants","method":"GET","path":"/v2/sessions/{sessionId}/participants/active","tag":"sessions","namespace":"sessions","methodName":"listActiveParticipants","summary":"List the connected participants of a session","pathParams":["sessionId"],"queryParams":["page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  endSession: {"operationId":"endSession","method":"POST","path":"/v2/sessions/end","tag":"sessions","namespace":"sessions","methodName":"end","summary":"End a session","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  removeSessionParticipant: {"operationId":"removeSessionParticipant","method":"POST","path":"/v2/sessions/participants/remove","tag":"sessions","namespace":"sessions","methodName":"removeParticipant","summary":"Remove a participant","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  getSessionStats: {"operationId":"getSessionStats","method":"GET","path":"/v2/sessions/{sessionId}/stats","tag":"sessions","namespace":"sessions","methodName":"getStats","summary":"Fetch the quality stats of a session","pathParams":["sessionId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getSessionParticipantStats: {"operationId":"getSessionParticipantStats","method":"GET","path":"/v2/sessions/{sessionId}/participant/{participantId}/stats","tag":"sessions","namespace":"sessions","methodName":"getParticipantStats","summary":"Fetch the quality stats of a participant","pathParams":["sessionId","participantId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startRecording: {"operationId":"startRecording","method":"POST","path":"/v2/recordings/start","tag":"recordings","namespace":"recordings","methodName":"start","summary":"Start a meeting recording","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endRecording: {"operationId":"endRecording","method":"POST","path":"/v2/recordings/end","tag":"recordings","namespace":"recordings","methodName":"end","summary":"Stop a meeting recording","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listRecordings: {"operationId":"listRecordings","method":"GET","path":"/v2/recordings","tag":"recordings","namespace":"recordings","methodName":"list","summary":"List meeting recordings","pathParams":[],"queryParams":["roomId","sessionId","query","withTranscription","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":true,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getRecording: {"operationId":"getRecording","method":"GET","path":"/v2/recordings/{recordingId}","tag":"recordings","namespace":"recordings","methodName":"get","summary":"Fetch a meeting recording","pathParams":["recordingId"],"queryParams":["withTranscription"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteRecording: {"operationId":"deleteRecording","method":"DELETE","path":"/v2/recordings/{recordingId}","tag":"recordings","namespace":"recordings","methodName":"delete","summary":"Delete a meeting recording","pathParams":["recordingId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startParticipantRecording: {"operationId":"startParticipantRecording","method":"POST","path":"/v2/recordings/participant/start","tag":"participantRecordings","namespace":"participantRecordings","methodName":"start","summary":"Start recording a participant","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  stopParticipantRecording: {"operationId":"stopParticipantRecording","method":"POST","path":"/v2/recordings/participant/stop","tag":"participantRecordings","namespace":"participantRecordings","methodName":"stop","summary":"Stop recording a participant","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listParticipantRecordings: {"operationId":"listParticipantRecordings","method":"GET","path":"/v2/recordings/participant","tag":"participantRecordings","namespace":"participantRecordings","methodName":"list","summary":"List participant recordings","pathParams":[],"queryParams":["roomId","sessionId","participantId","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":true,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getParticipantRecording: {"operationId":"getParticipantRecording","method":"GET","path":"/v2/recordings/participant/{participantRecordingId}","tag":"participantRecordings","namespace":"participantRecordings","methodName":"get","summary":"Fetch a participant recording","pathParams":["participantRecordingId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteParticipantRecording: {"operationId":"deleteParticipantRecording","method":"DELETE","path":"/v2/recordings/participant/{participantRecordingId}","tag":"participantRecordings","namespace":"participantRecordings","methodName":"delete","summary":"Delete a participant recording","pathParams":["participantRecordingId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startTrackRecording: {"operationId":"startTrackRecording","method":"POST","path":"/v2/recordings/participant/track/start","tag":"trackRecordings","namespace":"trackRecordings","methodName":"start","summary":"Start recording a participant's track","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  stopTrackRecording: {"operationId":"stopTrackRecording","method":"POST","path":"/v2/recordings/participant/track/stop","tag":"trackRecordings","namespace":"trackRecordings","methodName":"stop","summary":"Stop recording a participant's track","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listTrackRecordings: {"operationId":"listTrackRecordings","method":"GET","path":"/v2/recordings/participant/track","tag":"trackRecordings","namespace":"trackRecordings","methodName":"list","summary":"List track recordings","pathParams":[],"queryParams":["roomId","sessionId","participantId","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":true,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getTrackRecording: {"operationId":"getTrackRecording","method":"GET","path":"/v2/recordings/participant/track/{trackRecordingId}","tag":"trackRecordings","namespace":"trackRecordings","methodName":"get","summary":"Fetch a track recording","pathParams":["trackRecordingId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteTrackRecording: {"operationId":"deleteTrackRecording","method":"DELETE","path":"/v2/recordings/participant/track/{trackRecordingId}","tag":"trackRecordings","namespace":"trackRecordings","methodName":"delete","summary":"Delete a track recording","pathParams":["trackRecordingId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  listMergeRecordings: {"operationId":"listMergeRecordings","method":"GET","path":"/v2/recordings/participant/merge","tag":"mergeRecordings","namespace":"mergeRecordings","methodName":"list","summary":"List merge recordings","pathParams":[],"queryParams":["status","roomId","sessionId","id","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["recordings"],"pageInfo":"pageInfo"},"deprecated":false},
  createMergeRecording: {"operationId":"createMergeRecording","method":"POST","path":"/v2/recordings/participant/merge","tag":"mergeRecordings","namespace":"mergeRecordings","methodName":"create","summary":"Merge participant recordings into stereo audio","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  getMergeRecording: {"operationId":"getMergeRecording","method":"GET","path":"/v2/recordings/participant/merge/{mergeId}","tag":"mergeRecordings","namespace":"mergeRecordings","methodName":"get","summary":"Fetch a merge recording","pathParams":["mergeId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startLivestream: {"operationId":"startLivestream","method":"POST","path":"/v2/livestreams/start","tag":"livestreams","namespace":"livestreams","methodName":"start","summary":"Start an RTMP livestream","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endLivestream: {"operationId":"endLivestream","method":"POST","path":"/v2/livestreams/end","tag":"livestreams","namespace":"livestreams","methodName":"end","summary":"Stop an RTMP livestream","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listLivestreams: {"operationId":"listLivestreams","method":"GET","path":"/v2/livestreams","tag":"livestreams","namespace":"livestreams","methodName":"list","summary":"List RTMP livestreams","pathParams":[],"queryParams":["roomId","sessionId","query","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getLivestream: {"operationId":"getLivestream","method":"GET","path":"/v2/livestreams/{livestreamId}","tag":"livestreams","namespace":"livestreams","methodName":"get","summary":"Fetch an RTMP livestream","pathParams":["livestreamId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  startHls: {"operationId":"startHls","method":"POST","path":"/v2/hls/start","tag":"hls","namespace":"hls","methodName":"start","summary":"Start an HLS stream","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endHls: {"operationId":"endHls","method":"POST","path":"/v2/hls/end","tag":"hls","namespace":"hls","methodName":"end","summary":"Stop an HLS stream","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listHls: {"operationId":"listHls","method":"GET","path":"/v2/hls","tag":"hls","namespace":"hls","methodName":"list","summary":"List HLS streams","pathParams":[],"queryParams":["roomId","sessionId","query","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["data"],"pageInfo":"pageInfo"},"deprecated":false},
  getHls: {"operationId":"getHls","method":"GET","path":"/v2/hls/{hlsId}","tag":"hls","namespace":"hls","methodName":"get","summary":"Fetch an HLS stream","pathParams":["hlsId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  deleteHls: {"operationId":"deleteHls","method":"DELETE","path":"/v2/hls/{hlsId}","tag":"hls","namespace":"hls","methodName":"delete","summary":"Delete an HLS stream","pathParams":["hlsId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getActiveHls: {"operationId":"getActiveHls","method":"GET","path":"/v2/hls/{roomId}/active","tag":"hls","namespace":"hls","methodName":"getActive","summary":"Fetch the active HLS stream of a room","pathParams":["roomId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  captureHlsThumbnail: {"operationId":"captureHlsThumbnail","method":"POST","path":"/v2/hls/capture","tag":"hls","namespace":"hls","methodName":"captureThumbnail","summary":"Capture a thumbnail of an HLS stream","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  startRealtimeTranscription: {"operationId":"startRealtimeTranscription","method":"POST","path":"/ai/v1/realtime-transcriptions/start","tag":"realtimeTranscriptions","namespace":"realtimeTranscriptions","methodName":"start","summary":"Start realtime transcription","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  endRealtimeTranscription: {"operationId":"endRealtimeTranscription","method":"POST","path":"/ai/v1/realtime-transcriptions/end","tag":"realtimeTranscriptions","namespace":"realtimeTranscriptions","methodName":"end","summary":"Stop realtime transcription","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":true,"bodyRequired":true,"queryRequired":false,"pagination":null,"deprecated":false},
  listRealtimeTranscriptions: {"operationId":"listRealtimeTranscriptions","method":"GET","path":"/ai/v1/realtime-transcriptions","tag":"realtimeTranscriptions","namespace":"realtimeTranscriptions","methodName":"list","summary":"List realtime transcriptions","pathParams":[],"queryParams":["roomId","sessionId","status","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["transcriptions"],"pageInfo":"pageInfo"},"deprecated":false},
  getRealtimeTranscription: {"operationId":"getRealtimeTranscription","method":"GET","path":"/ai/v1/realtime-transcriptions/{transcriptionId}","tag":"realtimeTranscriptions","namespace":"realtimeTranscriptions","methodName":"get","summary":"Fetch a realtime transcription","pathParams":["transcriptionId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  listPostTranscriptions: {"operationId":"listPostTranscriptions","method":"GET","path":"/ai/v1/post-transcriptions","tag":"postTranscriptions","namespace":"postTranscriptions","methodName":"list","summary":"List post-call transcriptions and summaries","pathParams":[],"queryParams":["roomId","sessionId","page","perPage"],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":{"style":"page","items":["transcriptions"],"pageInfo":"pageInfo"},"deprecated":false},
  getPostTranscription: {"operationId":"getPostTranscription","method":"GET","path":"/ai/v1/post-transcriptions/{transcriptionId}","tag":"postTranscriptions","namespace":"postTranscriptions","methodName":"get","summary":"Fetch a post-call transcription","pathParams":["transcriptionId"],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
  getWebhookPublicKey: {"operationId":"getWebhookPublicKey","method":"GET","path":"/v2/public/rsa-public-key","tag":"webhooks","namespace":"webhooks","methodName":"getPublicKey","summary":"Fetch the webhook public key","pathParams":[],"queryParams":[],"arrayQueryParams":[],"hasBody":false,"bodyRequired":false,"queryRequired":false,"pagination":null,"deprecated":false},
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
