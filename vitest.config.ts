import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // After vitest's summary: one line per group of tests skipped for a missing toolchain (Chromium, ...).
    reporters: ["default", "./test/support/skip-summary-reporter.ts"],
    projects: [
      {
        // Every project inherits the root settings (testTimeout above), which inline projects do not by default.
        extends: true,
        // The behaviour loop: spec checks, the client against its own local HTTP servers, and the type tests.
        // `npm run test:unit` runs four files at a time: they mostly wait on local servers and timers.
        test: {
          name: "unit",
          include: ["test/spec/**/*.test.ts", "test/unit/**/*.test.ts"],
          typecheck: { enabled: true, include: ["test/types/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
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
        // The stateful sandbox (`npm run test:sandbox`): each file starts its own, in process.
        test: {
          name: "sandbox",
          // The command line's tests too: they spawn the built bin against a sandbox of their own.
          include: ["test/testing/**/*.test.ts", "test/cli/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
