/** videosdk-api/validate: drift in requests and answers, reported with the operation and the JSON path. */
import { describe, expect, it } from "vitest";
import { createPathClient, createVideoSDK } from "../../src/index.js";
import { createValidationMiddleware, type SpecDrift, SpecDriftError } from "../../src/validate/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const server = useTestServer();

const room = {
  id: "6283f7b1f2e3a1c4d5e6f7a8",
  roomId: "abcd-efgh-ijkl",
  disabled: false,
  createdAt: "2026-01-01T10:00:00.000Z",
  updatedAt: "2026-01-01T10:00:00.000Z",
};

function clientWith(mode: "warn" | "strict") {
  const drifts: SpecDrift[] = [];
  const vsdk = createVideoSDK({
    token: "t",
    baseUrl: server.url,
    maxRetries: 0,
    middleware: [createValidationMiddleware({ mode, onDrift: (drift) => void drifts.push(drift) })],
  });
  return { vsdk, drifts };
}

describe("createValidationMiddleware", () => {
  it("stays quiet for answers that match the spec", async () => {
    server.handle((_req, res) => json(res, 200, room));
    const { vsdk, drifts } = clientWith("warn");
    await vsdk.rooms.get("abcd-efgh-ijkl");
    await vsdk.rooms.create({ customRoomId: "weekly" });
    expect(drifts).toEqual([]);
  });

  it("reports drifted answers in warn mode, with the operationId and the JSON path, and lets them through", async () => {
    server.handle((_req, res) => json(res, 200, { ...room, roomId: 42, disabled: "no" }));
    const { vsdk, drifts } = clientWith("warn");
    expect((await vsdk.rooms.get("abcd-efgh-ijkl")).roomId).toBe(42);
    expect(drifts).toHaveLength(1);
    expect(drifts[0]).toMatchObject({ operationId: "getRoom", direction: "response", status: 200 });
    expect(drifts[0]!.issues.map((issue) => issue.path).sort()).toEqual(["response/disabled", "response/roomId"]);
  });

  it("fails the call in strict mode", async () => {
    server.handle((_req, res) => json(res, 200, { ...room, createdAt: 5 }));
    const error = await rejectionOf<SpecDriftError>(clientWith("strict").vsdk.rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(SpecDriftError);
    expect(error.direction).toBe("response");
    expect(error.message).toMatch(/^getRoom response 200 differs from the spec: response\/createdAt must be string/);
  });

  it("checks requests before sending: body, query and path values", async () => {
    server.handle((_req, res) => json(res, 200, "Recording started successfully"));
    const strict = clientWith("strict").vsdk;
    const error = await rejectionOf<SpecDriftError>(strict.recordings.start({ roomId: 42 } as never));
    expect(error.direction).toBe("request");
    expect(error.issues).toEqual([{ path: "body/roomId", message: "must be string" }]);
    expect(server.requests).toHaveLength(0);

    // The path client sends what it is given: the query is checked as text, coerced to the spec's types.
    const drifts: SpecDrift[] = [];
    const api = createPathClient({
      token: "t",
      baseUrl: server.url,
      middleware: [createValidationMiddleware({ check: "requests", onDrift: (drift) => void drifts.push(drift) })],
    });
    server.handle((_req, res) =>
      json(res, 200, { pageInfo: { currentPage: 1, perPage: 1, lastPage: 1, total: 0 }, data: [] }),
    );
    await api.GET("/v2/rooms", { params: { query: { perPage: "many" as never, page: 2 } } });
    await api.GET("/v2/rooms", { params: { query: { perPage: 5 } } });
    expect(drifts).toEqual([
      {
        operationId: "listRooms",
        direction: "request",
        issues: [{ path: "query/perPage", message: "must be integer" }],
      },
    ]);
  });

  it("serves the path client too, matching by method and schema path", async () => {
    server.handle((_req, res) => json(res, 200, { ...room, roomId: null }));
    const drifts: SpecDrift[] = [];
    const api = createPathClient({
      token: "t",
      baseUrl: server.url,
      middleware: [createValidationMiddleware({ onDrift: (drift) => void drifts.push(drift) })],
    });
    await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "abcd-efgh-ijkl" } } });
    expect(drifts.map((drift) => [drift.operationId, drift.issues[0]?.path])).toEqual([["getRoom", "response/roomId"]]);
  });

  it("refuses an unknown mode", () => {
    expect(() => createValidationMiddleware({ mode: "loud" as never })).toThrow(/mode/);
  });
});
