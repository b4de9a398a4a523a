/**
 * The frontend scenario in a real browser: a page served from one loopback origin calls the mock on another
 * (CORS), through the client's browser entry bundled by esbuild. No request may leave loopback.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockUrl } from "../contract/support.js";
import { chromiumAvailable, launchBrowser, offlineContext, servePage } from "../support/browser.js";

describe.skipIf(!chromiumAvailable())("frontend scenario in headless Chromium", () => {
  let browser: Browser;
  let page: Awaited<ReturnType<typeof servePage>>;

  beforeAll(async () => {
    page = await servePage(new URL("./frontend-app.ts", import.meta.url), '<ul id="out"></ul>');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await page?.close();
  });

  it("creates a room and lists sessions against the mock, across origins, without leaving loopback", async () => {
    const { context, outside } = await offlineContext(browser);
    const tab = await context.newPage();
    const apiRequests: string[] = [];
    tab.on("request", (request) => {
      if (request.url().startsWith(mockUrl()))
        apiRequests.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await tab.goto(`${page.url}?api=${encodeURIComponent(mockUrl())}`);
    await tab.waitForSelector("body[data-done=true]", { timeout: 30_000 });

    expect(await tab.locator("#error").count()).toBe(0);
    expect(await tab.locator("#room").textContent()).toMatch(/^room \w+-\w+-\w+$/);
    expect(await tab.locator("#count").textContent()).toMatch(/^sessions [1-3]$/);
    expect(await tab.locator("#session-1").textContent()).toMatch(/^session \w+/);
    expect(await tab.locator("#no-hls").textContent()).toBe("no active HLS");
    // The page origin differs from the mock's: these calls went through CORS, preflights included.
    expect(new URL(page.url).origin).not.toBe(new URL(mockUrl()).origin);
    expect(apiRequests).toEqual(expect.arrayContaining(["POST /v2/rooms", "GET /v2/sessions"]));
    expect(apiRequests.some((r) => /^GET \/v2\/hls\/[^/]+\/active$/.test(r))).toBe(true);
    expect(outside).toEqual([]);
    await context.close();
  });
});
