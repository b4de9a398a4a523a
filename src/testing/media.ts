/**
 * The files behind every URL the sandbox hands out: small but valid media, made by code (images, MP3, text) or taken
 * from the recorded samples (WebM, MP4, HLS segments). Nothing is downloaded.
 */
import { deflateSync } from "node:zlib";
import { MP4_AUDIO_VIDEO, WEBM_AUDIO, WEBM_AUDIO_VIDEO } from "./media-samples.js";

export interface MediaFile {
  contentType: string;
  body: Buffer;
}

export const CONTENT_TYPES = {
  mp4: "video/mp4",
  webm: "video/webm",
  webmAudio: "audio/webm",
  mp3: "audio/mpeg",
  m3u8: "application/vnd.apple.mpegurl",
  m4s: "video/iso.segment",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  txt: "text/plain; charset=utf-8",
  json: "application/json; charset=utf-8",
  srt: "application/x-subrip; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  vtt: "text/vtt; charset=utf-8",
  csv: "text/csv; charset=utf-8",
} as const;

const decoded = new Map<string, Buffer>();
function sample(base64: string): Buffer {
  let bytes = decoded.get(base64);
  if (!bytes) {
    bytes = Buffer.from(base64, "base64");
    decoded.set(base64, bytes);
  }
  return bytes;
}

export const mp4 = (): Buffer => sample(MP4_AUDIO_VIDEO);
export const webm = (audioOnly = false): Buffer => sample(audioOnly ? WEBM_AUDIO : WEBM_AUDIO_VIDEO);

/** The top-level boxes of an ISO BMFF (MP4) file. */
function boxes(file: Buffer): { type: string; start: number; end: number }[] {
  const found = [];
  for (let offset = 0; offset + 8 <= file.length; ) {
    const size = file.readUInt32BE(offset);
    if (size < 8 || offset + size > file.length) break;
    found.push({ type: file.toString("latin1", offset + 4, offset + 8), start: offset, end: offset + size });
    offset += size;
  }
  return found;
}

/** The fragmented MP4 sample cut for HLS: the init section (ftyp + moov) and one media segment (moof + mdat). */
let cutForHls: { init: Buffer; segment: Buffer; durationSeconds: number } | undefined;
export function hlsParts(): { init: Buffer; segment: Buffer; durationSeconds: number } {
  // The sample never changes: cut it once.
  if (cutForHls) return cutForHls;
  const file = mp4();
  const parts = boxes(file);
  const moov = parts.find((box) => box.type === "moov")!;
  const moof = parts.find((box) => box.type === "moof")!;
  const mdat = parts.find((box, index) => box.type === "mdat" && index > parts.indexOf(moof))!;
  cutForHls = { init: file.subarray(0, moov.end), segment: file.subarray(moof.start, mdat.end), durationSeconds: 1 };
  return cutForHls;
}

/**
 * An HLS media playlist of fMP4 segments. While the stream runs it is a live playlist; once stopped it ends with
 * `#EXT-X-ENDLIST` and stays available for playback (DVR). Every entry points at the same one-second sample.
 */
export function hlsPlaylist(options: { segments: number; ended: boolean; live: boolean }): string {
  const { durationSeconds } = hlsParts();
  const count = Math.max(1, options.segments);
  // The live-edge playlist keeps only the newest few segments; the DVR playlist keeps them all.
  const first = options.live ? Math.max(0, count - 3) : 0;
  const lines = [
    "#EXTM3U",
    "#EXT-X-VERSION:7",
    `#EXT-X-TARGETDURATION:${Math.ceil(durationSeconds)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    ...(options.live ? [] : [options.ended ? "#EXT-X-PLAYLIST-TYPE:VOD" : "#EXT-X-PLAYLIST-TYPE:EVENT"]),
    '#EXT-X-MAP:URI="init.mp4"',
  ];
  for (let index = first; index < count; index++)
    lines.push(`#EXTINF:${durationSeconds.toFixed(3)},`, `segment-${index}.m4s`);
  if (options.ended) lines.push("#EXT-X-ENDLIST");
  return `${lines.join("\n")}\n`;
}

// ---- images -------------------------------------------------------------------------------------------------

/** The largest thumbnail side the sandbox makes (a 4K frame). */
export const MAX_IMAGE_SIDE = 3840;

/** A mid-grey baseline JPEG of any size: every 8×8 block has a zero DC difference and no AC terms (two bits). */
export function jpeg(width: number, height: number): Buffer {
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const segment = (marker: number, payload: number[]) => [
    0xff,
    marker,
    (payload.length + 2) >> 8,
    (payload.length + 2) & 0xff,
    ...payload,
  ];
  // One Huffman code of length 1 ("0") per table: category 0 for DC, end-of-block for AC.
  const oneCodeTable = (tableClassAndId: number) => [tableClassAndId, 1, ...new Array(15).fill(0), 0];
  const header = [
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCodeTable(0x00)),
    ...segment(0xc4, oneCodeTable(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
  ];
  // Two zero bits per block; the last byte is padded with one bits, as JPEG requires.
  const bits = blocks * 2;
  const data = Buffer.alloc(Math.ceil(bits / 8));
  const padding = data.length * 8 - bits;
  if (padding > 0) data[data.length - 1] = (1 << padding) - 1;
  return Buffer.concat([Buffer.from(header), data, Buffer.from([0xff, 0xd9])]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PNG of one colour (RGB). */
export function png(width: number, height: number, rgb: [number, number, number] = [0x3b, 0x6e, 0xc8]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per sample, truecolour, deflate, no filter method variants, no interlace
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.alloc(row.length * height);
  for (let y = 0; y < height; y++) row.copy(raw, y * row.length);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * A lossless WebP (VP8L) of one colour: every prefix code is a "simple code" of one symbol, so each pixel takes
 * zero bits and the whole image is a few dozen bytes whatever its size.
 */
export function webp(width: number, height: number, rgb: [number, number, number] = [0x3b, 0x6e, 0xc8]): Buffer {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(width - 1, 14);
  write(height - 1, 14);
  write(0, 1); // alpha is not used
  write(0, 3); // version 0
  write(0, 1); // no transform
  write(0, 1); // no colour cache
  write(0, 1); // no meta prefix codes
  const oneSymbol = (symbol: number) => {
    write(1, 1); // simple code
    write(0, 1); // one symbol
    write(1, 1); // an 8-bit symbol
    write(symbol, 8);
  };
  const [red, green, blue] = rgb;
  oneSymbol(green); // green (and LZ77 lengths)
  oneSymbol(red);
  oneSymbol(blue);
  oneSymbol(0xff); // alpha
  oneSymbol(0); // distance
  const payload = Buffer.alloc(1 + Math.ceil(bits.length / 8));
  payload[0] = 0x2f; // VP8L signature
  bits.forEach((bit, index) => {
    if (bit) payload[1 + (index >> 3)]! |= 1 << (index & 7);
  });
  const padded = payload.length % 2 ? Buffer.concat([payload, Buffer.alloc(1)]) : payload;
  const chunkHeader = Buffer.alloc(8);
  chunkHeader.write("VP8L", 0, "latin1");
  chunkHeader.writeUInt32LE(payload.length, 4);
  const riff = Buffer.alloc(12);
  riff.write("RIFF", 0, "latin1");
  riff.writeUInt32LE(4 + chunkHeader.length + padded.length, 4);
  riff.write("WEBP", 8, "latin1");
  return Buffer.concat([riff, chunkHeader, padded]);
}

/** Recent images by format and size: a 4K PNG takes a quarter of a second to make, and lists ask its size. */
const images = new Map<string, Buffer>();
const IMAGES_KEPT = 16;

export function thumbnail(format: "jpg" | "png" | "webp", width: number, height: number): MediaFile {
  const key = `${format} ${width}x${height}`;
  let body = images.get(key);
  if (!body) {
    body = format === "png" ? png(width, height) : format === "webp" ? webp(width, height) : jpeg(width, height);
    if (images.size >= IMAGES_KEPT) images.delete(images.keys().next().value!);
    images.set(key, body);
  }
  return { contentType: CONTENT_TYPES[format], body };
}

// ---- audio --------------------------------------------------------------------------------------------------

/**
 * Silent MP3: MPEG-1 Layer III frames at 32 kbit/s, 32 kHz, mono, whose side information and main data are all
 * zero (no Huffman data, so each frame decodes to 1152 samples of silence).
 */
export function mp3(seconds = 1): Buffer {
  const frameBytes = (144 * 32_000) / 32_000; // 144 * bitrate / sample rate, no padding
  const frames = Math.max(1, Math.ceil((seconds * 32_000) / 1152));
  const frame = Buffer.alloc(frameBytes);
  frame.set([0xff, 0xfb, 0x18, 0xc4]); // sync, MPEG-1, Layer III, no CRC; 32 kbit/s, 32 kHz; mono, original
  return Buffer.concat(new Array(frames).fill(frame));
}
