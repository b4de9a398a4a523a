/**
 * The universal entry: no Node built-ins, no jsonwebtoken. Runs in browsers, edge runtimes and Node, given a
 * token or getToken. For minting tokens from an API key and secret, use the `/node` entry.
 */

export type { OperationId, OperationInfo, WebhookEventName } from "../generated/operations.js";
export { operations, webhookEvents } from "../generated/operations.js";
export type { components, operations as OperationTypes, paths, webhooks } from "../generated/schema.js";
export type { ClientSettings, CreateVideoSDKOptions, VideoSDK } from "./client.js";
export { createVideoSDK, DEFAULT_BASE_URL } from "./client.js";
export * from "./errors.js";
export type { Facade, ListItem, ListOptions, QueryParams, RequestBody, ResponseBody, Schema } from "./facade.js";
export type { PageInfo, PaginationOptions } from "./pagination.js";
export { PagedList } from "./pagination.js";
export type { PathClient } from "./path-client.js";
export { createPathClient } from "./path-client.js";
export type { RequestOptions } from "./transport.js";
export type {
  MemoryDedupeOptions,
  WebhookDedupe,
  WebhookDelivery,
  WebhookHandler,
  WebhookHandlerOptions,
  WebhookListener,
} from "./webhook-handler.js";
export { createMemoryDedupe, createWebhookHandler } from "./webhook-handler.js";
export type { SignedWebhook, WebhookTestSigner, WebhookTestSignerOptions } from "./webhook-testing.js";
export { createWebhookTestSigner } from "./webhook-testing.js";
export type {
  UnknownWebhookEvent,
  VerifyWebhookOptions,
  WebhookEvent,
  WebhookEventOf,
  WebhookKeySource,
  WebhookPublicKey,
  WebhookRawBody,
  WebhookVerificationReason,
  WebhookVerifierOptions,
  WebhookVerifierSettings,
  WebhookVerifyFunction,
} from "./webhooks.js";
export {
  createWebhookVerifier,
  importWebhookPublicKey,
  isKnownWebhookEvent,
  isWebhookEventName,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WebhookVerificationError,
} from "./webhooks.js";
