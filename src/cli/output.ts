/**
 * JSON on stdout: indented and coloured on a terminal, one line when piped (so `| jq` and JSON Lines work), and
 * `--fields a,b.c` to keep only some fields.
 */
import { UsageError } from "./usage-error.js";

export interface Output {
  /** One value: pretty on a terminal, compact otherwise. */
  value(value: unknown): void;
  /** One item of a stream: always one line (JSON Lines). */
  line(value: unknown): void;
  /** Plain text (a token, a curl command). */
  text(text: string): void;
}

export function createOutput(stream: NodeJS.WriteStream = process.stdout): Output {
  const tty = Boolean(stream.isTTY);
  const colour = tty && !process.env.NO_COLOR && process.env.TERM !== "dumb";
  return {
    value: (value) =>
      stream.write(`${tty ? (colour ? colourJson(value) : JSON.stringify(value, null, 2)) : JSON.stringify(value)}\n`),
    line: (value) => stream.write(`${JSON.stringify(value)}\n`),
    text: (text) => stream.write(`${text}\n`),
  };
}

const paint = (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m`;

function colourJson(value: unknown, indent = ""): string {
  if (value === null || typeof value === "boolean") return paint(35, String(value));
  if (typeof value === "number") return paint(33, String(value));
  if (typeof value === "string") return paint(32, JSON.stringify(value));
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => inner + colourJson(item, inner)).join(",\n")}\n${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const body = entries.map(([key, v]) => `${inner}${paint(36, JSON.stringify(key))}: ${colourJson(v, inner)}`);
    return `{\n${body.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The dotted paths of `--fields`, checked. */
export function parseFields(raw: string | undefined): string[][] | undefined {
  if (raw === undefined) return undefined;
  const fields = raw.split(",").map((field) => field.trim());
  if (fields.some((field) => field === "" || field.split(".").some((step) => step === ""))) {
    throw new UsageError(
      `--fields takes names separated by commas, such as id,config.layout.type; got ${raw}`,
      "--fields",
    );
  }
  return fields.map((field) => field.split("."));
}

/** Only the given fields of an object, nested as they were; arrays pick from each element. */
export function pickFields(value: unknown, fields: string[][] | undefined): unknown {
  if (!fields) return value;
  if (Array.isArray(value)) return value.map((item) => pickFields(item, fields));
  if (typeof value !== "object" || value === null) return value;
  const picked: Record<string, unknown> = {};
  const groups = new Map<string, string[][]>();
  for (const [head, ...rest] of fields) {
    const list = groups.get(head!) ?? [];
    list.push(rest);
    groups.set(head!, list);
  }
  for (const [key, rests] of groups) {
    if (!(key in (value as object))) continue;
    const child = (value as Record<string, unknown>)[key];
    picked[key] = rests.some((rest) => rest.length === 0) ? child : pickFields(child, rests);
  }
  return picked;
}
