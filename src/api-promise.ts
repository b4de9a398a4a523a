/**
 * What every facade call returns: a Promise of the parsed body that also offers the exchange behind it
 * (`.withResponse()`) and a result that never rejects (`.result()`).
 */
import type { ResponseMeta, VideoSDKError } from "./errors.js";
import { describeAnswer } from "./internal/call-meta.js";

/** The parsed body with the answer it came from, and what the exchange took. */
export interface WithResponse<T> {
  data: T;
  /** The final answer (its body already read). */
  response: Response;
  meta: ResponseMeta;
}

/** A call's outcome as a value: exactly one of `data` and `error` is set. */
export type Result<T> = { data: T; error: undefined } | { data: undefined; error: VideoSDKError };

/** Meta is handed out here, so its header fields are read from the answer now. */
function withDescribedMeta<T>(exchange: WithResponse<T>): WithResponse<T> {
  describeAnswer(exchange.meta, exchange.response);
  return exchange;
}

/** The base promise's executor: one function for every call rather than a new closure each. */
const settleUnused = (resolve: (value: never) => void) => resolve(undefined as never);

export class APIPromise<T> extends Promise<T> {
  readonly #exchange: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(exchange: Promise<WithResponse<T>>) {
    // The base promise is never used: then/catch/finally read the body from the exchange, made on demand, so
    // that a caller who only asks for withResponse() or result() leaves no unhandled rejection behind.
    super(settleUnused);
    this.#exchange = exchange;
  }

  // Promise's own methods create the derived promise with `this.constructor`; ours are plain Promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  #body(): Promise<T> {
    this.#data ??= this.#exchange.then((exchange) => exchange.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass defines then by nature.
  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#body().then(onFulfilled, onRejected);
  }

  override catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#body().catch(onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#body().finally(onFinally);
  }

  /** The parsed body, the final Response and the call's meta (request id, attempts, time, rate limits). */
  withResponse(): Promise<WithResponse<T>> {
    return this.#exchange.then(withDescribedMeta);
  }

  /** `{ data, error: undefined }` or `{ data: undefined, error }`: never rejects. `error` is a VideoSDKError. */
  result(): Promise<Result<T>> {
    return this.#exchange.then(
      (exchange) => ({ data: exchange.data, error: undefined }),
      (error: VideoSDKError) => ({ data: undefined, error }),
    );
  }
}
