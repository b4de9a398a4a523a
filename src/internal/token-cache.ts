/**
 * The cache in front of a token signer, apart from the credentials the client path reads: only a client that mints
 * (from an API key and secret) loads it, with the signer.
 */
import { TokenError, VideoSDKError } from "../errors.js";
import type { TokenProvider } from "./credentials.js";

export interface MintedToken {
  token: string;
  /** Expiry, ms since the epoch. */
  expiresAt: number;
}

/**
 * Mints on first use (or starts from `initial`) and again shortly before expiry, so there is one signature per
 * token lifetime, not per request. An asynchronous mint (Web Crypto) is shared: calls made while it runs wait for
 * the same token, so 100 parallel calls sign once.
 */
export function cachedTokenProvider(
  mint: () => MintedToken | Promise<MintedToken>,
  options: { now?: () => number; refreshBeforeMs?: number; initial?: MintedToken } = {},
): TokenProvider {
  const now = options.now ?? Date.now;
  const margin = options.refreshBeforeMs ?? 60_000;
  let current: MintedToken | undefined = options.initial;
  let minting: Promise<string> | undefined;
  const failed = (error: unknown): never => {
    // A failure to mint (a clock that throws, a signer that fails) is no network failure: never retried.
    if (error instanceof VideoSDKError) throw error;
    throw new TokenError("secret", "could not mint a management token", { cause: error });
  };
  return () => {
    if (minting) return minting;
    let minted: MintedToken | Promise<MintedToken>;
    try {
      if (current && now() < current.expiresAt - margin) return current.token;
      minted = mint();
    } catch (error) {
      return failed(error);
    }
    if (!(minted instanceof Promise)) {
      current = minted;
      return minted.token;
    }
    minting = minted
      .then((token) => {
        current = token;
        return token.token;
      }, failed)
      .finally(() => {
        minting = undefined;
      });
    return minting;
  };
}
