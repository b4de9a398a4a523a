/**
 * The MCP server's tools, read from the bundled spec into generated/mcp-tools.json: one tool per operation and
 * one per waiter, each with the definition `tools/list` sends (name, description, inputSchema, annotations) and
 * where each argument goes (path, query or body).
 *
 * Input schemas are plain JSON Schema 2020-12 that MCP clients accept: every `$ref` inlined, no OpenAPI-only
 * keyword (`example`, `discriminator`, `x-*`), `oneOf` read as `anyOf`, `allOf` of objects merged, read-only and
 * deprecated properties left out, and only the formats every validator knows.
 */
import type { JsonSchema, McpTool } from "../../src/mcp/tool-types.js";
import type { SpecOperation, SpecWaiter } from "./operations.js";
import { operationParameters } from "./operations.js";

interface SpecParameter {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: unknown;
}

/** The verbs of operations that end, stop or delete something: their tools wait for `--allow-destructive`. */
const DESTRUCTIVE_VERBS = new Set(["delete", "deactivate", "stop", "end", "remove"]);
/** Client prefixes (`mcp__videosdk__`) stay under the 64 characters clients allow. */
const MAX_NAME_LENGTH = 40;
export const TOOL_NAME_PATTERN = /^[a-z0-9_]{1,40}$/;
/** A waiter tool waits this long unless told otherwise: under the 60 s request timeout many clients apply. */
const WAITER_DEFAULT_SECONDS = 50;
/** And never longer than this, whatever the waiter's own timeout. */
const WAITER_MAX_SECONDS = 600;
/** Tool descriptions keep whole sentences of the operation's first paragraph up to this length. */
const DESCRIPTION_BUDGET = 320;
/** Property descriptions keep whole sentences up to this length. */
const PROPERTY_DESCRIPTION_BUDGET = 160;

const KEPT_KEYWORDS = [
  "type",
  "enum",
  "const",
  "default",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
] as const;
const KNOWN_FORMATS = new Set(["date-time", "date", "time", "uri", "email", "uuid", "hostname", "ipv4", "ipv6"]);

export function buildMcpTools(spec: Record<string, unknown>, operations: SpecOperation[]): McpTool[] {
  const tools: McpTool[] = [];
  for (const op of operations) {
    tools.push(operationTool(spec, op));
    for (const waiter of op.waiters) tools.push(waiterTool(spec, op, waiter));
  }
  const seen = new Set<string>();
  for (const tool of tools) {
    const name = tool.definition.name;
    if (!TOOL_NAME_PATTERN.test(name) || name.length > MAX_NAME_LENGTH) {
      throw new Error(`MCP tool name ${name} (${tool.operationId}) must match ${TOOL_NAME_PATTERN}`);
    }
    if (seen.has(name)) throw new Error(`two MCP tools are named ${name}`);
    seen.add(name);
  }
  return tools;
}

/** `participantRecordings` + `waitForFile` → `participant_recordings_wait_for_file`. */
export function toolName(namespace: string, method: string): string {
  const snake = (word: string) => word.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  return `${snake(namespace)}_${snake(method)}`;
}

function operationTool(spec: Record<string, unknown>, op: SpecOperation): McpTool {
  const raw = rawOperation(spec, op);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const args = { path: [] as string[], query: [] as string[], body: [] as string[] };
  const add = (name: string, schema: JsonSchema, isRequired: boolean, where: keyof typeof args) => {
    if (properties[name])
      throw new Error(`${op.operationId}: the argument ${name} is both a ${where} and another input`);
    properties[name] = schema;
    if (isRequired) required.push(name);
    args[where].push(name);
  };

  const parameters = operationParameters<SpecParameter>(spec, raw.item, raw.op);
  for (const name of op.pathParams) {
    const parameter = parameters.find((p) => p.in === "path" && p.name === name);
    if (!parameter) throw new Error(`${op.operationId}: the path parameter ${name} is not declared`);
    add(name, parameterSchema(spec, parameter), true, "path");
  }
  for (const parameter of parameters.filter((p) => p.in === "query")) {
    add(parameter.name, parameterSchema(spec, parameter), Boolean(parameter.required), "query");
  }
  if (op.hasBody) {
    const content = (raw.op.requestBody as { content: Record<string, { schema: JsonSchema }> }).content;
    const body = plainSchema(spec, content["application/json"]!.schema, []);
    if (body.type !== "object" || !body.properties) {
      throw new Error(`${op.operationId}: an MCP tool needs a request body that is an object with properties`);
    }
    const bodyRequired = new Set((body.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(body.properties as Record<string, JsonSchema>)) {
      // A required field of an optional body is required only once a body is sent: optional here.
      add(name, schema, op.bodyRequired && bodyRequired.has(name), "body");
    }
  }

  const verb = op.methodName.match(/^[a-z]+/)?.[0] ?? "";
  const destructive = DESTRUCTIVE_VERBS.has(verb);
  const facts = [`${op.method} ${op.path}.`];
  if (op.pagination) facts.push("Answers one page (`page`, `perPage`); its `pages` says how many remain.");
  if (op.deprecated) facts.push("Deprecated.");
  return {
    kind: "operation",
    operationId: op.operationId,
    destructive,
    arguments: args,
    paginated: Boolean(op.pagination),
    definition: {
      name: toolName(op.namespace, op.methodName),
      title: op.summary,
      description: [sentence(op.summary), keyFacts(String(raw.op.description ?? ""), DESCRIPTION_BUDGET), ...facts]
        .filter(Boolean)
        .join(" "),
      inputSchema: objectSchema(properties, required),
      annotations: {
        readOnlyHint: op.method === "GET",
        destructiveHint: destructive,
        idempotentHint: op.method === "GET" || op.method === "PUT" || op.method === "DELETE",
        openWorldHint: true,
      },
    },
  };
}

function waiterTool(spec: Record<string, unknown>, op: SpecOperation, waiter: SpecWaiter): McpTool {
  const raw = rawOperation(spec, op);
  const parameters = operationParameters<SpecParameter>(spec, raw.item, raw.op);
  const max = Math.min(WAITER_MAX_SECONDS, Math.floor(waiter.timeout / 1000));
  const fallback = Math.min(WAITER_DEFAULT_SECONDS, max);
  const properties: Record<string, JsonSchema> = {};
  for (const name of op.pathParams) {
    properties[name] = parameterSchema(spec, parameters.find((p) => p.in === "path" && p.name === name)!);
  }
  properties.timeoutSeconds = {
    type: "integer",
    minimum: 1,
    maximum: max,
    default: fallback,
    description: `How long to wait, in seconds: default ${fallback}, at most ${max}.`,
  };
  return {
    kind: "waiter",
    operationId: op.operationId,
    waiter: waiter.name,
    destructive: false,
    arguments: { path: op.pathParams, query: [], body: [] },
    paginated: false,
    timeoutSeconds: { default: fallback, max },
    definition: {
      name: toolName(op.namespace, waiter.name),
      title: `Wait: ${op.summary}`,
      description: [
        keyFacts(waiter.description, DESCRIPTION_BUDGET),
        `Polls ${op.method} ${op.path} with progress notifications until then, or until timeoutSeconds pass.`,
      ].join(" "),
      inputSchema: objectSchema(properties, op.pathParams),
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
  };
}

function objectSchema(properties: Record<string, JsonSchema>, required: string[]) {
  return {
    type: "object" as const,
    properties,
    ...(required.length ? { required } : {}),
    // Unknown arguments are refused by name rather than dropped without a word.
    additionalProperties: false,
  };
}

function rawOperation(spec: Record<string, unknown>, op: SpecOperation) {
  const item = (spec.paths as Record<string, Record<string, unknown>>)[op.path]!;
  return { item, op: item[op.method.toLowerCase()] as Record<string, unknown> };
}

function parameterSchema(spec: Record<string, unknown>, parameter: { description?: string; schema?: unknown }) {
  const schema = plainSchema(spec, (parameter.schema ?? {}) as JsonSchema, []);
  const description = parameter.description ?? (schema.description as string | undefined);
  return description ? { ...schema, description: keyFacts(description, PROPERTY_DESCRIPTION_BUDGET) } : schema;
}

/** The schema with `$ref`s inlined and only the keywords clients accept; a recursive `$ref` becomes `{}`. */
export function plainSchema(spec: Record<string, unknown>, schema: JsonSchema, seen: string[]): JsonSchema {
  if (typeof schema.$ref === "string") {
    const ref = schema.$ref;
    if (!ref.startsWith("#/")) throw new Error(`only local $refs can be inlined, got ${ref}`);
    if (seen.includes(ref)) return {};
    const target = ref
      .slice(2)
      .split("/")
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")],
        spec,
      );
    const inlined = plainSchema(spec, target as JsonSchema, [...seen, ref]);
    // A description beside the $ref (3.1 allows it) describes this use, better than the target's own.
    return typeof schema.description === "string"
      ? { ...inlined, description: keyFacts(schema.description, PROPERTY_DESCRIPTION_BUDGET) }
      : inlined;
  }
  if (Array.isArray(schema.allOf)) return mergeAllOf(spec, schema, seen);

  const out: JsonSchema = {};
  if (typeof schema.description === "string" && schema.description.trim()) {
    out.description = keyFacts(schema.description, PROPERTY_DESCRIPTION_BUDGET);
  }
  for (const keyword of KEPT_KEYWORDS) if (schema[keyword] !== undefined) out[keyword] = schema[keyword];
  if (typeof schema.format === "string" && KNOWN_FORMATS.has(schema.format)) out.format = schema.format;
  if (schema.properties) {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
      const resolved = resolveRef(spec, property);
      // What the server sets, or what is on its way out, is no input.
      if (resolved.readOnly === true || resolved.deprecated === true || property.deprecated === true) continue;
      properties[name] = plainSchema(spec, property, seen);
    }
    out.properties = properties;
    const required = ((schema.required as string[] | undefined) ?? []).filter((name) => name in properties);
    if (required.length) out.required = required;
  }
  if (typeof schema.additionalProperties === "boolean") out.additionalProperties = schema.additionalProperties;
  else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    out.additionalProperties = plainSchema(spec, schema.additionalProperties as JsonSchema, seen);
  }
  if (schema.items && typeof schema.items === "object") out.items = plainSchema(spec, schema.items as JsonSchema, seen);
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  // oneOf's "exactly one" is rarely what tells alternatives apart, and some clients refuse oneOf: anyOf it is.
  if (alternatives) out.anyOf = alternatives.map((alternative) => plainSchema(spec, alternative, seen));
  return out;
}

/** allOf of object schemas as one object schema: what most clients' form builders and validators expect. */
function mergeAllOf(spec: Record<string, unknown>, schema: JsonSchema, seen: string[]): JsonSchema {
  const { allOf, ...rest } = schema;
  const parts = [rest, ...(allOf as JsonSchema[])].map((part) => plainSchema(spec, part, seen));
  const merged: JsonSchema = {};
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const part of parts) {
    const { properties: partProperties, required: partRequired, ...keywords } = part;
    Object.assign(properties, partProperties as Record<string, JsonSchema> | undefined);
    required.push(...((partRequired as string[] | undefined) ?? []));
    for (const [keyword, value] of Object.entries(keywords)) {
      if (merged[keyword] !== undefined && JSON.stringify(merged[keyword]) !== JSON.stringify(value)) {
        if (keyword === "description") continue;
        throw new Error(
          `allOf parts disagree on ${keyword}: ${JSON.stringify(merged[keyword])} and ${JSON.stringify(value)}`,
        );
      }
      merged[keyword] = value;
    }
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.length) merged.required = [...new Set(required)];
  return merged;
}

function resolveRef(spec: Record<string, unknown>, schema: JsonSchema): JsonSchema {
  if (typeof schema.$ref !== "string") return schema;
  return resolveRef(
    spec,
    schema.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec) as JsonSchema,
  );
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed && !/[.!?]$/.test(trimmed) ? `${trimmed}.` : trimmed;
}

/**
 * The first paragraph of a description, on one line, cut after the last whole sentence within `budget`
 * characters (the first sentence, cut at a word, when even that is longer).
 */
export function keyFacts(description: string, budget: number): string {
  const paragraph = (description.trim().split(/\n\s*\n/)[0] ?? "").replace(/\s+/g, " ").trim();
  if (paragraph.length <= budget) return paragraph;
  const sentences = paragraph.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [paragraph];
  let kept = "";
  for (const part of sentences) {
    if ((kept + part).trim().length > budget) break;
    kept += part;
  }
  if (kept.trim()) return kept.trim();
  return `${paragraph.slice(0, budget - 1).replace(/\s+\S*$/, "")}…`;
}

export function renderMcpTools(tools: McpTool[]): string {
  return `${JSON.stringify({ $comment: "Generated from spec/ by `npm run generate`. Do not edit it by hand.", tools }, null, 2)}\n`;
}
