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
    projects: [
      {
        // Every project inherits the root settings (testTimeout above), which inline projects do not by default.
        extends: true,
        // The behaviour loop (`npm run test:unit`, `npm run test:watch`, four files at a time): spec checks and the client against its own
        // local HTTP servers. The type tests (test/types/*.test-d.ts) are checked by `npm run typecheck`, which
        // covers test/ once: a second tsc pass here would double the loop's time.
        test: {
          name: "unit",
          include: ["test/spec/**/*.test.ts", "test/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        // Slower checks that spawn tsc, the generator or Python: the README and guides compile, the code samples,
        // the docs site builder, generated/ is fresh, both spec variants validate, npm start.
        test: {
          name: "docs",
          include: ["test/docs/**/*.test.ts", "test/scripts/**/*.test.ts"],
          exclude: ["test/scripts/**/*.mock.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        // Tests against a real Prism mock server started once from the bundled spec.
        test: {
          name: "mock",
          include: [
            "test/contract/**/*.test.ts",
            "test/browser/**/*.test.ts",
            "test/scripts/**/*.mock.test.ts",
            "test/languages/**/*.test.ts",
          ],
          globalSetup: ["test/contract/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // The runtime matrix (`npm run test:runtimes`): the packed package in Node, Bun, Deno, workerd, edge-runtime
        // and Chromium, against one in-process sandbox.
        test: {
          name: "runtimes",
          include: ["test/runtimes/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        // The stateful sandbox (`npm run test:sandbox`): each file starts its own, in process. The MCP server's
        // tests drive it against one too.
        test: {
          name: "sandbox",
          // The MCP server's and the command line's tests too: they spawn the built entries against a sandbox.
          include: ["test/testing/**/*.test.ts", "test/mcp/**/*.test.ts", "test/cli/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
