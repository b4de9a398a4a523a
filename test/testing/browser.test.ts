/**
 * The sandbox in headless Chromium: a page on another origin drives it through the universal client and the control
 * API (CORS), and every file the sandbox hands out is decoded by the browser's own media and image pipelines.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxOptions } from "../../src/testing/index.js";
import { chromiumAvailable, launchBrowser, offlineContext, servePage } from "../support/browser.js";
import { eventually, useSandbox } from "./support.js";

// Slow enough steps that the page always sees the stream not playable first. The page's origin is allowed to call
// the control API once the page's server is up (before the sandbox starts).
const sandboxOptions: SandboxOptions = { processingMs: 300 };
let page: Awaited<ReturnType<typeof servePage>> | undefined;
beforeAll(async () => {
  if (!chromiumAvailable()) return;
  page = await servePage(new URL("./browser-app.ts", import.meta.url));
  sandboxOptions.controlOrigins = [new URL(page.url).origin];
});
const context = useSandbox(sandboxOptions);

describe.skipIf(!chromiumAvailable())("the sandbox in headless Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await page?.close();
  });

  it("a page on another origin creates a room, a participant joins, HLS becomes playable and its segment plays", async () => {
    const { sandbox, vsdk } = context;
    const { context: browserContext, outside } = await offlineContext(browser);
    try {
      const tab = await browserContext.newPage();
      const origins = new Set<string>();
      tab.on("request", (request) => origins.add(new URL(request.url()).origin));
      await tab.goto(
        `${page!.url}?api=${encodeURIComponent(sandbox.baseUrl)}&token=${encodeURIComponent(sandbox.token)}`,
      );
      const result = (await tab.evaluate(() => window.sandboxResult)) as Record<string, any>;
      expect(result.error).toBeUndefined();
      // It had to wait: the stream is not playable at once.
      expect(result.polls).toBeGreaterThan(1);
      expect(result.playlist).toMatch(/^#EXTM3U\n/);
      expect(result.bufferedSeconds).toBeGreaterThan(0.5);
      expect(result.thumbnail).toEqual({ width: 320, height: 180 });
      expect((await sandbox.control.participants(result.roomId)).map((p) => p.name)).toEqual(["Browser"]);
      expect((await vsdk.hls.getActive(result.roomId)).code).toBe(200);
      // The page and the sandbox are two origins; nothing left loopback.
      expect(origins).toEqual(new Set([new URL(page!.url).origin, sandbox.baseUrl]));
      expect(outside).toEqual([]);
    } finally {
      await browserContext.close();
    }
  });

  it("decodes every kind of file the sandbox serves: MP4, WebM, MP3, JPEG, PNG and WebP", async () => {
    const { sandbox, vsdk } = context;
    const room = await vsdk.rooms.create({});
    await sandbox.control.join(room.roomId, { participantId: "p" });
    await vsdk.recordings.start({ roomId: room.roomId });
    await vsdk.participantRecordings.start({ roomId: room.roomId, participantId: "p" });
    await vsdk.trackRecordings.start({ roomId: room.roomId, participantId: "p", kind: "audio" });
    await vsdk.trackRecordings.start({ roomId: room.roomId, participantId: "p", kind: "video", fileFormat: "mp3" });
    await vsdk.hls.start({ roomId: room.roomId });
    await eventually(() => vsdk.hls.getActive(room.roomId).catch(() => undefined));
    const images = await Promise.all(
      (["jpg", "png", "webp"] as const).map((format) =>
        vsdk.hls.captureThumbnail({ roomId: room.roomId, format, width: 64, height: 48 }),
      ),
    );
    await vsdk.sessions.end({ roomId: room.roomId });
    const recording = await eventually(
      async () => (await vsdk.recordings.list({ roomId: room.roomId })).data![0]!.file ?? undefined,
    );
    const individual = await eventually(async () => {
      const all = [
        ...(await vsdk.participantRecordings.list({ roomId: room.roomId })).data!,
        ...(await vsdk.trackRecordings.list({ roomId: room.roomId })).data!,
      ];
      return all.every((r) => r.files?.length) ? all : undefined;
    });
    const media = [recording.fileUrl!, ...individual.map((r) => r.files![0]!.fileUrl!)];

    const tab = await browser.newPage();
    try {
      await tab.goto(`${sandbox.baseUrl}/_sandbox/health`);
      const decoded = await tab.evaluate(
        async ({ media, images }) => {
          const loadMedia = (url: string) =>
            new Promise<string>((resolve) => {
              const element = document.createElement("video");
              element.muted = true;
              element.onloadedmetadata = () => resolve(`ok ${element.duration > 0.5 ? "duration" : "no duration"}`);
              element.onerror = () => resolve(`error ${element.error?.message ?? ""}`);
              element.src = url;
            });
          const loadImage = async (url: string) => {
            const bitmap = await createImageBitmap(await (await fetch(url)).blob());
            return `${bitmap.width}x${bitmap.height}`;
          };
          return { media: await Promise.all(media.map(loadMedia)), images: await Promise.all(images.map(loadImage)) };
        },
        { media, images: images.map((image) => image.filePath!) },
      );
      expect(decoded.media).toEqual(media.map(() => "ok duration"));
      expect(decoded.images).toEqual(["64x48", "64x48", "64x48"]);
    } finally {
      await tab.close();
    }
  });
});
