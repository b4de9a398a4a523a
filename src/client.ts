/**
 * createVideoSDK: the universal client (browsers, edge runtimes, Node). It takes a token, getToken, or an API key
 * and secret from which it mints management tokens with Web Crypto (the signing code loads with the first call, so
 * a client given a token never carries it). The Node entry (`src/node/`) mints with jsonwebtoken instead.
 */

import type { CircuitBreaker } from "./circuit-breaker.js";
import { ConfigurationError, TokenError } from "./errors.js";
import { createFacade, type Facade } from "./facade.js";
import { type TokenProvider, tokenProviderFrom } from "./internal/credentials.js";
import { readEnv } from "./internal/env.js";
import { logWriter } from "./internal/logging.js";
import {
  checkHeaders,
  checkMiddleware,
  millisecondsOption,
  optionsObject,
  refuseUnknownOptions,
  wholeNumberOption,
} from "./internal/options.js";
import type { Middleware } from "./middleware.js";
import { type BrowserOptIn, refuseSecretInBrowser } from "./tokens/browser.js";
import { createTransport, type Transport } from "./transport.js";

export const DEFAULT_BASE_URL = "https://api.videosdk.live";

/** Settings shared by every kind of credentials. */
export interface ClientSettings {
  /** API origin. Default `VIDEOSDK_API_ENDPOINT`, else `https://api.videosdk.live`. Point it at the mock with `http://127.0.0.1:4010`. */
  baseUrl?: string | undefined;
  /** Milliseconds per attempt. Default 30 000. A call ends within `timeout × (maxRetries + 1)`, waits included. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /**
   * Longest wait between attempts in ms, for backoff and `Retry-After`. Default 60 000. A 429 asking for longer
   * fails at once; one asking for up to this long also holds the client's other calls to the same resource.
   */
  maxRetryDelay?: number | undefined;
  /** First backoff delay in ms. Default 500. */
  initialRetryDelay?: number | undefined;
  /** Headers sent on every request. */
  headers?: Record<string, string> | undefined;
  /** A fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Middleware for every call: openapi-fetch's `{ onRequest, onResponse, onError }`, once per attempt. */
  middleware?: readonly Middleware[] | undefined;
  /**
   * Where the SDK logs one line per attempt and per retry decision (console works). Default: none, or the console
   * when `VIDEOSDK_LOG` is set. No line ever holds a token or a secret.
   */
  logger?: Logger | undefined;
  /** The least level logged. Default `VIDEOSDK_LOG`, else `info`. */
  logLevel?: LogLevel | undefined;
  /** Fail fast after consecutive 5xx answers or timeouts: `createCircuitBreaker({ failures, resetAfter })`. */
  circuitBreaker?: CircuitBreaker | undefined;
}

export type LogLevel = "debug" | "info" | "warn" | "error";

/** A logger: console, pino, winston... anything with these methods. */
export interface Logger {
  debug?(message: string): void;
  info?(message: string): void;
  warn?(message: string): void;
  error?(message: string): void;
}

/**
 * Minting management tokens from the project's API key and secret (HS256 over Web Crypto): for servers, Workers,
 * Deno, Bun and edge functions. Refused in a browser page unless `dangerouslyAllowBrowser` is true.
 */
export interface SecretCredentials extends BrowserOptIn {
  /** Project API key. */
  apiKey: string;
  /** Project secret. Never logged, never put in an error. */
  secret: string;
  /** Lifetime of each minted token: seconds or `'120m'`-style. Default 2 hours. */
  tokenExpiresIn?: number | string | undefined;
  /** The clock used for minting, in ms; for tests. Default `Date.now`. */
  now?: (() => number) | undefined;
  token?: never;
  getToken?: never;
}

export type CreateVideoSDKOptions = ClientSettings &
  (
    | { token: string; getToken?: never }
    | { getToken: () => string | Promise<string>; token?: never }
    | SecretCredentials
  );

/** The client: one namespace per tag of the spec (`rooms`, `sessions`, `recordings`, `hls`, ...). */
export type VideoSDK = Facade & {
  /** The API origin this client calls. */
  readonly baseUrl: string;
  /**
   * Forgets every rate-limit window this client holds: a 429 with a `Retry-After` up to `maxRetryDelay` makes the
   * client's other calls to that resource wait it out (within their budget). Call it when you know the limit has
   * been lifted, e.g. after raising your plan's quota.
   */
  clearRateLimits(): void;
};

/** What a client is assembled from; shared with the path client and the Node entry. */
export interface ResolvedClient {
  baseUrl: string;
  transport: Transport;
}

/** Every option of ClientSettings: a factory refuses any other. */
export const CLIENT_SETTINGS = [
  "baseUrl",
  "timeout",
  "maxRetries",
  "maxRetryDelay",
  "initialRetryDelay",
  "headers",
  "fetch",
  "middleware",
  "logger",
  "logLevel",
  "circuitBreaker",
] as const;
const UNIVERSAL_OPTIONS: readonly string[] = [
  ...CLIENT_SETTINGS,
  "token",
  "getToken",
  "apiKey",
  "secret",
  "tokenExpiresIn",
  "now",
  "dangerouslyAllowBrowser",
];

export function createVideoSDK(options: CreateVideoSDKOptions): VideoSDK {
  const settings = clientOptions(options);
  const authorization = universalTokenProvider(settings);
  // An API key and secret that minted the token are hidden from errors like the token itself.
  const secrets = [settings.apiKey, settings.secret].filter((value): value is string => typeof value === "string");
  return clientFrom(resolveClient(settings, authorization, secrets));
}

/** The options object of the universal factories, or a ConfigurationError that says what to pass. */
export function clientOptions(options: unknown): Record<string, unknown> & ClientSettings {
  if (options === undefined) {
    throw new ConfigurationError(
      "no options: pass { token } (a JWT), { getToken } (a function returning one) or { apiKey, secret }",
    );
  }
  const settings = optionsObject("options", options);
  refuseUnknownOptions(settings, UNIVERSAL_OPTIONS);
  return settings;
}

/** The client object of both entries: the facade and its base URL. */
export function clientFrom(resolved: ResolvedClient): VideoSDK {
  const transport = resolved.transport;
  return Object.assign(createFacade(resolved), {
    baseUrl: resolved.baseUrl,
    clearRateLimits: () => transport.clearRateLimits(),
  });
}

/** The credentials of the universal entry: a token, getToken, or apiKey and secret, or a ConfigurationError. */
export function universalTokenProvider(options: Record<string, unknown>): TokenProvider {
  const provider = tokenProviderFrom(options);
  if (provider) return provider;
  if ("apiKey" in options || "secret" in options) return webCryptoMinting(options);
  throw new ConfigurationError(
    "no credentials: pass `token` (a JWT), `getToken` (a function returning one), or `apiKey` and `secret`",
    {
      field: "token",
    },
  );
}

/**
 * Mints from apiKey and secret. The signer is a dynamic import made by the first call, so that bundlers leave it
 * out of a program that passes a token; the key, secret and browser are checked now, the rest when it loads.
 */
function webCryptoMinting(options: Record<string, unknown>): TokenProvider {
  for (const field of ["apiKey", "secret"]) {
    const value = options[field];
    if (typeof value !== "string" || value.trim() === "") {
      throw new ConfigurationError(`no credentials: ${field} must be a non-empty string`, { field });
    }
  }
  refuseSecretInBrowser(options.dangerouslyAllowBrowser);
  let loaded: TokenProvider | undefined;
  let loading: Promise<TokenProvider> | undefined;
  return () => {
    if (loaded) return loaded();
    loading ??= import("./tokens/client-minting.js").then(
      (signer) => (loaded = signer.webCryptoTokenProvider(options as unknown as SecretCredentials)),
      (error: unknown) => {
        throw new TokenError("secret", "could not load the token signer", { cause: error });
      },
    );
    return loading.then((provider) => provider());
  };
}

/** `secrets`: credentials besides the token (an API key, a secret) that no error may show. */
export function resolveClient(
  settings: ClientSettings,
  authorization: TokenProvider,
  secrets?: readonly string[],
): ResolvedClient {
  const baseUrl = resolveBaseUrl(settings.baseUrl ?? readEnv("VIDEOSDK_API_ENDPOINT") ?? DEFAULT_BASE_URL);
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") {
    throw new ConfigurationError("no fetch implementation: pass `fetch`", { field: "fetch" });
  }
  const transport = createTransport({
    fetch: fetchImpl,
    authorization,
    timeout: millisecondsOption("timeout", settings.timeout, 30_000),
    retry: {
      maxRetries: wholeNumberOption("maxRetries", settings.maxRetries, 2, 0),
      maxDelay: millisecondsOption("maxRetryDelay", settings.maxRetryDelay, 60_000),
      initialDelay: millisecondsOption("initialRetryDelay", settings.initialRetryDelay, 500),
    },
    headers: checkHeaders("headers", settings.headers) ?? {},
    baseUrl,
    middleware: checkMiddleware("middleware", settings.middleware),
    log: logWriter(settings.logger, settings.logLevel),
    circuitBreaker: circuitBreakerOption(settings.circuitBreaker),
    secrets,
  });
  return { baseUrl, transport };
}

/** The API origin, plus an optional path prefix. Never echoes the value: it might hold a password. */
function resolveBaseUrl(value: unknown): string {
  const refuse = (why: string) => new ConfigurationError(`baseUrl ${why}`, { field: "baseUrl" });
  if (typeof value !== "string") throw refuse("must be a string");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse("must be an absolute http(s) URL, such as https://api.videosdk.live");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw refuse(`must use http or https, not ${url.protocol}`);
  // Credentials in a URL end up in logs and error messages; the API authenticates with the token alone.
  if (url.username !== "" || url.password !== "") throw refuse("must not hold a username or password");
  if (url.search !== "" || url.hash !== "" || /[?#]/.test(value)) throw refuse("must not hold a query or a fragment");
  // Paths in the spec are absolute (/v2/..., /ai/v1/...), so the base is an origin plus an optional prefix.
  return url.href.replace(/\/+$/, "");
}

function circuitBreakerOption(value: unknown): CircuitBreaker | undefined {
  if (value === undefined) return undefined;
  const breaker = value as Partial<CircuitBreaker> | null;
  if (
    typeof breaker?.admit !== "function" ||
    typeof breaker.record !== "function" ||
    typeof breaker.release !== "function"
  ) {
    throw new ConfigurationError("circuitBreaker must come from createCircuitBreaker()", { field: "circuitBreaker" });
  }
  return breaker as CircuitBreaker;
}
