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
