/**
 * One tool call: the arguments checked against the tool's input schema, split into path values, query and body
 * as the operation table says, sent through the client (its validation, token minting, retries and typed errors),
 * and the answer made a tool result. Failures are results too (`isError: true`), so an assistant sees the reason.
 */
import { type OperationId, type OperationInfo, operations } from "../../generated/operations.js";
import { APIError, ConfigurationError, InvalidRequestError, VideoSDKError, WaitError } from "../errors.js";
import { isPlainObject } from "../internal/options.js";
import { waitFor } from "../waiters.js";
import type { McpTool } from "./tool-types.js";

/** A tool result as MCP sends it: the answer as JSON text, and the same as structured content. */
export interface ToolResult {
  [key: string]: unknown;
  content: { type: "text"; text: string }[];
  structuredContent: Record<string, unknown>;
  isError?: boolean;
}

type ClientMethod = (...args: unknown[]) => PromiseLike<unknown>;
/** What a call needs of the client: `client[namespace][method]`, as the facade builds it. */
export type FacadeLike = { [namespace: string]: { [method: string]: ClientMethod } };

export interface CallContext {
  /** The client; undefined when there are no usable credentials. */
  client: FacadeLike | undefined;
  /** Why there is no client: every call then answers with this reason. */
  credentialsProblem?: string | undefined;
  /** The request's signal: a cancelled call stops its request or wait. */
  signal: AbortSignal;
  /** Checks arguments against the tool's schema: a problem naming the field, or undefined. */
  checkArguments(tool: McpTool, args: Record<string, unknown>): string | undefined;
  /** Reports a waiter's progress, when the client asked for progress notifications. */
  progress?: ((progress: number, total: number, message: string) => Promise<void>) | undefined;
  /** Removes the configured secrets from text that leaves the server. */
  redact(text: string): string;
}

export async function callTool(tool: McpTool, given: unknown, context: CallContext): Promise<ToolResult> {
  try {
    const args = argumentsOf(tool, given ?? {}, context);
    if (!context.client) {
      throw new ConfigurationError(context.credentialsProblem ?? "no VideoSDK client", { field: "credentials" });
    }
    const info = operations[tool.operationId as OperationId] as OperationInfo;
    const method = context.client[info.namespace]?.[info.methodName];
    if (!method) throw new VideoSDKError(`the client has no ${info.namespace}.${info.methodName}`);
    const pathValues = tool.arguments.path.map((name) => args[name]);
    if (tool.kind === "waiter") return answer(await runWaiter(tool, info, method, pathValues, args, context));

    const input = pick(args, info.input === "body" ? tool.arguments.body : tool.arguments.query);
    const callArgs = info.input === null ? pathValues : [...pathValues, input];
    const data = await method(...callArgs, { signal: context.signal });
    if (tool.paginated && info.pagination) return success({ result: data, pages: pagesOf(data, info.pagination) });
    return answer(data);
  } catch (error) {
    return failure(error, context);
  }
}

/** The arguments as an object with only the tool's names, valid against its schema; else InvalidRequestError. */
function argumentsOf(tool: McpTool, given: unknown, context: CallContext): Record<string, unknown> {
  // Narrowed here, not by the caller: a call may send anything as its arguments.
  const name = tool.definition.name;
  if (!isPlainObject(given))
    throw new InvalidRequestError(`${name} takes an object of arguments`, { field: "arguments" });
  const known = Object.keys(tool.definition.inputSchema.properties);
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) {
      throw new InvalidRequestError(
        `${name} has no argument "${key.slice(0, 64)}"; it takes ${known.length ? known.join(", ") : "none"}`,
        { field: key },
      );
    }
  }
  const problem = context.checkArguments(tool, given);
  if (problem) throw new InvalidRequestError(`invalid arguments for ${name}: ${problem}`, { field: fieldOf(problem) });
  return given;
}

/** The first field a schema problem names: `webhook/endPoint must ...` or `must have required property 'roomId'`. */
function fieldOf(problem: string): string | undefined {
  return /required property '([^']+)'/.exec(problem)?.[1] ?? /^([\w/]+) must/.exec(problem)?.[1];
}

function pick(args: Record<string, unknown>, names: readonly string[]): Record<string, unknown> | undefined {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (args[name] !== undefined) picked[name] = args[name];
  return Object.keys(picked).length ? picked : undefined;
}

/** How many pages there are and which is next, from the answer's page info. */
function pagesOf(data: unknown, pagination: NonNullable<OperationInfo["pagination"]>) {
  const info = ((data as Record<string, unknown> | null)?.[pagination.pageInfo] ?? {}) as Record<string, unknown>;
  const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
  const page = number(info.currentPage);
  const lastPage = number(info.lastPage);
  const remaining = page !== undefined && lastPage !== undefined ? Math.max(0, lastPage - page) : null;
  return {
    page: page ?? null,
    perPage: number(info.perPage) ?? null,
    lastPage: lastPage ?? null,
    total: number(info.total) ?? null,
    remaining,
    nextPage: remaining && page !== undefined ? page + 1 : null,
  };
}

/** Polls the waiter's operation until its condition holds, reporting progress after each poll. */
async function runWaiter(
  tool: McpTool,
  info: OperationInfo,
  method: ClientMethod,
  pathValues: unknown[],
  args: Record<string, unknown>,
  context: CallContext,
): Promise<unknown> {
  const waiter = info.waiters?.find((candidate) => candidate.name === tool.waiter);
  if (!waiter || !tool.timeoutSeconds) throw new VideoSDKError(`${tool.definition.name} has no waiter in the table`);
  const seconds = (args.timeoutSeconds as number | undefined) ?? tool.timeoutSeconds.default;
  const started = Date.now();
  let polls = 0;
  let reported = -1;
  const poll = async (options: { signal: AbortSignal }) => {
    // Reported as each poll starts, not after it: a report just before the answer could reach the client after it
    // (the SDK's client handles notifications a turn later than responses) and be dropped there.
    polls += 1;
    reported = Math.min(seconds, Math.max(reported + 0.001, (Date.now() - started) / 1000));
    const message =
      polls === 1 ? `waiting up to ${seconds} s` : `not yet after ${reported.toFixed(1)} s; poll ${polls}`;
    // Progress is a courtesy: a client that went away must not fail the wait.
    await context.progress?.(reported, seconds, message).catch(() => {});
    return method(...pathValues, ...(info.input === null ? [] : [undefined]), options);
  };
  const label = `${info.namespace}.${waiter.name}`;
  return waitFor(label, waiter, poll, { timeout: seconds * 1000, signal: context.signal });
}

/** An answer as structured content: the object itself, or `{ result }` for anything else. */
function answer(data: unknown): ToolResult {
  return success(isPlainObject(data) ? data : { result: data ?? null });
}

function success(structured: Record<string, unknown>): ToolResult {
  return { content: [{ type: "text", text: JSON.stringify(structured) }], structuredContent: structured };
}

/** The typed error's name and message (which carries the request id), never its stack, body or headers. */
function failure(error: unknown, context: CallContext): ToolResult {
  const typed = error instanceof Error ? error : new Error(String(error));
  let text = `${typed.name}: ${typed.message}`;
  if (error instanceof WaitError && error.reason === "timeout")
    text += " (not yet: call the tool again to wait longer)";
  if (!(error instanceof VideoSDKError)) text = `unexpected ${text}`;
  const details: Record<string, unknown> = { name: typed.name, message: context.redact(typed.message) };
  if (error instanceof APIError) {
    details.status = error.status;
    if (error.requestId) details.requestId = error.requestId;
  }
  const field = (error as { field?: unknown }).field;
  if (typeof field === "string") details.field = field;
  return {
    isError: true,
    content: [{ type: "text", text: context.redact(text) }],
    structuredContent: { error: details },
  };
}
