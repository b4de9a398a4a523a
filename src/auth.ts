/** Where the Authorization header comes from: a static token, the caller's getToken, or a minting cache. */
import { ConfigurationError } from "./errors.js";

export type TokenProvider = () => Promise<string>;

export function tokenProviderFrom(credentials: { token?: unknown; getToken?: unknown }): TokenProvider | undefined {
  if (credentials.token !== undefined && credentials.getToken !== undefined) {
    throw new ConfigurationError("give either `token` or `getToken`, not both");
  }
  if (credentials.getToken !== undefined) {
    if (typeof credentials.getToken !== "function")
      throw new ConfigurationError("`getToken` must be a function returning the JWT");
    const getToken = credentials.getToken as () => unknown;
    return async () => checkToken(await getToken(), "getToken()");
  }
  if (credentials.token !== undefined) {
    const token = checkToken(credentials.token, "token");
    return () => Promise.resolve(token);
  }
  return undefined;
}

function checkToken(token: unknown, source: string): string {
  if (typeof token !== "string" || token.trim() === "") {
    throw new ConfigurationError(`${source} must be a non-empty JWT string`);
  }
  // The API wants the raw JWT; a "Bearer " prefix is the most common mistake, and it fails with a vague 401.
  if (/^bearer\s/i.test(token)) {
    throw new ConfigurationError(`${source} must be the raw JWT: VideoSDK expects no "Bearer " prefix`);
  }
  return token;
}

export interface MintedToken {
  token: string;
  /** Expiry, ms since the epoch. */
  expiresAt: number;
}

/**
 * Mints on first use (or starts from `initial`) and again shortly before expiry, so there is one signature per
 * token lifetime, not per request. Concurrent callers share one minting.
 */
export function cachedTokenProvider(
  mint: () => MintedToken,
  options: { now?: () => number; refreshBeforeMs?: number; initial?: MintedToken } = {},
): TokenProvider {
  const now = options.now ?? Date.now;
  const margin = options.refreshBeforeMs ?? 60_000;
  let current: MintedToken | undefined = options.initial;
  return async () => {
    if (!current || now() >= current.expiresAt - margin) current = mint();
    return current.token;
  };
}
