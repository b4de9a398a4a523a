/**
 * `videosdk-api/testing`: a local VideoSDK for your own test suites. `startSandbox()` runs a stateful, spec-validated
 * stand-in of the API on a free port, with participants, recordings, streams, transcriptions and signed webhooks:
 *
 * ```ts
 * const sandbox = await startSandbox({ port: 0, processingMs: 50 });
 * const vsdk = createVideoSDK({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl });
 * await sandbox.control.join((await vsdk.rooms.create({})).roomId);
 * await sandbox.stop();
 * ```
 *
 * Node only. Needs Prism, an optional peer dependency: `npm install --save-dev @stoplight/prism-http`.
 */
export type { MintOptions, SandboxCredentials } from "./auth.js";
export { mintToken as createSandboxToken } from "./auth.js";
export type {
  SandboxControl,
  SandboxParticipant,
  SandboxWebhookDelivery,
  WaitForWebhookOptions,
  WebhookFilter,
} from "./control.js";
export { CONTROL_OPENAPI, createSandboxControl, SandboxError } from "./control.js";
export type { Violation } from "./prism.js";
export { PrismMissingError } from "./prism.js";
export type { RejectedRequest } from "./rejected-requests.js";
export type { LifecycleResource, ResourceFilter } from "./resource-list.js";
export type { ResponseViolation, Sandbox, SandboxOptions } from "./sandbox.js";
export {
  DEFAULT_API_KEY,
  DEFAULT_PROCESSING_MS,
  DEFAULT_SECRET,
  SandboxOptionsError,
  startSandbox,
} from "./sandbox.js";
export type { FailureKind } from "./state.js";
export { FAILURE_KINDS, StateFileError } from "./state.js";
