/**
 * This file is generated from spec/ by `npm run generate`. Do not edit it by hand.
 */

export interface paths {
    "/v2/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rooms
         * @description Lists the rooms of the project, a page at a time. Each room carries a `user` object (the owner) rather than
         *     `userId`. The official server SDK also sends a `query` parameter (exact match on roomId or customRoomId;
         *     UNCONFIRMED by the API reference).
         */
        get: operations["listRooms"];
        put?: never;
        /**
         * Create a room
         * @description Creates a room (a meeting id). Every body field is optional and an empty `{}` body is valid (VideoSDK's
         *     quickstarts send `{}`). The answer is the room with the owner as `userId`.
         *
         *     * `customRoomId`: your own id. According to the official server SDK, re-using an existing `customRoomId`
         *       returns the existing room instead of creating a second one (UNCONFIRMED by the API reference).
         *     * `webhook`: `endPoint` (must accept POST; at most 512 characters per the SDK) and the `events` to deliver.
         *       Besides event names, `events` takes the patterns VideoSDK documents: `*` for every event, or a family
         *       such as `recording-*` or `hls-*`.
         *     * `autoCloseConfig`: `type` `session-ends` (close the running session after `duration`) or
         *       `session-end-and-deactivate` (close it and permanently deactivate the room). `duration` is in **minutes**
         *       with a default of 480 according to the docs; the official server SDK calls it seconds (UNCONFIRMED which
         *       is right). The SDK's default `type` is `session-ends`.
         *     * `autoStartConfig`: a meeting recording and/or an HLS stream started when a session begins. Grid size is
         *       at most 4 for the recording according to the docs (the official server SDK allows up to 25; UNCONFIRMED
         *       which limit applies, so the schema accepts 25); the docs also say 4 for autostart in general while HLS
         *       itself allows 25. The
         *       SDK also sends a `composite` option (UNCONFIRMED).
         *     * `region` is discontinued (2024 docs): servers are picked automatically. The SDK-only fields `geoFence`,
         *       `multiComposition` and `allowedParticipantIds` are UNCONFIRMED by the API reference.
         *
         *     No errors are documented for this call.
         */
        post: operations["createRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a room
         * @description Fetches one room by its roomId or customRoomId (the official server SDK also accepts the internal `id`). The
         *     room carries a `user` object (the owner) rather than `userId`. An unknown room is answered with an error;
         *     VideoSDK uses 402 as well as 404 for unknown rooms (exact status UNCONFIRMED), so treat both as "not found".
         */
        get: operations["getRoom"];
        put?: never;
        /**
         * Enable or disable a room
         * @deprecated
         * @description Switches a room between `enabled` and `disabled`; nothing changes if the room already has that status.
         *
         *     UNCONFIRMED as current: this call is documented only on an unlisted 2024 docs page. It is absent from the
         *     2025 docs and from the official server SDK, so it is marked deprecated here. To disable a room for good use
         *     `POST /v2/rooms/deactivate`. The 2024 sample answers `status: disabled` to a request for `enabled`.
         */
        post: operations["updateRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/rooms/validate/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validate a room
         * @description Checks that a roomId or customRoomId exists and belongs to the caller, and returns the room (with `userId`,
         *     as on create). The method is **GET** (docs page, official server SDK and official example server); the docs'
         *     endpoint index says POST.
         *
         *     An unknown or foreign room is answered with an error: the official server SDK treats 400, 402 and 404 as
         *     "not valid" (exact status UNCONFIRMED). Treat 402 and 404 alike.
         */
        get: operations["validateRoom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/rooms/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a room
         * @description Permanently disables a room. There is no DELETE for rooms. Only the VideoSDK roomId works: according to the
         *     official server SDK a customRoomId (or an unknown room) is rejected with **402**.
         *
         *     The answer is the raw room document with VideoSDK's storage names: `meetingId` is the roomId and
         *     `userMeetingId` the customRoomId; it embeds the room's `webhook` configuration and the owner `user`.
         */
        post: operations["deactivateRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Lists sessions (live occurrences of rooms), a page at a time.
         *
         *     `roomId` carries a REQUIRED badge in the docs' parameter table, while the same page's text and the official
         *     server SDK treat it as optional (without it, sessions of all rooms are listed). It is optional here, so both
         *     uses work. The filters `query`, `startDate`, `endDate` and `status` are sent by the official server SDK and the
         *     2026 docs but are not in the API reference (UNCONFIRMED). The docs write the path with a trailing slash
         *     (`/v2/sessions/`).
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a session
         * @description Fetches one session with its participants, owner (`userId`), `customRoomId`, `activeDuration` and a
         *     `chatLink` to a CSV export of the chat.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/{sessionId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the participants of a session
         * @description Lists everyone who joined the session, including those who have left, a page at a time.
         *
         *     Unlike other lists, `data` is **one session object** (`id`, `roomId`, `customRoomId`, `links`) and the page
         *     applies to its `participants` array.
         */
        get: operations["listSessionParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/{sessionId}/participants/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the connected participants of a session
         * @description Lists the participants currently connected to the session, a page at a time, with device, mode and location
         *     details.
         *
         *     Here `data` is an **array of session documents** (normally one, with `_id` rather than `id`); the
         *     participants are in `data[0].participants`, and `pageInfo` counts participants, so the SDK pages over
         *     `data.0.participants` (as the official server SDK reads it). The participant `mode` is `SEND_AND_RECV` in the
         *     2025 docs and `CONFERENCE` in the 2024 docs (other values UNCONFIRMED).
         */
        get: operations["listActiveSessionParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/{sessionId}/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch one participant of a session
         * @description Fetches one participant of a session, with the times it joined and left.
         *
         *     Known from the official server SDK (`sessions.getParticipant`, also used by its `participants.get`), not from
         *     VideoSDK's API reference (UNCONFIRMED). The response is modelled on what that SDK reads: the participant
         *     object with `participantId`, `name` and `timelog`, as in a session's `participants`.
         */
        get: operations["getSessionParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session
         * @description Ends the running session of a room, disconnecting everyone. `roomId` (roomId or customRoomId) is required;
         *     `sessionId` targets one particular session.
         *
         *     The official server SDK also sends `vsdkForceKill` and `ignoreClosed` booleans and accepts `meetingId` as an
         *     alias of `roomId` (UNCONFIRMED by the API reference). The answer is the session as it was when the call was
         *     made (the sample still shows `status: ongoing` and `end: null`); the SDK also normalises legacy
         *     `meetingId`/`userMeetingId` keys in it (UNCONFIRMED which naming the server uses).
         */
        post: operations["endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/participants/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a participant
         * @description Removes (kicks) one participant from a running session. `participantId` is required. The 2024 docs mark
         *     `roomId` as required as well; the official server SDK accepts `roomId` or `sessionId`, so at least one of the
         *     two must be given.
         *
         *     The docs answer with the session object (as on end-session); the official server SDK types the answer as a
         *     confirmation string (UNCONFIRMED which is right), so the schema allows both.
         */
        post: operations["removeSessionParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/{sessionId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the quality stats of a session
         * @description Returns network quality statistics of the session per measured interval: packet loss, round-trip time,
         *     jitter, bitrates and a quality score for audio and video. The room id is under its legacy name `meetingId`.
         *     The score scale is UNCONFIRMED (samples range from 3.29 to 4.42). This endpoint was in the 2024 endpoint
         *     index but not in the 2024 docs sidebar; it is documented in 2025.
         */
        get: operations["getSessionStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/sessions/{sessionId}/participant/{participantId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the quality stats of a participant
         * @description Returns quality statistics of one participant in the session: device, client SDK, location, network, the
         *     per-interval stats (as for the whole session) and `resolutionUsage` keyed by resolution height.
         *
         *     Note the **singular** `participant` in the path, unlike `/participants` elsewhere. The room id is under its
         *     legacy name `meetingId`.
         */
        get: operations["getSessionParticipantStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a meeting recording
         * @description Starts a composite recording of the room's live session, laid out by `config`. The room must have a session
         *     in progress. Only `roomId` is required. `config` defaults: layout `GRID`, priority `SPEAKER`, mode
         *     `video-and-audio`, quality `med`, orientation `landscape`; `layout.gridSize` is at most 4 per the docs (the
         *     official server SDK allows 0–25 with a default of 25, UNCONFIRMED), and the `theme` default is UNCONFIRMED.
         *
         *     The answer is the bare JSON string `"Recording started successfully"`; the recording's id is not returned
         *     (find it later with `GET /v2/recordings?roomId=...`). Progress is reported to `webhookUrl` through
         *     `recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped` and `recording-failed`.
         *
         *     Sources differ:
         *     * `transcription` (with `summary` nested inside it) and `preSignedUrl` are only in the 2025 docs; a 2024
         *       docs branch sent `summary` at the top level.
         *     * `fileFormat` (`mp4` default, or `webm`), `onFailure` and `resourceId` are sent only by the official server
         *       SDK (UNCONFIRMED by the API reference).
         *     * `awsDirPath` is a folder in whichever storage is configured (S3, Azure Blob or GCP); individual
         *       recordings use `bucketDirPath` instead.
         *     * Plan limits (the maximum number of concurrent recordings per organisation) and "previous recording is
         *       still being processed" refusals are known from the client SDKs only; their HTTP status is UNCONFIRMED.
         */
        post: operations["startRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a meeting recording
         * @description Stops the meeting recording running in the room. The path is `/v2/recordings/end`, as on the docs page, in its
         *     code samples and in the official server SDK; VideoSDK's endpoint index (2024 and 2025) lists
         *     `/v2/recordings/stop` instead, and whether `/stop` also works is UNCONFIRMED.
         *
         *     Only `roomId` is required. The official server SDK also sends the recording `id` when it knows it
         *     (UNCONFIRMED). The answer is the bare JSON string `"Recording ended successfully"`; the file becomes
         *     available later (`recording-stopped` webhook, or `GET /v2/recordings/{recordingId}`).
         */
        post: operations["endRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meeting recordings
         * @description Lists the meeting recordings of a room, optionally of one session, page by page (`page` from 1, `perPage`
         *     default 20), in a `{pageInfo, data}` envelope.
         *
         *     `roomId` is marked required by the 2024 docs; the official server SDK treats it as optional (UNCONFIRMED
         *     which is right), so it is optional here. Pass it: the docs' callers always do. `query` and `withTranscription` are sent only by the official server SDK (UNCONFIRMED).
         */
        get: operations["listRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/{recordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a meeting recording
         * @description Returns one meeting recording with its file. While the recording is still running or being processed,
         *     `fileId` and `file` may be absent or null (UNCONFIRMED which; the `inProgress` example shows null).
         *     `withTranscription` is sent only by the official server SDK (UNCONFIRMED).
         */
        get: operations["getRecording"];
        put?: never;
        post?: never;
        /**
         * Delete a meeting recording
         * @description Deletes a meeting recording. The official server SDK calls this a soft delete (UNCONFIRMED whether the file
         *     is removed from storage). The answer is the bare JSON string `"Room recording deleted successfully"`.
         */
        delete: operations["deleteRecording"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start recording a participant
         * @description Starts recording one participant of the room's live session into one continuous file. Recording goes on while
         *     the participant is muted or has the camera off (silence and black frames are recorded). `roomId` and
         *     `participantId` are required. Files are stored under `<sessionId>/<participantId>/<filename>`, inside
         *     `bucketDirPath` when you give one (a folder in your own storage). Progress is reported to `webhookUrl`
         *     through the `participant-recording-*` events.
         *
         *     Sources differ on `fileFormat`: the API reference says only `webm` is supported (default `webm`), while the
         *     official server SDK also offers `mp4` and `m3u8` (UNCONFIRMED). `metadata` is sent only by the official
         *     server SDK (UNCONFIRMED). The answer is the bare JSON string `"participant recording started successfully."`.
         */
        post: operations["startParticipantRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop recording a participant
         * @description Stops the recording of one participant, identified by `roomId` and `participantId` (both required per the
         *     official server SDK). Unlike meeting recordings, this path does end in `/stop`. The answer is the bare JSON
         *     string `"participant recording ended successfully."`; the file is announced by `participant-recording-stopped`.
         */
        post: operations["stopParticipantRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List participant recordings
         * @description Lists the participant recordings of a room, optionally of one session or participant, page by page (`page`
         *     from 1, `perPage` default 20), in a `{pageInfo, data}` envelope. Items have `mode: participant` and
         *     `kind: audio_video`.
         *
         *     `roomId` is probably required, by analogy with the track-recording list whose page marks it REQUIRED, but
         *     this page's badges were not captured and the official server SDK treats it as optional (UNCONFIRMED), so it
         *     is optional here.
         */
        get: operations["listParticipantRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/{participantRecordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a participant recording
         * @description Returns one participant recording with its files. While it runs, `end` is null and `files` may be empty.
         *     The docs page names the path parameter `participantRecordingId` in its table but `{recordingId}` in its
         *     URL; both mean the participant recording's `id`.
         */
        get: operations["getParticipantRecording"];
        put?: never;
        post?: never;
        /**
         * Delete a participant recording
         * @description Deletes a participant recording. The docs page names the path parameter `participantRecordingId` in its
         *     table but `{recordingId}` in its URL. The answer is the bare JSON string
         *     `"Participant Recording deleted successfully."`.
         */
        delete: operations["deleteParticipantRecording"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/track/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start recording a participant's track
         * @description Starts recording one track of a participant into separate files. The track is addressed by `kind` (`audio`,
         *     `video`, `screen_audio` or `screen_video`) together with `roomId` and `participantId`; there is no track id.
         *     All three are required. A new file starts each time the participant re-enables the track. Files are stored
         *     under `<sessionId>/<participantId>/<kind>/<filename>`, inside `bucketDirPath` when you give one (a folder in
         *     your own storage). Progress is reported to `webhookUrl` through the `participant-track-recording-*` events.
         *
         *     Sources differ on `fileFormat`: the API reference says only `webm` is supported (default `webm`), while the
         *     official server SDK also offers `mp4`, `m3u8` and `mp3` (UNCONFIRMED). A third-party OpenAPI description
         *     addresses tracks by `trackId`; that is wrong. The answer is the bare JSON string
         *     `"track recording started successfully."`.
         */
        post: operations["startTrackRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/track/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop recording a participant's track
         * @description Stops a track recording, identified by `roomId`, `participantId` and `kind` (all required; the kind must be
         *     the one that was started, per the official server SDK). This path does end in `/stop`. The answer is the
         *     bare JSON string `"track recording ended successfully."`; the files are announced by
         *     `participant-track-recording-stopped`.
         */
        post: operations["stopTrackRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List track recordings
         * @description Lists the track recordings of a room, optionally of one session or participant, page by page (`page` from 1,
         *     `perPage` default 20), in a `{pageInfo, data}` envelope. Items have `mode: track` and the recorded `kind`.
         *     `roomId` is marked REQUIRED on the docs page; the official server SDK treats it as optional.
         */
        get: operations["listTrackRecordings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/track/{trackRecordingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a track recording
         * @description Returns one track recording with its files (one file per time the track was enabled). While it runs, `end`
         *     is null and `files` may be empty. The docs page names the path parameter `trackRecordingId` in its table but
         *     `{recordingId}` in its URL; both mean the track recording's `id`.
         */
        get: operations["getTrackRecording"];
        put?: never;
        post?: never;
        /**
         * Delete a track recording
         * @description Deletes a track recording. The docs page names the path parameter `trackRecordingId` in its table but
         *     `{recordingId}` in its URL. The answer is the bare JSON string `"Track Recording deleted successfully."`.
         */
        delete: operations["deleteTrackRecording"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List merge recordings
         * @description Lists merge jobs, optionally filtered by `status`, `roomId`, `sessionId` or merge `id` (all optional). The
         *     envelope is `{pageInfo, recordings}`: the items are under **`recordings`**, not `data`. Paging with `page` and
         *     `perPage` is sent by the official server SDK but not shown on the docs page; the docs sample answers with
         *     `perPage: 10`, so the server default may be 10 rather than 20 (UNCONFIRMED). List items carry no
         *     `channel1`, `channel2` or `meetingId`. The docs redact the file's `filePath` and `fileUrl` as `<FILE_PATH>`
         *     and `<CDN_URL>`; the example fills in realistic values.
         */
        get: operations["listMergeRecordings"];
        put?: never;
        /**
         * Merge participant recordings into stereo audio
         * @description Starts a job that merges participant recordings of one session into one two-channel (stereo) audio file:
         *     the `channel1` sources on one channel, the `channel2` sources on the other. Each entry names a
         *     `participantId` and optionally the `recordingId` to use; without a `recordingId`, the participant's first
         *     available audio recording in the session is used. The job answers at once with `status: running`; the result
         *     is delivered to `webhookUrl` as `merge-recording-completed` or `merge-recording-failed`, or can be polled with
         *     `GET /v2/recordings/participant/merge/{mergeId}`.
         *
         *     The docs page marks `sessionId`, `channel1` and `channel2` REQUIRED and `webhookUrl` optional (the official
         *     server SDK agrees, and also refuses empty channels). The per-entry and global `type` (`participant` or
         *     `track`) and `dirPath` are sent only by the SDK (UNCONFIRMED). A third-party OpenAPI description sends
         *     `recordingIds` instead; that is wrong.
         */
        post: operations["createMergeRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/recordings/participant/merge/{mergeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a merge recording
         * @description Returns one merge job with its channels and, once `status` is `completed`, its `end` and merged `file`. The
         *     docs page names the path parameter `MERGE_ID`; the official server SDK calls it the muxer id. The docs
         *     redact the file's `filePath` and `fileUrl` as `<FILE_PATH>` and `<CDN_URL>`; the example fills in realistic
         *     values.
         */
        get: operations["getMergeRecording"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/livestreams/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an RTMP livestream
         * @description Pushes the composed live session of a room to one or more RTMP destinations (`outputs`, at least one).
         *     The room must have a live session.
         *
         *     * `config`: the docs describe only `layout` (`gridSize` at most 4), `theme` and `recording.enabled`. The
         *       official server SDK also sends `config.orientation` and `config.quality` for RTMP (UNCONFIRMED by the
         *       API reference; `mode` is not known for RTMP), allows `gridSize` 0–25 with a default of 25 (UNCONFIRMED)
         *       and always sends `layout.priority` (default `SPEAKER`) when a layout is given.
         *     * `transcription` (post-call transcription, with `summary` nested inside it) only works when
         *       `config.recording.enabled` is true.
         *     * `resourceId` is known only from the official server SDK (UNCONFIRMED).
         *     * The docs' sample request renders `outputs`, `config` and `transcription` as placeholder strings; the
         *       real values are the array and objects described here.
         *
         *     Answers with a bare JSON string. Stop the livestream with `POST /v2/livestreams/end`.
         */
        post: operations["startLivestream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/livestreams/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an RTMP livestream
         * @description Stops the livestream running in a room. The path ends in `/end`: VideoSDK's endpoint index lists
         *     `POST /v2/livestreams/stop`, but the reference page, its samples and the official server SDK use `/end`
         *     (whether `/stop` also works is UNCONFIRMED). The official server SDK also sends the livestream `id` when it
         *     knows it (UNCONFIRMED).
         *
         *     Answers with a bare JSON string.
         */
        post: operations["endLivestream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/livestreams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List RTMP livestreams
         * @description Lists the livestreams of your project, optionally only those of one room or session.
         *
         *     `roomId` is marked required in the 2024 docs but the official server SDK treats it as optional
         *     (UNCONFIRMED); it is optional here. The docs write the path with a trailing slash (`/v2/livestreams/`).
         */
        get: operations["listLivestreams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/livestreams/{livestreamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch an RTMP livestream
         * @description Returns one livestream by its id. The docs call the path parameter `RtmpId` in the table and `rtmpId` in
         *     the URL; it is the livestream `id`.
         */
        get: operations["getLivestream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hls/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an HLS stream
         * @description Starts streaming the composed live session of a room over HLS. The room must have a live session. Answers
         *     with the new stream, including its playback URLs: `playbackHlsUrl` (with DVR), `livestreamUrl` (live edge
         *     only) and the deprecated `downstreamUrl` (same as `playbackHlsUrl`). The `hls-playable` webhook tells when
         *     the playlist can be played.
         *
         *     * `config` takes `layout` (`gridSize` at most 25), `theme`, `mode`, `quality`, `orientation` (default
         *       `landscape`) and `recording.enabled`. The official server SDK always sends `layout.priority` (default
         *       `SPEAKER`) when a layout is given.
         *     * **Summary placement disagrees between sources.** The HLS docs page lists `summary` as a top-level body
         *       field next to `transcription` (`transcription: {enabled}`, `summary: {enabled, prompt}`); recordings,
         *       RTMP and `autoStartConfig` nest it as `transcription.summary`, and the official server SDK nests it for
         *       HLS too. Both are accepted by this description (UNCONFIRMED which one VideoSDK reads).
         *     * The official server SDK also sends `webhookUrl`, a top-level `recording` object instead of
         *       `config.recording`, and `resourceId` (all UNCONFIRMED).
         *     * The docs' sample request renders `config`, `transcription` and `summary` as placeholder strings; the
         *       real values are the objects described here.
         *
         *     Stop the stream with `POST /v2/hls/end`.
         */
        post: operations["startHls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hls/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an HLS stream
         * @description Stops the HLS stream running in a room. The path ends in `/end`: VideoSDK's endpoint index lists
         *     `POST /v2/hls/stop`, but the reference page, its samples and the official server SDK use `/end` (whether
         *     `/stop` also works is UNCONFIRMED). The official server SDK also sends the stream `id` when it knows it
         *     (UNCONFIRMED).
         *
         *     Answers with a bare JSON string.
         */
        post: operations["endHls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List HLS streams
         * @description Lists the HLS streams of your project, optionally only those of one room or session.
         *
         *     `roomId` is marked required in the 2024 docs but the official server SDK treats it as optional
         *     (UNCONFIRMED); it is optional here. The 2025 docs return `playbackHlsUrl` on each item, the 2024 docs
         *     returned `downstreamUrl` instead (both declared). The docs write the path with a trailing slash
         *     (`/v2/hls/`).
         */
        get: operations["listHls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hls/{hlsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch an HLS stream
         * @description Returns one HLS stream by its id (the docs name the parameter `HlsId`). The 2025 docs return
         *     `playbackHlsUrl`, the 2024 docs returned `downstreamUrl` instead (both declared). To find the stream
         *     running in a room, use `GET /v2/hls/{roomId}/active`.
         */
        get: operations["getHls"];
        put?: never;
        post?: never;
        /**
         * Delete an HLS stream
         * @description Deletes a finished HLS stream and its recording by id. Answers with a bare JSON string (note the space
         *     before `!`).
         */
        delete: operations["deleteHls"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hls/{roomId}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the active HLS stream of a room
         * @description Returns the HLS stream currently running in a room, wrapped in `{code, data}` (unlike the other HLS
         *     responses). `data.end` is null while the stream runs. The docs name the path parameter `MeetingId`; it is
         *     the room id.
         *
         *     When no HLS stream runs in the room the official server SDK expects a 404 (body UNCONFIRMED); an unknown
         *     room may answer 402 like other room calls. The 2025 docs return `playbackHlsUrl`, the 2024 docs returned
         *     `downstreamUrl` instead (both declared). The official server SDK reads `data.meetingId` when `data.roomId`
         *     is missing (UNCONFIRMED).
         */
        get: operations["getActiveHls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hls/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a thumbnail of an HLS stream
         * @description Captures one frame of a room's running HLS stream as an image on VideoSDK's CDN.
         *
         *     * `time` (seconds) captures the frame at that offset; without it the frame is captured in real time.
         *     * `width` and `height` default by the stream's quality and orientation: 1920×1080 (high), 1280×720 (med)
         *       and 854×480 (low) in landscape; 1080×1920, 720×1280 and 480×854 in portrait.
         *     * `format` is `jpg` (default), `png` or `webp`; `webp` only works for a real-time capture.
         *     * The docs' sample request sends `time` as the string `"1"` and `width`/`height` as `"see example"`; the
         *       real types are numbers. The docs' sample response shows `<cdn url>` and `<filename>` placeholders; the
         *       example below fills them in with the documented URL form (`https://cdn.videosdk.live/thumbnail/...`).
         */
        post: operations["captureHlsThumbnail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/v1/realtime-transcriptions/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start realtime transcription
         * @description Starts transcribing the active session of a room as it happens. The room must have an active session.
         *     Note the base path `/ai/v1`, not `/v2`. Answers with the transcription job (`status: running`); its id is
         *     the `transcriptionId`.
         *
         *     `webhookUrl` receives the `transcription-started`, `transcription-stopped` and `transcription-failed`
         *     events. The official server SDK also sends `modelId`, `language` (BCP-47) and `summary {enabled, prompt}`
         *     (disabled by default); these are not in the API reference (UNCONFIRMED).
         */
        post: operations["startRealtimeTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/v1/realtime-transcriptions/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop realtime transcription
         * @description Stops the realtime transcription running in a room (keyed by `roomId`, not by the transcription id).
         *     Answers with the job, now `status: completed` with an `end` time. Base path `/ai/v1`.
         */
        post: operations["endRealtimeTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/v1/realtime-transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List realtime transcriptions
         * @description Lists realtime transcription jobs. The items are under `transcriptions`, not `data`. Base path `/ai/v1`
         *     (the docs write it with a trailing slash).
         *
         *     **Filters disagree between sources.** The docs offer `roomId` and `sessionId`; the official server SDK
         *     says listing does not filter by room and supports only `status` and paging. All three are declared
         *     (UNCONFIRMED which ones the server applies).
         */
        get: operations["listRealtimeTranscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/v1/realtime-transcriptions/{transcriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a realtime transcription
         * @description Returns one realtime transcription job by its id, with the transcript and summary file URLs once it has
         *     completed. Base path `/ai/v1`. The docs give no sample response for this page; the example is built from
         *     the documented object.
         */
        get: operations["getRealtimeTranscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/v1/post-transcriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List post-call transcriptions and summaries
         * @description Lists the transcriptions (and AI summaries) made after recordings, HLS streams or RTMP livestreams ended.
         *     They are requested through the `transcription` option of those start calls or of `autoStartConfig`;
         *     there is no start endpoint here. The items are under `transcriptions`, not `data`. Base path `/ai/v1`
         *     (the docs write it with a trailing slash).
         *
         *     Whether `roomId` and `sessionId` are required is UNCONFIRMED (the 2024 predecessor marked all filters
         *     optional); they are optional here. The 2024 predecessor lived at `GET /v2/transcriptions/` and is
         *     superseded. The docs give no sample response for this page; the example is built from the documented
         *     object.
         */
        get: operations["listPostTranscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ai/v1/post-transcriptions/{transcriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch a post-call transcription
         * @description Returns one post-call transcription by its id: the source media (`filePath`), the transcript in JSON,
         *     SRT, TXT, TSV and VTT, and the AI summary when one was requested. Base path `/ai/v1`.
         */
        get: operations["getPostTranscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/public/rsa-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch the webhook public key
         * @description Returns the RSA public key (PEM) whose private half signs every webhook delivery. Verify the base64
         *     `videosdk-signature` header as RSA-SHA256 (RSASSA-PKCS1-v1_5) over the raw request body.
         *
         *     The response shape `{publicKey}` comes from the official server SDK, and whether the call needs an
         *     `Authorization` header is UNCONFIRMED: the docs only say "make a GET request", while the SDK sends its usual
         *     token. Both are allowed here. Cache the key, and fetch it again when a check fails (key rotation).
         */
        get: operations["getWebhookPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "participant-joined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-joined: a participant joined a session
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when a
         *     participant joins the meeting.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `participantName`.
         */
        post: operations["participantJoinedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-left: a participant left a session
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when a
         *     participant leaves the meeting.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `participantName`.
         */
        post: operations["participantLeftWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session-started: a session started
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when a new
         *     session of the room has started successfully.
         *
         *     `data`: `sessionId`, `meetingId` (the room id), `start` (date-time with a `+00:00` offset in the samples).
         */
        post: operations["sessionStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "session-ended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * session-ended: a session ended
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when all
         *     participants have left and the session is closed.
         *
         *     `data`: `sessionId`, `meetingId` (the room id), `start`, `end` (date-times).
         *
         *     The docs' sample has an impossible `end` (`2022-07-05T15:60:35.047+00:00`); the sample here uses the
         *     equivalent valid time `16:00:35`.
         */
        post: operations["sessionEndedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-starting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-starting: a meeting recording is being started
         * @description Sent when the recording of a meeting is initiated (`POST /v2/recordings/start`), to the room's
         *     `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) and to the call's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["recordingStartingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-started: a meeting recording has started
         * @description Sent when the meeting recording has started successfully, to the room's `webhook.endPoint` (when subscribed in
         *     `webhook.events` of `POST /v2/rooms`) and to the `webhookUrl` of `POST /v2/recordings/start`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["recordingStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-stopping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-stopping: a meeting recording is being stopped
         * @description Sent when stopping the meeting recording is initiated (`POST /v2/recordings/end` or the session ending), to
         *     the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) and to the recording's
         *     `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["recordingStoppingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-stopped: a meeting recording has stopped and its file is ready
         * @description Sent when the meeting recording has stopped successfully, to the room's `webhook.endPoint` (when subscribed in
         *     `webhook.events` of `POST /v2/rooms`) and to the recording's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `filePath` (path in storage) and `fileUrl` (download URL) of
         *     the recording file. Fetch the full recording object with `GET /v2/recordings?roomId=...&sessionId=...`.
         */
        post: operations["recordingStoppedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording-failed: a meeting recording failed
         * @description Sent when the process runs into an interruption or issue during either the starting or the stopping phase of a
         *     meeting recording, to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`)
         *     and to the recording's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`. No reason is included.
         */
        post: operations["recordingFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-recording-starting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-recording-starting: a participant recording is being started
         * @description Sent when a participant recording is initiated (`POST /v2/recordings/participant/start`), to the room's
         *     `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) and to the call's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `fileFormat` (`webm` in the docs).
         */
        post: operations["participantRecordingStartingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-recording-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-recording-started: a participant recording has started
         * @description Sent when a participant recording has started successfully, to the room's `webhook.endPoint` (when subscribed
         *     in `webhook.events` of `POST /v2/rooms`) and to the `webhookUrl` of `POST /v2/recordings/participant/start`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `fileFormat` (`webm` in the docs).
         */
        post: operations["participantRecordingStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-recording-stopping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-recording-stopping: a participant recording is being stopped
         * @description Sent when stopping a participant recording is initiated (`POST /v2/recordings/participant/stop`), to the
         *     room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) and to the recording's
         *     `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `fileFormat`.
         */
        post: operations["participantRecordingStoppingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-recording-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-recording-stopped: a participant recording has stopped and its files are ready
         * @description Sent when a participant recording has stopped successfully, to the room's `webhook.endPoint` (when subscribed
         *     in `webhook.events` of `POST /v2/rooms`) and to the recording's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `fileDetails` (array of `{filePath,
         *     fileUrl}`). Unlike the other participant-recording events it carries no `fileFormat`. The docs' sample file is
         *     an `/encoded/videos/<id>.mp4` path although participant recordings are documented as `webm` only.
         */
        post: operations["participantRecordingStoppedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-recording-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-recording-failed: a participant recording failed
         * @description Sent when the process runs into an interruption or issue during either the starting or the stopping phase of a
         *     participant recording, to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST
         *     /v2/rooms`) and to the recording's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`. No `fileFormat` and no reason.
         */
        post: operations["participantRecordingFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-track-recording-starting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-track-recording-starting: a track recording is being started
         * @description Sent when a track recording is initiated (`POST /v2/recordings/participant/track/start`), to the room's
         *     `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) and to the call's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `kind` (`audio`, `video`, `screen_audio` or
         *     `screen_video`).
         */
        post: operations["participantTrackRecordingStartingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-track-recording-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-track-recording-started: a track recording has started
         * @description Sent when a track recording has started successfully, to the room's `webhook.endPoint` (when subscribed in
         *     `webhook.events` of `POST /v2/rooms`) and to the `webhookUrl` of `POST
         *     /v2/recordings/participant/track/start`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `kind`.
         */
        post: operations["participantTrackRecordingStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-track-recording-stopping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-track-recording-stopping: a track recording is being stopped
         * @description Sent when stopping a track recording is initiated (`POST /v2/recordings/participant/track/stop`), to the
         *     room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) and to the recording's
         *     `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `kind`.
         */
        post: operations["participantTrackRecordingStoppingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-track-recording-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-track-recording-stopped: a track recording has stopped and its files are ready
         * @description Sent when a track recording has stopped successfully, to the room's `webhook.endPoint` (when subscribed in
         *     `webhook.events` of `POST /v2/rooms`) and to the recording's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `kind`, and `fileDetails` (array of
         *     `{filePath, fileUrl}`; a new file starts each time the participant re-enables the track).
         */
        post: operations["participantTrackRecordingStoppedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant-track-recording-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant-track-recording-failed: a track recording failed
         * @description Sent when the process runs into an interruption or issue during either the starting or the stopping phase of a
         *     track recording, to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`)
         *     and to the recording's `webhookUrl`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `participantId`, `kind`. No reason is included.
         */
        post: operations["participantTrackRecordingFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "merge-recording-completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * merge-recording-completed: participant recordings have been merged
         * @description Sent when a merge job (`POST /v2/recordings/participant/merge`) has merged the participant recordings, to the
         *     job's `webhookUrl` and to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST
         *     /v2/rooms`).
         *
         *     `data`: `id` (the merge id), `meetingId` (the room id), `sessionId`. Fetch the merged file with `GET
         *     /v2/recordings/participant/merge/{mergeId}`.
         */
        post: operations["mergeRecordingCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "merge-recording-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * merge-recording-failed: a merge job failed
         * @description Sent when a merge job fails during processing (e.g. missing recordings, sync issues, an internal error), to
         *     the job's `webhookUrl` and to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST
         *     /v2/rooms`).
         *
         *     `data`: `id` (the merge id), `meetingId` (the room id), `sessionId`, and an optional `message`. The docs write
         *     that key as `message?` with the value "error message, if any", i.e. it may be absent.
         */
        post: operations["mergeRecordingFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "livestream-starting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * livestream-starting: an RTMP livestream is being started
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when an RTMP
         *     livestream is initiated (`POST /v2/livestreams/start`).
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["livestreamStartingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "livestream-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * livestream-started: an RTMP livestream has started
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when the RTMP
         *     livestream has started successfully.
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["livestreamStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "livestream-stopping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * livestream-stopping: an RTMP livestream is being stopped
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when stopping
         *     the RTMP livestream is initiated (`POST /v2/livestreams/end`).
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["livestreamStoppingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "livestream-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * livestream-stopped: an RTMP livestream has stopped
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when the RTMP
         *     livestream has stopped.
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["livestreamStoppedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "livestream-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * livestream-failed: an RTMP livestream failed
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when the
         *     process runs into an interruption or issue during either the starting or the stopping phase of an RTMP
         *     livestream.
         *
         *     `data`: `meetingId` (the room id), `sessionId`. No reason is included.
         */
        post: operations["livestreamFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-starting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-starting: an HLS stream is being started
         * @description Sent when HLS streaming of a meeting is initiated (`POST /v2/hls/start`), to the room's `webhook.endPoint`
         *     (when subscribed in `webhook.events` of `POST /v2/rooms`) (and to the call's `webhookUrl`, which only the
         *     official server SDK sends; UNCONFIRMED).
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["hlsStartingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-started: HLS encoding has started
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when HLS
         *     encoding has started. The stream may not be playable yet: wait for `hls-playable`.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `playbackHlsUrl` (HLS with DVR playback).
         *
         *     Sources disagree on the URL key: the 2025 docs send `playbackHlsUrl`, the 2024 docs sent `downstreamUrl` (now
         *     deprecated). Both are declared and neither is required; read `playbackHlsUrl ?? downstreamUrl`.
         */
        post: operations["hlsStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-playable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-playable: the HLS stream is playable
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when the HLS
         *     stream is in a playable state: now embed `playbackHlsUrl` in your player.
         *
         *     `data`: `meetingId` (the room id), `sessionId`, `playbackHlsUrl` (live HLS with playback support) and, per the
         *     docs' prose, `livestreamUrl` (live HLS without playback support).
         *
         *     Sources disagree: the docs' prose says `livestreamUrl` is delivered too, but the 2025 sample only has
         *     `playbackHlsUrl` (UNCONFIRMED), and the 2024 docs sent the now-deprecated `downstreamUrl` instead. All three
         *     are declared, none is required.
         */
        post: operations["hlsPlayableWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-stopping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-stopping: an HLS stream is being stopped
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when stopping
         *     HLS is initiated (`POST /v2/hls/end`).
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["hlsStoppingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-stopped: an HLS stream has stopped
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when the HLS
         *     stream has stopped.
         *
         *     `data`: `meetingId` (the room id), `sessionId`.
         */
        post: operations["hlsStoppedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "hls-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * hls-failed: an HLS stream failed
         * @description Sent to the room's `webhook.endPoint` (when subscribed in `webhook.events` of `POST /v2/rooms`) when the
         *     process runs into an interruption or issue during either the starting or the stopping phase of HLS streaming.
         *
         *     `data`: `meetingId` (the room id), `sessionId`. No reason is included.
         */
        post: operations["hlsFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcription-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcription-started: a transcription has started
         * @description Sent when a realtime or post-call transcription has started successfully, to the `webhookUrl` given when the
         *     transcription was started (e.g. `POST /ai/v1/realtime-transcriptions/start`). Not in the room-level event
         *     list.
         *
         *     `data`: `id` (the transcription id), `type`, `meetingId` (the room id), `sessionId`.
         *
         *     `type` is `realtime` in the docs' sample; the value for post-call transcriptions is UNCONFIRMED, so it is an
         *     open string.
         */
        post: operations["transcriptionStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcription-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcription-stopped: a transcription has stopped
         * @description Sent when a realtime or post-call transcription has stopped successfully, to the `webhookUrl` given when the
         *     transcription was started. Not in the room-level event list.
         *
         *     `data`: `id` (the transcription id), `type`, `meetingId` (the room id), `sessionId`.
         *
         *     `type` is `realtime` in the docs' sample; the value for post-call transcriptions is UNCONFIRMED.
         */
        post: operations["transcriptionStoppedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcription-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcription-failed: a transcription failed
         * @description Sent when the process runs into an interruption or issue during either the starting or the stopping phase of a
         *     realtime or post-call transcription, to the `webhookUrl` given when the transcription was started. Not in the
         *     room-level event list.
         *
         *     `data`: `id` (the transcription id), `type`, `meetingId` (the room id), `sessionId`. No reason is included.
         *
         *     `type` is `realtime` in the docs' sample; the value for post-call transcriptions is UNCONFIRMED.
         */
        post: operations["transcriptionFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcription-completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcription-completed: a post-call transcription completed (2024 payload)
         * @description Sent when a post-call transcription (and summary) made after a recording has completed, to the `webhookUrl`
         *     given to start the recording.
         *
         *     `data`: `id` (the transcription id) and `roomId` (not `meetingId`).
         *
         *     This event and its payload come from a 2024 docs branch (feature/transcription-summary). The 2025 webhook list
         *     no longer documents it (it documents `transcription-started`/`-stopped`/`-failed` instead), although the 2025
         *     create-room page still lists `transcription-completed` as a subscribable room event. The current payload is
         *     UNCONFIRMED.
         */
        post: operations["transcriptionCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "resource-acquired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * resource-acquired: a composition resource was acquired
         * @description Sent when a pre-acquired composition resource (Enterprise resource pool, `POST /v2/resource/acquire`, which is
         *     not part of this description) has been acquired and is ready for composition, to that call's `webhookUrl`.
         *
         *     `data`: `id` (the resource id) and `type` (`recording` in the sample; `hls` and `rtmp` are the other acquire
         *     types known from the official server SDK, UNCONFIRMED).
         */
        post: operations["resourceAcquiredWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ai-deployment-session-starting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ai-deployment-session-starting: an AI-deployment session is queued
         * @description Sent when an AI-agent deployment session has been started and is in the `Queued` state.
         *
         *     `data`: `sessionId` (the AI-deployment session id, `session-<uuid>` in the sample, not a meeting session).
         *
         *     AI deployments (`/ai/v1/ai-deployment-sessions`) are outside this description; VideoSDK's agent-cloud docs
         *     deliver these events to the `webhook.endPoint` given when the deployment session is started. The official
         *     server SDK knows newer `agent-session-*` names for these events
         *     (UNCONFIRMED).
         */
        post: operations["aiDeploymentSessionStartingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ai-deployment-session-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ai-deployment-session-started: an AI-deployment session is running
         * @description Sent when an AI-agent deployment session has started and is in the `Running` state.
         *
         *     `data`: `sessionId` (the AI-deployment session id, not a meeting session).
         *
         *     The official server SDK knows a newer `agent-session-started` name for this event (UNCONFIRMED).
         */
        post: operations["aiDeploymentSessionStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ai-deployment-session-stopping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ai-deployment-session-stopping: an AI-deployment session is stopping
         * @description Sent when stopping an AI-agent deployment session has been initiated and it is in the `Stopping` state.
         *
         *     `data`: `sessionId` (the AI-deployment session id, not a meeting session).
         *
         *     The official server SDK knows a newer `agent-session-stopping` name for this event (UNCONFIRMED).
         */
        post: operations["aiDeploymentSessionStoppingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ai-deployment-session-stopped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ai-deployment-session-stopped: an AI-deployment session has stopped
         * @description Sent when an AI-agent deployment session has stopped and is in the `Stopped` state.
         *
         *     `data`: `sessionId` (the AI-deployment session id, not a meeting session).
         *
         *     The official server SDK knows a newer `agent-session-stopped` name for this event (UNCONFIRMED).
         */
        post: operations["aiDeploymentSessionStoppedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "ai-deployment-session-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * ai-deployment-session-failed: an AI-deployment session failed
         * @description Sent when an AI-agent deployment session has failed and is in the `Failed` state.
         *
         *     `data`: `sessionId` (the AI-deployment session id, not a meeting session). No reason is included.
         *
         *     The official server SDK knows a newer `agent-session-failed` name for this event (UNCONFIRMED).
         */
        post: operations["aiDeploymentSessionFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Any webhook body VideoSDK may POST, told apart by `webhookType`. (The official server SDK also accepts the
         *     event name under a `type` key; only `webhookType` is documented.)
         */
        WebhookEvent: components["schemas"]["ParticipantJoinedEvent"] | components["schemas"]["ParticipantLeftEvent"] | components["schemas"]["SessionStartedEvent"] | components["schemas"]["SessionEndedEvent"] | components["schemas"]["RecordingStartingEvent"] | components["schemas"]["RecordingStartedEvent"] | components["schemas"]["RecordingStoppingEvent"] | components["schemas"]["RecordingStoppedEvent"] | components["schemas"]["RecordingFailedEvent"] | components["schemas"]["ParticipantRecordingStartingEvent"] | components["schemas"]["ParticipantRecordingStartedEvent"] | components["schemas"]["ParticipantRecordingStoppingEvent"] | components["schemas"]["ParticipantRecordingStoppedEvent"] | components["schemas"]["ParticipantRecordingFailedEvent"] | components["schemas"]["ParticipantTrackRecordingStartingEvent"] | components["schemas"]["ParticipantTrackRecordingStartedEvent"] | components["schemas"]["ParticipantTrackRecordingStoppingEvent"] | components["schemas"]["ParticipantTrackRecordingStoppedEvent"] | components["schemas"]["ParticipantTrackRecordingFailedEvent"] | components["schemas"]["MergeRecordingCompletedEvent"] | components["schemas"]["MergeRecordingFailedEvent"] | components["schemas"]["LivestreamStartingEvent"] | components["schemas"]["LivestreamStartedEvent"] | components["schemas"]["LivestreamStoppingEvent"] | components["schemas"]["LivestreamStoppedEvent"] | components["schemas"]["LivestreamFailedEvent"] | components["schemas"]["HlsStartingEvent"] | components["schemas"]["HlsStartedEvent"] | components["schemas"]["HlsPlayableEvent"] | components["schemas"]["HlsStoppingEvent"] | components["schemas"]["HlsStoppedEvent"] | components["schemas"]["HlsFailedEvent"] | components["schemas"]["TranscriptionStartedEvent"] | components["schemas"]["TranscriptionStoppedEvent"] | components["schemas"]["TranscriptionFailedEvent"] | components["schemas"]["TranscriptionCompletedEvent"] | components["schemas"]["ResourceAcquiredEvent"] | components["schemas"]["AiDeploymentSessionStartingEvent"] | components["schemas"]["AiDeploymentSessionStartedEvent"] | components["schemas"]["AiDeploymentSessionStoppingEvent"] | components["schemas"]["AiDeploymentSessionStoppedEvent"] | components["schemas"]["AiDeploymentSessionFailedEvent"];
        /**
         * @description The name of a webhook event, sent as `webhookType`. Subscribe a room to events with
         *     `webhook.events` on `POST /v2/rooms`; per-call `webhookUrl`s receive the events of that call.
         * @enum {string}
         */
        WebhookEventType: "participant-joined" | "participant-left" | "session-started" | "session-ended" | "recording-starting" | "recording-started" | "recording-stopping" | "recording-stopped" | "recording-failed" | "participant-recording-starting" | "participant-recording-started" | "participant-recording-stopping" | "participant-recording-stopped" | "participant-recording-failed" | "participant-track-recording-starting" | "participant-track-recording-started" | "participant-track-recording-stopping" | "participant-track-recording-stopped" | "participant-track-recording-failed" | "merge-recording-completed" | "merge-recording-failed" | "livestream-starting" | "livestream-started" | "livestream-stopping" | "livestream-stopped" | "livestream-failed" | "hls-starting" | "hls-started" | "hls-playable" | "hls-stopping" | "hls-stopped" | "hls-failed" | "transcription-started" | "transcription-stopped" | "transcription-failed" | "transcription-completed" | "resource-acquired" | "ai-deployment-session-starting" | "ai-deployment-session-started" | "ai-deployment-session-stopping" | "ai-deployment-session-stopped" | "ai-deployment-session-failed";
        /**
         * @description Where a page sits in a paginated list. All four are whole numbers: `currentPage` and `perPage` at least 1,
         *     `lastPage` and `total` at least 0, and `currentPage` is at most `lastPage` on a page that holds items (a
         *     relation JSON Schema cannot express, so the mock's `--dynamic` answers may break it).
         */
        PageInfo: {
            /**
             * @description The 1-based number of this page.
             * @example 1
             */
            currentPage: number;
            /**
             * @description Items per page, as requested (or the server's default).
             * @example 20
             */
            perPage: number;
            /**
             * @description The number of the last page (0 or 1 when the list is empty).
             * @example 1
             */
            lastPage: number;
            /**
             * @description The number of items across all pages.
             * @example 2
             */
            total: number;
        };
        /** @description The owner of a room, as embedded in list, fetch and deactivate answers. */
        RoomUser: {
            /**
             * @description The owner's e-mail address.
             * @example john@videosdk.live
             */
            email?: string;
            /**
             * @description The owner's name.
             * @example John
             */
            name?: string;
            /**
             * @description Why the owner's account was discontinued, or null.
             * @example null
             */
            discontinuedReason?: string | null;
            /**
             * @description The owner's user id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other
             *     forms.
             * @example 5f7edbb14c938bcd42944527
             */
            id?: string;
        };
        /** @description Links to related resources. `get_session` is often the bare `https://api.videosdk.live/v2/sessions/`. */
        ResourceLinks: {
            /**
             * Format: uri
             * @description URL of the room.
             * @example https://api.videosdk.live/v2/rooms/abcd-efgh-ijkl
             */
            get_room?: string;
            /**
             * Format: uri
             * @description URL of the session (sometimes only the sessions collection).
             * @example https://api.videosdk.live/v2/sessions/621497578bea0d0404c35c4c
             */
            get_session?: string;
            /**
             * Format: uri
             * @description URL of the session's participant list (on active-participant responses).
             */
            get_all_participants?: string;
        };
        /**
         * @description A webhook event a room can subscribe to (the list on the 2025 create-room page; the 2024 list stopped at
         *     the recording, livestream and HLS families). `transcription-completed` is still listed here, while the 2025
         *     webhook page documents `transcription-started`, `transcription-stopped` and `transcription-failed` instead.
         * @enum {string}
         */
        RoomWebhookEvent: "participant-joined" | "participant-left" | "session-started" | "session-ended" | "recording-starting" | "recording-started" | "recording-stopping" | "recording-stopped" | "recording-failed" | "participant-recording-starting" | "participant-recording-started" | "participant-recording-stopping" | "participant-recording-stopped" | "participant-recording-failed" | "merge-recording-completed" | "merge-recording-failed" | "participant-track-recording-starting" | "participant-track-recording-started" | "participant-track-recording-stopping" | "participant-track-recording-stopped" | "participant-track-recording-failed" | "transcription-completed" | "livestream-starting" | "livestream-started" | "livestream-stopping" | "livestream-stopped" | "livestream-failed" | "hls-starting" | "hls-started" | "hls-playable" | "hls-stopping" | "hls-stopped" | "hls-failed";
        /** @description Where VideoSDK POSTs the room's events, and which events. */
        RoomWebhook: {
            /**
             * Format: uri
             * @description Your endpoint URL; it must accept POST. The official server SDK limits it to 512 characters.
             * @example https://example.com/videosdk/webhook
             */
            endPoint?: string;
            /**
             * @description The events to deliver.
             * @example [
             *       "session-started",
             *       "session-ended",
             *       "recording-stopped"
             *     ]
             */
            events?: (components["schemas"]["RoomWebhookEvent"] | string)[];
        };
        /**
         * @description What happens after `duration`: `session-ends` closes the running session; `session-end-and-deactivate`
         *     closes it and permanently deactivates the room, so only one session can ever run in it. The official
         *     server SDK defaults to `session-ends`.
         * @enum {string}
         */
        AutoCloseType: "session-ends" | "session-end-and-deactivate";
        /** @description Closes the room's session automatically after a time. */
        AutoCloseConfig: {
            type?: components["schemas"]["AutoCloseType"];
            /**
             * @description How long before the session is closed, in **minutes** (docs; default 480). The official server SDK's
             *     comment and field name (`afterInactiveSeconds`) say seconds instead (UNCONFIRMED which is right).
             * @default 480
             * @example 60
             */
            duration: number;
        };
        /** @description An AI summary of the transcription. */
        SummaryConfig: {
            /** @description Generate a summary. */
            enabled?: boolean;
            /**
             * @description Free-text instructions for the summary.
             * @example Write summary in sections like Title, Agenda, Speakers, Action Items, Outlines, Notes and Summary
             */
            prompt?: string;
        };
        /** @description Post-call transcription of the composition, with an optional AI summary. */
        TranscriptionConfig: {
            /** @description Transcribe the composition after it ends. */
            enabled?: boolean;
            summary?: components["schemas"]["SummaryConfig"];
        };
        /**
         * @description How participants are arranged.
         * @default GRID
         * @enum {string}
         */
        LayoutType: "GRID" | "SPOTLIGHT" | "SIDEBAR";
        /**
         * @description Who gets the main place in the layout.
         * @default SPEAKER
         * @enum {string}
         */
        LayoutPriority: "SPEAKER" | "PIN";
        /**
         * @description The layout of a meeting recording or RTMP livestream. Its grid holds at most 4 tiles according to the docs, and
         *     up to 25 according to the official server SDK (see `gridSize`).
         */
        RecordingLayout: {
            type?: components["schemas"]["LayoutType"];
            priority?: components["schemas"]["LayoutPriority"];
            /**
             * @description Tiles in the grid. Sources disagree: the docs say at most 4 for recordings and RTMP, the official server SDK
             *     allows 0 to 25 with a default of 25. UNCONFIRMED which limit the API enforces, so the schema accepts 0 to 25;
             *     stay at 4 or below to be safe.
             */
            gridSize?: number;
        };
        /**
         * @description Colour theme of the composition. Default UNCONFIRMED.
         * @enum {string}
         */
        Theme: "DARK" | "LIGHT" | "DEFAULT";
        /**
         * @description Record or stream video and audio, or audio only.
         * @default video-and-audio
         * @enum {string}
         */
        CompositionMode: "video-and-audio" | "audio";
        /**
         * @description Output quality; it only matters in `video-and-audio` mode. The official server SDK also offers `ultra`
         *     (UNCONFIRMED by the API reference).
         * @default med
         * @enum {string}
         */
        Quality: "low" | "med" | "high" | "ultra";
        /**
         * @description Output orientation.
         * @default landscape
         * @enum {string}
         */
        Orientation: "landscape" | "portrait";
        /** @description The composition of a meeting recording (also used by `autoStartConfig.recording`). */
        RecordingConfig: {
            layout?: components["schemas"]["RecordingLayout"];
            theme?: components["schemas"]["Theme"];
            mode?: components["schemas"]["CompositionMode"];
            quality?: components["schemas"]["Quality"];
            orientation?: components["schemas"]["Orientation"];
        };
        /** @description A meeting recording started automatically when a session begins. */
        AutoStartRecordingConfig: {
            /**
             * Format: uri
             * @description A custom layout page to record instead of the built-in composition.
             */
            templateUrl?: string;
            transcription?: components["schemas"]["TranscriptionConfig"];
            config?: components["schemas"]["RecordingConfig"];
            /**
             * @description The folder in your configured cloud bucket (S3, Azure Blob or GCP) to upload to.
             * @example /meeting-recordings/
             */
            awsDirPath?: string;
        };
        /** @description The layout of an HLS stream (at most 25 tiles). */
        HlsLayout: {
            type?: components["schemas"]["LayoutType"];
            priority?: components["schemas"]["LayoutPriority"];
            /** @description Tiles in the grid, at most 25 for HLS (the official server SDK allows 0 to 25, default 25; UNCONFIRMED). */
            gridSize?: number;
        };
        /** @description Also record the stream (HLS and RTMP only). */
        CompositionToggle: {
            /** @description Record the stream as well. */
            enabled?: boolean;
        };
        /** @description The composition of an HLS stream (also used by `autoStartConfig.hls`). */
        HlsConfig: {
            layout?: components["schemas"]["HlsLayout"];
            theme?: components["schemas"]["Theme"];
            mode?: components["schemas"]["CompositionMode"];
            quality?: components["schemas"]["Quality"];
            orientation?: components["schemas"]["Orientation"];
            recording?: components["schemas"]["CompositionToggle"];
        };
        /** @description An HLS stream started automatically when a session begins. */
        AutoStartHlsConfig: {
            /**
             * Format: uri
             * @description A custom layout page to stream instead of the built-in composition.
             */
            templateUrl?: string;
            transcription?: components["schemas"]["TranscriptionConfig"];
            config?: components["schemas"]["HlsConfig"];
        };
        /** @description Compositions to start automatically when a session of the room begins. */
        AutoStartConfig: {
            recording?: components["schemas"]["AutoStartRecordingConfig"];
            hls?: components["schemas"]["AutoStartHlsConfig"];
            /** @description Composite-recording options (UNCONFIRMED: known only from the official server SDK). */
            composite?: Record<string, never>;
        };
        /**
         * @description Allow several compositions of the same type to run at once (UNCONFIRMED: known only from the official
         *     server SDK).
         */
        RoomMultiComposition: {
            /** @description Allow several meeting recordings at once. */
            recording?: boolean;
            /** @description Allow several HLS streams at once. */
            hls?: boolean;
            /** @description Allow several RTMP livestreams at once. */
            rtmp?: boolean;
        };
        /**
         * @description A room (meeting place) with a stable id. Create and validate answers carry the owner as `userId`; list and
         *     fetch answers carry a `user` object instead. The official server SDK also types `geoFence`, `webhook`,
         *     `autoCloseConfig`, `autoStartConfig`, `multiComposition` and `allowedParticipantIds` on the room; no
         *     documentation sample shows them (UNCONFIRMED on the wire).
         */
        Room: {
            /**
             * @description The VideoSDK room id. Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example abc-xyzw-lmno
             */
            roomId: string;
            /**
             * @description Your own id for the room, when one was given at creation.
             * @example final-testing
             */
            customRoomId?: string | null;
            /**
             * @description The owner's user id (on create, validate and update answers). Usually a 24-character hex ObjectId; not enforced:
             *     VideoSDK's own examples show other forms.
             * @example 5f7edbb14c938bcd42944527
             */
            userId?: string;
            user?: components["schemas"]["RoomUser"];
            /**
             * @description True once the room is deactivated.
             * @example false
             */
            disabled?: boolean;
            /**
             * Format: date-time
             * @description When the room was created.
             * @example 2022-03-25T04:49:11.024Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the room was last changed.
             * @example 2022-03-25T04:49:11.024Z
             */
            updatedAt?: string;
            /**
             * @description The internal id of the room. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example 623d49c760a18e699abcc8a4
             */
            id: string;
            links?: components["schemas"]["ResourceLinks"];
            /** @description The region the room is fenced to (UNCONFIRMED: known only from the official server SDK). */
            geoFence?: string | null;
            webhook?: components["schemas"]["RoomWebhook"];
            autoCloseConfig?: components["schemas"]["AutoCloseConfig"];
            autoStartConfig?: components["schemas"]["AutoStartConfig"];
            multiComposition?: components["schemas"]["RoomMultiComposition"];
            /** @description Participant ids allowed to join (UNCONFIRMED: known only from the official server SDK). */
            allowedParticipantIds?: string[];
        };
        /** @description One page of rooms. */
        RoomList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The rooms on this page (each with a `user` object rather than `userId`). */
            data: components["schemas"]["Room"][];
        };
        /** @description An error object. Either `message` or `error` carries the text. */
        ErrorObject: {
            /**
             * @description What went wrong.
             * @example Token is invalid or expired
             */
            message?: string;
            /** @description What went wrong (alternative key). */
            error?: string;
            /** @description An application error code, when one is sent (a number or a string). */
            code?: number | string;
            /** @description The HTTP status repeated in the body, when sent. */
            statusCode?: number;
        };
        /**
         * @description The body of an error response. VideoSDK does not document its error bodies: observed and expected forms are
         *     `{"message": "..."}`, `{"error": "..."}` and a plain string, so all three are allowed (UNCONFIRMED which one
         *     each endpoint uses).
         */
        ErrorBody: components["schemas"]["ErrorObject"] | string;
        /**
         * @description Where VideoSDK should POST the room's events, and which events. As `RoomWebhook`, with bounds on `events` so
         *     that a pattern stays a name-sized string (the longest event name has 35 characters).
         */
        RoomWebhookOptions: {
            /**
             * Format: uri
             * @description Your endpoint URL; it must accept POST. The official server SDK limits it to 512 characters.
             * @example https://example.com/videosdk/webhook
             */
            endPoint?: string;
            /**
             * @description The events to deliver (at most 100 names or patterns).
             * @example [
             *       "session-started",
             *       "session-ended",
             *       "recording-stopped"
             *     ]
             */
            events?: (components["schemas"]["RoomWebhookEvent"] | string)[];
        };
        /**
         * @description A region code a room can be fenced to (UNCONFIRMED: known only from the official server SDK, which falls
         *     back to the API key's region).
         * @enum {string}
         */
        RoomGeoFence: "us001" | "uk001" | "sg001" | "eu001" | "uae001" | "in001" | "in002" | "in003" | "sg002" | "us002" | "aus001" | "dev1";
        /** @description The options of a new room. Every field is optional; an empty `{}` body is valid. */
        RoomCreateOptions: {
            /**
             * @description Your own id for the room. According to the official server SDK, re-using an existing `customRoomId`
             *     returns the existing room instead of creating a second one (UNCONFIRMED by the API reference).
             * @example aaa-bbb-ccc
             */
            customRoomId?: string;
            webhook?: components["schemas"]["RoomWebhookOptions"];
            autoCloseConfig?: components["schemas"]["AutoCloseConfig"];
            autoStartConfig?: components["schemas"]["AutoStartConfig"];
            /**
             * @deprecated
             * @description Discontinued (2024 docs): servers are now picked automatically; contact VideoSDK sales for geo-fencing.
             *     The official example server still sends it.
             * @example sg001
             */
            region?: string;
            /**
             * @description The region to fence the room to (UNCONFIRMED: known only from the official server SDK). Known codes are
             *     listed in `RoomGeoFence`; other strings are allowed.
             */
            geoFence?: components["schemas"]["RoomGeoFence"] | string;
            multiComposition?: components["schemas"]["RoomMultiComposition"];
            /** @description Only these participant ids may join (UNCONFIRMED: known only from the official server SDK). */
            allowedParticipantIds?: string[];
        };
        /**
         * @description Whether a room is enabled or disabled.
         * @enum {string}
         */
        RoomStatus: "enabled" | "disabled";
        /** @description The new status of the room. */
        RoomStatusUpdate: {
            status: components["schemas"]["RoomStatus"];
        };
        /** @description The room after a status update (2024 docs only). */
        UpdatedRoom: {
            status?: components["schemas"]["RoomStatus"];
            /**
             * @description The room id. Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`); not
             *     enforced.
             * @example abcd-xyzw-lmno
             */
            roomId?: string;
            /** @description Your own id for the room. */
            customRoomId?: string | null;
            /**
             * @description The owner's user id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other
             *     forms.
             */
            userId?: string;
            /**
             * Format: date-time
             * @description When the room was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the room was last changed.
             */
            updatedAt?: string;
            /**
             * @description The internal id of the room. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             */
            id?: string;
            links?: components["schemas"]["ResourceLinks"];
        };
        /** @description The room to deactivate. */
        RoomDeactivateOptions: {
            /**
             * @description The VideoSDK room id. Only the roomId works: a customRoomId is rejected with 402 (official server SDK).
             * @example abcd-efgh-ijkl
             */
            roomId: string;
        };
        /**
         * @description The raw room document after deactivation. It uses VideoSDK's storage names: `meetingId` is the roomId and
         *     `userMeetingId` the customRoomId, and it embeds the room's webhook configuration and owner.
         */
        DeactivatedRoom: {
            webhook?: components["schemas"]["RoomWebhook"];
            /**
             * @description Always true after deactivation.
             * @example true
             */
            disabled?: boolean;
            /**
             * @description The room id (legacy name of `roomId`). Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example aaaa-aaaa-aaaa
             */
            meetingId?: string;
            /**
             * @description The custom room id (legacy name of `customRoomId`).
             * @example testmeetingid
             */
            userMeetingId?: string | null;
            /**
             * @description The owner's user id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other
             *     forms.
             */
            userId?: string;
            /**
             * Format: date-time
             * @description When the room was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the room was deactivated (last changed).
             */
            updatedAt?: string;
            user?: components["schemas"]["RoomUser"];
            /**
             * @description The internal id of the room. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example 632490c0ae9e352e3600d79a
             */
            id?: string;
        };
        /**
         * @description Whether the session is still running.
         * @enum {string}
         */
        SessionStatus: "ongoing" | "ended";
        /** @description One stay of a participant in the session (a participant who rejoins has several). */
        ParticipantTimelog: {
            /**
             * Format: date-time
             * @description When the participant joined.
             * @example 2022-02-22T07:26:44.465Z
             */
            start?: string;
            /**
             * Format: date-time
             * @description When the participant left; null while still connected.
             * @example 2022-02-22T07:48:32.553Z
             */
            end?: string | null;
        };
        /** @description A participant of a session. */
        Participant: {
            /**
             * @description The internal id of the participant record (on some answers only). Usually a 24-character hex ObjectId; not
             *     enforced: VideoSDK's own examples show other forms.
             * @example 621490341a4fb00409e38ca6
             */
            _id?: string;
            /**
             * @description The participant id (short random string, or the id given in the participant's token).
             * @example hasm43
             */
            participantId: string;
            /**
             * @description The display name.
             * @example test-1
             */
            name?: string;
            /** @description When the participant joined and left. */
            timelog?: components["schemas"]["ParticipantTimelog"][];
        };
        /**
         * @description One live occurrence of a room. Which fields are present depends on the endpoint: `userId`, `customRoomId`,
         *     `activeDuration` and `chatLink` appear on the fetch-session answer; the participants list carries only
         *     `id`, `roomId`, `customRoomId`, `participants` and `links`. The official server SDK also normalises
         *     `meetingId`/`userMeetingId` keys on the end-session answer (UNCONFIRMED which naming the server uses).
         */
        Session: {
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 621490331a4fb00409e38ca4
             */
            id: string;
            /**
             * @description The owner's user id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other
             *     forms.
             * @example 5f7edbb14c938bcd42944527
             */
            userId?: string;
            /**
             * @description The room the session ran in. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abc-xyzw-lmno
             */
            roomId?: string;
            /**
             * @description The room's custom id, when it has one.
             * @example testing-room
             */
            customRoomId?: string | null;
            /**
             * @description The room id under its legacy name (UNCONFIRMED: known only from the official server SDK). Usually three
             *     dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`); not enforced.
             */
            meetingId?: string;
            /** @description The custom room id under its legacy name (UNCONFIRMED: known only from the official server SDK). */
            userMeetingId?: string | null;
            /**
             * Format: date-time
             * @description When the session started.
             * @example 2022-02-22T07:26:43.863Z
             */
            start?: string;
            /**
             * Format: date-time
             * @description When the session ended; null while it runs.
             * @example 2022-02-22T07:48:32.553Z
             */
            end?: string | null;
            /** @description Everyone who joined, including those who left. */
            participants?: components["schemas"]["Participant"][];
            /**
             * @description Active duration of the session (unit UNCONFIRMED; the sample shows 0).
             * @example 0
             */
            activeDuration?: number;
            /**
             * Format: uri
             * @description A CSV export of the session's chat.
             * @example https://cdn.videosdk.live/chats/abc-xyzw-lmno-621490331a4fb00409e38ca4-5f7edbb14c938bcd42944527.csv
             */
            chatLink?: string;
            status?: components["schemas"]["SessionStatus"];
            links?: components["schemas"]["ResourceLinks"];
        };
        /** @description One page of sessions. */
        SessionList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The sessions on this page. */
            data: components["schemas"]["Session"][];
        };
        /**
         * @description One page of a session's participants. Unlike other lists, `data` is **one session object**, and the page
         *     applies to its `participants` array.
         */
        SessionParticipantList: {
            pageInfo: components["schemas"]["PageInfo"];
            data: components["schemas"]["Session"];
        };
        /** @description The participant's media toggles by kind. The shape of the items is UNCONFIRMED (the samples are empty). */
        ParticipantMediaEvents: {
            /** @description Microphone on/off events. */
            mic?: unknown[];
            /** @description Camera on/off events. */
            webcam?: unknown[];
            /** @description Screen-share start/stop events. */
            screenShare?: unknown[];
            /** @description Screen-share audio start/stop events. */
            screenShareAudio?: unknown[];
        };
        /** @description The participant's browser. */
        ParticipantBrowser: {
            /**
             * @description Browser name.
             * @example Firefox
             */
            name?: string;
            /**
             * @description Browser version.
             * @example 115.0
             */
            version?: string;
        };
        /** @description The participant's operating system. */
        ParticipantOs: {
            /**
             * @description Operating-system name.
             * @example Linux
             */
            name?: string;
        };
        /** @description The participant's device class. */
        ParticipantPlatform: {
            /**
             * @description Device class, e.g. `desktop`.
             * @example desktop
             */
            type?: string;
        };
        /** @description The parsed user agent of the participant's browser. */
        ParticipantBrowserUserAgent: {
            browser?: components["schemas"]["ParticipantBrowser"];
            os?: components["schemas"]["ParticipantOs"];
            platform?: components["schemas"]["ParticipantPlatform"];
        };
        /** @description The client SDK and device the participant joined with. */
        ParticipantDeviceInfo: {
            /**
             * @description The client SDK, e.g. `prebuilt`.
             * @example prebuilt
             */
            sdkType?: string;
            /**
             * @description The client SDK version.
             * @example 0.3.29
             */
            sdkVersion?: string;
            /**
             * @description The device class, e.g. `desktop`.
             * @example desktop
             */
            platform?: string;
            browserUserAgent?: components["schemas"]["ParticipantBrowserUserAgent"];
        };
        /**
         * @description How a participant takes part. Known values: `SEND_AND_RECV` (2025 docs) and `CONFERENCE` (2024 docs, the
         *     older name). Other values (for example receive-only or signalling-only modes) are UNCONFIRMED, so any string
         *     is allowed.
         * @example SEND_AND_RECV
         * @example CONFERENCE
         */
        ParticipantMode: string;
        /** @description One change of the participant's mode. */
        ParticipantModeChange: {
            mode?: components["schemas"]["ParticipantMode"];
            /**
             * Format: date-time
             * @description When the mode was set (a single timestamp, despite the name).
             * @example 2023-07-24T08:28:09.650Z
             */
            timelog?: string;
            /**
             * @description The internal id of the record. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             */
            _id?: string;
        };
        /** @description Where the participant connects from. */
        ParticipantGeoLocation: {
            /**
             * @description City.
             * @example Surat
             */
            city?: string;
            /**
             * @description Region or state.
             * @example Gujarat
             */
            region?: string;
            /**
             * @description Country.
             * @example India
             */
            country?: string;
        };
        /** @description A connected participant, with device, mode and location details. */
        ActiveParticipant: {
            /**
             * @description The internal id of the participant record. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own
             *     examples show other forms.
             */
            _id?: string;
            /**
             * @description The participant id.
             * @example iqpq5uen
             */
            participantId: string;
            /**
             * @description The display name.
             * @example demo1
             */
            name?: string;
            events?: components["schemas"]["ParticipantMediaEvents"];
            /** @description When the participant joined and left. */
            timelog?: components["schemas"]["ParticipantTimelog"][];
            /**
             * @description Time the participant took to join, in seconds.
             * @example 0.123
             */
            initTime?: number;
            deviceInfo?: components["schemas"]["ParticipantDeviceInfo"];
            /** @description Every mode the participant has been in. */
            changeModeHistory?: components["schemas"]["ParticipantModeChange"][];
            mode?: components["schemas"]["ParticipantMode"];
            geoLocation?: components["schemas"]["ParticipantGeoLocation"];
        };
        /** @description A running session as stored by VideoSDK, with its connected participants. It carries `_id` rather than `id`. */
        ActiveSession: {
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 64bb3619669942e088479mm0
             */
            _id?: string;
            /** @description The API key of the project the session belongs to. */
            apiKey?: string;
            /**
             * Format: date-time
             * @description When the session started.
             */
            start?: string;
            /**
             * Format: date-time
             * @description When the session ended; null while it runs.
             */
            end?: string | null;
            /** @description The connected participants (on this page). */
            participants?: components["schemas"]["ActiveParticipant"][];
            /**
             * @description The media region serving the session, e.g. `in002`.
             * @example in002
             */
            region?: string;
            /** @description HLS activity of the session. The shape of the items is UNCONFIRMED (the sample is empty). */
            hlsLog?: unknown[];
            /**
             * @description The room the session runs in. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example r10p-2qz8-si67
             */
            roomId?: string;
            status?: components["schemas"]["SessionStatus"];
            links?: components["schemas"]["ResourceLinks"];
        };
        /**
         * @description One page of a session's connected participants. Here `data` is an **array of session documents**; the
         *     participants are in `data[0].participants` (the official server SDK reads them there).
         */
        ActiveSessionParticipantList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The session documents (normally exactly one). */
            data: components["schemas"]["ActiveSession"][];
        };
        /** @description The session to end. */
        SessionEndOptions: {
            /**
             * @description The room whose session to end (roomId or customRoomId).
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description End this particular session of the room.
             * @example 62429766903bdf001299cac5
             */
            sessionId?: string;
            /** @description Force-kill the session (UNCONFIRMED: known only from the official server SDK). */
            vsdkForceKill?: boolean;
            /** @description Do not fail when the session is already closed (UNCONFIRMED: known only from the official server SDK). */
            ignoreClosed?: boolean;
        };
        /**
         * @description The participant to remove. The 2024 docs mark `roomId` as required; the official server SDK accepts either
         *     `roomId` or `sessionId`, so at least one of them must be given.
         */
        ParticipantRemoveOptions: {
            /**
             * @description The participant to remove.
             * @example demo-2
             */
            participantId: string;
            /**
             * @description The room the participant is in.
             * @example abcd-efgh-ijkl
             */
            roomId?: string;
            /**
             * @description The session the participant is in.
             * @example 62429766903bdf001299cac5
             */
            sessionId?: string;
        } | unknown | unknown;
        /**
         * @description The answer to removing a participant. The docs show the session object (as on end-session); the official
         *     server SDK types it as a confirmation string (UNCONFIRMED which is right), so both are allowed.
         */
        RemoveSessionParticipantResult: components["schemas"]["Session"] | string;
        /** @description Quality scores for the interval (samples range 3.29 to 4.42; scale UNCONFIRMED, probably 0 to 5). */
        SessionQualityScore: {
            /**
             * @description Audio quality score.
             * @example 4.39
             */
            audio?: number;
            /**
             * @description Video quality score.
             * @example 3.29
             */
            video?: number;
        };
        /** @description Network quality measured over one interval. Bitrates appear to be bits per second; the units of RTT and jitter are UNCONFIRMED. */
        SessionQualityStat: {
            /**
             * Format: date-time
             * @description When the interval was measured.
             * @example 2022-07-15T10:10:18.778Z
             */
            time?: string;
            /** @description Received audio packets lost. */
            recvAudioPacketLost?: number;
            /** @description Received video packets lost. */
            recvVideoPacketLost?: number;
            /** @description Sent audio packets lost. */
            sendAudioPacketLost?: number;
            /** @description Sent video packets lost. */
            sendVideoPacketLost?: number;
            /** @description Average audio round-trip time. */
            averageAudioRtt?: number;
            /** @description Average video round-trip time. */
            averageVideoRtt?: number;
            /** @description Average audio jitter. */
            averageAudioJitter?: number;
            /** @description Average video jitter. */
            averageVideoJitter?: number;
            /** @description Average sent audio bitrate. */
            averageSendAudioBitrate?: number;
            /** @description Average sent video bitrate. */
            averageSendVideoBitrate?: number;
            /** @description Average received audio bitrate. */
            averageRecvAudioBitrate?: number;
            /** @description Average received video bitrate. */
            averageRecvVideoBitrate?: number;
            qualityScore?: components["schemas"]["SessionQualityScore"];
        };
        /** @description Quality statistics of a session. Note the legacy name `meetingId` for the room id. */
        SessionStats: {
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 62d13ccea0f6ac85649d7931
             */
            sessionId?: string;
            /**
             * @description The room id (legacy name). Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example 61bw-723k-p4mp
             */
            meetingId?: string;
            /** @description One entry per measured interval. */
            stats?: components["schemas"]["SessionQualityStat"][];
        };
        /** @description The participant's browser or device. */
        ParticipantStatsDeviceInfo: {
            /**
             * @description Browser or device name.
             * @example Chrome
             */
            deviceName?: string;
            /**
             * @description Browser or device version.
             * @example 102.0.0.0
             */
            deviceVersion?: string;
        };
        /** @description The client SDK the participant used. */
        ParticipantSdkInfo: {
            /**
             * @description Client SDK name.
             * @example prebuilt
             */
            sdkName?: string;
            /**
             * @description Client SDK version.
             * @example 0.3.10
             */
            sdkVersion?: string;
        };
        /** @description Where the participant connected from (`unknown` when not resolved). */
        ParticipantStatsLocation: {
            /** @description Country. */
            country?: string;
            /** @description City. */
            city?: string;
            /** @description Region or state. */
            region?: string;
        };
        /** @description The participant's network (`unknown` when not resolved). */
        ParticipantNetwork: {
            /** @description Autonomous system number. */
            asn?: string;
            /** @description Network operator. */
            org?: string;
        };
        /**
         * @description How much the participant's video was at each resolution during an interval, keyed by resolution height
         *     (the keys are numeric strings).
         */
        ResolutionUsage: {
            /** @description Usage at 180p. */
            180?: number;
            /** @description Usage at 360p. */
            360?: number;
            /** @description Usage at 720p. */
            720?: number;
            /** @description Usage at 1080p. */
            1080?: number;
            /** @description Usage at 1440p. */
            1440?: number;
            /** @description Usage at 2160p. */
            2160?: number;
            /**
             * Format: date-time
             * @description When the interval was measured.
             */
            time?: string;
        };
        /** @description Quality statistics of one participant in a session. Note the legacy name `meetingId` for the room id. */
        ParticipantStats: {
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 62d13ccea0f6ac85649d7931
             */
            sessionId?: string;
            /**
             * @description The room id (legacy name). Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example 61bw-723k-p4mp
             */
            meetingId?: string;
            /**
             * @description The participant id.
             * @example fj9jxhtw
             */
            participantId?: string;
            /**
             * @description The participant's display name.
             * @example rajan
             */
            participantName?: string;
            deviceInfo?: components["schemas"]["ParticipantStatsDeviceInfo"];
            sdkInfo?: components["schemas"]["ParticipantSdkInfo"];
            location?: components["schemas"]["ParticipantStatsLocation"];
            network?: components["schemas"]["ParticipantNetwork"];
            /** @description One entry per measured interval. */
            stats?: components["schemas"]["SessionQualityStat"][];
            /** @description Resolution usage per measured interval. */
            resolutionUsage?: components["schemas"]["ResolutionUsage"][];
        };
        /**
         * @description The container of a meeting recording (UNCONFIRMED: known only from the official server SDK; the API reference
         *     does not document a file format for meeting recordings).
         * @default mp4
         * @enum {string}
         */
        RecordingFileFormat: "mp4" | "webm";
        /**
         * @description What to do when the composition fails (UNCONFIRMED: known only from the official server SDK).
         * @enum {string}
         */
        RecordingOnFailureAction: "close-room";
        /** @description What to do when the recording's composition fails (UNCONFIRMED: known only from the official server SDK). */
        RecordingOnFailure: {
            action: components["schemas"]["RecordingOnFailureAction"];
            /**
             * @description Seconds to wait before applying the action, at most 150.
             * @default 150
             * @example 60
             */
            waitTime: number;
        };
        /** @description Start a composite recording of a room's live session. */
        RecordingStartOptions: {
            /**
             * @description The room whose live session is recorded. The room must have a session in progress.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * Format: uri
             * @description A custom layout page that the recorder opens instead of the standard layout.
             * @example https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID
             */
            templateUrl?: string;
            /**
             * @description The composition: `layout` (type GRID, priority SPEAKER, `gridSize` at most 4 per the docs; the SDK allows
             *     0–25, UNCONFIRMED), `theme`, `mode` (default `video-and-audio`), `quality` (default `med`; only matters in
             *     `video-and-audio` mode) and `orientation` (default `landscape`).
             */
            config?: components["schemas"]["RecordingConfig"];
            /**
             * @description Post-call transcription of the recording, with an optional AI summary nested in `transcription.summary`
             *     (2025 docs; the 2024 request had no `transcription`, and a 2024 docs branch had `summary` at the top
             *     level instead).
             */
            transcription?: components["schemas"]["TranscriptionConfig"];
            /**
             * Format: uri
             * @description Receives this recording's events (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`, `recording-failed`).
             * @example https://www.example.com/
             */
            webhookUrl?: string;
            /**
             * @description A folder in the cloud storage configured in the dashboard (S3, Azure Blob or GCP, despite the name) to
             *     upload the recording to. Individual recordings use `bucketDirPath` instead.
             * @example recordings/abcd-efgh-ijkl
             */
            awsDirPath?: string;
            /**
             * Format: uri
             * @description A pre-signed upload URL the recording is uploaded to (2025 docs).
             * @example https://my-bucket.s3.amazonaws.com/recordings/abcd-efgh-ijkl.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=3f1c2a
             */
            preSignedUrl?: string;
            fileFormat?: components["schemas"]["RecordingFileFormat"];
            onFailure?: components["schemas"]["RecordingOnFailure"];
            /**
             * @description A pre-acquired composer unit to use (Enterprise resource pool) (UNCONFIRMED: known only from the official
             *     server SDK).
             */
            resourceId?: string;
        };
        /** @description A confirmation that VideoSDK sends as a bare JSON string, not an object (each operation's example shows its text). */
        ApiMessage: string;
        /** @description Stop the meeting recording running in a room. */
        RecordingEndOptions: {
            /**
             * @description The room whose recording is stopped.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description The recording id, to pick one recording when several run (UNCONFIRMED: known only from the official
             *     server SDK, which sends it when known).
             */
            id?: string;
        };
        /** @description The video resolution of a recorded file, in pixels. */
        RecordingFileResolution: {
            /**
             * @description Width in pixels.
             * @example 1920
             */
            width?: number;
            /**
             * @description Height in pixels.
             * @example 1080
             */
            height?: number;
        };
        /** @description Technical details of a recorded media file. */
        RecordingFileMeta: {
            resolution?: components["schemas"]["RecordingFileResolution"];
            /**
             * @description The container format as the media prober reports it (for example `mov,mp4,m4a,3gp,3g2,mj2` for MP4,
             *     `webm` for WebM, `mp3` for merged audio).
             * @example mov,mp4,m4a,3gp,3g2,mj2
             */
            format?: string;
            /**
             * @description The duration in seconds (may be fractional).
             * @example 55.055
             */
            duration?: number;
        };
        /**
         * @description Your own storage (S3, Azure Blob or GCP bucket configured in the dashboard) the file was uploaded to. Its fields
         *     are not documented; every sample shows null (VideoSDK storage).
         */
        RecordingUserStorage: Record<string, never>;
        /**
         * @description A number per rendition, keyed by the rendition's resolution height as a string of digits (for example
         *     `"1080"`). Its meaning is not documented (the values look like bytes per second).
         */
        RecordingFileRatio: {
            [key: string]: number;
        };
        /** @description A stored media file of a meeting recording. */
        RecordingFile: {
            /**
             * @description The file id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 61d6e871d1617e097b41699b
             */
            id?: string;
            meta?: components["schemas"]["RecordingFileMeta"];
            /**
             * @description The path of the file in storage, relative to the storage root.
             * @example uploads/videos/61d6e871d1617e097b41699b.mp4
             */
            filePath?: string;
            /**
             * Format: uri
             * @description The download URL of the file (VideoSDK's CDN, or your own storage).
             * @example https://cdn.videosdk.live/uploads/videos/61d6e871d1617e097b41699b.mp4
             */
            fileUrl?: string;
            /**
             * @description The file size in bytes.
             * @example 17023255
             */
            size?: number;
            /**
             * @description The media type of the file (`video` in every sample; `audio` is expected for audio-only recordings, UNCONFIRMED).
             * @example video
             */
            type?: string;
            /** @description The storage the file was uploaded to; null when it is kept in VideoSDK's storage. */
            userStorage?: components["schemas"]["RecordingUserStorage"] | null;
            ratio?: components["schemas"]["RecordingFileRatio"];
            /**
             * Format: date-time
             * @description When the file was stored.
             * @example 2022-01-06T13:02:42.816Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the file record was last updated.
             * @example 2022-01-28T10:48:57.573Z
             */
            updatedAt?: string;
        };
        /**
         * @description One webhook delivery made for a recording (item shape UNCONFIRMED: known only from the official server SDK;
         *     every docs sample shows an empty list).
         */
        RecordingWebhookDelivery: {
            /**
             * @description The webhook event that was delivered (for example `participant-recording-stopped`).
             * @example participant-recording-stopped
             */
            type?: string;
            /**
             * @description Whether the delivery succeeded.
             * @example true
             */
            success?: boolean;
        };
        /** @description A summary of the webhook deliveries made for a recording. */
        RecordingWebhookSummary: {
            /**
             * @description Deliveries attempted.
             * @example 0
             */
            totalCount?: number;
            /**
             * @description Deliveries that succeeded.
             * @example 0
             */
            successCount?: number;
            /** @description The individual deliveries. */
            data?: components["schemas"]["RecordingWebhookDelivery"][];
        };
        /**
         * @description A meeting (composite) recording: the whole meeting composed into one file by a composition `config`.
         *     `fileId` and `file` appear once the file has been processed; while the recording is still running or being
         *     processed they may be absent or null (UNCONFIRMED which of the two VideoSDK sends, so both are allowed).
         */
        Recording: {
            /**
             * @description The recording id, used as `recordingId` in the path. Usually a 24-character hex ObjectId; not enforced:
             *     VideoSDK's own examples show other forms.
             * @example 61d6e834e1326304a9e73dac
             */
            id: string;
            /**
             * @description The id of the VideoSDK account that owns the recording. Usually a 24-character hex ObjectId; not enforced:
             *     VideoSDK's own examples show other forms.
             * @example 5f7edbb14c938bcd42944527
             */
            userId?: string;
            /**
             * @description The room that was recorded. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abc-xyzw-lmno
             */
            roomId: string;
            /**
             * @description The session that was recorded. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example 61d6e823783d6b03a026ac05
             */
            sessionId: string;
            /**
             * @description The id of the recorded file (same as `file.id`); absent or null until the file is ready. Usually a 24-character
             *     hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 61d6e871d1617e097b41699b
             */
            fileId?: string | null;
            /** @description The recorded file; absent or null until the file is ready. */
            file?: components["schemas"]["RecordingFile"] | null;
            /**
             * Format: date-time
             * @description When the recording was created.
             * @example 2022-01-06T13:01:40.814Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the recording was last updated.
             * @example 2022-01-06T13:02:42.935Z
             */
            updatedAt?: string;
            /**
             * Format: date-time
             * @description When the recording started (UNCONFIRMED: known only from the official server SDK).
             */
            start?: string;
            /**
             * Format: date-time
             * @description When the recording ended; null while it runs (UNCONFIRMED: known only from the official server SDK).
             */
            end?: string | null;
            /** @description The webhook deliveries made for this recording (UNCONFIRMED: known only from the official server SDK). */
            webhook?: components["schemas"]["RecordingWebhookSummary"];
            /** @description Links to the room and session (UNCONFIRMED: known only from the official server SDK). */
            links?: components["schemas"]["ResourceLinks"];
        };
        /** @description One page of meeting recordings. */
        RecordingList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The recordings on this page. */
            data: components["schemas"]["Recording"][];
        };
        /**
         * @description The container of a participant recording. The API reference says only `webm` is supported (default `webm`);
         *     the official server SDK also offers `mp4` and `m3u8` (UNCONFIRMED by the API reference).
         * @default webm
         * @enum {string}
         */
        ParticipantRecordingFileFormat: "webm" | "mp4" | "m3u8";
        /** @description Free-form data attached to a participant recording (UNCONFIRMED: known only from the official server SDK). */
        ParticipantRecordingMetadata: {
            [key: string]: unknown;
        };
        /** @description Start recording one participant into one continuous file. */
        ParticipantRecordingStartOptions: {
            /**
             * @description The room the participant is in.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description The participant to record.
             * @example abcd
             */
            participantId: string;
            fileFormat?: components["schemas"]["ParticipantRecordingFileFormat"];
            /**
             * Format: uri
             * @description Receives this recording's `participant-recording-*` events.
             * @example https://www.example.com/
             */
            webhookUrl?: string;
            /**
             * @description A folder in your own storage (configured in the dashboard) to upload to. Files land in
             *     `<bucketDirPath>/<sessionId>/<participantId>/<filename>`.
             * @example recordings/participants
             */
            bucketDirPath?: string;
            metadata?: components["schemas"]["ParticipantRecordingMetadata"];
        };
        /** @description Stop a participant recording, identified by room and participant. */
        ParticipantRecordingStopOptions: {
            /**
             * @description The room the participant is in.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description The participant whose recording is stopped.
             * @example abcd
             */
            participantId: string;
        };
        /**
         * @description What an individual recording captured: `audio_video` for a participant recording (the whole participant), or
         *     the `TrackKind` of a track recording.
         * @enum {string}
         */
        IndividualRecordingKind: "audio_video" | "audio" | "video" | "screen_audio" | "screen_video";
        /**
         * @description Whether an individual recording, or a source of a merge recording, is a participant recording or a track
         *     recording.
         * @enum {string}
         */
        IndividualRecordingMode: "participant" | "track";
        /**
         * @description One file of a participant or track recording. Files are stored under
         *     `individual-recordings/<sessionId>/<participantId>/[<kind>/]<participant|track>_recording_..._<epochms>.webm`
         *     (the `<kind>` folder only for track recordings). A track recording gets a new file each time the participant
         *     re-enables the track.
         */
        IndividualRecordingFile: {
            /**
             * @description The file id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 6697685c6eaaaac67ea18130
             */
            _id?: string;
            /**
             * @description The id of the owning VideoSDK account (the docs sample repeats the file id here). Usually a 24-character hex
             *     ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 6697685c6eaaaac67ea18130
             */
            userId?: string;
            meta?: components["schemas"]["RecordingFileMeta"];
            /**
             * @description The path of the file in storage.
             * @example individual-recordings/61d6e823783d6b03a026ac05/abcd/video/track_recording_abcd_video_1721198084716.webm
             */
            filePath?: string;
            /**
             * Format: uri
             * @description The download URL of the file.
             * @example https://cdn.videosdk.live/individual-recordings/61d6e823783d6b03a026ac05/abcd/video/track_recording_abcd_video_1721198084716.webm
             */
            fileUrl?: string;
            /**
             * @description The media type of the file (`video` in every sample; whether audio-only kinds report `audio` is UNCONFIRMED).
             * @example video
             */
            type?: string;
            /**
             * @description The file size in bytes.
             * @example 21724519
             */
            size?: number;
            ratio?: components["schemas"]["RecordingFileRatio"];
            /**
             * @description A storage document version counter (internal).
             * @example 0
             */
            __v?: number;
        };
        /**
         * @description A participant recording (`mode: participant`, `kind: audio_video`, one continuous file per participant) or a
         *     track recording (`mode: track`, `kind` one of `audio`, `video`, `screen_audio`, `screen_video`). `end` is null
         *     and `files` may be empty while the recording runs.
         */
        IndividualRecording: {
            /**
             * @description The recording id, used as `participantRecordingId` or `trackRecordingId`. Usually a 24-character hex ObjectId;
             *     not enforced: VideoSDK's own examples show other forms.
             * @example 66976600a8faa5fa9694945c
             */
            id: string;
            /**
             * @description The room that was recorded. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abcd-efgh-riwb
             */
            roomId: string;
            /**
             * @description The session that was recorded. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example 61d6e823783d6b03a026ac05
             */
            sessionId: string;
            /**
             * @description The participant that was recorded.
             * @example abcd
             */
            participantId: string;
            /** @description The participant's display name (UNCONFIRMED: known only from the official server SDK). */
            participantName?: string;
            kind?: components["schemas"]["IndividualRecordingKind"];
            /**
             * @description The container of the files (`webm` in every docs sample; see `ParticipantRecordingFileFormat` and
             *     `TrackRecordingFileFormat` for the values the official server SDK can request).
             * @example webm
             */
            fileFormat?: string;
            mode?: components["schemas"]["IndividualRecordingMode"];
            /**
             * @description The region the recording was made in (the docs sample literally shows `"region"`).
             * @example in002
             */
            region?: string;
            /**
             * Format: date-time
             * @description When the recording started.
             * @example 2024-07-18T07:10:30.247Z
             */
            start?: string;
            /**
             * Format: date-time
             * @description When the recording ended; null while it runs.
             * @example 2024-07-18T07:10:55.236Z
             */
            end?: string | null;
            /** @description The recorded files (empty until the first file is stored). */
            files?: components["schemas"]["IndividualRecordingFile"][];
            webhook?: components["schemas"]["RecordingWebhookSummary"];
        };
        /** @description One page of participant or track recordings. */
        IndividualRecordingList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The recordings on this page. */
            data: components["schemas"]["IndividualRecording"][];
        };
        /**
         * @description A media track of a participant. Track recordings are addressed by this kind (with `roomId` and
         *     `participantId`), never by a track id.
         * @enum {string}
         */
        TrackKind: "audio" | "video" | "screen_audio" | "screen_video";
        /**
         * @description The container of a track recording. The API reference says only `webm` is supported (default `webm`); the
         *     official server SDK also offers `mp4`, `m3u8` and `mp3` (UNCONFIRMED by the API reference).
         * @default webm
         * @enum {string}
         */
        TrackRecordingFileFormat: "webm" | "mp4" | "m3u8" | "mp3";
        /** @description Start recording one track (`kind`) of a participant into separate files. */
        TrackRecordingStartOptions: {
            /**
             * @description The room the participant is in.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description The participant whose track is recorded.
             * @example abcd
             */
            participantId: string;
            kind: components["schemas"]["TrackKind"];
            fileFormat?: components["schemas"]["TrackRecordingFileFormat"];
            /**
             * Format: uri
             * @description Receives this recording's `participant-track-recording-*` events.
             * @example https://www.example.com/
             */
            webhookUrl?: string;
            /**
             * @description A folder in your own storage (configured in the dashboard) to upload to. Files land in
             *     `<bucketDirPath>/<sessionId>/<participantId>/<kind>/<filename>`.
             * @example recordings/tracks
             */
            bucketDirPath?: string;
        };
        /** @description Stop a track recording, identified by room, participant and kind (the kind that was started). */
        TrackRecordingStopOptions: {
            /**
             * @description The room the participant is in.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description The participant whose track recording is stopped.
             * @example abcd
             */
            participantId: string;
            kind: components["schemas"]["TrackKind"];
        };
        /**
         * @description The state of a merge job: `running` right after creation, then `completed` or `failed` (other values
         *     UNCONFIRMED).
         * @enum {string}
         */
        MergeRecordingStatus: "running" | "completed" | "failed";
        /** @description One source of a merge channel, with the recording that was resolved for it. */
        MergeRecordingChannelEntry: {
            /**
             * @description The participant recording used. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example 6847c2d12abe9a2807e42684
             */
            recordingId?: string;
            /**
             * @description The participant whose recording is in the channel.
             * @example abcd
             */
            participantId?: string;
        };
        /** @description Technical details of a merged audio file. */
        MergeRecordingFileMeta: {
            /**
             * @description The audio format (`mp3` in every sample).
             * @example mp3
             */
            format?: string;
            /**
             * @description The duration in seconds.
             * @example 58
             */
            duration?: number;
        };
        /**
         * @description A number per rendition of the merged file, keyed by `audio` or by a video rendition's height (its meaning is
         *     not documented).
         */
        MergeRecordingFileRatio: {
            /**
             * @description The value for the audio rendition.
             * @example 16905.749
             */
            audio?: number;
        } & {
            [key: string]: number;
        };
        /** @description The merged two-channel (stereo) audio file. */
        MergeRecordingFile: {
            /**
             * @description The file id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 6846b93beabde2b7cbf44bb2
             */
            id?: string;
            meta?: components["schemas"]["MergeRecordingFileMeta"];
            /**
             * @description The path of the file in storage (the docs redact it as `<FILE_PATH>`).
             * @example merge-recordings/68468e1e999064b94e7691fc/6846b93beabde2b7cbf44bb2.mp3
             */
            filePath?: string;
            /**
             * Format: uri
             * @description The download URL of the file (the docs redact it as `<CDN_URL>`).
             * @example https://cdn.videosdk.live/merge-recordings/68468e1e999064b94e7691fc/6846b93beabde2b7cbf44bb2.mp3
             */
            fileUrl?: string;
            /**
             * @description The media type of the file (`audio`).
             * @example audio
             */
            type?: string;
            /**
             * @description The file size in bytes.
             * @example 986349
             */
            size?: number;
            ratio?: components["schemas"]["MergeRecordingFileRatio"];
            /** @description The storage the file was uploaded to; null when it is kept in VideoSDK's storage. */
            userStorage?: components["schemas"]["RecordingUserStorage"] | null;
            /**
             * Format: date-time
             * @description When the file was stored.
             * @example 2025-06-09T10:36:43.018Z
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the file record was last updated.
             * @example 2025-06-09T10:36:43.018Z
             */
            updatedAt?: string;
        };
        /**
         * @description A merge job that mixes participant recordings into one two-channel (stereo) audio file: `channel1` on one side,
         *     `channel2` on the other. `end` and `file` appear once the job has completed. The list omits `channel1`,
         *     `channel2` and `meetingId`.
         */
        MergeRecording: {
            /**
             * @description The merge id, used as `mergeId`. Usually a UUID; not enforced: VideoSDK's own examples show
             *     `abcd-abcd-abcd-abcd-abcd`.
             * @example 40b0a4ed-9842-40c9-a288-e4b1bf98a90a
             */
            id: string;
            /** @description The sources of the first (left) channel. */
            channel1?: components["schemas"]["MergeRecordingChannelEntry"][];
            /** @description The sources of the second (right) channel. */
            channel2?: components["schemas"]["MergeRecordingChannelEntry"][];
            status: components["schemas"]["MergeRecordingStatus"];
            /**
             * Format: date-time
             * @description When the merge job started.
             * @example 2025-06-10T05:45:02.730Z
             */
            start: string;
            /**
             * Format: date-time
             * @description When the merge job finished; absent or null while it runs.
             * @example 2025-06-10T05:45:34.384Z
             */
            end?: string | null;
            /**
             * @description The room of the merged session (the room id under its storage name `meetingId`). Usually three dash-separated
             *     groups of lowercase letters and digits (`abcd-efgh-ijkl`); not enforced.
             * @example roye-pqdd-wbfl
             */
            meetingId?: string;
            /**
             * @description The session whose recordings were merged. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own
             *     examples show other forms.
             * @example 6847c231fbaa8b416bc87014
             */
            sessionId: string;
            file?: components["schemas"]["MergeRecordingFile"];
        };
        /** @description One page of merge recordings. The items are under `recordings`, not `data`. */
        MergeRecordingList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The merge recordings on this page. */
            recordings: components["schemas"]["MergeRecording"][];
        };
        /** @description One source of a merge channel, as requested. */
        MergeRecordingChannelInput: {
            /**
             * @description The participant whose recording goes into the channel.
             * @example abcd
             */
            participantId: string;
            /**
             * @description The participant recording to use. When omitted, VideoSDK takes the participant's first available audio
             *     recording in the session.
             * @example 6847c2d12abe9a2807e42684
             */
            recordingId?: string;
            /**
             * @description Whether this source is a participant recording or a track recording (UNCONFIRMED: known only from the
             *     official server SDK).
             */
            type?: components["schemas"]["IndividualRecordingMode"];
        };
        /**
         * @description Start a job that merges participant recordings of one session into a two-channel audio file. `sessionId`,
         *     `channel1` and `channel2` are required (docs page and official server SDK); `webhookUrl` is optional.
         */
        MergeRecordingCreateOptions: {
            /**
             * @description The session whose participant recordings are merged.
             * @example 6847c231fbaa8b416bc87014
             */
            sessionId: string;
            /** @description The sources of the first (left) channel. */
            channel1: components["schemas"]["MergeRecordingChannelInput"][];
            /** @description The sources of the second (right) channel. */
            channel2: components["schemas"]["MergeRecordingChannelInput"][];
            /**
             * Format: uri
             * @description Receives `merge-recording-completed` or `merge-recording-failed`.
             * @example https://www.example.com/
             */
            webhookUrl?: string;
            /** @description A default `type` for every channel entry (UNCONFIRMED: known only from the official server SDK). */
            type?: components["schemas"]["IndividualRecordingMode"];
            /** @description A folder in your own storage for the merged file (UNCONFIRMED: known only from the official server SDK). */
            dirPath?: string;
        };
        /** @description The merge job that was started, with a confirmation message. */
        MergeRecordingJob: {
            /**
             * @description A confirmation message.
             * @example Merge recording job started successfully.
             */
            message: string;
            recording: components["schemas"]["MergeRecording"];
        };
        /** @description One RTMP destination of a livestream (for example a YouTube or Twitch ingest). */
        RtmpOutput: {
            /**
             * @description The stream key the platform gave you for this ingest.
             * @example fcz-4da-dver-qxzp-0rm
             */
            streamKey: string;
            /**
             * Format: uri
             * @description The RTMP ingest URL of the platform.
             * @example rtmp://a.rtmp.youtube.com/live2
             */
            url: string;
        };
        /**
         * @description The composition of an RTMP livestream. The docs describe only `layout`, `theme` and `recording`; the official
         *     server SDK also sends `orientation` and `quality` for RTMP (UNCONFIRMED by the API reference). `mode` is not
         *     known for RTMP.
         */
        LivestreamConfig: {
            layout?: components["schemas"]["RecordingLayout"];
            theme?: components["schemas"]["Theme"];
            orientation?: components["schemas"]["Orientation"];
            quality?: components["schemas"]["Quality"];
            recording?: components["schemas"]["CompositionToggle"];
        };
        /** @description Start pushing a room's live session to RTMP destinations. */
        LivestreamStartOptions: {
            /**
             * @description The room whose live session is streamed.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description The RTMP destinations, one per platform. (The docs' sample renders this as a string of JavaScript text;
             *     the real field is an array of objects.)
             */
            outputs: components["schemas"]["RtmpOutput"][];
            /**
             * @description The composition: `layout` (`gridSize` at most 4 per the docs; the SDK allows 0–25, UNCONFIRMED), `theme`
             *     and `recording.enabled`, plus `orientation` and `quality`, which the official server SDK sends for RTMP
             *     (UNCONFIRMED by the API reference). The SDK always sends a `layout.priority` when a layout is given (it
             *     defaults to `SPEAKER`).
             */
            config?: components["schemas"]["LivestreamConfig"];
            /**
             * @description Post-call transcription with an optional AI summary (nested in `transcription.summary`). Only works when
             *     `config.recording.enabled` is true.
             */
            transcription?: components["schemas"]["TranscriptionConfig"];
            /**
             * Format: uri
             * @description A custom layout page that the composer opens instead of the standard layout.
             * @example https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID
             */
            templateUrl?: string;
            /**
             * @description A pre-acquired composer unit to use (Enterprise resource pool) (UNCONFIRMED: known only from the official
             *     server SDK).
             */
            resourceId?: string;
        };
        /** @description Stop the livestream running in a room. */
        LivestreamEndOptions: {
            /**
             * @description The room whose livestream is stopped.
             * @example abcd-efgh-lmno
             */
            roomId: string;
            /**
             * @description The livestream id, to pick one stream when several run (UNCONFIRMED: known only from the official server
             *     SDK, which sends it when known).
             */
            id?: string;
        };
        /** @description One webhook delivery attempt of a stream (UNCONFIRMED: known only from the official server SDK). */
        StreamWebhookAttempt: {
            /**
             * @description The webhook event that was delivered (for example `livestream-started`).
             * @example livestream-started
             */
            type?: string;
            /** @description Whether the delivery succeeded. */
            success?: boolean;
        };
        /**
         * @description A summary of the webhook deliveries made for a livestream or HLS stream (UNCONFIRMED: known only from the
         *     official server SDK).
         */
        StreamWebhookSummary: {
            /** @description Deliveries attempted. */
            totalCount?: number;
            /** @description Deliveries that succeeded. */
            successCount?: number;
            /** @description The individual attempts. */
            data?: components["schemas"]["StreamWebhookAttempt"][];
        };
        /**
         * @description An RTMP livestream: the composed meeting pushed to one or more RTMP destinations. `end` is null while the
         *     livestream is running.
         */
        Livestream: {
            /**
             * @description The livestream id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 63e5fb96b9fa80ed9be22db6
             */
            id: string;
            /**
             * @description The session that was streamed. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example 63e5fa3db9fa80ed9be22d96
             */
            sessionId: string;
            /**
             * @description The room that was streamed. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /** @description The RTMP destinations. */
            outputs?: components["schemas"]["RtmpOutput"][];
            /**
             * Format: date-time
             * @description When the livestream started.
             * @example 2023-02-10T08:08:54.551Z
             */
            start: string;
            /**
             * Format: date-time
             * @description When the livestream ended; null while it runs.
             * @example 2023-02-10T08:12:05.793Z
             */
            end?: string | null;
            /** @description The composer that produced the stream (UNCONFIRMED: known only from the official server SDK). */
            composerId?: string;
            /** @description The region the stream was composed in (UNCONFIRMED: known only from the official server SDK). */
            region?: string;
            webhook?: components["schemas"]["StreamWebhookSummary"];
            /** @description Links to the room and session (UNCONFIRMED: known only from the official server SDK). */
            links?: components["schemas"]["ResourceLinks"];
        };
        /** @description One page of livestreams. */
        LivestreamList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The livestreams on this page. */
            data: components["schemas"]["Livestream"][];
        };
        /**
         * @description Start HLS for a room's live session. Where the AI summary goes is disputed: the HLS docs page lists
         *     `summary` as a top-level field next to `transcription` (`transcription: {enabled}`), while recordings, RTMP
         *     and `autoStartConfig` nest it as `transcription.summary`, and the official server SDK nests it for HLS too.
         *     Both places are declared (UNCONFIRMED which one the server reads; sending it in both is harmless).
         */
        HlsStartOptions: {
            /**
             * @description The room whose live session is streamed.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * Format: uri
             * @description A custom layout page that the composer opens instead of the standard layout.
             * @example https://www.example.com/?token=token&meetingId=74v5-v21l-n1ey&participantId=RECORDER_ID
             */
            templateUrl?: string;
            /**
             * @description The composition: `layout` (`gridSize` at most 25), `theme`, `mode`, `quality`, `orientation`
             *     (default `landscape`) and `recording.enabled`. The official server SDK always sends a `layout.priority`
             *     when a layout is given (it defaults to `SPEAKER`).
             */
            config?: components["schemas"]["HlsConfig"];
            /**
             * @description Post-call transcription of the stream. The docs show only `enabled` here; the official server SDK nests
             *     `summary` in it (see the schema description).
             */
            transcription?: components["schemas"]["TranscriptionConfig"];
            /**
             * @description AI summary of the transcription, top-level as on the HLS docs page (recordings and RTMP nest it in
             *     `transcription` instead).
             */
            summary?: components["schemas"]["SummaryConfig"];
            /**
             * Format: uri
             * @description Receives the HLS events (UNCONFIRMED: known only from the official server SDK).
             */
            webhookUrl?: string;
            /**
             * @description Also record the stream, sent top-level by the official server SDK instead of `config.recording`
             *     (UNCONFIRMED: known only from the official server SDK).
             */
            recording?: components["schemas"]["CompositionToggle"];
            /**
             * @description A pre-acquired composer unit to use (Enterprise resource pool) (UNCONFIRMED: known only from the official
             *     server SDK).
             */
            resourceId?: string;
        };
        /**
         * @description The HLS stream that was started. It carries all three playback URLs, including the deprecated
         *     `downstreamUrl`.
         */
        StartedHlsStream: {
            /**
             * @description The HLS stream id; use it with `GET /v2/hls/{hlsId}`. Usually a 24-character hex ObjectId; not enforced:
             *     VideoSDK's own examples show other forms.
             * @example abcdef9879288c1f48339f64
             */
            id: string;
            /**
             * @description The session being streamed. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example abcde94c96e17e03fb0abcde4
             */
            sessionId: string;
            /**
             * @description The room being streamed. Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * Format: date-time
             * @description When the stream started.
             * @example 2022-04-19T09:18:13.432Z
             */
            start: string;
            links?: components["schemas"]["ResourceLinks"];
            /**
             * Format: uri
             * @description HLS playlist with DVR (playback from the start of the stream).
             * @example https://cdn.videosdk.live/meetings-hls/abcdefgh-ijkl-mnop/index.m3u8
             */
            playbackHlsUrl?: string;
            /**
             * Format: uri
             * @description HLS playlist of the live edge only, without DVR.
             * @example https://cdn.videosdk.live/meetings-hls/abcdefgh-ijkl-mnop/live.m3u8
             */
            livestreamUrl?: string;
            /**
             * Format: uri
             * @deprecated
             * @description Deprecated alias of `playbackHlsUrl`, still returned here.
             * @example https://cdn.videosdk.live/meetings-hls/abcdefgh-ijkl-mnop/index.m3u8
             */
            downstreamUrl?: string;
        };
        /** @description Stop the HLS stream running in a room. */
        HlsEndOptions: {
            /**
             * @description The room whose HLS stream is stopped.
             * @example abcd-efgh-ijkl
             */
            roomId: string;
            /**
             * @description The HLS stream id, to pick one stream when several run (UNCONFIRMED: known only from the official server
             *     SDK, which sends it when known).
             */
            id?: string;
        };
        /**
         * @description Encryption settings of an HLS stream; its fields are not known (UNCONFIRMED: known only from the official
         *     server SDK, which types it as a free-form object).
         */
        HlsEncryption: {
            [key: string]: unknown;
        };
        /**
         * @description An HLS stream of a room's session. `end` is null while the stream runs. Playback URLs: `playbackHlsUrl`
         *     (with DVR / playback from the start) and `livestreamUrl` (live edge only). The 2024 docs returned the same
         *     URL as `downstreamUrl` instead of `playbackHlsUrl`; it is deprecated but still declared.
         */
        HlsStream: {
            /**
             * @description The HLS stream id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example abcdef9879288c1f48339f64
             */
            id: string;
            /**
             * @description The session that was streamed. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example abcde94c96e17e03fb0abcde4
             */
            sessionId: string;
            /**
             * @description The room that was streamed. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abcd-efgh-ijkl
             */
            roomId?: string;
            /**
             * @description The room id under its legacy name, sent instead of `roomId` on some responses (UNCONFIRMED: known only from the
             *     official server SDK, which reads it as a fallback on the active-HLS response). Usually three dash-separated
             *     groups of lowercase letters and digits (`abcd-efgh-ijkl`); not enforced.
             */
            meetingId?: string;
            /**
             * Format: date-time
             * @description When the stream started.
             * @example 2022-04-19T09:18:13.432Z
             */
            start: string;
            /**
             * Format: date-time
             * @description When the stream ended; null while it runs.
             * @example 2022-04-19T09:19:34.552Z
             */
            end?: string | null;
            /**
             * @description Length of the stream in seconds.
             * @example 75.173
             */
            duration?: number;
            links?: components["schemas"]["ResourceLinks"];
            /**
             * Format: uri
             * @description HLS playlist with DVR (playback from the start of the stream).
             * @example https://cdn.videosdk.live/meetings-hls/abcdefgh-ijkl-mnop-1234-abcdefghijkl/index.m3u8
             */
            playbackHlsUrl?: string;
            /**
             * Format: uri
             * @description HLS playlist of the live edge only, without DVR.
             * @example https://cdn.videosdk.live/meetings-hls/abcdefgh-ijkl-mnop-1234-abcdefghijkl/live.m3u8
             */
            livestreamUrl?: string;
            /**
             * Format: uri
             * @deprecated
             * @description Deprecated alias of `playbackHlsUrl`. The 2024 docs returned it on fetch, list and active responses in
             *     place of `playbackHlsUrl`; start-HLS still returns it.
             * @example https://cdn.videosdk.live/meetings-hls/abcdefgh-ijkl-mnop-1234-abcdefghijkl/index.m3u8
             */
            downstreamUrl?: string;
            /** @description The composer that produced the stream (UNCONFIRMED: known only from the official server SDK). */
            composerId?: string;
            /** @description The composition mode of the stream (UNCONFIRMED: known only from the official server SDK). */
            mode?: components["schemas"]["CompositionMode"];
            /** @description The composition quality of the stream (UNCONFIRMED: known only from the official server SDK). */
            quality?: components["schemas"]["Quality"];
            /** @description The orientation of the stream (UNCONFIRMED: known only from the official server SDK). */
            orientation?: components["schemas"]["Orientation"];
            /**
             * @description Thumbnails captured from the stream; the item shape is not known (UNCONFIRMED: known only from the
             *     official server SDK).
             */
            captureLog?: unknown[];
            encryption?: components["schemas"]["HlsEncryption"];
            webhook?: components["schemas"]["StreamWebhookSummary"];
        };
        /** @description One page of HLS streams. */
        HlsStreamList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The HLS streams on this page. */
            data: components["schemas"]["HlsStream"][];
        };
        /** @description The HLS stream running in a room, wrapped in `{code, data}`. */
        ActiveHlsStream: {
            /**
             * @description The status code repeated in the body (200).
             * @example 200
             */
            code: number;
            data: components["schemas"]["HlsStream"];
        };
        /**
         * @description Image format of a captured thumbnail. `webp` only works for a real-time capture (without `time`).
         * @default jpg
         * @enum {string}
         */
        HlsThumbnailFormat: "jpg" | "png" | "webp";
        /**
         * @description Capture a thumbnail from a room's running HLS stream. Without `width` and `height` the size follows the
         *     stream's quality and orientation: high 1920×1080, med 1280×720, low 854×480 in landscape, and 1080×1920,
         *     720×1280, 480×854 in portrait.
         */
        HlsThumbnailCaptureOptions: {
            /**
             * @description The room whose HLS stream is captured.
             * @example abcd-abcd-abcd
             */
            roomId: string;
            /**
             * @description Capture the frame at this offset in seconds; omit it to capture in real time.
             * @example 1
             */
            time?: number;
            /**
             * @description Width of the image in pixels (default from the stream's quality and orientation).
             * @example 1280
             */
            width?: number;
            /**
             * @description Height of the image in pixels (default from the stream's quality and orientation).
             * @example 720
             */
            height?: number;
            format?: components["schemas"]["HlsThumbnailFormat"];
        };
        /** @description Properties of a captured thumbnail image. */
        HlsThumbnailMeta: {
            /**
             * Format: date-time
             * @description When the thumbnail was captured.
             * @example 2023-10-19T07:24:55.195Z
             */
            createdAt?: string;
            /**
             * @description Width in pixels.
             * @example 1280
             */
            width?: number;
            /**
             * @description Height in pixels.
             * @example 720
             */
            height?: number;
            format?: components["schemas"]["HlsThumbnailFormat"];
        };
        /** @description A thumbnail captured from an HLS stream, stored on VideoSDK's CDN. */
        HlsThumbnail: {
            /**
             * @description A confirmation.
             * @example captured thumbnail successfully
             */
            message: string;
            /**
             * @description The room whose stream was captured. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abcd-abcd-abcd
             */
            roomId: string;
            meta?: components["schemas"]["HlsThumbnailMeta"];
            /**
             * Format: uri
             * @description CDN URL of the image, `https://cdn.videosdk.live/thumbnail/<fileName>`.
             * @example https://cdn.videosdk.live/thumbnail/abcd-abcd-abcd-1697700295195.jpg
             */
            filePath?: string;
            /**
             * @description Size of the image in bytes.
             * @example 415153
             */
            fileSize?: number;
            /**
             * @description File name of the image.
             * @example abcd-abcd-abcd-1697700295195.jpg
             */
            fileName?: string;
        };
        /** @description Start transcribing a room's active session. */
        RealtimeTranscriptionStartOptions: {
            /**
             * @description The room; it must have an active session.
             * @example abc-xyzw-lmno
             */
            roomId: string;
            /**
             * Format: uri
             * @description Receives the `transcription-started`, `transcription-stopped` and `transcription-failed` events.
             * @example https://www.example.com
             */
            webhookUrl?: string;
            /** @description A provider-specific transcription model (UNCONFIRMED: known only from the official server SDK). */
            modelId?: string;
            /**
             * @description A BCP-47 language hint such as `en-US` (UNCONFIRMED: known only from the official server SDK).
             * @example en-US
             */
            language?: string;
            /**
             * @description An AI summary made after the transcription ends; disabled by default (UNCONFIRMED: known only from the
             *     official server SDK).
             */
            summary?: components["schemas"]["SummaryConfig"];
        };
        /**
         * @description State of a transcription job: `running` while a realtime transcription runs, `completed` once it has ended
         *     or a post-call transcription is done. Other values (for example a failure state, since a
         *     `transcription-failed` webhook exists) are UNCONFIRMED, so any string is accepted.
         * @example running
         * @example completed
         */
        TranscriptionStatus: string;
        /** @description Where a realtime transcription runs. */
        RealtimeTranscriptionExtensionConfig: {
            /**
             * @description The room being transcribed. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abc-xyzw-lmno
             */
            roomId?: string;
            /**
             * @description The session being transcribed. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show
             *     other forms.
             * @example 621497578bea0d0404c35c4c
             */
            sessionId?: string;
        };
        /** @description The transcription extension attached to the session. */
        RealtimeTranscriptionExtension: {
            /**
             * @description Whether the extension is enabled.
             * @example true
             */
            enabled?: boolean;
            /**
             * @description The transcription provider.
             * @example videosdk
             */
            provider?: string;
            extensionConfig?: components["schemas"]["RealtimeTranscriptionExtensionConfig"];
        };
        /** @description URLs of a realtime transcription's output files, keyed by format (other formats may appear). */
        RealtimeTranscriptionFilePaths: {
            /**
             * Format: uri
             * @description The transcript as plain text.
             * @example https://cdn.videosdk.live/transcriptions/dummy/dummy.txt
             */
            txt?: string;
        };
        /** @description URLs of the AI summary files, keyed by format (other formats may appear). */
        TranscriptionSummaryFilePaths: {
            /**
             * Format: uri
             * @description The summary as plain text.
             * @example https://cdn.videosdk.live/transcriptions/dummy/dummy-summary.txt
             */
            txt?: string;
        };
        /**
         * @description A realtime transcription of a live session. The file paths appear once it has completed. The room id is
         *     only inside `extension.extensionConfig` (the official server SDK copies it to a top-level `roomId` on the
         *     client side).
         */
        RealtimeTranscription: {
            /**
             * @description The transcription id. Usually a UUID; not enforced.
             * @example 82feea14-6783-4e63-84fc-17c5666bfd5c
             */
            id: string;
            status: components["schemas"]["TranscriptionStatus"];
            extension?: components["schemas"]["RealtimeTranscriptionExtension"];
            /**
             * Format: uri
             * @description The URL that receives the transcription events, as given on start.
             * @example https://www.example.com/
             */
            webhookUrl?: string;
            transcriptionFilePaths?: components["schemas"]["RealtimeTranscriptionFilePaths"];
            summarizedFilePaths?: components["schemas"]["TranscriptionSummaryFilePaths"];
            /**
             * Format: date-time
             * @description When the transcription started.
             * @example 2024-02-27T16:00:36.828Z
             */
            start?: string;
            /**
             * Format: date-time
             * @description When the transcription ended; absent or null while it runs.
             * @example 2024-02-27T16:01:46.939Z
             */
            end?: string | null;
        };
        /** @description Stop the realtime transcription running in a room. */
        RealtimeTranscriptionEndOptions: {
            /**
             * @description The room whose transcription is stopped.
             * @example abc-xyzw-lmno
             */
            roomId: string;
        };
        /** @description One page of realtime transcriptions (the items are under `transcriptions`, not `data`). */
        RealtimeTranscriptionList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The realtime transcriptions on this page. */
            transcriptions: components["schemas"]["RealtimeTranscription"][];
        };
        /** @description URLs of a post-call transcription's output files, keyed by format. */
        PostTranscriptionFilePaths: {
            /**
             * Format: uri
             * @description The transcript with timings as JSON.
             * @example https://cdn.videosdk.live/transcriptions/dummy/dummy.json
             */
            json?: string;
            /**
             * Format: uri
             * @description The transcript as SubRip subtitles.
             * @example https://cdn.videosdk.live/transcriptions/dummy/dummy.srt
             */
            srt?: string;
            /**
             * Format: uri
             * @description The transcript as plain text.
             * @example https://cdn.videosdk.live/transcriptions/dummy/dummy.txt
             */
            txt?: string;
            /**
             * Format: uri
             * @description The transcript as tab-separated values.
             * @example https://cdn.videosdk.live/transcriptions/dummy/dummy.tsv
             */
            tsv?: string;
            /**
             * Format: uri
             * @description The transcript as WebVTT subtitles.
             * @example https://cdn.videosdk.live/transcriptions/dummy/dummy.vtt
             */
            vtt?: string;
        };
        /**
         * @description A transcription (and optional AI summary) made after a recording, HLS stream or RTMP livestream ended. It
         *     is requested through the `transcription` option of those start calls or of `autoStartConfig`.
         */
        PostTranscription: {
            /**
             * @description The transcription id. Usually a UUID; not enforced.
             * @example 40b0a4ed-9842-40c9-a288-e4b1bf98a90a
             */
            id: string;
            status: components["schemas"]["TranscriptionStatus"];
            /**
             * @description The room of the transcribed session. Usually three dash-separated groups of lowercase letters and digits
             *     (`abcd-efgh-ijkl`); not enforced.
             * @example abc-xyzw-lmno
             */
            roomId?: string;
            /**
             * @description The transcribed session. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other
             *     forms.
             * @example 621497578bea0d0404c35c4c
             */
            sessionId?: string;
            /**
             * @description The recording (or stream) that was transcribed. Usually a 24-character hex ObjectId; not enforced: VideoSDK's
             *     own examples show other forms.
             * @example 65d303d6d2c373dfd71b38a2
             */
            recordingId?: string;
            /**
             * Format: uri
             * @description URL of the source media that was transcribed.
             * @example https://cdn.videosdk.live/encoded/videos/dummy.mp4
             */
            filePath?: string;
            transcriptionFilePaths?: components["schemas"]["PostTranscriptionFilePaths"];
            summarizedFilePaths?: components["schemas"]["TranscriptionSummaryFilePaths"];
            /**
             * Format: date-time
             * @description When the transcribed media started.
             * @example 2024-02-27T16:00:36.828Z
             */
            start?: string;
            /**
             * Format: date-time
             * @description When the transcribed media ended.
             * @example 2024-02-27T16:01:46.939Z
             */
            end?: string | null;
        };
        /** @description One page of post-call transcriptions (the items are under `transcriptions`, not `data`). */
        PostTranscriptionList: {
            pageInfo: components["schemas"]["PageInfo"];
            /** @description The post-call transcriptions on this page. */
            transcriptions: components["schemas"]["PostTranscription"][];
        };
        /** @description The PEM public key that verifies the `videosdk-signature` header of webhook deliveries. */
        WebhookPublicKey: {
            /** @description An RSA public key in PEM (SPKI) form. */
            publicKey: string;
        };
        /** @description A participant who joined or left a session. */
        ParticipantPresenceData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The participant's id.
             * @example fkd74h
             */
            participantId: string;
            /**
             * @description The participant's display name.
             * @example John
             */
            participantName: string;
        };
        /** @description Body of the `participant-joined` webhook: a participant joined a session. */
        ParticipantJoinedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-joined";
            data: components["schemas"]["ParticipantPresenceData"];
        };
        /** @description Body of the `participant-left` webhook: a participant left a session. */
        ParticipantLeftEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-left";
            data: components["schemas"]["ParticipantPresenceData"];
        };
        /** @description A session that has started. */
        SessionStartedData: {
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * Format: date-time
             * @description When the session started (samples use a `+00:00` offset).
             * @example 2022-07-05T15:55:35.047+00:00
             */
            start: string;
        };
        /** @description Body of the `session-started` webhook: a session started. */
        SessionStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "session-started";
            data: components["schemas"]["SessionStartedData"];
        };
        /** @description A session that has ended. */
        SessionEndedData: {
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * Format: date-time
             * @description When the session started.
             * @example 2022-07-05T15:55:35.047+00:00
             */
            start: string;
            /**
             * Format: date-time
             * @description When the session ended.
             * @example 2022-07-05T16:00:35.047+00:00
             */
            end: string;
        };
        /** @description Body of the `session-ended` webhook: a session ended. */
        SessionEndedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "session-ended";
            data: components["schemas"]["SessionEndedData"];
        };
        /** @description The room and session an event belongs to (recording, livestream and HLS lifecycle events). */
        MeetingSessionData: {
            /**
             * @description The room id (`roomId`), e.g. `jvsg-8rjn-j304`. Usually three dash-separated groups of lowercase letters and
             *     digits (`abcd-efgh-ijkl`); not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
        };
        /** @description Body of the `recording-starting` webhook: a meeting recording is being started. */
        RecordingStartingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "recording-starting";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `recording-started` webhook: a meeting recording has started. */
        RecordingStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "recording-started";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `recording-stopping` webhook: a meeting recording is being stopped. */
        RecordingStoppingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "recording-stopping";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description A meeting recording that has stopped, with its file. */
        RecordingStoppedData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The recording file's path in storage.
             * @example /encoded/videos/62d148951a1eb20029fc9b05.mp4
             */
            filePath: string;
            /**
             * Format: uri
             * @description A download URL of the recording file.
             * @example https://cdn.videosdk.live/encoded/videos/62d148951a1eb20029fc9b05.mp4
             */
            fileUrl: string;
        };
        /** @description Body of the `recording-stopped` webhook: a meeting recording has stopped and its file is ready. */
        RecordingStoppedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "recording-stopped";
            data: components["schemas"]["RecordingStoppedData"];
        };
        /** @description Body of the `recording-failed` webhook: a meeting recording failed. */
        RecordingFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "recording-failed";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description A participant recording that is starting, started or stopping. */
        ParticipantRecordingData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The recorded participant.
             * @example abcd
             */
            participantId: string;
            /**
             * @description The container of the recording. The docs only document `webm`; the official server SDK also offers
             *     `mp4` and `m3u8` (UNCONFIRMED).
             * @example webm
             */
            fileFormat: string;
        };
        /** @description Body of the `participant-recording-starting` webhook: a participant recording is being started. */
        ParticipantRecordingStartingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-recording-starting";
            data: components["schemas"]["ParticipantRecordingData"];
        };
        /** @description Body of the `participant-recording-started` webhook: a participant recording has started. */
        ParticipantRecordingStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-recording-started";
            data: components["schemas"]["ParticipantRecordingData"];
        };
        /** @description Body of the `participant-recording-stopping` webhook: a participant recording is being stopped. */
        ParticipantRecordingStoppingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-recording-stopping";
            data: components["schemas"]["ParticipantRecordingData"];
        };
        /** @description One file produced by a recording. */
        RecordingFileDetail: {
            /**
             * @description The file's path in storage (relative to the storage root, e.g. `/encoded/videos/<id>.mp4`).
             * @example /encoded/videos/62d148951a1eb20029fc9b05.mp4
             */
            filePath: string;
            /**
             * Format: uri
             * @description A download URL of the file (VideoSDK's CDN unless you configured your own storage).
             * @example https://cdn.videosdk.live/encoded/videos/62d148951a1eb20029fc9b05.mp4
             */
            fileUrl: string;
        };
        /** @description A participant recording that has stopped, with its files. */
        ParticipantRecordingStoppedData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The recorded participant.
             * @example abcd
             */
            participantId: string;
            /** @description The files the recording produced. */
            fileDetails: components["schemas"]["RecordingFileDetail"][];
        };
        /** @description Body of the `participant-recording-stopped` webhook: a participant recording has stopped and its files are ready. */
        ParticipantRecordingStoppedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-recording-stopped";
            data: components["schemas"]["ParticipantRecordingStoppedData"];
        };
        /** @description A participant recording that failed. */
        ParticipantRecordingFailedData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The participant whose recording failed.
             * @example abcd
             */
            participantId: string;
        };
        /** @description Body of the `participant-recording-failed` webhook: a participant recording failed. */
        ParticipantRecordingFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-recording-failed";
            data: components["schemas"]["ParticipantRecordingFailedData"];
        };
        /** @description A track recording that is starting, started, stopping or failed. */
        ParticipantTrackRecordingData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The participant whose track is recorded.
             * @example abcd
             */
            participantId: string;
            kind: components["schemas"]["TrackKind"];
        };
        /** @description Body of the `participant-track-recording-starting` webhook: a track recording is being started. */
        ParticipantTrackRecordingStartingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-track-recording-starting";
            data: components["schemas"]["ParticipantTrackRecordingData"];
        };
        /** @description Body of the `participant-track-recording-started` webhook: a track recording has started. */
        ParticipantTrackRecordingStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-track-recording-started";
            data: components["schemas"]["ParticipantTrackRecordingData"];
        };
        /** @description Body of the `participant-track-recording-stopping` webhook: a track recording is being stopped. */
        ParticipantTrackRecordingStoppingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-track-recording-stopping";
            data: components["schemas"]["ParticipantTrackRecordingData"];
        };
        /** @description A track recording that has stopped, with its files. */
        ParticipantTrackRecordingStoppedData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description The participant whose track was recorded.
             * @example abcd
             */
            participantId: string;
            kind: components["schemas"]["TrackKind"];
            /** @description The files the recording produced (a new file starts each time the participant re-enables the track). */
            fileDetails: components["schemas"]["RecordingFileDetail"][];
        };
        /** @description Body of the `participant-track-recording-stopped` webhook: a track recording has stopped and its files are ready. */
        ParticipantTrackRecordingStoppedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-track-recording-stopped";
            data: components["schemas"]["ParticipantTrackRecordingStoppedData"];
        };
        /** @description Body of the `participant-track-recording-failed` webhook: a track recording failed. */
        ParticipantTrackRecordingFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "participant-track-recording-failed";
            data: components["schemas"]["ParticipantTrackRecordingData"];
        };
        /** @description A merge job that finished. */
        MergeRecordingCompletedData: {
            /**
             * @description The merge job id, as returned by `POST /v2/recordings/participant/merge`. Usually a UUID; not enforced:
             *     VideoSDK's own examples show `abcd-abcd-abcd-abcd-abcd`.
             * @example bf37fabb-6e34-418b-bc29-97f053fc6cfe
             */
            id: string;
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session whose recordings were merged. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own
             *     examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
        };
        /** @description Body of the `merge-recording-completed` webhook: participant recordings have been merged. */
        MergeRecordingCompletedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "merge-recording-completed";
            data: components["schemas"]["MergeRecordingCompletedData"];
        };
        /** @description A merge job that failed. */
        MergeRecordingFailedData: {
            /**
             * @description The merge job id. Usually a UUID; not enforced: VideoSDK's own examples show `abcd-abcd-abcd-abcd-abcd`.
             * @example bf37fabb-6e34-418b-bc29-97f053fc6cfe
             */
            id: string;
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session whose recordings were to be merged. Usually a 24-character hex ObjectId; not enforced: VideoSDK's
             *     own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * @description Why the merge failed, when VideoSDK says (optional: the docs write the key as `message?` with the value
             *     "error message, if any").
             */
            message?: string;
        };
        /** @description Body of the `merge-recording-failed` webhook: a merge job failed. */
        MergeRecordingFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "merge-recording-failed";
            data: components["schemas"]["MergeRecordingFailedData"];
        };
        /** @description Body of the `livestream-starting` webhook: an RTMP livestream is being started. */
        LivestreamStartingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "livestream-starting";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `livestream-started` webhook: an RTMP livestream has started. */
        LivestreamStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "livestream-started";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `livestream-stopping` webhook: an RTMP livestream is being stopped. */
        LivestreamStoppingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "livestream-stopping";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `livestream-stopped` webhook: an RTMP livestream has stopped. */
        LivestreamStoppedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "livestream-stopped";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `livestream-failed` webhook: an RTMP livestream failed. */
        LivestreamFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "livestream-failed";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `hls-starting` webhook: an HLS stream is being started. */
        HlsStartingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "hls-starting";
            data: components["schemas"]["MeetingSessionData"];
        };
        /**
         * @description An HLS stream that has started or become playable, with its playback URLs. The 2025 docs send
         *     `playbackHlsUrl`; the 2024 docs sent the now-deprecated `downstreamUrl` instead, so neither is required.
         */
        HlsPlaybackData: {
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The session id. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other forms.
             * @example 613731342f27f56e4fc4b6d0
             */
            sessionId: string;
            /**
             * Format: uri
             * @description HLS playlist with DVR/playback support (`.../index.m3u8`).
             * @example https://cdn.videosdk.live/meetings-hls/b8a770ef-d713-4a27-9ab7-e5a0b724caaf/index.m3u8
             */
            playbackHlsUrl?: string;
            /**
             * Format: uri
             * @description Live-only HLS playlist without playback support (`.../live.m3u8`). The docs' prose says it is delivered on
             *     `hls-playable`, but no docs sample shows it (UNCONFIRMED).
             * @example https://cdn.videosdk.live/meetings-hls/b8a770ef-d713-4a27-9ab7-e5a0b724caaf/live.m3u8
             */
            livestreamUrl?: string;
            /**
             * Format: uri
             * @deprecated
             * @description Deprecated alias of `playbackHlsUrl`, sent by the 2024 docs' samples instead of it.
             * @example https://cdn.videosdk.live/meetings-hls/b8a770ef-d713-4a27-9ab7-e5a0b724caaf/index.m3u8
             */
            downstreamUrl?: string;
        };
        /** @description Body of the `hls-started` webhook: HLS encoding has started. */
        HlsStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "hls-started";
            data: components["schemas"]["HlsPlaybackData"];
        };
        /** @description Body of the `hls-playable` webhook: the HLS stream is playable. */
        HlsPlayableEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "hls-playable";
            data: components["schemas"]["HlsPlaybackData"];
        };
        /** @description Body of the `hls-stopping` webhook: an HLS stream is being stopped. */
        HlsStoppingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "hls-stopping";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `hls-stopped` webhook: an HLS stream has stopped. */
        HlsStoppedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "hls-stopped";
            data: components["schemas"]["MeetingSessionData"];
        };
        /** @description Body of the `hls-failed` webhook: an HLS stream failed. */
        HlsFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "hls-failed";
            data: components["schemas"]["MeetingSessionData"];
        };
        /**
         * @description Which kind of transcription the event is about. `realtime` is the only documented value; the value sent
         *     for post-call transcriptions is UNCONFIRMED (left open here).
         * @example realtime
         */
        WebhookTranscriptionType: string;
        /** @description A realtime or post-call transcription job that started, stopped or failed. */
        TranscriptionEventData: {
            /**
             * @description The transcription id, as used by the `/ai/v1` transcription endpoints. Usually a UUID; not enforced.
             * @example 40b0a4ed-9842-40c9-a288-e4b1bf98a90a
             */
            id: string;
            type: components["schemas"]["WebhookTranscriptionType"];
            /**
             * @description The room id (`roomId`). Usually three dash-separated groups of lowercase letters and digits (`abcd-efgh-ijkl`);
             *     not enforced.
             * @example jvsg-8rjn-j304
             */
            meetingId: string;
            /**
             * @description The transcribed session. Usually a 24-character hex ObjectId; not enforced: VideoSDK's own examples show other
             *     forms.
             * @example 621497578bea0d0404c35c4c
             */
            sessionId: string;
        };
        /** @description Body of the `transcription-started` webhook: a transcription has started. */
        TranscriptionStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "transcription-started";
            data: components["schemas"]["TranscriptionEventData"];
        };
        /** @description Body of the `transcription-stopped` webhook: a transcription has stopped. */
        TranscriptionStoppedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "transcription-stopped";
            data: components["schemas"]["TranscriptionEventData"];
        };
        /** @description Body of the `transcription-failed` webhook: a transcription failed. */
        TranscriptionFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "transcription-failed";
            data: components["schemas"]["TranscriptionEventData"];
        };
        /** @description A post-call transcription that completed (2024 payload; UNCONFIRMED today). */
        TranscriptionCompletedData: {
            /**
             * @description The transcription id. Usually a UUID; not enforced.
             * @example 40b0a4ed-9842-40c9-a288-e4b1bf98a90a
             */
            id: string;
            /**
             * @description The room id. Note the key is `roomId` here, where the other events say `meetingId`. Usually three dash-separated
             *     groups of lowercase letters and digits (`abcd-efgh-ijkl`); not enforced.
             * @example jvsg-8rjn-j304
             */
            roomId: string;
        };
        /** @description Body of the `transcription-completed` webhook: a post-call transcription completed (2024 payload). */
        TranscriptionCompletedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "transcription-completed";
            data: components["schemas"]["TranscriptionCompletedData"];
        };
        /**
         * @description The kind of composition unit acquired. Known values: `recording`, `hls`, `rtmp` (the `type` of the
         *     resource-pool acquire call, known only from the official server SDK and an unmerged 2024 docs branch;
         *     left open, UNCONFIRMED).
         * @example recording
         */
        AcquiredResourceType: string;
        /** @description A pre-acquired composition resource that is ready. */
        ResourceAcquiredData: {
            /**
             * @description The resource id; pass it as `resourceId` to a start call (UNCONFIRMED). Usually a 24-character hex ObjectId; not
             *     enforced: VideoSDK's own examples show other forms.
             * @example abcdef9879288c1f48339f64
             */
            id: string;
            type: components["schemas"]["AcquiredResourceType"];
        };
        /** @description Body of the `resource-acquired` webhook: a composition resource was acquired. */
        ResourceAcquiredEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "resource-acquired";
            data: components["schemas"]["ResourceAcquiredData"];
        };
        /** @description An AI-agent deployment session (VideoSDK agent cloud). */
        AiDeploymentSessionData: {
            /**
             * @description The AI-deployment session id (`session-<uuid>` in the webhook sample; the start-session call's answer shows
             *     a plain UUID), from `/ai/v1/ai-deployment-sessions`; not a meeting session id.
             * @example session-5bf19efa-22af-41d8-8a3f-b4dbd3f8bcac
             */
            sessionId: string;
        };
        /** @description Body of the `ai-deployment-session-starting` webhook: an AI-deployment session is queued. */
        AiDeploymentSessionStartingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "ai-deployment-session-starting";
            data: components["schemas"]["AiDeploymentSessionData"];
        };
        /** @description Body of the `ai-deployment-session-started` webhook: an AI-deployment session is running. */
        AiDeploymentSessionStartedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "ai-deployment-session-started";
            data: components["schemas"]["AiDeploymentSessionData"];
        };
        /** @description Body of the `ai-deployment-session-stopping` webhook: an AI-deployment session is stopping. */
        AiDeploymentSessionStoppingEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "ai-deployment-session-stopping";
            data: components["schemas"]["AiDeploymentSessionData"];
        };
        /** @description Body of the `ai-deployment-session-stopped` webhook: an AI-deployment session has stopped. */
        AiDeploymentSessionStoppedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "ai-deployment-session-stopped";
            data: components["schemas"]["AiDeploymentSessionData"];
        };
        /** @description Body of the `ai-deployment-session-failed` webhook: an AI-deployment session failed. */
        AiDeploymentSessionFailedEvent: {
            /**
             * @description The event name. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            webhookType: "ai-deployment-session-failed";
            data: components["schemas"]["AiDeploymentSessionData"];
        };
    };
    responses: {
        /** @description The request is invalid (a missing or malformed field). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The `Authorization` header is missing, or the token is invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description VideoSDK may answer unknown or foreign rooms with 402: a comment in VideoSDK's own server SDK says deactivating a
         *     room by its customRoomId is rejected with 402, and that SDK treats 402 like 404 elsewhere (UNCONFIRMED which calls
         *     use it; the API reference documents no status codes).
         *     Treat it as "not found".
         */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The token lacks the permission or role for this call (for example a `rtc`-only token). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The resource does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Rate limited. VideoSDK documents neither its limits nor a `Retry-After` header (UNCONFIRMED); when the header is
         *     sent, wait that long before trying again.
         */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait, or an HTTP date (UNCONFIRMED that VideoSDK sends it).
                 * @example 1
                 */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description VideoSDK failed to handle the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description The 1-based page number. */
        Page: number;
        /** @description Items per page. */
        PerPage: number;
        /**
         * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
         *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
         * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
         */
        VideosdkSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listRooms: {
        parameters: {
            query?: {
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
                /**
                 * @description Only rooms whose roomId or customRoomId equals this value (UNCONFIRMED: known only from the official server SDK).
                 * @example final-testing
                 */
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rooms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RoomCreateOptions"];
            };
        };
        responses: {
            /** @description The new room. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room to fetch: its roomId or its customRoomId (the official server SDK also accepts the internal `id`).
                 * @example abc-xyzw-lmno
                 */
                roomId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room to update (roomId).
                 * @example abcd-xyzw-lmno
                 */
                roomId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomStatusUpdate"];
            };
        };
        responses: {
            /** @description The room with its new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedRoom"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    validateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room to check: its roomId or customRoomId.
                 * @example abc-xyzw-lmno
                 */
                roomId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The room exists and belongs to the caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deactivateRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoomDeactivateOptions"];
            };
        };
        responses: {
            /** @description The deactivated room document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeactivatedRoom"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /**
                 * @description Only sessions of this room. The docs' parameter table marks it REQUIRED; the same page's text and the official server SDK say it is optional, so it is optional here.
                 * @example abc-xyzw-lmno
                 */
                roomId?: string;
                /**
                 * @description Only sessions of the room with this custom id.
                 * @example testing-room
                 */
                customRoomId?: string;
                /** @description A search text (UNCONFIRMED: known only from the official server SDK). */
                query?: string;
                /**
                 * @description Only sessions that started at or after this time, in epoch milliseconds (UNCONFIRMED: known only from the official server SDK).
                 * @example 1645514231505
                 */
                startDate?: number;
                /**
                 * @description Only sessions that started at or before this time, in epoch milliseconds (UNCONFIRMED: known only from the official server SDK).
                 * @example 1645600631505
                 */
                endDate?: number;
                /**
                 * @description Only sessions with this status (UNCONFIRMED: known only from the official server SDK).
                 * @example ended
                 */
                status?: components["schemas"]["SessionStatus"];
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (24-character ObjectId).
                 * @example 621490331a4fb00409e38ca4
                 */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listSessionParticipants: {
        parameters: {
            query?: {
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path: {
                /**
                 * @description The session id (24-character ObjectId).
                 * @example 61763c2597b0c743cf454204
                 */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the session's participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionParticipantList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listActiveSessionParticipants: {
        parameters: {
            query?: {
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path: {
                /**
                 * @description The session id (24-character ObjectId).
                 * @example 64bb3619669942e088479mm0
                 */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of connected participants, inside their session document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveSessionParticipantList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSessionParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (24-character ObjectId).
                 * @example 621490331a4fb00409e38ca4
                 */
                sessionId: string;
                /**
                 * @description The participant id.
                 * @example hasm43
                 */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionEndOptions"];
            };
        };
        responses: {
            /** @description The session being ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    removeSessionParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRemoveOptions"];
            };
        };
        responses: {
            /** @description The session (docs) or a confirmation string (official server SDK). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveSessionParticipantResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSessionStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (24-character ObjectId).
                 * @example 62d13ccea0f6ac85649d7931
                 */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's quality statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getSessionParticipantStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id (24-character ObjectId).
                 * @example 62d13ccea0f6ac85649d7931
                 */
                sessionId: string;
                /**
                 * @description The participant id.
                 * @example fj9jxhtw
                 */
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant's quality statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    startRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStartOptions"];
            };
        };
        responses: {
            /** @description The recording is starting (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    endRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingEndOptions"];
            };
        };
        responses: {
            /** @description The recording is stopping (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRecordings: {
        parameters: {
            query?: {
                /**
                 * @description The room whose recordings are listed (required per the 2024 docs; optional per the official server SDK;
                 *     UNCONFIRMED).
                 * @example abc-xyzw-lmno
                 */
                roomId?: string;
                /**
                 * @description Only the recordings of this session.
                 * @example 61d6e823783d6b03a026ac05
                 */
                sessionId?: string;
                /**
                 * @description An exact or regular-expression match on the room id (UNCONFIRMED: known only from the official server
                 *     SDK).
                 */
                query?: string;
                /**
                 * @description Include the recordings' transcription data (UNCONFIRMED: known only from the official server SDK; the
                 *     shape of the added data is not documented).
                 */
                withTranscription?: boolean;
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRecording: {
        parameters: {
            query?: {
                /**
                 * @description Include the recording's transcription data (UNCONFIRMED: known only from the official server SDK; the
                 *     shape of the added data is not documented).
                 */
                withTranscription?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The recording id (a 24-character ObjectId).
                 * @example 61d6e834e1326304a9e73dac
                 */
                recordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The recording id (a 24-character ObjectId).
                 * @example 61d6e834e1326304a9e73dac
                 */
                recordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording was deleted (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    startParticipantRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRecordingStartOptions"];
            };
        };
        responses: {
            /** @description The participant recording is starting (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    stopParticipantRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRecordingStopOptions"];
            };
        };
        responses: {
            /** @description The participant recording is stopping (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listParticipantRecordings: {
        parameters: {
            query?: {
                /**
                 * @description The room whose participant recordings are listed (probably required, by analogy with the track list;
                 *     optional per the official server SDK; UNCONFIRMED).
                 * @example abcd-efgh-riwb
                 */
                roomId?: string;
                /**
                 * @description Only the recordings of this session.
                 * @example 61d6e823783d6b03a026ac05
                 */
                sessionId?: string;
                /**
                 * @description Only the recordings of this participant.
                 * @example abcd
                 */
                participantId?: string;
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of participant recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndividualRecordingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getParticipantRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The participant recording id (its `id`, a 24-character ObjectId).
                 * @example 66976600a8faa5fa9694945c
                 */
                participantRecordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndividualRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteParticipantRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The participant recording id (its `id`, a 24-character ObjectId).
                 * @example 66976600a8faa5fa9694945c
                 */
                participantRecordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant recording was deleted (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    startTrackRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackRecordingStartOptions"];
            };
        };
        responses: {
            /** @description The track recording is starting (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    stopTrackRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackRecordingStopOptions"];
            };
        };
        responses: {
            /** @description The track recording is stopping (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listTrackRecordings: {
        parameters: {
            query: {
                /**
                 * @description The room whose track recordings are listed (REQUIRED per the docs page).
                 * @example abcd-efgh-riwb
                 */
                roomId: string;
                /**
                 * @description Only the recordings of this session.
                 * @example 61d6e823783d6b03a026ac05
                 */
                sessionId?: string;
                /**
                 * @description Only the recordings of this participant.
                 * @example abcd
                 */
                participantId?: string;
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of track recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndividualRecordingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getTrackRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The track recording id (its `id`, a 24-character ObjectId).
                 * @example 66976600a8faa5fa9694945c
                 */
                trackRecordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The track recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndividualRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteTrackRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The track recording id (its `id`, a 24-character ObjectId).
                 * @example 66976600a8faa5fa9694945c
                 */
                trackRecordingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The track recording was deleted (a bare JSON string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listMergeRecordings: {
        parameters: {
            query?: {
                /**
                 * @description Only the jobs in this state (the docs name `completed` and `failed`).
                 * @example completed
                 */
                status?: components["schemas"]["MergeRecordingStatus"];
                /**
                 * @description Only the jobs of this room.
                 * @example e548-ez2o-bpk4
                 */
                roomId?: string;
                /**
                 * @description Only the jobs of this session.
                 * @example 6847c231fbaa8b416bc87014
                 */
                sessionId?: string;
                /**
                 * @description Only the job with this merge id.
                 * @example 40b0a4ed-9842-40c9-a288-e4b1bf98a90a
                 */
                id?: string;
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /**
                 * @description Items per page. The docs sample answers with `perPage: 10`, so the server's default may be 10 rather than
                 *     the 20 of other lists (UNCONFIRMED); pass it to be sure.
                 * @example 10
                 */
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of merge recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeRecordingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createMergeRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRecordingCreateOptions"];
            };
        };
        responses: {
            /** @description The merge job was started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeRecordingJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getMergeRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The merge id (a UUID; `recording.id` of the create response).
                 * @example 40b0a4ed-9842-40c9-a288-e4b1bf98a90a
                 */
                mergeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merge recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeRecording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    startLivestream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamStartOptions"];
            };
        };
        responses: {
            /** @description The livestream is starting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    endLivestream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamEndOptions"];
            };
        };
        responses: {
            /** @description The livestream is stopping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listLivestreams: {
        parameters: {
            query?: {
                /**
                 * @description Only livestreams of this room. The 2024 docs mark it required; the official server SDK treats it as
                 *     optional (UNCONFIRMED).
                 * @example f8a-el1-ftt5
                 */
                roomId?: string;
                /**
                 * @description Only livestreams of this session.
                 * @example 63e5fa3db9fa80ed9be22d96
                 */
                sessionId?: string;
                /** @description A free-text filter whose meaning is not documented (UNCONFIRMED: known only from the official server SDK). */
                query?: string;
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of livestreams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivestreamList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getLivestream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The livestream id (docs name it `RtmpId`).
                 * @example 63e5fb96b9fa80ed9be22db6
                 */
                livestreamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The livestream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Livestream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    startHls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStartOptions"];
            };
        };
        responses: {
            /** @description The HLS stream that was started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartedHlsStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    endHls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsEndOptions"];
            };
        };
        responses: {
            /** @description The HLS stream is stopping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listHls: {
        parameters: {
            query?: {
                /**
                 * @description Only streams of this room. The 2024 docs mark it required; the official server SDK treats it as
                 *     optional (UNCONFIRMED).
                 * @example abcd-efgh-ijkl
                 */
                roomId?: string;
                /**
                 * @description Only streams of this session.
                 * @example abcde94c96e17e03fb0abcde4
                 */
                sessionId?: string;
                /** @description A free-text filter whose meaning is not documented (UNCONFIRMED: known only from the official server SDK). */
                query?: string;
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of HLS streams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HlsStreamList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getHls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The HLS stream id (docs name it `HlsId`).
                 * @example abcdef9879288c1f48339f64
                 */
                hlsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HLS stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HlsStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteHls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The HLS stream id.
                 * @example abcdef9879288c1f48339f64
                 */
                hlsId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HLS stream was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getActiveHls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The room id (docs name it `MeetingId`).
                 * @example abcd-efgh-ijkl
                 */
                roomId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running HLS stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveHlsStream"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            /**
             * @description No HLS stream is running in this room (the status comes from the official server SDK; the body is
             *     UNCONFIRMED).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    captureHlsThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsThumbnailCaptureOptions"];
            };
        };
        responses: {
            /** @description The captured thumbnail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HlsThumbnail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    startRealtimeTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RealtimeTranscriptionStartOptions"];
            };
        };
        responses: {
            /** @description The running transcription job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealtimeTranscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    endRealtimeTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RealtimeTranscriptionEndOptions"];
            };
        };
        responses: {
            /** @description The completed transcription job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealtimeTranscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRealtimeTranscriptions: {
        parameters: {
            query?: {
                /**
                 * @description Only transcriptions of this room (docs; the official server SDK says it is not supported, UNCONFIRMED).
                 * @example abc-xyzw-lmno
                 */
                roomId?: string;
                /**
                 * @description Only transcriptions of this session (docs; UNCONFIRMED whether it is applied).
                 * @example 621497578bea0d0404c35c4c
                 */
                sessionId?: string;
                /** @description Only transcriptions in this state (UNCONFIRMED: known only from the official server SDK). */
                status?: components["schemas"]["TranscriptionStatus"];
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of realtime transcriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealtimeTranscriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRealtimeTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transcription id (a UUID).
                 * @example 82feea14-6783-4e63-84fc-17c5666bfd5c
                 */
                transcriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcription job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealtimeTranscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listPostTranscriptions: {
        parameters: {
            query?: {
                /**
                 * @description Only transcriptions of this room (required-ness UNCONFIRMED).
                 * @example abc-xyzw-lmno
                 */
                roomId?: string;
                /**
                 * @description Only transcriptions of this session (required-ness UNCONFIRMED).
                 * @example 621497578bea0d0404c35c4c
                 */
                sessionId?: string;
                /** @description The 1-based page number. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                perPage?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of post-call transcriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostTranscriptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPostTranscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transcription id (a UUID).
                 * @example 40b0a4ed-9842-40c9-a288-e4b1bf98a90a
                 */
                transcriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The post-call transcription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostTranscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWebhookPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPublicKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    participantJoinedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantJoinedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantLeftWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantLeftEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sessionStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sessionEndedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionEndedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    recordingStartingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStartingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    recordingStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    recordingStoppingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStoppingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    recordingStoppedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingStoppedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    recordingFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantRecordingStartingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRecordingStartingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantRecordingStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRecordingStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantRecordingStoppingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRecordingStoppingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantRecordingStoppedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRecordingStoppedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantRecordingFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantRecordingFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantTrackRecordingStartingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantTrackRecordingStartingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantTrackRecordingStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantTrackRecordingStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantTrackRecordingStoppingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantTrackRecordingStoppingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantTrackRecordingStoppedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantTrackRecordingStoppedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    participantTrackRecordingFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantTrackRecordingFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    mergeRecordingCompletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRecordingCompletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    mergeRecordingFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRecordingFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    livestreamStartingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamStartingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    livestreamStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    livestreamStoppingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamStoppingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    livestreamStoppedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamStoppedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    livestreamFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LivestreamFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hlsStartingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStartingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hlsStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hlsPlayableWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsPlayableEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hlsStoppingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStoppingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hlsStoppedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsStoppedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hlsFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HlsFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transcriptionStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transcriptionStoppedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionStoppedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transcriptionFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    transcriptionCompletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptionCompletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    resourceAcquiredWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceAcquiredEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    aiDeploymentSessionStartingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AiDeploymentSessionStartingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    aiDeploymentSessionStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AiDeploymentSessionStartedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    aiDeploymentSessionStoppingWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AiDeploymentSessionStoppingEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    aiDeploymentSessionStoppedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AiDeploymentSessionStoppedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    aiDeploymentSessionFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Base64 RSA-SHA256 (RSASSA-PKCS1-v1_5) signature over the raw request body, made with VideoSDK's private key.
                 *     Verify it with the PEM key from `GET /v2/public/rsa-public-key`, on the raw bytes, before parsing.
                 * @example KmFzZS1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
                 */
                "videosdk-signature": components["parameters"]["VideosdkSignature"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event, as `{webhookType, data}`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AiDeploymentSessionFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledge the delivery with any 2xx status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
