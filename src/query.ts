import { InvalidRequestError } from "./errors.js";

/**
 * Query-string serialisation as VideoSDK expects it: arrays comma-joined (`status=a,b`), not repeated keys;
 * undefined and null values left out.
 */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.map(String).join(",") : String(value);
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(text).replace(/%2C/g, ",")}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

/** Fills `{name}` segments of a path template with URL-encoded values. */
export function fillPath(template: string, names: readonly string[], values: readonly unknown[]): string {
  let path = template;
  names.forEach((name, i) => {
    const value = values[i];
    if (value === undefined || value === null || String(value) === "") {
      throw new InvalidRequestError(`path parameter \`${name}\` is required for ${template}, got ${String(value)}`);
    }
    path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  });
  return path;
}
