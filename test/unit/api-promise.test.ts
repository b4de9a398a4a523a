/** Response metadata and the result style, on every facade call and on list methods. */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { type APIError, createVideoSDK, NotFoundError, VideoSDKError } from "../../src/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const room = { roomId: "abcd-efgh-ijkl" };
const server = useTestServer();

const vsdk = (overrides: Record<string, unknown> = {}) =>
  createVideoSDK({ token: "test-token", baseUrl: server.url, initialRetryDelay: 1, ...overrides });

describe(".withResponse()", () => {
  it("gives the parsed body, the Response and meta: request id, attempts, time, rate limits", async () => {
    server.handle((_req, res, i) =>
      i === 0
        ? json(res, 503, { message: "busy" })
        : json(res, 200, room, {
            "x-request-id": "req-42",
            "x-ratelimit-limit": "100",
            "x-ratelimit-remaining": "99",
            "x-ratelimit-reset": "30",
          }),
    );
    const { data, response, meta } = await vsdk().rooms.get("abcd-efgh-ijkl").withResponse();
    expect(data).toEqual(room);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-42");
    expect(meta).toMatchObject({
      requestId: "req-42",
      attempts: 2,
      rateLimit: { limit: 100, remaining: 99, reset: 30 },
    });
    expect(meta.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(meta.retryAfter).toBeUndefined();
  });

  it("reads the ratelimit-* forms, request-id, and Retry-After", async () => {
    server.handle((_req, res) =>
      json(res, 200, room, { "request-id": "r-7", "ratelimit-remaining": "3", "retry-after": "5" }),
    );
    const { meta } = await vsdk().rooms.get("x").withResponse();
    expect(meta.requestId).toBe("r-7");
    expect(meta.rateLimit).toEqual({ limit: undefined, remaining: 3, reset: undefined });
    expect(meta.retryAfter).toBe(5);
  });

  it("is plain data: spread, structuredClone, JSON and console.log show every field", async () => {
    server.handle((_req, res) => json(res, 200, room, { "x-request-id": "req-9", "x-ratelimit-remaining": "4" }));
    const { meta } = await vsdk().rooms.get("x").withResponse();
    const fields = {
      requestId: "req-9",
      attempts: 1,
      elapsedMs: expect.any(Number),
      retryAfter: undefined,
      rateLimit: { limit: undefined, remaining: 4, reset: undefined },
    };
    expect({ ...meta }).toEqual(fields);
    expect(structuredClone(meta)).toEqual(fields);
    expect(JSON.parse(JSON.stringify(meta))).toMatchObject({ requestId: "req-9", rateLimit: { remaining: 4 } });
    expect(inspect(meta)).toContain("requestId: 'req-9'");
    meta.requestId = "mine";
    expect(meta.requestId).toBe("mine");
  });

  it("keeps an error's meta as the answer was, whatever happens to that Response later", async () => {
    const answer = new Response(JSON.stringify({ message: "gone" }), {
      status: 404,
      headers: { "content-type": "application/json", "x-request-id": "as-answered" },
    });
    const error = await rejectionOf<NotFoundError>(
      vsdk({ middleware: [{ onResponse: () => answer }] })
        .rooms.get("x")
        .then(() => undefined),
    );
    answer.headers.set("x-request-id", "changed-later");
    expect(error.meta).toMatchObject({ requestId: "as-answered", attempts: 1 });
  });

  it("describes the last answer of a retried call, not the first", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 503, { message: "busy" }, { "x-request-id": "first" }) : json(res, 200, room, {}),
    );
    const { meta } = await vsdk().rooms.get("x").withResponse();
    expect(meta.attempts).toBe(2);
    expect(meta.requestId).toBeUndefined();
  });

  it("is on the first page of a list; iteration is unchanged", async () => {
    server.handle((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      json(
        res,
        200,
        { pageInfo: { currentPage: page, perPage: 1, lastPage: 2, total: 2 }, data: [{ id: `r${page}` }] },
        {
          "x-request-id": `page-${page}`,
        },
      );
    });
    const list = vsdk().rooms.list({ perPage: 1 });
    const first = await list.withResponse();
    expect(first.data.data).toEqual([{ id: "r1" }]);
    expect(first.meta.requestId).toBe("page-1");
    expect(await list.toArray()).toEqual([{ id: "r1" }, { id: "r2" }]);
    // The first page was fetched once, for withResponse, await and iteration alike.
    expect(server.requests).toHaveLength(2);
  });

  it("rejects like the call, and the error carries the same meta", async () => {
    server.handle((_req, res) => json(res, 404, { message: "no such room" }, { "x-request-id": "req-404" }));
    const error = await rejectionOf<APIError>(vsdk().rooms.get("x").withResponse());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.meta).toMatchObject({ requestId: "req-404", attempts: 1 });
  });
});

describe(".result()", () => {
  it("never rejects: data on success, a typed error on failure", async () => {
    server.handle((_req, res) => json(res, 200, room));
    expect(await vsdk().rooms.get("x").result()).toEqual({ data: room, error: undefined });

    server.handle((_req, res) => json(res, 404, { message: "no such room" }));
    const failed = await vsdk().rooms.get("x").result();
    expect(failed.data).toBeUndefined();
    expect(failed.error).toBeInstanceOf(NotFoundError);
    if (failed.error instanceof NotFoundError) expect(failed.error.status).toBe(404);

    const invalid = await vsdk().rooms.get("..").result();
    expect(invalid.error).toBeInstanceOf(VideoSDKError);
  });

  it("leaves no unhandled rejection when only result() or withResponse() is used", async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listener);
    try {
      server.handle((_req, res) => json(res, 500, { message: "down" }));
      await vsdk({ maxRetries: 0 }).rooms.get("x").result();
      await vsdk({ maxRetries: 0 })
        .rooms.get("x")
        .withResponse()
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });

  it("is still a Promise, awaited as before", async () => {
    server.handle((_req, res) => json(res, 200, room));
    const call = vsdk().rooms.get("x");
    expect(call).toBeInstanceOf(Promise);
    expect(await call).toEqual(room);
    expect(await Promise.all([vsdk().rooms.get("x"), vsdk().rooms.get("y")])).toEqual([room, room]);
  });
});
