/**
 * Replay protection for webhook deliveries. VideoSDK's signature carries no timestamp, so a captured delivery
 * verifies forever: the handler asks a dedupe hook whether it has seen the delivery before.
 */
import { sha256Hex } from "../internal/encoding.js";
import { millisecondsOption, optionsObject, wholeNumberOption } from "../internal/options.js";
import type { UnknownWebhookEvent, WebhookEvent } from "./verify.js";

/**
 * Says whether a delivery was seen before (`true`: acknowledge without running listeners). `signature` is the
 * canonical spelling (standard padded base64), so a replay with a re-spelled signature has the same key.
 * `release`, when present, is called if the listeners fail, so that VideoSDK's retry is processed again.
 */
export type WebhookDedupe = ((
  event: WebhookEvent | UnknownWebhookEvent,
  rawBody: Uint8Array,
  signature: string,
) => boolean | Promise<boolean>) & {
  release?: (event: WebhookEvent | UnknownWebhookEvent, rawBody: Uint8Array, signature: string) => void | Promise<void>;
};

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
 * Remembers deliveries by a SHA-256 of their raw body and signature. One process only: behind several
 * instances, use a shared store (Redis `SET key NX PX ttl`, say) with the same contract.
 */
export function createMemoryDedupe(given: MemoryDedupeOptions = {}): WebhookDedupe {
  const options = optionsObject("options", given) as MemoryDedupeOptions;
  const maxEntries = wholeNumberOption("maxEntries", options.maxEntries, 10_000, 1);
  const ttl = millisecondsOption("ttl", options.ttl, 10 * 60 * 1000);
  const seenAt = new Map<string, number>();
  const encoder = new TextEncoder();
  const keyOf = (rawBody: Uint8Array, signature: string) => sha256Hex(rawBody, encoder.encode(signature));

  const seen: WebhookDedupe = async (_event, rawBody, signature) => {
    const key = await keyOf(rawBody, signature);
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
  seen.release = async (_event, rawBody, signature) => {
    seenAt.delete(await keyOf(rawBody, signature));
  };
  return seen;
}
