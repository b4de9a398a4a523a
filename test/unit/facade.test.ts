/** Inputs reach only the endpoint they name: path values, query and body, checked before anything is sent. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createPathClient, createVideoSDK, InvalidRequestError } from "../../src/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const server = useTestServer((_req, res) => json(res, 200, { roomId: "abcd-efgh-ijkl" }));

const vsdk = () => createVideoSDK({ token: "test-token", baseUrl: server.url, maxRetries: 0 });
const loosely = <T>(method: T) => method as unknown as (...args: unknown[]) => Promise<unknown>;

async function refused(call: Promise<unknown>, field: string): Promise<InvalidRequestError> {
  const error = await rejectionOf<InvalidRequestError>(call);
  expect(error).toBeInstanceOf(InvalidRequestError);
  expect(error.field).toBe(field);
  expect(error.message).toContain(field);
  return error;
}

describe("path parameters", () => {
  it.each([
    [".", "cannot be"],
    ["..", "cannot be"],
    ["", "non-empty string"],
    [undefined, "non-empty string"],
    [null, "non-empty string"],
    [42, "non-empty string"],
    [{ roomId: "x" }, "non-empty string"],
    [["abcd"], "non-empty string"],
  ])("refuses %j, naming the parameter, and sends nothing", async (value, why) => {
    const error = await refused(loosely(vsdk().rooms.update)(value, { templateId: "t" }), "roomId");
    expect(error.message).toContain(why);
    await refused(loosely(vsdk().sessions.getParticipantStats)("s1", value), "participantId");
    expect(server.requests).toHaveLength(0);
  });

  it("encodes every other value as exactly one path segment", async () => {
    for (const value of ["a/b", "a?b#c", "%2e%2e", "...", "a b", "ümlaut", "a\\b"]) {
      await vsdk().rooms.get(value);
    }
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v2/rooms/a%2Fb",
      "/v2/rooms/a%3Fb%23c",
      "/v2/rooms/%252e%252e",
      "/v2/rooms/...",
      "/v2/rooms/a%20b",
      "/v2/rooms/%C3%BCmlaut",
      "/v2/rooms/a%5Cb",
    ]);
  });

  it("the path client types its failures too: a non-JSON success, a header value HTTP refuses, a bad query", async () => {
    const api = createPathClient({ token: "test-token", baseUrl: server.url, maxRetries: 0 });
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("<html>");
    });
    const notJson = await rejectionOf(api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "x" } } }));
    expect(notJson.name).toBe("InvalidResponseError");
    const header = await rejectionOf(
      api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "x" } }, headers: { "x-key": "sk_live_123\nx" } }),
    );
    expect(header).toBeInstanceOf(InvalidRequestError);
    expect(`${header.message}${String(header.cause)}`).not.toContain("sk_live_123");
    server.requests.length = 0;
    await refused(api.GET("/v2/rooms", { params: { query: { page: { a: 1 } as never } } }), "page");
    expect(server.requests).toHaveLength(0);
    server.handle((_req, res) => json(res, 200, { roomId: "abcd-efgh-ijkl" }));
  });

  it("holds for the path client too", async () => {
    const api = createPathClient({ token: "test-token", baseUrl: server.url, maxRetries: 0 });
    for (const roomId of [".", "..", ""]) {
      await refused(api.GET("/v2/rooms/{roomId}", { params: { path: { roomId } } }), "roomId");
    }
    await refused(api.GET("/v2/rooms/{roomId}", {} as never), "roomId");
    expect(server.requests).toHaveLength(0);
    await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "a/b" } } });
    expect(server.requests.map((r) => r.url)).toEqual(["/v2/rooms/a%2Fb"]);
  });
});

describe("query", () => {
  it("must be a plain object", async () => {
    for (const query of ["roomId=abc", ["a", "b"], new Date(), 42]) {
      await refused(loosely(vsdk().recordings.get)("rec-1", query), "query");
    }
    expect(server.requests).toHaveLength(0);
  });

  it("refuses values other than strings, finite numbers, booleans, Dates and arrays of those, naming the key", async () => {
    for (const value of [
      { nested: 1 },
      () => 1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Symbol("s"),
      10n,
      new Date("x"),
    ]) {
      await refused(loosely(vsdk().recordings.get)("rec-1", { roomId: value }), "roomId");
    }
    await refused(loosely(vsdk().recordings.get)("rec-1", { roomId: ["a", { b: 1 }] }), "roomId");
    expect(server.requests).toHaveLength(0);
  });

  it("sends dates as ISO 8601 and arrays comma-joined; refuses an element holding a comma", async () => {
    const get = loosely(vsdk().recordings.get);
    await get("rec-1", { from: new Date(Date.UTC(2026, 10, 29, 7, 30)), status: ["a", "b"], n: 5, flag: false });
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v2/recordings/rec-1?from=2026-11-29T07%3A30%3A00.000Z&status=a,b&n=5&flag=false",
    ]);
    await refused(get("rec-1", { status: ["a,b", "c"] }), "status");
    expect(server.requests).toHaveLength(1);
  });
});

describe("body", () => {
  it("refuses what JSON cannot carry, with InvalidRequestError rather than a TypeError", async () => {
    const cyclic: Record<string, unknown> = { customRoomId: "x" };
    cyclic.self = cyclic;
    const create = loosely(vsdk().rooms.create);
    await refused(create({ customRoomId: 10n }), "body");
    await refused(create(cyclic), "body");
    await refused(create("customRoomId=x"), "body");
    await refused(create([{ customRoomId: "x" }]), "body");
    expect(server.requests).toHaveLength(0);
  });

  it("sends an omitted optional body as {}", async () => {
    await vsdk().rooms.create();
    expect(server.requests[0]!.body).toBe("{}");
  });
});

describe("request preview", () => {
  it("builds the exact request without sending it, the token redacted unless asked", async () => {
    const client = createVideoSDK({ token: "real.jwt.token", baseUrl: server.url, headers: { "X-Team": "web" } });
    const preview = await client.rooms.create.preview({ customRoomId: "it's weekly" }, { headers: { "x-trace": "1" } });
    expect(preview).toMatchObject({
      method: "POST",
      url: `${server.url}/v2/rooms`,
      body: '{"customRoomId":"it\'s weekly"}',
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        authorization: "[redacted]",
        "x-team": "web",
        "x-trace": "1",
      },
    });
    expect(preview.toCurl()).toBe(
      `curl -X POST '${server.url}/v2/rooms' -H 'accept: application/json' -H 'authorization: [redacted]' ` +
        `-H 'content-type: application/json' -H 'x-team: web' -H 'x-trace: 1' --data-raw '{"customRoomId":"it'\\''s weekly"}'`,
    );
    const revealed = await client.rooms.create.preview({}, { revealToken: true });
    expect(revealed.headers.authorization).toBe("real.jwt.token");
    expect(server.requests).toHaveLength(0);
  });

  it("encodes paths and queries as the call would, and refuses what the call refuses", async () => {
    const preview = await vsdk().recordings.list.preview({ roomId: "a b", page: 2, perPage: 5 });
    expect(preview.url).toBe(`${server.url}/v2/recordings?roomId=a%20b&page=2&perPage=5`);
    expect(preview.toCurl()).toBe(
      `curl '${server.url}/v2/recordings?roomId=a%20b&page=2&perPage=5' -H 'accept: application/json' -H 'authorization: [redacted]'`,
    );
    await refused(loosely(vsdk().rooms.get.preview)(".."), "roomId");
    expect(server.requests).toHaveLength(0);
  });

  it("is runnable: the curl command sends the same request", async () => {
    const run = promisify(execFile);
    if (
      !(await run("curl", ["--version"]).then(
        () => true,
        () => false,
      ))
    )
      return;
    const preview = await createVideoSDK({ token: "t0k", baseUrl: server.url }).rooms.create.preview(
      { customRoomId: "a'b\"c $HOME" },
      { revealToken: true },
    );
    await run("sh", ["-c", `${preview.toCurl()} --silent --max-time 10`]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toBe(preview.body);
    expect(server.requests[0]!.headers.authorization).toBe("t0k");
  });
});
