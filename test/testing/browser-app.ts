/**
 * A frontend against the sandbox, bundled by the test with esbuild from the universal entry and served from another
 * origin: it creates a room, has a participant join through the control API, starts HLS, polls getActive until the
 * stream is playable, then loads the playlist and feeds its first segment to the browser's media pipeline.
 */
import { createVideoSDK, NotFoundError } from "../../src/index.js";

interface Result {
  roomId: string;
  polls: number;
  playlist: string;
  bufferedSeconds: number;
  thumbnail: { width: number; height: number };
}

declare global {
  interface Window {
    sandboxResult: Promise<Result | { error: string }>;
  }
}

async function main(): Promise<Result> {
  const params = new URL(location.href).searchParams;
  const api = params.get("api")!;
  const vsdk = createVideoSDK({ token: params.get("token")!, baseUrl: api, maxRetries: 0 });

  const room = await vsdk.rooms.create({});
  const joined = await fetch(`${api}/_sandbox/rooms/${room.roomId}/participants`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Browser" }),
  });
  if (joined.status !== 201) throw new Error(`join answered ${joined.status}`);
  await vsdk.hls.start({ roomId: room.roomId });

  // Not playable yet: getActive says 404 (NotFoundError) until the hls-playable step.
  let polls = 0;
  let active: Awaited<ReturnType<typeof vsdk.hls.getActive>> | undefined;
  while (!active) {
    polls++;
    try {
      active = await vsdk.hls.getActive(room.roomId);
    } catch (error) {
      if (!(error instanceof NotFoundError) || polls > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  const playlistUrl = active.data.playbackHlsUrl!;
  const playlist = await (await fetch(playlistUrl)).text();
  const init = new URL(/#EXT-X-MAP:URI="([^"]+)"/.exec(playlist)![1]!, playlistUrl);
  const segment = new URL(playlist.split("\n").find((line) => line.endsWith(".m4s"))!, playlistUrl);
  const bufferedSeconds = await play([init, segment]);

  const capture = await vsdk.hls.captureThumbnail({ roomId: room.roomId, width: 320, height: 180 });
  const image = await createImageBitmap(await (await fetch(capture.filePath!)).blob());
  return {
    roomId: room.roomId,
    polls,
    playlist,
    bufferedSeconds,
    thumbnail: { width: image.width, height: image.height },
  };
}

/** Appends the init section and the segment to a MediaSource, as an HLS player does; returns the seconds buffered. */
async function play(urls: URL[]): Promise<number> {
  const source = new MediaSource();
  const video = document.createElement("video");
  video.muted = true;
  video.src = URL.createObjectURL(source);
  await new Promise((resolve) => source.addEventListener("sourceopen", resolve, { once: true }));
  const buffer = source.addSourceBuffer('video/mp4; codecs="avc1.42E01E, opus"');
  for (const url of urls) {
    const bytes = await (await fetch(url)).arrayBuffer();
    await new Promise((resolve, reject) => {
      buffer.addEventListener("updateend", resolve, { once: true });
      buffer.addEventListener("error", () => reject(new Error(`the browser refused ${url.pathname}`)), { once: true });
      buffer.appendBuffer(bytes);
    });
  }
  return buffer.buffered.length ? buffer.buffered.end(0) : 0;
}

window.sandboxResult = main().catch((error: unknown) => ({ error: String(error) }));
