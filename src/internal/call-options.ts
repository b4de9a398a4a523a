/** What a call is given beyond its request: its options, checked like the client's; and the headers it sends. */
import { ConfigurationError } from "../errors.js";
import type { MiddlewareParams } from "../middleware.js";
import type { CallContext, RequestOptions, RetrySettings } from "../transport.js";
import { checkHeaders, checkMiddleware, millisecondsOption, optionsObject, wholeNumberOption } from "./options.js";

/** Per-call options, checked exactly like the client's. */
const NO_OPTIONS: RequestOptions = {};

export function callOptionsOf(value: unknown): RequestOptions {
  if (value === undefined) return NO_OPTIONS;
  const options = optionsObject("request options", value) as RequestOptions;
  if (options.signal !== undefined && !isAbortSignal(options.signal)) {
    throw new ConfigurationError("signal must be an AbortSignal", { field: "signal" });
  }
  millisecondsOption("timeout", options.timeout, 1);
  wholeNumberOption("maxRetries", options.maxRetries, 0, 0);
  checkHeaders("headers", options.headers);
  checkMiddleware("middleware", options.middleware);
  return options;
}

export function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AbortSignal).aborted === "boolean" &&
    typeof (value as AbortSignal).addEventListener === "function"
  );
}

export function mergeHeaders(
  target: Record<string, string>,
  source: Record<string, string> | Headers | undefined,
): void {
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

export function urlWithoutQuery(url: string): string {
  const query = url.indexOf("?");
  const fragment = url.indexOf("#");
  const end = query === -1 ? fragment : fragment === -1 ? query : Math.min(query, fragment);
  return end === -1 ? url : url.slice(0, end);
}

/** The facade's path values as openapi-fetch's `params`, for middleware. */
export function paramsOf(context: CallContext): MiddlewareParams["params"] {
  const path: Record<string, unknown> = {};
  context.pathNames?.forEach((name, i) => {
    path[name] = context.pathValues?.[i];
  });
  return { path };
}

/** Exponential backoff with ±25 % jitter, capped. */
export function backoff(attempt: number, retry: RetrySettings): number {
  const base = Math.min(retry.initialDelay * 2 ** (attempt - 1), retry.maxDelay);
  return Math.min(retry.maxDelay, base * (0.75 + Math.random() * 0.5));
}
