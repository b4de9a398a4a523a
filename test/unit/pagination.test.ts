/** Pagination across real HTTP pages, for each envelope layout the API uses. */
import { describe, expect, it } from "vitest";
import { ConfigurationError, createVideoSDK, InvalidRequestError, PaginationError } from "../../src/index.js";
import { MAX_PREFETCH } from "../../src/pagination.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const server = useTestServer();
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

  it("rejects caps that are not positive integers (or Infinity) when the list is used, sending nothing", async () => {
    for (const [caps, field] of [
      [{ maxItems: 0 }, "maxItems"],
      [{ maxPages: 1.5 }, "maxPages"],
      [{ maxPages: Number.NaN }, "maxPages"],
      [{ maxItems: "5" }, "maxItems"],
    ] as const) {
      const error = await rejectionOf<ConfigurationError>(client().rooms.list({}, caps as never));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("toArray({ max }) collects at most max items", async () => {
    server.handle(pagedHandler((data, pageInfo) => ({ pageInfo, data })));
    expect(ids(await client().rooms.list({ perPage: 3 }).toArray({ max: 5 }))).toEqual(everyId.slice(0, 5));
    expect(server.requests).toHaveLength(2);
    const error = await rejectionOf(client().rooms.list().toArray({ max: -1 }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("max");
  });
});

describe("pagination always ends", () => {
  it("refuses a page or perPage that is not a positive integer, before sending", async () => {
    for (const [query, field] of [
      [{ page: 0 }, "page"],
      [{ page: -1 }, "page"],
      [{ page: 1.5 }, "page"],
      [{ perPage: "20" }, "perPage"],
      [{ perPage: Number.POSITIVE_INFINITY }, "perPage"],
    ] as const) {
      const error = await rejectionOf<InvalidRequestError>(client().rooms.list(query as never));
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("fails with not_advancing when the server answers every page with the first one", async () => {
    server.handle((_req, res) =>
      json(res, 200, {
        pageInfo: { currentPage: 1, perPage: 2, lastPage: 5, total: 10 },
        data: [{ id: "a" }, { id: "b" }],
      }),
    );
    const error = await rejectionOf<PaginationError>(client().rooms.list({ perPage: 2 }).toArray());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.reason).toBe("not_advancing");
    expect(error.message).toMatch(/asked for page 2/);
    expect(server.requests).toHaveLength(2);
  });

  it("fails with not_advancing on a repeated page even without page info", async () => {
    server.handle((_req, res) => json(res, 200, { data: [{ id: "same" }] }));
    const error = await rejectionOf<PaginationError>(client().rooms.list().toArray());
    expect(error.reason).toBe("not_advancing");
    expect(server.requests).toHaveLength(2);
  });

  it("ends after a short page when lastPage is missing or not a number", async () => {
    for (const lastPage of [undefined, "3", null]) {
      server.requests.length = 0;
      server.handle(pagedHandler((data, pageInfo) => ({ pageInfo: { ...pageInfo, lastPage }, data })));
      expect(ids(await client().rooms.list({ perPage: 3 }).toArray())).toEqual(everyId);
      expect(server.requests).toHaveLength(3);
    }
  });

  it("stops at the default cap of 1,000 pages with page_limit; maxPages: Infinity lifts it", async () => {
    let served = 0;
    server.handle((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      served++;
      json(res, 200, {
        pageInfo: { currentPage: page, perPage: 1, lastPage: 1e9, total: 1e9 },
        data: [{ id: `i${page}` }],
      });
    });
    const error = await rejectionOf<PaginationError>(client().rooms.list().toArray());
    expect(error.reason).toBe("page_limit");
    expect(error.message).toMatch(/maxPages/);
    expect(served).toBe(1000);
    served = 0;
    expect(await client().rooms.list({}, { maxPages: Infinity, maxItems: 1005 }).toArray()).toHaveLength(1005);
    expect(served).toBe(1005);
    // Two thousand requests one after the other: on a busy machine that takes longer than the default bound.
  }, 60_000);
});

describe("prefetch", () => {
  /** 10 pages of 2 items, each answered after `latency` ms; records how many requests are in flight at once. */
  function slowPages(latency: number) {
    let inFlight = 0;
    let most = 0;
    server.handle((req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      setTimeout(() => {
        inFlight--;
        json(res, 200, {
          pageInfo: { currentPage: page, perPage: 2, lastPage: 10, total: 20 },
          data: [{ id: `${page}a` }, { id: `${page}b` }],
        });
      }, latency);
    });
    return () => most;
  }

  it("fetches up to n pages ahead once lastPage is known, keeping the order", async () => {
    const most = slowPages(20);
    const items = await client().rooms.list({ perPage: 2 }, { prefetch: 4 }).toArray();
    expect(ids(items)).toEqual(Array.from({ length: 10 }, (_, i) => [`${i + 1}a`, `${i + 1}b`]).flat());
    expect(most()).toBeGreaterThan(1);
    expect(most()).toBeLessThanOrEqual(4);
    const pages = server.requests.map((r) => Number(new URL(r.url, "http://x").searchParams.get("page")));
    expect([...pages].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("never asks past maxPages or lastPage, and defaults to one page at a time", async () => {
    slowPages(5);
    await client().rooms.list({ perPage: 2 }, { prefetch: 8, maxPages: 3 }).toArray();
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    const most = slowPages(5);
    await client().rooms.list({ perPage: 2 }).toArray();
    expect(most()).toBe(1);
    const error = await rejectionOf(client().rooms.list({}, { prefetch: -1 }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain("prefetch");
  });
});

describe("prefetch bounds", () => {
  it("refuses more than MAX_PREFETCH pages ahead, naming prefetch", async () => {
    for (const prefetch of [MAX_PREFETCH + 1, 1000, Infinity]) {
      const error = await rejectionOf<ConfigurationError>(client().rooms.list({}, { prefetch }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe("prefetch");
      expect(error.message).toContain(`from 0 to ${MAX_PREFETCH}`);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("aborts the pages fetched ahead when the loop stops early", async () => {
    // Page 1 answers at once; the pages after it are held, and each records when its request goes away.
    let closed = 0;
    server.handle((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      if (page === 1) {
        return json(res, 200, {
          pageInfo: { currentPage: 1, perPage: 1, lastPage: 1000, total: 1000 },
          data: [{ id: "1" }],
        });
      }
      res.on("close", () => closed++);
    });
    const until = async (condition: () => boolean) => {
      for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    for await (const _item of client().rooms.list({ perPage: 1 }, { prefetch: MAX_PREFETCH, maxPages: Infinity })) {
      // Every page fetched ahead has reached the server: then the loop stops.
      await until(() => server.requests.length === 1 + MAX_PREFETCH);
      break;
    }
    expect(server.requests).toHaveLength(1 + MAX_PREFETCH);
    await until(() => closed === MAX_PREFETCH);
    expect(closed).toBe(MAX_PREFETCH);
    expect(server.requests).toHaveLength(1 + MAX_PREFETCH);
  });
});

describe("caps and prefetch together", () => {
  function pagesOf(total: number) {
    server.handle((req, res) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
      json(res, 200, {
        pageInfo: { currentPage: page, perPage: 5, lastPage: total, total: total * 5 },
        data: Array.from({ length: 5 }, (_, i) => ({ id: `${page}.${i}` })),
      });
    });
    return () => server.requests.map((r) => Number(new URL(r.url, "http://x").searchParams.get("page")));
  }

  it("prefetch never asks past maxItems or max", async () => {
    const asked = pagesOf(20);
    expect(await client().rooms.list({ perPage: 5 }, { maxItems: 7, prefetch: 4 }).toArray()).toHaveLength(7);
    expect(asked()).toEqual([1, 2]);
    server.requests.length = 0;
    expect(await client().rooms.list({ perPage: 5 }, { prefetch: 4 }).toArray({ max: 3 })).toHaveLength(3);
    expect(asked()).toEqual([1]);
  });

  it("pages() stops at the page that reaches maxItems", async () => {
    pagesOf(20);
    const sizes = [];
    for await (const page of client().rooms.list({ perPage: 5 }, { maxItems: 12 }).pages())
      sizes.push(page.data?.length);
    expect(sizes).toEqual([5, 5, 5]);
  });

  it("refuses odd toArray options, and offers result() on the first page", async () => {
    pagesOf(1);
    expect(
      await rejectionOf(
        client()
          .rooms.list()
          .toArray(null as never),
      ),
    ).toBeInstanceOf(ConfigurationError);
    const { data, error } = await client().rooms.list().result();
    expect(error).toBeUndefined();
    expect(data?.data).toHaveLength(5);
  });
});
