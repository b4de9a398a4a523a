/**
 * Webhook verification, universal (Web Crypto only): VideoSDK signs the raw body of every delivery with RSA-SHA256
 * (RSASSA-PKCS1-v1_5) and sends the base64 signature in `videosdk-signature`. The body is verified as bytes, before
 * any parsing, and only then read as `{webhookType, data}`.
 */
import { type WebhookEventName, webhookEvents } from "../../generated/operations.js";
import type { components } from "../../generated/schema.js";
import { ConfigurationError, InvalidRequestError, WebhookVerificationError } from "../errors.js";
import { base64ToBytes, bytesToBase64, pemBody, subtle, WEBHOOK_SIGNATURE_ALGORITHM } from "../internal/encoding.js";
import { isPlainObject, millisecondsOption, optionsObject } from "../internal/options.js";

export type { WebhookEventName };

/** Every webhook body the spec describes: a union discriminated by `webhookType`. */
export type WebhookEvent = components["schemas"]["WebhookEvent"];
/** The body of one event: `WebhookEventOf<"recording-stopped">`. */
export type WebhookEventOf<Name extends WebhookEventName> = Extract<WebhookEvent, { webhookType: Name }>;
/** A correctly signed body whose `webhookType` the spec does not know (only with `allowUnknownEvents`). */
export interface UnknownWebhookEvent {
  webhookType: string;
  data: Record<string, unknown>;
}

/** The raw request body, exactly as received. */
export type WebhookRawBody = string | Uint8Array | ArrayBuffer;
/**
 * A Web Crypto key (the global `CryptoKey`), described structurally so that Node projects compiled without the
 * DOM lib can use these types.
 */
export interface WebCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** An RSA public key: PEM (SPKI, `-----BEGIN PUBLIC KEY-----`) or an imported RSASSA-PKCS1-v1_5 SHA-256 key. */
export type WebhookPublicKey = string | WebCryptoKey;

export interface VerifyWebhookOptions {
  /** Accept correctly signed events the spec does not list (new VideoSDK events) instead of rejecting them. */
  allowUnknownEvents?: boolean | undefined;
}

/** The name of the header that carries the signature. */
export const WEBHOOK_SIGNATURE_HEADER = "videosdk-signature";

/** A verify function: `vsdk.webhooks.verify`, or one made by createWebhookVerifier. */
export interface WebhookVerifyFunction {
  (
    rawBody: WebhookRawBody,
    signature: string | null | undefined,
    options?: { allowUnknownEvents?: false | undefined },
  ): Promise<WebhookEvent>;
  (
    rawBody: WebhookRawBody,
    signature: string | null | undefined,
    options: VerifyWebhookOptions,
  ): Promise<WebhookEvent | UnknownWebhookEvent>;
}

const ALGORITHM = WEBHOOK_SIGNATURE_ALGORITHM;
// Pure: a bundle that never verifies a webhook drops the set and the list of events with it.
const knownEvents: ReadonlySet<string> = /* @__PURE__ */ new Set(webhookEvents);

/**
 * Checks the signature of one delivery against a public key, then parses the body.
 * Throws WebhookVerificationError when the delivery must be rejected.
 */
export function verifyWebhook(
  rawBody: WebhookRawBody,
  signature: string | null | undefined,
  publicKey: WebhookPublicKey,
  options?: { allowUnknownEvents?: false | undefined },
): Promise<WebhookEvent>;
export function verifyWebhook(
  rawBody: WebhookRawBody,
  signature: string | null | undefined,
  publicKey: WebhookPublicKey,
  options: VerifyWebhookOptions,
): Promise<WebhookEvent | UnknownWebhookEvent>;
export async function verifyWebhook(
  rawBody: WebhookRawBody,
  signature: string | null | undefined,
  publicKey: WebhookPublicKey,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent | UnknownWebhookEvent> {
  const bytes = bodyBytes(rawBody);
  const signatureBytes = decodeSignature(signature);
  await checkSignature(await importVerificationKey(publicKey), signatureBytes, bytes);
  return parseWebhookBody(bytes, options);
}

/** True when the event is one the spec describes (narrows away UnknownWebhookEvent). */
export function isKnownWebhookEvent(event: WebhookEvent | UnknownWebhookEvent): event is WebhookEvent {
  return knownEvents.has(event.webhookType);
}

/** True for the name of an event the spec describes. */
export function isWebhookEventName(name: unknown): name is WebhookEventName {
  return typeof name === "string" && knownEvents.has(name);
}

// ---- a verifier that fetches, caches and rotates the key ------------------------------------------------

/** A client whose `webhooks.getPublicKey()` fetches VideoSDK's key: what createVideoSDK returns. */
export interface WebhookKeySource {
  webhooks: { getPublicKey(options?: { maxRetries?: number }): Promise<{ publicKey: string }> };
}

export type WebhookVerifierOptions = WebhookVerifierSettings &
  (
    | {
        /** Where the key comes from, e.g. `async () => process.env.VIDEOSDK_WEBHOOK_KEY!`. */
        getPublicKey: () => WebhookPublicKey | Promise<WebhookPublicKey>;
        client?: never;
      }
    | {
        /** Fetch the key through this client (`vsdk.webhooks.getPublicKey()`). */
        client: WebhookKeySource;
        getPublicKey?: never;
      }
  );

export interface WebhookVerifierSettings {
  /** How long a fetched key is used before it is fetched again, in ms. Default 1 hour. */
  keyTtl?: number | undefined;
  /**
   * The least time between two key fetches, in ms, whatever their outcome. After a signature fails, the key is
   * fetched again (VideoSDK may have rotated it) once this long has passed since the last fetch. A failed fetch
   * never drops the key already held: deliveries keep verifying with it, and a forged one is still refused as
   * `bad_signature`. Only with no key yet are deliveries refused (`key_unavailable`) until the cooldown ends. So
   * forged deliveries never turn into more than one key request per cooldown. Default 10 000.
   */
  refetchCooldown?: number | undefined;
}

export const DEFAULT_WEBHOOK_KEY_TTL = 60 * 60 * 1000;
export const DEFAULT_WEBHOOK_REFETCH_COOLDOWN = 10_000;
/** How long a key fetch may take before deliveries are refused (`key_unavailable`) rather than held. */
const KEY_FETCH_TIMEOUT = 10_000;

/** A key source that never answers must not hold every delivery: it fails after KEY_FETCH_TIMEOUT. */
function withinKeyFetchTimeout<T>(fetching: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no key within ${KEY_FETCH_TIMEOUT} ms`)), KEY_FETCH_TIMEOUT);
  });
  return Promise.race([fetching, timedOut]).finally(() => clearTimeout(timer));
}

/**
 * A verify function over a fetched key: cached for `keyTtl`, fetched again when a signature fails (key
 * rotation), at most one fetch per `refetchCooldown`, with concurrent calls sharing one fetch.
 */
export function createWebhookVerifier(given: WebhookVerifierOptions): WebhookVerifyFunction {
  const options = optionsObject("options", given) as unknown as WebhookVerifierOptions;
  const client = options.client;
  // One key request per fetch: the cooldown, not the client's retries, paces requests to the key endpoint.
  const getPublicKey = client
    ? async () => (await client.webhooks.getPublicKey({ maxRetries: 0 })).publicKey
    : options.getPublicKey;
  if (typeof getPublicKey !== "function") {
    throw new ConfigurationError(
      "pass `client` (a VideoSDK client) or `getPublicKey` (a function returning the PEM key)",
      { field: "getPublicKey" },
    );
  }
  const ttl = millisecondsOption("keyTtl", options.keyTtl, DEFAULT_WEBHOOK_KEY_TTL, { cacheLifetime: true });
  const cooldown = millisecondsOption("refetchCooldown", options.refetchCooldown, DEFAULT_WEBHOOK_REFETCH_COOLDOWN, {
    cooldown: true,
  });
  // The last key fetched successfully: kept, whatever later fetches do, until another fetch succeeds. A key
  // endpoint that is down must not stop genuine deliveries, nor a forged one turn the next ones away.
  let key: CryptoKey | undefined;
  let keyFetchedAt = 0;
  // The last fetch, settled or not, and when it started: the cooldown counts from there.
  let lastFetch: Promise<CryptoKey> | undefined;
  let lastFetchAt = -Infinity;
  let fetching = false;
  const coolingDown = () => Date.now() - lastFetchAt < cooldown;

  /** Fetches the key, sharing a fetch under way; rejects with `key_unavailable` and leaves `key` as it was. */
  const fetchKey = (): Promise<CryptoKey> => {
    if (fetching && lastFetch) return lastFetch;
    const startedAt = Date.now();
    fetching = true;
    lastFetchAt = startedAt;
    lastFetch = withinKeyFetchTimeout(Promise.resolve().then(getPublicKey))
      .then((fetched) => importVerificationKey(fetched))
      .then(
        (fresh) => {
          key = fresh;
          keyFetchedAt = startedAt;
          return fresh;
        },
        (error: unknown) => {
          throw new WebhookVerificationError("key_unavailable", "the webhook public key could not be fetched", {
            cause: error,
          });
        },
      )
      .finally(() => {
        fetching = false;
      });
    lastFetch.catch(() => undefined); // observed by verify; never an unhandled rejection
    return lastFetch;
  };
  /** The key for a delivery: the cached one while fresh (or while a refetch would break the cooldown). */
  const keyToUse = (): CryptoKey | Promise<CryptoKey> => {
    if (key && (Date.now() - keyFetchedAt < ttl || coolingDown())) return key;
    // No key yet and a fetch failed lately: that failure stands until the cooldown ends.
    const fetched = coolingDown() && lastFetch ? lastFetch : fetchKey();
    // An expired key still verifies while the key endpoint fails.
    const kept = key;
    return kept ? fetched.catch(() => kept) : fetched;
  };

  const verify = async (
    rawBody: WebhookRawBody,
    signature: string | null | undefined,
    verifyOptions: VerifyWebhookOptions = {},
  ) => {
    const bytes = bodyBytes(rawBody);
    // Unsigned and garbled deliveries are refused before any key is fetched.
    const signatureBytes = decodeSignature(signature);
    const used = await keyToUse();
    try {
      await checkSignature(used, signatureBytes, bytes);
    } catch (error) {
      const mismatch =
        error instanceof WebhookVerificationError &&
        (error.reason === "bad_signature" || error.reason === "malformed_signature");
      if (!mismatch) throw error;
      // VideoSDK may have rotated its key. Another call may have fetched a newer one already; otherwise fetch one,
      // unless one was fetched lately. A fetch that fails leaves the delivery as it is: its signature is wrong.
      const next =
        key !== used ? key : fetching || !coolingDown() ? await fetchKey().catch(() => undefined) : undefined;
      if (!next || next === used) throw error;
      await checkSignature(next, signatureBytes, bytes);
    }
    return parseWebhookBody(bytes, verifyOptions);
  };
  return verify as WebhookVerifyFunction;
}

/**
 * The one spelling of a signature that verification accepts in many (padding, URL-safe alphabet, spaces):
 * standard padded base64 of its bytes. Dedupe keys use it, so a re-spelled replay is still a replay.
 */
export function canonicalSignature(signature: string): string {
  return bytesToBase64(decodeSignature(signature));
}

// ---- the steps ------------------------------------------------------------------------------------------

function bodyBytes(rawBody: WebhookRawBody): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === "string") return new TextEncoder().encode(rawBody);
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  if (ArrayBuffer.isView(rawBody)) {
    const view = new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
    // Web Crypto takes ArrayBuffer-backed views; anything else (a SharedArrayBuffer) is copied.
    return view.buffer instanceof ArrayBuffer ? (view as Uint8Array<ArrayBuffer>) : new Uint8Array(view);
  }
  const got = rawBody === null ? "null" : typeof rawBody;
  throw new InvalidRequestError(
    `rawBody must be the raw request body (string, Uint8Array or ArrayBuffer), got ${got}: verify the bytes as received, and parse JSON only after`,
  );
}

function decodeSignature(signature: string | null | undefined): Uint8Array<ArrayBuffer> {
  if (signature !== undefined && signature !== null && typeof signature !== "string") {
    throw new WebhookVerificationError(
      "malformed_signature",
      `the ${WEBHOOK_SIGNATURE_HEADER} header must be a string`,
    );
  }
  if (signature === undefined || signature === null || signature.trim() === "") {
    throw new WebhookVerificationError("missing_signature", `the ${WEBHOOK_SIGNATURE_HEADER} header is missing`);
  }
  // Standard base64 as sent; the URL-safe alphabet and missing padding are tolerated (the RSA check decides).
  const text = signature.trim().replace(/-/g, "+").replace(/_/g, "/");
  const notBase64 = () =>
    new WebhookVerificationError("malformed_signature", `the ${WEBHOOK_SIGNATURE_HEADER} header is not base64`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw notBase64();
  try {
    return base64ToBytes(text.replace(/=+$/, ""));
  } catch {
    throw notBase64(); // impossible lengths (4n + 1 characters)
  }
}

async function checkSignature(
  key: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  body: Uint8Array<ArrayBuffer>,
): Promise<void> {
  const modulusLength = (key.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (typeof modulusLength === "number" && signature.byteLength !== Math.ceil(modulusLength / 8)) {
    throw new WebhookVerificationError(
      "malformed_signature",
      `the ${WEBHOOK_SIGNATURE_HEADER} header holds ${signature.byteLength} bytes, a ${modulusLength}-bit RSA signature has ${Math.ceil(modulusLength / 8)}`,
    );
  }
  let valid: boolean;
  try {
    valid = await subtle().verify(ALGORITHM, key, signature, body);
  } catch (error) {
    throw new WebhookVerificationError(
      "invalid_key",
      "the public key cannot verify RSASSA-PKCS1-v1_5 SHA-256 signatures",
      { cause: error },
    );
  }
  if (!valid)
    throw new WebhookVerificationError("bad_signature", "the signature does not match the body and public key");
}

/** Reads a verified body as `{webhookType, data}`. */
function parseWebhookBody(bytes: Uint8Array, options: VerifyWebhookOptions): WebhookEvent | UnknownWebhookEvent {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new WebhookVerificationError("invalid_json", "the body is not JSON", { cause: error });
  }
  if (!isPlainObject(value) || typeof value.webhookType !== "string" || !isPlainObject(value.data)) {
    throw new WebhookVerificationError(
      "invalid_payload",
      "the body is not a webhook event: expected {webhookType: string, data: object}",
    );
  }
  if (!knownEvents.has(value.webhookType) && !options.allowUnknownEvents) {
    // The name comes from a correctly signed body, so it is safe to show; it is still cut short.
    throw new WebhookVerificationError(
      "unknown_event",
      `unknown webhook event ${JSON.stringify(value.webhookType.slice(0, 64))}: pass allowUnknownEvents to accept events the spec does not list`,
    );
  }
  return value as unknown as WebhookEvent | UnknownWebhookEvent;
}

// ---- keys -----------------------------------------------------------------------------------------------

const importedKeys = new Map<string, Promise<CryptoKey>>();
const MAX_CACHED_KEYS = 16;

/** Imports a PEM (SPKI) public key for verification; each PEM string is imported once. */
function importVerificationKey(publicKey: WebhookPublicKey): Promise<CryptoKey> {
  if (typeof publicKey !== "string") return Promise.resolve(checkCryptoKey(publicKey));
  const cached = importedKeys.get(publicKey);
  if (cached) return cached;
  const imported = importPem(publicKey);
  if (importedKeys.size >= MAX_CACHED_KEYS) importedKeys.delete(importedKeys.keys().next().value!);
  importedKeys.set(publicKey, imported);
  imported.catch(() => importedKeys.delete(publicKey));
  return imported;
}

async function importPem(pem: string): Promise<CryptoKey> {
  const der = pemBody(pem, "PUBLIC KEY");
  try {
    return await subtle().importKey("spki", der, ALGORITHM, false, ["verify"]);
  } catch (error) {
    throw new WebhookVerificationError("invalid_key", "the public key PEM is not an RSA SPKI key", { cause: error });
  }
}

function checkCryptoKey(key: unknown): CryptoKey {
  const candidate = key as Partial<CryptoKey> | null;
  const algorithm = candidate?.algorithm as Partial<RsaHashedKeyAlgorithm> | undefined;
  if (!candidate || typeof candidate !== "object" || !algorithm) {
    throw new WebhookVerificationError("invalid_key", "the public key must be a PEM string or a CryptoKey");
  }
  if (
    candidate.type !== "public" ||
    algorithm.name !== ALGORITHM.name ||
    algorithm.hash?.name !== ALGORITHM.hash ||
    !candidate.usages?.includes("verify")
  ) {
    throw new WebhookVerificationError(
      "invalid_key",
      `the CryptoKey must be a public ${ALGORITHM.name} ${ALGORITHM.hash} key with the "verify" usage, got a ${String(candidate.type)} ${String(algorithm.name)} key`,
    );
  }
  return candidate as CryptoKey;
}
