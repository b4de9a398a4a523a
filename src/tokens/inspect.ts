/**
 * The token doctor: decodes a token without trusting it and says, in the order to fix them, everything VideoSDK
 * would refuse or restrict, answering the most reported problem with VideoSDK tokens ("Token is invalid"). Plain
 * data out; neither the token nor the secret ever appears in the result or in an error.
 */
import { TokenError } from "../errors.js";
import { nowSeconds, PERMISSIONS, ROLES } from "./claims.js";
import {
  TOKEN_FINDING_CODES,
  type TokenFinding,
  type TokenFindingCode,
  type TokenFindingSeverity,
} from "./findings.js";
import { base64urlToBytes, decodeJsonSegment, hs256Matches } from "./jwt.js";

export interface InspectTokenOptions {
  /** The project secret: the signature is checked only when it is given. */
  secret?: string | undefined;
  /** The project API key the token should carry in `apikey`. */
  apiKey?: string | undefined;
  /** The time to judge `exp`, `nbf` and `iat` against, in ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined;
}

export interface TokenInspection {
  /** No finding of severity `error`: VideoSDK accepts the token (as far as the checks given can tell). */
  valid: boolean;
  /** The decoded header, or null when it cannot be decoded. */
  header: Record<string, unknown> | null;
  /** The decoded payload, unverified, or null when it cannot be decoded. */
  claims: Record<string, unknown> | null;
  /** `exp` as an ISO 8601 time, or null when the token has none. */
  expiresAt: string | null;
  /** What is wrong or worth knowing, in the order to fix it. */
  findings: TokenFinding[];
}

/** How far ahead of our clock `iat` and `nbf` may be before they count as being in the future. */
const CLOCK_SKEW_SECONDS = 60;
const OPTION_KEYS = ["secret", "apiKey", "now"];

/** Inspects a token. Rejects only for bad options (a TokenError naming the field), never for a bad token. */
export async function inspectToken(token: string, options: InspectTokenOptions = {}): Promise<TokenInspection> {
  if (typeof token !== "string") throw new TokenError("token", "token must be a string");
  const { secret, apiKey, now } = checkOptions(options);
  const findings: TokenFinding[] = [];
  const add = (code: TokenFindingCode, severity: TokenFindingSeverity, message: string) =>
    findings.push({ code, severity, message });
  const result = (header: Record<string, unknown> | null, claims: Record<string, unknown> | null) => {
    findings.sort((a, b) => TOKEN_FINDING_CODES.indexOf(a.code) - TOKEN_FINDING_CODES.indexOf(b.code));
    const exp = claims?.exp;
    return {
      valid: !findings.some((finding) => finding.severity === "error"),
      header,
      claims,
      expiresAt: isTime(exp) ? new Date(exp * 1000).toISOString() : null,
      findings,
    };
  };

  let jwt = token;
  if (jwt === "") {
    add("token_missing", "error", "there is no token: send the JWT as the Authorization header");
    return result(null, null);
  }
  if (/^bearer\s/i.test(jwt)) {
    add("bearer_prefix", "error", 'VideoSDK expects the raw JWT: remove the "Bearer " prefix');
    jwt = jwt.replace(/^bearer\s+/i, "");
  }
  const parts = jwt.split(".");
  if (parts.length !== 3 || !/^[\x21-\x7e]+$/.test(jwt)) {
    add(
      "not_jwt",
      "error",
      parts.length !== 3
        ? `not a JWT: it has ${parts.length} part${parts.length === 1 ? "" : "s"} separated by dots, a JWT has three`
        : "not a JWT: it holds spaces, line breaks or non-ASCII characters",
    );
    return result(null, null);
  }
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJsonSegment(headerPart) ?? null;
  const claims = decodeJsonSegment(payloadPart) ?? null;
  for (const [segment, decoded] of [
    ["header", header],
    ["payload", claims],
  ] as const) {
    if (!decoded) add("bad_base64url", "error", `the ${segment} is not base64url-encoded JSON of an object`);
  }
  const signatureReadable = base64urlToBytes(signaturePart) !== undefined && signaturePart !== "";
  if (!signatureReadable) add("bad_base64url", "error", "the signature is not base64url");

  if (header && header.alg !== "HS256") {
    add("not_hs256", "error", `the token is signed with ${describeValue(header.alg)}: VideoSDK accepts HS256 only`);
  }
  if (secret === undefined) {
    add("signature_unchecked", "info", "no secret given: the signature was not checked");
  } else if (
    !signatureReadable ||
    header?.alg !== "HS256" ||
    !(await hs256Matches(`${headerPart}.${payloadPart}`, signaturePart, secret))
  ) {
    add(
      "signature_mismatch",
      "error",
      "the signature does not match the given secret: sign with your project's secret",
    );
  }
  if (claims) inspectClaims(claims, { apiKey, now }, add);
  return result(header, claims);
}

function inspectClaims(
  claims: Record<string, unknown>,
  options: { apiKey: string | undefined; now: number },
  add: (code: TokenFindingCode, severity: TokenFindingSeverity, message: string) => void,
): void {
  const { apikey, permissions, roles, version, roomId, participantId, exp, nbf, iat } = claims;
  if (typeof apikey !== "string" || apikey === "") {
    add("missing_apikey", "error", "the apikey claim is missing: set it to your project's API key");
  } else if (options.apiKey !== undefined && apikey !== options.apiKey) {
    add("apikey_mismatch", "error", "the apikey claim is not the given API key");
  }

  if (!Array.isArray(permissions) || permissions.length === 0) {
    add("missing_permissions", "error", `the permissions claim must be a non-empty array of ${PERMISSIONS.join(", ")}`);
  } else {
    const unknown = permissions.filter((p) => !(PERMISSIONS as readonly unknown[]).includes(p));
    if (unknown.length) {
      add(
        "unknown_permission",
        "error",
        `unknown permission ${unknown.map(describeValue).join(", ")}: use ${PERMISSIONS.join(", ")}`,
      );
    }
    if (new Set(permissions).size !== permissions.length) {
      add("invalid_claim", "error", "the permissions claim lists a permission twice");
    }
    if (permissions.includes("ask_join") && permissions.length > 1) {
      add("permissions_conflict", "error", 'permission "ask_join" cannot be combined with "allow_join" or "allow_mod"');
    }
  }

  if (roles !== undefined) {
    if (!Array.isArray(roles) || roles.length === 0) {
      add("invalid_claim", "error", `the roles claim must be a non-empty array of ${ROLES.join(", ")}`);
    } else {
      const unknown = roles.filter((r) => !(ROLES as readonly unknown[]).includes(r));
      if (unknown.length)
        add("unknown_role", "error", `unknown role ${unknown.map(describeValue).join(", ")}: use ${ROLES.join(", ")}`);
      if (roles.length === 1 && roles[0] === "rtc") {
        add(
          "rtc_only",
          "warning",
          'role "rtc" only: joins meetings, but the REST API refuses it (403); server calls need role "crawler"',
        );
      }
      if (roles.length === 1 && roles[0] === "crawler") {
        add(
          "crawler_only",
          "warning",
          'role "crawler" only: calls the REST API, but cannot join a meeting; a participant needs role "rtc"',
        );
      }
    }
  }
  for (const [name, value] of [
    ["roomId", roomId],
    ["participantId", participantId],
  ] as const) {
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      add("invalid_claim", "error", `the ${name} claim must be a non-empty string`);
    }
  }
  if (version !== undefined && version !== 2) {
    add("invalid_claim", "error", "the version claim must be 2");
  } else if (version === undefined && (roomId !== undefined || participantId !== undefined || roles !== undefined)) {
    add("version_required", "error", "roomId, participantId and roles need version: 2 in the token");
  }

  const now = options.now;
  if (exp === undefined) {
    add("no_expiry", "warning", "the token has no exp claim: it never expires, so a leaked token works forever");
  } else if (!isTime(exp)) {
    add("invalid_claim", "error", "the exp claim must be a number of seconds since the epoch");
  } else if (exp <= now) {
    add(
      "expired",
      "error",
      `the token expired ${duration(now - exp)} ago (${new Date(exp * 1000).toISOString()}): mint a new one`,
    );
  }
  for (const [name, value, code] of [
    ["nbf", nbf, "not_yet_valid"],
    ["iat", iat, "issued_in_future"],
  ] as const) {
    if (value === undefined) continue;
    if (!isTime(value)) add("invalid_claim", "error", `the ${name} claim must be a number of seconds since the epoch`);
    else if (value > now + CLOCK_SKEW_SECONDS) {
      add(
        code,
        "error",
        name === "nbf"
          ? `the token is not valid for another ${duration(value - now)} (nbf)`
          : `the token was issued ${duration(value - now)} in the future (iat): the clock of the machine that minted it is ahead`,
      );
    }
  }
}

function checkOptions(options: unknown): { secret: string | undefined; apiKey: string | undefined; now: number } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TokenError("options", "options must be an object like { secret, now }");
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key))
      throw new TokenError(key, `unknown option "${key}"; allowed: ${OPTION_KEYS.join(", ")}`);
  }
  const { secret, apiKey, now } = options as InspectTokenOptions;
  for (const [field, value] of [
    ["secret", secret],
    ["apiKey", apiKey],
  ] as const) {
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      throw new TokenError(field, `${field} must be a non-empty string`);
    }
  }
  return { secret, apiKey, now: nowSeconds({ now }) };
}

/** A number of seconds since the epoch that a Date can hold. */
function isTime(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) < 8.64e12;
}

/** A value from the token, for a message: short strings quoted, anything else by its type. */
function describeValue(value: unknown): string {
  return typeof value === "string" && value.length <= 16 ? JSON.stringify(value) : `a ${typeof value} value`;
}

/** 45 s, 12 min, 3 h 12 min, 2 d 3 h. */
function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86400) return `${Math.floor(s / 3600)} h${s % 3600 >= 60 ? ` ${Math.floor((s % 3600) / 60)} min` : ""}`;
  return `${Math.floor(s / 86400)} d${s % 86400 >= 3600 ? ` ${Math.floor((s % 86400) / 3600)} h` : ""}`;
}
