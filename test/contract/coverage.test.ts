/** Guard: every operation of the spec is exercised by a contract test through the facade. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operations } from "../../src/index.js";

const dir = new URL("./", import.meta.url);
const sources = readdirSync(dir)
  .filter((name) => name.endsWith(".test.ts") && name !== "coverage.test.ts")
  .map((name) => readFileSync(new URL(name, dir), "utf8"))
  .join("\n");

describe("contract coverage", () => {
  it("calls every operationId through the facade and checks its response schema", () => {
    const missing = Object.entries(operations)
      .filter(
        ([operationId, op]) =>
          !sources.includes(`.${op.namespace}.${op.methodName}(`) || !sources.includes(`"${operationId}"`),
      )
      .map(([operationId, op]) => `${operationId} (vsdk.${op.namespace}.${op.methodName})`);
    expect(missing).toEqual([]);
  });
});
