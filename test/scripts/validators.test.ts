/**
 * Both variants of the bundled spec (OpenAPI 3.1 and its 3.0.3 conversion) validate with independent validators:
 * @apidevtools/swagger-parser (JavaScript) and openapi-spec-validator (Python). Go's kin-openapi loads the 3.0
 * variant in test/languages/go.test.ts.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { BUNDLED_SPEC_30_JSON, BUNDLED_SPEC_30_YAML, BUNDLED_SPEC_JSON } from "../../scripts/lib/paths.js";
import { PYTHON, toolchainAvailable, toolchains } from "../support/toolchains.js";

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Record<string, any>;

describe("the bundled spec", () => {
  it("validates with swagger-parser as OpenAPI 3.1", async () => {
    const api = await SwaggerParser.validate(BUNDLED_SPEC_JSON);
    expect((api as { openapi?: string }).openapi).toBe("3.1.0");
    expect(Object.keys(api.paths ?? {}).length).toBeGreaterThan(40);
  });

  it("validates with swagger-parser as OpenAPI 3.0.3 (JSON and YAML)", async () => {
    for (const file of [BUNDLED_SPEC_30_JSON, BUNDLED_SPEC_30_YAML]) {
      const api = await SwaggerParser.validate(file);
      expect((api as { openapi?: string }).openapi, file).toBe("3.0.3");
    }
  });

  it("keeps everything in the 3.0 variant: every operation, and the webhooks as x-webhooks", () => {
    const [spec31, spec30] = [read(BUNDLED_SPEC_JSON), read(BUNDLED_SPEC_30_JSON)];
    expect(Object.keys(spec30.paths)).toEqual(Object.keys(spec31.paths));
    expect(Object.keys(spec30.components.schemas)).toEqual(Object.keys(spec31.components.schemas));
    expect(spec30.webhooks).toBeUndefined();
    expect(Object.keys(spec30["x-webhooks"])).toEqual(Object.keys(spec31.webhooks));
    expect(spec30.info.summary).toBeUndefined();
    expect(spec30.info.description.startsWith(spec31.info.summary)).toBe(true);
  });

  it("writes only 3.0 constructs in the 3.0 variant: nullable, not type lists or type null", () => {
    const text = readFileSync(BUNDLED_SPEC_30_JSON, "utf8");
    expect(text).not.toMatch(/"type": \[/);
    expect(text).not.toMatch(/"type": "null"/);
    expect(text).not.toMatch(/"(const|patternProperties|contentEncoding|\$schema)":/);
    const spec30 = read(BUNDLED_SPEC_30_JSON);
    // A nullable field, and a nullable reference (3.1: oneOf [$ref, {type: null}]).
    expect(spec30.components.schemas.Room.properties.customRoomId).toMatchObject({ type: "string", nullable: true });
    expect(spec30.components.schemas.Recording.properties.file).toMatchObject({
      nullable: true,
      allOf: [{ $ref: "#/components/schemas/RecordingFile" }],
    });
  });

  const python = toolchainAvailable(toolchains.openapiSpecValidator);
  it.skipIf(!python)(
    python
      ? "validates with Python's openapi-spec-validator, both variants"
      : `skipped: ${toolchains.openapiSpecValidator.install}`,
    async () => {
      const files = [BUNDLED_SPEC_JSON, BUNDLED_SPEC_30_JSON, BUNDLED_SPEC_30_YAML];
      const { stdout } = await run(PYTHON, [path.join(root, "test/languages/python/validate_spec.py"), ...files], {
        timeout: 60_000,
      });
      const results = stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(results).toEqual([
        { file: BUNDLED_SPEC_JSON, valid: true, openapi: "3.1.0" },
        { file: BUNDLED_SPEC_30_JSON, valid: true, openapi: "3.0.3" },
        { file: BUNDLED_SPEC_30_YAML, valid: true, openapi: "3.0.3" },
      ]);
    },
    60_000,
  );
});
