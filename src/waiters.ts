/**
 * Spec-driven waiters: each `x-waiters` entry of the spec becomes `vsdk.<namespace>.<name>(pathParams..., options)`,
 * which polls its operation until the success condition holds, backing off between polls and honouring
 * `Retry-After`, and stops on a failure state or at its timeout with a WaitError.
 */
import type { OperationWaiter, WaiterCondition } from "../generated/operations.js";
import { APIError, ConnectionTimeoutError, RateLimitError, RequestAbortedError, WaitError } from "./errors.js";
import { millisecondsOption, optionsObject } from "./internal/options.js";

export interface WaitOptions {
  /** The longest total wait, in ms. Default: the waiter's own (see its documentation). */
  timeout?: number | undefined;
  /** The first delay between polls, in ms; it grows by half each poll, up to 8 times this. */
  interval?: number | undefined;
  /** Stops the wait (a RequestAbortedError). */
  signal?: AbortSignal | undefined;
}

/** Polls `poll` under the waiter's conditions. `poll` is one call of the operation, within `timeout` ms. */
export async function waitFor(
  label: string,
  waiter: OperationWaiter,
  poll: (options: { signal?: AbortSignal | undefined; timeout?: number | undefined }) => Promise<unknown>,
  given: unknown,
): Promise<unknown> {
  const options = optionsObject("wait options", given) as WaitOptions;
  const timeout = millisecondsOption("timeout", options.timeout, waiter.timeout);
  const interval = millisecondsOption("interval", options.interval, waiter.interval);
  const signal = options.signal;
  const deadline = Date.now() + timeout;
  let delay = interval;
  let resource: unknown;
  const timedOut = (cause?: unknown) =>
    new WaitError("timeout", `${label} gave up after ${timeout} ms`, { waiter: label, resource, cause });
  for (;;) {
    if (signal?.aborted) throw new RequestAbortedError(`${label} was aborted`, { cause: signal.reason });
    let wait = delay;
    try {
      // Each poll gets what is left of the wait, so the whole wait ends in time.
      resource = await poll({ signal, timeout: Math.max(1, deadline - Date.now()) });
      if (waiter.failure && holds(waiter.failure, resource)) {
        const state = at(resource, waiter.failure.path);
        throw new WaitError("failure_state", `${label} stopped: the resource reached ${JSON.stringify(state)}`, {
          waiter: label,
          state,
          resource,
        });
      }
      if (holds(waiter.success, resource)) return resource;
    } catch (error) {
      if (error instanceof ConnectionTimeoutError && Date.now() >= deadline) throw timedOut(error);
      // "Not yet" answers, and a rate limit whose Retry-After sets the next poll, keep the wait going.
      if (error instanceof RateLimitError) wait = Math.max(delay, (error.retryAfter ?? 0) * 1000);
      else if (!(error instanceof APIError && waiter.pending.includes(error.status))) throw error;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw timedOut();
    await sleep(Math.min(wait, left), signal);
    delay = Math.min(delay * 1.5, interval * 8);
  }
}

/** Whether the condition holds for the body: the value at its path exists, or is one of its values. */
function holds(condition: WaiterCondition, body: unknown): boolean {
  const value = at(body, condition.path);
  if (condition.exists) return value !== undefined && value !== null && value !== "";
  // An absent value counts as null: `end: null` and no `end` mean the same thing.
  return (condition.equals ?? []).includes((value ?? null) as never);
}

function at(body: unknown, path: readonly string[]): unknown {
  let node = body;
  for (const key of path) node = (node as Record<string, unknown> | null | undefined)?.[key];
  return node;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
