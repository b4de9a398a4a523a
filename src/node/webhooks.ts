/**
 * Serves a webhook handler from node:http or Express. Signatures cover the raw bytes, so the adapter reads the
 * request stream itself, or takes the Buffer that `express.raw()` left in `req.body`; a body another parser
 * already turned into an object cannot be verified, and is refused with an explanation.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ConfigurationError, RawBodyRequiredError } from "../errors.js";
import { wholeNumberOption } from "../internal/options.js";
import { DEFAULT_WEBHOOK_MAX_BODY_BYTES } from "../webhooks/handler.js";
import { readNodeBody } from "./body.js";

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

/** The request body went past the limit: answered 413 without reading further. */
class BodyTooLarge extends Error {}

/** How long a connection may go on sending a refused body before it is closed. */
const DRAIN_LIMIT_MS = 2000;

/** `http.createServer(toNodeListener(handler))`, or `app.post("/hook", express.raw({ type: "*\/*" }), toNodeListener(handler))`. */
export function toNodeListener(handler: WebRequestHandler, options: NodeWebhookOptions = {}): NodeWebhookListener {
  if (!handler || typeof handler.handle !== "function")
    throw new ConfigurationError("toNodeListener needs a handler with handle(request), e.g. createWebhookHandler(...)");
  const maxBodyBytes = wholeNumberOption("maxBodyBytes", options.maxBodyBytes, DEFAULT_WEBHOOK_MAX_BODY_BYTES, 1);

  return async (req, res, next) => {
    try {
      const method = req.method ?? "GET";
      const body = method === "POST" ? await rawBodyOf(req, maxBodyBytes) : undefined;
      const init: RequestInit = { method, headers: headersOf(req) };
      if (body) init.body = body;
      const request = new Request(new URL(req.url ?? "/", "http://localhost"), init);
      const response = await handler.handle(request);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuseTooLarge(req, res);
      if (next) return next(error);
      plain(res, 500, error instanceof RawBodyRequiredError ? error.message : "webhook handler failed");
    }
  };
}

async function rawBodyOf(
  req: IncomingMessage & { body?: unknown },
  maxBodyBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const given = req.body;
  if (given instanceof Uint8Array) {
    // express.raw() (a Buffer): its own limit applies first, ours still holds.
    if (given.byteLength > maxBodyBytes) throw new BodyTooLarge();
    return new Uint8Array(given);
  }
  if (typeof given === "string") return new TextEncoder().encode(given); // express.text()
  // Express 4's json() leaves `{}` on requests it skipped without reading them: the stream is still there.
  const streamUnread = !req.readableEnded && !req.destroyed;
  if (given !== undefined && given !== null && !(streamUnread && isEmptyObject(given))) {
    throw rawBodyRequired();
  }
  if (!streamUnread) throw rawBodyRequired();
  // Left open when too large: the 413 must still reach the sender (see refuseTooLarge).
  const body = await readNodeBody(req, maxBodyBytes);
  if (!body) throw new BodyTooLarge();
  return new Uint8Array(body);
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

/**
 * Answers 413 and closes the connection. The rest of the body is read and dropped meanwhile (closing a socket
 * with unread data resets it, and the sender would never see the 413), but for DRAIN_LIMIT_MS at most.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const close = () => req.socket.destroy();
  const limit = setTimeout(close, DRAIN_LIMIT_MS);
  limit.unref();
  req.once("end", () => clearTimeout(limit));
  req.resume();
  if (res.headersSent) return void res.end(close);
  res.writeHead(413, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end("webhook rejected: body too large");
}
