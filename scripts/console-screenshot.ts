/**
 * npm run docs:screenshot
 * Makes the sandbox guide's picture of the console (scripts/docs-assets/sandbox-console.png): a sandbox on a free
 * port with a webhook receiver, a room with two participants, a recording that has its file, a playable HLS stream,
 * an RTMP stream that was made to fail, then the console at 1280×720 in Debian's Chromium. Run it after changing
 * the console's look; the picture is committed, so the docs build needs no browser.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium } from "playwright-core";
import { createVideoSDK } from "../src/node/index.js";
import { startSandbox } from "../src/testing/index.js";
import { DOCS_ASSETS_DIR } from "./lib/paths.js";

const OUTPUT = path.join(DOCS_ASSETS_DIR, "sandbox-console.png");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const WAIT_MS = 10_000;

const receiver = createServer((request, response) => {
  request.resume();
  request.on("end", () => response.writeHead(204).end());
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;

const sandbox = await startSandbox({ port: 0, processingMs: 200 });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const vsdk = createVideoSDK({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl });
  await vsdk.rooms.create({ customRoomId: "design-review" });
  const { roomId } = await vsdk.rooms.create({ customRoomId: "weekly-standup", webhook: { endPoint: webhookUrl } });
  await sandbox.control.join(roomId, { name: "Alice" });
  await sandbox.control.join(roomId, { name: "Bob" });
  await vsdk.recordings.start({ roomId });
  await vsdk.hls.start({ roomId });
  await sandbox.control.fail(roomId, "livestream");
  await vsdk.livestreams.start({ roomId, outputs: [{ url: "rtmp://127.0.0.1/live", streamKey: "demo" }] });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await vsdk.recordings.end({ roomId });

  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(`${sandbox.baseUrl}/_sandbox/console`);
  await page.locator("#streams-body").getByText("file ready").waitFor();
  await page.locator("#streams-body").getByText("playable").waitFor();
  await page.locator("#webhooks-body").getByText("verified").first().waitFor();
  // The sections that show most: the streams and the webhooks, below the actions.
  await page.locator("#streams").scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -80));
  await page.screenshot({ path: OUTPUT });
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
} finally {
  await browser.close();
  await sandbox.stop();
  receiver.close();
}
