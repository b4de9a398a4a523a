import { createHash } from "node:crypto";

/**
 * A UUID-shaped id derived from a name (an operationId, a folder, an environment), so that the converters' random
 * ids become the same on every generation.
 */
export function stableUuid(name: string): string {
  const hex = createHash("sha256").update(`videosdk-api collections: ${name}`).digest("hex");
  // Version 8 (custom) and the RFC 4122 variant: a valid UUID that no random generator made.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A Bruno-style uid (21 url-safe characters) derived from a name. */
export function stableUid(name: string): string {
  return createHash("sha256").update(`videosdk-api collections: ${name}`).digest("base64url").slice(0, 21);
}
