/** What the mock rejects, and how the client surfaces it: the typed error for the status returned. */
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  createVideoSDK,
  NotFoundError,
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
    const error = await rejectionOf(vsdk.rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
  });

  it("a body field of the wrong type is rejected: BadRequestError", async () => {
    const error = await rejectionOf(mockClient().recordings.start({ roomId: 42 } as never));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.status).toBe(400);
    expect(error.operationId).toBe("startRecording");
  });

  it("a missing required field is rejected: BadRequestError", async () => {
    const error = await rejectionOf(
      mockClient().trackRecordings.start({ roomId: "abcd-efgh-ijkl", participantId: "abcd" } as never),
    );
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it("an enum value outside the spec is rejected", async () => {
    const error = await rejectionOf(
      mockClient().trackRecordings.start({ roomId: "r", participantId: "p", kind: "microphone" } as never),
    );
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it("a missing required query parameter is rejected", async () => {
    const error = await rejectionOf(mockClient().trackRecordings.list({} as never));
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it.each(["404", "402"])("Prefer: code=%s gives NotFoundError", async (code) => {
    const error = await rejectionOf(
      mockClient().rooms.validate("zzzz-zzzz-zzzz", { headers: { prefer: `code=${code}` } }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(Number(code));
    expect(error.message.length).toBeGreaterThan(0);
  });

  it("Prefer: code=429 gives RateLimitError after the configured retries, honouring Retry-After", async () => {
    const vsdk = mockClient({ maxRetries: 1 });
    const started = Date.now();
    const error = (await rejectionOf(
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

  it("for await walks the mock's pages, within the caps", async () => {
    const vsdk = mockClient();
    const first = await vsdk.rooms.list();
    const seen = [];
    for await (const room of vsdk.rooms.list({}, { maxPages: 2 })) seen.push(room.roomId);
    expect(seen).toHaveLength(2 * (first.data?.length ?? 0));
    expect(await vsdk.sessions.list({}, { maxItems: 1 }).toArray()).toHaveLength(1);
  });
});
