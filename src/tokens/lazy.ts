/**
 * The universal entry's token functions, each loading `./web-crypto.js` on its first call. They were async already
 * (Web Crypto is), so a caller sees the same promise, the same results and the same errors; what changes is that
 * the code behind them is a lazy chunk in a code-splitting build instead of part of every page's initial load.
 */
import { TokenError } from "../errors.js";
import type { BrowserOptIn } from "./browser.js";
import type {
  ClockOptions,
  ManagementTokenOptions,
  ParticipantTokenOptions,
  TokenOptions,
  VideoSDKTokenClaims,
} from "./claims.js";
import type { InspectTokenOptions, TokenInspection } from "./inspect.js";

type WebCryptoTokens = typeof import("./web-crypto.js");

let loading: Promise<WebCryptoTokens> | undefined;

/**
 * The token code, loaded once. A failed load (a chunk the network lost) is a TokenError naming `field`, and the
 * next call tries again.
 */
export function loadWebCryptoTokens(field: string): Promise<WebCryptoTokens> {
  loading ??= import("./web-crypto.js");
  const loaded = loading;
  return loaded.catch((error: unknown) => {
    if (loading === loaded) loading = undefined;
    throw new TokenError(field, "could not load the token code", { cause: error });
  });
}

/** Mints an HS256 VideoSDK token with exactly the documented claims (the universal `createToken`). */
export async function mintToken(options: TokenOptions & BrowserOptIn, clock?: ClockOptions): Promise<string> {
  return (await loadWebCryptoTokens("secret")).mintToken(options, clock);
}

/** Token for calling the server REST API: roles ['crawler'], version 2. */
export async function mintManagementToken(
  options: ManagementTokenOptions & BrowserOptIn,
  clock?: ClockOptions,
): Promise<string> {
  return (await loadWebCryptoTokens("secret")).mintManagementToken(options, clock);
}

/** Token for a client joining meetings: roles ['rtc'], version 2. */
export async function mintParticipantToken(
  options: ParticipantTokenOptions & BrowserOptIn,
  clock?: ClockOptions,
): Promise<string> {
  return (await loadWebCryptoTokens("secret")).mintParticipantToken(options, clock);
}

/** Verifies an HS256 VideoSDK token and returns its claims, or rejects with a TokenError naming what failed. */
export async function verifyToken(token: string, secret: string, options?: ClockOptions): Promise<VideoSDKTokenClaims> {
  return (await loadWebCryptoTokens("token")).verifyToken(token, secret, options);
}

/** Inspects a token. Rejects only for bad options (a TokenError naming the field), never for a bad token. */
export async function inspectToken(token: string, options?: InspectTokenOptions): Promise<TokenInspection> {
  return (await loadWebCryptoTokens("token")).inspectToken(token, options);
}
