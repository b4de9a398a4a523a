/**
 * Prints, after vitest's own summary, one line for each group of tests skipped because a toolchain is missing,
 * so that `npm test` says so where it is seen rather than deep inside the output.
 */
import type { Reporter } from "vitest/node";
import { skippedToolchainLines } from "./toolchains.js";

export default class SkipSummaryReporter implements Reporter {
  onTestRunEnd(): void {
    for (const line of skippedToolchainLines()) console.log(`\n⚠ ${line}`);
  }
}
