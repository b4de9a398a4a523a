/** Reading a Node request's body whole, but never more than a limit: what a peer sends must not decide what we buffer. */
import type { IncomingMessage } from "node:http";

/**
 * The body's bytes, or undefined as soon as they pass `max` (a declared length is checked first, and then nothing
 * is read). On refusal the stream is left open, neither drained nor destroyed, so that the caller's 413 still
 * reaches the sender.
 */
export async function readNodeBody(request: IncomingMessage, max: number): Promise<Buffer | undefined> {
  if (Number(request.headers["content-length"]) > max) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.iterator({ destroyOnReturn: false })) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.byteLength;
    if (size > max) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
