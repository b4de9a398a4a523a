/**
 * The typed path client, for full control: openapi-fetch's `GET('/v2/rooms', ...)` with this SDK's
 * authorization, timeouts and retries underneath. It returns `{ data, error, response }` and never throws
 * for HTTP errors, as openapi-fetch does. A separate factory, so that programs using only the facade do not
 * bundle openapi-fetch.
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { tokenProviderFrom } from "./auth.js";
import { type CreateVideoSDKOptions, type ResolvedClient, resolveClient } from "./client.js";
import { ConfigurationError } from "./errors.js";

export type PathClient = Client<paths>;

export function createPathClient(options: CreateVideoSDKOptions): PathClient {
  const provider = tokenProviderFrom(options);
  if (!provider)
    throw new ConfigurationError("no credentials: pass `token` (a JWT) or `getToken` (a function returning one)");
  return pathClientFor(resolveClient(options, provider));
}

/** Builds the path client over an already resolved transport (the Node entry reuses this with minted tokens). */
export function pathClientFor({ baseUrl, transport }: ResolvedClient): PathClient {
  return createClient<paths>({
    baseUrl,
    // VideoSDK reads array query values comma-joined (`a,b`), not as repeated keys.
    querySerializer: { array: { style: "form", explode: false } },
    fetch: async (request: Request) => {
      const body = request.body ? await request.text() : undefined;
      const { response } = await transport(
        { method: request.method, url: request.url, headers: request.headers, body },
        { signal: request.signal },
        { path: new URL(request.url).pathname },
      );
      return response;
    },
  });
}
