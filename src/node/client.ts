/**
 * The Node entry's createVideoSDK: everything the universal one takes, plus `{ apiKey, secret }` (or the
 * VIDEOSDK_API_KEY and VIDEOSDK_SECRET environment variables), from which it mints management tokens.
 */
import { cachedTokenProvider, tokenProviderFrom, type TokenProvider } from "../auth.js";
import { clientFrom, resolveClient, readEnv, type ClientSettings, type CreateVideoSDKOptions, type VideoSDK } from "../client.js";
import { ConfigurationError } from "../errors.js";
import { pathClientFor, type PathClient } from "../path-client.js";
import { createManagementToken, parseExpiresIn } from "./token.js";

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

export type CreateNodeVideoSDKOptions = CreateVideoSDKOptions | (ClientSettings & ApiKeyCredentials);

export function createVideoSDK(options: CreateNodeVideoSDKOptions = {}): VideoSDK {
  return clientFrom(resolveClient(options, nodeTokenProvider(options)));
}

export function createPathClient(options: CreateNodeVideoSDKOptions = {}): PathClient {
  return pathClientFor(resolveClient(options, nodeTokenProvider(options)));
}

function nodeTokenProvider(options: CreateNodeVideoSDKOptions): TokenProvider {
  const given = tokenProviderFrom(options);
  if (given) return given;
  const { apiKey = readEnv("VIDEOSDK_API_KEY"), secret = readEnv("VIDEOSDK_SECRET"), tokenExpiresIn, now = Date.now } =
    options as ApiKeyCredentials;
  const missing = [!apiKey && "apiKey (or VIDEOSDK_API_KEY)", !secret && "secret (or VIDEOSDK_SECRET)"].filter(Boolean);
  if (missing.length) {
    throw new ConfigurationError(`no credentials: pass ${missing.join(" and ")}, or \`token\` or \`getToken\``);
  }
  const lifetime = parseExpiresIn(tokenExpiresIn ?? "2h");
  const mint = () => {
    const issuedAt = now();
    const token = createManagementToken({ apiKey: apiKey!, secret: secret!, expiresIn: lifetime }, { now: () => issuedAt });
    return { token, expiresAt: issuedAt + lifetime * 1000 };
  };
  // Mint once now, so a bad key or secret fails at construction rather than on the first call.
  const first = mint();
  let primed: typeof first | undefined = first;
  return cachedTokenProvider(() => (primed ? ((primed = undefined), first) : mint()), {
    now,
    // Refresh a minute early, or a tenth of the lifetime for short-lived tokens.
    refreshBeforeMs: Math.min(60_000, lifetime * 100),
  });
}
