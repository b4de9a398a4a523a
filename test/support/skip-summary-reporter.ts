/**
 * After vitest's own summary: one line for each group of tests skipped because a toolchain is missing, so that
 * `npm test` says so where it is seen rather than deep inside the output; then the counts as one plain line
 * (`N passed, N failed, N skipped`), also saved for scripts/test.ts to repeat as the run's last line.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import { VITEST_COUNTS_FILE as COUNTS_FILE } from "../../scripts/lib/paths.js";
import { skippedToolchainLines } from "./toolchains.js";

export default class SkipSummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      // A file that failed to load has no tests to count, but it failed.
      if (module.state() === "failed" && !module.children.size) counts.failed++;
    }
    // A missing toolchain skips tests: when none was skipped, there is nothing to probe for (a second or so of
    // spawning Python, Go and the runtimes, at the end of every run of the unit loop).
    if (counts.skipped > 0) for (const line of skippedToolchainLines()) console.log(`\n⚠ ${line}`);
    const line = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    console.log(`\n${line}`);
    mkdirSync(dirname(COUNTS_FILE), { recursive: true });
    writeFileSync(COUNTS_FILE, JSON.stringify({ ...counts, line }) + "\n");
  }
}
