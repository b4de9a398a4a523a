/**
 * createVideoSDK: the universal client (browsers, edge runtimes, Node). It needs a token or getToken; minting
 * from an API key and secret lives in the Node entry (`src/node/`).
 */
import { type TokenProvider, tokenProviderFrom } from "./auth.js";
import { ConfigurationError } from "./errors.js";
import { createFacade, type Facade } from "./facade.js";
import { millisecondsOption, wholeNumberOption } from "./options.js";
import { createTransport, type Transport } from "./transport.js";

export const DEFAULT_BASE_URL = "https://api.videosdk.live";

/** Settings shared by every kind of credentials. */
export interface ClientSettings {
  /** API origin. Default `VIDEOSDK_API_ENDPOINT`, else `https://api.videosdk.live`. Point it at the mock with `http://127.0.0.1:4010`. */
  baseUrl?: string | undefined;
  /** Milliseconds per attempt. Default 30 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /** Longest wait between attempts in ms, for backoff and `Retry-After`. Default 60 000. */
  maxRetryDelay?: number | undefined;
  /** First backoff delay in ms. Default 500. */
  initialRetryDelay?: number | undefined;
  /** Headers sent on every request. */
  headers?: Record<string, string> | undefined;
  /** A fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
}

export type CreateVideoSDKOptions = ClientSettings &
  ({ token: string; getToken?: never } | { getToken: () => string | Promise<string>; token?: never });

/** The client: one namespace per tag of the spec (`rooms`, `sessions`, `recordings`, `hls`, ...). */
export type VideoSDK = Facade & {
  /** The API origin this client calls. */
  readonly baseUrl: string;
};

/** What a client is assembled from; shared with the path client and the Node entry. */
export interface ResolvedClient {
  baseUrl: string;
  transport: Transport;
}

export function createVideoSDK(options: CreateVideoSDKOptions): VideoSDK {
  return clientFrom(resolveClient(options, universalTokenProvider(options)));
}

/** The client object of both entries: the facade and its base URL. */
export function clientFrom(resolved: ResolvedClient): VideoSDK {
  return Object.assign(createFacade(resolved), { baseUrl: resolved.baseUrl });
}

function universalTokenProvider(options: object): TokenProvider {
  const provider = tokenProviderFrom(options);
  if (provider) return provider;
  if ("apiKey" in options || "secret" in options) {
    throw new ConfigurationError(
      "minting tokens from apiKey and secret needs Node: import createVideoSDK from the package's /node entry, or pass `token` or `getToken`",
    );
  }
  throw new ConfigurationError("no credentials: pass `token` (a JWT) or `getToken` (a function returning one)");
}

export function resolveClient(settings: ClientSettings, authorization: TokenProvider): ResolvedClient {
  const baseUrl = resolveBaseUrl(settings.baseUrl ?? readEnv("VIDEOSDK_API_ENDPOINT") ?? DEFAULT_BASE_URL);
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw new ConfigurationError("no fetch implementation: pass `fetch`");
  const transport = createTransport({
    fetch: fetchImpl,
    authorization,
    timeout: millisecondsOption("timeout", settings.timeout, 30_000),
    retry: {
      maxRetries: wholeNumberOption("maxRetries", settings.maxRetries, 2, 0),
      maxDelay: millisecondsOption("maxRetryDelay", settings.maxRetryDelay, 60_000),
      initialDelay: millisecondsOption("initialRetryDelay", settings.initialRetryDelay, 500),
    },
    headers: settings.headers ?? {},
  });
  return { baseUrl, transport };
}

function resolveBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigurationError(`baseUrl must use http or https, got ${url.protocol}`);
  }
  // Paths in the spec are absolute (/v2/..., /ai/v1/...), so the base is an origin plus an optional prefix.
  return url.href.replace(/\/+$/, "");
}

/** Environment variables where there is an environment (Node, Deno, Bun); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value === "" ? undefined : value;
}
