/**
 * The one place where requests leave the SDK: authorization, per-attempt timeouts, abort, retries, and reading
 * the answer. Both the facade and the openapi-fetch path client send through it.
 *
 * An attempt is the whole exchange: getting the token, sending, waiting for the headers and reading the body.
 * Its timeout and the caller's signal cover all of it, so no server can hold a call open forever.
 */
import {
  ConfigurationError,
  ConnectionError,
  ConnectionTimeoutError,
  InvalidResponseError,
  RequestAbortedError,
  type RequestContext,
  VideoSDKError,
} from "./errors.js";
import { describeRequest, parseRetryAfter } from "./internal/api-errors.js";
import type { TokenProvider } from "./internal/credentials.js";
import {
  checkHeaders,
  MAX_TIMER_MS,
  millisecondsOption,
  optionsObject,
  wholeNumberOption,
} from "./internal/options.js";

/** Options every call accepts, and every client as defaults. */
export interface RequestOptions {
  /** Aborts the call (a RequestAbortedError); an aborted call is never retried. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt, from sending to the last byte of the body. Default 30 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt (0 disables). Default 2. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
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
  /** The largest response body read, in bytes. Default MAX_RESPONSE_BYTES. */
  maxResponseBytes?: number | undefined;
  /** Injected for tests; defaults to Math.random jitter. */
  random?: () => number;
}

export interface OutgoingRequest {
  method: string;
  /** The full URL, query included. */
  url: string;
  headers?: Record<string, string> | Headers | undefined;
  /** A serialised body. Bodies are strings so that a retry can send them again. */
  body?: string | undefined;
}

/** Context for errors: the operation and its path template. */
export interface CallContext {
  operationId?: string | undefined;
  path: string;
}

/** The answer: its status and headers (body already read), the body's bytes, and how many attempts it took. */
export interface TransportResponse {
  response: Response;
  body: Uint8Array;
  attempts: number;
  /** Where the request went, for errors the caller builds from this answer. */
  request: RequestContext;
}

export type Transport = (
  request: OutgoingRequest,
  options: RequestOptions | undefined,
  context: CallContext,
) => Promise<TransportResponse>;

/** 32 MiB: far above any VideoSDK answer (pages are at most a few hundred KB), far below what hurts a process. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const RETRYABLE_STATUS = new Set([408, 500, 502, 503, 504]);

export function createTransport(config: TransportOptions): Transport {
  const random = config.random ?? Math.random;
  // Called as a plain function: a browser's fetch throws "Illegal invocation" when called as a method of config.
  const fetchImpl = config.fetch;
  const maxResponseBytes = config.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  // The client's headers never change: lowercase them once, not on every call.
  const clientHeaders: Record<string, string> = {};
  mergeHeaders(clientHeaders, config.headers);

  return async function send(request, callOptions, context) {
    const options = callOptionsOf(callOptions);
    const method = request.method.toUpperCase();
    const maxRetries = options.maxRetries ?? config.retry.maxRetries;
    const timeout = options.timeout ?? config.timeout;
    const signal = options.signal;
    const idempotent = IDEMPOTENT.has(method);
    const where: RequestContext = {
      operationId: context.operationId,
      method,
      path: context.path,
      url: urlWithoutQuery(request.url),
      attempts: 0,
    };
    // A plain object with lowercased names, later sources winning: undici copies a plain object faster than a
    // Headers instance, and building three Headers per call cost more than the rest of the SDK together.
    const headers: Record<string, string> = { ...clientHeaders };
    mergeHeaders(headers, request.headers);
    mergeHeaders(headers, options.headers);
    // A caller's own Authorization header wins; otherwise the token provider is asked once per call.
    let tokenNeeded = headers.authorization === undefined;

    for (let attempt = 1; ; attempt++) {
      where.attempts = attempt;
      if (signal?.aborted) throw aborted(signal, where);
      const scope = attemptScope(timeout, signal);
      let response: Response | undefined;
      try {
        if (tokenNeeded) {
          headers.authorization = await scope.race(config.authorization());
          tokenNeeded = false;
        }
        // The API does not redirect; a redirect must never carry the body or the token to another origin.
        const init: RequestInit = { method, headers, signal: scope.signal, redirect: "manual" };
        if (request.body !== undefined) init.body = request.body;
        response = await fetchImpl(request.url, init);
        if (isRedirect(response)) {
          await discard(response);
          throw redirected(response, where);
        }
        const retryable = response.status === 429 || (idempotent && RETRYABLE_STATUS.has(response.status));
        if (retryable && attempt <= maxRetries) {
          const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
          // Honour Retry-After: retrying sooner is pointless, and waiting past the cap is not what was asked.
          if (retryAfter === undefined || retryAfter * 1000 <= config.retry.maxDelay) {
            await discard(response);
            scope.end();
            await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoff(attempt, config.retry, random), signal);
            if (signal?.aborted) throw aborted(signal, where);
            continue;
          }
        }
        const body = await readBody(response, maxResponseBytes, where, scope);
        return { response, body, attempts: attempt, request: { ...where } };
      } catch (error) {
        if (signal?.aborted) throw aborted(signal, where);
        const failure = scope.timedOut
          ? new ConnectionTimeoutError(`no complete answer within ${timeout} ms ${describeRequest(where)}`, {
              request: { ...where },
              cause: error,
            })
          : error instanceof VideoSDKError
            ? error
            : connectionError(error, where);
        // Only a failure with no answer is retried, and a POST that may have reached the server never is.
        const retry = failure instanceof ConnectionError && idempotent && attempt <= maxRetries;
        if (!retry) throw failure;
        if (response) await discard(response);
        scope.end();
        await sleep(backoff(attempt, config.retry, random), signal);
        if (signal?.aborted) throw aborted(signal, where);
      } finally {
        scope.end();
      }
    }
  };
}

/** Per-call options, checked exactly like the client's. */
function callOptionsOf(value: unknown): RequestOptions {
  const options = optionsObject("request options", value) as RequestOptions;
  if (options.signal !== undefined && !isAbortSignal(options.signal)) {
    throw new ConfigurationError("signal must be an AbortSignal", { field: "signal" });
  }
  millisecondsOption("timeout", options.timeout, 1);
  wholeNumberOption("maxRetries", options.maxRetries, 0, 0);
  checkHeaders("headers", options.headers);
  return options;
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AbortSignal).aborted === "boolean" &&
    typeof (value as AbortSignal).addEventListener === "function"
  );
}

function mergeHeaders(target: Record<string, string>, source: Record<string, string> | Headers | undefined): void {
  if (!source) return;
  if (typeof (source as Headers).forEach === "function" && typeof (source as Headers).get === "function") {
    // Headers already yields lowercased names.
    (source as Headers).forEach((value, name) => {
      target[name] = value;
    });
    return;
  }
  for (const name of Object.keys(source)) target[name.toLowerCase()] = (source as Record<string, string>)[name]!;
}

function urlWithoutQuery(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** Exponential backoff with ±25 % jitter, capped. */
function backoff(attempt: number, retry: RetrySettings, random: () => number): number {
  const base = Math.min(retry.initialDelay * 2 ** (attempt - 1), retry.maxDelay);
  return Math.min(retry.maxDelay, base * (0.75 + random() * 0.5));
}

// ---- one attempt's deadline ------------------------------------------------------------------------------

interface AttemptScope {
  /** Aborted on the timeout or the caller's signal; given to fetch, so it also cuts the body short. */
  signal: AbortSignal;
  readonly timedOut: boolean;
  /** Settles like `promise`, or rejects as soon as the attempt is aborted (for work fetch does not see). */
  race<T>(promise: Promise<T>): Promise<T>;
  end(): void;
}

function attemptScope(timeout: number, outer: AbortSignal | undefined): AttemptScope {
  const controller = new AbortController();
  const onAbort = () => controller.abort(outer!.reason);
  outer?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort(new Error("attempt timed out"));
    },
    Math.min(timeout, MAX_TIMER_MS),
  );
  let ended = false;
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    race(promise) {
      const signal = controller.signal;
      if (signal.aborted) return Promise.reject(signal.reason);
      return new Promise((resolve, reject) => {
        const stop = () => reject(signal.reason);
        signal.addEventListener("abort", stop, { once: true });
        promise.then(
          (value) => {
            signal.removeEventListener("abort", stop);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener("abort", stop);
            reject(error);
          },
        );
      });
    },
    end() {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    },
  };
}

// ---- the answer ------------------------------------------------------------------------------------------

function isRedirect(response: Response): boolean {
  // Browsers hide a manual redirect behind an opaque response of status 0.
  return response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400);
}

function redirected(response: Response, where: RequestContext): InvalidResponseError {
  const location = response.headers.get("location");
  let target = "";
  if (location) {
    try {
      target = ` to ${new URL(location, where.url).origin}`;
    } catch {
      target = " to an invalid location";
    }
  }
  return new InvalidResponseError(
    `the API answered with a redirect${target}, which the SDK does not follow: check baseUrl ${describeRequest(where, response.status)}`,
    { status: response.status, headers: response.headers, request: { ...where } },
  );
}

/** Reads the body within the attempt's deadline, refusing more than `max` bytes. */
async function readBody(
  response: Response,
  max: number,
  where: RequestContext,
  scope: AttemptScope,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new InvalidResponseError(
      `the response body is larger than ${max} bytes, the most the SDK reads ${describeRequest(where, response.status)}`,
      { status: response.status, headers: response.headers, request: { ...where } },
    );
  const declared = Number(response.headers.get("content-length"));
  if (declared > max) {
    await discard(response);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // fetch's signal errors the stream on abort; the race covers streams that ignore it (custom fetches).
    const { done, value } = await scope.race(reader.read());
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

// ---- failures --------------------------------------------------------------------------------------------

function aborted(signal: AbortSignal, where: RequestContext): RequestAbortedError {
  return new RequestAbortedError(`the call was aborted ${describeRequest(where)}`, {
    cause: signal.reason,
    request: { ...where },
  });
}

function connectionError(error: unknown, where: RequestContext): ConnectionError {
  // undici reports the reason (ECONNRESET, ECONNREFUSED, ...) on the cause of its "fetch failed" TypeError; a
  // body cut short is a TypeError "terminated" whose cause says why.
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? "network error";
  return new ConnectionError(`connection failed (${String(detail).slice(0, 100)}) ${describeRequest(where)}`, {
    request: { ...where },
    cause: error,
  });
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal?.addEventListener("abort", done, { once: true });
  });
}
