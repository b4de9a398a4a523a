/**
 * VideoSDK access-token minting (Node only: uses node:crypto and jsonwebtoken).
 *
 * The REST API has no token endpoint: every caller signs its own HS256 JWT with the
 * project API key and secret (reference §2). This module builds exactly the documented
 * claims and validates inputs up front, because a malformed token only surfaces later
 * as an opaque "Token is invalid or expired" from the server.
 *
 * No error thrown here ever carries the secret (or a token) in its message, its
 * properties or a `cause`.
 */
import { createSecretKey, type KeyObject } from "node:crypto";
import { createRequire } from "node:module";
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

export const DEFAULT_EXPIRES_IN_SECONDS = 2 * 60 * 60;
export const MAX_EXPIRES_IN_SECONDS = 30 * 24 * 60 * 60;

const PERMISSIONS: readonly Permission[] = ["allow_join", "ask_join", "allow_mod"];
const ROLES: readonly Role[] = ["crawler", "rtc"];
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

const TOKEN_KEYS = [
  "apiKey",
  "secret",
  "permissions",
  "version",
  "roomId",
  "participantId",
  "roles",
  "expiresIn",
] as const;
const MANAGEMENT_KEYS = ["apiKey", "secret", "permissions", "expiresIn"] as const;
const PARTICIPANT_KEYS = ["apiKey", "secret", "permissions", "roomId", "participantId", "expiresIn"] as const;

type JsonWebToken = typeof import("jsonwebtoken");
let loadedJsonWebToken: JsonWebToken | undefined;

/**
 * jsonwebtoken, loaded when the first token is signed or verified rather than when the Node entry is imported:
 * it costs more to load than the rest of the SDK, and a process that only verifies webhooks never needs it.
 * `require` keeps minting synchronous.
 */
function jsonwebtoken(): JsonWebToken {
  loadedJsonWebToken ??= createRequire(import.meta.url)("jsonwebtoken") as JsonWebToken;
  return loadedJsonWebToken;
}

// ---------------------------------------------------------------------------
// Validation helpers. Messages name the field but never echo a value.

function checkOptionsObject<K extends string>(options: unknown, allowed: readonly K[]): Partial<Record<K, unknown>> {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TokenError("options", "options must be an object");
  }
  for (const key of Object.keys(options)) {
    if (!(allowed as readonly string[]).includes(key)) {
      // Catches typos such as `apikey` (the claim name) instead of `apiKey`.
      const hint = allowed.find((k) => k.toLowerCase() === key.toLowerCase());
      throw new TokenError(
        key,
        `unknown option "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; allowed: ${allowed.join(", ")}`,
      );
    }
  }
  return options as Partial<Record<K, unknown>>;
}

function requireString(value: unknown, field: string): string {
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

function nowSeconds(clock: ClockOptions | undefined): number {
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

// A secret is always raw HMAC bytes (as in VideoSDK's samples for other languages);
// handing jsonwebtoken a KeyObject stops it from ever parsing the string as a PEM key.
function hmacKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, "utf8"));
}

// ---------------------------------------------------------------------------
// Public API

/** Mints an HS256 VideoSDK token with exactly the documented claims. */
export function createToken(options: TokenOptions, clock?: ClockOptions): string {
  return signToken(checkOptionsObject(options, TOKEN_KEYS), clock);
}

/** Validates the claims' values once (the caller has checked the option names) and signs them. */
function signToken(o: Partial<Record<(typeof TOKEN_KEYS)[number], unknown>>, clock: ClockOptions | undefined): string {
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
  // Built in claim order; absent options leave no key at all (not `undefined`).
  // iat/exp are computed here (not via jsonwebtoken's expiresIn) so an injected clock
  // fully determines them; with noTimestamp false jsonwebtoken keeps the given iat.
  const payload: VideoSDKTokenClaims = {
    apikey: apiKey,
    permissions,
    ...(needsVersion || o.version === 2 ? { version: 2 as const } : {}),
    ...(roomId !== undefined ? { roomId } : {}),
    ...(participantId !== undefined ? { participantId } : {}),
    ...(roles !== undefined ? { roles } : {}),
    iat,
    exp: iat + expiresIn,
  };

  try {
    return jsonwebtoken().sign(payload, hmacKey(secret), { algorithm: "HS256", noTimestamp: false });
  } catch {
    // Deliberately no `cause`: the original error or its stack could reference key material.
    throw new TokenError("secret", "could not sign the token with the given secret");
  }
}

/** Token for calling the server REST API: roles ['crawler'], version 2. */
export function createManagementToken(options: ManagementTokenOptions, clock?: ClockOptions): string {
  const o = checkOptionsObject(options, MANAGEMENT_KEYS);
  return signToken(
    { ...o, permissions: o.permissions ?? ["allow_join", "allow_mod"], roles: ["crawler"], version: 2 },
    clock,
  );
}

/** Token for a client joining meetings: roles ['rtc'], version 2. */
export function createParticipantToken(options: ParticipantTokenOptions, clock?: ClockOptions): string {
  const o = checkOptionsObject(options, PARTICIPANT_KEYS);
  return signToken({ ...o, permissions: o.permissions ?? ["allow_join"], roles: ["rtc"], version: 2 }, clock);
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

function checkClaims(decoded: unknown): VideoSDKTokenClaims {
  if (typeof decoded !== "object" || decoded === null) {
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
