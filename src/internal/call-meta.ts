/**
 * A call's meta: attempts and time, kept by the transport, and what the last answer's headers say (request id,
 * Retry-After, rate limits), read only where meta is handed out (`withResponse()`, an error, `onCallEnd`). Most
 * calls never hand it out, and reading the headers costs more than the rest of a call's bookkeeping.
 */
import type { ResponseMeta } from "../errors.js";
import { parseRetryAfter } from "./api-errors.js";

/** A call's meta before any answer: every field present, so copies and spreads always show the same keys. */
export function emptyMeta(): ResponseMeta {
  return { requestId: undefined, attempts: 0, elapsedMs: 0, retryAfter: undefined, rateLimit: undefined };
}

/** Metas whose header fields are filled: each call's are read once, from its final answer. */
const described = new WeakSet<ResponseMeta>();

/** Fills the header fields of a finished call's meta from its final answer (none: they stay undefined). */
export function describeAnswer(meta: ResponseMeta, answer: Response | undefined): ResponseMeta {
  if (described.has(meta)) return meta;
  described.add(meta);
  answer?.headers.forEach((value, name) => {
    if (name === "x-request-id" || (name === "request-id" && meta.requestId === undefined)) meta.requestId = value;
    else if (name === "retry-after") meta.retryAfter = parseRetryAfter(value);
    else if (name.startsWith("x-ratelimit-") || name.startsWith("ratelimit-")) {
      const key = name.slice(name.indexOf("ratelimit-") + 10);
      const number = value.trim() === "" ? Number.NaN : Number(value);
      if ((key === "limit" || key === "remaining" || key === "reset") && !Number.isNaN(number)) {
        meta.rateLimit ??= { limit: undefined, remaining: undefined, reset: undefined };
        meta.rateLimit[key] ??= number;
      }
    }
  });
  return meta;
}
