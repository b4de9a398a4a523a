/** Ids shaped like VideoSDK's: rooms `xxxx-xxxx-xxxx`, 24-hex ObjectIds, UUIDs, short participant ids. */
import { createHash, randomBytes, randomUUID } from "node:crypto";

const ROOM_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

function randomChars(length: number, alphabet = ROOM_ALPHABET): string {
  // Bytes at or above the largest multiple of the alphabet's size are skipped, so every character is equally likely.
  const limit = 256 - (256 % alphabet.length);
  let text = "";
  while (text.length < length) {
    for (const byte of randomBytes(length))
      if (byte < limit && text.length < length) text += alphabet[byte % alphabet.length];
  }
  return text;
}

/** A room id such as `k3xv-9qpa-2mz8`. */
export function roomId(): string {
  return `${randomChars(4)}-${randomChars(4)}-${randomChars(4)}`;
}

/** A MongoDB-style ObjectId: 4 bytes of seconds since the epoch, then 8 random bytes, as 24 hex digits. */
export function objectId(nowMs = Date.now()): string {
  const time = Math.floor(nowMs / 1000)
    .toString(16)
    .padStart(8, "0");
  return time + randomBytes(8).toString("hex");
}

export function uuid(): string {
  return randomUUID();
}

/** A short participant id such as `fkd74h2a`. */
export function participantId(): string {
  return randomChars(8);
}

/** A stable 24-hex id derived from a text (the sandbox user's id from its API key). */
export function stableObjectId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 24);
}

/** A repeatable pseudo-random sequence in [0, 1) from a text: synthetic stats stay the same for one session. */
export function seededRandom(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}
