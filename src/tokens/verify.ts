/**
 * The universal verifyToken: the Node entry's checks (HS256 only, signature, nbf, exp, claim shapes) over Web
 * Crypto. Meant for tests and debugging; the server does its own checks. No error carries the token or the secret.
 */
import { TokenError } from "../errors.js";
import { type ClockOptions, checkClaims, nowSeconds, requireString, type VideoSDKTokenClaims } from "./claims.js";
import { decodeJsonSegment, hs256Matches } from "./jwt.js";

/** Verifies an HS256 VideoSDK token and returns its claims, or rejects with a TokenError naming what failed. */
export async function verifyToken(token: string, secret: string, options?: ClockOptions): Promise<VideoSDKTokenClaims> {
  if (typeof token !== "string" || token === "") {
    throw new TokenError("token", "token must be a non-empty string");
  }
  requireString(secret, "secret");
  const now = nowSeconds(options);
  const malformed = () => new TokenError("token", "token is malformed or not an HS256 JWT");

  const parts = token.split(".");
  if (parts.length !== 3) throw malformed();
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJsonSegment(headerPart);
  const payload = decodeJsonSegment(payloadPart);
  if (header?.alg !== "HS256" || !payload) throw malformed();
  if (!(await hs256Matches(`${headerPart}.${payloadPart}`, signaturePart, secret))) {
    throw new TokenError("signature", "token signature does not match the given secret");
  }
  // jsonwebtoken's order and bounds: not before `nbf`, expired from `exp` on.
  if (payload.nbf !== undefined && typeof payload.nbf !== "number") throw malformed();
  if (typeof payload.nbf === "number" && payload.nbf > now) {
    throw new TokenError("nbf", "token is not valid yet (nbf)");
  }
  if (payload.exp !== undefined && typeof payload.exp !== "number") throw malformed();
  if (typeof payload.exp === "number" && now >= payload.exp) {
    throw new TokenError("exp", `token expired at ${new Date(payload.exp * 1000).toISOString()}`);
  }
  return checkClaims(payload);
}
