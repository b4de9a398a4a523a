/**
 * Builds request URLs from an operation's path template, its path values and its query, so that an input can
 * only ever reach the endpoint it names: every path value is exactly one segment, and the query is a plain
 * object of scalar values.
 */
import { InvalidRequestError } from "../errors.js";
import { describe, isPlainObject } from "./options.js";

/** One path value, encoded as exactly one segment: a non-empty string other than `.` and `..`. */
export function pathSegment(name: string, value: unknown): string {
  if (typeof value !== "string" || value === "") {
    throw new InvalidRequestError(`path parameter ${name} must be a non-empty string, got ${describe(value)}`, {
      field: name,
    });
  }
  // `.` and `..` would be resolved away by the URL parser and reach another endpoint (`/v2/rooms/..` is `/v2/`).
  if (value === "." || value === "..") {
    throw new InvalidRequestError(`path parameter ${name} cannot be "${value}"`, { field: name });
  }
  return encodeURIComponent(value);
}

/**
 * Fills a path template split around its `{name}` segments (`"/v2/rooms/{roomId}"` → `["/v2/rooms/", ""]`):
 * the values go between the parts, in order.
 */
export function fillPath(parts: readonly string[], names: readonly string[], values: readonly unknown[]): string {
  let path = parts[0]!;
  for (let i = 0; i < names.length; i++) path += pathSegment(names[i]!, values[i]) + parts[i + 1]!;
  return path;
}

/** openapi-fetch's pathSerializer, under the same rule as the facade's paths. */
export function serializePath(template: string, values: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => pathSegment(name, values?.[name]));
}

type QueryScalar = string | number | boolean | Date;

/**
 * Query-string serialisation as VideoSDK expects it: arrays comma-joined (`status=a,b`), not repeated keys;
 * dates as ISO 8601; undefined and null values left out. Anything else is refused, naming the key.
 */
export function serializeQuery(query: unknown): string {
  if (query === undefined || query === null) return "";
  if (!isPlainObject(query)) {
    throw new InvalidRequestError(`the query must be an object of parameters, got ${describe(query)}`, {
      field: "query",
    });
  }
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.map((item) => listElement(key, item)).join(",") : scalar(key, value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replace(/%2C/g, ",")}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

function scalar(key: string, value: unknown): string {
  if (!isQueryScalar(value)) {
    throw new InvalidRequestError(
      `query parameter ${key} must be a string, a finite number, a boolean, a Date or an array of those, got ${describe(value)}`,
      { field: key },
    );
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new InvalidRequestError(`query parameter ${key} is an invalid Date`, { field: key });
    }
    return value.toISOString();
  }
  return String(value);
}

function listElement(key: string, value: unknown): string {
  const text = scalar(key, value);
  // The elements are comma-joined: one that holds a comma would be read back as two.
  if (text.includes(",")) {
    throw new InvalidRequestError(`query parameter ${key}: a list element cannot contain a comma`, { field: key });
  }
  return text;
}

function isQueryScalar(value: unknown): value is QueryScalar {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value)) ||
    value instanceof Date
  );
}
