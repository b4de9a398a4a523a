/** Turns an HTTP failure answer into its typed error, with a short, one-line, token-free message. */
import {
  APIError,
  type APIErrorOptions,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RequestContext,
  requestIdOf,
  UnprocessableEntityError,
} from "../errors.js";

/** The most of the server's text an error message shows; the whole body stays on `error.body`. */
const MAX_MESSAGE_TEXT = 300;

/** The text of a VideoSDK error body: `{message}`, `{error}`, `{msg}` or a plain string. */
function errorMessageOf(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim() || undefined;
  if (body && typeof body === "object") {
    for (const key of ["message", "error", "msg", "statusMessage"]) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return undefined;
}

/**
 * Server text made safe for a one-line message: control characters escaped (a body cannot forge log lines),
 * at most MAX_MESSAGE_TEXT characters.
 */
export function oneLine(text: string, max = MAX_MESSAGE_TEXT): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return escaped.length > max ? `${escaped.slice(0, max)}… (${escaped.length - max} more characters)` : escaped;
}

/** Seconds from a `Retry-After` header (delta seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/** `[404 GET https://api.videosdk.live/v2/rooms/x (getRoom), request id r-1]`: where the request went. */
export function describeRequest(request: RequestContext, status?: number, requestId?: string): string {
  const operation = request.operationId ? ` (${request.operationId})` : "";
  const id = requestId ? `, request id ${oneLine(requestId, 100)}` : "";
  return `[${status === undefined ? "" : `${status} `}${request.method} ${request.url}${operation}${id}]`;
}

/**
 * The typed error for an HTTP failure answer. `body` comes with the client's credentials already hidden; `redact`
 * hides them in the status text too.
 */
export function errorFromResponse(
  response: Response,
  body: unknown,
  request: RequestContext,
  redact: (text: string) => string,
): APIError {
  const status = response.status;
  const options: APIErrorOptions = { status, body, headers: response.headers, request };
  const requestId = requestIdOf(response.headers);
  const apiMessage = oneLine(errorMessageOf(body) ?? redact(response.statusText || "request failed"));
  const message = `${apiMessage} ${describeRequest(request, status, requestId)}`;
  switch (status) {
    case 400:
      return new BadRequestError(message, options);
    case 401:
      return new AuthenticationError(message, options);
    case 403:
      return new PermissionDeniedError(message, options);
    case 402:
    case 404:
      return new NotFoundError(message, options);
    case 409:
      return new ConflictError(message, options);
    case 422:
      return new UnprocessableEntityError(message, options);
    case 429:
      return new RateLimitError(message, {
        ...options,
        retryAfter: parseRetryAfter(response.headers.get("retry-after")),
      });
    default:
      return status >= 500 ? new InternalServerError(message, options) : new APIError(message, options);
  }
}
