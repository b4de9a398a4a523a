/** Checks of numeric options, so every option fails the same clear way: a ConfigurationError naming it. */
import { ConfigurationError } from "./errors.js";

/**
 * A duration in ms: the fallback when left out, else a number > 0. A cache lifetime may also be 0 (never cache)
 * or Infinity (never expire): `{ cacheLifetime: true }`. Timers cannot take Infinity, so other durations are finite.
 */
export function millisecondsOption(
  name: string,
  value: unknown,
  fallback: number,
  rule: { cacheLifetime?: boolean } = {},
): number {
  if (value === undefined) return fallback;
  const ok = typeof value === "number" && (rule.cacheLifetime ? value >= 0 : value > 0 && Number.isFinite(value));
  if (!ok)
    throw new ConfigurationError(
      `${name} must be a number of milliseconds ${rule.cacheLifetime ? "≥ 0" : "> 0"}, got ${String(value)}`,
    );
  return value;
}

/** A count: the fallback when left out, else a whole number ≥ min. */
export function wholeNumberOption(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isInteger(value) && value >= min)) {
    throw new ConfigurationError(`${name} must be a whole number ≥ ${min}, got ${String(value)}`);
  }
  return value;
}
