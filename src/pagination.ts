/**
 * Iteration across pages, for every list operation, driven by its `x-pagination` entry in the operation table:
 * no list needs code of its own, whatever key its items sit under. Iteration always ends: at the last page, at
 * an empty or short page, at a cap, or with a PaginationError when the server does not advance.
 */
import type { OperationPagination } from "../generated/operations.js";
import { APIPromise, type Result, type WithResponse } from "./api-promise.js";
import { PaginationError } from "./errors.js";
import { lazily } from "./internal/lazy.js";
import { capOption, optionsObject, wholeNumberOption } from "./internal/options.js";
import type { PageWalk } from "./internal/page-walk.js";

export interface PageInfo {
  currentPage: number;
  perPage: number;
  lastPage: number;
  total: number;
}

/** Caps for iterating a list; they apply to `for await`, `pages()` and `toArray()`. */
export interface PaginationOptions {
  /** Stop after this many items. */
  maxItems?: number | undefined;
  /**
   * Stop after this many pages (requests). Default DEFAULT_MAX_PAGES, past which iteration fails with a
   * PaginationError rather than stop silently; `Infinity` lifts the cap.
   */
  maxPages?: number | undefined;
  /**
   * Once the last page is known, fetch up to this many pages ahead while the items of the current one are used
   * (order kept, caps respected), at most 10. Default 0: one page at a time. Pages still on their way
   * when the loop stops early (`break`, `return`, a throw) are aborted.
   */
  prefetch?: number | undefined;
}

/** The most pages fetched ahead: enough to hide the latency of a page, few enough not to flood the API. */
export const MAX_PREFETCH = 10;

/** How many pages a list reads when the caller sets no `maxPages`: 1,000 (100,000 items at `perPage: 100`). */
export const DEFAULT_MAX_PAGES = 1000;

/** The iteration loads with the first `for await`, `pages()` or `toArray()`: awaiting the first page never needs it. */
const loadPageWalk = lazily("list iteration", () => import("./internal/page-walk.js"));

export interface PagedListSettings extends PaginationOptions {
  /** The page to start from. Default 1. */
  startPage?: number | undefined;
  /** The page size asked for, when the caller set one. */
  perPage?: number | undefined;
  /** The caller's signal: pages fetched ahead get a signal of their own, aborted with it or when the loop stops. */
  signal?: AbortSignal | undefined;
}

/**
 * The result of a list method. `await` it for the first page (the response body as the API sends it);
 * `for await` over it for every item across pages; `pages()` for page-level access; `toArray()` to collect.
 */
export class PagedList<Item, Page> implements PromiseLike<Page>, AsyncIterable<Item> {
  readonly [Symbol.toStringTag] = "PagedList";
  #first: APIPromise<Page> | undefined;
  readonly #fetchPage: (page: number, signal?: AbortSignal) => APIPromise<Page>;
  readonly #signal: AbortSignal | undefined;
  readonly #layout: OperationPagination;
  readonly #startPage: number;
  readonly #perPage: number | undefined;
  readonly #maxItems: number = Infinity;
  readonly #maxPages: number | undefined;
  readonly #prefetch: number = 0;
  readonly #problem: unknown;

  constructor(
    fetchPage: (page: number, signal?: AbortSignal) => APIPromise<Page>,
    layout: OperationPagination,
    settings: PagedListSettings = {},
  ) {
    this.#fetchPage = fetchPage;
    this.#layout = layout;
    this.#startPage = settings.startPage ?? 1;
    this.#perPage = settings.perPage;
    this.#signal = settings.signal;
    try {
      this.#maxItems = capOption("maxItems", settings.maxItems, Infinity);
      this.#maxPages = capOption("maxPages", settings.maxPages, undefined);
      this.#prefetch = wholeNumberOption("prefetch", settings.prefetch, 0, 0, MAX_PREFETCH);
    } catch (problem) {
      // Kept, not thrown: a list reports every problem the same way, when it is awaited or iterated.
      this.#problem = problem;
    }
  }

  /** The first page, fetched once however often it is awaited. */
  #firstPage(): APIPromise<Page> {
    this.#first ??=
      this.#problem === undefined ? this.#fetchPage(this.#startPage) : new APIPromise(Promise.reject(this.#problem));
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a list is awaitable on purpose (awaiting it gives the first page).
  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page | B> {
    return this.#firstPage().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Page> {
    return this.#firstPage().finally(onFinally);
  }

  /** Every page in turn, up to the last page, `maxPages`, or the page that reaches `maxItems`. */
  pages(): AsyncGenerator<Page, void, undefined> {
    return this.#pages(this.#maxItems);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    yield* this.#items(this.#maxItems);
  }

  /** Collects the items (within the list's caps, and at most `max`) into an array. */
  async toArray(options: { max?: number | undefined } = {}): Promise<Item[]> {
    const { max } = optionsObject("toArray options", options) as { max?: number };
    const items: Item[] = [];
    for await (const item of this.#items(Math.min(this.#maxItems, capOption("max", max, Infinity)))) items.push(item);
    return items;
  }

  /** The first page with its Response and meta (request id, attempts, rate limits). */
  withResponse(): Promise<WithResponse<Page>> {
    return this.#firstPage().withResponse();
  }

  /** The first page as `{ data, error }`: never rejects. */
  result(): Promise<Result<Page>> {
    return this.#firstPage().result();
  }

  /** What the page walk needs from this list. */
  #walk(): PageWalk<Page> {
    return {
      firstPage: () => this.#firstPage(),
      fetchPage: this.#fetchPage,
      layout: this.#layout,
      startPage: this.#startPage,
      perPage: this.#perPage,
      maxPages: this.#maxPages,
      defaultMaxPages: DEFAULT_MAX_PAGES,
      prefetch: this.#prefetch,
      signal: this.#signal,
      PaginationError,
    };
  }

  async *#items(budget: number): AsyncGenerator<Item, void, undefined> {
    const { walkItems } = await loadPageWalk();
    yield* walkItems<Item, Page>(this.#walk(), budget);
  }

  async *#pages(budget: number): AsyncGenerator<Page, void, undefined> {
    const { walkPages } = await loadPageWalk();
    yield* walkPages(this.#walk(), budget);
  }
}
