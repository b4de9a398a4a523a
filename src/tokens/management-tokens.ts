/**
 * The management tokens a client mints for itself from an API key and secret, shared by the Node client
 * (jsonwebtoken, synchronous) and the universal one (Web Crypto): one lifetime rule, one refresh margin, one cache.
 */
import type { TokenProvider } from "../internal/credentials.js";
import { cachedTokenProvider } from "../internal/token-cache.js";
import { type ClockOptions, type ManagementTokenOptions, parseExpiresIn } from "./claims.js";

export interface ManagementTokenCredentials {
  apiKey: string;
  secret: string;
  /** Lifetime of each minted token: seconds or `'120m'`-style. Default 2 hours. */
  tokenExpiresIn?: number | string | undefined;
  /** The clock used for minting, in ms. Default `Date.now`. */
  now?: (() => number) | undefined;
}

export type ManagementTokenSigner = (options: ManagementTokenOptions, clock: ClockOptions) => string | Promise<string>;

/**
 * Mints with `sign` on the first call and again shortly before expiry. A synchronous signer makes the first call
 * synchronous too, so the Node client can mint at construction and fail there on bad credentials.
 */
export function managementTokenProvider(
  credentials: ManagementTokenCredentials,
  sign: ManagementTokenSigner,
): TokenProvider {
  const { apiKey, secret, tokenExpiresIn, now = Date.now } = credentials;
  const lifetime = parseExpiresIn(tokenExpiresIn ?? "2h");
  const mint = () => {
    const issuedAt = now();
    const expiresAt = issuedAt + lifetime * 1000;
    const token = sign({ apiKey, secret, expiresIn: lifetime }, { now: () => issuedAt });
    return typeof token === "string" ? { token, expiresAt } : token.then((signed) => ({ token: signed, expiresAt }));
  };
  // Refresh a minute early, or a tenth of the lifetime for short-lived tokens.
  return cachedTokenProvider(mint, { now, refreshBeforeMs: Math.min(60_000, lifetime * 100) });
}
