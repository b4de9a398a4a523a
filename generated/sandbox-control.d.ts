/**
 * This file is generated from spec/ by `npm run generate`. Do not edit it by hand.
 */

export interface paths {
    "/_sandbox/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the sandbox is ready */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/rooms/{roomId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The roomId or the customRoomId. */
                roomId: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        /** The participants in the room's session now */
        get: operations["listParticipants"];
        put?: never;
        /** A participant joins the room (its session starts with the first one) */
        post: operations["joinParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/rooms/{roomId}/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The roomId or the customRoomId. */
                roomId: components["parameters"]["RoomId"];
                participantId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** A participant leaves (the session ends with the last one) */
        delete: operations["leaveParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/fail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make the running (or else the next) composition of a kind in a room fail */
        post: operations["fail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The webhook deliveries so far, oldest first, with each attempt's answer
         * @description The sandbox keeps the last 1,000 deliveries. To follow them without being sent all of them each time, pass
         *     `since`: only the deliveries created or changed (a new attempt, a new status) at or after that time come
         *     back. Poll with the largest `updatedAt` seen so far: a delivery may come back twice, never be missed. When
         *     `clearedAt` differs from the one of the last answer, the list was emptied in between (a reset, or a new
         *     sandbox): every delivery kept since then is in this answer, and those seen before are gone.
         */
        get: operations["listWebhooks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything with a lifecycle, newest first, with the phase it is in now
         * @description Recordings (meeting, participant and track), HLS and RTMP streams, merges and realtime transcriptions, as the
         *     simulator has them: the API's own views carry no phase, and a failure shows there only as a webhook. Deleted
         *     recordings are left out.
         */
        get: operations["listResources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Answers of the sandbox that broke the spec, and the last requests it rejected as out of contract */
        get: operations["listViolations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forget every room, session, recording, delivery, violation and rejected request */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/_sandbox/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["controlOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Message: {
            message: string;
        };
        Health: {
            /** @constant */
            status: "ready";
            apiKey: string;
        };
        JoinOptions: {
            participantId?: string;
            name?: string;
        };
        Joined: {
            participantId: string;
            sessionId: string;
        };
        Participant: {
            participantId: string;
            name: string;
            sessionId: string;
            /** Format: date-time */
            joinedAt: string;
        };
        /**
         * @description What fails; participant and track recordings can be narrowed to one participant.
         * @enum {string}
         */
        FailureKind: "recording" | "hls" | "livestream" | "participant-recording" | "track-recording" | "transcription" | "merge";
        FailOptions: {
            roomId: string;
            kind: components["schemas"]["FailureKind"];
            /** @description For participant and track recordings, only this participant's. */
            participantId?: string;
        };
        FailApplied: {
            roomId: string;
            kind: components["schemas"]["FailureKind"];
            /** @enum {string} */
            applied: "running" | "next";
        };
        Delivery: {
            id: string;
            event: string;
            url: string;
            /** @enum {string} */
            source: "room" | "call";
            roomId: string;
            /** @description The exact bytes sent and signed. */
            body: string;
            signature: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed" | "skipped";
            reason?: string;
            resourceId?: string;
            /**
             * Format: date-time
             * @description When it was created or last changed (an attempt, its status); what `since` compares.
             */
            updatedAt: string;
            attempts: {
                /** Format: date-time */
                at: string;
                status?: number;
                error?: string;
            }[];
        };
        /** @description An answer that broke the spec (sent as a 500 instead), or a failure of the sandbox itself. */
        ResponseViolation: {
            /** Format: date-time */
            at: string;
            method: string;
            path: string;
            /** @description Empty for a failure of the sandbox itself. */
            operationId: string;
            status: number;
            violations: components["schemas"]["Violation"][];
        };
        Violation: {
            /** @description Where, such as `body.roomId` (`sandbox` for a failure of the sandbox itself). */
            path: string;
            message: string;
        };
        /** @description A request that Prism found out of contract. Its body and its headers are not kept. */
        RejectedRequest: {
            /** @description Counts up from 1 since the sandbox started. */
            id: number;
            /** Format: date-time */
            at: string;
            method: string;
            /** @description The path, without the query. */
            path: string;
            /** @description The operation the path and method name, when they name one. */
            operationId?: string;
            /** @description The answer it got (400, or 404 or 405 when no operation matched). */
            status: number;
            problems: components["schemas"]["Violation"][];
        };
        /**
         * @description `transcription` is a realtime transcription; `postTranscription` one made after a recording or stream that
         *     had `transcription.enabled`.
         * @enum {string}
         */
        ResourceKind: "recording" | "hls" | "livestream" | "participantRecording" | "trackRecording" | "merge" | "transcription" | "postTranscription";
        /** @description A recording, stream, merge or transcription (realtime or post-call), and where it is in its lifecycle. */
        Resource: {
            kind: components["schemas"]["ResourceKind"];
            id: string;
            roomId: string;
            sessionId: string;
            /** @description Participant and track recordings only. */
            participantId?: string;
            /**
             * @description Recordings and streams: starting, started, playable (HLS only), stopping, stopped or failed. Merges and
             *     realtime transcriptions: running, completed or failed. Post-call transcriptions: running, then completed.
             * @enum {string}
             */
            phase: "starting" | "started" | "playable" | "stopping" | "stopped" | "running" | "completed" | "failed";
            failed: boolean;
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description When it entered its phase.
             */
            updatedAt: string;
            /** @description The step due next, while one is. */
            next?: {
                /** @enum {string} */
                phase: "starting" | "started" | "playable" | "stopping" | "stopped" | "completed" | "failed";
                /** Format: date-time */
                at: string;
            };
        };
    };
    responses: {
        /** @description Invalid request. */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        /** @description No such room. */
        NoSuchRoom: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
    };
    parameters: {
        /** @description The roomId or the customRoomId. */
        RoomId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The roomId or the customRoomId. */
                roomId: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connected participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        participants: components["schemas"]["Participant"][];
                    };
                };
            };
            404: components["responses"]["NoSuchRoom"];
        };
    };
    joinParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The roomId or the customRoomId. */
                roomId: components["parameters"]["RoomId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JoinOptions"];
            };
        };
        responses: {
            /** @description Joined. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Joined"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description The participant is not in the room's allowedParticipantIds. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            404: components["responses"]["NoSuchRoom"];
            /** @description The room is deactivated, or the participant is already in its session. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
        };
    };
    leaveParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The roomId or the customRoomId. */
                roomId: components["parameters"]["RoomId"];
                participantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such room or participant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
        };
    };
    fail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FailOptions"];
            };
        };
        responses: {
            /** @description `running` when something running failed now, `next` when the next start will fail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailApplied"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            404: components["responses"]["NoSuchRoom"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                event?: string;
                roomId?: string;
                /** @description Only the deliveries whose `updatedAt` is at or after this time. */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: components["schemas"]["Delivery"][];
                        /**
                         * Format: date-time
                         * @description When the list was last emptied (the sandbox's start or its last reset).
                         */
                        clearedAt: string;
                    };
                };
            };
            400: components["responses"]["InvalidRequest"];
        };
    };
    listResources: {
        parameters: {
            query?: {
                /** @description Only this room's (its roomId or customRoomId). */
                roomId?: string;
                kind?: components["schemas"]["ResourceKind"];
                /** @description At most this many, the newest (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        resources: components["schemas"]["Resource"][];
                    };
                };
            };
            400: components["responses"]["InvalidRequest"];
        };
    };
    listViolations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description `violations`: the answers that broke the spec (each was replaced by a 500); empty unless the sandbox has
             *     a bug. `requests`: the last 200 requests that Prism found out of contract (answered with a 400 naming each
             *     problem, or a 404 or 405 for a path or method the spec does not have), oldest first; the client's
             *     mistakes, not the sandbox's. Neither keeps a request's body or its headers.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        violations: components["schemas"]["ResponseViolation"][];
                        requests: components["schemas"]["RejectedRequest"][];
                    };
                };
            };
        };
    };
    reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    controlOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
