/** Reading a body whole, but never more than a limit: what a peer sends must not decide what we buffer. */

/**
 * The bytes of `body`, or `tooLarge()` thrown as soon as they pass `max` (a declared length is checked first, and
 * the rest is not read). `wait` bounds each read, for a caller with a deadline.
 */
export async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  max: number,
  tooLarge: () => Error,
  wait: <T>(read: Promise<T>) => Promise<T> = (read) => read,
): Promise<Uint8Array> {
  if (Number(declaredLength) > max) {
    await body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await wait(reader.read());
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
