/**
 * Webhook deliveries as VideoSDK makes them: `{webhookType, data}` POSTed as JSON, the raw body signed with RSA-SHA256
 * (base64, `videosdk-signature` header). Deliveries to one URL go out one at a time, in order; a failed one (no
 * answer, or a status other than 2xx) is tried again with a doubling delay. Only loopback URLs are called unless the
 * sandbox was told to allow other hosts.
 */
import { type KeyObject, randomUUID, sign } from "node:crypto";
import { sleep } from "../internal/timers.js";

export interface WebhookAttempt {
  at: string;
  /** The endpoint's status, when it answered. */
  status?: number;
  /** Why the attempt failed without an answer. */
  error?: string;
}

export interface WebhookDeliveryRecord {
  id: string;
  /** The `webhookType`. */
  event: string;
  url: string;
  /** `room` for the room's `webhook.endPoint`, `call` for a `webhookUrl` given to a call. */
  source: "room" | "call";
  roomId: string;
  /** The exact bytes sent (and signed). */
  body: string;
  signature: string;
  /** `pending` while attempts remain, `skipped` when the URL was not allowed. */
  status: "pending" | "delivered" | "failed" | "skipped";
  reason?: string | undefined;
  attempts: WebhookAttempt[];
  /** The resource the event is about (recording, stream, ...), for its `webhook` summary. */
  resourceId?: string | undefined;
  /** When it was created or last changed (an attempt, its status); never earlier than a change before it. */
  updatedAt: string;
}

export interface WebhookTarget {
  url: string;
  source: "room" | "call";
}

export interface WebhookSenderOptions {
  privateKey: KeyObject;
  /** Retries after the first attempt. Default 3. */
  retries?: number | undefined;
  /** Delay before the first retry (ms), doubled for each next one. Default 1000. */
  retryDelayMs?: number | undefined;
  /** Per attempt. Default 5000 ms. */
  timeoutMs?: number | undefined;
  /** Hosts other than loopback that may be called; `*` allows any. Default none. */
  allowHosts?: readonly string[] | undefined;
  /** How many deliveries `deliveries()` keeps (the oldest go first). Default 1000. */
  keep?: number | undefined;
}

/** Whether an event name is among a room's `webhook.events`: exact names and `*` patterns (`recording-*`, `*`). */
export function subscribed(events: readonly string[] | undefined, event: string): boolean {
  // A room that names no events gets them all.
  if (!events || events.length === 0) return true;
  return events.some((pattern) => matchesPattern(pattern, event));
}

/**
 * `*` matches any run of characters. Matched piece by piece, leftmost first, with no regular expression: the time
 * is linear in the lengths, whatever the pattern (a regex of `.*` runs backtracks exponentially on `****…#`).
 */
export function matchesPattern(pattern: string, event: string): boolean {
  const pieces = pattern.split("*");
  if (pieces.length === 1) return pattern === event;
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  if (event.length < first.length + last.length || !event.startsWith(first) || !event.endsWith(last)) return false;
  let from = first.length;
  const end = event.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    if (piece === "") continue;
    const at = event.indexOf(piece, from);
    if (at < 0 || at + piece.length > end) return false;
    from = at + piece.length;
  }
  return true;
}

/** How much of a listener's answer is read: only its status matters, and a huge body must not fill the memory. */
export const MAX_LISTENER_ANSWER_BYTES = 4096;

/** Reads at most MAX_LISTENER_ANSWER_BYTES of the answer (so the connection can be reused), then drops the rest. */
async function drainSome(response: Response): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return;
  let read = 0;
  try {
    while (read <= MAX_LISTENER_ANSWER_BYTES) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  } catch {
    return;
  }
  await reader.cancel().catch(() => undefined);
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export class WebhookSender {
  readonly #options: {
    privateKey: KeyObject;
    retries: number;
    retryDelayMs: number;
    timeoutMs: number;
    allowHosts: readonly string[];
    keep: number;
  };
  readonly #log: WebhookDeliveryRecord[] = [];
  readonly #queues = new Map<string, Promise<void>>();
  readonly #waiters = new Set<() => void>();
  /** Aborted by stop(): cuts short every wait and every running delivery. */
  readonly #stop = new AbortController();
  /** The last time given to a change, so that times never go back (a poll `since` one must not miss the next). */
  #lastMs = 0;
  #clearedAt = this.#stamp();

  constructor(options: WebhookSenderOptions) {
    this.#options = {
      privateKey: options.privateKey,
      retries: options.retries ?? 3,
      retryDelayMs: options.retryDelayMs ?? 1000,
      timeoutMs: options.timeoutMs ?? 5000,
      allowHosts: options.allowHosts ?? [],
      keep: options.keep ?? 1000,
    };
  }

  /** Queues one delivery of the event per target; returns at once. */
  send(event: string, data: unknown, targets: WebhookTarget[], roomId: string, resourceId?: string): void {
    if (this.#stop.signal.aborted) return;
    const body = JSON.stringify({ webhookType: event, data });
    const signature = sign("sha256", Buffer.from(body), this.#options.privateKey).toString("base64");
    const seen = new Set<string>();
    for (const target of targets) {
      if (seen.has(target.url)) continue;
      seen.add(target.url);
      const record: WebhookDeliveryRecord = {
        id: randomUUID(),
        event,
        url: target.url,
        source: target.source,
        roomId,
        body,
        signature,
        status: "pending",
        attempts: [],
        resourceId,
        updatedAt: this.#stamp(),
      };
      this.#remember(record);
      const refusal = this.#refusal(target.url);
      if (refusal) {
        record.status = "skipped";
        record.reason = refusal;
        this.#touched(record);
        continue;
      }
      const previous = this.#queues.get(target.url) ?? Promise.resolve();
      const next = previous.then(() => this.#deliver(record));
      this.#queues.set(target.url, next);
      void next.finally(() => {
        if (this.#queues.get(target.url) === next) this.#queues.delete(target.url);
      });
    }
  }

  /** The deliveries so far, oldest first; with `sinceMs`, only those created or changed at or after it. */
  deliveries(sinceMs?: number): WebhookDeliveryRecord[] {
    if (sinceMs === undefined) return [...this.#log];
    return this.#log.filter((record) => Date.parse(record.updatedAt) >= sinceMs);
  }

  /** When the deliveries were last emptied: the sender's start or its last clear(). */
  get clearedAt(): string {
    return this.#clearedAt;
  }

  /** `{totalCount, successCount, data}` of the deliveries about one resource, as in VideoSDK's `webhook` fields. */
  summary(resourceId: string): {
    totalCount: number;
    successCount: number;
    data: { type: string; success: boolean }[];
  } {
    const about = this.#log.filter((record) => record.resourceId === resourceId && record.status !== "skipped");
    return {
      totalCount: about.length,
      successCount: about.filter((record) => record.status === "delivered").length,
      data: about.map((record) => ({ type: record.event, success: record.status === "delivered" })),
    };
  }

  /** Resolves at the next change of any delivery (for waiting on one). */
  changed(): Promise<void> {
    return new Promise((resolve) => this.#waiters.add(resolve));
  }

  clear(): void {
    this.#log.length = 0;
    // Never the same time twice: a client compares it with the last one to see that the list was emptied.
    const previous = Date.parse(this.#clearedAt);
    this.#clearedAt = this.#stamp();
    if (Date.parse(this.#clearedAt) === previous) this.#clearedAt = this.#stamp(previous + 1);
    this.#changed();
  }

  /** Abandons queued and running deliveries. */
  stop(): void {
    this.#stop.abort();
    this.#changed();
  }

  #refusal(url: string): string | undefined {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return "not an absolute URL";
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `${parsed.protocol} is not http or https`;
    const allowed = this.#options.allowHosts;
    if (isLoopbackHost(parsed.hostname) || allowed.includes("*") || allowed.includes(parsed.hostname.toLowerCase()))
      return undefined;
    return `${parsed.hostname} is not loopback: allow it with --webhook-allow ${parsed.hostname} (or allowWebhookHosts)`;
  }

  async #deliver(record: WebhookDeliveryRecord): Promise<void> {
    const stopped = this.#stop.signal;
    for (let attempt = 0; attempt <= this.#options.retries && !stopped.aborted; attempt++) {
      if (attempt > 0) await sleep(this.#options.retryDelayMs * 2 ** (attempt - 1), stopped);
      if (stopped.aborted) break;
      // One attempt ends at its timeout or when the sender stops, whichever comes first.
      const controller = new AbortController();
      const abort = () => controller.abort();
      stopped.addEventListener("abort", abort, { once: true });
      const timer = setTimeout(abort, this.#options.timeoutMs);
      const entry: WebhookAttempt = { at: new Date().toISOString() };
      try {
        const response = await fetch(record.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "videosdk-signature": record.signature,
            "user-agent": "videosdk-api-sandbox",
          },
          body: record.body,
          signal: controller.signal,
          redirect: "manual",
        });
        await drainSome(response);
        entry.status = response.status;
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        entry.error = controller.signal.aborted
          ? stopped.aborted
            ? "the sandbox stopped"
            : `no answer within ${this.#options.timeoutMs} ms`
          : (cause?.code ?? cause?.message ?? (error as Error).message);
      } finally {
        clearTimeout(timer);
        stopped.removeEventListener("abort", abort);
      }
      record.attempts.push(entry);
      if (entry.status !== undefined && entry.status >= 200 && entry.status < 300) {
        record.status = "delivered";
        this.#touched(record);
        return;
      }
      this.#touched(record);
    }
    record.status = "failed";
    record.reason = `no 2xx answer after ${record.attempts.length} attempt(s)`;
    this.#touched(record);
  }

  /** Now, or `atLeastMs` if later, as an ISO time never earlier than the one before. */
  #stamp(atLeastMs = 0): string {
    this.#lastMs = Math.max(Date.now(), this.#lastMs, atLeastMs);
    return new Date(this.#lastMs).toISOString();
  }

  #touched(record: WebhookDeliveryRecord): void {
    record.updatedAt = this.#stamp();
    this.#changed();
  }

  #remember(record: WebhookDeliveryRecord): void {
    this.#log.push(record);
    if (this.#log.length > this.#options.keep) this.#log.splice(0, this.#log.length - this.#options.keep);
    this.#changed();
  }

  #changed(): void {
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const resolve of waiters) resolve();
  }
}
