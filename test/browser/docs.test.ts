/**
 * The docs site in headless Chromium: built from the spec into a temporary directory, served by the project's
 * static server on loopback, and used as a reader would (navigation, search, code samples), with every request that
 * would leave loopback blocked and recorded.
 */
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookEvents } from "../../generated/operations.js";
import { SAMPLE_LANGUAGES } from "../../scripts/lib/code-samples.js";
import { buildDocs, DOCS_TITLE, type DocsBuild } from "../../scripts/lib/docs-site.js";
import { type StaticServer, startStaticServer } from "../../scripts/lib/static-server.js";
import { chromiumAvailable, launchBrowser, offlineContext } from "../support/browser.js";
import { toolchains } from "../support/toolchains.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCREENSHOT = path.join(root, "test-output/docs.png");

interface Spec {
  tags: { name: string; "x-displayName"?: string }[];
  paths: Record<string, Record<string, { summary: string; tags: string[] }>>;
}

if (!chromiumAvailable()) {
  describe("docs site in headless Chromium", () => {
    it.skip(`skipped: ${toolchains.chromium.install}`, () => {});
  });
} else {
  describe("docs site in headless Chromium", () => {
    let outDir: string;
    let build: DocsBuild;
    let spec: Spec;
    let site: StaticServer;
    let browser: Browser;
    let context: BrowserContext;
    let outside: string[];
    let page: Page;
    /** Loads the page's CSP refused: none (Redoc's attribution logo is inlined at build time). */
    const blockedByPolicy: string[] = [];
    const pageErrors: string[] = [];
    /** Errors and warnings the page logs to the console, on any page the tests open. */
    const consoleProblems: string[] = [];

    beforeAll(async () => {
      outDir = await mkdtemp(path.join(tmpdir(), "videosdk-docs-"));
      build = await buildDocs({ outDir });
      spec = JSON.parse(await readFile(path.join(outDir, "openapi.docs.json"), "utf8")) as Spec;
      site = await startStaticServer({ root: outDir });
      browser = await launchBrowser();
      ({ context, outside } = await offlineContext(browser));
      await context.exposeBinding("reportPolicyViolation", (_source, uri: string, directive: string) => {
        blockedByPolicy.push(`${directive} ${uri}`);
      });
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { reportPolicyViolation(uri: string, directive: string): void }).reportPolicyViolation(
            event.blockedURI,
            event.effectiveDirective,
          );
        });
      });
      page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") consoleProblems.push(message.text());
      });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${site.url}/`, { waitUntil: "load" });
      // Hydrated once the search box reacts.
      await page.locator('[data-testid="search-trigger"]').waitFor();
    }, 120_000);

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await site?.close();
      if (outDir) await rm(outDir, { recursive: true, force: true });
    });

    /** The labels of the navigation as shown now (groups render their entries once expanded). */
    const navigation = () =>
      page
        .locator('[data-component-name="Menu/Menu"] [data-testid="menu-item-label"]')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, " ").trim()));

    it("is one self-contained page, built with every operation's samples", async () => {
      expect(build.operations).toBeGreaterThan(40);
      expect(build.codeSamples).toBe(build.operations * SAMPLE_LANGUAGES.length);
      const html = await readFile(build.indexHtml, "utf8");
      expect(html).not.toMatch(/<script[^>]+src=/); // Redoc is inlined
      expect(html).not.toMatch(/<link[^>]+href="https?:/); // no remote styles or fonts
      expect(html).not.toContain("fonts.googleapis.com");
      expect(await page.title()).toBe(DOCS_TITLE);
    });

    it("shows every tag by its display name, and every operation's summary, in the navigation", async () => {
      const top = await navigation();
      for (const tag of spec.tags) expect(top, tag.name).toContain(tag["x-displayName"] ?? tag.name);
      for (const tag of spec.tags) {
        const operations = Object.values(spec.paths)
          .flatMap((item) => Object.values(item))
          .filter((op) => op.tags[0] === tag.name);
        if (!operations.length) continue;
        await page.locator(`[data-component-name="Menu/Menu"] a[href="/${tag.name.toLowerCase()}"]`).first().click();
        // Expanded once this tag's own entries show (another group's, opened earlier, may already be there).
        await expect
          .poll(async () => (await navigation()).join("\n"), { message: tag.name })
          .toContain(operations[0]!.summary);
        const labels = (await navigation()).join("\n");
        for (const op of operations) expect(labels, `${tag.name}: ${op.summary}`).toContain(op.summary);
      }
    });

    it("lists every webhook event", async () => {
      await page.locator('[data-component-name="Menu/Menu"] a[href="/webhookevents"]').first().click();
      await expect.poll(async () => (await navigation()).join("\n")).toContain(webhookEvents[webhookEvents.length - 1]);
      const labels = (await navigation()).join("\n");
      for (const event of webhookEvents) expect(labels, event).toContain(`${event}:`);
      // The webhooks guide lists them too.
      await page.goto(`${site.url}/#/section/receiving-webhooks`);
      const guide = await page.locator("body").innerText();
      for (const event of webhookEvents) expect(guide, event).toContain(event);
      expect(guide).toContain("videosdk-signature");
    });

    it("opens the operation of a deep link, copied as a path, even under a prefix", async () => {
      for (const [link, heading] of [
        ["/rooms/createroom", "Create a room"],
        ["/docs/hls/starthls", "Start an HLS stream"],
        ["/section/pagination/in-the-sdk", "In the SDK"],
      ] as const) {
        await page.goto(`${site.url}${link}`, { waitUntil: "load" });
        const prefix = link.startsWith("/docs/") ? "/docs/" : "/";
        await expect
          .poll(() => page.url(), { message: link })
          .toBe(`${site.url}${prefix}#${link.replace("/docs", "")}`);
        const title = page.locator("h1, h2, h3", { hasText: new RegExp(`^${heading}$`) }).first();
        await expect.poll(() => title.isVisible(), { message: `${link}: ${heading}` }).toBe(true);
        // Scrolled to it: the heading is in the viewport, not the introduction.
        await expect.poll(async () => (await title.boundingBox())?.y ?? -1, { message: link }).toBeLessThan(900);
        expect((await title.boundingBox())!.y).toBeGreaterThanOrEqual(0);
      }
    });

    it("shows a guide's code blocks whole: wrapped, never cut off by the column", async () => {
      await page.goto(`${site.url}/#/section/authentication-and-tokens/minting-tokens-with-the-sdk`);
      const block = page.locator("pre", { hasText: "createParticipantToken({" }).first();
      await expect.poll(() => block.isVisible()).toBe(true);
      const fit = await block.evaluate((pre) => ({
        scrollWidth: pre.scrollWidth,
        clientWidth: pre.clientWidth,
        right: pre.getBoundingClientRect().right,
        viewport: window.innerWidth,
        text: (pre as HTMLElement).innerText,
      }));
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
      expect(fit.right).toBeLessThanOrEqual(fit.viewport);
      // The longest line of the block is there in full.
      expect(fit.text.replace(/\s+/g, " ")).toContain(
        "// Any combination of the claims above, e.g. a guest who must ask to enter:",
      );
    });

    it("keeps identifiers in tables whole (the claims table: apikey, not apike/y)", async () => {
      await page.goto(`${site.url}/#/section/authentication-and-tokens/the-claims`);
      const claims = page.locator('[data-component-name="Markdown/Markdown"] table', { hasText: "participantId" });
      const cells = claims.first().locator("td code");
      await expect.poll(() => cells.count()).toBeGreaterThan(8);
      const identifiers = await cells.evaluateAll((codes) =>
        codes.map((code) => ({ text: code.textContent ?? "", lines: code.getClientRects().length })),
      );
      expect(identifiers.map((code) => code.text)).toEqual(expect.arrayContaining(["apikey", "participantId"]));
      expect(identifiers.filter((code) => code.lines > 1)).toEqual([]);
    });

    it("shows the guides as sections of the navigation, and Authentication once", async () => {
      await page.goto(`${site.url}/`);
      await page.locator('[data-testid="search-trigger"]').waitFor();
      const top = await navigation();
      expect(top.filter((label) => /^Authentication/.test(label))).toEqual(["Authentication and tokens"]);
      for (const title of [
        "Authentication and tokens",
        "Errors and retries",
        "Pagination",
        "Receiving webhooks",
        "Using the mock server",
        "Using the spec from other languages",
      ]) {
        expect(top).toContain(title);
      }
    });

    it("finds HLS with its search box", async () => {
      await page.goto(`${site.url}/`);
      await page.locator('[data-testid="search-trigger"]').click();
      await page.keyboard.type("HLS");
      const results = page.locator('[data-component-name="Search/SearchItem"]');
      await expect.poll(() => results.count()).toBeGreaterThan(3);
      const texts = await results.allInnerTexts();
      expect(texts.every((text) => /hls/i.test(text))).toBe(true);
      expect(texts.join("\n")).toMatch(/hls-started/);
      await page.keyboard.press("Escape");
    });

    it("shows an operation's code samples: curl, TypeScript SDK, Python", async () => {
      await page.goto(`${site.url}/#/hls/starthls`);
      const code = page.locator('[data-component-name="CodeBlock/CodeBlock"]').first();
      await expect.poll(() => code.innerText()).toContain('curl -X POST "https://api.videosdk.live/v2/hls/start"');
      expect(await code.innerText()).toContain('-H "Authorization: $VIDEOSDK_TOKEN"');

      const expected: Record<string, string[]> = {
        "TypeScript SDK": ['import { createVideoSDK } from "videosdk-api/node";', "await vsdk.hls.start({"],
        Python: [
          "import requests",
          'os.environ["VIDEOSDK_TOKEN"]',
          "requests.post(url, json=payload, headers=headers)",
        ],
        curl: ['"https://api.videosdk.live/v2/hls/start"'],
      };
      for (const [label, fragments] of Object.entries(expected)) {
        await page
          .locator('[data-component-name="Dropdown/Dropdown"]')
          .filter({ hasText: /^(curl|TypeScript SDK|Python|Go|PHP)$/ })
          .first()
          .click();
        await page
          .locator('[data-component-name="Dropdown/DropdownMenuItem"]')
          .filter({ hasText: new RegExp(`^${label}$`) })
          .click();
        for (const fragment of fragments)
          await expect.poll(() => code.innerText(), { message: `${label}: ${fragment}` }).toContain(fragment);
        expect(await code.isVisible()).toBe(true);
      }
      // Leave the TypeScript sample showing for the screenshot.
      await page
        .locator('[data-component-name="Dropdown/Dropdown"]')
        .filter({ hasText: /^curl$/ })
        .first()
        .click();
      await page
        .locator('[data-component-name="Dropdown/DropdownMenuItem"]')
        .filter({ hasText: /^TypeScript SDK$/ })
        .click();
      await expect.poll(() => code.innerText()).toContain("vsdk.hls.start(");
    });

    it("makes no request beyond loopback, logs no error, and saves a screenshot", async () => {
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      // The viewport: a full-page capture of every operation's section costs seconds and shows no more of the layout.
      await page.screenshot({ path: SCREENSHOT });
      expect(outside).toEqual([]);
      expect(blockedByPolicy).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(consoleProblems).toEqual([]);
      // The attribution logo is there, inline.
      const logo = page.locator('a[href="https://redocly.com/redoc/"] img');
      expect(await logo.getAttribute("src")).toMatch(/^data:image\/svg\+xml,/);
    });
  });
}
