/** What the mock rejects, and how the client surfaces it: the typed error for the status returned. */
import { describe, expect, it } from "vitest";
import {
  type APIError,
  AuthenticationError,
  BadRequestError,
  createVideoSDK,
  NotFoundError,
  PaginationError,
  RateLimitError,
} from "../../src/index.js";
import { rejectionOf } from "../support/rejection.js";
import { MOCK_TOKEN, mockClient, mockUrl } from "./support.js";

describe("negative cases against the mock", () => {
  it("no Authorization header: AuthenticationError from the mock's security check", async () => {
    // A fetch that drops the header, as a misconfigured proxy would.
    const stripping: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.delete("authorization");
      return fetch(input, { ...init, headers });
    };
    const vsdk = createVideoSDK({ token: MOCK_TOKEN, baseUrl: mockUrl(), fetch: stripping, maxRetries: 0 });
    const error = await rejectionOf<APIError>(vsdk.rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
  });

  it("a body field of the wrong type is rejected: BadRequestError", async () => {
    const error = await rejectionOf<APIError>(mockClient().recordings.start({ roomId: 42 } as never));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.status).toBe(400);
    expect(error.operationId).toBe("startRecording");
  });

  it("a missing required field is rejected: BadRequestError", async () => {
    const error = await rejectionOf<APIError>(
      mockClient().trackRecordings.start({ roomId: "abcd-efgh-ijkl", participantId: "abcd" } as never),
    );
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it("an enum value outside the spec is rejected", async () => {
    const error = await rejectionOf<APIError>(
      mockClient().trackRecordings.start({ roomId: "r", participantId: "p", kind: "microphone" } as never),
    );
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it("a missing required query parameter is rejected", async () => {
    const error = await rejectionOf<APIError>(mockClient().trackRecordings.list({} as never));
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it.each(["404", "402"])("Prefer: code=%s gives NotFoundError", async (code) => {
    const error = await rejectionOf<APIError>(
      mockClient().rooms.validate("zzzz-zzzz-zzzz", { headers: { prefer: `code=${code}` } }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(Number(code));
    expect(error.message.length).toBeGreaterThan(0);
  });

  it("Prefer: code=429 gives RateLimitError after the configured retries, honouring Retry-After", async () => {
    const vsdk = mockClient({ maxRetries: 1 });
    const started = Date.now();
    const error = (await rejectionOf<APIError>(
      vsdk.rooms.get("abcd-efgh-ijkl", { headers: { prefer: "code=429" } }),
    )) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.attempts).toBe(2);
    expect(error.retryAfter).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});

describe("states a frontend needs, chosen with Prefer", () => {
  it("an empty list (Prefer: example=empty) iterates to nothing", async () => {
    const rooms = await mockClient()
      .rooms.list({}, { headers: { prefer: "example=empty" } })
      .toArray();
    expect(rooms).toEqual([]);
  });

  it("for await reads the mock's page within the caps, and never loops on its repeated page", async () => {
    const vsdk = mockClient();
    const first = await vsdk.rooms.list();
    const seen = [];
    for await (const room of vsdk.rooms.list({}, { maxPages: 1 })) seen.push(room.roomId);
    expect(seen).toEqual(first.data?.map((room) => room.roomId));
    expect(await vsdk.sessions.list({}, { maxItems: 1 }).toArray()).toHaveLength(1);
    // The static mock answers page 2 with its one example page: iteration stops with an error, not a loop.
    const error = await rejectionOf<PaginationError>(vsdk.rooms.list().toArray());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.reason).toBe("not_advancing");
  });
});
