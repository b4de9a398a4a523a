/**
 * Fault tests: the real client against a real local HTTP server that misbehaves on purpose (requests, typed errors,
 * retries, connection faults; transport-bounds.test.ts has the bounds on every wait and body).
 */
import { describe, expect, it } from "vitest";
import {
  type APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createVideoSDK,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  TimeoutError,
  UnprocessableEntityError,
} from "../../src/index.js";
import { json, startServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";
import { room, TOKEN, useTransportFixture } from "./transport-fixture.js";

const { server, client } = useTransportFixture();

describe("requests", () => {
  it("sends the raw JWT in Authorization, with no Bearer prefix, and the body as JSON", async () => {
    server.handle((_req, res) => json(res, 200, room));
    await client().rooms.create({ customRoomId: "my-room" });
    const [request] = server.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/v2/rooms");
    expect(request!.headers.authorization).toBe(TOKEN);
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({ customRoomId: "my-room" });
  });

  it("fills and encodes path parameters, and serialises the query", async () => {
    server.handle((_req, res) => json(res, 200, {}));
    await client().sessions.getParticipantStats("6214/90331a", "p 1");
    await client().recordings.list({ roomId: "abcd-efgh-ijkl", page: 2, perPage: 5 });
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v2/sessions/6214%2F90331a/participant/p%201/stats",
      "/v2/recordings?roomId=abcd-efgh-ijkl&page=2&perPage=5",
    ]);
  });

  it("calls the fetch it is given as a plain function, as browsers require of window.fetch", async () => {
    server.handle((_req, res) => json(res, 200, room));
    const strict = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      // What browsers do when fetch is called as a method of another object.
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return fetch(input, init);
    };
    await expect(client({ fetch: strict }).rooms.get("abcd-efgh-ijkl")).resolves.toEqual(room);
  });

  it("returns a bare-string answer as a string", async () => {
    server.handle((_req, res) => json(res, 200, "Recording started successfully"));
    await expect(client().recordings.start({ roomId: "abcd-efgh-ijkl" })).resolves.toBe(
      "Recording started successfully",
    );
  });

  it("merges client and per-call headers, the call's winning", async () => {
    server.handle((_req, res) => json(res, 200, room));
    await client({ headers: { "x-team": "a", "x-trace": "client" } }).rooms.get("abcd-efgh-ijkl", {
      headers: { "x-trace": "call" },
    });
    expect(server.requests[0]!.headers["x-team"]).toBe("a");
    expect(server.requests[0]!.headers["x-trace"]).toBe("call");
  });
});

describe("typed errors", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, NotFoundError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
  ] as const)("%i gives %o", async (status, type) => {
    server.handle((_req, res) => json(res, status, { message: "from the API" }, { "x-request-id": "req-123" }));
    const error = await rejectionOf<APIError>(client({ maxRetries: 0 }).rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(type);
    expect(error.status).toBe(status);
    expect(error.body).toEqual({ message: "from the API" });
    expect(error.requestId).toBe("req-123");
    expect(error.operationId).toBe("getRoom");
    expect(error.method).toBe("GET");
    expect(error.path).toBe("/v2/rooms/{roomId}");
    expect(error.message.startsWith("from the API")).toBe(true);
  });

  it("reads the message from {error} and plain-text bodies", async () => {
    server.handle((_req, res) => json(res, 400, { error: "roomId is required" }));
    expect((await rejectionOf(client().recordings.start({ roomId: "" }))).message).toMatch(/^roomId is required/);
    server.handle((_req, res) => {
      res.writeHead(401, { "content-type": "text/plain" });
      res.end("Token is invalid or expired");
    });
    const error = await rejectionOf<APIError>(client().rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toMatch(/^Token is invalid or expired/);
    expect(error.body).toBe("Token is invalid or expired");
  });

  it("never puts the token in an error", async () => {
    server.handle((_req, res) => json(res, 401, { message: "Token is invalid or expired" }));
    const error = await rejectionOf(client().rooms.get("abcd-efgh-ijkl"));
    const everything = [error.message, error.stack, JSON.stringify(error), JSON.stringify(Object.entries(error))].join(
      "\n",
    );
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain("PLACEHOLDER");
  });

  it("gives InvalidResponseError for a success whose body is not JSON", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"roomId": "abcd-');
    });
    const error = await rejectionOf<APIError>(client().rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.status).toBe(200);
  });

  it("rejects a missing path parameter before sending anything", async () => {
    const error = await rejectionOf((client().rooms.get as (id: unknown) => Promise<unknown>)(undefined));
    expect(error.message).toContain("roomId");
    expect(server.requests).toHaveLength(0);
  });
});

describe("retries", () => {
  it("waits for Retry-After (seconds) on 429, then succeeds", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 429, { message: "slow down" }, { "retry-after": "1" }) : json(res, 200, room),
    );
    const started = Date.now();
    await expect(client().rooms.get("abcd-efgh-ijkl")).resolves.toEqual(room);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("honours Retry-After as an HTTP date", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 429, {}, { "retry-after": new Date(Date.now() + 1500).toUTCString() }) : json(res, 200, room),
    );
    await client().rooms.get("abcd-efgh-ijkl");
    // HTTP dates have whole-second precision, so the wait is at least ~0.5 s.
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(450);
  });

  it("retries 429 on POST too (the request was refused, not processed)", async () => {
    server.handle((_req, res, i) => (i === 0 ? json(res, 429, {}, { "retry-after": "0" }) : json(res, 200, room)));
    await expect(client().rooms.create({})).resolves.toEqual(room);
    expect(server.requests).toHaveLength(2);
  });

  it("gives up when Retry-After is beyond the cap, reporting retryAfter", async () => {
    server.handle((_req, res) => json(res, 429, { message: "later" }, { "retry-after": "120" }));
    const error = (await rejectionOf(client({ maxRetryDelay: 1000 }).rooms.get("abcd-efgh-ijkl"))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(120);
    expect(server.requests).toHaveLength(1);
  });

  it("retries 503 on GET", async () => {
    server.handle((_req, res, i) => (i < 2 ? json(res, 503, { message: "busy" }) : json(res, 200, room)));
    await expect(client().rooms.get("abcd-efgh-ijkl")).resolves.toEqual(room);
    expect(server.requests).toHaveLength(3);
  });

  it("never retries 503 on POST", async () => {
    server.handle((_req, res) => json(res, 503, { message: "busy" }));
    const error = await rejectionOf(client().rooms.create({}));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("reports the attempt count when retries are exhausted", async () => {
    server.handle((_req, res) => json(res, 500, { message: "down" }));
    const error = await rejectionOf(client({ maxRetries: 3 }).rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.attempts).toBe(4);
    expect(server.requests).toHaveLength(4);
  });

  it("takes maxRetries per call", async () => {
    server.handle((_req, res) => json(res, 500, {}));
    const error = await rejectionOf(client().rooms.get("abcd-efgh-ijkl", { maxRetries: 0 }));
    expect(error.attempts).toBe(1);
  });
});

describe("connection faults", () => {
  it("gives ConnectionError on a reset connection, retried on GET", async () => {
    server.handle((_req, res) => void res.socket!.destroy());
    const error = await rejectionOf(client().rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it("does not resend a POST after a reset", async () => {
    server.handle((_req, res) => void res.socket!.destroy());
    const error = await rejectionOf(client().rooms.create({}));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("gives TimeoutError when an attempt is too slow", async () => {
    server.handle((_req, res) => {
      setTimeout(() => json(res, 200, room), 1500).unref();
    });
    // Long enough that a busy machine's late timers still leave the second attempt some of the budget.
    const error = await rejectionOf(client({ timeout: 200, maxRetries: 1 }).rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.attempts).toBe(2);
    // The backoff came out of the call's budget of 2 × 200 ms: the last attempt had what was left.
    expect(error.message).toMatch(/within \d+ ms \(what was left of the call's budget\)/);
    const single = await rejectionOf(client({ timeout: 200, maxRetries: 0 }).rooms.get("abcd-efgh-ijkl"));
    expect(single.message).toContain("no complete answer within 200 ms");
  });

  it("does not retry an aborted call, and rejects with RequestAbortedError caused by the abort reason", async () => {
    server.handle((_req, res) => {
      setTimeout(() => json(res, 200, room), 500).unref();
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await rejectionOf(client().rooms.get("abcd-efgh-ijkl", { signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error.cause as Error).name).toBe("AbortError");
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("gives ConnectionError when nothing listens", async () => {
    const closed = await startServer();
    const url = closed.url;
    await closed.close();
    const error = await rejectionOf(createVideoSDK({ token: TOKEN, baseUrl: url, maxRetries: 0 }).rooms.get("x"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain("ECONNREFUSED");
  });
});
