/** Shared back-pressure (a 429's Retry-After holds its resource, within each call's budget) and the circuit breaker. */
import { describe, expect, it } from "vitest";
import {
  CircuitOpenError,
  type CircuitState,
  createCircuitBreaker,
  createVideoSDK,
  RateLimitError,
  RequestAbortedError,
} from "../../src/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const room = { roomId: "abcd-efgh-ijkl" };
const server = useTestServer();

describe("shared back-pressure", () => {
  it("holds later calls to a resource for its Retry-After, instead of each spending its retries", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 429, { message: "slow down" }, { "retry-after": "1" }) : json(res, 200, room),
    );
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url });
    const first = vsdk.rooms.get("first");
    // Just after the 429 has arrived:
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const limitedAt = server.requests[0]!.at;
    const more = Array.from({ length: 20 }, () => vsdk.rooms.get("first"));
    const results = await Promise.all([first, ...more]);
    expect(results).toHaveLength(21);
    expect(results.every((result) => result.roomId === room.roomId)).toBe(true);
    const later = server.requests.slice(1);
    expect(later).toHaveLength(21);
    for (const request of later) expect(request.at - limitedAt).toBeGreaterThanOrEqual(950);
  });

  it("holds only that resource: other rooms on the same route, and other routes, go at once", async () => {
    server.handle((req, res) =>
      req.url === "/v2/rooms/x" && server.requests.length === 1
        ? json(res, 429, {}, { "retry-after": "30" })
        : json(res, 200, { ...room, pageInfo: { currentPage: 1, perPage: 1, lastPage: 1, total: 0 }, data: [] }),
    );
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0, timeout: 60_000 });
    await rejectionOf(vsdk.rooms.get("x")).then((error) => expect(error).toBeInstanceOf(RateLimitError));
    await expect(vsdk.rooms.get("y")).resolves.toMatchObject(room);
    await vsdk.sessions.list({ roomId: "r" });
    expect(server.requests.map((request) => request.url.split("?")[0])).toEqual([
      "/v2/rooms/x",
      "/v2/rooms/y",
      "/v2/sessions",
    ]);
  });

  it("a waiting call still honours its signal; one whose budget ends before the window fails at once", async () => {
    server.handle((_req, res, i) => (i === 0 ? json(res, 429, {}, { "retry-after": "2" }) : json(res, 200, room)));
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0 });
    await rejectionOf(vsdk.rooms.get("x"));
    const aborted = await rejectionOf(vsdk.rooms.get("x", { signal: AbortSignal.timeout(100) }));
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    // timeout × attempts = 3 × 300 ms: less than the 2 s window.
    const tooShort = await rejectionOf<RateLimitError>(vsdk.rooms.get("x", { timeout: 300, maxRetries: 2 }));
    expect(tooShort).toBeInstanceOf(RateLimitError);
    expect(tooShort.retryAfter).toBeGreaterThanOrEqual(1);
    expect(server.requests).toHaveLength(1);
  });

  it("does not share a Retry-After longer than maxRetryDelay: the next call to the resource is sent", async () => {
    server.handle((_req, res) => json(res, 429, {}, { "retry-after": "3600" }));
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, maxRetryDelay: 1000 });
    const first = await rejectionOf<RateLimitError>(vsdk.rooms.get("x"));
    expect(first).toBeInstanceOf(RateLimitError);
    expect(first.retryAfter).toBe(3600);
    const second = await rejectionOf<RateLimitError>(vsdk.rooms.get("x"));
    expect(second).toBeInstanceOf(RateLimitError);
    // Each call was sent once, and neither retried past the cap.
    expect(server.requests).toHaveLength(2);
  });

  it("waits out a Retry-After only within the call's budget: timeout 1500 and Retry-After 59 fail at once", async () => {
    server.handle((_req, res) => json(res, 429, { message: "slow down" }, { "retry-after": "59" }));
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, timeout: 1500 });
    const error = await rejectionOf<RateLimitError>(vsdk.rooms.get("x"));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(59);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("no call outlives timeout × attempts: retries stop when the next wait would not fit", async () => {
    // Every retry waits 300 ms; a budget of 6 × 230 ms leaves room for four waits, not five.
    server.handle((_req, res) => json(res, 503, {}, { "retry-after": "0.3" }));
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, timeout: 230, maxRetries: 5 });
    const error = await rejectionOf(vsdk.rooms.get("x"));
    expect(error.name).toBe("InternalServerError");
    expect(error.attempts).toBe(5);
    expect(server.requests).toHaveLength(5);
  });

  it("clearRateLimits() forgets the windows: the next call is sent at once", async () => {
    server.handle((_req, res, i) => (i === 0 ? json(res, 429, {}, { "retry-after": "30" }) : json(res, 200, room)));
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0, timeout: 60_000 });
    await rejectionOf(vsdk.rooms.get("x"));
    vsdk.clearRateLimits();
    await expect(vsdk.rooms.get("x")).resolves.toEqual(room);
    expect(server.requests).toHaveLength(2);
  });
});

describe("circuit breaker", () => {
  it("opens after consecutive failures, fails fast, half-opens with one probe, and closes on success", async () => {
    let healthy = false;
    server.handle((_req, res) => (healthy ? json(res, 200, room) : json(res, 503, { message: "down" })));
    const changes: string[] = [];
    const vsdk = createVideoSDK({
      token: "t",
      baseUrl: server.url,
      maxRetries: 0,
      circuitBreaker: createCircuitBreaker({
        failures: 3,
        resetAfter: 200,
        onStateChange: (state: CircuitState, previous: CircuitState) => changes.push(`${previous}→${state}`),
      }),
    });
    for (let i = 0; i < 3; i++) await rejectionOf(vsdk.rooms.get("x"));
    expect(changes).toEqual(["closed→open"]);
    const fast = await rejectionOf(vsdk.rooms.get("x"));
    expect(fast).toBeInstanceOf(CircuitOpenError);
    expect(server.requests).toHaveLength(3);

    await new Promise((resolve) => setTimeout(resolve, 250));
    healthy = true;
    // One probe goes through; the calls alongside it still fail fast.
    const [probe, beside] = await Promise.allSettled([vsdk.rooms.get("probe"), vsdk.rooms.get("beside")]);
    expect(probe.status).toBe("fulfilled");
    expect(beside.status === "rejected" && beside.reason instanceof CircuitOpenError).toBe(true);
    expect(changes).toEqual(["closed→open", "open→half-open", "half-open→closed"]);
    await expect(vsdk.rooms.get("x")).resolves.toEqual(room);
  });

  it("can be shared by several clients of one origin", async () => {
    server.handle((_req, res) => json(res, 502, {}));
    const breaker = createCircuitBreaker({ failures: 2, resetAfter: 60_000 });
    const one = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0, circuitBreaker: breaker });
    const two = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0, circuitBreaker: breaker });
    await rejectionOf(one.rooms.get("x"));
    await rejectionOf(two.rooms.get("x"));
    expect(breaker.state).toBe("open");
    expect(await rejectionOf(one.rooms.get("x"))).toBeInstanceOf(CircuitOpenError);
    expect(server.requests).toHaveLength(2);
  });

  it("re-opens when the probe fails, and is off unless asked for", async () => {
    server.handle((_req, res) => json(res, 500, {}));
    const states: CircuitState[] = [];
    const vsdk = createVideoSDK({
      token: "t",
      baseUrl: server.url,
      maxRetries: 0,
      circuitBreaker: createCircuitBreaker({
        failures: 1,
        resetAfter: 50,
        onStateChange: (state) => void states.push(state),
      }),
    });
    await rejectionOf(vsdk.rooms.get("x"));
    await new Promise((resolve) => setTimeout(resolve, 80));
    await rejectionOf(vsdk.rooms.get("probe"));
    expect(states).toEqual(["open", "half-open", "open"]);

    const plain = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0 });
    for (let i = 0; i < 10; i++) await rejectionOf(plain.rooms.get("x"));
    expect(server.requests).toHaveLength(2 + 10);
    expect(() => createCircuitBreaker({ failures: 0 })).toThrow(/failures/);
    expect(() => createVideoSDK({ token: "t", circuitBreaker: { failures: 3 } as never })).toThrow(
      /createCircuitBreaker/,
    );
  });
});

describe("the breaker and the gate, at the edges", () => {
  it("frees the half-open probe when it ends without an outcome (aborted, a token failure, a redirect)", async () => {
    let healthy = false;
    server.handle((_req, res) => (healthy ? json(res, 200, room) : json(res, 500, {})));
    const breaker = createCircuitBreaker({ failures: 1, resetAfter: 30 });
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0, circuitBreaker: breaker });
    await rejectionOf(vsdk.rooms.get("x"));
    expect(breaker.state).toBe("open");
    await new Promise((resolve) => setTimeout(resolve, 40));
    // The probe is aborted before any answer: the breaker learns nothing, and the next call may probe.
    server.handle((_req, res) => {
      setTimeout(() => json(res, 200, room), 200).unref();
    });
    const aborted = await rejectionOf(vsdk.rooms.get("probe", { signal: AbortSignal.timeout(20) }));
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    healthy = true;
    server.handle((_req, res) => json(res, 200, room));
    await expect(vsdk.rooms.get("next probe")).resolves.toEqual(room);
    expect(breaker.state).toBe("closed");
  });

  it("a throwing onStateChange does not change the call's outcome", async () => {
    server.handle((_req, res) => json(res, 500, { message: "down" }));
    const breaker = createCircuitBreaker({
      failures: 1,
      onStateChange: () => {
        throw new Error("hook broke");
      },
    });
    const error = await rejectionOf(
      createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0, circuitBreaker: breaker }).rooms.get("x"),
    );
    expect(error.name).toBe("InternalServerError");
  });

  it("a call that would wait at the gate past its own timeout fails at once with RateLimitError, unsent, uncounted", async () => {
    server.handle((_req, res) => json(res, 429, {}, { "retry-after": "3" }));
    const breaker = createCircuitBreaker({ failures: 2 });
    const vsdk = createVideoSDK({ token: "t", baseUrl: server.url, maxRetries: 0, circuitBreaker: breaker });
    await rejectionOf(vsdk.rooms.create({}));
    const started = Date.now();
    for (let i = 0; i < 3; i++) {
      const error = await rejectionOf(vsdk.rooms.create({}, { timeout: 300 }));
      expect(error).toBeInstanceOf(RateLimitError);
    }
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.requests).toHaveLength(1);
    expect(breaker.state).toBe("closed");
  });
});
