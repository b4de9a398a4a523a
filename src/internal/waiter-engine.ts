/**
 * The waiter engine: polls an operation until its waiter's success condition holds, backing off between polls and
 * honouring `Retry-After`, and stops on a failure state or at its timeout with a WaitError. The facade loads it
 * with the first wait.
 *
 * It imports no code, only types: what it needs comes in the kit. A module the initial load shares with a lazy one
 * is split by bundlers into a chunk of its own, one more file for every page to fetch.
 */
import type { OperationWaiter, WaiterCondition } from "../../generated/operations.js";
import type { APIError, RateLimitError, RequestAbortedError, WaitError } from "../errors.js";
import type { WaitOptions } from "../waiters.js";
import type { millisecondsOption, optionsObject } from "./options.js";
import type { sleep } from "./timers.js";

/** What the engine uses from the rest of the SDK. */
export interface WaiterKit {
  APIError: typeof APIError;
  RateLimitError: typeof RateLimitError;
  RequestAbortedError: typeof RequestAbortedError;
  WaitError: typeof WaitError;
  millisecondsOption: typeof millisecondsOption;
  optionsObject: typeof optionsObject;
  sleep: typeof sleep;
}

/** Polls `poll` (one call of the operation) under the waiter's conditions, all within `timeout`. */
export async function waitUntil(
  kit: WaiterKit,
  label: string,
  waiter: OperationWaiter,
  poll: (options: { signal: AbortSignal }) => Promise<unknown>,
  given: unknown,
): Promise<unknown> {
  const { APIError, RateLimitError, RequestAbortedError, WaitError, millisecondsOption, optionsObject, sleep } = kit;
  const options = optionsObject("wait options", given) as WaitOptions;
  const timeout = millisecondsOption("timeout", options.timeout, waiter.timeout);
  const interval = millisecondsOption("interval", options.interval, waiter.interval);
  const outer = options.signal;
  const deadline = Date.now() + timeout;
  // One signal for the whole wait: the caller's, or the wait's own deadline. It reaches every poll, its retries
  // and its backoff, so the wait ends in time whatever a poll is doing.
  const controller = new AbortController();
  const deadlinePassed = new Error("the wait's timeout passed");
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onAbort();
  outer?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(deadlinePassed), timeout);
  const signal = controller.signal;
  let delay = interval;
  let resource: unknown;
  const stopped = (cause?: unknown) =>
    signal.reason === deadlinePassed
      ? new WaitError("timeout", `${label} gave up after ${timeout} ms`, { waiter: label, resource, cause })
      : new RequestAbortedError(`${label} was aborted`, { cause: outer?.reason });
  try {
    for (;;) {
      if (signal.aborted) throw stopped();
      let wait = delay;
      try {
        resource = await poll({ signal });
        if (waiter.failure && holds(waiter.failure, resource)) {
          const state = at(resource, waiter.failure.path);
          throw new WaitError("failure_state", `${label} stopped: ${describeFailure(waiter.failure, state)}`, {
            waiter: label,
            state,
            resource,
          });
        }
        if (holds(waiter.success, resource)) return resource;
      } catch (error) {
        if (signal.aborted) throw stopped(error);
        // "Not yet" answers, and a rate limit whose Retry-After sets the next poll, keep the wait going.
        if (error instanceof RateLimitError) wait = Math.max(delay, (error.retryAfter ?? 0) * 1000);
        else if (!(error instanceof APIError && waiter.pending.includes(error.status))) throw error;
      }
      await sleep(Math.min(wait, Math.max(0, deadline - Date.now())), signal);
      delay = Math.min(delay * 1.5, interval * 8);
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onAbort);
  }
}

/** Whether the condition holds for the body: the value at its path exists, or is one of its values. */
function holds(condition: WaiterCondition, body: unknown): boolean {
  const value = at(body, condition.path);
  if (condition.exists) return value !== undefined && value !== null && value !== "";
  // An absent value counts as null: `end: null` and no `end` mean the same thing.
  return (condition.equals ?? []).includes((value ?? null) as never);
}

/**
 * What failed, for the message: `status is "failed"`. A condition that only asks for a value to be there (`end`
 * set: the livestream ended) names the field, not its value, which may be a timestamp rather than a state.
 */
function describeFailure(condition: WaiterCondition, state: unknown): string {
  return `${condition.path.join(".")} is ${condition.exists ? "set" : JSON.stringify(state)}, a failure state`;
}

function at(body: unknown, path: readonly string[]): unknown {
  let node = body;
  for (const key of path) node = (node as Record<string, unknown> | null | undefined)?.[key];
  return node;
}
