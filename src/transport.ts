/**
 * The one place where requests leave the SDK: authorization, per-attempt timeouts, abort, and retries.
 * Both the facade and the openapi-fetch path client send through it.
 */
import {
  ConnectionError,
  parseRetryAfter,
  TimeoutError,
  type VideoSDKError,
  type VideoSDKErrorOptions,
} from "./errors.js";

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Longest wait between attempts, in ms, for backoff and for `Retry-After`. Default 60 000. */
  maxDelay?: number;
  /** First backoff delay in ms, doubled on each retry (with jitter). Default 500. */
  initialDelay?: number;
}

/** Options every call accepts, and every client as defaults. */
export interface RequestOptions {
  /** Aborts the call; an aborted call is never retried. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt. Default 30 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt (0 disables). Default 2. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

export interface TransportOptions {
  fetch: typeof globalThis.fetch;
  /** Returns the value of the Authorization header (the raw JWT). */
  authorization: () => string | Promise<string>;
  timeout: number;
  retry: Required<RetryOptions>;
  headers: Record<string, string>;
  /** Injected for tests; defaults to setTimeout-based sleeping and Math.random jitter. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface OutgoingRequest {
  method: string;
  url: string;
  headers?: Record<string, string> | Headers | undefined;
  /** A serialised body. Bodies are strings so that a retry can send them again. */
  body?: string | undefined;
}

/** Context for error messages: the operation and path template. */
export interface CallContext {
  operationId?: string | undefined;
  path: string;
}

/** The answer, with how many attempts it took. */
export interface TransportResponse {
  response: Response;
  attempts: number;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const RETRYABLE_STATUS = new Set([408, 500, 502, 503, 504]);

export type Transport = (
  request: OutgoingRequest,
  options: RequestOptions,
  context: CallContext,
) => Promise<TransportResponse>;

export function createTransport(config: TransportOptions): Transport {
  const sleep = config.sleep ?? sleepFor;
  const random = config.random ?? Math.random;
  // The client's headers never change: lowercase them once, not on every call.
  const clientHeaders: Record<string, string> = {};
  mergeHeaders(clientHeaders, config.headers);

  return async function send(request, options, context) {
    const method = request.method.toUpperCase();
    const maxRetries = options.maxRetries ?? config.retry.maxRetries;
    const timeout = options.timeout ?? config.timeout;
    const idempotent = IDEMPOTENT.has(method);
    // A plain object with lowercased names, later sources winning: undici copies a plain object faster than a
    // Headers instance, and building three Headers per call cost more than the rest of the SDK together.
    const headers: Record<string, string> = { ...clientHeaders };
    mergeHeaders(headers, request.headers);
    mergeHeaders(headers, options.headers);
    // A user-supplied Authorization header wins; otherwise ask the token provider once per call.
    headers.authorization ??= await config.authorization();

    for (let attempt = 1; ; attempt++) {
      options.signal?.throwIfAborted();
      let response: Response;
      try {
        response = await fetchWithTimeout(
          config.fetch,
          request.url,
          { method, headers, body: request.body },
          timeout,
          options.signal,
        );
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        const where = { method, path: context.path, operationId: context.operationId, attempts: attempt, cause: error };
        const failure =
          error instanceof AttemptTimedOut
            ? new TimeoutError(`request timed out after ${timeout} ms [${method} ${context.path}]`, where)
            : connectionError(error, where);
        // A POST that may have reached the server is never sent twice.
        if (idempotent && attempt <= maxRetries) {
          await sleep(backoff(attempt, config.retry, random), options.signal);
          continue;
        }
        throw failure;
      }

      const retryable = response.status === 429 || (idempotent && RETRYABLE_STATUS.has(response.status));
      if (!retryable || attempt > maxRetries) return { response, attempts: attempt };

      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      // Honour Retry-After: retrying sooner is pointless, and waiting past the cap is not what the caller asked for.
      if (retryAfter !== undefined && retryAfter * 1000 > config.retry.maxDelay) return { response, attempts: attempt };
      await response.body?.cancel().catch(() => undefined);
      const delay = retryAfter !== undefined ? retryAfter * 1000 : backoff(attempt, config.retry, random);
      await sleep(delay, options.signal);
    }
  };
}

function mergeHeaders(target: Record<string, string>, source: Record<string, string> | Headers | undefined): void {
  if (!source) return;
  if (isHeaders(source)) {
    // Headers already yields lowercased names.
    source.forEach((value, name) => {
      target[name] = value;
    });
    return;
  }
  for (const name of Object.keys(source)) target[name.toLowerCase()] = source[name]!;
}

function isHeaders(value: object): value is Headers {
  return typeof (value as Headers).forEach === "function" && typeof (value as Headers).get === "function";
}

/** Exponential backoff with ±25 % jitter, capped. */
function backoff(attempt: number, retry: Required<RetryOptions>, random: () => number): number {
  const base = Math.min(retry.initialDelay * 2 ** (attempt - 1), retry.maxDelay);
  return Math.min(retry.maxDelay, base * (0.75 + random() * 0.5));
}

async function fetchWithTimeout(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal!.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    init.signal = controller.signal;
    return await fetchImpl(url, init);
  } catch (error) {
    if (timedOut) throw new AttemptTimedOut();
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

class AttemptTimedOut extends Error {}

function connectionError(
  error: unknown,
  where: VideoSDKErrorOptions & { method: string; path: string },
): VideoSDKError {
  // undici reports the reason (ECONNRESET, ECONNREFUSED, ...) on the cause of its "fetch failed" TypeError.
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? "network error";
  return new ConnectionError(`connection failed (${detail}) [${where.method} ${where.path}]`, where);
}

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
