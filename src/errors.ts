/**
 * Every error this SDK throws is a VideoSDKError. HTTP failures are subclasses named for their meaning, so
 * callers can `catch (e) { if (e instanceof NotFoundError) ... }` without remembering VideoSDK's status quirks.
 */

/** Where a request went: filled in on every error that comes from a call. */
export interface RequestContext {
  operationId?: string | undefined;
  method: string;
  /** The path template, e.g. `/v2/rooms/{roomId}`, or the request path for calls outside the table. */
  path: string;
  /** How many attempts were made, retries included. */
  attempts: number;
}

export interface VideoSDKErrorOptions extends Partial<RequestContext> {
  status?: number | undefined;
  body?: unknown;
  requestId?: string | undefined;
  headers?: Headers | undefined;
  cause?: unknown;
}

export class VideoSDKError extends Error {
  override name = "VideoSDKError";
  /** The HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** The parsed response body (JSON, or the text when it is not JSON). */
  readonly body: unknown;
  /** VideoSDK's request id (`x-request-id` or `request-id`), when sent. */
  readonly requestId: string | undefined;
  readonly operationId: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly attempts: number | undefined;
  readonly headers: Headers | undefined;

  constructor(message: string, options: VideoSDKErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.body = options.body;
    this.requestId = options.requestId;
    this.operationId = options.operationId;
    this.method = options.method;
    this.path = options.path;
    this.attempts = options.attempts;
    this.headers = options.headers;
  }
}

/** Options are missing or wrong (no credentials, a bad base URL): fix the code, do not retry. */
export class ConfigurationError extends VideoSDKError {
  override name = "ConfigurationError";
}

/** A call's arguments are wrong (a missing path parameter): caught before anything is sent. */
export class InvalidRequestError extends VideoSDKError {
  override name = "InvalidRequestError";
}

/** An HTTP error answer. `status` is always set. */
export class APIError extends VideoSDKError {
  override name = "APIError";
  declare readonly status: number;
}
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
/** 404, and 402: VideoSDK may answer unknown or foreign rooms with 402. */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
export class ConflictError extends APIError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  /** Seconds to wait before retrying, from `Retry-After`, when sent. */
  readonly retryAfter: number | undefined;
  constructor(message: string, options: VideoSDKErrorOptions & { retryAfter?: number | undefined }) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** The request never got an answer: DNS, refused or reset connection. */
export class ConnectionError extends VideoSDKError {
  override name = "ConnectionError";
}
/** An attempt took longer than its timeout. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}
/** A success status whose body could not be read as the JSON the spec promises. */
export class InvalidResponseError extends VideoSDKError {
  override name = "InvalidResponseError";
}

/** The text of a VideoSDK error body: `{message}`, `{error}`, `{msg}` or a plain string. */
export function errorMessageOf(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim() || undefined;
  if (body && typeof body === "object") {
    for (const key of ["message", "error", "msg", "statusMessage"]) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return undefined;
}

export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}

/** Seconds from a `Retry-After` header (delta seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/** The typed error for an HTTP error answer. */
export function errorFromResponse(response: Response, body: unknown, context: RequestContext): APIError {
  const status = response.status;
  const requestId = requestIdOf(response.headers);
  const apiMessage = errorMessageOf(body) ?? (response.statusText || "request failed");
  const where = `${status} ${context.method} ${context.path}${context.operationId ? ` (${context.operationId})` : ""}`;
  const message = `${apiMessage} [${where}${requestId ? `, request id ${requestId}` : ""}]`;
  const options: VideoSDKErrorOptions = { ...context, status, body, requestId, headers: response.headers };
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
