/**
 * The sandbox's HTTP pipeline, one request through named stages: guard (host, origin, intent), preflight, files,
 * parse, route, authenticate, validate the request, dispatch (the simulator or the control API), validate the
 * answer, send. Every answer, refusals included, is checked against its spec; one that breaks it is never sent as
 * is but replaced by a 500 that names each violation, and recorded. A request out of contract (bad JSON, no such
 * path or method, a body or query the spec does not allow) is answered with what is wrong, and recorded apart: it is
 * the client's mistake, not the sandbox's.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readNodeBody } from "../node/body.js";
import { ApiError } from "./api-error.js";
import { checkToken } from "./auth.js";
import { CONSOLE_PATH, serveConsole } from "./console/page.js";
import { type ControlParts, controlAnswer } from "./control-server.js";
import { serveFile } from "./file-server.js";
import { sendJson } from "./json-answer.js";
import type { HttpInput, SpecOperation, SpecValidator, Violation } from "./prism.js";
import type { RequestGuard } from "./request-guard.js";
import type { ApiRequest, Simulator } from "./simulator.js";
import { FILES_PREFIX } from "./views.js";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ResponseViolation {
  at: string;
  method: string;
  path: string;
  operationId: string;
  status: number;
  violations: Violation[];
}

export interface PipelineParts extends ControlParts {
  validator: SpecValidator;
  controlValidator: SpecValidator;
  simulator: Simulator;
  guard: RequestGuard;
  /** The token check's settings. */
  credentials: { apiKey: string; secret: string };
  log: ((line: string) => void) | undefined;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The request handler: runs the stages in order; the first that answers ends the request. */
export function createPipeline(parts: PipelineParts) {
  const { violations, log } = parts;

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    response.setHeader("x-request-id", randomUUID());
    const method = (request.method ?? "GET").toUpperCase();
    const url = new URL(request.url ?? "/", "http://sandbox.invalid");
    const pathname = url.pathname;
    const files = pathname.startsWith(FILES_PREFIX);
    const control = !files && (pathname === "/_sandbox" || pathname.startsWith("/_sandbox/"));

    const refusal = guard(parts.guard, request, method, control);
    if (refusal) return refuse(request, response, refusal);
    cors(request, response);
    if (preflight(request, response, method)) return;
    if (files) return serveFile(parts.simulator, request, response, pathname.slice(FILES_PREFIX.length));
    if (pathname === CONSOLE_PATH && (method === "GET" || method === "HEAD")) return serveConsole(response, method);

    const input = await parse(request, method, url);
    if ("status" in input) {
      if (input.problems) {
        const routed = decodable(pathname) ? parts.validator.route(method, pathname) : undefined;
        const operationId = routed && "operation" in routed ? routed.operation.iid : undefined;
        parts.rejected.add(method, pathname, input.status, input.problems, operationId);
      }
      return sendJson(response, input.status, input.body);
    }

    const validator = control ? parts.controlValidator : parts.validator;
    const routed = validator.route(method, pathname);
    if ("status" in routed) {
      parts.rejected.add(method, pathname, routed.status, [
        { path: routed.status === 405 ? "method" : "path", message: routed.message },
      ]);
      return sendJson(response, routed.status, {
        message: control
          ? `${routed.message}: the control API is described at /_sandbox/openapi.json`
          : `Not found: ${routed.message}`,
      });
    }
    const operation = routed.operation;
    const operationId = operation.iid ?? `${method} ${pathname}`;

    let answer = control ? undefined : authenticate(operation, input, parts.credentials);
    if (!answer) {
      const problems = validator.validateRequest(operation, input);
      if (problems.length) {
        parts.rejected.add(method, pathname, 400, problems, operation.iid);
        answer = invalidRequest(problems);
      } else answer = dispatch(parts, control, operation, operationId, method, input);
    }

    const broken = validateAnswer(validator, operation, answer);
    if (broken.length) {
      violations.push({
        at: new Date().toISOString(),
        method,
        path: pathname,
        operationId,
        status: answer.status,
        violations: broken,
      });
      log?.(
        `sandbox: the answer to ${method} ${pathname} (${operationId}, ${answer.status}) breaks the spec:\n${broken.map((v) => `  ${v.path}: ${v.message}`).join("\n")}`,
      );
      answer = {
        status: 500,
        body: {
          message: `The sandbox's answer to ${operationId} breaks the spec (a sandbox bug): ${broken.map((v) => `${v.path} ${v.message}`).join("; ")}`,
          violations: broken,
        },
      };
    }
    send(response, answer);
    log?.(`${method} ${pathname}${url.search} ${answer.status} ${(performance.now() - started).toFixed(1)} ms`);
  };
}

// ---- the stages -----------------------------------------------------------------------------------------------------

/** Host names that are not loopback, and control calls from other origins or without a JSON or control header. */
function guard(guard: RequestGuard, request: IncomingMessage, method: string, control: boolean) {
  return guard.host(request.headers.host) ?? (control ? guard.control(method, request.headers) : undefined);
}

/** Answers a CORS preflight; true when it did. */
function preflight(request: IncomingMessage, response: ServerResponse, method: string): boolean {
  if (method !== "OPTIONS" || !request.headers["access-control-request-method"]) return false;
  response.writeHead(204, {
    "access-control-allow-methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
    "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "*",
    "access-control-max-age": "600",
    "content-length": "0",
  });
  response.end();
  return true;
}

/** The request as Prism sees it, or the 400 (with its problems) or 413 that ends it. */
async function parse(
  request: IncomingMessage,
  method: string,
  url: URL,
): Promise<HttpInput | { status: 400 | 413; body: unknown; problems?: Violation[] }> {
  if (!decodable(url.pathname)) {
    request.resume();
    const message = "Invalid request: the path has malformed percent-encoding";
    return { status: 400, body: { message }, problems: [{ path: "path", message }] };
  }
  const read = await readBody(request);
  if (read.tooLarge) return { status: 413, body: { message: `The body is larger than ${MAX_BODY_BYTES} bytes` } };
  const input: HttpInput = {
    method,
    path: url.pathname,
    query: queryOf(url.searchParams),
    headers: headersOf(request),
    body: undefined,
  };
  if (read.text === "") return input;
  if (!/^application\/(.+\+)?json\b/i.test(input.headers["content-type"] ?? "")) {
    input.body = read.text;
    return input;
  }
  try {
    input.body = JSON.parse(read.text);
    return input;
  } catch (error) {
    const violations = [{ path: "body", message: (error as Error).message }];
    // The parser's message quotes the body: what is recorded says only where it went wrong.
    const where = /position \d+/.exec((error as Error).message)?.[0];
    const problems = [{ path: "body", message: `not valid JSON${where ? ` (at ${where})` : ""}` }];
    return { status: 400, body: { message: "Invalid request: the body is not valid JSON", violations }, problems };
  }
}

/** The token check of an API operation, unless its security allows no credentials (the webhook public key). */
function authenticate(
  operation: SpecOperation,
  input: HttpInput,
  credentials: { apiKey: string; secret: string },
): Answer | undefined {
  if (operation.security?.some((requirement) => requirement.length === 0)) return undefined;
  const check = checkToken(input.headers.authorization, credentials);
  return check.ok
    ? undefined
    : { status: check.status, body: { message: check.message, reason: check.reason, code: check.code } };
}

/** The 400 that names each thing wrong with a request. */
function invalidRequest(problems: readonly Violation[]): Answer {
  return {
    status: 400,
    body: {
      message: `Invalid request: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join("; ")}`,
      violations: problems,
    },
  };
}

/** The simulator's or the control API's answer; a refusal of the simulator (ApiError) is answered as such. */
function dispatch(
  parts: PipelineParts,
  control: boolean,
  operation: SpecOperation,
  operationId: string,
  method: string,
  input: HttpInput,
): Answer {
  const request: ApiRequest = {
    params: pathParams(operation.path, input.path),
    query: input.query,
    body: input.body ?? {},
  };
  try {
    if (control) return controlAnswer(operation.iid ?? "", request, parts);
    return { status: 200, body: parts.simulator.handle(operationId, request, method) };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: { message: error.message } };
    throw error;
  }
}

function validateAnswer(validator: SpecValidator, operation: SpecOperation, answer: Answer): Violation[] {
  if (answer.body === undefined && answer.status === 204) return [];
  return validator.validateResponse(operation, {
    statusCode: answer.status,
    headers: { "content-type": "application/json", ...answer.headers },
    body: answer.body,
  });
}

function send(response: ServerResponse, answer: Answer): void {
  if (answer.status === 204) {
    response.writeHead(204);
    response.end();
  } else sendJson(response, answer.status, answer.body, answer.headers);
}

// ---- helpers --------------------------------------------------------------------------------------------------------

/** Answers a refused request without CORS headers, so that a page of another origin cannot read the answer. */
function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  refusal: { status: number; message: string },
): void {
  request.resume();
  sendJson(response, refusal.status, { message: refusal.message });
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function pathParams(template: string, pathname: string): Record<string, string> {
  const names = template.split("/");
  const values = pathname.split("/");
  const params: Record<string, string> = {};
  names.forEach((name, index) => {
    const match = /^\{(.+)\}$/.exec(name);
    if (match && values[index] !== undefined) params[match[1]!] = decodeURIComponent(values[index]!);
  });
  return params;
}

function queryOf(searchParams: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

function headersOf(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  return headers;
}

async function readBody(request: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  const body = await readNodeBody(request, MAX_BODY_BYTES);
  if (body) return { text: body.toString("utf8"), tooLarge: false };
  request.resume(); // the rest is read and dropped, so the 413 reaches the sender
  return { text: "", tooLarge: true };
}

function cors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader("access-control-allow-origin", request.headers.origin ?? "*");
  response.setHeader("access-control-expose-headers", "x-request-id, retry-after, content-length, content-range");
  response.setHeader("vary", "origin");
}
