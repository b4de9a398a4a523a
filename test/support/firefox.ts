/**
 * Headless Firefox (Debian's ESR, installed by .ci/run) driven over WebDriver BiDi by puppeteer-core, which speaks
 * it to a stock Firefox (playwright-core needs its own patched build). Only the console test uses it: the page must
 * work in both browsers its users have.
 */
import puppeteer, { type Browser } from "puppeteer-core";
import { FIREFOX_PATH, toolchainAvailable, toolchains } from "./toolchains.js";

/** False only on a developer machine without Firefox; CI sets REQUIRE_BROWSER so a missing browser fails. */
export function firefoxAvailable(): boolean {
  return toolchainAvailable(toolchains.firefox);
}

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    // Nothing of Firefox's own traffic (updates, telemetry, captive-portal checks) leaves the machine.
    extraPrefsFirefox: {
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      // One content process, started when needed: a test opens one page, and each extra process costs CPU.
      "fission.autostart": false,
      "dom.ipc.processCount": 1,
      "dom.ipc.processPrelaunch.enabled": false,
    },
  });
}
