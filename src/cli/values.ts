/**
 * Flag values checked against the spec's types and enums, and assembled into the operation's input: `--data`
 * first, then each flag at its key path (`--config.layout.type GRID` → `{config: {layout: {type: "GRID"}}}`),
 * then the required fields checked, so that a request the API would refuse is refused before it is sent.
 */
import { readFileSync } from "node:fs";
import type { CliCommand } from "../../generated/cli.js";
import type { FlagSpec } from "./command-table.js";
import { UsageError } from "./usage-error.js";

/** One flag's raw values as its type says: a string, number, boolean or JSON value; a list for list flags. */
export function coerce(flag: FlagSpec, raw: readonly string[]): unknown {
  if (flag.list) {
    const items = flag.type === "json" ? raw : raw.flatMap((value) => value.split(",")).filter((value) => value !== "");
    return items.map((item) => scalar(flag, item));
  }
  return scalar(flag, raw[0]!);
}

function scalar(flag: FlagSpec, raw: string): unknown {
  const refuse = (what: string) =>
    new UsageError(`--${flag.name} must be ${what}, got ${JSON.stringify(raw)}`, `--${flag.name}`);
  let value: unknown = raw;
  switch (flag.type) {
    case "integer":
      if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw refuse("a whole number");
      value = Number(raw);
      break;
    case "number":
      if (raw.trim() === "" || !Number.isFinite(Number(raw))) throw refuse("a number");
      value = Number(raw);
      break;
    case "boolean":
      if (raw !== "true" && raw !== "false") throw refuse("true or false");
      value = raw === "true";
      break;
    case "json":
      try {
        value = JSON.parse(raw);
      } catch {
        throw refuse("JSON (quote it for the shell: '{\"a\":1}')");
      }
      break;
  }
  if (flag.enum && !flag.enum.includes(value as string | number)) {
    throw new UsageError(
      `--${flag.name} must be one of ${flag.enum.join(", ")}; got ${JSON.stringify(raw)}`,
      `--${flag.name}`,
    );
  }
  return value;
}

/** The body or query of an operation from `--data` and the flags; undefined when neither gave anything. */
export function buildInput(
  operation: CliCommand,
  values: ReadonlyMap<string, string[]>,
  readStdin: () => string = () => readFileSync(0, "utf8"),
): Record<string, unknown> | undefined {
  let input: Record<string, unknown> | undefined;
  const data = values.get("data")?.[0];
  if (data !== undefined) input = parseData(data, readStdin);
  for (const flag of operation.flags) {
    const raw = values.get(flag.name);
    if (!raw) continue;
    input ??= {};
    setAt(input, flag.key, coerce(flag, raw), flag.name);
  }
  for (const flag of operation.flags) {
    if (flag.required && valueAt(input, flag.key) === undefined) {
      throw new UsageError(`--${flag.name} is required${flag.summary ? ` (${flag.summary})` : ""}`, `--${flag.name}`);
    }
  }
  return input;
}

function parseData(data: string, readStdin: () => string): Record<string, unknown> {
  let text = data;
  let source = "--data";
  if (data === "-") {
    text = readStdin();
    source = "--data - (stdin)";
  } else if (data.startsWith("@")) {
    source = `--data ${data}`;
    try {
      text = readFileSync(data.slice(1), "utf8");
    } catch (error) {
      throw new UsageError(`${source}: cannot read the file (${(error as NodeJS.ErrnoException).code})`, "--data");
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`${source} is not JSON`, "--data");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(`${source} must be a JSON object`, "--data");
  }
  return value as Record<string, unknown>;
}

function setAt(target: Record<string, unknown>, key: readonly string[], value: unknown, flag: string): void {
  let node = target;
  for (const step of key.slice(0, -1)) {
    const next = node[step];
    if (next === undefined) node[step] = {};
    else if (typeof next !== "object" || next === null || Array.isArray(next)) {
      throw new UsageError(`--${flag} sets a field inside ${step}, which is not an object here`, `--${flag}`);
    }
    node = node[step] as Record<string, unknown>;
  }
  node[key[key.length - 1]!] = value;
}

export function valueAt(value: unknown, key: readonly string[]): unknown {
  let node = value;
  for (const step of key) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}

/** A duration for `--timeout`: milliseconds, or a number with s, m or h. */
export function parseDuration(flag: string, raw: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw.trim());
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match?.[2] ?? "ms"]!;
  const ms = match ? Math.round(Number(match[1]) * factor) : Number.NaN;
  if (!(ms > 0))
    throw new UsageError(`--${flag} must be a duration such as 30000, 90s, 5m or 1h; got ${raw}`, `--${flag}`);
  return ms;
}
