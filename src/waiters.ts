/**
 * Spec-driven waiters: each `x-waiters` entry of the spec becomes `vsdk.<namespace>.<name>(pathParams..., options)`,
 * which polls its operation until the success condition holds, backing off between polls and honouring
 * `Retry-After`, and stops on a failure state or at its timeout with a WaitError.
 */
import type { OperationWaiter } from "../generated/operations.js";
import { APIError, RateLimitError, RequestAbortedError, WaitError } from "./errors.js";
import { lazily } from "./internal/lazy.js";
import { millisecondsOption, optionsObject } from "./internal/options.js";
import { sleep } from "./internal/timers.js";
import type { WaiterKit } from "./internal/waiter-engine.js";

export interface WaitOptions {
  /** The longest total wait, in ms. Default: the waiter's own (see its documentation). */
  timeout?: number | undefined;
  /** The first delay between polls, in ms; it grows by half each poll, up to 8 times this. */
  interval?: number | undefined;
  /** Stops the wait (a RequestAbortedError). */
  signal?: AbortSignal | undefined;
}

/** What the waiter engine uses, handed to it rather than imported (see internal/waiter-engine.ts). */
const WAITER_KIT: WaiterKit = {
  APIError,
  RateLimitError,
  RequestAbortedError,
  WaitError,
  millisecondsOption,
  optionsObject,
  sleep,
};

/** The engine loads with the first wait: a wait is asynchronous, so no caller sees the import. */
const loadEngine = lazily("waiters", () => import("./internal/waiter-engine.js"));

/** Polls `poll` (one call of the operation) under the waiter's conditions, all within `timeout`. */
export function waitFor(
  label: string,
  waiter: OperationWaiter,
  poll: (options: { signal: AbortSignal }) => Promise<unknown>,
  given: unknown,
): Promise<unknown> {
  return loadEngine().then(({ waitUntil }) => waitUntil(WAITER_KIT, label, waiter, poll, given));
}
