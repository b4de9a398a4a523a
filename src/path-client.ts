/**
 * The typed path client, for full control: openapi-fetch's `GET('/v2/rooms', ...)` with this SDK's
 * authorization, timeouts and retries underneath. It returns `{ data, error, response }` and never throws
 * for HTTP errors, as openapi-fetch does. A separate factory, so that programs using only the facade do not
 * bundle openapi-fetch.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { type CreateVideoSDKOptions, clientOptions, type ResolvedClient, resolveClient } from "./client.js";
import { ConfigurationError, InvalidRequestError } from "./errors.js";
import { tokenProviderFrom } from "./internal/credentials.js";
import { serializePath } from "./internal/url.js";
import type { MiddlewareParams } from "./middleware.js";

export type PathClient = Client<paths>;

export function createPathClient(options: CreateVideoSDKOptions): PathClient {
  const settings = clientOptions(options);
  const provider = tokenProviderFrom(settings);
  if (!provider) {
    throw new ConfigurationError("no credentials: pass `token` (a JWT) or `getToken` (a function returning one)", {
      field: "token",
    });
  }
  return pathClientFor(resolveClient(settings, provider));
}

/** Answers that cannot carry a body, which `new Response()` refuses one for. */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/** Builds the path client over an already resolved transport (the Node entry reuses this with minted tokens). */
export function pathClientFor({ baseUrl, transport }: ResolvedClient): PathClient {
  // The schema path and parameters of each request, for the transport's middleware and errors.
  const contexts = new WeakMap<Request, { schemaPath: string; params: MiddlewareParams["params"] }>();
  const client = createClient<paths>({
    baseUrl,
    // Path values follow the facade's rule: each is exactly one non-empty segment, never `.` or `..`.
    pathSerializer: serializePath,
    // VideoSDK reads array query values comma-joined (`a,b`), not as repeated keys.
    querySerializer: { array: { style: "form", explode: false } },
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
      // The transport has read the body within the attempt's deadline; openapi-fetch gets it back as a Response.
      return new Response(NULL_BODY_STATUS.has(response.status) ? null : (answer.body as Uint8Array<ArrayBuffer>), {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    },
  });
  client.use({
    onRequest({ request, schemaPath, params }) {
      contexts.set(request, { schemaPath, params });
    },
  });
  return client;
}
