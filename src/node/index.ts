/**
 * The Node entry: everything of the universal entry, plus synchronous token minting and verification
 * (jsonwebtoken, loaded when the first token is minted), a createVideoSDK and createPathClient that also accept `{ apiKey, secret }`, and the node:http
 * webhook adapter.
 *
 * The universal entry's exports come through `export *` (its own list names each one); the two factories named
 * below take the place of its factories of the same names, and verifyToken that of its verifyToken. Every other export is listed by name: a change here
 * changes the public surface (test/docs/public-surface.test.ts).
 */

export { RawBodyRequiredError } from "../errors.js";
export * from "../index.js";
// The doctor's codes as a list: the universal entry has their type only, since the list would sit in every
// browser program's first load (the codes are listed in the authentication guide too).
export { TOKEN_FINDING_CODES } from "../tokens/findings.js";
export type {
  ApiKeyCredentials,
  ClientWebhooks,
  CreateNodeVideoSDKOptions,
  NodeClientSettings,
  NodeVideoSDK,
} from "./client.js";
export { createPathClient, createVideoSDK } from "./client.js";
// The synchronous, jsonwebtoken verifyToken takes the place of the universal (async, Web Crypto) one.
export { createManagementToken, createParticipantToken, createToken, verifyToken } from "./token.js";
export type { NodeWebhookListener, NodeWebhookOptions, WebRequestHandler } from "./webhooks.js";
export { toNodeListener } from "./webhooks.js";
