/** HLS and RTMP through the real client: states and webhooks, the active stream, the playlist and segments, thumbnails. */
import { describe, expect, it } from "vitest";
import { BadRequestError, NotFoundError } from "../../src/node/index.js";
import { rejectionOf } from "../support/rejection.js";
import { download, eventually, mp4Boxes, useSandbox } from "./support.js";

// Slow enough steps that the checks "not playable yet" always run before the stream becomes playable.
const context = useSandbox({ processingMs: 400 });

async function liveRoom(events: string[]) {
  const { vsdk, sandbox, webhooks } = context;
  const path = `/room-${Math.random().toString(36).slice(2)}`;
  const room = await vsdk.rooms.create({ webhook: { endPoint: webhooks.url + path, events } });
  const { sessionId } = await sandbox.control.join(room.roomId, { participantId: "host" });
  return { roomId: room.roomId, sessionId, path };
}

describe("HLS", () => {
  it("starting → started → playable: getActive and the playlist answer only once it is playable", async () => {
    const { vsdk, webhooks } = context;
    const { roomId, sessionId, path } = await liveRoom(["hls-*"]);
    const started = await vsdk.hls.start({ roomId, config: { quality: "high", orientation: "portrait" } });
    expect(started).toMatchObject({ roomId, sessionId });
    expect(started.downstreamUrl).toBe(started.playbackHlsUrl);
    expect(await rejectionOf(vsdk.hls.getActive(roomId))).toBeInstanceOf(NotFoundError);
    expect((await download(started.playbackHlsUrl!)).status).toBe(404);

    const active = await eventually(() => vsdk.hls.getActive(roomId).catch(() => undefined));
    expect(active).toMatchObject({
      code: 200,
      data: { id: started.id, end: null, playbackHlsUrl: started.playbackHlsUrl },
    });
    await webhooks.waitFor(() => webhooks.types(path).includes("hls-playable"));
    expect(webhooks.types(path)).toEqual(["hls-starting", "hls-started", "hls-playable"]);
    const playable = webhooks.received.find((r) => r.path === path && r.event.webhookType === "hls-playable")!.event;
    expect(playable.data).toMatchObject({ meetingId: roomId, sessionId, playbackHlsUrl: started.playbackHlsUrl });

    const playlist = await download(started.playbackHlsUrl!);
    expect(playlist.type).toBe("application/vnd.apple.mpegurl");
    const text = playlist.bytes.toString("utf8");
    expect(text.split("\n")[0]).toBe("#EXTM3U");
    expect(text).not.toContain("#EXT-X-ENDLIST");
    const init = /#EXT-X-MAP:URI="([^"]+)"/.exec(text)![1]!;
    const segment = text.split("\n").find((line) => line.endsWith(".m4s"))!;
    expect(mp4Boxes((await download(new URL(init, started.playbackHlsUrl).href)).bytes)).toEqual(["ftyp", "moov"]);
    const media = await download(new URL(segment, started.playbackHlsUrl).href);
    expect(media.status).toBe(200);
    expect(mp4Boxes(media.bytes)).toEqual(["moof", "mdat"]);
    expect((await download(started.livestreamUrl!)).bytes.toString("utf8")).toMatch(/^#EXTM3U\n/);

    // A thumbnail of the live stream: the stream's size (high, portrait) unless asked otherwise.
    const jpeg = await vsdk.hls.captureThumbnail({ roomId });
    expect(jpeg).toMatchObject({
      message: "captured thumbnail successfully",
      roomId,
      meta: { width: 1080, height: 1920, format: "jpg" },
    });
    const image = await download(jpeg.filePath!);
    expect(image.type).toBe("image/jpeg");
    expect(image.bytes.length).toBe(jpeg.fileSize);
    expect([...image.bytes.subarray(0, 2), ...image.bytes.subarray(-2)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    const png = await vsdk.hls.captureThumbnail({ roomId, format: "png", width: 320, height: 180 });
    const pngBytes = (await download(png.filePath!)).bytes;
    expect([pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20)]).toEqual([320, 180]);
    const webp = await download((await vsdk.hls.captureThumbnail({ roomId, format: "webp" })).filePath!);
    expect([webp.type, webp.bytes.toString("latin1", 8, 16)]).toEqual(["image/webp", "WEBPVP8L"]);
    expect(await rejectionOf(vsdk.hls.captureThumbnail({ roomId, format: "webp", time: 3 }))).toBeInstanceOf(
      BadRequestError,
    );
    expect((await vsdk.hls.get(started.id)).captureLog).toHaveLength(3);

    expect(await vsdk.hls.end({ roomId })).toBe("HLS ended successfully");
    await webhooks.waitFor(() => webhooks.types(path).includes("hls-stopped"));
    expect(await rejectionOf(vsdk.hls.getActive(roomId))).toBeInstanceOf(NotFoundError);
    expect((await download(started.playbackHlsUrl!)).bytes.toString("utf8")).toContain("#EXT-X-ENDLIST");
    const listed = await vsdk.hls.list({ roomId });
    expect(listed.data?.map((h) => h.id)).toEqual([started.id]);
    expect(listed.data?.[0]?.end).not.toBeNull();

    expect(await vsdk.hls.delete(started.id)).toBe("Room Hls Recording deleted successfully !");
    expect(await rejectionOf(vsdk.hls.get(started.id))).toBeInstanceOf(NotFoundError);
    expect((await download(started.playbackHlsUrl!)).status).toBe(404);
  });

  it("refuses a second stream and a thumbnail without a playable stream; fails on request (hls-failed)", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const { roomId, path } = await liveRoom(["hls-failed"]);
    expect(await rejectionOf(vsdk.hls.captureThumbnail({ roomId }))).toBeInstanceOf(BadRequestError);
    await vsdk.hls.start({ roomId });
    expect((await rejectionOf(vsdk.hls.start({ roomId }))).message).toMatch(/already running/);
    expect(await sandbox.control.fail(roomId, "hls")).toBe("running");
    await webhooks.waitFor(() => webhooks.types(path).includes("hls-failed"));
    expect(await rejectionOf(vsdk.hls.end({ roomId }))).toBeInstanceOf(BadRequestError);
  });

  it("starts HLS and a recording by itself when the room's autoStartConfig asks", async () => {
    const { vsdk, sandbox } = context;
    const room = await vsdk.rooms.create({ autoStartConfig: { hls: { config: { quality: "low" } }, recording: {} } });
    await sandbox.control.join(room.roomId);
    const active = await eventually(() => vsdk.hls.getActive(room.roomId).catch(() => undefined));
    expect(active.data.quality).toBe("low");
    expect((await vsdk.recordings.list({ roomId: room.roomId })).data).toHaveLength(1);
  });
});

describe("RTMP livestreams", () => {
  it("start → started, end → stopped, with the outputs kept and the webhooks sent", async () => {
    const { vsdk, webhooks, sandbox } = context;
    const { roomId, sessionId, path } = await liveRoom(["livestream-*"]);
    const outputs = [{ url: "rtmp://127.0.0.1/live", streamKey: "stream-key-placeholder" }];
    expect(await vsdk.livestreams.start({ roomId, outputs })).toBe("Livestream started successfully");
    await webhooks.waitFor(() => webhooks.types(path).includes("livestream-started"));
    const [stream] = (await vsdk.livestreams.list({ roomId })).data!;
    expect(stream).toMatchObject({ roomId, sessionId, outputs, end: null });
    expect(await vsdk.livestreams.end({ roomId })).toBe("Livestream ended successfully");
    await webhooks.waitFor(() => webhooks.types(path).includes("livestream-stopped"));
    expect(webhooks.types(path)).toEqual([
      "livestream-starting",
      "livestream-started",
      "livestream-stopping",
      "livestream-stopped",
    ]);
    expect((await vsdk.livestreams.get(stream!.id)).end).not.toBeNull();

    await sandbox.control.fail(roomId, "livestream");
    await vsdk.livestreams.start({ roomId, outputs });
    await webhooks.waitFor(() => webhooks.types(path).includes("livestream-failed"));
  });
});
