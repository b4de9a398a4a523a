import { defineConfig } from "vitest/config";
import LongestFirstSequencer from "./test/support/longest-first-sequencer.js";

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Most files wait on local servers, child processes and timers rather than the CPU: more files than cores run
    // at once (vitest's default on two cores would be one at a time).
    maxWorkers: 3,
    // A worker runs file after file in one module graph instead of importing everything again for each: the
    // tests keep their state in what they create (servers, clients, sandboxes), and restore what they stub.
    isolate: false,
    sequence: { sequencer: LongestFirstSequencer },
    // After vitest's summary: one line per group of tests skipped for a missing toolchain (Chromium, ...).
    reporters: ["default", "./test/support/skip-summary-reporter.ts"],
    // Two projects, because a worker runs the files of one project only: with one project per kind of test, the
    // longest-first order switched projects at almost every file, and each switch started a new worker that
    // imported everything again (40 workers in a run, not 6).
    projects: [
      {
        // Every project inherits the root settings (testTimeout above), which inline projects do not by default.
        extends: true,
        // The behaviour loop (`npm run test:unit`, `npm run test:watch`): spec checks and the client against its
        // own local HTTP servers. The type tests (test/types/*.test-d.ts) are checked by
        // `npm run typecheck`, which covers test/ once: a second tsc pass here would double the loop's time.
        test: {
          name: "unit",
          include: ["test/spec/**/*.test.ts", "test/unit/**/*.test.ts"],
          // Its files wait on timers more than they use the CPU. It runs before the integration tests (vitest runs
          // projects with another number of workers in groups, one group after the other): in `npm test`, while
          // dist/ is being built, which only the integration tests read.
          maxWorkers: 4,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // Everything else, against real processes, servers and browsers: the README and guides compile, the
        // generator and docs site (test/docs, test/scripts); every operation through the client against one Prism
        // mock started for the run (test/contract, test/browser, test/languages, the *.mock.test.ts files); the
        // packed package in Node, Bun, Deno, workerd, edge-runtime and Chromium (test/runtimes); the stateful
        // sandbox, each file starting its own in process, and the MCP server and command line spawned against one
        // (test/testing, test/mcp, test/cli). `npm run test:docs`, `test:mock`, `test:sandbox` and `test:runtimes`
        // run a part of it.
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: [
            "test/docs/**/*.test.ts",
            "test/scripts/**/*.test.ts",
            "test/contract/**/*.test.ts",
            "test/browser/**/*.test.ts",
            "test/languages/**/*.test.ts",
            "test/runtimes/**/*.test.ts",
            "test/testing/**/*.test.ts",
            "test/mcp/**/*.test.ts",
            "test/cli/**/*.test.ts",
          ],
          globalSetup: ["test/contract/global-setup.ts"],
          setupFiles: ["test/support/wait-for-build.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
