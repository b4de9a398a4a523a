/**
 * A typed router for webhook deliveries over the Web-standard Request and Response: verifies, drops duplicates,
 * runs the listeners of the event, and answers with the status VideoSDK expects (2xx acknowledges).
 */

import { webhookEvents } from "../generated/operations.js";
import { ConfigurationError } from "./errors.js";
import { millisecondsOption, wholeNumberOption } from "./options.js";
import {
  createWebhookVerifier,
  isKnownWebhookEvent,
  isWebhookEventName,
  subtle,
  type UnknownWebhookEvent,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  type WebhookEvent,
  type WebhookEventName,
  type WebhookEventOf,
  type WebhookPublicKey,
  WebhookVerificationError,
  type WebhookVerificationReason,
  type WebhookVerifyFunction,
} from "./webhooks.js";

/** What a listener gets besides the event. */
export interface WebhookDelivery {
  /** The incoming request (its body already read). */
  request: Request;
}

export type WebhookListener<Event> = (event: Event, delivery: WebhookDelivery) => void | Promise<void>;

/**
 * Says whether a delivery was seen before (`true`: acknowledge without running listeners). The signature has no
 * timestamp, so replay protection is this hook's job. `release`, when present, is called if the listeners fail,
 * so that VideoSDK's retry of that delivery is processed again.
 */
export type WebhookDedupe = ((
  event: WebhookEvent | UnknownWebhookEvent,
  rawBody: Uint8Array,
  signature: string,
) => boolean | Promise<boolean>) & {
  release?: (event: WebhookEvent | UnknownWebhookEvent, rawBody: Uint8Array, signature: string) => void | Promise<void>;
};

interface HandlerCommonOptions {
  /** Called when a listener, the dedupe hook or the key lookup fails (the answer is then 500). Default: console.error. */
  onError?: ((error: unknown) => void) | undefined;
  dedupe?: WebhookDedupe | undefined;
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
   * Answers one delivery: 405 unless POST; 401 for a missing, malformed or wrong signature; 400 for a body that
   * is not a known event; 200 when the listeners succeeded or the delivery is a duplicate; 500 when a listener
   * (or the key lookup) failed, so that VideoSDK may retry.
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
};

export function createWebhookHandler(
  options: WebhookHandlerOptions & { allowUnknownEvents?: false | undefined },
): WebhookHandler<WebhookEvent>;
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): WebhookHandler<WebhookEvent | UnknownWebhookEvent>;
export function createWebhookHandler(
  options: WebhookHandlerOptions,
): WebhookHandler<WebhookEvent | UnknownWebhookEvent> {
  const verify = verifierFrom(options);
  const allowUnknownEvents = options.allowUnknownEvents ?? false;
  const onError = options.onError ?? ((error: unknown) => console.error("videosdk webhook handler:", error));
  const dedupe = options.dedupe;
  if (dedupe !== undefined && typeof dedupe !== "function")
    throw new ConfigurationError("dedupe must be a function returning true for a delivery already seen");
  const listeners = new Map<string, WebhookListener<never>[]>();
  const anyListeners: WebhookListener<WebhookEvent | UnknownWebhookEvent>[] = [];

  const handler: WebhookHandler<WebhookEvent | UnknownWebhookEvent> = {
    on(name, listener) {
      if (!isWebhookEventName(name))
        throw new ConfigurationError(`unknown webhook event ${JSON.stringify(name)}${suggestion(name)}`);
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
      if (request.method !== "POST")
        return reply(405, "method not allowed: webhooks are delivered with POST", { allow: "POST" });
      let rawBody: Uint8Array;
      try {
        rawBody = new Uint8Array(await request.arrayBuffer());
      } catch {
        return reply(400, "webhook rejected: the body could not be read");
      }
      const signature = request.headers.get(WEBHOOK_SIGNATURE_HEADER);

      let event: WebhookEvent | UnknownWebhookEvent;
      try {
        event = await verify(rawBody, signature, { allowUnknownEvents });
      } catch (error) {
        // The sender's mistakes get their reason; ours (a bad key, a failed key fetch) get a 500 and a log line.
        if (error instanceof WebhookVerificationError && error.reason !== "invalid_key") {
          return reply(STATUS[error.reason], `webhook rejected: ${error.reason}`);
        }
        onError(error);
        return reply(500, "webhook verification is unavailable");
      }

      const delivery = { request };
      try {
        if (dedupe && (await dedupe(event, rawBody, signature!)))
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
          await dedupe?.release?.(event, rawBody, signature!);
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
    );
  }
  if (options.verify !== undefined) {
    if (typeof options.verify !== "function")
      throw new ConfigurationError("verify must be a function, e.g. vsdk.webhooks.verify");
    return options.verify;
  }
  if (options.getPublicKey !== undefined)
    return createWebhookVerifier({ getPublicKey: options.getPublicKey, keyTtl: options.keyTtl });
  const publicKey = options.publicKey!;
  return ((rawBody, signature, verifyOptions) =>
    verifyWebhook(rawBody, signature, publicKey, verifyOptions ?? {})) as WebhookVerifyFunction;
}

function reply(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}

/** ` (did you mean "x"?)` for a mistyped event name, or nothing. */
export function suggestion(name: string): string {
  const close = closestNames(name, webhookEvents);
  return close.length ? ` (did you mean ${close.map((n) => JSON.stringify(n)).join(", ")}?)` : "";
}

/** Up to three names within a small edit distance of `name`, closest first. */
export function closestNames(name: string, candidates: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= limit || candidate.includes(name.toLowerCase()))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

// ---- an in-memory dedupe --------------------------------------------------------------------------------

export interface MemoryDedupeOptions {
  /** Deliveries remembered at most; the oldest are forgotten first. Default 10 000. */
  maxEntries?: number | undefined;
  /**
   * How long a delivery is remembered, in ms. Default 10 minutes. Bodies carry no timestamp, so two real events
   * can be byte-identical (a participant leaving twice); a bounded window keeps the later one from being dropped.
   */
  ttl?: number | undefined;
}

/**
 * Remembers deliveries by a SHA-256 of their signature (the same body and key give the same signature). One
 * process only: behind several instances, use a shared store with the same contract.
 */
export function createMemoryDedupe(options: MemoryDedupeOptions = {}): WebhookDedupe {
  const maxEntries = wholeNumberOption("maxEntries", options.maxEntries, 10_000, 1);
  const ttl = millisecondsOption("ttl", options.ttl, 10 * 60 * 1000);
  const seenAt = new Map<string, number>();

  const keyOf = async (signature: string) => {
    const digest = new Uint8Array(await subtle().digest("SHA-256", new TextEncoder().encode(signature.trim())));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  };

  const seen: WebhookDedupe = async (_event, _rawBody, signature) => {
    const key = await keyOf(signature);
    const now = Date.now();
    const at = seenAt.get(key);
    if (at !== undefined && now - at < ttl) return true;
    seenAt.delete(key); // re-inserted last, so the Map's order stays oldest first
    seenAt.set(key, now);
    for (const [oldest, time] of seenAt) {
      if (seenAt.size <= maxEntries && now - time < ttl) break;
      seenAt.delete(oldest);
    }
    return false;
  };
  seen.release = async (_event, _rawBody, signature) => {
    seenAt.delete(await keyOf(signature));
  };
  return seen;
}
