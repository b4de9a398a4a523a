/**
 * The Node entry: everything of the universal entry, plus token minting (jsonwebtoken) and a createVideoSDK
 * that accepts `{ apiKey, secret }`.
 */
export * from "../index.js";
export type {
  ApiKeyCredentials,
  ClientWebhooks,
  CreateNodeVideoSDKOptions,
  NodeClientSettings,
  NodeVideoSDK,
} from "./client.js";
export { createPathClient, createVideoSDK } from "./client.js";
export type {
  ClockOptions,
  ManagementTokenOptions,
  ParticipantTokenOptions,
  Permission,
  Role,
  TokenOptions,
  VideoSDKTokenClaims,
} from "./token.js";
export {
  createManagementToken,
  createParticipantToken,
  createToken,
  parseExpiresIn,
  TokenError,
  verifyToken,
} from "./token.js";
export type { NodeWebhookListener, NodeWebhookOptions, WebRequestHandler } from "./webhooks.js";
export { nodeWebhookMiddleware, RawBodyRequiredError, toNodeListener } from "./webhooks.js";
