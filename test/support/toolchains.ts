/**
 * Toolchains that some tests need beyond Node. Locally, a missing one skips its tests with one line saying how
 * to install it; in CI (which sets the REQUIRE_* variable) a missing one fails the run instead.
 */
import { existsSync } from "node:fs";

export interface Toolchain {
  /** What the tests that need it cover. */
  tests: string;
  available(): boolean;
  /** How to get it, for the skip line. */
  install: string;
  /** Set in CI: a missing toolchain then fails instead of skipping. */
  requiredBy: string;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const toolchains = {
  chromium: {
    tests: "browser tests",
    available: () => existsSync(CHROMIUM_PATH),
    install: `no Chromium at ${CHROMIUM_PATH}: install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH`,
    requiredBy: "REQUIRE_BROWSER",
  },
} satisfies Record<string, Toolchain>;

/** True when the toolchain is there; false (skip) locally; throws when CI requires it. */
export function toolchainAvailable(toolchain: Toolchain): boolean {
  if (toolchain.available()) return true;
  if (process.env[toolchain.requiredBy]) {
    throw new Error(`${toolchain.tests} cannot run: ${toolchain.install} (${toolchain.requiredBy} is set)`);
  }
  return false;
}

/** One line per missing toolchain, for the end of the test run. */
export function skippedToolchainLines(): string[] {
  return Object.values(toolchains)
    .filter((toolchain) => !toolchain.available())
    .map((toolchain) => `skipped ${toolchain.tests}: ${toolchain.install}`);
}
