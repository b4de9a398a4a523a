import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        // Pure tests: the spec, the generator, and the client against its own local HTTP servers.
        test: {
          name: "unit",
          include: ["test/spec/**/*.test.ts", "test/unit/**/*.test.ts"],
          typecheck: { enabled: true, include: ["test/types/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      {
        // Tests against a real Prism mock server started once from the bundled spec.
        test: {
          name: "mock",
          include: [
            "test/contract/**/*.test.ts",
            "test/browser/**/*.test.ts",
            "test/webhooks/**/*.test.ts",
            "test/languages/**/*.test.ts",
          ],
          globalSetup: ["test/contract/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
