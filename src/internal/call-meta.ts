/**
 * A call's meta: attempts and time, kept by the transport, and what the last answer's headers say (request id,
 * Retry-After, rate limits), read only where meta is handed out (`withResponse()`, an error, `onCallEnd`). Most
 * calls never hand it out, and reading the headers costs more than the rest of a call's bookkeeping.
 */
import { type RateLimitInfo, type ResponseMeta, requestIdOf } from "../errors.js";
import { parseRetryAfter } from "./api-errors.js";

/** A call's meta before any answer: every field present, so copies and spreads always show the same keys. */
export function emptyMeta(): ResponseMeta {
  return { requestId: undefined, attempts: 0, elapsedMs: 0, retryAfter: undefined, rateLimit: undefined };
}

/** Metas whose header fields are filled: each call's are read once, from its final answer. */
const described = new WeakSet<ResponseMeta>();

/** Fills the header fields of a finished call's meta from its final answer (none: they stay undefined). */
export function describeAnswer(meta: ResponseMeta, answer: Response | undefined): ResponseMeta {
  if (described.has(meta) || !answer) return meta;
  described.add(meta);
  const headers = answer.headers;
  meta.requestId = requestIdOf(headers);
  meta.retryAfter = parseRetryAfter(headers.get("retry-after"));
  meta.rateLimit = rateLimitOf(headers);
  return meta;
}

/** `ratelimit-*` or `x-ratelimit-*` (the first that is a number), or undefined when neither form is sent. */
function rateLimitOf(headers: Headers): RateLimitInfo | undefined {
  let info: RateLimitInfo | undefined;
  for (const key of ["limit", "remaining", "reset"] as const) {
    for (const name of [`ratelimit-${key}`, `x-ratelimit-${key}`]) {
      const value = headers.get(name)?.trim();
      if (!value || Number.isNaN(Number(value))) continue;
      info ??= { limit: undefined, remaining: undefined, reset: undefined };
      info[key] = Number(value);
      break;
    }
  }
  return info;
}
