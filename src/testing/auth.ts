/**
 * Tokens as VideoSDK checks them: an HS256 JWT signed with the project's secret, whose `apikey` is the project's,
 * not expired, and allowed to call the server API. node:crypto only, so the testing entry needs no JWT library.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { TokenFindingCode } from "../tokens/findings.js";

export interface SandboxCredentials {
  apiKey: string;
  secret: string;
}

/** What VideoSDK answers to any token it does not accept (the documented message). */
const INVALID_TOKEN_MESSAGE = "Token is invalid or expired";

export type TokenCheck =
  | { ok: true; claims: Record<string, unknown> }
  | { ok: false; status: 401 | 403; message: string; reason: string; code: TokenFindingCode };

/** A 401 with the token doctor's code for the problem (`inspectToken`), so a frontend sees the same reason. */
const refuse = (code: TokenFindingCode, reason: string): TokenCheck => ({
  ok: false,
  status: 401,
  message: INVALID_TOKEN_MESSAGE,
  reason,
  code,
});

const base64url = (input: Buffer | string): string => Buffer.from(input).toString("base64url");

function parseJsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the `Authorization` header of a REST call. The reason says what is wrong, for the developer reading the
 * answer; it never repeats the token or the secret.
 */
export function checkToken(
  authorization: string | undefined,
  credentials: SandboxCredentials,
  nowMs = Date.now(),
): TokenCheck {
  if (!authorization) return refuse("token_missing", "the Authorization header is missing");
  if (/^(bearer|basic)\s/i.test(authorization))
    return refuse("bearer_prefix", "send the token as it is, with no Bearer or Basic prefix");
  const parts = authorization.split(".");
  if (parts.length !== 3) return refuse("not_jwt", "the token is not a JWT (three base64url parts separated by dots)");
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = parseJsonSegment(headerPart);
  if (!header) return refuse("bad_base64url", "the token's header is not base64url JSON");
  if (header.alg !== "HS256") return refuse("not_hs256", "the token must be signed with HS256");
  const expected = createHmac("sha256", credentials.secret).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return refuse("signature_mismatch", "the signature does not match: sign the token with this sandbox's secret");
  const claims = parseJsonSegment(payloadPart);
  if (!claims) return refuse("bad_base64url", "the token's payload is not base64url JSON");
  const nowSeconds = nowMs / 1000;
  if (claims.exp !== undefined && (typeof claims.exp !== "number" || claims.exp <= nowSeconds))
    return refuse(
      claims.exp === undefined || typeof claims.exp === "number" ? "expired" : "invalid_claim",
      "the token has expired (exp)",
    );
  if (claims.nbf !== undefined && (typeof claims.nbf !== "number" || claims.nbf > nowSeconds))
    return refuse(
      typeof claims.nbf === "number" ? "not_yet_valid" : "invalid_claim",
      "the token is not valid yet (nbf)",
    );
  if (claims.apikey !== credentials.apiKey)
    return refuse(
      claims.apikey === undefined ? "missing_apikey" : "apikey_mismatch",
      "the token's apikey is not this sandbox's API key",
    );
  const roles = claims.roles;
  const restricted = roles !== undefined || claims.roomId !== undefined || claims.participantId !== undefined;
  if (restricted && claims.version !== 2)
    return refuse("version_required", "a token with roles, roomId or participantId must carry version: 2");
  if (roles !== undefined && (!Array.isArray(roles) || !roles.every((role) => typeof role === "string")))
    return refuse("invalid_claim", "roles must be an array of strings");
  if (Array.isArray(roles) && roles.length > 0 && !roles.includes("crawler")) {
    return {
      ok: false,
      status: 403,
      message: "This token cannot call the server API: its roles do not include crawler",
      reason: 'rtc tokens join meetings; server calls need roles ["crawler"] (a management token)',
      code: "rtc_only",
    };
  }
  return { ok: true, claims };
}

export interface MintOptions extends SandboxCredentials {
  /** Seconds. Default 24 hours. */
  expiresIn?: number | undefined;
  roles?: string[] | undefined;
  nowMs?: number | undefined;
}

/** A management token (`roles: ["crawler"]`, version 2) signed with HS256. */
export function mintToken(options: MintOptions): string {
  const iat = Math.floor((options.nowMs ?? Date.now()) / 1000);
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({
      apikey: options.apiKey,
      permissions: ["allow_join", "allow_mod"],
      version: 2,
      roles: options.roles ?? ["crawler"],
      iat,
      exp: iat + (options.expiresIn ?? 24 * 60 * 60),
    }),
  );
  const signature = createHmac("sha256", options.secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}
