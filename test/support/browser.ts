/**
 * Headless Chromium (Debian's, installed by .ci/run) driven by playwright-core. Every request that leaves
 * loopback is blocked and recorded, so a test can assert that a page works offline.
 */
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { CHROMIUM_PATH, toolchainAvailable, toolchains } from "./toolchains.js";

export { CHROMIUM_PATH };

/** False only on a developer machine without Chromium; CI sets REQUIRE_BROWSER so a missing browser fails. */
export function chromiumAvailable(): boolean {
  return toolchainAvailable(toolchains.chromium);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return (
    hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127\.\d+\.\d+\.\d+$/.test(hostname)
  );
}

/** A context that aborts and records every request not bound for loopback. */
export async function offlineContext(browser: Browser): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await browser.newContext();
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  return { context, outside };
}
