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
  type WaiterMethods,
} from "../generated/operations.js";
import type { components, operations as OperationTypes } from "../generated/schema.js";
import { APIPromise, type WithResponse } from "./api-promise.js";
import { InvalidRequestError, InvalidResponseError } from "./errors.js";
import { describeRequest, errorFromResponse, oneLine } from "./internal/api-errors.js";
import { describeAnswer } from "./internal/call-meta.js";
import { callOptionsOf } from "./internal/call-options.js";
import { lazily } from "./internal/lazy.js";
import { describe, isPlainObject, optionsObject } from "./internal/options.js";
import { fillPath, serializeQuery } from "./internal/url.js";
import { PagedList, type PaginationOptions } from "./pagination.js";
import type { RequestOptions, Transport } from "./transport.js";
import { type WaitOptions, waitFor } from "./waiters.js";

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

/** The options of `.preview()`: a call's options, plus whether to show the real token. */
export interface PreviewOptions extends RequestOptions {
  /** Put the real Authorization value in the preview (and its curl command). Default false: `[redacted]`. */
  revealToken?: boolean | undefined;
}

/** The exact request a call would send, built without sending it. */
export interface RequestPreview {
  method: string;
  /** The full URL, query included. */
  url: string;
  /** Every header sent, lowercased; Authorization is `[redacted]` unless `revealToken`. */
  headers: Record<string, string>;
  /** The JSON body, as sent. */
  body: string | undefined;
  /** A copy-paste `curl` command for the same request, shell-quoted. */
  toCurl(): string;
}

type Preview<K extends OperationId> = {
  /** Builds the request this call would send, without sending it. */
  preview(...args: [...PathArgs<K>, ...InputArgs<K>, options?: PreviewOptions]): Promise<RequestPreview>;
};

type MethodOf<K extends OperationId> = (Table[K]["pagination"] extends null
  ? (...args: [...PathArgs<K>, ...InputArgs<K>, options?: RequestOptions]) => APIPromise<ResponseBody<K>>
  : (...args: [...PathArgs<K>, ...InputArgs<K>, options?: ListOptions]) => PagedList<ListItem<K>, ResponseBody<K>>) &
  Preview<K>;

/** A waiter: the polled operation's path parameters, then wait options; resolves with the final resource. */
type WaiterOf<K extends OperationId> = (...args: [...PathArgs<K>, options?: WaitOptions]) => Promise<ResponseBody<K>>;

type WaitersOf<N> = N extends keyof WaiterMethods
  ? { [W in keyof WaiterMethods[N]]: WaiterOf<WaiterMethods[N][W] & OperationId> }
  : unknown;

/** The generated methods and waiters, grouped by namespace: `Facade["rooms"]["create"]`. */
export type Facade = {
  // Mapping over the generated OperationMethods and WaiterMethods keeps their doc comments on every method.
  [N in keyof OperationMethods]: {
    [M in keyof OperationMethods[N]]: MethodOf<OperationMethods[N][M] & OperationId>;
  } & WaitersOf<N>;
};

// ---- runtime --------------------------------------------------------------------------------------------

export interface FacadeConfig {
  baseUrl: string;
  transport: Transport;
}

/** `.preview()` loads with its first use: it is asynchronous, so no caller sees the import. */
const loadPreview = lazily("request previews", () => import("./internal/preview.js"));

const JSON_HEADERS = { accept: "application/json" };
const JSON_BODY_HEADERS = { accept: "application/json", "content-type": "application/json" };
const utf8 = new TextDecoder();

/** A table entry with its operationId and path parameter names, as the runtime uses it. */
interface BoundOperation extends OperationInfo {
  operationId: string;
  pathParams: string[];
  /** The path template split around its parameters, for fillPath. */
  pathParts: string[];
}

/** The request of one call: checked and encoded, not yet sent. */
function buildRequest(config: FacadeConfig, op: BoundOperation, pathValues: readonly unknown[], input: unknown) {
  const hasBody = op.input === "body";
  return {
    method: op.method,
    url: config.baseUrl + fillPath(op.pathParts, op.pathParams, pathValues) + (hasBody ? "" : serializeQuery(input)),
    headers: hasBody ? JSON_BODY_HEADERS : JSON_HEADERS,
    body: hasBody ? serializeBody(input) : undefined,
  };
}

/** Sends one operation: its parsed body with the answer and meta, or the typed error for its status. */
async function exchange(
  config: FacadeConfig,
  op: BoundOperation,
  pathValues: readonly unknown[],
  input: unknown,
  options: RequestOptions | undefined,
): Promise<WithResponse<unknown>> {
  const {
    response,
    body: bytes,
    request,
    meta,
    authorization,
  } = await config.transport(buildRequest(config, op, pathValues, input), options, {
    operationId: op.operationId,
    path: op.path,
    pathNames: op.pathParams,
    pathValues,
  });
  let text = utf8.decode(bytes);
  // A failure's text is kept in the error: a server that echoes the token it refused must not put it there.
  if (!response.ok) text = config.transport.redact(text, authorization);
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
  if (!response.ok) {
    const error = errorFromResponse(response, body, request, (t) => config.transport.redact(t, authorization));
    error.meta = describeAnswer(meta, response);
    throw error;
  }
  if (!parsed) {
    const shown = config.transport.redact(text, authorization);
    throw new InvalidResponseError(
      `expected JSON, got ${JSON.stringify(oneLine(shown, 80))} ${describeRequest(request, response.status)}`,
      {
        status: response.status,
        body: shown,
        headers: response.headers,
        request,
        meta: describeAnswer(meta, response),
      },
    );
  }
  return { data: text === "" ? undefined : body, response, meta };
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

export function createFacade(config: FacadeConfig): Facade {
  const facade: Record<string, Record<string, (...args: unknown[]) => unknown>> = {};
  for (const [operationId, info] of Object.entries(operationTable) as [string, OperationInfo][]) {
    const op: BoundOperation = {
      ...info,
      operationId,
      pathParams: [...info.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      pathParts: info.path.split(/\{\w+\}/),
    };
    const takesInput = op.input !== null;
    const split = (args: unknown[]) => ({
      pathValues: args.slice(0, op.pathParams.length),
      input: takesInput ? args[op.pathParams.length] : undefined,
      options: args[op.pathParams.length + (takesInput ? 1 : 0)],
    });
    const method = (...args: unknown[]) => {
      const { pathValues, input, options } = split(args);
      if (!op.pagination) {
        return new APIPromise(exchange(config, op, pathValues, input, options as RequestOptions | undefined));
      }
      return pagedList(config, op, op.pagination, pathValues, input, options);
    };
    method.preview = (...args: unknown[]) => {
      const { pathValues, input, options } = split(args);
      // The same checks and the same headers as the call: a preview of a call that would be refused is refused too.
      try {
        const { revealToken, ...callOptions } = optionsObject("preview options", options) as PreviewOptions;
        const checked = callOptionsOf(callOptions);
        const request = buildRequest(config, op, pathValues, input);
        return loadPreview().then(({ preview }) => preview(config.transport, request, checked, revealToken));
      } catch (error) {
        return Promise.reject(error);
      }
    };
    facade[op.namespace] ??= {};
    facade[op.namespace]![op.methodName] = method;
    for (const waiter of info.waiters ?? []) {
      facade[op.namespace]![waiter.name] = (...args: unknown[]) => {
        const pathValues = args.slice(0, op.pathParams.length);
        const poll = (options: RequestOptions) =>
          exchange(config, op, pathValues, undefined, options).then((answer) => answer.data);
        return waitFor(`${op.namespace}.${waiter.name}`, waiter, poll, args[op.pathParams.length]);
      };
    }
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
  const { maxItems, maxPages, prefetch, ...requestOptions } = listOptions;
  return new PagedList(
    (page, signal) =>
      new APIPromise(
        problem === undefined
          ? exchange(
              config,
              op,
              pathValues,
              { ...query, page },
              signal ? { ...requestOptions, signal } : requestOptions,
            )
          : Promise.reject(problem),
      ),
    layout,
    {
      startPage: query.page as number | undefined,
      perPage: query.perPage as number | undefined,
      maxItems,
      maxPages,
      prefetch,
      signal: requestOptions.signal,
    },
  );
}

function positiveInteger(name: string, value: unknown): void {
  if (value !== undefined && !(typeof value === "number" && Number.isSafeInteger(value) && value > 0)) {
    throw new InvalidRequestError(`${name} must be a positive integer, got ${describe(value)}`, { field: name });
  }
}
