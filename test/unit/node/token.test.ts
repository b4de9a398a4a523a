/** Token minting and verification: exactly the documented claims, every bad option named, no secret in any error. */
import { createSecretKey, generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import jwt from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import { TokenError } from "../../../src/errors.js";
import {
  type ClockOptions,
  createManagementToken,
  createParticipantToken,
  createToken,
  DEFAULT_EXPIRES_IN_SECONDS,
  MAX_EXPIRES_IN_SECONDS,
  type Permission,
  parseExpiresIn,
  type Role,
  type TokenOptions,
  verifyToken,
} from "../../../src/node/token.js";

// Distinctive so that any leak into an error is unambiguous.
const SECRET = "S3CR3T-must-never-leak-4f9a1c7e";
const API_KEY = "a1b2c3d4-api-key";
const NOW_MS = 1_700_000_000_789;
const NOW_S = 1_700_000_000;
const clock: ClockOptions = { now: () => NOW_MS };
const base = { apiKey: API_KEY, secret: SECRET, permissions: ["allow_join"] as Permission[] };

/** Decode with jsonwebtoken itself (independent of verifyToken). */
function decode(token: string, secret = SECRET, atSeconds = NOW_S): Record<string, unknown> {
  return jwt.verify(token, secret, { algorithms: ["HS256"], clockTimestamp: atSeconds }) as Record<string, unknown>;
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to throw");
}

/** Asserts a TokenError for `field` that carries neither the secret nor (optionally) a token. */
function expectSafeTokenError(err: unknown, field: string, forbidden: string[] = [SECRET]): void {
  expect(err).toBeInstanceOf(TokenError);
  const e = err as TokenError;
  expect(e.name).toBe("TokenError");
  expect(e.field).toBe(field);
  expect(e.message).toContain(field);
  expect(e.cause).toBeUndefined();
  const dumps = [
    e.message,
    String(e.stack),
    String(e.cause),
    JSON.stringify(e, Object.getOwnPropertyNames(e)),
    JSON.stringify({ ...e }),
    String(e),
  ];
  for (const dump of dumps) {
    for (const s of forbidden) expect(dump).not.toContain(s);
  }
}

describe("createToken claims", () => {
  type Case = {
    name: string;
    extra: Partial<TokenOptions>;
    expected: Record<string, unknown>;
  };
  const cases: Case[] = [];
  const roomIds = [undefined, "2kyv-gzay-64pg"];
  const participantIds = [undefined, "fkd74h"];
  const rolesList: (Role[] | undefined)[] = [undefined, ["crawler"], ["rtc"], ["crawler", "rtc"]];
  const versions: (2 | undefined)[] = [undefined, 2];
  for (const roomId of roomIds)
    for (const participantId of participantIds)
      for (const roles of rolesList)
        for (const version of versions) {
          const extra: Partial<TokenOptions> = {};
          if (roomId !== undefined) extra.roomId = roomId;
          if (participantId !== undefined) extra.participantId = participantId;
          if (roles !== undefined) extra.roles = roles;
          if (version !== undefined) extra.version = version;
          const implied = roomId !== undefined || participantId !== undefined || roles !== undefined;
          const expected: Record<string, unknown> = { apikey: API_KEY, permissions: ["allow_join"] };
          if (implied || version === 2) expected.version = 2;
          if (roomId !== undefined) expected.roomId = roomId;
          if (participantId !== undefined) expected.participantId = participantId;
          if (roles !== undefined) expected.roles = roles;
          expected.iat = NOW_S;
          expected.exp = NOW_S + DEFAULT_EXPIRES_IN_SECONDS;
          cases.push({
            name: `roomId=${roomId ?? "-"} participantId=${participantId ?? "-"} roles=${roles?.join("+") ?? "-"} version=${version ?? "-"}`,
            extra,
            expected,
          });
        }

  it.each(cases)("$name", ({ extra, expected }) => {
    const token = createToken({ ...base, ...extra }, clock);
    const claims = decode(token);
    expect(claims).toStrictEqual(expected);
    // Exactly the documented claims, in a stable order.
    expect(Object.keys(claims)).toEqual(Object.keys(expected));
    expect(jwt.decode(token, { complete: true })?.header).toStrictEqual({ alg: "HS256", typ: "JWT" });
  });

  it.each<Permission[]>([
    ["allow_join"],
    ["ask_join"],
    ["allow_mod"],
    ["allow_join", "allow_mod"],
    ["allow_mod", "allow_join"],
  ])("permissions %j are copied verbatim", (...permissions) => {
    const claims = decode(createToken({ ...base, permissions }, clock));
    expect(claims.permissions).toStrictEqual(permissions);
  });

  it.each<[number | string, number]>([
    [1, 1],
    [3600, 3600],
    [MAX_EXPIRES_IN_SECONDS, MAX_EXPIRES_IN_SECONDS],
    ["30s", 30],
    ["10m", 600],
    ["120m", 7200],
    ["2h", 7200],
    ["1d", 86400],
    ["30d", MAX_EXPIRES_IN_SECONDS],
    ["720h", MAX_EXPIRES_IN_SECONDS],
  ])("expiresIn %j gives exp = iat + %i", (expiresIn, seconds) => {
    const claims = decode(createToken({ ...base, expiresIn }, clock));
    expect(claims.iat).toBe(NOW_S);
    expect(claims.exp).toBe(NOW_S + seconds);
    expect(parseExpiresIn(expiresIn)).toBe(seconds);
  });

  it("defaults to a 2 hour lifetime and the real clock", () => {
    const before = Math.floor(Date.now() / 1000);
    const claims = decode(createToken(base), SECRET, before);
    const after = Math.floor(Date.now() / 1000);
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.iat).toBeLessThanOrEqual(after);
    expect(claims.exp).toBe((claims.iat as number) + 7200);
  });

  it("treats optional keys set to undefined as absent", () => {
    const token = createToken(
      {
        ...base,
        roomId: undefined,
        participantId: undefined,
        roles: undefined,
        version: undefined,
        expiresIn: undefined,
      },
      clock,
    );
    expect(decode(token)).toStrictEqual({
      apikey: API_KEY,
      permissions: ["allow_join"],
      iat: NOW_S,
      exp: NOW_S + 7200,
    });
  });

  it("does not keep a reference to the caller arrays", () => {
    const permissions: Permission[] = ["allow_join"];
    const token = createToken({ ...base, permissions }, clock);
    permissions.push("allow_mod");
    expect(decode(token).permissions).toStrictEqual(["allow_join"]);
  });

  it("uses a PEM-looking secret as plain HMAC bytes, like any other secret", () => {
    const pem = generateKeyPairSync("ec", { namedCurve: "P-256" })
      .privateKey.export({ format: "pem", type: "pkcs8" })
      .toString();
    const token = createToken({ ...base, secret: pem }, clock);
    const viaLib = jwt.verify(token, createSecretKey(Buffer.from(pem, "utf8")), {
      algorithms: ["HS256"],
      clockTimestamp: NOW_S,
    });
    expect(viaLib).toMatchObject({ apikey: API_KEY });
    expect(verifyToken(token, pem, clock).apikey).toBe(API_KEY);
  });
});

describe("verifyToken", () => {
  it("round-trips with jsonwebtoken and verifyToken", () => {
    const token = createToken(
      {
        ...base,
        permissions: ["allow_join", "allow_mod"],
        roomId: "abc-xyzw-lmno",
        participantId: "p1",
        roles: ["rtc"],
        expiresIn: "10m",
      },
      clock,
    );
    const expected = {
      apikey: API_KEY,
      permissions: ["allow_join", "allow_mod"],
      version: 2,
      roomId: "abc-xyzw-lmno",
      participantId: "p1",
      roles: ["rtc"],
      iat: NOW_S,
      exp: NOW_S + 600,
    };
    expect(decode(token)).toStrictEqual(expected);
    expect(verifyToken(token, SECRET, clock)).toStrictEqual(expected);
  });

  it("accepts tokens made by plain jsonwebtoken (as in the VideoSDK docs)", () => {
    const token = jwt.sign({ apikey: API_KEY, permissions: ["allow_join"] }, SECRET, {
      algorithm: "HS256",
      expiresIn: "120m",
    });
    const claims = verifyToken(token, SECRET);
    expect(claims.exp - claims.iat).toBe(7200);
  });

  it("honours expiry against a controlled clock", () => {
    const token = createToken({ ...base, expiresIn: 60 }, clock);
    const exp = NOW_S + 60;
    expect(verifyToken(token, SECRET, { now: () => exp * 1000 - 1 }).exp).toBe(exp);
    const err = catchError(() => verifyToken(token, SECRET, { now: () => exp * 1000 }));
    expectSafeTokenError(err, "exp", [SECRET, token]);
    expect((err as Error).message).toContain(new Date(exp * 1000).toISOString());
    // jsonwebtoken agrees on the boundary.
    expect(() => decode(token, SECRET, exp)).toThrow(jwt.TokenExpiredError);
    expect(decode(token, SECRET, exp - 1).exp).toBe(exp);
  });

  it("rejects a token that expired in real time", () => {
    const token = createToken({ ...base, expiresIn: 1 }, { now: () => Date.now() - 10_000 });
    expectSafeTokenError(
      catchError(() => verifyToken(token, SECRET)),
      "exp",
      [SECRET, token],
    );
  });

  const good = () => createToken(base, clock);
  const failures: { name: string; token: () => string; secret?: string; field: string }[] = [
    { name: "wrong secret", token: good, secret: "another-secret", field: "signature" },
    {
      name: "tampered payload",
      token: () => {
        const [h, , s] = good().split(".");
        return `${h}.${Buffer.from(JSON.stringify({ apikey: "x", permissions: ["allow_mod"], iat: NOW_S, exp: NOW_S + 9 })).toString("base64url")}.${s}`;
      },
      field: "signature",
    },
    { name: "not a JWT", token: () => "not-a-jwt", field: "token" },
    { name: "empty token", token: () => "", field: "token" },
    {
      name: "alg none",
      token: () => jwt.sign({ apikey: API_KEY, permissions: ["allow_join"] }, null, { algorithm: "none" }),
      field: "token",
    },
    {
      name: "HS512 instead of HS256",
      token: () =>
        jwt.sign({ apikey: API_KEY, permissions: ["allow_join"] }, SECRET, { algorithm: "HS512", expiresIn: 60 }),
      field: "token",
    },
    {
      name: "missing apikey",
      token: () => jwt.sign({ permissions: ["allow_join"] }, SECRET, { expiresIn: 60 }),
      field: "apikey",
    },
    {
      name: "bad permissions",
      token: () => jwt.sign({ apikey: API_KEY, permissions: ["ask_join", "allow_mod"] }, SECRET, { expiresIn: 60 }),
      field: "permissions",
    },
    {
      name: "roles without version",
      token: () =>
        jwt.sign({ apikey: API_KEY, permissions: ["allow_join"], roles: ["rtc"] }, SECRET, { expiresIn: 60 }),
      field: "version",
    },
    {
      name: "version 1",
      token: () => jwt.sign({ apikey: API_KEY, permissions: ["allow_join"], version: 1 }, SECRET, { expiresIn: 60 }),
      field: "version",
    },
    { name: "no exp", token: () => jwt.sign({ apikey: API_KEY, permissions: ["allow_join"] }, SECRET), field: "exp" },
    {
      name: "not yet valid",
      token: () =>
        jwt.sign({ apikey: API_KEY, permissions: ["allow_join"] }, SECRET, { expiresIn: "2h", notBefore: "1h" }),
      field: "nbf",
    },
  ];
  it.each(failures)("rejects: $name", ({ token, secret, field }) => {
    const t = token();
    const s = secret ?? SECRET;
    const forbidden = [SECRET, s, ...(t.length > 10 ? [t] : [])];
    expectSafeTokenError(
      catchError(() => verifyToken(t, s)),
      field,
      forbidden,
    );
  });

  it("rejects an empty secret without echoing the token", () => {
    const t = good();
    expectSafeTokenError(
      catchError(() => verifyToken(t, "")),
      "secret",
      [SECRET, t],
    );
  });
});

describe("createToken validation", () => {
  type Bad = { name: string; options: unknown; clock?: unknown; field: string };
  const invalid: Bad[] = [
    { name: "options null", options: null, field: "options" },
    { name: "options an array", options: [], field: "options" },
    { name: "apiKey missing", options: { secret: SECRET, permissions: ["allow_join"] }, field: "apiKey" },
    { name: "apiKey empty", options: { ...base, apiKey: "" }, field: "apiKey" },
    { name: "apiKey blank", options: { ...base, apiKey: "   " }, field: "apiKey" },
    { name: "apiKey not a string", options: { ...base, apiKey: 42 }, field: "apiKey" },
    { name: "secret missing", options: { apiKey: API_KEY, permissions: ["allow_join"] }, field: "secret" },
    { name: "secret empty", options: { ...base, secret: "" }, field: "secret" },
    { name: "secret a Buffer", options: { ...base, secret: Buffer.from(SECRET) }, field: "secret" },
    { name: "permissions missing", options: { apiKey: API_KEY, secret: SECRET }, field: "permissions" },
    { name: "permissions empty", options: { ...base, permissions: [] }, field: "permissions" },
    { name: "permissions a string", options: { ...base, permissions: "allow_join" }, field: "permissions" },
    { name: "permissions unknown value", options: { ...base, permissions: ["allow_all"] }, field: "permissions" },
    { name: "permissions non-string", options: { ...base, permissions: [1] }, field: "permissions" },
    {
      name: "permissions duplicate",
      options: { ...base, permissions: ["allow_join", "allow_join"] },
      field: "permissions",
    },
    {
      name: "ask_join + allow_join",
      options: { ...base, permissions: ["ask_join", "allow_join"] },
      field: "permissions",
    },
    {
      name: "ask_join + allow_mod",
      options: { ...base, permissions: ["allow_mod", "ask_join"] },
      field: "permissions",
    },
    { name: "roles empty", options: { ...base, roles: [] }, field: "roles" },
    { name: "roles unknown value", options: { ...base, roles: ["admin"] }, field: "roles" },
    { name: "roles duplicate", options: { ...base, roles: ["rtc", "rtc"] }, field: "roles" },
    { name: "roles a string", options: { ...base, roles: "rtc" }, field: "roles" },
    { name: "roomId empty", options: { ...base, roomId: "" }, field: "roomId" },
    { name: "roomId a number", options: { ...base, roomId: 123 }, field: "roomId" },
    { name: "participantId empty", options: { ...base, participantId: "" }, field: "participantId" },
    { name: "participantId null", options: { ...base, participantId: null }, field: "participantId" },
    { name: "version 1", options: { ...base, version: 1 }, field: "version" },
    { name: "version 1 with roomId", options: { ...base, version: 1, roomId: "r" }, field: "version" },
    { name: 'version "2"', options: { ...base, version: "2" }, field: "version" },
    { name: "version 3", options: { ...base, version: 3 }, field: "version" },
    { name: "unknown key apikey", options: { ...base, apikey: API_KEY }, field: "apikey" },
    { name: "unknown key Secret (value is the secret)", options: { ...base, Secret: SECRET }, field: "Secret" },
    { name: "unknown key expires", options: { ...base, expires: 60 }, field: "expires" },
    ...[
      0,
      -5,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      MAX_EXPIRES_IN_SECONDS + 1,
      "31d",
      "721h",
      "0s",
      "2 h",
      "2H",
      "1w",
      "",
      "10",
      "1.5h",
      " 2h",
      "2h ",
      "-1h",
      "01h",
      "abc",
      "9999999999d",
      {},
      null,
      true,
    ].map((expiresIn) => ({
      name: `expiresIn ${JSON.stringify(expiresIn) ?? String(expiresIn)}`,
      options: { ...base, expiresIn },
      field: "expiresIn",
    })),
    { name: "clock.now not a function", options: base, clock: { now: 5 }, field: "now" },
    { name: "clock.now returns NaN", options: base, clock: { now: () => Number.NaN }, field: "now" },
    { name: "clock.now returns 0", options: base, clock: { now: () => 0 }, field: "now" },
  ];

  it(`has at least 15 invalid cases (${invalid.length})`, () => {
    expect(invalid.length).toBeGreaterThanOrEqual(15);
  });

  it.each(invalid)("rejects $name (field $field) without leaking the secret", ({ options, clock: c, field }) => {
    const err = catchError(() => createToken(options as TokenOptions, c as ClockOptions | undefined));
    expectSafeTokenError(err, field);
  });

  it("suggests the right spelling for a mis-cased option", () => {
    expect(() => createToken({ ...base, apikey: "x" } as unknown as TokenOptions)).toThrow(/did you mean "apiKey"/);
  });
});

describe("createManagementToken / createParticipantToken", () => {
  it("management token: crawler role, version 2, allow_join + allow_mod", () => {
    const claims = decode(createManagementToken({ apiKey: API_KEY, secret: SECRET }, clock));
    expect(claims).toStrictEqual({
      apikey: API_KEY,
      permissions: ["allow_join", "allow_mod"],
      version: 2,
      roles: ["crawler"],
      iat: NOW_S,
      exp: NOW_S + 7200,
    });
  });

  it("management token honours permissions and expiresIn", () => {
    const claims = decode(
      createManagementToken({ apiKey: API_KEY, secret: SECRET, permissions: ["allow_mod"], expiresIn: "10m" }, clock),
    );
    expect(claims).toStrictEqual({
      apikey: API_KEY,
      permissions: ["allow_mod"],
      version: 2,
      roles: ["crawler"],
      iat: NOW_S,
      exp: NOW_S + 600,
    });
  });

  it("participant token: rtc role, version 2, allow_join", () => {
    const claims = decode(createParticipantToken({ apiKey: API_KEY, secret: SECRET }, clock));
    expect(claims).toStrictEqual({
      apikey: API_KEY,
      permissions: ["allow_join"],
      version: 2,
      roles: ["rtc"],
      iat: NOW_S,
      exp: NOW_S + 7200,
    });
  });

  it("participant token with room, participant, ask_join and expiry", () => {
    const token = createParticipantToken(
      {
        apiKey: API_KEY,
        secret: SECRET,
        permissions: ["ask_join"],
        roomId: "r10p-2qz8-si67",
        participantId: "but3ihic",
        expiresIn: 900,
      },
      clock,
    );
    const expected = {
      apikey: API_KEY,
      permissions: ["ask_join"],
      version: 2,
      roomId: "r10p-2qz8-si67",
      participantId: "but3ihic",
      roles: ["rtc"],
      iat: NOW_S,
      exp: NOW_S + 900,
    };
    expect(decode(token)).toStrictEqual(expected);
    expect(verifyToken(token, SECRET, clock)).toStrictEqual(expected);
  });

  it.each<[string, () => unknown, string]>([
    ["management: roomId is not an option", () => createManagementToken({ ...base, roomId: "r" } as never), "roomId"],
    ["management: roles is not an option", () => createManagementToken({ ...base, roles: ["rtc"] } as never), "roles"],
    ["management: version is not an option", () => createManagementToken({ ...base, version: 2 } as never), "version"],
    [
      "management: bad permissions",
      () => createManagementToken({ ...base, permissions: ["ask_join", "allow_mod"] }),
      "permissions",
    ],
    ["management: missing secret", () => createManagementToken({ apiKey: API_KEY } as never), "secret"],
    ["management: bad expiresIn", () => createManagementToken({ ...base, expiresIn: "90d" }), "expiresIn"],
    [
      "participant: roles is not an option",
      () => createParticipantToken({ ...base, roles: ["crawler"] } as never),
      "roles",
    ],
    [
      "participant: version is not an option",
      () => createParticipantToken({ ...base, version: 2 } as never),
      "version",
    ],
    ["participant: empty roomId", () => createParticipantToken({ ...base, roomId: "" }), "roomId"],
    ["participant: missing apiKey", () => createParticipantToken({ secret: SECRET } as never), "apiKey"],
  ])("%s", (_name, fn, field) => {
    expectSafeTokenError(catchError(fn), field);
  });
});

describe("properties", () => {
  const nonBlank = fc.string({ unit: "binary", minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "");
  const expiresInArb: fc.Arbitrary<[number | string | undefined, number]> = fc.oneof(
    fc.constant<[undefined, number]>([undefined, DEFAULT_EXPIRES_IN_SECONDS]),
    fc.integer({ min: 1, max: MAX_EXPIRES_IN_SECONDS }).map((n): [number, number] => [n, n]),
    fc.integer({ min: 1, max: MAX_EXPIRES_IN_SECONDS }).map((n): [string, number] => [`${n}s`, n]),
    fc.integer({ min: 1, max: 43200 }).map((n): [string, number] => [`${n}m`, n * 60]),
    fc.integer({ min: 1, max: 720 }).map((n): [string, number] => [`${n}h`, n * 3600]),
    fc.integer({ min: 1, max: 30 }).map((n): [string, number] => [`${n}d`, n * 86400]),
  );
  const optionsArb = fc.record({
    apiKey: nonBlank,
    secret: nonBlank,
    permissions: fc.oneof(
      fc.constant<Permission[]>(["ask_join"]),
      fc.shuffledSubarray<Permission>(["allow_join", "allow_mod"], { minLength: 1 }),
    ),
    roomId: fc.option(nonBlank, { nil: undefined }),
    participantId: fc.option(nonBlank, { nil: undefined }),
    roles: fc.option(fc.shuffledSubarray<Role>(["crawler", "rtc"], { minLength: 1 }), { nil: undefined }),
    version: fc.option(fc.constant(2 as const), { nil: undefined }),
    expiresIn: expiresInArb,
    nowMs: fc.integer({ min: 1000, max: 4_000_000_000_000 }),
    keepUndefinedKeys: fc.boolean(),
  });

  it("any valid option set yields a token whose claims equal the inputs", () => {
    fc.assert(
      fc.property(optionsArb, (o) => {
        const [expiresIn, seconds] = o.expiresIn;
        const all: Record<string, unknown> = {
          apiKey: o.apiKey,
          secret: o.secret,
          permissions: o.permissions,
          roomId: o.roomId,
          participantId: o.participantId,
          roles: o.roles,
          version: o.version,
          expiresIn,
        };
        const options = o.keepUndefinedKeys
          ? all
          : Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
        const token = createToken(options as unknown as TokenOptions, { now: () => o.nowMs });

        const iat = Math.floor(o.nowMs / 1000);
        const expected: Record<string, unknown> = { apikey: o.apiKey, permissions: o.permissions };
        if (o.version === 2 || o.roomId !== undefined || o.participantId !== undefined || o.roles !== undefined) {
          expected.version = 2;
        }
        if (o.roomId !== undefined) expected.roomId = o.roomId;
        if (o.participantId !== undefined) expected.participantId = o.participantId;
        if (o.roles !== undefined) expected.roles = o.roles;
        expected.iat = iat;
        expected.exp = iat + seconds;

        expect(decode(token, o.secret, iat)).toStrictEqual(expected);
        expect(verifyToken(token, o.secret, { now: () => o.nowMs })).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("expiresIn strings either match <n>[smhd] within 30 days or throw TokenError(expiresIn)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.stringMatching(/^[0-9]{1,7}[smhdwSMHD]?$/)), (s) => {
        const m = /^([1-9][0-9]*)([smhd])$/.exec(s);
        const seconds = m ? Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "s" | "m" | "h" | "d"] : NaN;
        if (m && seconds <= MAX_EXPIRES_IN_SECONDS) {
          expect(parseExpiresIn(s)).toBe(seconds);
        } else {
          expectSafeTokenError(
            catchError(() => parseExpiresIn(s)),
            "expiresIn",
          );
        }
      }),
    );
  });
});
