/**
 * `videosdk-api/validate`: opt-in runtime validation against the bundled spec, as a middleware. Requests are
 * checked before they are sent (body, query and path values), answers when they arrive (the schema of their
 * status), each against the operation's schemas, compiled on first use. Drift is reported with the operationId and
 * a JSON pointer; `mode: "strict"` fails the call with a SpecDriftError instead.
 *
 * `ajv` and `ajv-formats` are optional peer dependencies: install them to use this entry. The spec comes with it.
 * They are loaded (Node's require) when createValidationMiddleware is first called; without them, that call throws a
 * PeerDependencyMissingError naming the package to install.
 */
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import spec from "../../generated/openapi.json" with { type: "json" };
import { ConfigurationError, SpecDriftError, type SpecDriftIssue } from "../errors.js";
import { PeerDependencyMissingError, requirePeer } from "../internal/optional-peer.js";
import type { Middleware, MiddlewareParams } from "../middleware.js";

export type { SpecDriftIssue };
export { PeerDependencyMissingError, SpecDriftError };

export interface SpecDrift {
  operationId: string;
  direction: "request" | "response";
  /** The answer's status, for response drift. */
  status?: number | undefined;
  issues: SpecDriftIssue[];
}

export interface ValidationMiddlewareOptions {
  /** `warn` (default) reports drift and lets the call go on; `strict` fails it with a SpecDriftError. */
  mode?: "warn" | "strict" | undefined;
  /** Where drift is reported in `warn` mode. Default: `console.warn`, one line per drift. */
  onDrift?: ((drift: SpecDrift) => void) | undefined;
  /** Check requests, answers, or both (default). */
  check?: "requests" | "responses" | "both" | undefined;
}

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  method: string;
  path: string;
  parameters: Json[];
  requestBody?: Json | undefined;
  responses: Record<string, Json>;
}

interface Compiled {
  body: ValidateFunction | undefined;
  query: ValidateFunction | undefined;
  path: ValidateFunction | undefined;
  responses: Map<string, ValidateFunction | undefined>;
}

/** Ajv's 2020-12 class and ajv-formats, loaded on first use. */
function loadAjv(): { Ajv: typeof Ajv2020; addFormats: (ajv: Ajv2020) => void } {
  const entry = "videosdk-api/validate";
  const install = "ajv ajv-formats";
  const { Ajv2020: Ajv } = requirePeer<typeof import("ajv/dist/2020.js")>(entry, "ajv", "ajv/dist/2020.js", install);
  const formats = requirePeer<{ default?: unknown }>(entry, "ajv-formats", "ajv-formats", install);
  // ajv-formats is CommonJS: its export is the function itself, or `.default`.
  return { Ajv, addFormats: (formats.default ?? formats) as (ajv: Ajv2020) => void };
}

export function createValidationMiddleware(options: ValidationMiddlewareOptions = {}): Middleware {
  const mode = options.mode ?? "warn";
  if (mode !== "warn" && mode !== "strict") {
    throw new ConfigurationError('mode must be "warn" or "strict"', { field: "mode" });
  }
  const check = options.check ?? "both";
  const report = options.onDrift ?? ((drift: SpecDrift) => console.warn(`videosdk: ${describeDrift(drift)}`));
  const index = operationIndex();
  const compiled = new Map<string, Compiled>();
  // Values are checked as sent; query and path values are text on the wire, so they are coerced to their types.
  const { Ajv, addFormats } = loadAjv();
  const ajv = new Ajv({ strict: false, allErrors: true });
  const coercing = new Ajv({ strict: false, allErrors: true, coerceTypes: "array" });
  addFormats(ajv);
  addFormats(coercing);
  // The bundle's components, once, so that schemas keep their $refs.
  ajv.addSchema({ $id: "videosdk", components: (spec as Json).components }, "videosdk");
  coercing.addSchema({ $id: "videosdk", components: (spec as Json).components }, "videosdk");

  const compile = (operation: Operation): Compiled => {
    let entry = compiled.get(operation.operationId);
    if (entry) return entry;
    const params = (place: string) => operation.parameters.filter((p) => p.in === place);
    const objectOf = (list: Json[]) =>
      list.length === 0
        ? undefined
        : coercing.compile(
            rebase({
              type: "object",
              properties: Object.fromEntries(list.map((p) => [p.name as string, p.schema ?? {}])),
              required: list.filter((p) => p.required).map((p) => p.name as string),
            }),
          );
    const bodySchema = ((operation.requestBody?.content as Json | undefined)?.["application/json"] as Json | undefined)
      ?.schema;
    entry = {
      body: bodySchema ? ajv.compile(rebase(bodySchema)) : undefined,
      query: objectOf(params("query")),
      path: objectOf(params("path")),
      responses: new Map(),
    };
    compiled.set(operation.operationId, entry);
    return entry;
  };

  const responseValidator = (operation: Operation, status: number): ValidateFunction | undefined => {
    const entry = compile(operation);
    const key = String(status);
    if (!entry.responses.has(key)) {
      const response = resolve(operation.responses[key] ?? operation.responses.default);
      const schema = ((response?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema;
      entry.responses.set(key, schema ? ajv.compile(rebase(schema)) : undefined);
    }
    return entry.responses.get(key);
  };

  const drift = (found: SpecDrift) => {
    if (found.issues.length === 0) return;
    if (mode === "strict") {
      throw new SpecDriftError(found.direction, found.issues, describeDrift(found));
    }
    report(found);
  };

  return {
    async onRequest(params) {
      if (check === "responses") return;
      const operation = operationOf(index, params);
      if (!operation) return;
      const validators = compile(operation);
      const issues: SpecDriftIssue[] = [];
      const url = new URL(params.request.url);
      if (validators.query) {
        const query: Json = {};
        url.searchParams.forEach((value, key) => {
          query[key] = value.includes(",") && isArrayParameter(operation, key) ? value.split(",") : value;
        });
        issues.push(...run(validators.query, query, "query"));
      }
      if (validators.path && params.params.path)
        issues.push(...run(validators.path, { ...params.params.path }, "path"));
      if (validators.body && params.request.body) {
        const text = await params.request.clone().text();
        const body = parse(text);
        issues.push(
          ...(body === undefined ? [{ path: "body", message: "is not JSON" }] : run(validators.body, body, "body")),
        );
      }
      drift({ operationId: operation.operationId, direction: "request", issues });
    },
    async onResponse(params) {
      if (check === "requests") return;
      const operation = operationOf(index, params);
      if (!operation) return;
      const validator = responseValidator(operation, params.response.status);
      if (!validator) return;
      const text = await params.response.clone().text();
      const body = text === "" ? undefined : parse(text);
      const issues =
        body === undefined && text !== ""
          ? [{ path: "response", message: "is not JSON" }]
          : body === undefined
            ? []
            : run(validator, body, "response");
      drift({ operationId: operation.operationId, direction: "response", status: params.response.status, issues });
    },
  };
}

/** `getRoom response 200: response/roomId must be string; response/disabled must be boolean`. */
export function describeDrift(drift: SpecDrift): string {
  const where = `${drift.operationId} ${drift.direction}${drift.status === undefined ? "" : ` ${drift.status}`}`;
  const shown = drift.issues.slice(0, 10).map((issue) => `${issue.path} ${issue.message}`);
  const more = drift.issues.length > 10 ? ` (and ${drift.issues.length - 10} more)` : "";
  return `${where} differs from the spec: ${shown.join("; ")}${more}`;
}

// ---- the spec --------------------------------------------------------------------------------------------

const METHODS = ["get", "post", "put", "patch", "delete"];

function operationIndex(): { byId: Map<string, Operation>; byRoute: Map<string, Operation> } {
  const byId = new Map<string, Operation>();
  const byRoute = new Map<string, Operation>();
  for (const [path, item] of Object.entries((spec as Json).paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const operation: Operation = {
        operationId: op.operationId as string,
        method: method.toUpperCase(),
        path,
        parameters: [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])].map(
          (p) => resolve(p) ?? p,
        ),
        requestBody: resolve(op.requestBody as Json | undefined),
        responses: op.responses as Record<string, Json>,
      };
      byId.set(operation.operationId, operation);
      byRoute.set(`${operation.method} ${path}`, operation);
    }
  }
  return { byId, byRoute };
}

function operationOf(index: ReturnType<typeof operationIndex>, params: MiddlewareParams): Operation | undefined {
  return (
    (params.operationId ? index.byId.get(params.operationId) : undefined) ??
    index.byRoute.get(`${params.request.method} ${params.schemaPath}`)
  );
}

/** Follows a local `$ref` (responses, parameters and request bodies are shared components). */
function resolve(node: Json | undefined): Json | undefined {
  let current = node;
  for (let depth = 0; current && typeof current.$ref === "string" && depth < 10; depth++) {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], spec) as Json | undefined;
  }
  return current;
}

/** Points the schema's `#/components/...` references at the components registered under `videosdk`. */
function rebase(schema: unknown): Json {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"videosdk#/components/')) as Json;
}

function isArrayParameter(operation: Operation, name: string): boolean {
  const parameter = operation.parameters.find((p) => p.in === "query" && p.name === name);
  return (parameter?.schema as Json | undefined)?.type === "array";
}

function run(validate: ValidateFunction, value: unknown, at: string): SpecDriftIssue[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => ({
    path: `${at}${error.instancePath}`,
    message: error.message ?? "is invalid",
  }));
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
