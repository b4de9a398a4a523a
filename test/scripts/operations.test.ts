/** The generator's reading of the spec: the SDK naming rule, and the problems it refuses to generate around. */
import { describe, expect, it } from "vitest";
import { collectOperations, sdkMethodName } from "../../scripts/lib/operations.js";

const ERRORS = { "400": { description: "bad" } };

function specWith(paths: Record<string, unknown>) {
  return { openapi: "3.1.0", paths, components: { parameters: { Page: { name: "page", in: "query" } } } };
}

describe("the SDK naming rule", () => {
  it.each([
    ["createRoom", "rooms", "create"],
    ["listRooms", "rooms", "list"],
    ["listSessionParticipants", "sessions", "listParticipants"],
    ["getSessionParticipantStats", "sessions", "getParticipantStats"],
    ["captureHlsThumbnail", "hls", "captureThumbnail"],
    ["getActiveHls", "hls", "getActive"],
    ["stopTrackRecording", "trackRecordings", "stop"],
    ["getWebhookPublicKey", "webhooks", "getPublicKey"],
  ])("%s in %s → %s", (operationId, tag, expected) => {
    expect(sdkMethodName(operationId, tag)).toBe(expected);
  });

  it("takes the noun only as whole camel-case words", () => {
    // "Room" inside "Roomy" is not the noun.
    expect(() => sdkMethodName("createRoomy", "rooms")).toThrow(/does not contain the noun/);
    expect(() => sdkMethodName("deleteThing", "rooms")).toThrow(/rooms/);
  });
});

describe("collectOperations", () => {
  it("reads path parameters, input kind and pagination", () => {
    const [op] = collectOperations(
      specWith({
        "/v2/rooms/{roomId}/things": {
          get: {
            operationId: "listRoomThings",
            tags: ["rooms"],
            parameters: [{ $ref: "#/components/parameters/Page" }],
            "x-pagination": { style: "page", items: "data.things", pageInfo: "pageInfo" },
            responses: ERRORS,
          },
        },
      }),
    );
    expect(op).toMatchObject({
      methodName: "listThings",
      pathParams: ["roomId"],
      queryParams: ["page"],
      hasBody: false,
      pagination: { style: "page", items: ["data", "things"], pageInfo: "pageInfo" },
    });
  });

  it("refuses two operations that would become the same method, and a malformed pagination extension", () => {
    const spec = specWith({
      "/a": { get: { operationId: "getRoom", tags: ["rooms"], responses: ERRORS } },
      "/b": { get: { operationId: "getRooms", tags: ["rooms"], "x-pagination": { items: "data" }, responses: ERRORS } },
    });
    expect(() => collectOperations(spec)).toThrow(/getRooms and getRoom both become rooms\.get/);
    expect(() => collectOperations(spec)).toThrow(/x-pagination needs/);
  });

  it("refuses an operation with several tags, or with both a body and a query", () => {
    expect(() =>
      collectOperations(
        specWith({ "/a": { get: { operationId: "getRoom", tags: ["rooms", "hls"], responses: ERRORS } } }),
      ),
    ).toThrow(/exactly one tag/);
    expect(() =>
      collectOperations(
        specWith({
          "/a": {
            post: {
              operationId: "createRoom",
              tags: ["rooms"],
              requestBody: {},
              parameters: [{ name: "q", in: "query" }],
              responses: ERRORS,
            },
          },
        }),
      ),
    ).toThrow(/both a body and a query/);
  });

  it("reads x-waiters into waiters, and refuses malformed ones", () => {
    const [op] = collectOperations(
      specWith({
        "/v2/jobs/{jobId}": {
          get: {
            operationId: "getJob",
            tags: ["jobs"],
            "x-waiters": {
              waitUntilDone: {
                description: "Polls the job.",
                success: { path: "data.status", equals: ["done"] },
                failure: { path: "data.error", exists: true },
                pending: [404],
                interval: 1000,
                timeout: 60000,
              },
            },
            responses: ERRORS,
          },
        },
      }),
    );
    expect(op!.waiters).toEqual([
      {
        name: "waitUntilDone",
        description: "Polls the job.",
        success: { path: ["data", "status"], equals: ["done"] },
        failure: { path: ["data", "error"], exists: true },
        pending: [404],
        interval: 1000,
        timeout: 60000,
      },
    ]);
    const bad =
      (waiter: unknown, method = "get") =>
      () =>
        collectOperations(
          specWith({
            "/v2/jobs/{jobId}": {
              [method]: { operationId: "getJob", tags: ["jobs"], "x-waiters": waiter, responses: ERRORS },
            },
          }),
        );
    const valid = { success: { path: "status", equals: ["done"] }, interval: 1, timeout: 1 };
    expect(bad({ untilDone: valid })).toThrow(/starts with "wait"/);
    expect(bad({ waitUntilDone: { ...valid, success: { path: "status" } } })).toThrow(/success and failure/);
    expect(bad({ waitUntilDone: { ...valid, pending: [200] } })).toThrow(/pending/);
    expect(bad({ waitUntilDone: { ...valid, timeout: 0 } })).toThrow(/interval and timeout/);
    expect(bad({ waitUntilDone: valid }, "post")).toThrow(/GET operation/);
    expect(bad({ waitUntilDone: valid, waitForJob: valid, waitUntilDone2: valid })).not.toThrow();
  });
});
