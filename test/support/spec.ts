/** Reads generated/openapi.json (kept equal to spec/ by generated-is-fresh.test.ts) and walks its examples. */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: any };

export const specPath = new URL("../../generated/openapi.json", import.meta.url);
export const spec = JSON.parse(readFileSync(specPath, "utf8")) as Schema;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Replaces every `{$ref: "#/..."}` by the object it points at (the spec has no recursive schemas). */
export function dereference<T>(node: T, root: Schema = spec, seen: string[] = []): T {
  if (Array.isArray(node)) return node.map((item) => dereference(item, root, seen)) as T;
  if (node === null || typeof node !== "object") return node;
  const ref = (node as Schema).$ref;
  if (typeof ref === "string") {
    if (seen.includes(ref)) throw new Error(`recursive $ref ${ref}`);
    return dereference(resolvePointer(root, ref), root, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, dereference(v, root, seen)])) as T;
}

export function resolvePointer(root: Schema, ref: string): any {
  if (!ref.startsWith("#/")) throw new Error(`only local refs are expected in the bundle, got ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((node, key) => {
      if (node?.[key] === undefined) throw new Error(`unresolved $ref ${ref}`);
      return node[key];
    }, root);
}

export const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv);

export function validate(schema: Schema, value: unknown): string[] {
  const check = ajv.compile(schema);
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

/**
 * The schemas that apply to a value: the schema itself, its allOf members, and the anyOf/oneOf members
 * the value actually matches (recursively).
 */
function applicableSchemas(schema: Schema, value: unknown): Schema[] {
  const out: Schema[] = [schema];
  for (const member of schema.allOf ?? []) out.push(...applicableSchemas(member, value));
  for (const member of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    if (validate(member, value).length === 0) out.push(...applicableSchemas(member, value));
  }
  return out;
}

/** Paths of every property in `value` that no applicable schema declares (by `properties` or `patternProperties`). */
export function undeclaredProperties(schema: Schema, value: unknown, at = ""): string[] {
  const schemas = applicableSchemas(schema, value);
  if (Array.isArray(value)) {
    const itemSchemas = schemas.map((s) => s.items).filter((s): s is Schema => typeof s === "object");
    return value.flatMap((item, i) => itemSchemas.flatMap((s) => undeclaredProperties(s, item, `${at}/${i}`)));
  }
  if (value === null || typeof value !== "object") return [];
  const problems: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const declaring = schemas.flatMap((s) => [
      ...(s.properties && key in s.properties ? [s.properties[key] as Schema] : []),
      ...Object.entries((s.patternProperties ?? {}) as Record<string, Schema>)
        .filter(([pattern]) => new RegExp(pattern, "u").test(key))
        .map(([, sub]) => sub),
    ]);
    if (declaring.length === 0) problems.push(`${at}/${key}`);
    else problems.push(...[...new Set(declaring)].flatMap((s) => undeclaredProperties(s, child, `${at}/${key}`)));
  }
  return problems;
}

export interface ExampleCase {
  /** Where the example sits, e.g. `POST /v2/rooms request docs2025`. */
  where: string;
  schema: Schema;
  value: Json;
}

function mediaExamples(where: string, media: Schema | undefined): ExampleCase[] {
  if (!media?.schema) return [];
  const schema = dereference(media.schema);
  const cases: ExampleCase[] = Object.entries((media.examples ?? {}) as Record<string, Schema>).map(([name, ex]) => ({
    where: `${where} ${name}`,
    schema,
    value: dereference(ex).value as Json,
  }));
  if (media.example !== undefined) cases.push({ where: `${where} example`, schema, value: media.example });
  return cases;
}

/** Every example in the spec: request bodies, responses, parameters and headers of operations and webhooks. */
export function allExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const groups: [string, Schema][] = [
    ...Object.entries((spec.paths ?? {}) as Schema).map(([p, item]) => [p, item] as [string, Schema]),
    ...Object.entries((spec.webhooks ?? {}) as Schema).map(([e, item]) => [`webhook ${e}`, item] as [string, Schema]),
  ];
  for (const [route, item] of groups) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      const label = `${method.toUpperCase()} ${route}`;
      const body = dereference(op.requestBody) as Schema | undefined;
      cases.push(...mediaExamples(`${label} request`, body?.content?.["application/json"]));
      for (const [status, raw] of Object.entries((op.responses ?? {}) as Schema)) {
        const response = dereference(raw) as Schema;
        cases.push(...mediaExamples(`${label} ${status}`, response.content?.["application/json"]));
        for (const [name, header] of Object.entries((response.headers ?? {}) as Schema)) {
          if (header.example !== undefined)
            cases.push({ where: `${label} ${status} header ${name}`, schema: header.schema, value: header.example });
        }
      }
      for (const param of dereference([...(item.parameters ?? []), ...(op.parameters ?? [])]) as Schema[]) {
        if (param.example !== undefined)
          cases.push({ where: `${label} parameter ${param.name}`, schema: param.schema, value: param.example });
        for (const [name, ex] of Object.entries((param.examples ?? {}) as Schema)) {
          cases.push({ where: `${label} parameter ${param.name} ${name}`, schema: param.schema, value: ex.value });
        }
      }
    }
  }
  return cases;
}

/** `METHOD path` of every operation under `paths`. */
export function operationKeys(): string[] {
  return Object.entries((spec.paths ?? {}) as Schema).flatMap(([route, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${route}`),
  );
}
