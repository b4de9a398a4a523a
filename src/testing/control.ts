/**
 * The sandbox's control API (`/_sandbox/...`): what a real VideoSDK learns from client SDKs and its own composers,
 * the sandbox is told here: participants join and leave, a composition fails, webhooks are inspected, state is reset.
 * It is described by its own small OpenAPI document, spec/sandbox-control.yaml (served at `/_sandbox/openapi.json`),
 * and Prism validates its requests and answers like those of the API. This is its client, typed from that document.
 */

import type { components, operations } from "../../generated/sandbox-control.js";
import controlSpec from "../../generated/sandbox-control.json" with { type: "json" };
import { VideoSDKError } from "../errors.js";
import type { RejectedRequest } from "./rejected-requests.js";
import { CONTROL_HEADER } from "./request-guard.js";
import type { LifecycleResource, ResourceFilter } from "./resource-list.js";
import type { FailureKind } from "./state.js";
import type { WebhookDeliveryRecord } from "./webhooks.js";

/** An OpenAPI 3.1 document (the control API's). */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly paths: Readonly<Record<string, unknown>>;
  readonly components?: Readonly<Record<string, unknown>>;
}

/** The OpenAPI document of the control API (generated/sandbox-control.json, from spec/sandbox-control.yaml). */
export const CONTROL_OPENAPI: OpenApiDocument = controlSpec;

/** The JSON answer of a control operation with a given status. */
export type ControlAnswerBody<K extends keyof operations, Status extends number> = operations[K]["responses"] extends {
  [S in Status]: { content: { "application/json": infer Body } };
}
  ? Body
  : never;
/** The JSON body of a control operation's request. */
export type ControlRequestBody<K extends keyof operations> = operations[K] extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

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

export type SandboxParticipant = components["schemas"]["Participant"];

export type SandboxWebhookDelivery = WebhookDeliveryRecord;

export interface WebhookFilter {
  event?: string | undefined;
  roomId?: string | undefined;
  /** Only deliveries created or changed at or after this time (compared with each one's `updatedAt`). */
  since?: string | Date | undefined;
}

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
  /** The webhook deliveries so far (the last 1,000), oldest first. */
  webhooks(filter?: WebhookFilter): Promise<SandboxWebhookDelivery[]>;
  /** Polls the deliveries until one of `event` is there, and returns it. */
  waitForWebhook(event: string, options?: WaitForWebhookOptions): Promise<SandboxWebhookDelivery>;
  /** Answers of the sandbox that broke the spec; empty unless the sandbox has a bug. */
  violations(): Promise<unknown[]>;
  /** The last 200 requests found out of contract (400, or 404/405 for no such path or method), oldest first. */
  rejectedRequests(): Promise<RejectedRequest[]>;
  /** Recordings, streams, merges and realtime transcriptions with the phase each is in now, newest first. */
  resources(filter?: ResourceFilter): Promise<LifecycleResource[]>;
  /** Forgets every room, session, recording, delivery, violation and rejected request. */
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
  /** One call of operation K; its answer typed by the control API's document. */
  const call = async <K extends keyof operations, Status extends number = 200>(
    _operation: K,
    method: "GET" | "POST" | "DELETE",
    path: string,
    body?: ControlRequestBody<K>,
  ): Promise<ControlAnswerBody<K, Status>> => {
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
    return parsed as ControlAnswerBody<K, Status>;
  };
  const room = (roomId: string) => `/_sandbox/rooms/${encodeURIComponent(roomId)}/participants`;
  /** `?name=value&...` of the defined values, or nothing. */
  const search = (values: Record<string, string | number | undefined>) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value !== undefined) query.set(name, String(value));
    return query.size ? `?${query}` : "";
  };
  const webhooks = async (filter: WebhookFilter = {}) => {
    const since = filter.since instanceof Date ? filter.since.toISOString() : filter.since;
    const query = search({ event: filter.event, roomId: filter.roomId, since });
    const answer = await call("listWebhooks", "GET", `/_sandbox/webhooks${query}`);
    return answer.deliveries as SandboxWebhookDelivery[];
  };
  return {
    join: async (roomId, participant = {}) =>
      await call<"joinParticipant", 201>("joinParticipant", "POST", room(roomId), participant),
    leave: async (roomId, participantId) => {
      await call("leaveParticipant", "DELETE", `${room(roomId)}/${encodeURIComponent(participantId)}`);
    },
    participants: async (roomId) => (await call("listParticipants", "GET", room(roomId))).participants,
    fail: async (roomId, kind, options = {}) =>
      (await call("fail", "POST", "/_sandbox/fail", { roomId, kind, ...options })).applied,
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
    violations: async () => (await call("listViolations", "GET", "/_sandbox/violations")).violations,
    rejectedRequests: async () => (await call("listViolations", "GET", "/_sandbox/violations")).requests,
    resources: async (filter = {}) =>
      (await call("listResources", "GET", `/_sandbox/resources${search({ ...filter })}`)).resources,
    reset: async () => {
      await call("reset", "POST", "/_sandbox/reset");
    },
  };
}
