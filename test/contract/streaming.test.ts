import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/index.js";
import { expectValidResponse, mockClient } from "./support.js";

const vsdk = mockClient();
const ROOM = "abcd-efgh-ijkl";

describe("livestreams (contract)", () => {
  it("livestreams.start", async () => {
    const message = await vsdk.livestreams.start({
      roomId: ROOM,
      outputs: [{ url: "rtmp://a.rtmp.youtube.com/live2", streamKey: "stream-key-placeholder" }],
    });
    expect(expectValidResponse("startLivestream", message)).toMatch(/started/i);
  });

  it("livestreams.end", async () => {
    expect(expectValidResponse("endLivestream", await vsdk.livestreams.end({ roomId: ROOM }))).toMatch(/ended/i);
  });

  it("livestreams.list", async () => {
    const page = expectValidResponse("listLivestreams", await vsdk.livestreams.list({ roomId: ROOM }));
    expect(page.data?.[0]?.outputs?.[0]?.url).toMatch(/^rtmps?:\/\//);
  });

  it("livestreams.get", async () => {
    const stream = expectValidResponse("getLivestream", await vsdk.livestreams.get("621497578bea0d0404c35c4c"));
    expect(stream.sessionId).toBeTypeOf("string");
  });
});

describe("hls (contract)", () => {
  it("hls.start", async () => {
    const hls = expectValidResponse(
      "startHls",
      await vsdk.hls.start({
        roomId: ROOM,
        config: { layout: { type: "SPOTLIGHT", gridSize: 9 }, orientation: "portrait" },
      }),
    );
    expect(hls.playbackHlsUrl).toMatch(/\.m3u8$/);
  });

  it("hls.end", async () => {
    expect(expectValidResponse("endHls", await vsdk.hls.end({ roomId: ROOM }))).toMatch(/ended/i);
  });

  it("hls.list", async () => {
    const page = expectValidResponse("listHls", await vsdk.hls.list({ roomId: ROOM }));
    expect(page.data?.[0]?.id).toBeTypeOf("string");
  });

  it("hls.get", async () => {
    expect(expectValidResponse("getHls", await vsdk.hls.get("621497578bea0d0404c35c4c")).sessionId).toBeTypeOf(
      "string",
    );
  });

  it("hls.getActive, and no active HLS as NotFoundError (Prefer: code=404)", async () => {
    const active = expectValidResponse("getActiveHls", await vsdk.hls.getActive(ROOM));
    expect(active.data?.end ?? null).toBeNull();
    await expect(vsdk.hls.getActive(ROOM, { headers: { prefer: "code=404" } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("hls.captureThumbnail", async () => {
    const thumbnail = expectValidResponse(
      "captureHlsThumbnail",
      await vsdk.hls.captureThumbnail({ roomId: ROOM, format: "png", width: 1280, height: 720 }),
    );
    expect(thumbnail.filePath).toMatch(/^https:\/\//);
  });

  it("hls.delete", async () => {
    expect(expectValidResponse("deleteHls", await vsdk.hls.delete("621497578bea0d0404c35c4c"))).toMatch(/deleted/i);
  });
});
