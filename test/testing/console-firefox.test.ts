/**
 * The sandbox console in headless Firefox (console.test.ts covers it in Chromium, in depth): the same page, driven
 * the same way through WebDriver BiDi. What the SDK does shows on the page, "Add participant" starts a session the
 * SDK sees, a recording reaches its file, a delivery's signature is verified with Firefox's Web Crypto, a forced
 * failure shows; no console error, no request off loopback, and readable at 1280×720 and 390×844 (screenshots go
 * to test-output/).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVideoSDK, type NodeVideoSDK } from "../../src/node/index.js";
import { type Sandbox, startSandbox } from "../../src/testing/index.js";
import { isLoopback } from "../support/browser.js";
import { firefoxAvailable, launchFirefox } from "../support/firefox.js";
import { eventually, startWebhookReceiver, type WebhookReceiver } from "./support.js";

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../test-output");
const WAIT = 5000;

describe.skipIf(!firefoxAvailable())("the sandbox console in headless Firefox", () => {
  let sandbox: Sandbox;
  let vsdk: NodeVideoSDK;
  let receiver: WebhookReceiver;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const problems: string[] = [];
  let roomId: string;

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([
      startSandbox({ port: 0, processingMs: 60, webhookRetryDelayMs: 20 }),
      launchFirefox(),
    ]);
    vsdk = createVideoSDK({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl, maxRetries: 0 });
    receiver = await startWebhookReceiver(vsdk);
    page = await browser.newPage();
    page.setDefaultTimeout(WAIT);
    page.on("request", (request) => requested.push(request.url()));
    page.on("pageerror", (error) => problems.push(`page error: ${(error as Error).message}`));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warn")
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${sandbox.baseUrl}/_sandbox/console?poll=100`);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await sandbox?.stop();
  });

  /** Waits until the cell of a row of a section (`rooms`, `sessions`, `streams`, `webhooks`) holds `text`. */
  const cellHas = (section: string, key: string, label: string, text: string) =>
    page.waitForFunction(
      (selector, wanted) => document.querySelector(selector)?.textContent?.includes(wanted) === true,
      {},
      `#${section}-body tr[data-key="${key}"] td[data-label="${label}"]`,
      text,
    );

  it("loads, online, and shows a room created through the SDK", async () => {
    await page.waitForSelector("#connection[data-state=online]");
    const room = await vsdk.rooms.create({ webhook: { endPoint: `${receiver.url}/room` } });
    roomId = room.roomId;
    await cellHas("rooms", roomId, "Webhook", `${receiver.url}/room`);
  });

  it('"Add participant" starts a session that the SDK sees', async () => {
    await page.click(`button[aria-label="Add a participant to room ${roomId}"]`);
    const session = await eventually(async () =>
      (await vsdk.sessions.list({ roomId })).data?.find((s) => s.status === "ongoing"),
    );
    expect(session.participants?.map((p) => p.name)).toEqual(["Participant 1"]);
    await cellHas("sessions", session.id!, "Participants", "Participant 1");
  });

  it("follows a recording to its file, and verifies its webhook's signature in the page", async () => {
    await vsdk.recordings.start({ roomId });
    const recording = await eventually(async () => (await vsdk.recordings.list({ roomId })).data?.[0]);
    await vsdk.recordings.end({ roomId });
    await cellHas("streams", recording.id!, "State", "file ready");
    const delivery = await sandbox.control.waitForWebhook("recording-stopped", { roomId });
    await cellHas("webhooks", delivery.id, "Signature", "verified");
    await cellHas("webhooks", delivery.id, "Delivery", "delivered");
  });

  it('"Make it fail" makes the next HLS stream fail, and the page shows it failed', async () => {
    await page.select("#fail-room", roomId);
    await page.select("#fail-kind", "hls");
    await page.click("#fail-submit");
    await page.waitForFunction(
      (text) => [...document.querySelectorAll("[role=status]")].some((status) => status.textContent?.includes(text)),
      {},
      `The next hls started in room ${roomId} will fail`,
    );
    const { id } = await vsdk.hls.start({ roomId });
    await cellHas("streams", id!, "State", "failed");
  });

  it("is readable at 1280×720 and 390×844, with no console error and no request off loopback", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "console-firefox-1280x720.png"), fullPage: true });
    await page.setViewport({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SCREENSHOTS, "console-firefox-390x844.png"), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !isLoopback(url))).toEqual([]);
  });
});
