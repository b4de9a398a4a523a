/**
 * One generic function turns the generated operation table into `vsdk.<namespace>.<method>(...)`; one set of
 * mapped types gives each method its signature from the spec's types. No endpoint is written by hand.
 *
 * The facade builds its request itself rather than through openapi-fetch: a URL and a string body are all a
 * call needs, and skipping openapi-fetch's per-call `Request` keeps the per-call cost close to a bare fetch.
 */
import {
  type OperationId,
  type OperationInfo,
  type OperationMethods,
  type OperationPagination,
  operations as operationTable,
} from "../generated/operations.js";
import type { components, operations as OperationTypes } from "../generated/schema.js";
import { InvalidRequestError, InvalidResponseError } from "./errors.js";
import { describeRequest, errorFromResponse, oneLine } from "./internal/api-errors.js";
import { describe, isPlainObject, optionsObject } from "./internal/options.js";
import { fillPath, serializeQuery } from "./internal/url.js";
import { PagedList, type PaginationOptions } from "./pagination.js";
import type { RequestOptions, Transport } from "./transport.js";

type Table = typeof operationTable;
type Ops = OperationTypes;

// ---- types derived from the spec -------------------------------------------------------------------------

type JsonOf<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

/** A named schema of the spec: `Schema<"Room">`, `Schema<"HlsStream">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
/** The request body of an operation. */
export type RequestBody<K extends OperationId> = JsonOf<NonNullable<Ops[K]["requestBody"]>>;
/** The query parameters of an operation. */
export type QueryParams<K extends OperationId> = NonNullable<Ops[K]["parameters"]["query"]>;
/** The parsed 200 body of an operation. */
export type ResponseBody<K extends OperationId> = JsonOf<Ops[K]["responses"][200]>;

/** One step along a pagination path: a property, or an array index such as `0`. */
type Step<T, Key extends string> = T extends readonly (infer Element)[]
  ? Key extends `${number}`
    ? Element
    : never
  : T[Key & keyof T];
type At<T, Keys extends readonly string[]> = Keys extends readonly [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? At<Step<NonNullable<T>, Head>, Rest>
  : T;

/** The item type of a list operation, found along its pagination path. */
export type ListItem<K extends OperationId> = Table[K]["pagination"] extends {
  items: infer Keys extends readonly string[];
}
  ? NonNullable<At<ResponseBody<K>, Keys>> extends readonly (infer Item)[]
    ? Item
    : never
  : never;

/** The `{name}` segments of a path template, in order: `"/v2/a/{x}/b/{y}"` → `["x", "y"]`. */
type PathParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}`
  ? [Name, ...PathParamNames<Rest>]
  : [];
type Strings<T extends readonly unknown[]> = { -readonly [I in keyof T]: string };
type PathArgs<K extends OperationId> = Strings<PathParamNames<Table[K]["path"]>>;

type InputArgs<K extends OperationId> = Table[K]["input"] extends "body"
  ? undefined extends Ops[K]["requestBody"]
    ? [body?: RequestBody<K>]
    : [body: RequestBody<K>]
  : Table[K]["input"] extends "query"
    ? undefined extends Ops[K]["parameters"]["query"]
      ? [query?: QueryParams<K>]
      : [query: QueryParams<K>]
    : [];

/** Per-call options of list methods: request options plus iteration caps. */
export interface ListOptions extends RequestOptions, PaginationOptions {}

type MethodOf<K extends OperationId> = Table[K]["pagination"] extends null
  ? (...args: [...PathArgs<K>, ...InputArgs<K>, options?: RequestOptions]) => Promise<ResponseBody<K>>
  : (...args: [...PathArgs<K>, ...InputArgs<K>, options?: ListOptions]) => PagedList<ListItem<K>, ResponseBody<K>>;

/** The generated methods, grouped by namespace: `Facade["rooms"]["create"]`. */
export type Facade = {
  // Mapping over the generated OperationMethods keeps its doc comments on every method.
  [N in keyof OperationMethods]: { [M in keyof OperationMethods[N]]: MethodOf<OperationMethods[N][M] & OperationId> };
};

// ---- runtime --------------------------------------------------------------------------------------------

export interface FacadeConfig {
  baseUrl: string;
  transport: Transport;
}

const JSON_HEADERS = { accept: "application/json" };
const JSON_BODY_HEADERS = { accept: "application/json", "content-type": "application/json" };
const utf8 = new TextDecoder();

/** Sends one operation and returns its parsed body, or throws the typed error for its status. */
export async function callOperation(
  config: FacadeConfig,
  op: BoundOperation,
  pathValues: readonly unknown[],
  input: unknown,
  options: RequestOptions | undefined,
): Promise<unknown> {
  const hasBody = op.input === "body";
  const url = config.baseUrl + fillPath(op.path, op.pathParams, pathValues) + (hasBody ? "" : serializeQuery(input));
  const {
    response,
    body: bytes,
    request,
  } = await config.transport(
    {
      method: op.method,
      url,
      headers: hasBody ? JSON_BODY_HEADERS : JSON_HEADERS,
      body: hasBody ? serializeBody(input) : undefined,
    },
    options,
    { operationId: op.operationId, path: op.path },
  );
  const text = utf8.decode(bytes);
  let body: unknown = text;
  let parsed = text === "";
  if (text !== "") {
    try {
      body = JSON.parse(text);
      parsed = true;
    } catch {
      // Error bodies may be plain text; success bodies must be JSON (checked below).
    }
  }
  if (!response.ok) throw errorFromResponse(response, body, request);
  if (!parsed) {
    throw new InvalidResponseError(
      `expected JSON, got ${JSON.stringify(oneLine(text, 80))} ${describeRequest(request, response.status)}`,
      {
        status: response.status,
        body: text,
        headers: response.headers,
        request,
      },
    );
  }
  return text === "" ? undefined : body;
}

/** The JSON text of a request body. An optional body left out is sent as `{}`, as VideoSDK's quickstarts do. */
function serializeBody(input: unknown): string {
  if (input === undefined) return "{}";
  if (!isPlainObject(input)) {
    throw new InvalidRequestError(`the request body must be an object, got ${describe(input)}`, { field: "body" });
  }
  try {
    return JSON.stringify(input);
  } catch (error) {
    // BigInt values and cycles: say so, rather than surface a TypeError from deep inside the call.
    throw new InvalidRequestError("the request body cannot be serialised as JSON (a BigInt, or a cycle?)", {
      field: "body",
      cause: error,
    });
  }
}

/** A table entry with its operationId and path parameter names, as the runtime uses it. */
interface BoundOperation extends OperationInfo {
  operationId: string;
  pathParams: string[];
}

export function createFacade(config: FacadeConfig): Facade {
  const facade: Record<string, Record<string, (...args: unknown[]) => unknown>> = {};
  for (const [operationId, info] of Object.entries(operationTable) as [string, OperationInfo][]) {
    const op: BoundOperation = {
      ...info,
      operationId,
      pathParams: [...info.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
    };
    const takesInput = op.input !== null;
    const method = (...args: unknown[]) => {
      const pathValues = args.slice(0, op.pathParams.length);
      const input = takesInput ? args[op.pathParams.length] : undefined;
      const options = args[op.pathParams.length + (takesInput ? 1 : 0)] as ListOptions | undefined;
      if (!op.pagination) return callOperation(config, op, pathValues, input, options);
      return pagedList(config, op, op.pagination, pathValues, input, options);
    };
    facade[op.namespace] ??= {};
    facade[op.namespace]![op.methodName] = method;
  }
  return facade as Facade;
}

function pagedList(
  config: FacadeConfig,
  op: BoundOperation,
  layout: OperationPagination,
  pathValues: readonly unknown[],
  input: unknown,
  options: unknown,
): PagedList<unknown, unknown> {
  let query: Record<string, unknown> = {};
  let listOptions: ListOptions = {};
  // Checked here, reported on first use: a list rejects when awaited or iterated, like every other call.
  let problem: unknown;
  try {
    listOptions = optionsObject("request options", options) as ListOptions;
    serializeQuery(input);
    query = (input ?? {}) as Record<string, unknown>;
    positiveInteger("page", query.page);
    positiveInteger("perPage", query.perPage);
  } catch (error) {
    problem = error;
  }
  const { maxItems, maxPages, ...requestOptions } = listOptions;
  return new PagedList(
    (page) =>
      problem === undefined
        ? callOperation(config, op, pathValues, { ...query, page }, requestOptions)
        : Promise.reject(problem),
    layout,
    { startPage: query.page as number | undefined, perPage: query.perPage as number | undefined, maxItems, maxPages },
  );
}

function positiveInteger(name: string, value: unknown): void {
  if (value !== undefined && !(typeof value === "number" && Number.isSafeInteger(value) && value > 0)) {
    throw new InvalidRequestError(`${name} must be a positive integer, got ${describe(value)}`, { field: name });
  }
}
