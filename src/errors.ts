/**
 * Every error this SDK throws or rejects with is a VideoSDKError. The family, in one place:
 *
 * - `APIError`: the API answered with a failure. The only errors with `status`, `body`, `requestId` and
 *   `headers`; one subclass per meaning (`NotFoundError` covers VideoSDK's 402 for unknown rooms).
 * - `ConnectionError` (and `ConnectionTimeoutError`): no usable answer arrived.
 * - `RequestAbortedError`: the caller's AbortSignal fired.
 * - Caught before anything is sent: `ConfigurationError`, `InvalidRequestError`, `TokenError`.
 * - `PaginationError`: a list could not be iterated to its end.
 * - `WebhookVerificationError`, and the Node adapter's `RawBodyRequiredError`: a delivery was refused.
 * - `videosdk-api/testing`'s: `SandboxOptionsError` (a `ConfigurationError`), `SandboxError` (a control call
 *   failed; its `status` is the sandbox's answer, not the API's), `StateFileError`, `PrismMissingError`.
 * - `videosdk-api/otel`'s and `videosdk-api/validate`'s `PeerDependencyMissingError`: their optional peer
 *   dependency is not installed; `packageName` says which.
 *
 * Messages never carry a token, a secret or a signature.
 */

/** Where a request went. Set on every error that comes from a call. */
export interface RequestContext {
  operationId?: string | undefined;
  /** The HTTP method, e.g. `GET`. */
  method: string;
  /** The path template, e.g. `/v2/rooms/{roomId}`, or the request path for calls outside the operation table. */
  path: string;
  /** Origin and real path of the request, e.g. `https://api.videosdk.live/v2/rooms/abcd-efgh-ijkl` (no query). */
  url: string;
  /** How many attempts were made, retries included. */
  attempts: number;
}

/** What the SDK learnt from a call's exchange: on every `.withResponse()`, and on every error from a call. */
export interface ResponseMeta {
  /** VideoSDK's request id (`x-request-id` or `request-id`), when sent. */
  requestId?: string | undefined;
  /** Attempts made, retries included. */
  attempts: number;
  /** From the call's start to its end (waits between attempts included), in ms. */
  elapsedMs: number;
  /** Seconds from the last `Retry-After`, when sent. */
  retryAfter?: number | undefined;
  /** The rate-limit headers of the last answer (`x-ratelimit-*` or `ratelimit-*`), when sent. */
  rateLimit?: RateLimitInfo | undefined;
}

export interface RateLimitInfo {
  limit?: number | undefined;
  remaining?: number | undefined;
  /** As the server sends it: seconds until the window resets, or an epoch time. */
  reset?: number | undefined;
}

export interface VideoSDKErrorOptions {
  cause?: unknown;
  /** The request, for errors that come from a call. */
  request?: RequestContext | undefined;
  meta?: ResponseMeta | undefined;
}

export class VideoSDKError extends Error {
  override name = "VideoSDKError";
  readonly operationId: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly url: string | undefined;
  readonly attempts: number | undefined;
  /** Request id, attempts, elapsed time and rate-limit headers, for errors that come from a call. */
  meta: ResponseMeta | undefined;

  constructor(message: string, options: VideoSDKErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.meta = options.meta;
    this.operationId = options.request?.operationId;
    this.method = options.request?.method;
    this.path = options.request?.path;
    this.url = options.request?.url;
    this.attempts = options.request?.attempts;
  }
}

// ---- caught before anything is sent ----------------------------------------------------------------------

/** An error about one named option, argument or claim. */
interface FieldErrorOptions extends VideoSDKErrorOptions {
  /** The option, argument or claim at fault, e.g. `timeout`, `roomId` or `permissions`. */
  field?: string | undefined;
}

/** Options are missing or wrong (no credentials, a bad base URL, a bad timeout): fix the code, do not retry. */
export class ConfigurationError extends VideoSDKError {
  override name = "ConfigurationError";
  readonly field: string | undefined;
  constructor(message: string, options: FieldErrorOptions = {}) {
    super(message, options);
    this.field = options.field;
  }
}

/** A call's arguments are wrong (a path parameter, a query value, a body that is not JSON). Nothing was sent. */
export class InvalidRequestError extends VideoSDKError {
  override name = "InvalidRequestError";
  readonly field: string | undefined;
  constructor(message: string, options: FieldErrorOptions = {}) {
    super(message, options);
    this.field = options.field;
  }
}

/**
 * A token could not be made or used: an invalid token option or claim, a `getToken` that failed or returned
 * something that is not a JWT. `field` names the option or claim (`permissions`, `expiresIn`, `getToken`).
 */
export class TokenError extends VideoSDKError {
  override name = "TokenError";
  readonly field: string;
  constructor(field: string, message: string, options: VideoSDKErrorOptions = {}) {
    super(message, options);
    this.field = field;
  }
}

// ---- the API answered with a failure ---------------------------------------------------------------------

export interface APIErrorOptions extends VideoSDKErrorOptions {
  status: number;
  body?: unknown;
  headers: Headers;
  request: RequestContext;
}

/** VideoSDK's request id: `x-request-id`, or `request-id`. Not part of the public surface. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
}

/** The API answered, and the answer is a failure. */
export class APIError extends VideoSDKError {
  override name = "APIError";
  /** The HTTP status. */
  readonly status: number;
  /** The parsed response body (JSON, or the text when it is not JSON). Kept whole, unlike the message. */
  readonly body: unknown;
  /** VideoSDK's request id (`x-request-id` or `request-id`), when sent. */
  readonly requestId: string | undefined;
  readonly headers: Headers;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly url: string;
  declare readonly attempts: number;

  constructor(message: string, options: APIErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.body = options.body;
    this.headers = options.headers;
    this.requestId = requestIdOf(options.headers);
  }
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
  constructor(message: string, options: APIErrorOptions & { retryAfter?: number | undefined }) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}
/**
 * The answer could not be used: a success whose body is not the JSON the spec promises, a body larger than
 * the SDK reads, or a redirect (the API does not redirect, and the SDK never follows one).
 */
export class InvalidResponseError extends APIError {
  override name = "InvalidResponseError";
}

// ---- no usable answer ------------------------------------------------------------------------------------

/** The request got no answer: DNS, a refused or reset connection, a body cut short. */
export class ConnectionError extends VideoSDKError {
  override name = "ConnectionError";
}
/**
 * An attempt (sending, waiting and reading the body) took longer than its `timeout`. Named apart from the
 * `TimeoutError` DOMException that `AbortSignal.timeout()` raises.
 */
export class ConnectionTimeoutError extends ConnectionError {
  override name = "ConnectionTimeoutError";
}
/** @deprecated Renamed `ConnectionTimeoutError`; this alias goes in the next minor release. */
export const TimeoutError = ConnectionTimeoutError;
/** @deprecated Renamed `ConnectionTimeoutError`. */
export type TimeoutError = ConnectionTimeoutError;

/**
 * The client's circuit breaker is open for this origin: recent calls failed (5xx or no answer) in a row, so this
 * one was not sent. It is tried again after `resetAfter`.
 */
export class CircuitOpenError extends ConnectionError {
  override name = "CircuitOpenError";
}

/** The caller's AbortSignal fired. `cause` is the signal's reason (for `AbortSignal.timeout()`, a TimeoutError). */
export class RequestAbortedError extends VideoSDKError {
  override name = "RequestAbortedError";
}

// ---- lists and webhooks ----------------------------------------------------------------------------------

export type WaitErrorReason = "failure_state" | "timeout";

/** A waiter (`vsdk.hls.waitUntilPlayable(...)`, ...) stopped: the resource reached a failure state, or time ran out. */
export class WaitError extends VideoSDKError {
  override name = "WaitError";
  readonly reason: WaitErrorReason;
  /** The waiter, e.g. `mergeRecordings.waitUntilDone`. */
  readonly waiter: string;
  /** The value found at the failure condition's path (`failed`), for `failure_state`. */
  readonly state: unknown;
  /** The last body polled, when one came. */
  readonly resource: unknown;
  constructor(
    reason: WaitErrorReason,
    message: string,
    details: { waiter: string; state?: unknown; resource?: unknown; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.reason = reason;
    this.waiter = details.waiter;
    this.state = details.state;
    this.resource = details.resource;
  }
}

/** One way a request or an answer differs from the spec: where (a JSON pointer) and how. */
export interface SpecDriftIssue {
  /** `body`, `query`, `path` or `response`, then a JSON pointer: `body/config/layout/gridSize`. */
  path: string;
  message: string;
}

/** A request or an answer broke the spec (the `videosdk-api/validate` middleware in strict mode). */
export class SpecDriftError extends VideoSDKError {
  override name = "SpecDriftError";
  readonly direction: "request" | "response";
  readonly issues: readonly SpecDriftIssue[];
  constructor(direction: "request" | "response", issues: readonly SpecDriftIssue[], message: string) {
    super(message);
    this.direction = direction;
    this.issues = issues;
  }
}

export type PaginationErrorReason = "not_advancing" | "page_limit";

/** Iterating a list stopped: the server repeated a page (`not_advancing`), or the page cap was reached. */
export class PaginationError extends VideoSDKError {
  override name = "PaginationError";
  readonly reason: PaginationErrorReason;
  constructor(reason: PaginationErrorReason, message: string, options: VideoSDKErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
  }
}

export type WebhookVerificationReason =
  | "missing_signature"
  | "malformed_signature"
  | "bad_signature"
  | "invalid_json"
  | "invalid_payload"
  | "unknown_event"
  | "invalid_key"
  | "key_unavailable"
  | "body_too_large";

/** A delivery failed verification; `reason` says why. Messages never quote the body or the signature. */
export class WebhookVerificationError extends VideoSDKError {
  override name = "WebhookVerificationError";
  readonly reason: WebhookVerificationReason;
  constructor(reason: WebhookVerificationReason, message: string, options: VideoSDKErrorOptions = {}) {
    super(`${message} (${reason})`, options);
    this.reason = reason;
  }
}

/** The Node adapter's route saw a body another parser had already read (e.g. `express.json()`). */
export class RawBodyRequiredError extends ConfigurationError {
  override name = "RawBodyRequiredError";
}
