/**
 * Minting in the universal entry: HS256 over Web Crypto, for every runtime with `crypto.subtle` (Workers, Vercel
 * Edge, Deno, Bun, Node 20+). The claims come from the same builder as the Node entry's `createToken` family.
 */
import { BROWSER_OPT_IN, type BrowserOptIn, refuseSecretInBrowser } from "./browser.js";
import {
  type ClockOptions,
  type ManagementTokenOptions,
  type ParticipantTokenOptions,
  type TokenKind,
  type TokenOptions,
  tokenClaims,
} from "./claims.js";
import { signHs256 } from "./jwt.js";

/** Signs one member of the token family; refuses in a browser page without the opt-in. */
export async function mintKind(kind: TokenKind, options: unknown, clock?: ClockOptions): Promise<string> {
  const { secret, claims } = tokenClaims(kind, options, clock, [BROWSER_OPT_IN]);
  refuseSecretInBrowser((options as BrowserOptIn)[BROWSER_OPT_IN]);
  return signHs256(claims, secret);
}

/** Mints an HS256 VideoSDK token with exactly the documented claims (the universal `createToken`). */
export function mintToken(options: TokenOptions & BrowserOptIn, clock?: ClockOptions): Promise<string> {
  return mintKind("token", options, clock);
}

/** Token for calling the server REST API: roles ['crawler'], version 2. */
export function mintManagementToken(
  options: ManagementTokenOptions & BrowserOptIn,
  clock?: ClockOptions,
): Promise<string> {
  return mintKind("management", options, clock);
}

/** Token for a client joining meetings: roles ['rtc'], version 2. */
export function mintParticipantToken(
  options: ParticipantTokenOptions & BrowserOptIn,
  clock?: ClockOptions,
): Promise<string> {
  return mintKind("participant", options, clock);
}
