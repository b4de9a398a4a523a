/**
 * The compact JWT form (three base64url segments) and HS256 over Web Crypto: universal, no Node built-ins. The
 * header is jsonwebtoken's, byte for byte, so both signers produce the same token from the same claims.
 */
import { TokenError } from "../errors.js";
import { base64ToBytes, bytesToBase64, subtle } from "../internal/encoding.js";

/** The header of every VideoSDK token, in jsonwebtoken's key order. */
export const HS256_HEADER = { alg: "HS256", typ: "JWT" } as const;

const HMAC = { name: "HMAC", hash: "SHA-256" } as const;
const utf8 = new TextEncoder();

export function bytesToBase64url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** The bytes of a base64url segment, or undefined when it is not base64url (padding is not allowed in a JWT). */
export function base64urlToBytes(segment: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(segment) || segment.length % 4 === 1) return undefined;
  return base64ToBytes(
    segment
      .replace(/-/g, "+")
      .replace(/_/g, "/")
      .padEnd(Math.ceil(segment.length / 4) * 4, "="),
  );
}

/** A segment's JSON object, or undefined when the segment is not base64url of UTF-8 JSON of an object. */
export function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  const bytes = base64urlToBytes(segment);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function hmacKey(secret: string, usage: "sign" | "verify"): Promise<CryptoKey> {
  // A secret is always raw HMAC bytes (UTF-8), as in VideoSDK's samples for every language.
  return subtle().importKey("raw", utf8.encode(secret), HMAC, false, [usage]);
}

/** Signs the claims: `header.payload.signature`. The secret never reaches an error. */
export async function signHs256(claims: object, secret: string): Promise<string> {
  const input = `${bytesToBase64url(utf8.encode(JSON.stringify(HS256_HEADER)))}.${bytesToBase64url(utf8.encode(JSON.stringify(claims)))}`;
  let signature: ArrayBuffer;
  try {
    signature = await subtle().sign(HMAC, await hmacKey(secret, "sign"), utf8.encode(input));
  } catch {
    // Deliberately no `cause`: the original error could reference key material.
    throw new TokenError("secret", "could not sign the token with the given secret");
  }
  return `${input}.${bytesToBase64url(new Uint8Array(signature))}`;
}

/** Whether `signature` (base64url) is the HS256 of `header.payload` under `secret`; compared in constant time. */
export async function hs256Matches(signingInput: string, signature: string, secret: string): Promise<boolean> {
  const given = base64urlToBytes(signature);
  if (!given) return false;
  return subtle().verify(HMAC, await hmacKey(secret, "verify"), given, utf8.encode(signingInput));
}
