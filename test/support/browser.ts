/**
 * Headless Chromium (Debian's, installed by .ci/run) driven by playwright-core. Every request that leaves
 * loopback is blocked and recorded, so a test can assert that a page works offline.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
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

/** A page on its own loopback origin that runs `entry` (bundled by esbuild for the browser) as a module. */
export async function servePage(entry: URL, body = ""): Promise<{ url: string; close: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: [entry.pathname],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  const html = `<!doctype html><meta charset="utf-8"><title>test page</title>${body}<script type="module" src="/app.js"></script>`;
  const page = createServer((req, res) => {
    if (req.url === "/app.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else if (req.url === "/" || req.url?.startsWith("/?"))
      res.writeHead(200, { "content-type": "text/html" }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(page.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => page.close(() => resolve())),
  };
}
