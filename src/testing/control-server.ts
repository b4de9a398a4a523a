/**
 * The control API's server side: one handler per operation of spec/sandbox-control.yaml, each typed with its request
 * and answer, so that an operation added to (or renamed in) that document without its handler fails the typecheck.
 * Requests reach a handler only after Prism has validated them against that document.
 */
import type { operations } from "../../generated/sandbox-control.js";
import { CONTROL_OPENAPI, type ControlAnswerBody, type ControlRequestBody } from "./control.js";
import type { ResponseViolation } from "./pipeline.js";
import type { RejectedRequests } from "./rejected-requests.js";
import { lifecycleResources, type ResourceKind } from "./resource-list.js";
import type { ApiRequest, Simulator } from "./simulator.js";
import type { WebhookSender } from "./webhooks.js";

export interface ControlParts {
  simulator: Simulator;
  webhooks: WebhookSender;
  /** Answers that broke the spec: the sandbox's bugs. */
  violations: ResponseViolation[];
  /** Requests out of contract: the clients' mistakes. */
  rejected: RejectedRequests;
  apiKey: string;
}

type ControlOperationId = keyof operations;

/** An answer of operation K: one of its documented statuses with that status's body. */
type ControlAnswer<K extends ControlOperationId> = {
  [Status in keyof operations[K]["responses"] & number]: ControlAnswerBody<K, Status> extends never
    ? { status: Status; body?: undefined }
    : { status: Status; body: ControlAnswerBody<K, Status> };
}[keyof operations[K]["responses"] & number];

interface ControlRequest<K extends ControlOperationId> {
  params: Record<string, string>;
  query: ApiRequest["query"];
  body: ControlRequestBody<K>;
}

type ControlHandler<K extends ControlOperationId> = (
  request: ControlRequest<K>,
  parts: ControlParts,
) => ControlAnswer<K>;

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

const handlers = {
  health: (_request, { apiKey }) => ({ status: 200, body: { status: "ready", apiKey } }),
  joinParticipant: ({ params, body }, { simulator }) => ({ status: 201, body: simulator.join(params.roomId!, body) }),
  listParticipants: ({ params }, { simulator }) => ({
    status: 200,
    body: { participants: simulator.participants(params.roomId!) },
  }),
  leaveParticipant: ({ params }, { simulator }) => {
    simulator.leave(params.roomId!, params.participantId!);
    return { status: 204 };
  },
  fail: ({ body }, { simulator }) => {
    const applied = simulator.fail(body.roomId, body.kind, body.participantId);
    return { status: 200, body: { roomId: body.roomId, kind: body.kind, applied } };
  },
  listWebhooks: ({ query }, { webhooks }) => {
    const event = text(query.event);
    const roomId = text(query.roomId);
    const since = text(query.since);
    const deliveries = webhooks
      .deliveries(since === undefined ? undefined : Date.parse(since))
      .filter((d) => (event === undefined || d.event === event) && (roomId === undefined || d.roomId === roomId))
      .map((d) => withoutUndefined(d));
    return { status: 200, body: { deliveries, clearedAt: webhooks.clearedAt } };
  },
  listResources: ({ query }, { simulator }) => {
    const limit = text(query.limit);
    const resources = lifecycleResources(simulator, {
      roomId: text(query.roomId),
      kind: text(query.kind) as ResourceKind | undefined,
      limit: limit === undefined ? undefined : Number(limit),
    });
    return { status: 200, body: { resources } };
  },
  listViolations: (_request, { violations, rejected }) => ({
    status: 200,
    body: { violations: violations.map((violation) => ({ ...violation })), requests: rejected.list() },
  }),
  reset: (_request, { simulator, webhooks, violations, rejected }) => {
    simulator.reset();
    webhooks.clear();
    violations.length = 0;
    rejected.clear();
    return { status: 204 };
  },
  controlOpenApi: () => ({ status: 200, body: { ...CONTROL_OPENAPI } }),
} satisfies { [K in ControlOperationId]: ControlHandler<K> };

/** Answers one validated control call; the simulator's refusals (ApiError) are thrown to the pipeline. */
export function controlAnswer(
  operationId: string,
  request: ApiRequest,
  parts: ControlParts,
): { status: number; body?: unknown } {
  if (!(operationId in handlers)) return { status: 404, body: { message: `unknown control operation ${operationId}` } };
  // Prism has checked the request against this operation's schema: its body is the operation's.
  const handler = handlers[operationId as ControlOperationId] as (
    request: ApiRequest,
    parts: ControlParts,
  ) => { status: number; body?: unknown };
  return handler(request, parts);
}

/** The value without its undefined fields (JSON leaves them out; the document's optional fields are never undefined). */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
