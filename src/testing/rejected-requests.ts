/**
 * The requests that Prism found out of contract: the client's mistakes, kept apart from the answers that broke the
 * spec (the sandbox's own bugs), so that a test suite can require the latter to be empty while it sends bad requests
 * on purpose. A ring of the last few: a client that keeps sending bad requests costs a bounded amount of memory.
 * Only where the request went and what was wrong with it is kept, never its body or its headers (a token).
 */
import type { components } from "../../generated/sandbox-control.js";
import type { Violation } from "./prism.js";

export type RejectedRequest = components["schemas"]["RejectedRequest"];

/** How many rejected requests are kept (the oldest go first). */
export const REJECTED_REQUESTS_KEPT = 200;

export class RejectedRequests {
  readonly #kept: RejectedRequest[] = [];
  #count = 0;

  constructor(readonly limit = REJECTED_REQUESTS_KEPT) {}

  /** Records one rejected request; `operationId` when its method and path name an operation. */
  add(
    method: string,
    path: string,
    status: number,
    problems: readonly Violation[],
    operationId?: string | undefined,
  ): void {
    this.#count += 1;
    this.#kept.push({
      id: this.#count,
      at: new Date().toISOString(),
      method,
      path,
      ...(operationId === undefined ? {} : { operationId }),
      status,
      problems: problems.map((problem) => ({ path: problem.path, message: problem.message })),
    });
    if (this.#kept.length > this.limit) this.#kept.shift();
  }

  /** The kept requests, oldest first (copies). */
  list(): RejectedRequest[] {
    return this.#kept.map((request) => ({ ...request, problems: request.problems.map((p) => ({ ...p })) }));
  }

  /** Forgets them (the count goes on, so that an id is never given twice). */
  clear(): void {
    this.#kept.length = 0;
  }
}
