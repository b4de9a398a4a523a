/**
 * The universal entry: no Node built-ins, no jsonwebtoken. Runs in browsers, edge runtimes and Node, given a
 * token, getToken, or (on a server) an API key and secret to mint from with Web Crypto.
 *
 * Every export is listed by name: a change here changes the public surface (test/docs/public-surface.test.ts).
 */

export type { OperationId, OperationInfo, WebhookEventName } from "../generated/operations.js";
export { operations, webhookEvents } from "../generated/operations.js";
export type { components, operations as OperationTypes, paths, webhooks } from "../generated/schema.js";
export type { APIPromise, Result, WithResponse } from "./api-promise.js";
export type { CircuitBreaker, CircuitBreakerOptions, CircuitState } from "./circuit-breaker.js";
export { createCircuitBreaker } from "./circuit-breaker.js";
export type {
  ClientSettings,
  CreateVideoSDKOptions,
  Logger,
  LogLevel,
  SecretCredentials,
  VideoSDK,
} from "./client.js";
export { createVideoSDK, DEFAULT_BASE_URL } from "./client.js";
export type {
  PaginationErrorReason,
  RateLimitInfo,
  RequestContext,
  ResponseMeta,
  WaitErrorReason,
  WebhookVerificationReason,
} from "./errors.js";
export {
  APIError,
  AuthenticationError,
  BadRequestError,
  CircuitOpenError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  ConnectionTimeoutError,
  InternalServerError,
  InvalidRequestError,
  InvalidResponseError,
  NotFoundError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  TimeoutError,
  TokenError,
  UnprocessableEntityError,
  VideoSDKError,
  WaitError,
  WebhookVerificationError,
} from "./errors.js";
export type {
  Facade,
  ListItem,
  ListOptions,
  PreviewOptions,
  QueryParams,
  RequestBody,
  RequestPreview,
  ResponseBody,
  Schema,
} from "./facade.js";
export type { CallEndParams, Middleware, MiddlewareParams } from "./middleware.js";
export type { PagedList, PageInfo, PaginationOptions } from "./pagination.js";
export type { PathClient } from "./path-client.js";
export { createPathClient } from "./path-client.js";
export type { BrowserOptIn } from "./tokens/browser.js";
export type {
  ClockOptions,
  ManagementTokenOptions,
  ParticipantTokenOptions,
  Permission,
  Role,
  TokenOptions,
  VideoSDKTokenClaims,
} from "./tokens/claims.js";
export type { TokenFinding, TokenFindingCode, TokenFindingSeverity } from "./tokens/findings.js";
export type { InspectTokenOptions, TokenInspection } from "./tokens/inspect.js";
export {
  inspectToken,
  mintManagementToken,
  mintParticipantToken,
  mintToken,
  verifyToken,
} from "./tokens/lazy.js";
export type { RequestOptions } from "./transport.js";
export type { WaitOptions } from "./waiters.js";
export type { MemoryDedupeOptions, WebhookDedupe } from "./webhooks/dedupe.js";
export { createMemoryDedupe } from "./webhooks/dedupe.js";
export type {
  WebhookDelivery,
  WebhookHandler,
  WebhookHandlerOptions,
  WebhookListener,
} from "./webhooks/handler.js";
export { createWebhookHandler } from "./webhooks/handler.js";
export type { SignedWebhook, WebhookTestSigner, WebhookTestSignerOptions } from "./webhooks/test-signer.js";
export { createWebhookTestSigner } from "./webhooks/test-signer.js";
export type {
  UnknownWebhookEvent,
  VerifyWebhookOptions,
  WebhookEvent,
  WebhookEventOf,
  WebhookKeySource,
  WebhookPublicKey,
  WebhookRawBody,
  WebhookVerifierOptions,
  WebhookVerifierSettings,
  WebhookVerifyFunction,
} from "./webhooks/verify.js";
export {
  createWebhookVerifier,
  isKnownWebhookEvent,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
} from "./webhooks/verify.js";
