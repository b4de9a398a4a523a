/** Client construction: credentials, environment fallbacks, settings, and token minting through the client. */
import jwt from "jsonwebtoken";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ConfigurationError,
  createVideoSDK as createUniversal,
  createPathClient as createUniversalPathClient,
} from "../../src/index.js";
import { createPathClient, createVideoSDK, TokenError } from "../../src/node/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { catchError, rejectionOf } from "../support/rejection.js";

const API_KEY = "api-key-placeholder";
const SECRET = "secret-placeholder-never-shown";
const server = useTestServer((_req, res) => json(res, 200, { roomId: "abcd-efgh-ijkl" }));
afterEach(() => vi.unstubAllEnvs());

describe("credentials", () => {
  it("needs credentials, and says which", () => {
    vi.stubEnv("VIDEOSDK_API_KEY", "");
    vi.stubEnv("VIDEOSDK_SECRET", "");
    expect(() => createUniversal({} as never)).toThrow(ConfigurationError);
    expect(() => createUniversal({} as never)).toThrow(/token.*getToken/);
    expect(() => createVideoSDK({})).toThrow(/apiKey \(or VIDEOSDK_API_KEY\) and secret \(or VIDEOSDK_SECRET\)/);
    expect(() => createVideoSDK({ apiKey: API_KEY })).toThrow(/secret/);
  });

  it("gives ConfigurationError, not a TypeError, for no options or options that are not an object", () => {
    vi.stubEnv("VIDEOSDK_API_KEY", "");
    vi.stubEnv("VIDEOSDK_SECRET", "");
    for (const create of [createUniversal, createVideoSDK, createUniversalPathClient, createPathClient]) {
      for (const options of [undefined, null, "token", 42]) {
        const error = catchError(() => (create as (o: unknown) => unknown)(options));
        expect(error).toBeInstanceOf(ConfigurationError);
        expect(error.message).toMatch(/options|credentials/);
      }
    }
  });

  it("mints from apiKey and secret in the universal entry too, naming a missing one", () => {
    expect(createUniversal({ apiKey: API_KEY, secret: SECRET }).baseUrl).toBe("https://api.videosdk.live");
    for (const [options, field] of [
      [{ apiKey: API_KEY }, "secret"],
      [{ secret: SECRET }, "apiKey"],
      [{ apiKey: " ", secret: SECRET }, "apiKey"],
    ] as const) {
      const error = catchError<ConfigurationError>(() => createUniversal(options as never));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe(field);
      expect(error.message).not.toContain(SECRET);
    }
  });

  it("refuses an unknown option with a ConfigurationError naming it, and the known one it differs from in case", () => {
    const cases: [() => unknown, string, string | undefined][] = [
      [() => createUniversal({ token: "t", timout: 5 } as never), "timout", undefined],
      [() => createUniversal({ token: "t", BaseURL: "x" } as never), "BaseURL", "baseUrl"],
      [() => createUniversalPathClient({ token: "t", retries: 1 } as never), "retries", undefined],
      [() => createVideoSDK({ apiKey: API_KEY, secret: SECRET, maxretries: 1 } as never), "maxretries", "maxRetries"],
      [
        () => createVideoSDK({ apiKey: API_KEY, secret: SECRET, webhookKeyTtl: 1 } as never),
        "webhookKeyTtl",
        undefined,
      ],
      [() => createPathClient({ apikey: API_KEY, secret: SECRET } as never), "apikey", "apiKey"],
    ];
    for (const [create, field, hint] of cases) {
      const error = catchError<ConfigurationError>(create);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe(field);
      expect(error.message).toContain(`unknown option "${field}"`);
      if (hint) expect(error.message).toContain(`did you mean "${hint}"?`);
      else expect(error.message).not.toContain("did you mean");
      expect(error.message).not.toContain(SECRET);
    }
    // The Node entry's own options are known to it.
    expect(() =>
      createVideoSDK({ apiKey: API_KEY, secret: SECRET, tokenExpiresIn: "1h", webhookPublicKeyTtl: 1000 }),
    ).not.toThrow();
  });

  it("rejects both token and getToken, empty tokens and a Bearer prefix", () => {
    expect(() => createUniversal({ token: "a", getToken: () => "b" } as never)).toThrow(/either/);
    expect(() => createUniversal({ token: "" })).toThrow(ConfigurationError);
    expect(() => createUniversal({ token: "Bearer abc.def.ghi" })).toThrow(/no "Bearer " prefix/);
  });

  it("refuses a baseUrl with credentials, a query or a fragment, never echoing the password", () => {
    for (const baseUrl of [
      "https://user:s3cr3t-pw@api.videosdk.live",
      "https://:s3cr3t-pw@api.videosdk.live",
      "https://user@api.videosdk.live",
      "https://api.videosdk.live/?key=s3cr3t-pw",
      "https://api.videosdk.live/#s3cr3t-pw",
      "https://api.videosdk.live?",
    ]) {
      const error = catchError<ConfigurationError>(() => createUniversal({ token: "t", baseUrl }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe("baseUrl");
      expect(`${error.message}${error.stack}`).not.toContain("s3cr3t");
    }
    expect(catchError(() => createUniversal({ token: "t", baseUrl: "not a url s3cr3t" })).message).not.toContain(
      "s3cr3t",
    );
  });

  it("refuses a token that is not a header value, without echoing any of it", () => {
    for (const token of ["abc.def\nx-injected: 1", "abc def", "abc\u0007def", "tökén"]) {
      const error = catchError<ConfigurationError>(() => createUniversal({ token, baseUrl: server.url }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe("token");
      expect(error.message).not.toContain("abc");
      expect(error.message).not.toContain("injected");
    }
  });

  it("rejects a bad base URL and bad numbers", () => {
    expect(() => createUniversal({ token: "t", baseUrl: "api.videosdk.live" })).toThrow(/absolute/);
    expect(() => createUniversal({ token: "t", baseUrl: "ftp://x" })).toThrow(/http or https/);
    expect(() => createUniversal({ token: "t", timeout: 0 })).toThrow(/timeout/);
    expect(() => createUniversal({ token: "t", maxRetries: -1 })).toThrow(/maxRetries/);
  });

  it("uses getToken on every call", async () => {
    let n = 0;
    const vsdk = createUniversal({ getToken: async () => `token-${++n}`, baseUrl: server.url });
    await vsdk.rooms.get("a");
    await vsdk.rooms.get("b");
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["token-1", "token-2"]);
  });

  it("falls back to VIDEOSDK_API_KEY, VIDEOSDK_SECRET and VIDEOSDK_API_ENDPOINT", async () => {
    vi.stubEnv("VIDEOSDK_API_KEY", API_KEY);
    vi.stubEnv("VIDEOSDK_SECRET", SECRET);
    vi.stubEnv("VIDEOSDK_API_ENDPOINT", server.url + "/");
    const vsdk = createVideoSDK();
    expect(vsdk.baseUrl).toBe(server.url);
    await vsdk.rooms.get("abcd-efgh-ijkl");
    const claims = jwt.verify(server.requests[0]!.headers.authorization!, SECRET) as jwt.JwtPayload;
    expect(claims).toMatchObject({
      apikey: API_KEY,
      roles: ["crawler"],
      version: 2,
      permissions: ["allow_join", "allow_mod"],
    });
  });

  it("fails at construction, without the secret, when minting cannot work", () => {
    const error = (() => {
      try {
        createVideoSDK({ apiKey: API_KEY, secret: SECRET, tokenExpiresIn: "forever" });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(TokenError);
    expect(`${error!.message}${error!.stack}${JSON.stringify(error)}`).not.toContain(SECRET);
  });
});

describe("minted tokens", () => {
  it("mints once across 100 calls", async () => {
    const sign = vi.spyOn(jwt, "sign");
    const vsdk = createVideoSDK({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url });
    await Promise.all(Array.from({ length: 100 }, (_, i) => vsdk.rooms.get(`room-${i}`)));
    expect(new Set(server.requests.map((r) => r.headers.authorization)).size).toBe(1);
    expect(sign).toHaveBeenCalledTimes(1);
    sign.mockRestore();
  });

  it("mints again shortly before expiry, following the clock", async () => {
    let now = Date.UTC(2026, 0, 1);
    const vsdk = createVideoSDK({
      apiKey: API_KEY,
      secret: SECRET,
      baseUrl: server.url,
      tokenExpiresIn: "10m",
      now: () => now,
    });
    await vsdk.rooms.get("a");
    now += 8 * 60_000; // still well inside the 10 minutes
    await vsdk.rooms.get("b");
    now += 1.5 * 60_000; // within a minute of expiry: refreshed
    await vsdk.rooms.get("c");
    const tokens = server.requests.map((r) => r.headers.authorization!);
    expect(tokens[0]).toBe(tokens[1]);
    expect(tokens[2]).not.toBe(tokens[1]);
    const claims = tokens.map((t) => jwt.decode(t) as jwt.JwtPayload);
    expect(claims[0]!.exp! - claims[0]!.iat!).toBe(600);
    expect(claims[2]!.iat).toBe(Math.floor(now / 1000));
  });

  it("fails a call whose refresh cannot mint with a TokenError, sending and retrying nothing", async () => {
    let now = Date.UTC(2026, 0, 1);
    let clockBroken = false;
    const vsdk = createVideoSDK({
      apiKey: API_KEY,
      secret: SECRET,
      baseUrl: server.url,
      tokenExpiresIn: "10m",
      initialRetryDelay: 1,
      now: () => {
        if (clockBroken) throw new Error("clock broke");
        return now;
      },
    });
    now += 10 * 60_000;
    clockBroken = true;
    const error = await rejectionOf<TokenError>(vsdk.rooms.get("a"));
    expect(error).toBeInstanceOf(TokenError);
    expect(error.field).toBe("secret");
    expect(error.meta?.attempts).toBe(1);
    expect((error.cause as Error).message).toBe("clock broke");
    expect(error.message).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });
});
