/**
 * Minting in the universal entry (Web Crypto): the same tokens as the Node entry's jsonwebtoken path, the same
 * option errors, an async verifyToken with the same checks, a client that mints for itself once per lifetime, and
 * a refusal in browser pages unless the caller opts in.
 */
import fc from "fast-check";
import jwt from "jsonwebtoken";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type ClockOptions,
  ConfigurationError,
  createVideoSDK,
  mintManagementToken,
  mintParticipantToken,
  mintToken,
  type Permission,
  type Role,
  TokenError,
  verifyToken,
} from "../../../src/index.js";
import {
  createManagementToken,
  createParticipantToken,
  createToken,
  verifyToken as verifyTokenSync,
} from "../../../src/node/index.js";
import { json, useTestServer } from "../../support/http-server.js";
import { catchError, rejectionOf } from "../../support/rejection.js";

const SECRET = "S3CR3T-web-crypto-never-leaks-7d1e";
const API_KEY = "web-crypto-api-key";
const NOW_MS = 1_700_000_000_789;
const clock: ClockOptions = { now: () => NOW_MS };
const server = useTestServer((_req, res) => json(res, 200, { roomId: "abcd-efgh-ijkl" }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A browser page, as far as the SDK can tell: a `window` and a `document`. */
function pretendBrowserPage() {
  vi.stubGlobal("window", {});
  vi.stubGlobal("document", {});
}

function expectNoSecret(error: Error) {
  for (const dump of [error.message, String(error.stack), JSON.stringify(error, Object.getOwnPropertyNames(error))]) {
    expect(dump).not.toContain(SECRET);
  }
}

describe("the two signers", () => {
  const permissionSets: Permission[][] = [["allow_join"], ["ask_join"], ["allow_mod"], ["allow_join", "allow_mod"]];
  const roleSets: (Role[] | undefined)[] = [undefined, ["crawler"], ["rtc"], ["crawler", "rtc"]];
  const optionalId = fc.option(
    fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== ""),
    {
      nil: undefined,
    },
  );

  it("make byte-equal tokens from the same options and clock, each accepted by the other's verifyToken", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          apiKey: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
          secret: fc.string({ minLength: 1, maxLength: 64 }).filter((s) => s.trim() !== ""),
          permissions: fc.constantFrom(...permissionSets),
          roles: fc.constantFrom(...roleSets),
          roomId: optionalId,
          participantId: optionalId,
          version: fc.constantFrom(undefined, 2 as const),
          expiresIn: fc.constantFrom(undefined, 60, "10m", "2h", "30d"),
          nowMs: fc.integer({ min: 1000, max: 4_000_000_000_000 }),
        }),
        async ({ nowMs, ...drawn }) => {
          // Absent options are left out, as a caller would.
          const options = Object.fromEntries(
            Object.entries(drawn).filter(([, v]) => v !== undefined),
          ) as unknown as Parameters<typeof createToken>[0];
          const at = { now: () => nowMs };
          const node = createToken(options, at);
          const web = await mintToken(options, at);
          expect(web).toBe(node);
          const decodedNode = jwt.decode(node, { complete: true })!;
          const decodedWeb = jwt.decode(web, { complete: true })!;
          expect(decodedWeb.header).toStrictEqual(decodedNode.header);
          expect(decodedWeb.payload).toStrictEqual(decodedNode.payload);
          expect(verifyTokenSync(web, options.secret, at)).toStrictEqual(await verifyToken(node, options.secret, at));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("agree for the management and participant tokens", async () => {
    const options = { apiKey: API_KEY, secret: SECRET };
    expect(await mintManagementToken(options, clock)).toBe(createManagementToken(options, clock));
    const participant = { ...options, roomId: "abcd-efgh-ijkl", participantId: "p1" };
    expect(await mintParticipantToken(participant, clock)).toBe(createParticipantToken(participant, clock));
    expect(jwt.decode(await mintParticipantToken(participant, clock))).toMatchObject({ roles: ["rtc"], version: 2 });
  });

  it.each([
    [{ apiKey: "", secret: SECRET, permissions: ["allow_join"] }, "apiKey"],
    [{ apiKey: API_KEY, secret: " ", permissions: ["allow_join"] }, "secret"],
    [{ apiKey: API_KEY, secret: SECRET, permissions: ["allow_join", "ask_join"] }, "permissions"],
    [{ apiKey: API_KEY, secret: SECRET, permissions: ["allow_join"], roles: ["admin"] }, "roles"],
    [{ apiKey: API_KEY, secret: SECRET, permissions: ["allow_join"], expiresIn: "31d" }, "expiresIn"],
    [{ apiKey: API_KEY, secret: SECRET, permissions: ["allow_join"], version: 1 }, "version"],
    [{ apikey: API_KEY, secret: SECRET, permissions: ["allow_join"] }, "apikey"],
  ])("refuse the same bad option the same way (%j names %s)", async (options, field) => {
    const sync = catchError<TokenError>(() => createToken(options as never, clock));
    const web = await rejectionOf<TokenError>(mintToken(options as never, clock));
    for (const error of [sync, web]) {
      expect(error).toBeInstanceOf(TokenError);
      expect(error.field).toBe(field);
      expectNoSecret(error);
    }
    // The same message; the universal entry's list of allowed options adds dangerouslyAllowBrowser.
    expect(web.message.startsWith(sync.message)).toBe(true);
  });
});

describe("the universal verifyToken", () => {
  it("checks the signature, nbf, exp and the algorithm like the Node one, never echoing token or secret", async () => {
    const token = await mintManagementToken({ apiKey: API_KEY, secret: SECRET, expiresIn: 60 }, clock);
    const exp = Math.floor(NOW_MS / 1000) + 60;
    expect((await verifyToken(token, SECRET, { now: () => exp * 1000 - 1 })).exp).toBe(exp);
    const cases: [() => Promise<unknown>, string, () => unknown][] = [
      [
        () => verifyToken(token, "another-secret", clock),
        "signature",
        () => verifyTokenSync(token, "another-secret", clock),
      ],
      [
        () => verifyToken(token, SECRET, { now: () => exp * 1000 }),
        "exp",
        () => verifyTokenSync(token, SECRET, { now: () => exp * 1000 }),
      ],
      [
        () =>
          verifyToken(
            jwt.sign({ apikey: API_KEY, permissions: ["allow_join"] }, SECRET, { algorithm: "HS384" }),
            SECRET,
          ),
        "token",
        () =>
          verifyTokenSync(
            jwt.sign({ apikey: API_KEY, permissions: ["allow_join"] }, SECRET, { algorithm: "HS384" }),
            SECRET,
          ),
      ],
      [
        () => verifyToken(jwt.sign({ apikey: API_KEY, permissions: ["allow_join"], nbf: 2e9 }, SECRET), SECRET, clock),
        "nbf",
        () =>
          verifyTokenSync(jwt.sign({ apikey: API_KEY, permissions: ["allow_join"], nbf: 2e9 }, SECRET), SECRET, clock),
      ],
      [() => verifyToken("not.a.jwt", SECRET), "token", () => verifyTokenSync("not.a.jwt", SECRET)],
      [() => verifyToken("", SECRET), "token", () => verifyTokenSync("", SECRET)],
    ];
    for (const [verifying, field, sync] of cases) {
      const error = await rejectionOf<TokenError>(verifying());
      expect(error).toBeInstanceOf(TokenError);
      expect(error.field).toBe(field);
      expect(error.message).toBe(catchError<TokenError>(sync).message);
      expectNoSecret(error);
      expect(error.message).not.toContain(token.split(".")[2]);
    }
  });
});

describe("createVideoSDK({ apiKey, secret }) in the universal entry", () => {
  it("signs once for 100 parallel calls and sends the same valid management token", async () => {
    const sign = vi.spyOn(globalThis.crypto.subtle, "sign");
    const vsdk = createVideoSDK({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url });
    await Promise.all(Array.from({ length: 100 }, (_, i) => vsdk.rooms.get(`room-${i}`)));
    const tokens = new Set(server.requests.map((r) => r.headers.authorization));
    expect(tokens.size).toBe(1);
    expect(sign).toHaveBeenCalledTimes(1);
    const claims = verifyTokenSync([...tokens][0]!, SECRET);
    expect(claims).toMatchObject({ apikey: API_KEY, roles: ["crawler"], version: 2 });
  });

  it("mints again shortly before expiry, following its clock", async () => {
    let now = Date.UTC(2026, 0, 1);
    const vsdk = createVideoSDK({
      apiKey: API_KEY,
      secret: SECRET,
      baseUrl: server.url,
      tokenExpiresIn: "10m",
      now: () => now,
    });
    await vsdk.rooms.get("a");
    now += 8 * 60_000;
    await vsdk.rooms.get("b");
    now += 1.5 * 60_000; // within a minute of expiry
    await vsdk.rooms.get("c");
    const tokens = server.requests.map((r) => r.headers.authorization!);
    expect(tokens[0]).toBe(tokens[1]);
    expect(tokens[2]).not.toBe(tokens[1]);
    expect((jwt.decode(tokens[2]!) as jwt.JwtPayload).iat).toBe(Math.floor(now / 1000));
  });

  it("fails the first call, sending nothing, when minting cannot work", async () => {
    const vsdk = createVideoSDK({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, tokenExpiresIn: "forever" });
    const error = await rejectionOf<TokenError>(vsdk.rooms.get("a"));
    expect(error).toBeInstanceOf(TokenError);
    expect(error.field).toBe("expiresIn");
    expectNoSecret(error);
    expect(server.requests).toHaveLength(0);
  });
});

describe("in a browser page", () => {
  it("refuses a secret, in the client and in every mint function, unless dangerouslyAllowBrowser is true", async () => {
    pretendBrowserPage();
    const credentials = { apiKey: API_KEY, secret: SECRET };
    const refusals = [
      catchError(() => createVideoSDK(credentials)),
      await rejectionOf(mintToken({ ...credentials, permissions: ["allow_join"] })),
      await rejectionOf(mintManagementToken(credentials)),
      await rejectionOf(mintParticipantToken(credentials)),
    ];
    for (const error of refusals) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).field).toBe("dangerouslyAllowBrowser");
      expect(error.message).toMatch(/secret must never reach a browser/);
      expectNoSecret(error);
    }
    const allowed = { ...credentials, dangerouslyAllowBrowser: true };
    expect(verifyTokenSync(await mintManagementToken(allowed), SECRET).roles).toEqual(["crawler"]);
    const vsdk = createVideoSDK({ ...allowed, baseUrl: server.url });
    await vsdk.rooms.get("a");
    expect(verifyTokenSync(server.requests[0]!.headers.authorization!, SECRET).apikey).toBe(API_KEY);
  });

  it("does not take a worker without a document for a browser, and wants a boolean opt-in", async () => {
    vi.stubGlobal("window", undefined);
    vi.stubGlobal("document", undefined);
    vi.stubGlobal("self", globalThis);
    await expect(mintManagementToken({ apiKey: API_KEY, secret: SECRET })).resolves.toMatch(/^ey/);
    const error = await rejectionOf<ConfigurationError>(
      mintManagementToken({ apiKey: API_KEY, secret: SECRET, dangerouslyAllowBrowser: "yes" as never }),
    );
    expect(error.field).toBe("dangerouslyAllowBrowser");
  });
});
