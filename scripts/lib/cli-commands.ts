/**
 * Reads the bundled spec into the command table of the `videosdk` command line (generated/cli.ts): one command per
 * operation, named in kebab case from the facade's namespace and method, with one flag per query parameter and per
 * body property (nested objects flattened to `--config.layout.type`), typed and described by the spec.
 */
import type { SpecOperation } from "./operations.js";
import { operationParameters } from "./operations.js";

/** The flags every command of the command line takes; no parameter or property of the spec may take their names. */
export const GLOBAL_FLAGS = [
  "help",
  "data",
  "fields",
  "all",
  "max",
  "dry-run",
  "verbose",
  "wait",
  "timeout",
  "api-key",
  "secret",
  "token",
  "base-url",
] as const;

/** How deep nested body objects are flattened into dotted flags; deeper values are given as JSON. */
const MAX_DEPTH = 4;

export interface CliFlag {
  /** The flag without its dashes: `custom-room-id`, `config.layout.type`. */
  name: string;
  /** Where the value goes: a query parameter, or a property path of the JSON body. */
  in: "query" | "body";
  /** The spec's names along the way: `["config", "layout", "type"]`. */
  key: string[];
  /** `json` takes any JSON value (objects, arrays of objects, unions the command line cannot type). */
  type: "string" | "integer" | "number" | "boolean" | "json";
  /** An array of `type`: the flag repeats, or takes a comma-separated list. */
  list?: true;
  enum?: (string | number)[];
  required?: true;
  summary?: string;
}

export interface CliCommand {
  operationId: string;
  /** Kebab case: `participant-recordings`. */
  namespace: string;
  /** Kebab case: `list-participants`. */
  name: string;
  summary: string;
  /** The path parameters, positional, in path order (the spec's names). */
  args: string[];
  flags: CliFlag[];
  paged: boolean;
  deprecated?: true;
  /** The spec waiter `--wait` runs: its facade name, the operation it polls, and where its path values come from. */
  wait?: { waiter: string; operationId: string; from: "args" | "body" };
}

export interface CliNamespace {
  name: string;
  summary: string;
}

type Schema = Record<string, unknown>;

/** `customRoomId` → `custom-room-id`. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

export function collectCliCommands(
  spec: Record<string, unknown>,
  operations: SpecOperation[],
): { namespaces: CliNamespace[]; commands: CliCommand[] } {
  const problems: string[] = [];
  const resolve = (schema: unknown): Schema => {
    let current = schema as Schema | undefined;
    for (let hops = 0; current?.$ref && hops < 20; hops++) {
      current = (current.$ref as string)
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec) as Schema;
    }
    return current ?? {};
  };
  const paths = spec.paths as Record<string, Record<string, Schema>>;
  const commands = operations.map((op): CliCommand => {
    const item = paths[op.path]!;
    const raw = item[op.method.toLowerCase()]!;
    const flags: CliFlag[] = [];
    for (const parameter of operationParameters<Schema & { name: string; in: string; $ref?: string }>(
      spec,
      item,
      raw,
    )) {
      if (parameter.in !== "query") continue;
      const schema = resolve(parameter.schema);
      const description = (parameter.description as string | undefined) ?? (schema.description as string | undefined);
      flags.push(...leafFlags(resolve, schema, [parameter.name], "query", Boolean(parameter.required), description, 0));
    }
    if (raw.requestBody) {
      const body = resolve(raw.requestBody);
      const schema = resolve((body.content as Record<string, Schema>)["application/json"]?.schema);
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [name, property] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) {
        const resolved = resolve(property);
        const description = (property.description as string | undefined) ?? (resolved.description as string);
        flags.push(...leafFlags(resolve, resolved, [name], "body", required.has(name), description, 1));
      }
    }
    const seen = new Set<string>([...GLOBAL_FLAGS, ...op.pathParams.map(kebabCase)]);
    for (const flag of flags) {
      if (seen.has(flag.name))
        problems.push(`${op.operationId}: two flags, or a flag of the command line, are --${flag.name}`);
      seen.add(flag.name);
    }
    return {
      operationId: op.operationId,
      namespace: kebabCase(op.namespace),
      name: kebabCase(op.methodName),
      summary: op.summary,
      args: op.pathParams,
      flags,
      paged: op.pagination !== null,
      ...(op.deprecated ? { deprecated: true as const } : {}),
    };
  });
  linkWaiters(operations, commands);
  if (problems.length) throw new Error(`the command line cannot be generated:\n- ${problems.join("\n- ")}`);
  const tags = (spec.tags as { name: string; description?: string }[] | undefined) ?? [];
  const used = new Set(operations.map((op) => op.namespace));
  const namespaces = tags
    .filter((tag) => used.has(tag.name))
    .map((tag) => ({ name: kebabCase(tag.name), summary: firstSentence(tag.description ?? "") }));
  return { namespaces, commands };
}

/**
 * `--wait` runs a spec waiter. The polled GET operation takes it (its path values are its own arguments), and so
 * does a `start` or `create` call of the same namespace whose body names every path parameter of the polled
 * operation: `hls start --room-id R --wait` polls `GET /v2/hls/R/active` until playable.
 */
function linkWaiters(operations: SpecOperation[], commands: CliCommand[]): void {
  operations.forEach((polled, index) => {
    const waiter = polled.waiters[0];
    if (!waiter) return;
    commands[index]!.wait = { waiter: waiter.name, operationId: polled.operationId, from: "args" };
    operations.forEach((op, other) => {
      const command = commands[other]!;
      if (op.namespace !== polled.namespace || op.method !== "POST" || command.wait) return;
      if (!/^(start|create)[A-Z]/.test(op.operationId) || polled.pathParams.length === 0) return;
      const bodyKeys = new Set(command.flags.filter((f) => f.in === "body" && f.key.length === 1).map((f) => f.key[0]));
      if (polled.pathParams.every((name) => bodyKeys.has(name))) {
        command.wait = { waiter: waiter.name, operationId: polled.operationId, from: "body" };
      }
    });
  });
}

type Resolve = (schema: unknown) => Schema;

/** The flags of one value: its own, and for an object its properties' (dotted), down to MAX_DEPTH. */
function leafFlags(
  resolve: Resolve,
  schema: Schema,
  key: string[],
  where: CliFlag["in"],
  required: boolean,
  description: string | undefined,
  depth: number,
): CliFlag[] {
  const base = {
    name: key.map(kebabCase).join("."),
    in: where,
    key,
    ...(required ? { required: true as const } : {}),
    ...(description ? { summary: firstSentence(description) } : {}),
  };
  const merged = mergeAllOf(resolve, schema);
  const properties = merged.properties as Record<string, Schema> | undefined;
  if (typeOf(merged) === "object" || properties) {
    const flags: CliFlag[] = [{ ...base, type: "json" }];
    if (!properties || depth >= MAX_DEPTH) return flags;
    const needed = new Set((merged.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      const resolved = resolve(property);
      const text = (property.description as string | undefined) ?? (resolved.description as string | undefined);
      // A nested field is required only when its whole chain is: otherwise the object may be left out.
      flags.push(...leafFlags(resolve, resolved, [...key, name], where, required && needed.has(name), text, depth + 1));
    }
    return flags;
  }
  if (typeOf(merged) === "array") {
    const items = scalar(resolve, resolve(merged.items));
    return [items ? { ...base, ...items, list: true } : { ...base, type: "json" }];
  }
  return [{ ...base, ...(scalar(resolve, merged) ?? { type: "json" as const }) }];
}

/** A scalar's type and enum, or undefined when it is not one the command line can check. */
function scalar(resolve: Resolve, schema: Schema): Pick<CliFlag, "type" | "enum"> | undefined {
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) {
    const resolved = alternatives.map(resolve);
    const types = new Set(resolved.map(typeOf));
    if (types.size !== 1) return undefined;
    const type = [...types][0];
    if (type !== "string" && type !== "integer" && type !== "number" && type !== "boolean") return undefined;
    // One alternative without an enum (a free string) makes the known values a hint, not a rule.
    if (resolved.some((alternative) => !alternative.enum)) return { type };
    return { type, enum: resolved.flatMap((alternative) => alternative.enum as (string | number)[]) };
  }
  const type = typeOf(schema);
  if (type !== "string" && type !== "integer" && type !== "number" && type !== "boolean") return undefined;
  const values = (schema.enum as unknown[] | undefined)?.filter((value) => value !== null) as
    | (string | number)[]
    | undefined;
  return values ? { type, enum: values } : { type };
}

/** The schema's type, the non-null one of a 3.1 type list. */
function typeOf(schema: Schema): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== "null") as string | undefined;
  return type as string | undefined;
}

function mergeAllOf(resolve: Resolve, schema: Schema): Schema {
  const parts = schema.allOf as Schema[] | undefined;
  if (!parts) return schema;
  const merged: Schema = { ...schema, properties: { ...(schema.properties as object) } };
  for (const part of parts.map((p) => mergeAllOf(resolve, resolve(p)))) {
    Object.assign(merged.properties as object, part.properties);
    merged.required = [...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])];
    merged.type ??= part.type;
  }
  return merged;
}

/** The first sentence of a description, on one line, for help text. */
export function firstSentence(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  const end = line.search(/\.(\s|$)/);
  const sentence = end >= 0 ? line.slice(0, end) : line;
  return sentence.length > 100 ? `${sentence.slice(0, 97).trimEnd()}...` : sentence;
}
