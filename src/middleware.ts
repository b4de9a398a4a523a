/**
 * Middleware: openapi-fetch's shape (`onRequest`, `onResponse`, `onError`), so one middleware serves the facade,
 * the path client, and openapi-fetch's own `client.use()`. The SDK calls it once per attempt, in order for
 * requests and in reverse for answers and errors, as openapi-fetch does; `onCallEnd` comes once per call.
 */
import type { MiddlewareCallbackParams } from "openapi-fetch";
import type { ResponseMeta } from "./errors.js";

/**
 * What every hook gets: openapi-fetch's parameters, plus the operation and the attempt number. The two are set
 * whenever this SDK calls the hook; under openapi-fetch's own `client.use()` they are absent.
 */
export interface MiddlewareParams extends MiddlewareCallbackParams {
  /** The operation, for calls through the facade (`getRoom`); undefined for the path client. */
  readonly operationId?: string | undefined;
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  readonly attempt?: number | undefined;
}

/** What `onCallEnd` gets, once the call has its answer or its error. */
export interface CallEndParams {
  /** The call's id, the same as in its attempts' hooks. */
  readonly id: string;
  readonly operationId: string | undefined;
  readonly schemaPath: string;
  readonly method: string;
  /** Origin and path of the request (no query). */
  readonly url: string;
  readonly meta: ResponseMeta;
  /** The final answer, when one came (an error status included). */
  readonly response?: Response | undefined;
  /** The failure, when the call rejects. */
  readonly error?: unknown;
}

/** What a hook may return: nothing (keep going), or a replacement. Open to `async () => {}`, as openapi-fetch is. */
// biome-ignore lint/suspicious/noConfusingVoidType: openapi-fetch's hook types; void admits `async () => {}`.
type HookResult<T> = void | T | Promise<void | T | undefined>;

/** The hooks; a middleware has at least one. */
export interface MiddlewareHooks {
  /** Before an attempt is sent: return a new Request to replace it, or a Response to answer it without sending. */
  onRequest?(params: MiddlewareParams): HookResult<Request | Response>;
  /** After an answer arrives: return a new Response to replace it. */
  onResponse?(params: MiddlewareParams & { response: Response }): HookResult<Response>;
  /** When an attempt gets no answer: return a Response to answer it, or an Error to fail with instead. */
  onError?(params: MiddlewareParams & { error: unknown }): HookResult<Response | Error>;
  /** Once per call, after its last attempt (this SDK's addition; openapi-fetch ignores it). */
  onCallEnd?(params: CallEndParams): void;
}

/**
 * A middleware for the facade and the path client: at least one of `onRequest`, `onResponse` and `onError`, as
 * openapi-fetch asks, so that the same object also fits its `client.use()`.
 */
export type Middleware = MiddlewareHooks &
  (
    | Required<Pick<MiddlewareHooks, "onRequest">>
    | Required<Pick<MiddlewareHooks, "onResponse">>
    | Required<Pick<MiddlewareHooks, "onError">>
  );
