/**
 * An opt-in circuit breaker: after `failures` consecutive failures (5xx answers, timeouts, no answer), calls fail
 * fast with CircuitOpenError; after `resetAfter` one probe call goes through, and its outcome closes or re-opens
 * the circuit. Made by a factory, so that programs that do not use it do not bundle it, and so that several
 * clients of one origin can share one breaker.
 */
import { CircuitOpenError, ConfigurationError, type RequestContext } from "./errors.js";
import { describeRequest } from "./internal/api-errors.js";
import { millisecondsOption, optionsObject, wholeNumberOption } from "./internal/options.js";

export type CircuitState = "closed" | "open" | "half-open";

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 5. */
  failures?: number | undefined;
  /** How long the circuit stays open before one probe call is let through, in ms. Default 30 000. */
  resetAfter?: number | undefined;
  /** Told of every change of state. */
  onStateChange?: ((state: CircuitState, previous: CircuitState) => void) | undefined;
}

/** What the transport asks of a breaker: `createVideoSDK({ circuitBreaker: createCircuitBreaker() })`. */
export interface CircuitBreaker {
  readonly state: CircuitState;
  /** Lets an attempt through, or throws CircuitOpenError. */
  admit(request: RequestContext): void;
  /** The outcome of an admitted attempt. */
  record(failed: boolean): void;
  /** An admitted attempt ended without an outcome (aborted, say): frees the probe, counts for nothing. */
  release(): void;
}

export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const settings = optionsObject("circuitBreaker", options) as CircuitBreakerOptions;
  const threshold = wholeNumberOption("failures", settings.failures, 5, 1);
  const resetAfter = millisecondsOption("resetAfter", settings.resetAfter, 30_000);
  const onStateChange = settings.onStateChange;
  if (onStateChange !== undefined && typeof onStateChange !== "function") {
    throw new ConfigurationError("onStateChange must be a function", { field: "onStateChange" });
  }
  let state: CircuitState = "closed";
  let failures = 0;
  let openedAt = 0;
  let probing = false;
  const move = (next: CircuitState) => {
    if (next === state) return;
    const previous = state;
    state = next;
    try {
      onStateChange?.(next, previous);
    } catch {
      // Being told of a change must not change a call's outcome.
    }
  };
  return {
    get state() {
      return state;
    },
    admit(request) {
      if (state === "open" && Date.now() - openedAt >= resetAfter) move("half-open");
      if (state === "closed") return;
      if (state === "half-open" && !probing) {
        probing = true;
        return;
      }
      throw new CircuitOpenError(`not sent: the circuit breaker is ${state} ${describeRequest(request)}`, {
        request: { ...request },
      });
    },
    release() {
      probing = false;
    },
    record(failed) {
      if (!failed) {
        failures = 0;
        probing = false;
        move("closed");
        return;
      }
      failures++;
      if (state === "half-open" || failures >= threshold) {
        openedAt = Date.now();
        probing = false;
        move("open");
      }
    },
  };
}
