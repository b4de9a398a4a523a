/** Reads the bundled spec into the operation table of generated/operations.ts. */

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** One operation as the generator reads it from the spec; the runtime's generated `OperationInfo` is a subset. */
export interface SpecOperation {
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  namespace: string;
  methodName: string;
  summary: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
  bodyRequired: boolean;
  queryRequired: boolean;
  pagination: { style: "page"; items: string[]; pageInfo: string } | null;
  deprecated: boolean;
  /** Polling waiters declared on this operation (`x-waiters`). */
  waiters: SpecWaiter[];
}

/** A condition on a polled body: the value at `path` exists (not null or absent), or is one of `equals`. */
export interface WaiterCondition {
  path: string[];
  exists?: true;
  equals?: (string | number | boolean | null)[];
}

/** One `x-waiters` entry: `vsdk.<namespace>.<name>(pathParams..., options)` polls the operation. */
export interface SpecWaiter {
  name: string;
  description: string;
  success: WaiterCondition;
  failure: WaiterCondition | null;
  /** HTTP statuses that mean "not yet", not a failure. */
  pending: number[];
  /** First delay between polls, in ms. */
  interval: number;
  /** Default total wait, in ms. */
  timeout: number;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  $ref?: string;
}

/**
 * The SDK method name: the operationId with the tag's noun taken out, where the noun is the tag name
 * capitalised, plural or singular (`createRoom` in `rooms` → `create`, `listSessionParticipants` in
 * `sessions` → `listParticipants`, `captureHlsThumbnail` in `hls` → `captureThumbnail`).
 */
export function sdkMethodName(operationId: string, tag: string): string {
  const noun = tag[0]!.toUpperCase() + tag.slice(1);
  const candidates = noun.endsWith("s") ? [noun, noun.slice(0, -1)] : [noun];
  for (const candidate of candidates) {
    // The noun must stand as whole camel-case words: followed by an upper-case letter or the end.
    const match = new RegExp(`${candidate}(?=[A-Z]|$)`).exec(operationId);
    if (match && match.index > 0) {
      const rest = operationId.slice(0, match.index) + operationId.slice(match.index + candidate.length);
      return rest[0]!.toLowerCase() + rest.slice(1);
    }
  }
  throw new Error(
    `operationId ${operationId} does not contain the noun of its tag ${tag} (${candidates.join(" or ")})`,
  );
}

/** The parameters of an operation, its path item's included, with `$ref`s to shared parameters resolved. */
export function operationParameters<P extends { $ref?: string } = Parameter>(
  spec: Record<string, unknown>,
  item: Record<string, unknown>,
  op: Record<string, unknown>,
): P[] {
  const shared = ((spec.components ?? {}) as { parameters?: Record<string, P> }).parameters ?? {};
  return [...((item.parameters as P[] | undefined) ?? []), ...((op.parameters as P[] | undefined) ?? [])].map((p) =>
    p.$ref ? shared[p.$ref.split("/").pop()!]! : p,
  );
}

export function collectOperations(spec: Record<string, unknown>): SpecOperation[] {
  const paths = (spec.paths ?? {}) as Record<string, Record<string, Record<string, unknown>>>;

  const operations: SpecOperation[] = [];
  const problems: string[] = [];
  for (const [route, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const operationId = op.operationId as string;
      const tags = (op.tags as string[] | undefined) ?? [];
      if (tags.length !== 1) {
        problems.push(`${operationId}: needs exactly one tag, has ${tags.length}`);
        continue;
      }
      const tag = tags[0]!;
      const parameters = operationParameters(spec, item, op);
      const query = parameters.filter((p) => p.in === "query");
      const body = op.requestBody as { required?: boolean } | undefined;
      const pathParams = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      if (body && query.length)
        problems.push(`${operationId}: takes both a body and a query, which the facade cannot express`);

      let methodName = "";
      try {
        methodName = sdkMethodName(operationId, tag);
      } catch (error) {
        problems.push((error as Error).message);
      }
      operations.push({
        operationId,
        method: method.toUpperCase() as SpecOperation["method"],
        path: route,
        namespace: tag,
        methodName,
        summary: String(op.summary ?? ""),
        pathParams,
        queryParams: query.map((p) => p.name),
        hasBody: Boolean(body),
        bodyRequired: Boolean(body?.required),
        queryRequired: query.some((p) => p.required),
        pagination: readPagination(operationId, op["x-pagination"], problems),
        deprecated: Boolean(op.deprecated),
        waiters: readWaiters(operationId, method, op["x-waiters"], problems),
      });
    }
  }

  const seen = new Map<string, string>();
  for (const op of operations) {
    for (const name of [op.methodName, ...op.waiters.map((waiter) => waiter.name)]) {
      const key = `${op.namespace}.${name}`;
      if (seen.has(key)) problems.push(`${op.operationId} and ${seen.get(key)} both become ${key}`);
      seen.set(key, op.operationId);
    }
  }
  if (problems.length) throw new Error(`the spec's operations cannot be generated:\n- ${problems.join("\n- ")}`);
  return operations;
}

function readPagination(operationId: string, raw: unknown, problems: string[]): SpecOperation["pagination"] {
  if (raw === undefined) return null;
  const value = raw as { style?: unknown; items?: unknown; pageInfo?: unknown };
  if (value.style !== "page" || typeof value.items !== "string" || typeof value.pageInfo !== "string") {
    problems.push(`${operationId}: x-pagination needs {style: page, items: <dot path>, pageInfo: <key>}`);
    return null;
  }
  return { style: "page", items: value.items.split("."), pageInfo: value.pageInfo };
}

function readWaiters(operationId: string, method: string, raw: unknown, problems: string[]): SpecWaiter[] {
  if (raw === undefined) return [];
  const fail = (why: string) => {
    problems.push(`${operationId}: x-waiters ${why}`);
    return [];
  };
  if (method !== "get") return fail("belong on a GET operation, the one that is polled");
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("must map waiter names to waiters");
  const waiters: SpecWaiter[] = [];
  for (const [name, value] of Object.entries(raw as Record<string, Record<string, unknown>>)) {
    if (!/^wait[A-Z]\w*$/.test(name)) return fail(`${name}: a waiter's name starts with "wait" (waitForFile)`);
    const success = readCondition(value.success);
    const failure = value.failure === undefined ? null : readCondition(value.failure);
    const pending = value.pending ?? [];
    const positive = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n > 0;
    if (!success || failure === undefined)
      return fail(`${name}: success and failure are {path, exists: true} or {path, equals: [...]}`);
    if (!Array.isArray(pending) || !pending.every((status) => positive(status) && status >= 400 && status < 600)) {
      return fail(`${name}: pending lists HTTP error statuses`);
    }
    if (!positive(value.interval) || !positive(value.timeout))
      return fail(`${name}: interval and timeout are positive ms`);
    waiters.push({
      name,
      description: String(value.description ?? "").trim(),
      success,
      failure,
      pending: pending as number[],
      interval: value.interval as number,
      timeout: value.timeout as number,
    });
  }
  return waiters;
}

/** A condition, or undefined when malformed. */
function readCondition(raw: unknown): WaiterCondition | undefined {
  const value = raw as { path?: unknown; exists?: unknown; equals?: unknown } | undefined;
  if (!value || typeof value.path !== "string" || value.path === "") return undefined;
  const path = value.path.split(".");
  if (value.exists === true && value.equals === undefined) return { path, exists: true };
  if (value.exists === undefined && Array.isArray(value.equals) && value.equals.length > 0) {
    return { path, equals: value.equals as (string | number | boolean | null)[] };
  }
  return undefined;
}
