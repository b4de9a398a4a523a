/** Middleware (openapi-fetch's shape) and the logger: once per attempt, in order, for the facade and the path client. */
import { beforeEach, describe, expect, it } from "vitest";
import {
  type CallEndParams,
  createPathClient,
  createVideoSDK,
  InternalServerError,
  type Middleware,
  VideoSDKError,
} from "../../src/index.js";
import { createVideoSDK as createNodeVideoSDK } from "../../src/node/index.js";
import { json, startServer, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const TOKEN = "header.payload-SECRET-PLACEHOLDER.signature";
const room = { roomId: "abcd-efgh-ijkl" };
const server = useTestServer();
beforeEach(() => server.handle((_req, res) => json(res, 200, room)));

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

describe("middleware at the edges", () => {
  it("sees the facade's path values and the path client's schema path, even behind a middleware of openapi-fetch's", async () => {
    const seen: unknown[] = [];
    const record: Middleware = { onRequest: ({ schemaPath, params }) => void seen.push([schemaPath, params.path]) };
    await createVideoSDK({ token: TOKEN, baseUrl: server.url, middleware: [record] }).sessions.getParticipantStats(
      "s-1",
      "p-1",
    );
    const api = createPathClient({ token: TOKEN, baseUrl: server.url, middleware: [record] });
    // openapi-fetch's own middleware rebuilds the request before the SDK's transport sees it.
    api.use({ onRequest: ({ request }) => new Request(request, { headers: { "x-rebuilt": "1" } }) });
    await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "r-1" } } });
    expect(seen).toEqual([
      ["/v2/sessions/{sessionId}/participant/{participantId}/stats", { sessionId: "s-1", participantId: "p-1" }],
      ["/v2/rooms/{roomId}", { roomId: "r-1" }],
    ]);
    expect(server.requests[1]!.headers["x-rebuilt"]).toBe("1");
  });

  it("cannot take the deadline or the redirect rule away by rebuilding the request", async () => {
    const rebuilding: Middleware = {
      // A new Request from the URL alone: no signal, and fetch's default redirect: follow.
      onRequest: ({ request }) => new Request(request.url, { method: request.method, headers: request.headers }),
    };
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    });
    const started = Date.now();
    const stalled = await rejectionOf(
      createVideoSDK({
        token: TOKEN,
        baseUrl: server.url,
        maxRetries: 0,
        timeout: 150,
        middleware: [rebuilding],
      }).rooms.get("x"),
    );
    expect(stalled.name).toBe("ConnectionTimeoutError");
    expect(Date.now() - started).toBeLessThan(2000);

    const other = await startServer();
    try {
      server.handle((_req, res) => {
        res.writeHead(302, { location: `${other.url}/steal` });
        res.end();
      });
      const redirected = await rejectionOf(
        createVideoSDK({ token: TOKEN, baseUrl: server.url, maxRetries: 0, middleware: [rebuilding] }).rooms.get("x"),
      );
      expect(redirected.name).toBe("InvalidResponseError");
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it("skips onResponse after an onRequest answered, as openapi-fetch does; refuses odd return values", async () => {
    const seen: string[] = [];
    const a: Middleware = {
      onRequest: () => {
        seen.push("a.onRequest");
        return new Response(JSON.stringify(room));
      },
      onResponse: () => void seen.push("a.onResponse"),
    };
    const b: Middleware = { onResponse: () => void seen.push("b.onResponse") };
    await createVideoSDK({ token: TOKEN, baseUrl: server.url, middleware: [a, b] }).rooms.get("x");
    expect(seen).toEqual(["a.onRequest"]);
    const odd = { onResponse: () => "not a response" } as unknown as Middleware;
    const error = await rejectionOf(
      createVideoSDK({ token: TOKEN, baseUrl: server.url, middleware: [odd] }).rooms.get("x"),
    );
    expect(error.message).toMatch(/onResponse must return a Response or nothing/);
  });

  it("gives each call an id of its own, across clients sharing a middleware", async () => {
    const ids: string[] = [];
    const shared: Middleware = { onRequest: ({ id }) => void ids.push(id) };
    const one = createVideoSDK({ token: TOKEN, baseUrl: server.url, middleware: [shared] });
    const two = createVideoSDK({ token: TOKEN, baseUrl: server.url, middleware: [shared] });
    await Promise.all([one.rooms.get("a"), two.rooms.get("b"), one.rooms.get("c"), two.rooms.get("d")]);
    expect(new Set(ids).size).toBe(4);
  });
});

describe("logger at the edges", () => {
  it("a logger that throws changes nothing: no retry, no raw error, the room is created once", async () => {
    const throwing = {
      info: () => {
        throw new Error("logger down");
      },
      warn: () => {
        throw new Error("logger down");
      },
      error: () => {
        throw new Error("logger down");
      },
    };
    const vsdk = createVideoSDK({ token: TOKEN, baseUrl: server.url, logger: throwing });
    await expect(vsdk.rooms.create({})).resolves.toEqual(room);
    expect(server.requests).toHaveLength(1);
    server.handle((_req, res) => json(res, 404, { message: "no such room" }));
    expect((await rejectionOf(vsdk.rooms.get("x"))).name).toBe("NotFoundError");
  });

  it("accepts VIDEOSDK_LOG=error, and ignores a value it does not know", async () => {
    const out: string[] = [];
    const logger = { error: (line: string) => out.push(line), info: (line: string) => out.push(line) };
    server.handle((_req, res) => json(res, 500, {}));
    process.env.VIDEOSDK_LOG = "error";
    try {
      await rejectionOf(createVideoSDK({ token: TOKEN, baseUrl: server.url, maxRetries: 0, logger }).rooms.get("x"));
      process.env.VIDEOSDK_LOG = "verbose";
      expect(() => createVideoSDK({ token: TOKEN })).not.toThrow();
    } finally {
      delete process.env.VIDEOSDK_LOG;
    }
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/→ 500 in \d+ ms \(attempt 1\)$/);
  });
});
