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
        /** The webhook deliveries so far, oldest first, with each attempt's answer */
        get: operations["listWebhooks"];
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
        /** Answers of the sandbox that broke the spec (each was replaced by a 500) */
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
        /** Forget every room, session, recording and delivery */
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
                    };
                };
            };
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
            /** @description The violations; empty unless the sandbox has a bug. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        violations: components["schemas"]["ResponseViolation"][];
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
