/**
 * The sandbox's control API (`/_sandbox/...`): what a real VideoSDK learns from client SDKs and its own composers,
 * the sandbox is told here: participants join and leave, a composition fails, webhooks are inspected, state is reset.
 * It is described by its own small OpenAPI document (served at `/_sandbox/openapi.json`), and Prism validates its
 * requests and answers like those of the API.
 */
import { VideoSDKError } from "../errors.js";
import { CONTROL_HEADER } from "./request-guard.js";
import { FAILURE_KINDS, type FailureKind } from "./state.js";
import type { WebhookDeliveryRecord } from "./webhooks.js";

const message = { type: "object", required: ["message"], properties: { message: { type: "string" } } };
const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Message" } } },
});
const roomIdParameter = {
  name: "roomId",
  in: "path",
  required: true,
  description: "The roomId or the customRoomId.",
  schema: { type: "string", minLength: 1 },
};

/** The OpenAPI document of the control API. */
export const CONTROL_OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "VideoSDK sandbox control API",
    version: "1.0.0",
    description:
      "Drives the local VideoSDK sandbox: participants join and leave rooms, compositions fail on demand, webhook deliveries are listed. Not part of VideoSDK's API.",
  },
  paths: {
    "/_sandbox/health": {
      get: {
        operationId: "health",
        summary: "Whether the sandbox is ready",
        responses: {
          "200": {
            description: "Ready.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["status", "apiKey"],
                  properties: { status: { const: "ready" }, apiKey: { type: "string" } },
                },
              },
            },
          },
        },
      },
    },
    "/_sandbox/rooms/{roomId}/participants": {
      parameters: [roomIdParameter],
      post: {
        operationId: "joinParticipant",
        summary: "A participant joins the room (its session starts with the first one)",
        requestBody: {
          required: false,
          content: {
            "application/json": {
              schema: {
                type: "object",
                additionalProperties: false,
                properties: {
                  participantId: { type: "string", minLength: 1, maxLength: 128 },
                  name: { type: "string", maxLength: 256 },
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Joined.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["participantId", "sessionId"],
                  properties: { participantId: { type: "string" }, sessionId: { type: "string" } },
                },
              },
            },
          },
          "400": errorResponse("Invalid request."),
          "403": errorResponse("The participant is not in the room's allowedParticipantIds."),
          "404": errorResponse("No such room."),
          "409": errorResponse("The room is deactivated, or the participant is already in its session."),
        },
      },
      get: {
        operationId: "listParticipants",
        summary: "The participants in the room's session now",
        responses: {
          "200": {
            description: "The connected participants.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["participants"],
                  properties: {
                    participants: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["participantId", "name", "sessionId", "joinedAt"],
                        properties: {
                          participantId: { type: "string" },
                          name: { type: "string" },
                          sessionId: { type: "string" },
                          joinedAt: { type: "string", format: "date-time" },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          "404": errorResponse("No such room."),
        },
      },
    },
    "/_sandbox/rooms/{roomId}/participants/{participantId}": {
      parameters: [
        roomIdParameter,
        { name: "participantId", in: "path", required: true, schema: { type: "string", minLength: 1 } },
      ],
      delete: {
        operationId: "leaveParticipant",
        summary: "A participant leaves (the session ends with the last one)",
        responses: { "204": { description: "Left." }, "404": errorResponse("No such room or participant.") },
      },
    },
    "/_sandbox/fail": {
      post: {
        operationId: "fail",
        summary: "Make the running (or else the next) composition of a kind in a room fail",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                additionalProperties: false,
                required: ["roomId", "kind"],
                properties: {
                  roomId: { type: "string", minLength: 1 },
                  kind: { type: "string", enum: [...FAILURE_KINDS] },
                  participantId: {
                    type: "string",
                    minLength: 1,
                    description: "For participant and track recordings: only this participant's.",
                  },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "`running` when something running failed now, `next` when the next start will fail.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["roomId", "kind", "applied"],
                  properties: {
                    roomId: { type: "string" },
                    kind: { type: "string" },
                    applied: { type: "string", enum: ["running", "next"] },
                  },
                },
              },
            },
          },
          "400": errorResponse("Invalid request."),
          "404": errorResponse("No such room."),
        },
      },
    },
    "/_sandbox/webhooks": {
      get: {
        operationId: "listWebhooks",
        summary: "The webhook deliveries so far, oldest first, with each attempt's answer",
        parameters: [
          { name: "event", in: "query", required: false, schema: { type: "string" } },
          { name: "roomId", in: "query", required: false, schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: "The deliveries.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["deliveries"],
                  properties: { deliveries: { type: "array", items: { $ref: "#/components/schemas/Delivery" } } },
                },
              },
            },
          },
        },
      },
    },
    "/_sandbox/violations": {
      get: {
        operationId: "listViolations",
        summary: "Answers of the sandbox that broke the spec (each was replaced by a 500)",
        responses: {
          "200": {
            description: "The violations; empty unless the sandbox has a bug.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["violations"],
                  properties: { violations: { type: "array", items: { type: "object" } } },
                },
              },
            },
          },
        },
      },
    },
    "/_sandbox/reset": {
      post: {
        operationId: "reset",
        summary: "Forget every room, session, recording and delivery",
        responses: { "204": { description: "Reset." } },
      },
    },
    "/_sandbox/openapi.json": {
      get: {
        operationId: "controlOpenApi",
        summary: "This document",
        responses: {
          "200": {
            description: "The OpenAPI document.",
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Message: message,
      Delivery: {
        type: "object",
        required: ["id", "event", "url", "source", "roomId", "body", "signature", "status", "attempts"],
        properties: {
          id: { type: "string" },
          event: { type: "string" },
          url: { type: "string" },
          source: { type: "string", enum: ["room", "call"] },
          roomId: { type: "string" },
          body: { type: "string", description: "The exact bytes sent and signed." },
          signature: { type: "string" },
          status: { type: "string", enum: ["pending", "delivered", "failed", "skipped"] },
          reason: { type: "string" },
          resourceId: { type: "string" },
          attempts: {
            type: "array",
            items: {
              type: "object",
              required: ["at"],
              properties: {
                at: { type: "string", format: "date-time" },
                status: { type: "integer" },
                error: { type: "string" },
              },
            },
          },
        },
      },
    },
  },
} as const;

// ---- the client -------------------------------------------------------------------------------------------------

/** A control API call that failed; `status` is the sandbox's answer (0 when it did not answer). */
export class SandboxError extends VideoSDKError {
  override name = "SandboxError";
  constructor(
    message: string,
    readonly status: number,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

export interface SandboxParticipant {
  participantId: string;
  name: string;
  sessionId: string;
  joinedAt: string;
}

export type SandboxWebhookDelivery = WebhookDeliveryRecord;

export interface WaitForWebhookOptions {
  roomId?: string | undefined;
  /** Only deliveries with this status (default: any, including pending). */
  status?: WebhookDeliveryRecord["status"] | undefined;
  /** Default 10 000 ms. */
  timeout?: number | undefined;
}

/** Drives a sandbox through its control API. */
export interface SandboxControl {
  /** A participant joins (the room's session starts with the first one). */
  join(
    roomId: string,
    participant?: { participantId?: string; name?: string },
  ): Promise<{ participantId: string; sessionId: string }>;
  /** A participant leaves (the session ends with the last one). */
  leave(roomId: string, participantId: string): Promise<void>;
  participants(roomId: string): Promise<SandboxParticipant[]>;
  /** Makes the running composition of `kind` fail now, or else the next one started in the room. */
  fail(roomId: string, kind: FailureKind, options?: { participantId?: string }): Promise<"running" | "next">;
  /** The webhook deliveries so far, oldest first. */
  webhooks(filter?: { event?: string; roomId?: string }): Promise<SandboxWebhookDelivery[]>;
  /** Polls the deliveries until one of `event` is there, and returns it. */
  waitForWebhook(event: string, options?: WaitForWebhookOptions): Promise<SandboxWebhookDelivery>;
  /** Answers of the sandbox that broke the spec; empty unless the sandbox has a bug. */
  violations(): Promise<unknown[]>;
  /** Forgets every room, session, recording and delivery. */
  reset(): Promise<void>;
}

/** A control client for the sandbox at `baseUrl` (e.g. `http://127.0.0.1:4010`, as `npm run sandbox` prints). */
export function createSandboxControl(baseUrl: string): SandboxControl {
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    throw new SandboxError(`baseUrl must be an absolute URL such as http://127.0.0.1:4010, got "${baseUrl}"`, 0);
  }
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(origin + path, {
        method,
        // The control header on calls that change the state (the sandbox refuses them without it or JSON).
        headers: {
          ...(method === "GET" ? {} : { [CONTROL_HEADER]: "1" }),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw new SandboxError(`the sandbox at ${origin} did not answer ${method} ${path}`, 0, { cause: error });
    }
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const detail = (parsed as { message?: string } | undefined)?.message ?? text;
      throw new SandboxError(`${method} ${path}: ${response.status} ${detail}`, response.status);
    }
    return parsed;
  };
  const room = (roomId: string) => `/_sandbox/rooms/${encodeURIComponent(roomId)}/participants`;
  const webhooks = async (filter: { event?: string; roomId?: string } = {}) => {
    const query = new URLSearchParams(
      Object.entries(filter).filter(([, value]) => value !== undefined) as [string, string][],
    );
    const answer = (await call("GET", `/_sandbox/webhooks${query.size ? `?${query}` : ""}`)) as {
      deliveries: SandboxWebhookDelivery[];
    };
    return answer.deliveries;
  };
  return {
    join: async (roomId, participant = {}) =>
      (await call("POST", room(roomId), participant)) as { participantId: string; sessionId: string },
    leave: async (roomId, participantId) => {
      await call("DELETE", `${room(roomId)}/${encodeURIComponent(participantId)}`);
    },
    participants: async (roomId) =>
      ((await call("GET", room(roomId))) as { participants: SandboxParticipant[] }).participants,
    fail: async (roomId, kind, options = {}) =>
      ((await call("POST", "/_sandbox/fail", { roomId, kind, ...options })) as { applied: "running" | "next" }).applied,
    webhooks,
    async waitForWebhook(event, options = {}) {
      const deadline = Date.now() + (options.timeout ?? 10_000);
      for (;;) {
        const found = (
          await webhooks({ event, ...(options.roomId === undefined ? {} : { roomId: options.roomId }) })
        ).find((delivery) => options.status === undefined || delivery.status === options.status);
        if (found) return found;
        if (Date.now() > deadline)
          throw new SandboxError(`no "${event}" webhook within ${options.timeout ?? 10_000} ms`, 0);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    violations: async () => ((await call("GET", "/_sandbox/violations")) as { violations: unknown[] }).violations,
    reset: async () => {
      await call("POST", "/_sandbox/reset");
    },
  };
}
