/**
 * One attempt of a call, as the transport makes it: its deadline (the timeout and the caller's signal as one
 * signal), reading the answer within it, and the typed errors for what can go wrong on the way.
 */
import {
  ConnectionError,
  InvalidResponseError,
  RateLimitError,
  RequestAbortedError,
  type RequestContext,
} from "../errors.js";
import { describeRequest } from "./api-errors.js";
import { MAX_TIMER_MS } from "./options.js";
import { streamReader } from "./stream-reader.js";
// ---- shared back-pressure --------------------------------------------------------

/** A call that would wait at a route's gate longer than maxRetryDelay fails at once, as the first call did. */
export function rateLimitedAhead(response: Response, waitMs: number, where: RequestContext): RateLimitError {
  const retryAfter = Math.ceil(waitMs / 1000);
  return new RateLimitError(
    `rate limited: this route asked to wait ${retryAfter} s, longer than maxRetryDelay ${describeRequest(where, 429)}`,
    { status: 429, headers: response.headers, request: { ...where }, retryAfter },
  );
}

// ---- one attempt's deadline ------------------------------------------------------------------------------

/** One attempt's deadline: its timeout and the caller's signal, as one signal. A class: one allocation per attempt. */
export class AttemptScope {
  readonly #controller = new AbortController();
  readonly #outer: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #onAbort: (() => void) | undefined;
  #ended = false;
  timedOut = false;

  constructor(timeout: number, outer: AbortSignal | undefined) {
    this.#outer = outer;
    if (outer) {
      this.#onAbort = () => this.#controller.abort(outer.reason);
      outer.addEventListener("abort", this.#onAbort, { once: true });
    }
    this.#timer = setTimeout(
      () => {
        this.timedOut = true;
        this.#controller.abort(new Error("attempt timed out"));
      },
      Math.min(timeout, MAX_TIMER_MS),
    );
  }

  /** Aborted on the timeout or the caller's signal; given to fetch, so it also cuts the body short. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Settles like `promise`, or rejects as soon as the attempt is aborted (for work fetch does not see). */
  race<T>(promise: Promise<T>): Promise<T> {
    const signal = this.#controller.signal;
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
  }

  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    clearTimeout(this.#timer);
    if (this.#onAbort) this.#outer?.removeEventListener("abort", this.#onAbort);
  }
}

// ---- the answer ------------------------------------------------------------------------------------------

export function isRedirect(response: Response): boolean {
  // Browsers hide a manual redirect behind an opaque response of status 0.
  return response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400);
}

export function redirected(response: Response, where: RequestContext): InvalidResponseError {
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

/** Reads the body within the attempt's deadline, refusing more than `max` bytes. Not async: one hop fewer. */
export function readBody(
  response: Response,
  max: number,
  where: RequestContext,
  scope: AttemptScope,
  signalHonoured: boolean,
): Promise<Uint8Array> {
  const declared = response.headers.get("content-length");
  // The common case, read in one go: the platform's fetch enforces the declared length and the signal. Only for an
  // unencoded body: with a content-encoding, the declared length is the compressed one, and a small gzip body may
  // unpack to gigabytes, so those are counted as they are decoded.
  if (signalHonoured && declared !== null && Number(declared) <= max && !response.headers.has("content-encoding")) {
    return response.arrayBuffer().then(bytesOf);
  }
  const tooLarge = () =>
    new InvalidResponseError(
      `the response body is larger than ${max} bytes, the most the SDK reads ${describeRequest(where, response.status)}`,
      { status: response.status, headers: response.headers, request: { ...where } },
    );
  // fetch's signal errors the stream on abort; the race covers streams that ignore it (custom fetches).
  const wait = signalHonoured ? undefined : <T>(read: Promise<T>) => scope.race(read);
  const reader = streamReader();
  if (typeof reader === "function") return reader(response.body, declared, max, tooLarge, wait);
  // The first such body loads the reader, within the attempt's deadline.
  return scope.race(reader).then((read) => read(response.body, declared, max, tooLarge, wait));
}

const bytesOf = (buffer: ArrayBuffer) => new Uint8Array(buffer);

export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

// ---- failures --------------------------------------------------------------------------------------------

export function aborted(signal: AbortSignal, where: RequestContext): RequestAbortedError {
  return new RequestAbortedError(`the call was aborted ${describeRequest(where)}`, {
    cause: signal.reason,
    request: { ...where },
  });
}

export function connectionError(error: unknown, where: RequestContext): ConnectionError {
  // undici reports the reason (ECONNRESET, ECONNREFUSED, ...) on the cause of its "fetch failed" TypeError; a
  // body cut short is a TypeError "terminated" whose cause says why.
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? "network error";
  return new ConnectionError(`connection failed (${String(detail).slice(0, 100)}) ${describeRequest(where)}`, {
    request: { ...where },
    cause: error,
  });
}
