/** Reads generated/openapi.json (kept equal to spec/ by the freshness test) and resolves its references. */
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

/** `METHOD path` of every operation under `paths`. */
export function operationKeys(): string[] {
  return Object.entries((spec.paths ?? {}) as Schema).flatMap(([route, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${route}`),
  );
}
