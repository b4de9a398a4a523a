/**
 * This file is generated from spec/ by `npm run generate`. Do not edit it by hand.
 *
 * One entry per operation of the spec: where it lives (method, path), how the SDK names it
 * (namespace.methodName, from the tag and the operationId), what it takes and how it pages.
 */

export interface OperationPagination {
  /** Keys leading from the response body to the array of items. */
  readonly items: readonly string[];
  /** Key of the page-info object (`{currentPage, perPage, lastPage, total}`) in the response body. */
  readonly pageInfo: string;
}

/** A condition on a polled body: the value at `path` exists (not null or absent), or is one of `equals`. */
export interface WaiterCondition {
  readonly path: readonly string[];
  readonly exists?: true;
  readonly equals?: readonly (string | number | boolean | null)[];
}

/** A polling waiter of the spec's `x-waiters`: `vsdk.<namespace>.<name>(pathParams..., options)`. */
export interface OperationWaiter {
  readonly name: string;
  readonly success: WaiterCondition;
  readonly failure: WaiterCondition | null;
  /** HTTP statuses that mean "not yet". */
  readonly pending: readonly number[];
  /** First delay between polls, in ms. */
  readonly interval: number;
  /** Default total wait, in ms. */
  readonly timeout: number;
}

export interface OperationInfo {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The path template, with `{name}` path parameters in call order. */
  readonly path: string;
  /** The tag of the operation, and the client's namespace for it. */
  readonly namespace: string;
  readonly methodName: string;
  /** What the argument after the path parameters is: the JSON body, the query parameters, or nothing. */
  readonly input: "body" | "query" | null;
  /** How a list operation pages (`page`/`perPage` query parameters), or null. */
  readonly pagination: OperationPagination | null;
  /** Waiters that poll this operation. */
  readonly waiters?: readonly OperationWaiter[];
}

export const operations = {
  listRooms: {"method":"GET","path":"/v2/rooms","namespace":"rooms","methodName":"list","input":"query","pagination":{"items":["data"],"pageInfo":"pageInfo"}},
  createRoom: {"method":"POST","path":"/v2/rooms","namespace":"rooms","methodName":"create","input":"body","pagination":null},
  getRoom: {"method":"GET","path":"/v2/rooms/{roomId}","namespace":"rooms","methodName":"get","input":null,"pagination":null},
  updateRoom: {"method":"POST","path":"/v2/rooms/{roomId}","namespace":"rooms","methodName":"update","input":"body","pagination":null},
  validateRoom: {"method":"GET","path":"/v2/rooms/validate/{roomId}","namespace":"rooms","methodName":"validate","input":null,"pagination":null},
  deactivateRoom: {"method":"POST","path":"/v2/rooms/deactivate","namespace":"rooms","methodName":"deactivate","input":"body","pagination":null},
  listSessions: {"method":"GET","path":"/v2/sessions","namespace":"sessions","methodName":"list","input":"query","pagination":{"items":["data"],"pageInfo":"pageInfo"}},
  getSession: {"method":"GET","path":"/v2/sessions/{sessionId}","namespace":"sessions","methodName":"get","input":null,"pagination":null},
  listSessionParticipants: {"method":"GET","path":"/v2/sessions/{sessionId}/participants","namespace":"sessions","methodName":"listParticipants","input":"query","pagination":{"items":["data","participants"],"pageInfo":"pageInfo"}},
  listActiveSessionParticipants: {"method":"GET","path":"/v2/sessions/{sessionId}/participants/active","namespace":"sessions","methodName":"listActiveParticipants","input":"query","pagination":{"items":["data","0","participants"],"pageInfo":"pageInfo"}},
  getSessionParticipant: {"method":"GET","path":"/v2/sessions/{sessionId}/participants/{participantId}","namespace":"sessions","methodName":"getParticipant","input":null,"pagination":null},
  endSession: {"method":"POST","path":"/v2/sessions/end","namespace":"sessions","methodName":"end","input":"body","pagination":null},
  removeSessionParticipant: {"method":"POST","path":"/v2/sessions/participants/remove","namespace":"sessions","methodName":"removeParticipant","input":"body","pagination":null},
  getSessionStats: {"method":"GET","path":"/v2/sessions/{sessionId}/stats","namespace":"sessions","methodName":"getStats","input":null,"pagination":null},
  getSessionParticipantStats: {"method":"GET","path":"/v2/sessions/{sessionId}/participant/{participantId}/stats","namespace":"sessions","methodName":"getParticipantStats","input":null,"pagination":null},
  startRecording: {"method":"POST","path":"/v2/recordings/start","namespace":"recordings","methodName":"start","input":"body","pagination":null},
  endRecording: {"method":"POST","path":"/v2/recordings/end","namespace":"recordings","methodName":"end","input":"body","pagination":null},
  listRecordings: {"method":"GET","path":"/v2/recordings","namespace":"recordings","methodName":"list","input":"query","pagination":{"items":["data"],"pageInfo":"pageInfo"}},
  getRecording: {"method":"GET","path":"/v2/recordings/{recordingId}","namespace":"recordings","methodName":"get","input":"query","pagination":null,"waiters":[{"name":"waitForFile","success":{"path":["file","fileUrl"],"exists":true},"failure":null,"pending":[],"interval":5000,"timeout":1800000}]},
  deleteRecording: {"method":"DELETE","path":"/v2/recordings/{recordingId}","namespace":"recordings","methodName":"delete","input":null,"pagination":null},
  startParticipantRecording: {"method":"POST","path":"/v2/recordings/participant/start","namespace":"participantRecordings","methodName":"start","input":"body","pagination":null},
  stopParticipantRecording: {"method":"POST","path":"/v2/recordings/participant/stop","namespace":"participantRecordings","methodName":"stop","input":"body","pagination":null},
  listParticipantRecordings: {"method":"GET","path":"/v2/recordings/participant","namespace":"participantRecordings","methodName":"list","input":"query","pagination":{"items":["data"],"pageInfo":"pageInfo"}},
  getParticipantRecording: {"method":"GET","path":"/v2/recordings/participant/{participantRecordingId}","namespace":"participantRecordings","methodName":"get","input":null,"pagination":null,"waiters":[{"name":"waitForFile","success":{"path":["files","0","fileUrl"],"exists":true},"failure":null,"pending":[],"interval":5000,"timeout":1800000}]},
  deleteParticipantRecording: {"method":"DELETE","path":"/v2/recordings/participant/{participantRecordingId}","namespace":"participantRecordings","methodName":"delete","input":null,"pagination":null},
  startTrackRecording: {"method":"POST","path":"/v2/recordings/participant/track/start","namespace":"trackRecordings","methodName":"start","input":"body","pagination":null},
  stopTrackRecording: {"method":"POST","path":"/v2/recordings/participant/track/stop","namespace":"trackRecordings","methodName":"stop","input":"body","pagination":null},
  listTrackRecordings: {"method":"GET","path":"/v2/recordings/participant/track","namespace":"trackRecordings","methodName":"list","input":"query","pagination":{"items":["data"],"pageInfo":"pageInfo"}},
  getTrackRecording: {"method":"GET","path":"/v2/recordings/participant/track/{trackRecordingId}","namespace":"trackRecordings","methodName":"get","input":null,"pagination":null,"waiters":[{"name":"waitForFile","success":{"path":["files","0","fileUrl"],"exists":true},"failure":null,"pending":[],"interval":5000,"timeout":1800000}]},
  deleteTrackRecording: {"method":"DELETE","path":"/v2/recordings/participant/track/{trackRecordingId}","namespace":"trackRecordings","methodName":"delete","input":null,"pagination":null},
  listMergeRecordings: {"method":"GET","path":"/v2/recordings/participant/merge","namespace":"mergeRecordings","methodName":"list","input":"query","pagination":{"items":["recordings"],"pageInfo":"pageInfo"}},
  createMergeRecording: {"method":"POST","path":"/v2/recordings/participant/merge","namespace":"mergeRecordings","methodName":"create","input":"body","pagination":null},
  getMergeRecording: {"method":"GET","path":"/v2/recordings/participant/merge/{mergeId}","namespace":"mergeRecordings","methodName":"get","input":null,"pagination":null,"waiters":[{"name":"waitUntilDone","success":{"path":["status"],"equals":["completed"]},"failure":{"path":["status"],"equals":["failed"]},"pending":[402,404],"interval":3000,"timeout":900000}]},
  startLivestream: {"method":"POST","path":"/v2/livestreams/start","namespace":"livestreams","methodName":"start","input":"body","pagination":null},
  endLivestream: {"method":"POST","path":"/v2/livestreams/end","namespace":"livestreams","methodName":"end","input":"body","pagination":null},
  listLivestreams: {"method":"GET","path":"/v2/livestreams","namespace":"livestreams","methodName":"list","input":"query","pagination":{"items":["data"],"pageInfo":"pageInfo"}},
  getLivestream: {"method":"GET","path":"/v2/livestreams/{livestreamId}","namespace":"livestreams","methodName":"get","input":null,"pagination":null,"waiters":[{"name":"waitUntilLive","success":{"path":["end"],"equals":[null]},"failure":{"path":["end"],"exists":true},"pending":[402,404],"interval":2000,"timeout":120000}]},
  startHls: {"method":"POST","path":"/v2/hls/start","namespace":"hls","methodName":"start","input":"body","pagination":null},
  endHls: {"method":"POST","path":"/v2/hls/end","namespace":"hls","methodName":"end","input":"body","pagination":null},
  listHls: {"method":"GET","path":"/v2/hls","namespace":"hls","methodName":"list","input":"query","pagination":{"items":["data"],"pageInfo":"pageInfo"}},
  getHls: {"method":"GET","path":"/v2/hls/{hlsId}","namespace":"hls","methodName":"get","input":null,"pagination":null},
  deleteHls: {"method":"DELETE","path":"/v2/hls/{hlsId}","namespace":"hls","methodName":"delete","input":null,"pagination":null},
  getActiveHls: {"method":"GET","path":"/v2/hls/{roomId}/active","namespace":"hls","methodName":"getActive","input":null,"pagination":null,"waiters":[{"name":"waitUntilPlayable","success":{"path":["data","playbackHlsUrl"],"exists":true},"failure":null,"pending":[402,404],"interval":2000,"timeout":180000}]},
  captureHlsThumbnail: {"method":"POST","path":"/v2/hls/capture","namespace":"hls","methodName":"captureThumbnail","input":"body","pagination":null},
  startRealtimeTranscription: {"method":"POST","path":"/ai/v1/realtime-transcriptions/start","namespace":"realtimeTranscriptions","methodName":"start","input":"body","pagination":null},
  endRealtimeTranscription: {"method":"POST","path":"/ai/v1/realtime-transcriptions/end","namespace":"realtimeTranscriptions","methodName":"end","input":"body","pagination":null},
  listRealtimeTranscriptions: {"method":"GET","path":"/ai/v1/realtime-transcriptions","namespace":"realtimeTranscriptions","methodName":"list","input":"query","pagination":{"items":["transcriptions"],"pageInfo":"pageInfo"}},
  getRealtimeTranscription: {"method":"GET","path":"/ai/v1/realtime-transcriptions/{transcriptionId}","namespace":"realtimeTranscriptions","methodName":"get","input":null,"pagination":null},
  listPostTranscriptions: {"method":"GET","path":"/ai/v1/post-transcriptions","namespace":"postTranscriptions","methodName":"list","input":"query","pagination":{"items":["transcriptions"],"pageInfo":"pageInfo"}},
  getPostTranscription: {"method":"GET","path":"/ai/v1/post-transcriptions/{transcriptionId}","namespace":"postTranscriptions","methodName":"get","input":null,"pagination":null,"waiters":[{"name":"waitUntilDone","success":{"path":["status"],"equals":["completed"]},"failure":{"path":["status"],"equals":["failed"]},"pending":[402,404],"interval":5000,"timeout":1800000}]},
  getWebhookPublicKey: {"method":"GET","path":"/v2/public/rsa-public-key","namespace":"webhooks","methodName":"getPublicKey","input":null,"pagination":null},
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

/**
 * The client's methods, by namespace and method name, each naming its operation. The client's types map over
 * this interface, so an editor shows these comments when hovering `vsdk.<namespace>.<method>`.
 */
export interface OperationMethods {
  rooms: {
    /**
     * List rooms
     *
     * `GET /v2/rooms` (listRooms)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listRooms";
    /**
     * Create a room
     *
     * `POST /v2/rooms` (createRoom)
     */
    create: "createRoom";
    /**
     * Fetch a room
     *
     * `GET /v2/rooms/{roomId}` (getRoom)
     */
    get: "getRoom";
    /**
     * Enable or disable a room
     *
     * `POST /v2/rooms/{roomId}` (updateRoom)
     *
     * @deprecated Unconfirmed as a current VideoSDK endpoint; see the spec.
     */
    update: "updateRoom";
    /**
     * Validate a room
     *
     * `GET /v2/rooms/validate/{roomId}` (validateRoom)
     */
    validate: "validateRoom";
    /**
     * Deactivate a room
     *
     * `POST /v2/rooms/deactivate` (deactivateRoom)
     */
    deactivate: "deactivateRoom";
  };
  sessions: {
    /**
     * List sessions
     *
     * `GET /v2/sessions` (listSessions)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listSessions";
    /**
     * Fetch a session
     *
     * `GET /v2/sessions/{sessionId}` (getSession)
     */
    get: "getSession";
    /**
     * List the participants of a session
     *
     * `GET /v2/sessions/{sessionId}/participants` (listSessionParticipants)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    listParticipants: "listSessionParticipants";
    /**
     * List the connected participants of a session
     *
     * `GET /v2/sessions/{sessionId}/participants/active` (listActiveSessionParticipants)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    listActiveParticipants: "listActiveSessionParticipants";
    /**
     * Fetch one participant of a session
     *
     * `GET /v2/sessions/{sessionId}/participants/{participantId}` (getSessionParticipant)
     */
    getParticipant: "getSessionParticipant";
    /**
     * End a session
     *
     * `POST /v2/sessions/end` (endSession)
     */
    end: "endSession";
    /**
     * Remove a participant
     *
     * `POST /v2/sessions/participants/remove` (removeSessionParticipant)
     */
    removeParticipant: "removeSessionParticipant";
    /**
     * Fetch the quality stats of a session
     *
     * `GET /v2/sessions/{sessionId}/stats` (getSessionStats)
     */
    getStats: "getSessionStats";
    /**
     * Fetch the quality stats of a participant
     *
     * `GET /v2/sessions/{sessionId}/participant/{participantId}/stats` (getSessionParticipantStats)
     */
    getParticipantStats: "getSessionParticipantStats";
  };
  recordings: {
    /**
     * Start a meeting recording
     *
     * `POST /v2/recordings/start` (startRecording)
     */
    start: "startRecording";
    /**
     * Stop a meeting recording
     *
     * `POST /v2/recordings/end` (endRecording)
     */
    end: "endRecording";
    /**
     * List meeting recordings
     *
     * `GET /v2/recordings` (listRecordings)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listRecordings";
    /**
     * Fetch a meeting recording
     *
     * `GET /v2/recordings/{recordingId}` (getRecording)
     */
    get: "getRecording";
    /**
     * Delete a meeting recording
     *
     * `DELETE /v2/recordings/{recordingId}` (deleteRecording)
     */
    delete: "deleteRecording";
  };
  participantRecordings: {
    /**
     * Start recording a participant
     *
     * `POST /v2/recordings/participant/start` (startParticipantRecording)
     */
    start: "startParticipantRecording";
    /**
     * Stop recording a participant
     *
     * `POST /v2/recordings/participant/stop` (stopParticipantRecording)
     */
    stop: "stopParticipantRecording";
    /**
     * List participant recordings
     *
     * `GET /v2/recordings/participant` (listParticipantRecordings)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listParticipantRecordings";
    /**
     * Fetch a participant recording
     *
     * `GET /v2/recordings/participant/{participantRecordingId}` (getParticipantRecording)
     */
    get: "getParticipantRecording";
    /**
     * Delete a participant recording
     *
     * `DELETE /v2/recordings/participant/{participantRecordingId}` (deleteParticipantRecording)
     */
    delete: "deleteParticipantRecording";
  };
  trackRecordings: {
    /**
     * Start recording a participant's track
     *
     * `POST /v2/recordings/participant/track/start` (startTrackRecording)
     */
    start: "startTrackRecording";
    /**
     * Stop recording a participant's track
     *
     * `POST /v2/recordings/participant/track/stop` (stopTrackRecording)
     */
    stop: "stopTrackRecording";
    /**
     * List track recordings
     *
     * `GET /v2/recordings/participant/track` (listTrackRecordings)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listTrackRecordings";
    /**
     * Fetch a track recording
     *
     * `GET /v2/recordings/participant/track/{trackRecordingId}` (getTrackRecording)
     */
    get: "getTrackRecording";
    /**
     * Delete a track recording
     *
     * `DELETE /v2/recordings/participant/track/{trackRecordingId}` (deleteTrackRecording)
     */
    delete: "deleteTrackRecording";
  };
  mergeRecordings: {
    /**
     * List merge recordings
     *
     * `GET /v2/recordings/participant/merge` (listMergeRecordings)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listMergeRecordings";
    /**
     * Merge participant recordings into stereo audio
     *
     * `POST /v2/recordings/participant/merge` (createMergeRecording)
     */
    create: "createMergeRecording";
    /**
     * Fetch a merge recording
     *
     * `GET /v2/recordings/participant/merge/{mergeId}` (getMergeRecording)
     */
    get: "getMergeRecording";
  };
  livestreams: {
    /**
     * Start an RTMP livestream
     *
     * `POST /v2/livestreams/start` (startLivestream)
     */
    start: "startLivestream";
    /**
     * Stop an RTMP livestream
     *
     * `POST /v2/livestreams/end` (endLivestream)
     */
    end: "endLivestream";
    /**
     * List RTMP livestreams
     *
     * `GET /v2/livestreams` (listLivestreams)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listLivestreams";
    /**
     * Fetch an RTMP livestream
     *
     * `GET /v2/livestreams/{livestreamId}` (getLivestream)
     */
    get: "getLivestream";
  };
  hls: {
    /**
     * Start an HLS stream
     *
     * `POST /v2/hls/start` (startHls)
     */
    start: "startHls";
    /**
     * Stop an HLS stream
     *
     * `POST /v2/hls/end` (endHls)
     */
    end: "endHls";
    /**
     * List HLS streams
     *
     * `GET /v2/hls` (listHls)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listHls";
    /**
     * Fetch an HLS stream
     *
     * `GET /v2/hls/{hlsId}` (getHls)
     */
    get: "getHls";
    /**
     * Delete an HLS stream
     *
     * `DELETE /v2/hls/{hlsId}` (deleteHls)
     */
    delete: "deleteHls";
    /**
     * Fetch the active HLS stream of a room
     *
     * `GET /v2/hls/{roomId}/active` (getActiveHls)
     */
    getActive: "getActiveHls";
    /**
     * Capture a thumbnail of an HLS stream
     *
     * `POST /v2/hls/capture` (captureHlsThumbnail)
     */
    captureThumbnail: "captureHlsThumbnail";
  };
  realtimeTranscriptions: {
    /**
     * Start realtime transcription
     *
     * `POST /ai/v1/realtime-transcriptions/start` (startRealtimeTranscription)
     */
    start: "startRealtimeTranscription";
    /**
     * Stop realtime transcription
     *
     * `POST /ai/v1/realtime-transcriptions/end` (endRealtimeTranscription)
     */
    end: "endRealtimeTranscription";
    /**
     * List realtime transcriptions
     *
     * `GET /ai/v1/realtime-transcriptions` (listRealtimeTranscriptions)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listRealtimeTranscriptions";
    /**
     * Fetch a realtime transcription
     *
     * `GET /ai/v1/realtime-transcriptions/{transcriptionId}` (getRealtimeTranscription)
     */
    get: "getRealtimeTranscription";
  };
  postTranscriptions: {
    /**
     * List post-call transcriptions and summaries
     *
     * `GET /ai/v1/post-transcriptions` (listPostTranscriptions)
     *
     * Returns a paged list: await it for the first page, or iterate it with `for await`.
     */
    list: "listPostTranscriptions";
    /**
     * Fetch a post-call transcription
     *
     * `GET /ai/v1/post-transcriptions/{transcriptionId}` (getPostTranscription)
     */
    get: "getPostTranscription";
  };
  webhooks: {
    /**
     * Fetch the webhook public key
     *
     * `GET /v2/public/rsa-public-key` (getWebhookPublicKey)
     */
    getPublicKey: "getWebhookPublicKey";
  };
}

/**
 * The client's waiters (`x-waiters` in the spec), by namespace and name, each naming the operation it polls.
 */
export interface WaiterMethods {
  recordings: {
    /**
     * Polls the recording until its file is ready (`file.fileUrl` is set): after the recording ended and
     * VideoSDK processed it, which takes minutes for long meetings.
     * A 404 or 402 ends the wait with a NotFoundError: the id comes from a list or a webhook, and the
     * recording exists from its start, so an unknown id never turns into one.
     *
     * Polls `GET /v2/recordings/{recordingId}` (getRecording) every 5 s at first, backing off;
     * gives up after 30 min unless `timeout` says otherwise.
     */
    waitForFile: "getRecording";
  };
  participantRecordings: {
    /**
     * Polls the participant recording until its first file is stored (`files[0].fileUrl` is set), which
     * happens once the recording has stopped.
     * A 404 or 402 ends the wait with a NotFoundError: the id comes from a list or a webhook, and the
     * recording exists from its start, so an unknown id never turns into one.
     *
     * Polls `GET /v2/recordings/participant/{participantRecordingId}` (getParticipantRecording) every 5 s at first, backing off;
     * gives up after 30 min unless `timeout` says otherwise.
     */
    waitForFile: "getParticipantRecording";
  };
  trackRecordings: {
    /**
     * Polls the track recording until its first file is stored (`files[0].fileUrl` is set), which happens once
     * the track recording has stopped.
     * A 404 or 402 ends the wait with a NotFoundError: the id comes from a list or a webhook, and the
     * recording exists from its start, so an unknown id never turns into one.
     *
     * Polls `GET /v2/recordings/participant/track/{trackRecordingId}` (getTrackRecording) every 5 s at first, backing off;
     * gives up after 30 min unless `timeout` says otherwise.
     */
    waitForFile: "getTrackRecording";
  };
  mergeRecordings: {
    /**
     * Polls the merge job until it has completed; a `failed` job fails the wait.
     *
     * Polls `GET /v2/recordings/participant/merge/{mergeId}` (getMergeRecording) every 3 s at first, backing off;
     * gives up after 15 min unless `timeout` says otherwise.
     */
    waitUntilDone: "getMergeRecording";
  };
  livestreams: {
    /**
     * Polls the livestream until it is running: it exists and has not ended (`end` is null). The resource shows
     * no starting state (UNCONFIRMED whether VideoSDK creates it before the RTMP push is live; the
     * `livestream-started` webhook is the sure signal). A livestream that has already ended fails the wait.
     *
     * Polls `GET /v2/livestreams/{livestreamId}` (getLivestream) every 2 s at first, backing off;
     * gives up after 2 min unless `timeout` says otherwise.
     */
    waitUntilLive: "getLivestream";
  };
  hls: {
    /**
     * Polls the room's active HLS stream until it has a playback URL: the `hls-playable` state, when a player
     * can load `playbackHlsUrl`. A 404 or 402 (no HLS running yet) means "not yet". The stream has no failure
     * state to read; a stream that fails disappears, and the wait ends at its timeout.
     *
     * Polls `GET /v2/hls/{roomId}/active` (getActiveHls) every 2 s at first, backing off;
     * gives up after 3 min unless `timeout` says otherwise.
     */
    waitUntilPlayable: "getActiveHls";
  };
  postTranscriptions: {
    /**
     * Polls the post-call transcription until it has completed. A failure state is UNCONFIRMED (a
     * `transcription-failed` webhook exists); `failed` is taken as one.
     *
     * Polls `GET /ai/v1/post-transcriptions/{transcriptionId}` (getPostTranscription) every 5 s at first, backing off;
     * gives up after 30 min unless `timeout` says otherwise.
     */
    waitUntilDone: "getPostTranscription";
  };
}

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
