/**
 * The claims of a VideoSDK access token, built and checked in one place for every signer: the Node entry's
 * jsonwebtoken path and the universal Web Crypto path both call `tokenClaims`, so their tokens cannot drift.
 * Universal: no Node built-ins.
 *
 * The REST API has no token endpoint: every caller signs its own HS256 JWT with the project API key and secret
 * (reference §2). Options are validated up front, because a malformed token only surfaces later as an opaque
 * "Token is invalid or expired" from the server. Messages name the field but never echo a value, so no error
 * carries the secret or a token.
 */
import { TokenError } from "../errors.js";

export type Permission = "allow_join" | "ask_join" | "allow_mod";
export type Role = "crawler" | "rtc";

export interface TokenOptions {
  apiKey: string;
  secret: string;
  permissions: Permission[];
  /** Only 2 is valid; implied when roomId, participantId or roles are given. */
  version?: 2 | undefined;
  roomId?: string | undefined;
  participantId?: string | undefined;
  roles?: Role[] | undefined;
  /** Seconds (positive integer) or '<n>s' | '<n>m' | '<n>h' | '<n>d'. Max 30 days, default 2 h. */
  expiresIn?: number | string | undefined;
}

export interface ManagementTokenOptions {
  apiKey: string;
  secret: string;
  /** Defaults to ['allow_join', 'allow_mod'] (what VideoSDK's own server SDK sends). */
  permissions?: Permission[] | undefined;
  expiresIn?: number | string | undefined;
}

export interface ParticipantTokenOptions {
  apiKey: string;
  secret: string;
  /** Defaults to ['allow_join']. */
  permissions?: Permission[] | undefined;
  roomId?: string | undefined;
  participantId?: string | undefined;
  expiresIn?: number | string | undefined;
}

/** Lets callers and tests pin `iat`/`exp` (and the verification time). */
export interface ClockOptions {
  /** Current time in milliseconds since the epoch; defaults to Date.now. */
  now?: (() => number) | undefined;
}

/** The payload of a VideoSDK access token. */
export interface VideoSDKTokenClaims {
  apikey: string;
  permissions: Permission[];
  version?: 2;
  roomId?: string;
  participantId?: string;
  roles?: Role[];
  /** Issued at, epoch seconds. */
  iat: number;
  /** Expires at, epoch seconds. */
  exp: number;
}

/** Which token a family member mints: the option names it takes and the claims it fixes. */
export type TokenKind = "token" | "management" | "participant";

export const DEFAULT_EXPIRES_IN_SECONDS = 2 * 60 * 60;
export const MAX_EXPIRES_IN_SECONDS = 30 * 24 * 60 * 60;

export const PERMISSIONS: readonly Permission[] = ["allow_join", "ask_join", "allow_mod"];
export const ROLES: readonly Role[] = ["crawler", "rtc"];
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

const OPTION_KEYS: Record<TokenKind, readonly string[]> = {
  token: ["apiKey", "secret", "permissions", "version", "roomId", "participantId", "roles", "expiresIn"],
  management: ["apiKey", "secret", "permissions", "expiresIn"],
  participant: ["apiKey", "secret", "permissions", "roomId", "participantId", "expiresIn"],
};

// ---------------------------------------------------------------------------
// Validation helpers. Messages name the field but never echo a value.

/** The options as an object whose every key is one of `allowed` (plus `extra`, such as the browser opt-in). */
function checkOptionsObject(options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TokenError("options", "options must be an object");
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      // Catches typos such as `apikey` (the claim name) instead of `apiKey`.
      const hint = allowed.find((k) => k.toLowerCase() === key.toLowerCase());
      throw new TokenError(
        key,
        `unknown option "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; allowed: ${allowed.join(", ")}`,
      );
    }
  }
  return options as Record<string, unknown>;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TokenError(field, `${field} must be a non-empty string`);
  }
  return value;
}

function optionalString(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : requireString(value, field);
}

function checkList<T extends string>(value: unknown, field: string, allowed: readonly T[]): T[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TokenError(field, `${field} must be a non-empty array of ${allowed.join(", ")}`);
  }
  const seen = new Set<string>();
  for (const item of value as unknown[]) {
    if (typeof item !== "string" || !(allowed as readonly string[]).includes(item)) {
      throw new TokenError(field, `${field} may only contain ${allowed.join(", ")}`);
    }
    if (seen.has(item)) {
      throw new TokenError(field, `${field} must not contain duplicates ("${item}")`);
    }
    seen.add(item);
  }
  return [...value] as T[];
}

function checkPermissions(value: unknown): Permission[] {
  const permissions = checkList(value, "permissions", PERMISSIONS);
  // Client SDK error 4008 INVALID_PERMISSIONS: ask_join excludes the other two.
  if (permissions.includes("ask_join") && permissions.length > 1) {
    throw new TokenError("permissions", 'permissions: "ask_join" cannot be combined with "allow_join" or "allow_mod"');
  }
  return permissions;
}

/** Strict parser: a positive integer of seconds, or digits followed by s/m/h/d. */
export function parseExpiresIn(value: unknown): number {
  let seconds: number;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TokenError("expiresIn", "expiresIn must be a positive whole number of seconds");
    }
    seconds = value;
  } else if (typeof value === "string") {
    const match = /^([1-9][0-9]{0,8})([smhd])$/.exec(value);
    if (!match) {
      throw new TokenError(
        "expiresIn",
        'expiresIn must be a positive integer followed by s, m, h or d (e.g. "30s", "120m", "2h", "1d")',
      );
    }
    seconds = Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
  } else {
    throw new TokenError("expiresIn", "expiresIn must be a number of seconds or a duration string");
  }
  if (seconds > MAX_EXPIRES_IN_SECONDS) {
    throw new TokenError("expiresIn", `expiresIn must be at most 30 days (${MAX_EXPIRES_IN_SECONDS} s)`);
  }
  return seconds;
}

/** The clock's time in whole epoch seconds, or a TokenError naming `clock` or `now`. */
export function nowSeconds(clock: ClockOptions | undefined): number {
  if (clock !== undefined && (typeof clock !== "object" || clock === null)) {
    throw new TokenError("clock", "clock must be an object like { now: () => Date.now() }");
  }
  const now = clock?.now ?? Date.now;
  if (typeof now !== "function") {
    throw new TokenError("now", "now must be a function returning milliseconds");
  }
  const ms = now();
  // jsonwebtoken treats iat/clockTimestamp 0 as "absent", so require a positive time.
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 1000) {
    throw new TokenError("now", "now() must return a positive number of milliseconds since the epoch");
  }
  return Math.floor(ms / 1000);
}

// ---------------------------------------------------------------------------
// The builder both signers use.

export interface SignableToken {
  /** The HS256 secret, checked to be a non-empty string. */
  secret: string;
  claims: VideoSDKTokenClaims;
}

/**
 * The checked secret and exact claims for one member of the token family (`createToken` / `mintToken`, the
 * management token, the participant token). `extraKeys` are option names the caller handles itself (the universal
 * entry's `dangerouslyAllowBrowser`).
 */
export function tokenClaims(
  kind: TokenKind,
  options: unknown,
  clock: ClockOptions | undefined,
  extraKeys: readonly string[] = [],
): SignableToken {
  const o = { ...checkOptionsObject(options, [...OPTION_KEYS[kind], ...extraKeys]) };
  if (kind === "management") {
    Object.assign(o, { permissions: o.permissions ?? ["allow_join", "allow_mod"], roles: ["crawler"], version: 2 });
  } else if (kind === "participant") {
    Object.assign(o, { permissions: o.permissions ?? ["allow_join"], roles: ["rtc"], version: 2 });
  }

  const apiKey = requireString(o.apiKey, "apiKey");
  const secret = requireString(o.secret, "secret");
  const permissions = checkPermissions(o.permissions);
  const roomId = optionalString(o.roomId, "roomId");
  const participantId = optionalString(o.participantId, "participantId");
  const roles = o.roles === undefined ? undefined : checkList(o.roles, "roles", ROLES);
  if (o.version !== undefined && o.version !== 2) {
    throw new TokenError("version", "version must be 2 (the only token version of API v2)");
  }
  const expiresIn = o.expiresIn === undefined ? DEFAULT_EXPIRES_IN_SECONDS : parseExpiresIn(o.expiresIn);
  const iat = nowSeconds(clock);

  // The server requires version 2 whenever any v2-only claim is present.
  const needsVersion = roomId !== undefined || participantId !== undefined || roles !== undefined;
  // Built in claim order (the JSON of the payload follows it); absent options leave no key at all.
  // iat/exp are computed here so an injected clock fully determines them.
  const claims: VideoSDKTokenClaims = {
    apikey: apiKey,
    permissions,
    ...(needsVersion || o.version === 2 ? { version: 2 as const } : {}),
    ...(roomId !== undefined ? { roomId } : {}),
    ...(participantId !== undefined ? { participantId } : {}),
    ...(roles !== undefined ? { roles } : {}),
    iat,
    exp: iat + expiresIn,
  };
  return { secret, claims };
}

/** The checks a verified payload must pass, shared by both verifyToken functions. */
export function checkClaims(decoded: unknown): VideoSDKTokenClaims {
  if (typeof decoded !== "object" || decoded === null || Array.isArray(decoded)) {
    throw new TokenError("token", "token payload must be a JSON object");
  }
  const c = decoded as Partial<Record<keyof VideoSDKTokenClaims, unknown>>;
  requireString(c.apikey, "apikey");
  checkPermissions(c.permissions);
  optionalString(c.roomId, "roomId");
  optionalString(c.participantId, "participantId");
  if (c.roles !== undefined) checkList(c.roles, "roles", ROLES);
  if (c.version !== undefined && c.version !== 2) {
    throw new TokenError("version", "version claim must be 2");
  }
  if (c.version === undefined && (c.roomId !== undefined || c.participantId !== undefined || c.roles !== undefined)) {
    throw new TokenError("version", "version claim 2 is required when roomId, participantId or roles are present");
  }
  for (const field of ["iat", "exp"] as const) {
    if (typeof c[field] !== "number" || !Number.isFinite(c[field])) {
      throw new TokenError(field, `${field} claim must be a number`);
    }
  }
  return c as unknown as VideoSDKTokenClaims;
}
