import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { specPath } from "../support/spec.js";

describe("the bundled spec", () => {
  it("validates with a second, independent OpenAPI parser", async () => {
    const api = await SwaggerParser.validate(specPath.pathname);
    expect((api as { openapi?: string }).openapi).toBe("3.1.0");
    expect(Object.keys(api.paths ?? {}).length).toBeGreaterThan(40);
  });
});
