/** Base64, PEM and Web Crypto access for the webhook code: universal, no Node built-ins. */
import { ConfigurationError, WebhookVerificationError } from "../errors.js";

/** How VideoSDK signs webhooks: RSASSA-PKCS1-v1_5 with SHA-256. */
export const WEBHOOK_SIGNATURE_ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;

export function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) {
    throw new ConfigurationError(
      "Web Crypto (globalThis.crypto.subtle) is not available: webhooks need a secure context or Node 20+",
    );
  }
  return value;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The DER bytes of a PEM block of the given label. Never quotes the key in errors. */
export function pemBody(pem: string, label: "PUBLIC KEY" | "PRIVATE KEY"): Uint8Array<ArrayBuffer> {
  // Keys kept in environment variables often carry literal "\n" sequences instead of line breaks.
  const text = String(pem).replace(/\\n/g, "\n");
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) {
    throw new WebhookVerificationError("invalid_key", `the key is not PEM: expected -----BEGIN ${label}-----`);
  }
  if (match[1] !== label) {
    const hint =
      match[1] === `RSA ${label}`
        ? ` (PKCS#1): convert it to ${label === "PUBLIC KEY" ? "SPKI" : "PKCS#8"} with openssl pkey`
        : "";
    throw new WebhookVerificationError("invalid_key", `expected a ${label} PEM, got ${match[1]}${hint}`);
  }
  const base64 = match[2]!.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) {
    throw new WebhookVerificationError("invalid_key", `the ${label} PEM body is not base64`);
  }
  return base64ToBytes(base64);
}

/** A lowercase hex SHA-256 of the given byte strings, in order. */
export async function sha256Hex(...parts: Uint8Array[]): Promise<string> {
  const size = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  const digest = new Uint8Array(await subtle().digest("SHA-256", joined));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
