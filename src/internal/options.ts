/** Checks of options, so every option fails the same clear way: a ConfigurationError naming it. */
import { ConfigurationError } from "../errors.js";
import type { Middleware } from "../middleware.js";

/** The longest delay a timer takes: Node and browsers wrap anything longer to about 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A duration in ms: the fallback when left out, else a number > 0 that a timer can take. A cache lifetime may
 * also be 0 (never cache) or Infinity (never expire): `{ cacheLifetime: true }`.
 */
export function millisecondsOption(
  name: string,
  value: unknown,
  fallback: number,
  rule: { cacheLifetime?: boolean; cooldown?: boolean } = {},
): number {
  if (value === undefined) return fallback;
  // A cache lifetime may be 0 (no cache) or Infinity (kept for good); a cooldown may be 0 but must end, or one
  // failure would last for good; anything else is a timer's delay.
  const [min, max, range] = rule.cacheLifetime
    ? [0, Infinity, "≥ 0"]
    : rule.cooldown
      ? [0, MAX_TIMER_MS, `≥ 0 and ≤ ${MAX_TIMER_MS}`]
      : [Number.MIN_VALUE, MAX_TIMER_MS, `> 0 and ≤ ${MAX_TIMER_MS}`];
  if (!(typeof value === "number" && value >= min && value <= max)) {
    throw new ConfigurationError(`${name} must be a number of milliseconds ${range}, got ${describe(value)}`, {
      field: name,
    });
  }
  return value;
}

/** A count: the fallback when left out, else a whole number ≥ min (and ≤ max, when given). */
export function wholeNumberOption(name: string, value: unknown, fallback: number, min: number, max = Infinity): number {
  if (value === undefined) return fallback;
  if (!(typeof value === "number" && Number.isInteger(value) && value >= min && value <= max)) {
    const range = max === Infinity ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new ConfigurationError(`${name} must be a whole number ${range}, got ${describe(value)}`, { field: name });
  }
  return value;
}

/** A cap on a count: the fallback when left out, else a positive whole number, or Infinity for no cap. */
export function capOption<F extends number | undefined>(name: string, value: unknown, fallback: F): number | F {
  if (value === undefined) return fallback;
  if (value === Infinity || (typeof value === "number" && Number.isInteger(value) && value > 0)) return value;
  throw new ConfigurationError(`${name} must be a positive whole number or Infinity, got ${describe(value)}`, {
    field: name,
  });
}

/** A plain object (not null, not an array, not a class instance such as a Date). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** An options argument: undefined, or a plain object. */
export function optionsObject(name: string, value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw new ConfigurationError(`${name} must be an object, got ${describe(value)}`);
  return value;
}

/**
 * Headers given as a plain object or a Headers instance, checked the way fetch would (names are tokens, values
 * carry no line breaks or control characters), but with an error that names the header and never shows the value.
 */
export function checkHeaders(name: string, headers: unknown): Record<string, string> | Headers | undefined {
  if (headers === undefined) return undefined;
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers;
  if (!isPlainObject(headers)) {
    throw new ConfigurationError(`${name} must be an object of header names to strings`, { field: name });
  }
  for (const [header, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+\-.^`|~\w]+$/.test(header)) {
      throw new ConfigurationError(`${name}: ${JSON.stringify(header.slice(0, 64))} is not a valid header name`, {
        field: name,
      });
    }
    if (typeof value !== "string" || !isHeaderValue(value)) {
      throw new ConfigurationError(
        `${name}: the value of ${header} must be a string without line breaks or control characters`,
        { field: name },
      );
    }
  }
  return headers as Record<string, string>;
}

/** True for text that can be an HTTP header value: visible Latin-1 characters, spaces and tabs. */
export function isHeaderValue(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return !/[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/.test(value);
}

/** A value for a message: its type, or the number itself. Never the text of a string (it may be a secret). */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  return typeof value === "object" ? "an object" : typeof value;
}

/** Middleware is an array of objects whose hooks are functions. */
export function checkMiddleware(name: string, value: unknown): readonly Middleware[] | undefined {
  if (value === undefined) return undefined;
  const hooks = ["onRequest", "onResponse", "onError", "onCallEnd"] as const;
  const valid =
    Array.isArray(value) &&
    value.every(
      (m) =>
        typeof m === "object" &&
        m !== null &&
        hooks.some((hook) => hook in m) &&
        hooks.every((hook) => m[hook] === undefined || typeof m[hook] === "function"),
    );
  if (!valid) {
    throw new ConfigurationError(
      `${name} must be an array of objects with onRequest, onResponse, onError or onCallEnd`,
      {
        field: name,
      },
    );
  }
  return value as readonly Middleware[];
}

/**
 * Refuses an option the factory does not know, as the token functions do: a misspelt option left unused would look
 * applied. The hint is the known name that differs only in case (`apikey`, `baseURL`). Values are never shown.
 */
export function refuseUnknownOptions(options: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const hint = known.find((name) => name.toLowerCase() === key.toLowerCase());
    throw new ConfigurationError(
      `unknown option ${JSON.stringify(key.slice(0, 64))}${hint ? ` (did you mean "${hint}"?)` : ""}; known: ${known.join(", ")}`,
      { field: key },
    );
  }
}
