/**
 * The Node entry's createVideoSDK: everything the universal one takes, plus `{ apiKey, secret }` (or the
 * VIDEOSDK_API_KEY and VIDEOSDK_SECRET environment variables), from which it mints management tokens, and
 * `vsdk.webhooks.verify`. Verification lives on the server client so that browser bundles do not carry it;
 * edge runtimes get the same with `createWebhookVerifier({ client: vsdk })` from the universal entry.
 */

import {
  CLIENT_SETTINGS,
  type ClientSettings,
  type CreateVideoSDKOptions,
  clientFrom,
  resolveClient,
  type VideoSDK,
} from "../client.js";
import { ConfigurationError } from "../errors.js";
import { type TokenProvider, tokenProviderFrom } from "../internal/credentials.js";
import { readEnv } from "../internal/env.js";
import { millisecondsOption, optionsObject, refuseUnknownOptions } from "../internal/options.js";
import { type PathClient, pathClientFor } from "../path-client.js";
import { managementTokenProvider } from "../tokens/management-tokens.js";
import {
  createWebhookVerifier,
  DEFAULT_WEBHOOK_KEY_TTL,
  DEFAULT_WEBHOOK_REFETCH_COOLDOWN,
  type WebhookVerifyFunction,
} from "../webhooks/verify.js";
import { createManagementToken } from "./token.js";

export interface ApiKeyCredentials {
  /** Project API key. Default `VIDEOSDK_API_KEY`. */
  apiKey?: string | undefined;
  /** Project secret. Default `VIDEOSDK_SECRET`. Never logged, never put in an error. */
  secret?: string | undefined;
  /** Lifetime of each minted token: seconds or `'120m'`-style. Default 2 hours. */
  tokenExpiresIn?: number | string | undefined;
  /** The clock used for minting, in ms; for tests. Default `Date.now`. */
  now?: (() => number) | undefined;
  token?: never;
  getToken?: never;
}

export interface NodeClientSettings {
  /** How long `webhooks.verify` uses a fetched public key before fetching it again, in ms. Default 1 hour. */
  webhookPublicKeyTtl?: number | undefined;
  /**
   * The least time between two fetches of the public key by `webhooks.verify`, in ms, whatever their outcome: a
   * failed signature fetches the key again (rotation) only this long after the last fetch. 0 fetches on every
   * failed signature. Default 10 000.
   */
  webhookPublicKeyRefetchCooldown?: number | undefined;
}

export type CreateNodeVideoSDKOptions = (CreateVideoSDKOptions | (ClientSettings & ApiKeyCredentials)) &
  NodeClientSettings;

/** The Node client: the universal one, plus webhook verification on `webhooks`. */
export type NodeVideoSDK = Omit<VideoSDK, "webhooks"> & { readonly webhooks: ClientWebhooks };

export type ClientWebhooks = VideoSDK["webhooks"] & {
  /**
   * Verifies a delivery (raw body and `videosdk-signature` header) with VideoSDK's public key and returns the
   * typed event. The key is fetched with `getPublicKey`, cached for `webhookPublicKeyTtl`, and fetched again once
   * when a signature fails (key rotation), at most once per `webhookPublicKeyRefetchCooldown`. Throws
   * WebhookVerificationError.
   */
  verify: WebhookVerifyFunction;
};

export function createVideoSDK(options?: CreateNodeVideoSDKOptions): NodeVideoSDK {
  // No options at all is fine here: the credentials may come from VIDEOSDK_API_KEY and VIDEOSDK_SECRET.
  const settings = nodeOptions(options);
  const keyTtl = millisecondsOption("webhookPublicKeyTtl", settings.webhookPublicKeyTtl, DEFAULT_WEBHOOK_KEY_TTL);
  const refetchCooldown = millisecondsOption(
    "webhookPublicKeyRefetchCooldown",
    settings.webhookPublicKeyRefetchCooldown,
    DEFAULT_WEBHOOK_REFETCH_COOLDOWN,
    { cooldown: true },
  );
  const credentials = nodeCredentials(settings);
  const client = clientFrom(resolveClient(settings, credentials.provider, credentials.secrets));
  const verify = createWebhookVerifier({ client, keyTtl, refetchCooldown });
  return Object.assign(client, { webhooks: Object.assign(client.webhooks, { verify }) });
}

export function createPathClient(options?: CreateNodeVideoSDKOptions): PathClient {
  const settings = nodeOptions(options);
  const credentials = nodeCredentials(settings);
  return pathClientFor(resolveClient(settings, credentials.provider, credentials.secrets));
}

const NODE_OPTIONS: readonly string[] = [
  ...CLIENT_SETTINGS,
  "token",
  "getToken",
  "apiKey",
  "secret",
  "tokenExpiresIn",
  "now",
  "webhookPublicKeyTtl",
  "webhookPublicKeyRefetchCooldown",
];

/** The options object, refusing any option the Node factories do not know. */
function nodeOptions(options: unknown): CreateNodeVideoSDKOptions {
  const settings = optionsObject("options", options);
  refuseUnknownOptions(settings, NODE_OPTIONS);
  return settings as CreateNodeVideoSDKOptions;
}

/** The token provider, and the API key and secret it mints with (for errors to hide), when it mints. */
function nodeCredentials(options: CreateNodeVideoSDKOptions): { provider: TokenProvider; secrets: string[] } {
  const given = tokenProviderFrom(options as Record<string, unknown>);
  if (given) return { provider: given, secrets: [] };
  const {
    apiKey = readEnv("VIDEOSDK_API_KEY"),
    secret = readEnv("VIDEOSDK_SECRET"),
    tokenExpiresIn,
    now = Date.now,
  } = options as ApiKeyCredentials;
  const missing = [!apiKey && "apiKey (or VIDEOSDK_API_KEY)", !secret && "secret (or VIDEOSDK_SECRET)"].filter(Boolean);
  if (missing.length) {
    throw new ConfigurationError(`no credentials: pass ${missing.join(" and ")}, or \`token\` or \`getToken\``, {
      field: apiKey ? "secret" : "apiKey",
    });
  }
  const provider = managementTokenProvider(
    { apiKey: apiKey!, secret: secret!, tokenExpiresIn, now },
    createManagementToken,
  );
  // Minted now (the signer is synchronous), so a bad key or secret fails at construction rather than on the first call.
  provider();
  return { provider, secrets: [apiKey!, secret!] };
}
