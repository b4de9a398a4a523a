/** The error a call rejects with, asserted to be one of this SDK's errors (a resolved call fails the test). */
import { expect } from "vitest";
import { VideoSDKError } from "../../src/index.js";

export async function rejectionOf<E extends VideoSDKError = VideoSDKError>(promise: PromiseLike<unknown>): Promise<E> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VideoSDKError);
  return error as E;
}

/** The error a synchronous call throws, asserted to be one of this SDK's errors. */
export function catchError<E extends VideoSDKError = VideoSDKError>(call: () => unknown): E {
  let error: unknown;
  try {
    call();
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(VideoSDKError);
  return error as E;
}
