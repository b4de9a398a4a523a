/**
 * Iteration across pages, for every list operation, driven by its `x-pagination` entry in the operation table:
 * no list needs code of its own, whatever key its items sit under.
 */
import type { OperationPagination } from "../generated/operations.js";
import { InvalidRequestError } from "./errors.js";

export interface PageInfo {
  currentPage: number;
  perPage: number;
  lastPage: number;
  total: number;
}

/** Caps for iterating a list; they apply to `for await` and to `pages()`. */
export interface PaginationOptions {
  /** Stop after this many items. */
  maxItems?: number | undefined;
  /** Stop after this many pages (requests). */
  maxPages?: number | undefined;
}

/**
 * The result of a list method. `await` it for the first page (the response body as the API sends it);
 * `for await` over it for every item across pages; `pages()` for page-level access.
 */
export class PagedList<Item, Page> implements PromiseLike<Page>, AsyncIterable<Item> {
  readonly [Symbol.toStringTag] = "PagedList";
  #first: Promise<Page> | undefined;

  constructor(
    private readonly fetchPage: (page: number) => Promise<Page>,
    private readonly layout: OperationPagination,
    private readonly startPage: number,
    private readonly caps: PaginationOptions = {},
  ) {
    for (const [name, value] of Object.entries(caps)) {
      if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
        throw new InvalidRequestError(`${name} must be a positive integer, got ${String(value)}`);
      }
    }
  }

  /** The first page, fetched once however often it is awaited. */
  #firstPage(): Promise<Page> {
    this.#first ??= this.fetchPage(this.startPage);
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

  /** Every page in turn, up to the last page or `maxPages`. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    const maxPages = this.caps.maxPages ?? Infinity;
    let number = this.startPage;
    for (let fetched = 0; fetched < maxPages; fetched++) {
      const page = fetched === 0 ? await this.#firstPage() : await this.fetchPage(number);
      yield page;
      const info = this.pageInfoOf(page);
      // An empty page ends the list even when page info is missing or wrong, so iteration always terminates.
      if (this.itemsOf(page).length === 0) return;
      // Count pages ourselves: a server that echoes a wrong currentPage must not make the loop go round forever.
      if (info && number >= info.lastPage) return;
      number++;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    const maxItems = this.caps.maxItems ?? Infinity;
    let count = 0;
    for await (const page of this.pages()) {
      for (const item of this.itemsOf(page)) {
        yield item;
        if (++count >= maxItems) return;
      }
    }
  }

  /** Collects every item (within the caps) into an array. */
  async toArray(): Promise<Item[]> {
    const items: Item[] = [];
    for await (const item of this) items.push(item);
    return items;
  }

  private itemsOf(page: Page): Item[] {
    let node: unknown = page;
    for (const key of this.layout.items) node = (node as Record<string, unknown> | null | undefined)?.[key];
    return Array.isArray(node) ? (node as Item[]) : [];
  }

  private pageInfoOf(page: Page): PageInfo | undefined {
    const info = (page as Record<string, unknown> | null | undefined)?.[this.layout.pageInfo] as PageInfo | undefined;
    return info && typeof info.lastPage === "number" ? info : undefined;
  }
}
