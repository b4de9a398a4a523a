/**
 * A call's meta (attempts, time, and what the last answer's headers say). The headers are read when first asked
 * for, not on every answer: most callers never look, and reading them costs more than the rest of a call's
 * bookkeeping.
 */
import type { RateLimitInfo, ResponseMeta } from "../errors.js";
import { parseRetryAfter } from "./api-errors.js";

interface HeaderFacts {
  requestId: string | undefined;
  retryAfter: number | undefined;
  rateLimit: RateLimitInfo | undefined;
}

export class CallMeta implements ResponseMeta {
  attempts = 0;
  elapsedMs = 0;
  #answer: Response | undefined;
  #facts: HeaderFacts | undefined;

  /** The answer the header fields describe from now on (the last one of the call). */
  answered(response: Response): void {
    this.#answer = response;
    this.#facts = undefined;
  }

  get requestId(): string | undefined {
    return this.#read().requestId;
  }

  get retryAfter(): number | undefined {
    return this.#read().retryAfter;
  }

  get rateLimit(): RateLimitInfo | undefined {
    return this.#read().rateLimit;
  }

  /** Every field, header fields included, for JSON.stringify and loggers. */
  toJSON(): ResponseMeta {
    const { requestId, retryAfter, rateLimit } = this.#read();
    return { requestId, attempts: this.attempts, elapsedMs: this.elapsedMs, retryAfter, rateLimit };
  }

  // console.log and util.inspect show prototype getters only on request; show every field.
  [Symbol.for("nodejs.util.inspect.custom")](): ResponseMeta {
    return this.toJSON();
  }

  #read(): HeaderFacts {
    this.#facts ??= readHeaders(this.#answer?.headers);
    return this.#facts;
  }
}

/** Request id, Retry-After and rate-limit headers, in one pass. */
function readHeaders(headers: Headers | undefined): HeaderFacts {
  let requestId: string | undefined;
  let retryAfter: string | null = null;
  let rateLimit: RateLimitInfo | undefined;
  headers?.forEach((value, name) => {
    if (name === "x-request-id" || (name === "request-id" && requestId === undefined)) requestId = value;
    else if (name === "retry-after") retryAfter = value;
    else if (name.startsWith("x-ratelimit-") || name.startsWith("ratelimit-")) {
      const key = name.slice(name.indexOf("ratelimit-") + 10);
      const number = value.trim() === "" ? Number.NaN : Number(value);
      if ((key === "limit" || key === "remaining" || key === "reset") && !Number.isNaN(number)) {
        rateLimit ??= { limit: undefined, remaining: undefined, reset: undefined };
        rateLimit[key] ??= number;
      }
    }
  });
  return { requestId, retryAfter: parseRetryAfter(retryAfter), rateLimit };
}
