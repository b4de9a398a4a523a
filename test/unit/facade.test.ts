/** Inputs reach only the endpoint they name: path values, query and body, checked before anything is sent. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPathClient, createVideoSDK, InvalidRequestError } from "../../src/index.js";
import { json, startServer, type TestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, 200, { roomId: "abcd-efgh-ijkl" }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

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
