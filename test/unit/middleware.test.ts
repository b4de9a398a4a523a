/** Middleware (openapi-fetch's shape) and the logger: once per attempt, in order, for the facade and the path client. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type CallEndParams,
  createPathClient,
  createVideoSDK,
  InternalServerError,
  type Middleware,
  VideoSDKError,
} from "../../src/index.js";
import { createVideoSDK as createNodeVideoSDK } from "../../src/node/index.js";
import { json, startServer, type TestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const TOKEN = "header.payload-SECRET-PLACEHOLDER.signature";
const room = { roomId: "abcd-efgh-ijkl" };
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.handle((_req, res) => json(res, 200, room));
});

/** A middleware that records what it sees, and adds a header naming itself. */
function recorder(name: string, seen: string[]): Middleware {
  return {
    onRequest({ request, attempt, operationId, schemaPath }) {
      seen.push(`${name}:request:${attempt}:${operationId ?? "-"}:${schemaPath}`);
      const headers = new Headers(request.headers);
      headers.append("x-middleware", name);
      return new Request(request, { headers });
    },
    onResponse({ response, attempt }) {
      seen.push(`${name}:response:${attempt}:${response.status}`);
    },
  };
}

describe("middleware", () => {
  it("runs once per attempt: onRequest in order, onResponse in reverse; it can add headers", async () => {
    const seen: string[] = [];
    server.handle((_req, res, i) => (i === 0 ? json(res, 503, {}) : json(res, 200, room)));
    const vsdk = createVideoSDK({
      token: TOKEN,
      baseUrl: server.url,
      initialRetryDelay: 1,
      middleware: [recorder("a", seen), recorder("b", seen)],
    });
    await expect(vsdk.rooms.get("abcd-efgh-ijkl")).resolves.toEqual(room);
    expect(seen).toEqual([
      "a:request:1:getRoom:/v2/rooms/{roomId}",
      "b:request:1:getRoom:/v2/rooms/{roomId}",
      "b:response:1:503",
      "a:response:1:503",
      "a:request:2:getRoom:/v2/rooms/{roomId}",
      "b:request:2:getRoom:/v2/rooms/{roomId}",
      "b:response:2:200",
      "a:response:2:200",
    ]);
    expect(server.requests.map((r) => r.headers["x-middleware"])).toEqual(["a, b", "a, b"]);
  });

  it("adds per-call middleware after the client's", async () => {
    const seen: string[] = [];
    const vsdk = createVideoSDK({ token: TOKEN, baseUrl: server.url, middleware: [recorder("client", seen)] });
    await vsdk.rooms.get("x", { middleware: [recorder("call", seen)] });
    expect(seen.filter((line) => line.includes(":request:"))).toEqual([
      "client:request:1:getRoom:/v2/rooms/{roomId}",
      "call:request:1:getRoom:/v2/rooms/{roomId}",
    ]);
  });

  it("can replace the response, or answer without sending", async () => {
    const replacing: Middleware = {
      onResponse: ({ response }) =>
        response.status === 503 ? new Response(JSON.stringify({ roomId: "from-cache" }), { status: 200 }) : undefined,
    };
    server.handle((_req, res) => json(res, 503, {}));
    const vsdk = createVideoSDK({ token: TOKEN, baseUrl: server.url, maxRetries: 0, middleware: [replacing] });
    expect(await vsdk.rooms.get("x")).toEqual({ roomId: "from-cache" });

    server.requests.length = 0;
    const answering: Middleware = { onRequest: () => new Response(JSON.stringify(room), { status: 200 }) };
    expect(await vsdk.rooms.get("x", { middleware: [answering] })).toEqual(room);
    expect(server.requests).toHaveLength(0);
  });

  it("onError can answer a failed attempt; onCallEnd comes once per call, with meta", async () => {
    const closed = await startServer();
    await closed.close();
    const ends: CallEndParams[] = [];
    const vsdk = createVideoSDK({
      token: TOKEN,
      baseUrl: closed.url,
      initialRetryDelay: 1,
      middleware: [
        {
          onError: ({ attempt }) => (attempt === 2 ? new Response(JSON.stringify(room)) : undefined),
          onCallEnd: (end) => void ends.push(end),
        },
      ],
    });
    expect(await vsdk.rooms.get("x")).toEqual(room);
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatchObject({ operationId: "getRoom", method: "GET", schemaPath: "/v2/rooms/{roomId}" });
    expect(ends[0]!.meta.attempts).toBe(2);
    expect(ends[0]!.response?.status).toBe(200);
  });

  it("a hook that throws fails the call with a VideoSDKError, not retried as a network failure", async () => {
    const broken: Middleware = {
      onRequest: () => {
        throw new Error("bug in my middleware");
      },
    };
    const vsdk = createVideoSDK({ token: TOKEN, baseUrl: server.url, middleware: [broken] });
    const error = await rejectionOf(vsdk.rooms.get("x"));
    expect(error.constructor).toBe(VideoSDKError);
    expect((error.cause as Error).message).toBe("bug in my middleware");
    expect(server.requests).toHaveLength(0);
  });

  it("serves the path client too, with openapi-fetch's schema path and params", async () => {
    const seen: string[] = [];
    const api = createPathClient({ token: TOKEN, baseUrl: server.url, middleware: [recorder("shared", seen)] });
    const { data } = await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "abcd-efgh-ijkl" } } });
    expect(data).toEqual(room);
    expect(seen).toEqual(["shared:request:1:-:/v2/rooms/{roomId}", "shared:response:1:200"]);
    // The same object works with openapi-fetch's own use().
    const again: string[] = [];
    const plain = createPathClient({ token: TOKEN, baseUrl: server.url });
    plain.use(recorder("openapi-fetch", again));
    await plain.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "x" } } });
    expect(again[0]).toMatch(/^openapi-fetch:request:/);
  });

  it("rejects middleware that is not an array of hook objects, naming the option", () => {
    for (const middleware of [{}, [{}], [{ onRequest: "no" }], "x"]) {
      expect(() => createVideoSDK({ token: TOKEN, middleware: middleware as never })).toThrow(/middleware/);
    }
  });
});

describe("logger", () => {
  function lines(level?: "debug" | "info" | "warn") {
    const out: string[] = [];
    const logger = {
      debug: (line: string) => out.push(`debug ${line}`),
      info: (line: string) => out.push(`info ${line}`),
      warn: (line: string) => out.push(`warn ${line}`),
    };
    return { out, logger, level };
  }

  it("logs one line per attempt and each retry decision, never the token", async () => {
    const { out, logger } = lines();
    server.handle((_req, res, i) => (i === 0 ? json(res, 503, { message: "busy" }) : json(res, 200, room)));
    const vsdk = createVideoSDK({ token: TOKEN, baseUrl: server.url, initialRetryDelay: 1, logger });
    await vsdk.rooms.get("abcd-efgh-ijkl");
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(
      new RegExp(
        `^warn videosdk: GET ${server.url}/v2/rooms/abcd-efgh-ijkl → 503 in \\d+ ms \\(attempt 1\\); retrying in \\d+ ms$`,
      ),
    );
    expect(out[1]).toMatch(/^info videosdk: GET .* → 200 in \d+ ms \(attempt 2\)$/);
    expect(out.join("\n")).not.toContain("SECRET");
  });

  it("follows logLevel and VIDEOSDK_LOG; debug adds a line before each attempt", async () => {
    const quiet = lines();
    await createVideoSDK({ token: TOKEN, baseUrl: server.url, logger: quiet.logger, logLevel: "warn" }).rooms.get("x");
    expect(quiet.out).toEqual([]);

    const verbose = lines();
    process.env.VIDEOSDK_LOG = "debug";
    try {
      await createVideoSDK({ token: TOKEN, baseUrl: server.url, logger: verbose.logger }).rooms.get("x");
    } finally {
      delete process.env.VIDEOSDK_LOG;
    }
    expect(verbose.out.map((line) => line.split(" ")[0])).toEqual(["debug", "info"]);
    expect(() => createVideoSDK({ token: TOKEN, logLevel: "loud" as never })).toThrow(/logLevel/);
  });

  it("never logs a secret, through the minting client either", async () => {
    const { out, logger } = lines("debug");
    server.handle((_req, res) => json(res, 500, { message: "down" }));
    const secret = "secret-placeholder-never-logged";
    const vsdk = createNodeVideoSDK({
      apiKey: "key",
      secret,
      baseUrl: server.url,
      initialRetryDelay: 1,
      logger,
      logLevel: "debug",
    });
    await rejectionOf(vsdk.rooms.get("x")).then((error) => expect(error).toBeInstanceOf(InternalServerError));
    const token = String(server.requests[0]!.headers.authorization);
    expect(out.length).toBeGreaterThan(3);
    for (const line of out) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain(token);
    }
  });
});
