/** Pagination across real HTTP pages, for each envelope layout the API uses. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVideoSDK, InvalidRequestError } from "../../src/index.js";
import { json, startServer, type TestServer } from "../support/http-server.js";

let server: TestServer;
const TOTAL = 7;

/** Serves TOTAL items in pages of `perPage`, wrapped the way `wrap` says. */
function pagedHandler(wrap: (items: { id: string }[], pageInfo: object) => unknown) {
  return (req: { url: string }, res: Parameters<typeof json>[0]) => {
    const query = new URL(req.url, "http://x").searchParams;
    const page = Number(query.get("page") ?? 1);
    const perPage = Number(query.get("perPage") ?? 3);
    const items = Array.from({ length: TOTAL }, (_, i) => ({ id: `item-${i + 1}` })).slice(
      (page - 1) * perPage,
      page * perPage,
    );
    json(res, 200, wrap(items, { currentPage: page, perPage, lastPage: Math.ceil(TOTAL / perPage), total: TOTAL }));
  };
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function client() {
  return createVideoSDK({ token: "test-token", baseUrl: server.url });
}

const ids = (items: unknown[]) => items.map((item) => (item as { id: string }).id);
const everyId = Array.from({ length: TOTAL }, (_, i) => `item-${i + 1}`);

describe("for await across pages", () => {
  it("follows `data` (rooms)", async () => {
    server.handle(pagedHandler((data, pageInfo) => ({ pageInfo, data })));
    const items = [];
    for await (const room of client().rooms.list({ perPage: 3 })) items.push(room);
    expect(ids(items)).toEqual(everyId);
    expect(server.requests.map((r) => new URL(r.url, "http://x").searchParams.get("page"))).toEqual(["1", "2", "3"]);
  });

  it("follows `recordings` (merge recordings)", async () => {
    server.handle(pagedHandler((recordings, pageInfo) => ({ pageInfo, recordings })));
    expect(ids(await client().mergeRecordings.list({ perPage: 3 }).toArray())).toEqual(everyId);
  });

  it("follows `transcriptions` (realtime transcriptions)", async () => {
    server.handle(pagedHandler((transcriptions, pageInfo) => ({ pageInfo, transcriptions })));
    expect(ids(await client().realtimeTranscriptions.list({ perPage: 3 }).toArray())).toEqual(everyId);
  });

  it("follows `data.participants` (one session object whose participants are paged)", async () => {
    server.handle(
      pagedHandler((participants, pageInfo) => ({ pageInfo, data: { id: "s1", roomId: "r", participants } })),
    );
    const list = client().sessions.listParticipants("s1", { perPage: 3 });
    expect(ids(await list.toArray())).toEqual(everyId);
    expect(server.requests[0]!.url).toMatch(/^\/v2\/sessions\/s1\/participants\?/);
  });

  it("follows `data.0.participants` (active participants: an array of session documents)", async () => {
    server.handle(pagedHandler((participants, pageInfo) => ({ pageInfo, data: [{ _id: "s1", participants }] })));
    expect(ids(await client().sessions.listActiveParticipants("s1", { perPage: 3 }).toArray())).toEqual(everyId);
  });

  it("starts at the page the query asks for", async () => {
    server.handle(pagedHandler((data, pageInfo) => ({ pageInfo, data })));
    expect(ids(await client().rooms.list({ page: 2, perPage: 3 }).toArray())).toEqual(everyId.slice(3));
  });

  it("stops on an empty page even without page info", async () => {
    server.handle((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      json(res, 200, { data: page < 3 ? [{ id: `p${page}` }] : [] });
    });
    expect(ids(await client().rooms.list().toArray())).toEqual(["p1", "p2"]);
    expect(server.requests).toHaveLength(3);
  });
});

describe("page-level access and caps", () => {
  it("awaiting the list gives the first page as the API sent it", async () => {
    server.handle(pagedHandler((data, pageInfo) => ({ pageInfo, data })));
    const page = await client().rooms.list({ perPage: 3 });
    expect(page.pageInfo).toEqual({ currentPage: 1, perPage: 3, lastPage: 3, total: TOTAL });
    expect(ids(page.data ?? [])).toEqual(everyId.slice(0, 3));
    expect(server.requests).toHaveLength(1);
  });

  it("pages() yields each page", async () => {
    server.handle(pagedHandler((data, pageInfo) => ({ pageInfo, data })));
    const sizes = [];
    for await (const page of client().rooms.list({ perPage: 3 }).pages()) sizes.push(page.data?.length);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it("maxItems stops mid-page without fetching further", async () => {
    server.handle(pagedHandler((data, pageInfo) => ({ pageInfo, data })));
    expect(ids(await client().rooms.list({ perPage: 3 }, { maxItems: 4 }).toArray())).toEqual(everyId.slice(0, 4));
    expect(server.requests).toHaveLength(2);
  });

  it("maxPages limits requests", async () => {
    server.handle(pagedHandler((data, pageInfo) => ({ pageInfo, data })));
    expect(ids(await client().rooms.list({ perPage: 3 }, { maxPages: 2 }).toArray())).toEqual(everyId.slice(0, 6));
    expect(server.requests).toHaveLength(2);
  });

  it("rejects caps that are not positive integers", () => {
    expect(() => client().rooms.list({}, { maxItems: 0 })).toThrow(InvalidRequestError);
    expect(() => client().rooms.list({}, { maxPages: 1.5 })).toThrow(/maxPages/);
  });
});
