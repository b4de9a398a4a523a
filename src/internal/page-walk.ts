/**
 * Walking a list page by page: the iteration behind `for await`, `pages()` and `toArray()`. PagedList loads it
 * with the first iteration; awaiting a list for its first page never needs it.
 *
 * It imports no code, only types: the error class comes with the walk. A module the initial load shares with a
 * lazy one is split by bundlers into a chunk of its own, one more file for every page to fetch.
 */
import type { OperationPagination } from "../../generated/operations.js";
import type { PaginationError } from "../errors.js";
import type { PageInfo } from "../pagination.js";

/** One list's pages and settings, as PagedList holds them. */
export interface PageWalk<Page> {
  firstPage(): PromiseLike<Page>;
  fetchPage(page: number, signal?: AbortSignal): Promise<Page>;
  layout: OperationPagination;
  startPage: number;
  perPage: number | undefined;
  /** The caller's cap; undefined means the default cap, past which the walk fails rather than stop silently. */
  maxPages: number | undefined;
  defaultMaxPages: number;
  prefetch: number;
  signal: AbortSignal | undefined;
  PaginationError: typeof PaginationError;
}

/** The items across pages, at most `budget` of them. */
export async function* walkItems<Item, Page>(walk: PageWalk<Page>, budget: number): AsyncGenerator<Item, void> {
  let count = 0;
  for await (const page of walkPages(walk, budget)) {
    for (const item of itemsOf<Item>(walk.layout, page)) {
      yield item;
      if (++count >= budget) return;
    }
  }
}

/** The pages, until the list ends or they hold `budget` items; prefetching never asks past that budget. */
export async function* walkPages<Page>(walk: PageWalk<Page>, budget: number): AsyncGenerator<Page, void> {
  const { PaginationError, startPage, defaultMaxPages } = walk;
  const maxPages = walk.maxPages ?? defaultMaxPages;
  let number = startPage;
  let pageSize = walk.perPage;
  let delivered = 0;
  let previous: { currentPage: unknown; items: string } | undefined;
  // Pages asked for ahead of need, by page number (only once the last page is known), under one signal that
  // the end of the iteration aborts: a loop that stops early leaves no request behind.
  const ahead = new Map<number, Promise<Page>>();
  let stop: AbortController | undefined;
  const outer = walk.signal;
  const abortAhead = () => stop?.abort(outer?.reason);
  const fetchAhead = (from: number, lastPage: number, size: number) => {
    if (!stop) {
      stop = new AbortController();
      outer?.addEventListener("abort", abortAhead, { once: true });
      if (outer?.aborted) abortAhead();
    }
    const needed = Math.ceil((budget - delivered) / Math.max(1, size));
    const limit = Math.min(lastPage, startPage + maxPages - 1, from + Math.min(walk.prefetch, needed) - 1);
    for (let page = from; page <= limit; page++) {
      if (ahead.has(page)) continue;
      const pending: Promise<Page> = walk.fetchPage(page, stop.signal);
      // Observed here so that a prefetch abandoned by an early stop is no unhandled rejection.
      pending.catch(() => undefined);
      ahead.set(page, pending);
    }
  };
  try {
    for (let fetched = 0; ; fetched++) {
      if (fetched >= maxPages) {
        if (walk.maxPages !== undefined) return;
        throw new PaginationError(
          "page_limit",
          `stopped after ${defaultMaxPages} pages, the default cap: pass maxPages (a number, or Infinity) to read further`,
        );
      }
      const prefetched = ahead.get(number);
      ahead.delete(number);
      const page = fetched === 0 ? await walk.firstPage() : await (prefetched ?? walk.fetchPage(number));
      const items = itemsOf(walk.layout, page);
      const info = pageInfoOf(walk.layout, page);
      // A server that answers the next page with the same page would make the loop go round forever.
      const seen = { currentPage: info?.currentPage, items: JSON.stringify(items) };
      if (
        previous &&
        ((typeof seen.currentPage === "number" && seen.currentPage === previous.currentPage) ||
          (items.length > 0 && seen.items === previous.items))
      ) {
        throw new PaginationError(
          "not_advancing",
          `asked for page ${number}, the server answered with the same page as before (currentPage ${String(seen.currentPage)})`,
        );
      }
      previous = seen;
      delivered += items.length;
      const lastPage = info?.lastPage;
      const lastKnown = typeof lastPage === "number" && Number.isFinite(lastPage);
      // Ask for the next pages while the caller works through this one.
      if (walk.prefetch > 0 && items.length > 0 && lastKnown && delivered < budget) {
        fetchAhead(number + 1, lastPage, pageSize ?? items.length);
      }
      yield page;
      // An empty page ends the list even when page info is missing or wrong; so does reaching the budget.
      if (items.length === 0 || delivered >= budget) return;
      if (lastKnown) {
        // Count pages ourselves rather than trust an echoed currentPage.
        if (number >= lastPage) return;
      } else {
        // No usable lastPage: a page shorter than the page size is the last one.
        pageSize ??= typeof info?.perPage === "number" && info.perPage > 0 ? info.perPage : items.length;
        if (items.length < pageSize) return;
      }
      number++;
    }
  } finally {
    outer?.removeEventListener("abort", abortAhead);
    stop?.abort();
  }
}

function itemsOf<Item>(layout: OperationPagination, page: unknown): Item[] {
  let node: unknown = page;
  for (const key of layout.items) node = (node as Record<string, unknown> | null | undefined)?.[key];
  return Array.isArray(node) ? (node as Item[]) : [];
}

function pageInfoOf(layout: OperationPagination, page: unknown): Partial<Record<keyof PageInfo, unknown>> | undefined {
  const info = (page as Record<string, unknown> | null | undefined)?.[layout.pageInfo];
  return info && typeof info === "object" ? (info as Partial<Record<keyof PageInfo, unknown>>) : undefined;
}
