/**
 * Serves a webhook handler from node:http or Express. Signatures cover the raw bytes, so the adapter reads the
 * request stream itself, or takes the Buffer that `express.raw()` left in `req.body`; a body another parser
 * already turned into an object cannot be verified, and is refused with an explanation.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ConfigurationError, VideoSDKError } from "../errors.js";
import { wholeNumberOption } from "../options.js";

/** Anything with a Web-standard `handle`, such as the result of createWebhookHandler. */
export interface WebRequestHandler {
  handle(request: Request): Promise<Response>;
}

export interface NodeWebhookOptions {
  /** Largest body accepted, in bytes; larger deliveries get 413. Default 1 MiB (events are a few hundred bytes). */
  maxBodyBytes?: number | undefined;
}

/** A node:http request listener that also works as Express or Connect middleware (errors go to `next`). */
export type NodeWebhookListener = (
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/** Thrown (or passed to `next`) when the route's body was parsed before the adapter could see the raw bytes. */
export class RawBodyRequiredError extends ConfigurationError {
  override name = "RawBodyRequiredError";
}

class BodyTooLargeError extends VideoSDKError {}

/** `http.createServer(toNodeListener(handler))`, or `app.post("/hook", express.raw({ type: "*\/*" }), toNodeListener(handler))`. */
export function toNodeListener(handler: WebRequestHandler, options: NodeWebhookOptions = {}): NodeWebhookListener {
  if (!handler || typeof handler.handle !== "function")
    throw new ConfigurationError("toNodeListener needs a handler with handle(request), e.g. createWebhookHandler(...)");
  const maxBodyBytes = wholeNumberOption("maxBodyBytes", options.maxBodyBytes, 1024 * 1024, 1);

  return async (req, res, next) => {
    try {
      const method = req.method ?? "GET";
      const body = method === "POST" ? await rawBodyOf(req, maxBodyBytes) : undefined;
      const request = new Request(new URL(req.url ?? "/", "http://localhost"), {
        method,
        headers: headersOf(req),
        body,
      });
      const response = await handler.handle(request);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return plain(res, 413, "webhook rejected: body too large");
      if (next) return next(error);
      plain(res, 500, error instanceof RawBodyRequiredError ? error.message : "webhook handler failed");
    }
  };
}

/** The same function, under the name Express users look for. */
export const nodeWebhookMiddleware = toNodeListener;

async function rawBodyOf(
  req: IncomingMessage & { body?: unknown },
  maxBodyBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const given = req.body;
  if (given instanceof Uint8Array) return new Uint8Array(given); // express.raw() (a Buffer)
  if (typeof given === "string") return new TextEncoder().encode(given); // express.text()
  // Express 4's json() leaves `{}` on requests it skipped without reading them: the stream is still there.
  const streamUnread = !req.readableEnded && !req.destroyed;
  if (given !== undefined && given !== null && !(streamUnread && isEmptyObject(given))) {
    throw rawBodyRequired();
  }
  if (!streamUnread) throw rawBodyRequired();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Not destroyed on an early exit: a too-large body is drained instead, so that the 413 still reaches the sender.
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.byteLength;
    if (size > maxBodyBytes) {
      req.resume(); // drain the rest so the connection can answer
      throw new BodyTooLargeError(`body exceeds ${maxBodyBytes} bytes`);
    }
    chunks.push(bytes);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function rawBodyRequired(): RawBodyRequiredError {
  return new RawBodyRequiredError(
    "the webhook route needs the raw request body, but it was already parsed (e.g. by express.json()): a re-serialised " +
      'body no longer matches the signature. Mount express.raw({ type: "*/*" }) on this route, or register it before the JSON parser.',
  );
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":")) continue; // HTTP/2 pseudo-headers
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function plain(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}
