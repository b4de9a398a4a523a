/**
 * The media the sandbox makes by code, checked byte by byte against their formats (the browser test decodes them in
 * Chromium too): JPEG, PNG, lossless WebP, MP3, the HLS playlist, and the recorded samples.
 */
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { hlsParts, hlsPlaylist, jpeg, mp3, mp4, png, webm, webp } from "../../src/testing/media.js";
import { EBML_MAGIC, mp4Boxes } from "./support.js";

/** The JPEG markers in order, with the frame size from SOF0. */
function jpegMarkers(bytes: Buffer) {
  const markers: number[] = [];
  let size: { width: number; height: number } | undefined;
  let offset = 2;
  while (offset < bytes.length) {
    expect(bytes[offset]).toBe(0xff);
    const marker = bytes[offset + 1]!;
    markers.push(marker);
    if (marker === 0xd9) break;
    const length = bytes.readUInt16BE(offset + 2);
    if (marker === 0xc0) size = { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    if (marker === 0xda) {
      // Entropy-coded data runs to the EOI marker; it never holds a 0xff byte here.
      const end = bytes.indexOf(Buffer.from([0xff, 0xd9]), offset + 2 + length);
      expect(bytes.subarray(offset + 2 + length, end).includes(0xff)).toBe(false);
      offset = end;
      continue;
    }
    offset += 2 + length;
  }
  return { markers, size };
}

describe("images", () => {
  it.each([
    [1280, 720],
    [7, 3],
    [1080, 1920],
  ])("JPEG %i×%i: SOI, JFIF, tables, frame of that size, scan, EOI", (width, height) => {
    const bytes = jpeg(width, height);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
    const { markers, size } = jpegMarkers(bytes);
    expect(markers).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xc4, 0xda, 0xd9]);
    expect(size).toEqual({ width, height });
    // Two bits per 8×8 block.
    const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
    expect(bytes.length).toBe(2 + 18 + 69 + 13 + 2 * 22 + 10 + Math.ceil(blocks / 4) + 2);
  });

  it("PNG: signature, IHDR of the size, CRCs that hold, pixel rows that inflate to the right length", () => {
    const bytes = png(33, 17, [1, 2, 3]);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const chunks: { type: string; data: Buffer }[] = [];
    for (let offset = 8; offset < bytes.length; ) {
      const length = bytes.readUInt32BE(offset);
      const type = bytes.toString("latin1", offset + 4, offset + 8);
      const data = bytes.subarray(offset + 8, offset + 8 + length);
      const crc = bytes.readUInt32BE(offset + 8 + length);
      expect(crc, type).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)));
      chunks.push({ type, data });
      offset += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect([
      chunks[0]!.data.readUInt32BE(0),
      chunks[0]!.data.readUInt32BE(4),
      chunks[0]!.data[8],
      chunks[0]!.data[9],
    ]).toEqual([33, 17, 8, 2]);
    const pixels = inflateSync(chunks[1]!.data);
    expect(pixels.length).toBe(17 * (1 + 33 * 3));
    expect([...pixels.subarray(0, 4)]).toEqual([0, 1, 2, 3]);
  });

  it("WebP: RIFF sizes that add up, a VP8L chunk with the size in its header", () => {
    const bytes = webp(854, 480);
    expect(bytes.toString("latin1", 0, 4)).toBe("RIFF");
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.toString("latin1", 8, 16)).toBe("WEBPVP8L");
    expect(bytes[20]).toBe(0x2f);
    const header = bytes.readUInt32LE(21);
    expect([(header & 0x3fff) + 1, ((header >>> 14) & 0x3fff) + 1]).toEqual([854, 480]);
    expect(bytes.length % 2).toBe(0);
  });
});

describe("audio and video", () => {
  it("MP3: back-to-back MPEG-1 Layer III frames of 144 bytes, about a second of them", () => {
    const bytes = mp3(1);
    expect(bytes.length % 144).toBe(0);
    expect(bytes.length / 144).toBe(28);
    for (let offset = 0; offset < bytes.length; offset += 144) expect(bytes.readUInt32BE(offset)).toBe(0xfffb18c4);
  });

  it("the recorded samples: a fragmented MP4, and WebM files", () => {
    expect(mp4Boxes(mp4())).toEqual(["ftyp", "moov", "moof", "mdat", "mfra"]);
    expect(webm().subarray(0, 4)).toEqual(EBML_MAGIC);
    expect(webm(true).subarray(0, 4)).toEqual(EBML_MAGIC);
    const { init, segment } = hlsParts();
    expect(mp4Boxes(init)).toEqual(["ftyp", "moov"]);
    expect(mp4Boxes(segment)).toEqual(["moof", "mdat"]);
  });

  it("HLS playlists: live without an end, DVR with every segment, ended with ENDLIST", () => {
    const live = hlsPlaylist({ segments: 10, ended: false, live: true }).split("\n");
    expect(live[0]).toBe("#EXTM3U");
    expect(live).toContain("#EXT-X-MEDIA-SEQUENCE:7");
    expect(live.filter((line) => line.endsWith(".m4s"))).toEqual(["segment-7.m4s", "segment-8.m4s", "segment-9.m4s"]);
    expect(live).not.toContain("#EXT-X-ENDLIST");
    const ended = hlsPlaylist({ segments: 2, ended: true, live: false }).split("\n");
    expect(ended).toContain("#EXT-X-PLAYLIST-TYPE:VOD");
    expect(ended).toContain('#EXT-X-MAP:URI="init.mp4"');
    expect(ended.filter((line) => line.endsWith(".m4s"))).toEqual(["segment-0.m4s", "segment-1.m4s"]);
    expect(ended.at(-2)).toBe("#EXT-X-ENDLIST");
  });
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
