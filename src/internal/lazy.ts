/**
 * Features only some calls use (waiters, middleware, iterating a list, previews) load with their first use, so a
 * page that never uses them never downloads them: code-splitting bundlers put each dynamic import in a lazy chunk.
 */
import { VideoSDKError } from "../errors.js";

/**
 * A loader that imports a module once and hands out the same promise after. A failed import (a chunk the network
 * lost, say) rejects with a VideoSDKError, and the next use tries again.
 */
export function lazily<T>(feature: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new VideoSDKError(`could not load the code for ${feature}`, { cause: error });
    }));
}
