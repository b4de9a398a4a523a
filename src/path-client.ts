/**
 * The typed path client, for full control: openapi-fetch's `GET('/v2/rooms', ...)` with this SDK's
 * authorization, timeouts and retries underneath. It returns `{ data, error, response }` and never throws
 * for HTTP errors, as openapi-fetch does. A separate factory, so that programs using only the facade do not
 * bundle openapi-fetch; and openapi-fetch itself loads with the first request, so importing the SDK (a CLI's or a
 * serverless function's cold start) does not pay for it.
 */
import type { Client, Middleware as FetchMiddleware } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import {
  type CreateVideoSDKOptions,
  clientOptions,
  type ResolvedClient,
  resolveClient,
  universalTokenProvider,
} from "./client.js";
import { ConfigurationError, InvalidRequestError, InvalidResponseError, VideoSDKError } from "./errors.js";
import { describeRequest, oneLine } from "./internal/api-errors.js";
import { describeAnswer } from "./internal/call-meta.js";
import { serializePath, serializeQuery } from "./internal/url.js";
import type { MiddlewareParams } from "./middleware.js";

export type PathClient = Client<paths>;

export function createPathClient(options: CreateVideoSDKOptions): PathClient {
  const settings = clientOptions(options);
  return pathClientFor(resolveClient(settings, universalTokenProvider(settings)));
}

/** Answers that cannot carry a body, which `new Response()` refuses one for. */
// Pure, so that a bundle that never uses the path client drops them.
const NULL_BODY_STATUS = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);

const utf8 = /* @__PURE__ */ new TextDecoder();
const utf8encoder = /* @__PURE__ */ new TextEncoder();
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** Builds the path client over an already resolved transport (the Node entry reuses this with minted tokens). */
export function pathClientFor(resolved: ResolvedClient): PathClient {
  let client: PathClient | undefined;
  let loading: Promise<PathClient> | undefined;
  // use() and eject() made before openapi-fetch is loaded, replayed on the client in order.
  const pending: { add: boolean; middleware: FetchMiddleware[] }[] = [];
  const load = (): Promise<PathClient> => {
    loading ??= import("openapi-fetch").then(
      (openapiFetch) => {
        const created = openapiFetchClient(openapiFetch.default, resolved);
        for (const { add, middleware } of pending) {
          if (add) created.use(...middleware);
          else created.eject(...middleware);
        }
        client = created;
        return created;
      },
      (error: unknown) => {
        loading = undefined;
        throw new VideoSDKError("could not load openapi-fetch for the path client", { cause: error });
      },
    );
    return loading;
  };
  const lazy: Record<string, unknown> = {
    use(...middleware: FetchMiddleware[]) {
      checkFetchMiddleware(middleware);
      if (client) client.use(...middleware);
      else pending.push({ add: true, middleware });
    },
    eject(...middleware: FetchMiddleware[]) {
      if (client) client.eject(...middleware);
      else pending.push({ add: false, middleware });
    },
  };
  for (const method of ["request", ...METHODS] as const) {
    lazy[method] = (...args: unknown[]) => {
      const call = (loaded: PathClient) => (loaded[method] as (...args: unknown[]) => Promise<unknown>)(...args);
      return client ? call(client) : load().then(call);
    };
  }
  return lazy as unknown as PathClient;
}

/** openapi-fetch's `use` refuses these with a plain Error; the SDK says the same with a ConfigurationError. */
function checkFetchMiddleware(middleware: readonly unknown[]): void {
  for (const m of middleware) {
    if (!m) continue;
    if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
      throw new ConfigurationError("middleware must be an object with onRequest, onResponse or onError", {
        field: "middleware",
      });
    }
  }
}

/** The openapi-fetch client itself, created once the module is loaded. */
function openapiFetchClient(
  createClient: typeof import("openapi-fetch").default,
  { baseUrl, transport }: ResolvedClient,
): PathClient {
  // The schema path and parameters of each request, for the transport's middleware and errors, keyed by the
  // request that reaches fetch: the middleware that records them always runs last (see `use` below).
  const contexts = new WeakMap<Request, { schemaPath: string; params: MiddlewareParams["params"] }>();
  const client = createClient<paths>({
    baseUrl,
    // Path values follow the facade's rule: each is exactly one non-empty segment, never `.` or `..`.
    pathSerializer: serializePath,
    // The facade's query rule: scalars, dates and comma-joined lists only, each checked.
    querySerializer: (query) => serializeQuery(query).slice(1),
    fetch: async (request: Request) => {
      // openapi-fetch fills the path only when `params.path` is given; a template left as is names no resource.
      const unfilled = /%7B(\w+)%7D/i.exec(new URL(request.url).pathname);
      if (unfilled) {
        throw new InvalidRequestError(`path parameter ${unfilled[1]} is missing: pass it in params.path`, {
          field: unfilled[1],
        });
      }
      const body = request.body ? await request.text() : undefined;
      const context = contexts.get(request);
      const answer = await transport(
        { method: request.method, url: request.url, headers: request.headers, body },
        { signal: request.signal },
        { path: context?.schemaPath ?? new URL(request.url).pathname, params: context?.params },
      );
      const { response } = answer;
      let answerBody = answer.body;
      // A failure's body becomes the result's `error`: a server that echoes the token it refused must not put it there.
      if (!response.ok && answerBody.byteLength > 0) {
        answerBody = utf8encoder.encode(transport.redact(utf8.decode(answerBody), answer.authorization));
      }
      // A success must be the JSON the spec promises: openapi-fetch would throw a bare SyntaxError otherwise.
      if (response.ok && answerBody.byteLength > 0) {
        const text = utf8.decode(answerBody);
        try {
          JSON.parse(text);
        } catch {
          const shown = transport.redact(text, answer.authorization);
          throw new InvalidResponseError(
            `expected JSON, got ${JSON.stringify(oneLine(shown, 80))} ${describeRequest(answer.request, response.status)}`,
            {
              status: response.status,
              body: shown,
              headers: response.headers,
              request: answer.request,
              meta: describeAnswer(answer.meta, response),
            },
          );
        }
      }
      // The transport has read the body within the attempt's deadline; openapi-fetch gets it back as a Response.
      return new Response(NULL_BODY_STATUS.has(response.status) ? null : (answerBody as Uint8Array<ArrayBuffer>), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    },
  });
  const recordContext = {
    onRequest({ request, schemaPath, params }: MiddlewareParams) {
      contexts.set(request, { schemaPath, params });
    },
  };
  client.use(recordContext);
  // A middleware added later may rebuild the request: the recorder moves behind it, to see the final one.
  const use = client.use.bind(client);
  client.use = (...added) => {
    client.eject(recordContext);
    use(...added, recordContext);
  };
  // openapi-fetch builds the Request before any of this runs; a header it refuses throws a TypeError that quotes
  // the value (a token, perhaps). Those become an InvalidRequestError that quotes nothing.
  for (const method of METHODS) {
    const call = client[method] as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      call(...args).catch((error: unknown) => {
        if (error instanceof VideoSDKError || !(error instanceof TypeError && /header|URL/i.test(error.message))) {
          throw error;
        }
        throw new InvalidRequestError(
          "the request could not be built: a header or URL value holds characters HTTP does not allow",
          { field: "headers" },
        );
      });
  }
  return client;
}
