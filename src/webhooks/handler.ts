/**
 * A typed router for webhook deliveries over the Web-standard Request and Response: verifies, drops duplicates,
 * runs the listeners of the event, and answers with the status VideoSDK expects (2xx acknowledges).
 */

import {
  ConfigurationError,
  InvalidRequestError,
  WebhookVerificationError,
  type WebhookVerificationReason,
} from "../errors.js";
import { optionsObject, wholeNumberOption } from "../internal/options.js";
import { streamReader } from "../internal/stream-reader.js";
import type { WebhookDedupe } from "./dedupe.js";
import {
  canonicalSignature,
  createWebhookVerifier,
  isKnownWebhookEvent,
  isWebhookEventName,
  type UnknownWebhookEvent,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  type WebhookEvent,
  type WebhookEventName,
  type WebhookEventOf,
  type WebhookPublicKey,
  type WebhookVerifyFunction,
} from "./verify.js";

/** What a listener gets besides the event. */
export interface WebhookDelivery {
  /** The incoming request (its body already read). */
  request: Request;
}

export type WebhookListener<Event> = (event: Event, delivery: WebhookDelivery) => void | Promise<void>;

interface HandlerCommonOptions {
  /** Called when a listener, the dedupe hook or the key lookup fails (the answer is then 500). Default: console.error. */
  onError?: ((error: unknown) => void) | undefined;
  dedupe?: WebhookDedupe | undefined;
  /** Largest body accepted, in bytes; larger deliveries get 413. Default 1 MiB (events are a few hundred bytes). */
  maxBodyBytes?: number | undefined;
  /** Accept events the spec does not list: they reach `onAny` listeners only. Default false (answered with 400). */
  allowUnknownEvents?: boolean | undefined;
}

/** Exactly one source of the key: a fixed key, a function that fetches it, or a verify function such as `vsdk.webhooks.verify`. */
export type WebhookHandlerOptions = HandlerCommonOptions &
  (
    | { publicKey: WebhookPublicKey; getPublicKey?: never; verify?: never }
    | {
        /** Fetched on first use, cached for `keyTtl` ms (default 1 hour) and fetched again once when a signature fails. */
        getPublicKey: () => WebhookPublicKey | Promise<WebhookPublicKey>;
        keyTtl?: number | undefined;
        /** The least time between two key fetches, in ms, whatever their outcome. Default 10 000. */
        refetchCooldown?: number | undefined;
        publicKey?: never;
        verify?: never;
      }
    | { verify: WebhookVerifyFunction; publicKey?: never; getPublicKey?: never }
  );

export interface WebhookHandler<AnyEvent = WebhookEvent> {
  /** Runs `listener` for every verified delivery of `name`, with the event typed for it. */
  on<Name extends WebhookEventName>(name: Name, listener: WebhookListener<WebhookEventOf<Name>>): this;
  /** Runs `listener` for every verified delivery, after the listeners of its name. */
  onAny(listener: WebhookListener<AnyEvent>): this;
  /**
   * Answers one delivery: 405 unless POST; 413 for a body over `maxBodyBytes`; 401 for a missing, malformed or
   * wrong signature; 400 for a body that is not a known event; 200 when the listeners succeeded or the delivery is
   * a duplicate; 500 when a listener (or the key lookup) failed, so that VideoSDK may retry.
   */
  handle(request: Request): Promise<Response>;
}

const STATUS: Record<WebhookVerificationReason, number> = {
  missing_signature: 401,
  malformed_signature: 401,
  bad_signature: 401,
  invalid_json: 400,
  invalid_payload: 400,
  unknown_event: 400,
  invalid_key: 500,
  key_unavailable: 500,
  body_too_large: 413,
};

/** Events are a few hundred bytes; a megabyte leaves room and still bounds what a sender can make us hold. */
export const DEFAULT_WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;

export function createWebhookHandler(
  options: WebhookHandlerOptions & { allowUnknownEvents?: false | undefined },
): WebhookHandler<WebhookEvent>;
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): WebhookHandler<WebhookEvent | UnknownWebhookEvent>;
export function createWebhookHandler(given: WebhookHandlerOptions): WebhookHandler<WebhookEvent | UnknownWebhookEvent> {
  const options = optionsObject("options", given) as unknown as WebhookHandlerOptions;
  const verify = verifierFrom(options);
  const allowUnknownEvents = options.allowUnknownEvents ?? false;
  const onError = options.onError ?? ((error: unknown) => console.error("videosdk webhook handler:", error));
  const dedupe = options.dedupe;
  if (dedupe !== undefined && typeof dedupe !== "function") {
    throw new ConfigurationError("dedupe must be a function returning true for a delivery already seen", {
      field: "dedupe",
    });
  }
  const maxBodyBytes = wholeNumberOption("maxBodyBytes", options.maxBodyBytes, DEFAULT_WEBHOOK_MAX_BODY_BYTES, 1);
  const listeners = new Map<string, WebhookListener<never>[]>();
  const anyListeners: WebhookListener<WebhookEvent | UnknownWebhookEvent>[] = [];

  const handler: WebhookHandler<WebhookEvent | UnknownWebhookEvent> = {
    on(name, listener) {
      if (!isWebhookEventName(name)) {
        // The type of `name` already lists the events: editors suggest the right spelling.
        throw new ConfigurationError(`unknown webhook event ${JSON.stringify(String(name).slice(0, 64))}`, {
          field: "name",
        });
      }
      if (typeof listener !== "function") throw new ConfigurationError("a webhook listener must be a function");
      const list = listeners.get(name) ?? [];
      list.push(listener as WebhookListener<never>);
      listeners.set(name, list);
      return this;
    },
    onAny(listener) {
      if (typeof listener !== "function") throw new ConfigurationError("a webhook listener must be a function");
      anyListeners.push(listener);
      return this;
    },
    async handle(request) {
      if (!(request instanceof Request)) {
        throw new InvalidRequestError("handle() takes the incoming Request (a Web-standard Request)", {
          field: "request",
        });
      }
      if (request.method !== "POST")
        return reply(405, "method not allowed: webhooks are delivered with POST", { allow: "POST" });
      let rawBody: Uint8Array;
      // Loaded outside the try: a reader that cannot load is the handler's failure, not a bad request.
      const readAtMost = await streamReader();
      try {
        rawBody = await readAtMost(
          request.body,
          request.headers.get("content-length"),
          maxBodyBytes,
          () => new WebhookVerificationError("body_too_large", `the body exceeds ${maxBodyBytes} bytes`),
        );
      } catch (error) {
        if (error instanceof WebhookVerificationError) return reply(413, "webhook rejected: body too large");
        return reply(400, "webhook rejected: the body could not be read");
      }
      const signature = request.headers.get(WEBHOOK_SIGNATURE_HEADER);

      let event: WebhookEvent | UnknownWebhookEvent;
      try {
        event = await verify(rawBody, signature, { allowUnknownEvents });
      } catch (error) {
        // The sender's mistakes get their reason; ours (a bad key, a failed key fetch) get a 500 and a log line.
        if (error instanceof WebhookVerificationError && STATUS[error.reason] < 500) {
          return reply(STATUS[error.reason], `webhook rejected: ${error.reason}`);
        }
        onError(error);
        return reply(500, "webhook verification is unavailable");
      }

      const delivery = { request };
      // Verified, so the signature decodes: one spelling of it, whatever the sender's (padding, alphabet, spaces).
      // Only deduplication needs it.
      const canonical = dedupe ? canonicalSignature(signature!) : "";
      try {
        if (dedupe && (await dedupe(event, rawBody, canonical)))
          return reply(200, "duplicate delivery: already received");
      } catch (error) {
        onError(error);
        return reply(500, "webhook deduplication failed");
      }
      try {
        const named = isKnownWebhookEvent(event) ? (listeners.get(event.webhookType) ?? []) : [];
        for (const listener of named) await (listener as WebhookListener<typeof event>)(event, delivery);
        for (const listener of anyListeners) await listener(event, delivery);
      } catch (error) {
        onError(error);
        try {
          await dedupe?.release?.(event, rawBody, canonical);
        } catch (releaseError) {
          onError(releaseError);
        }
        return reply(500, "webhook listener failed");
      }
      return reply(200, "ok");
    },
  };
  return handler;
}

function verifierFrom(options: WebhookHandlerOptions): WebhookVerifyFunction {
  const given = (["publicKey", "getPublicKey", "verify"] as const).filter((name) => options[name] !== undefined);
  if (given.length !== 1) {
    throw new ConfigurationError(
      `give exactly one of publicKey, getPublicKey or verify${given.length ? `, not ${given.join(" and ")}` : ""}`,
      { field: given[1] ?? "publicKey" },
    );
  }
  // The key's cache settings only mean something for a key the handler fetches: refuse them rather than
  // ignore them, so nobody believes they set a cache that does not exist.
  const { keyTtl, refetchCooldown } = options as { keyTtl?: unknown; refetchCooldown?: unknown };
  if (options.getPublicKey === undefined) {
    const misplaced = keyTtl !== undefined ? "keyTtl" : refetchCooldown !== undefined ? "refetchCooldown" : undefined;
    if (misplaced) {
      throw new ConfigurationError(`${misplaced} applies to getPublicKey only: ${given[0]} has no key cache`, {
        field: misplaced,
      });
    }
  }
  if (options.verify !== undefined) {
    if (typeof options.verify !== "function")
      throw new ConfigurationError("verify must be a function, e.g. vsdk.webhooks.verify", { field: "verify" });
    return options.verify;
  }
  if (options.getPublicKey !== undefined) {
    return createWebhookVerifier({
      getPublicKey: options.getPublicKey,
      keyTtl: keyTtl as number | undefined,
      refetchCooldown: refetchCooldown as number | undefined,
    });
  }
  const publicKey = options.publicKey!;
  return ((rawBody, signature, verifyOptions) =>
    verifyWebhook(rawBody, signature, publicKey, verifyOptions ?? {})) as WebhookVerifyFunction;
}

function reply(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}
