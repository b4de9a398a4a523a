/**
 * The one place where requests leave the SDK: authorization, per-attempt deadlines, abort, retries, shared
 * back-pressure, the circuit breaker, middleware, logging, and reading the answer. Both the facade and the
 * openapi-fetch path client send through it.
 *
 * An attempt is the whole exchange: getting the token, sending, waiting for the headers and reading the body.
 * Its timeout and the caller's signal cover all of it, so no server can hold a call open forever.
 */
import type { CircuitBreaker } from "./circuit-breaker.js";
import {
  CircuitOpenError,
  ConfigurationError,
  ConnectionError,
  ConnectionTimeoutError,
  type RequestContext,
  type ResponseMeta,
  VideoSDKError,
} from "./errors.js";
import { describeRequest, parseRetryAfter } from "./internal/api-errors.js";
import {
  AttemptScope,
  aborted,
  connectionError,
  discard,
  isRedirect,
  rateLimitedAhead,
  readBody,
  redirected,
} from "./internal/attempt.js";
import { describeAnswer, emptyMeta } from "./internal/call-meta.js";
import { backoff, callOptionsOf, mergeHeaders, paramsOf, urlWithoutQuery } from "./internal/call-options.js";
import type { TokenProvider } from "./internal/credentials.js";
import { lazily } from "./internal/lazy.js";
import type { LogWriter } from "./internal/logging.js";
import type { MiddlewareExchange } from "./internal/middleware-runner.js";
import { redactCredentials } from "./internal/redact.js";
import { sleep } from "./internal/timers.js";
import type { Middleware, MiddlewareParams } from "./middleware.js";

/** Options every call accepts, and every client as defaults. */
export interface RequestOptions {
  /** Aborts the call (a RequestAbortedError); an aborted call is never retried. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds per attempt, from sending to the last byte of the body. Default 30 000. The whole call (its
   * attempts, the waits between them, a wait for a Retry-After window) ends within `timeout × (maxRetries + 1)`:
   * a wait that would not fit is not taken, and the last attempt gets what is left.
   */
  timeout?: number | undefined;
  /** Retries after the first attempt (0 disables). Default 2. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** Middleware for this call, after the client's. */
  middleware?: readonly Middleware[] | undefined;
}

export interface RetrySettings {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Longest wait between attempts, in ms, for backoff and for `Retry-After`. */
  maxDelay: number;
  /** First backoff delay in ms, doubled on each retry (with jitter). */
  initialDelay: number;
}

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  /** Returns the value of the Authorization header (the raw JWT). */
  authorization: TokenProvider;
  timeout: number;
  retry: RetrySettings;
  headers: Record<string, string> | Headers;
  /** The API origin, for middleware's `options.baseUrl`. */
  baseUrl: string;
  middleware?: readonly Middleware[] | undefined;
  log?: LogWriter | undefined;
  circuitBreaker?: CircuitBreaker | undefined;
  /** Credentials besides the token (an API key, a secret) that errors must never show, should a server echo them. */
  secrets?: readonly string[] | undefined;
}

export interface OutgoingRequest {
  method: string;
  /** The full URL, query included. */
  url: string;
  headers?: Record<string, string> | Headers | undefined;
  /** A serialised body. Bodies are strings so that a retry can send them again. */
  body?: string | undefined;
}

/** Context for errors and middleware: the operation, its path template and its parameters. */
export interface CallContext {
  operationId?: string | undefined;
  path: string;
  /** openapi-fetch's parameters, for middleware; the facade gives its path values instead (read only when needed). */
  params?: MiddlewareParams["params"] | undefined;
  pathNames?: readonly string[] | undefined;
  pathValues?: readonly unknown[] | undefined;
}

/** The answer: its status and headers (body already read), the body's bytes, and what the exchange took. */
export interface TransportResponse {
  response: Response;
  body: Uint8Array;
  /** Where the request went, for errors the caller builds from this answer. */
  request: RequestContext;
  meta: ResponseMeta;
  /** The Authorization value sent, for `redact` only. */
  authorization: string | undefined;
}

export type Transport = ((
  request: OutgoingRequest,
  options: RequestOptions | undefined,
  context: CallContext,
) => Promise<TransportResponse>) & {
  /**
   * The headers a call would send, lowercased, later sources winning: the client's, the request's, the call's.
   * Authorization is there only when the caller set it; otherwise the token provider adds it when sending.
   */
  headersFor(request: OutgoingRequest, options: RequestOptions): Record<string, string>;
  readonly authorization: TokenProvider;
  /** Server text for an error, with the token sent (`authorization`) and the client's other credentials hidden. */
  redact(text: string, authorization: string | undefined): string;
  /** Forgets every Retry-After window the client holds, so that the next calls are sent at once. */
  clearRateLimits(): void;
};

/** 32 MiB: far above any VideoSDK answer (pages are at most a few hundred KB), far below what hurts a process. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const RETRYABLE_STATUS = new Set([408, 500, 502, 503, 504]);

/** Call ids for middleware, unique in the process: several clients may share one tracing middleware. */
let calls = 0;

/** The middleware runner, once loaded: a call with middleware loads it; later calls run it with no extra hop. */
let runMiddleware: typeof import("./internal/middleware-runner.js").sendThroughMiddleware | undefined;
const loadMiddlewareRunner = lazily("middleware", () =>
  import("./internal/middleware-runner.js").then((runner) => (runMiddleware = runner.sendThroughMiddleware)),
);

const MIDDLEWARE_ERRORS = { VideoSDKError, ConfigurationError };

/** One attempt through the middleware, loading the runner with the first call that has any. */
function throughMiddleware(middleware: readonly Middleware[], exchange: MiddlewareExchange): Promise<Response> {
  return runMiddleware
    ? runMiddleware(middleware, exchange)
    : loadMiddlewareRunner().then((run) => run(middleware, exchange));
}

export function createTransport(config: TransportOptions): Transport {
  // Called as a plain function: a browser's fetch throws "Illegal invocation" when called as a method of config.
  const fetchImpl = config.fetch;
  const log = config.log;
  // The client's headers never change: lowercase them once, not on every call.
  const clientHeaders: Record<string, string> = {};
  mergeHeaders(clientHeaders, config.headers);
  const clientMiddleware = config.middleware ?? [];
  const middlewareOptions = {
    baseUrl: config.baseUrl,
    fetch: fetchImpl,
    parseAs: "json",
  } as MiddlewareParams["options"];
  // The platform's fetch honours the attempt's signal for the headers and the body; any other fetch is raced.
  const signalHonoured = fetchImpl === globalThis.fetch;
  // Shared by every call of this client: when a resource answers 429 with a Retry-After up to maxRetryDelay, later
  // calls to it wait (within their budget) rather than each spend an attempt on another 429.
  const gates = new Map<string, { until: number; response: Response }>();
  const holdResource = (key: string, waitMs: number, response: Response) => {
    const now = Date.now();
    // Keyed by real paths, the map would grow with every resource ever limited: ended windows go when one opens.
    for (const [other, gate] of gates) if (gate.until <= now) gates.delete(other);
    gates.set(key, { until: now + waitMs, response });
  };
  const breaker = config.circuitBreaker;
  const secrets = config.secrets ?? [];

  // A plain object with lowercased names: undici copies a plain object faster than a Headers instance, and
  // building three Headers per call cost more than the rest of the SDK together.
  const headersFor = (request: OutgoingRequest, options: RequestOptions): Record<string, string> => {
    const headers: Record<string, string> = { ...clientHeaders };
    mergeHeaders(headers, request.headers);
    mergeHeaders(headers, options.headers);
    return headers;
  };

  const send = async function send(request, callOptions, context) {
    const options = callOptionsOf(callOptions);
    const started = Date.now();
    const method = request.method.toUpperCase();
    const maxRetries = options.maxRetries ?? config.retry.maxRetries;
    const timeout = options.timeout ?? config.timeout;
    const signal = options.signal;
    const idempotent = IDEMPOTENT.has(method);
    const middleware = options.middleware?.length ? [...clientMiddleware, ...options.middleware] : clientMiddleware;
    const where: RequestContext = {
      operationId: context.operationId,
      method,
      path: context.path,
      url: urlWithoutQuery(request.url),
      attempts: 0,
    };
    // The call's whole budget: every attempt, and every wait between them or at a gate, ends by this time.
    const deadline = started + timeout * (maxRetries + 1);
    const meta = emptyMeta();
    const callId = middleware.length ? `vsdk-call-${++calls}` : "";
    // Built only for middleware, once per call: most calls never need it.
    const params = middleware.length ? (context.params ?? paramsOf(context)) : undefined;
    const headers = headersFor(request, options);
    // A caller's own Authorization header wins; otherwise the token provider is asked once per call.
    let tokenNeeded = headers.authorization === undefined;
    let lastResponse: Response | undefined;
    // Log lines are built only when there is a logger.
    const line = (text: string) => `${method} ${request.url} ${text}`;

    const finish = (error?: unknown) => {
      meta.elapsedMs = Date.now() - started;
      // Meta is handed out with an error or to onCallEnd: then its header fields are read.
      if (error !== undefined || middleware.length) describeAnswer(meta, lastResponse);
      if (error instanceof VideoSDKError) error.meta ??= meta;
      if (!middleware.length) return;
      for (const m of middleware) {
        try {
          m.onCallEnd?.({
            id: callId,
            operationId: context.operationId,
            schemaPath: context.path,
            method,
            url: where.url,
            meta,
            response: lastResponse,
            error,
          });
        } catch {
          // Observing a call must not change its outcome.
        }
      }
    };
    let result: TransportResponse | undefined;

    try {
      for (let attempt = 1; ; attempt++) {
        where.attempts = attempt;
        meta.attempts = attempt;
        if (signal?.aborted) throw aborted(signal, where);
        // Wait out a window another call's 429 opened on this resource, if it ends within this call's budget; if
        // it does not, fail at once, as the call that got the 429 did: nothing is sent.
        // A window holds one resource: the method and the real path (no query), not the path template. The key is
        // built only when some window is open: most calls never need it.
        const gate = gates.size ? gates.get(`${method} ${where.url}`) : undefined;
        if (gate) {
          const wait = gate.until - Date.now();
          if (wait <= 0) gates.delete(`${method} ${where.url}`);
          else if (wait >= deadline - Date.now()) throw rateLimitedAhead(gate.response, wait, where);
          else {
            log?.debug?.(line(`waiting ${wait} ms for the Retry-After of an earlier answer`));
            await sleep(wait, signal);
            if (signal?.aborted) throw aborted(signal, where);
          }
        }
        // The last attempt gets what is left of the budget, so that the call ends within it.
        const attemptTimeout = Math.max(1, Math.min(timeout, deadline - Date.now()));
        const scope = new AttemptScope(attemptTimeout, signal);
        let response: Response | undefined;
        // Whether the circuit breaker let this attempt through: then, and only then, it learns how it went.
        let admitted = false;
        const attemptStarted = Date.now();
        try {
          if (tokenNeeded) {
            const token = config.authorization();
            headers.authorization = typeof token === "string" ? token : await scope.race(token);
            tokenNeeded = false;
          }
          breaker?.admit(where);
          admitted = true;
          log?.debug?.(line(`(attempt ${attempt})`));
          // The API does not redirect; a redirect must never carry the body or the token to another origin.
          const init: RequestInit = { method, headers, signal: scope.signal, redirect: "manual" };
          if (request.body !== undefined) init.body = request.body;
          // A fetch (or middleware) that ignores the signal must not outlive the deadline: those are raced.
          const sending = middleware.length
            ? throughMiddleware(middleware, {
                fetchImpl,
                url: request.url,
                init,
                scope,
                errors: MIDDLEWARE_ERRORS,
                hookParams: (outgoing) => ({
                  request: outgoing,
                  schemaPath: context.path,
                  // Set whenever there is middleware, which is the only way here.
                  params: params!,
                  options: middlewareOptions,
                  id: callId,
                  operationId: context.operationId,
                  attempt,
                }),
              })
            : fetchImpl(request.url, init);
          response = await (signalHonoured && !middleware.length ? sending : scope.race(sending));
          lastResponse = response;
          if (isRedirect(response)) {
            await discard(response);
            throw redirected(response, where);
          }
          const status = response.status;
          breaker?.record(status >= 500);
          admitted = false;
          // Only an answer that may be retried has its Retry-After read: a success's headers stay unread.
          if (status === 429 || (idempotent && RETRYABLE_STATUS.has(status))) {
            const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
            // Honour Retry-After: retrying sooner is pointless. A wait past maxRetryDelay is not what was asked
            // for, and one past the call's budget would break it: then the call fails now, with this answer.
            const wait = retryAfter !== undefined ? retryAfter * 1000 : backoff(attempt, config.retry);
            const withinCap = retryAfter === undefined || wait <= config.retry.maxDelay;
            // A window up to maxRetryDelay holds the other calls to this resource too; a longer one is not
            // shared, so that one answer cannot stall the client's other calls for an hour.
            if (status === 429 && retryAfter !== undefined && withinCap)
              holdResource(`${method} ${where.url}`, wait, response);
            if (attempt <= maxRetries && withinCap && Date.now() + wait < deadline) {
              log?.warn?.(
                line(
                  `→ ${status} in ${Date.now() - attemptStarted} ms (attempt ${attempt}); retrying in ${Math.round(wait)} ms`,
                ),
              );
              await discard(response);
              scope.end();
              await sleep(wait, signal);
              continue;
            }
          }
          const body = await readBody(response, MAX_RESPONSE_BYTES, where, scope, signalHonoured && !middleware.length);
          if (log) {
            const text = line(`→ ${status} in ${Date.now() - attemptStarted} ms (attempt ${attempt})`);
            if (response.ok) log.info?.(text);
            else log.error?.(text);
          }
          // `where` changes no more once an answer is final: no copy needed.
          result = { response, body, request: where, meta, authorization: headers.authorization };
          break;
        } catch (error) {
          if (signal?.aborted) throw aborted(signal, where);
          const failure = scope.timedOut
            ? new ConnectionTimeoutError(
                `no complete answer within ${attemptTimeout} ms${attemptTimeout < timeout ? " (what was left of the call's budget)" : ""} ${describeRequest(where)}`,
                {
                  request: { ...where },
                  cause: error,
                },
              )
            : error instanceof VideoSDKError
              ? error
              : connectionError(error, where);
          if (admitted && failure instanceof ConnectionError) {
            breaker?.record(true);
            admitted = false;
          }
          // Only a failure with no answer is retried, and a POST that may have reached the server never is.
          const retry =
            failure instanceof ConnectionError &&
            !(failure instanceof CircuitOpenError) &&
            idempotent &&
            attempt <= maxRetries;
          const wait = backoff(attempt, config.retry);
          if (!retry || Date.now() + wait >= deadline) throw failure;
          log?.warn?.(line(`→ ${failure.name} (attempt ${attempt}); retrying in ${Math.round(wait)} ms`));
          if (response) await discard(response);
          scope.end();
          await sleep(wait, signal);
        } finally {
          // An admitted attempt that ended some other way (aborted, redirected, refused by middleware) frees the
          // breaker's probe without counting for or against the origin.
          if (admitted) breaker?.release();
          scope.end();
        }
      }
    } catch (error) {
      log?.error?.(line(`failed after ${where.attempts} attempt(s): ${(error as Error)?.name ?? "error"}`));
      finish(error);
      throw error;
    }
    finish();
    return result!;
  } as Transport;
  const redact = (text: string, sent: string | undefined) => redactCredentials(text, [sent, ...secrets]);
  return Object.assign(send, {
    headersFor,
    authorization: config.authorization,
    redact,
    clearRateLimits: () => gates.clear(),
  });
}
