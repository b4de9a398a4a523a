/**
 * Runs one attempt through the caller's middleware. Loaded by the transport with the first call that has
 * middleware: a program without any never downloads it.
 *
 * It imports no code, only types: the error classes come with the exchange. A module the initial load shares with
 * a lazy one is split by bundlers into a chunk of its own, one more file for every page to fetch.
 */
import type { ConfigurationError, VideoSDKError } from "../errors.js";
import type { Middleware, MiddlewareParams } from "../middleware.js";

/** What an attempt gives the middleware: how to send, where, and the attempt's deadline. */
export interface MiddlewareExchange {
  fetchImpl: typeof globalThis.fetch;
  url: string;
  init: RequestInit;
  /** The attempt's deadline: its signal, and a race for work that fetch does not see. */
  scope: { readonly signal: AbortSignal; race<T>(promise: Promise<T>): Promise<T> };
  hookParams(request: Request): MiddlewareParams;
  errors: { VideoSDKError: typeof VideoSDKError; ConfigurationError: typeof ConfigurationError };
}

/**
 * One attempt through the middleware, as openapi-fetch runs it: onRequest in order (a Response answers the attempt
 * and skips the rest); then fetch, with onError in reverse order when no answer came; then onResponse in reverse.
 */
export async function sendThroughMiddleware(
  middleware: readonly Middleware[],
  exchange: MiddlewareExchange,
): Promise<Response> {
  const { VideoSDKError, ConfigurationError } = exchange.errors;
  // A hook that throws fails the call with a VideoSDKError (its error as cause); it is not a network failure.
  const run = async <R>(hook: string, call: () => R | Promise<R>): Promise<R> => {
    try {
      return await exchange.scope.race(Promise.resolve(call()));
    } catch (error) {
      // An abort, or a middleware's own typed error (a validation failure, say), goes through as it is.
      if (exchange.scope.signal.aborted || error instanceof VideoSDKError) throw error;
      throw new VideoSDKError(`middleware ${hook} failed`, { cause: error });
    }
  };
  const misuse = (hook: string, what: string) =>
    new ConfigurationError(`middleware ${hook} must return ${what} or nothing`, { field: "middleware" });
  let request = new Request(exchange.url, exchange.init);
  for (const m of middleware) {
    const onRequest = m.onRequest;
    if (!onRequest) continue;
    const result = await run("onRequest", () => onRequest.call(m, exchange.hookParams(request)));
    if (result instanceof Response) return result;
    if (result instanceof Request) request = result;
    else if (result !== undefined) throw misuse("onRequest", "a Request, a Response");
  }
  // Whatever the hooks built, the attempt's deadline applies and redirects are not followed.
  request = new Request(request, { signal: exchange.init.signal ?? null, redirect: "manual" });
  let response: Response | undefined;
  try {
    response = await exchange.fetchImpl(request);
  } catch (error) {
    let failure: unknown = error;
    for (let i = middleware.length - 1; i >= 0 && !response; i--) {
      const m = middleware[i]!;
      const onError = m.onError;
      if (!onError) continue;
      const result = await run("onError", () => onError.call(m, { ...exchange.hookParams(request), error: failure }));
      if (result instanceof Response) response = result;
      else if (result instanceof Error) failure = result;
      else if (result !== undefined) throw misuse("onError", "a Response, an Error");
    }
    if (!response) throw failure;
  }
  for (let i = middleware.length - 1; i >= 0; i--) {
    const m = middleware[i]!;
    const onResponse = m.onResponse;
    if (!onResponse) continue;
    const current: Response = response;
    const replaced = await run("onResponse", () =>
      onResponse.call(m, { ...exchange.hookParams(request), response: current }),
    );
    if (replaced instanceof Response) response = replaced;
    else if (replaced !== undefined) throw misuse("onResponse", "a Response");
  }
  return response;
}
