/**
 * VideoSDK access-token minting for Node, signed by jsonwebtoken. The claims and every option check come from the
 * universal builder (src/tokens/claims.ts) that the Web Crypto `mintToken` family also uses, so the two signers
 * produce the same token from the same options and clock.
 *
 * No error thrown here ever carries the secret (or a token) in its message, its properties or a `cause`.
 */
import type { KeyObject } from "node:crypto";
import { createRequire } from "node:module";
import { TokenError } from "../errors.js";
import {
  type ClockOptions,
  checkClaims,
  type ManagementTokenOptions,
  nowSeconds,
  type ParticipantTokenOptions,
  requireString,
  type TokenKind,
  type TokenOptions,
  tokenClaims,
  type VideoSDKTokenClaims,
} from "../tokens/claims.js";

export type {
  ClockOptions,
  ManagementTokenOptions,
  ParticipantTokenOptions,
  Permission,
  Role,
  TokenOptions,
  VideoSDKTokenClaims,
} from "../tokens/claims.js";
export { DEFAULT_EXPIRES_IN_SECONDS, MAX_EXPIRES_IN_SECONDS, parseExpiresIn } from "../tokens/claims.js";

type JsonWebToken = typeof import("jsonwebtoken");
type NodeCrypto = typeof import("node:crypto");
let loaded: { jwt: JsonWebToken; crypto: NodeCrypto } | undefined;

/**
 * jsonwebtoken and node:crypto, loaded when the first token is signed or verified rather than when the Node entry
 * is imported: together they cost more to load than the rest of the SDK (node:crypto alone is some 15 ms), and a
 * process that only calls the API with a token, or verifies webhooks, never needs them. `require` keeps minting
 * synchronous.
 */
function signer(): { jwt: JsonWebToken; crypto: NodeCrypto } {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = { jwt: require("jsonwebtoken") as JsonWebToken, crypto: require("node:crypto") as NodeCrypto };
  }
  return loaded;
}
const jsonwebtoken = () => signer().jwt;

// A secret is always raw HMAC bytes (as in VideoSDK's samples for other languages);
// handing jsonwebtoken a KeyObject stops it from ever parsing the string as a PEM key.
function hmacKey(secret: string): KeyObject {
  return signer().crypto.createSecretKey(Buffer.from(secret, "utf8"));
}

function sign(kind: TokenKind, options: unknown, clock: ClockOptions | undefined): string {
  const { secret, claims } = tokenClaims(kind, options, clock);
  try {
    // iat is in the claims, so jsonwebtoken keeps it rather than reading its own clock.
    return jsonwebtoken().sign(claims, hmacKey(secret), { algorithm: "HS256", noTimestamp: false });
  } catch {
    // Deliberately no `cause`: the original error or its stack could reference key material.
    throw new TokenError("secret", "could not sign the token with the given secret");
  }
}

/** Mints an HS256 VideoSDK token with exactly the documented claims. */
export function createToken(options: TokenOptions, clock?: ClockOptions): string {
  return sign("token", options, clock);
}

/** Token for calling the server REST API: roles ['crawler'], version 2. */
export function createManagementToken(options: ManagementTokenOptions, clock?: ClockOptions): string {
  return sign("management", options, clock);
}

/** Token for a client joining meetings: roles ['rtc'], version 2. */
export function createParticipantToken(options: ParticipantTokenOptions, clock?: ClockOptions): string {
  return sign("participant", options, clock);
}

/**
 * Verifies an HS256 VideoSDK token (signature, expiry, claim shapes) and returns its
 * claims. Meant for tests and debugging; the server does its own checks.
 */
export function verifyToken(token: string, secret: string, options?: ClockOptions): VideoSDKTokenClaims {
  if (typeof token !== "string" || token === "") {
    throw new TokenError("token", "token must be a non-empty string");
  }
  requireString(secret, "secret");
  const clockTimestamp = nowSeconds(options);

  const jwt = jsonwebtoken();
  let decoded: unknown;
  try {
    decoded = jwt.verify(token, hmacKey(secret), { algorithms: ["HS256"], clockTimestamp });
  } catch (err) {
    // Our own messages only: never echo the token, the secret or the library error.
    if (err instanceof jwt.TokenExpiredError) {
      throw new TokenError("exp", `token expired at ${err.expiredAt.toISOString()}`);
    }
    if (err instanceof jwt.NotBeforeError) {
      throw new TokenError("nbf", "token is not valid yet (nbf)");
    }
    if (err instanceof jwt.JsonWebTokenError && err.message === "invalid signature") {
      throw new TokenError("signature", "token signature does not match the given secret");
    }
    throw new TokenError("token", "token is malformed or not an HS256 JWT");
  }
  return checkClaims(decoded);
}
