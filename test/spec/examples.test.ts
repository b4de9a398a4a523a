import { describe, expect, it } from "vitest";
import { allExamples, undeclaredProperties, validate } from "../support/spec.js";

const examples = allExamples();

describe("examples in the spec", () => {
  it("carries examples for requests, responses and webhooks", () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(examples.some((e) => e.where.startsWith("POST webhook "))).toBe(true);
    expect(examples.some((e) => e.where.includes(" request "))).toBe(true);
  });

  it.each(examples.map((e) => [e.where, e] as const))("%s validates against its schema", (_where, example) => {
    expect(validate(example.schema, example.value)).toEqual([]);
  });

  it.each(examples.map((e) => [e.where, e] as const))("%s declares every property it holds", (_where, example) => {
    expect(undeclaredProperties(example.schema, example.value)).toEqual([]);
  });
});

describe("the example checks themselves", () => {
  const schema = {
    type: "object",
    properties: { id: { type: "string" }, file: { type: "object", properties: { size: { type: "integer" } } } },
  };

  it("reports a wrong type", () => {
    expect(validate(schema, { id: 5 })).not.toEqual([]);
  });

  it("reports a property that is only tolerated, at any depth", () => {
    expect(undeclaredProperties(schema, { id: "a", extra: 1 })).toEqual(["/extra"]);
    expect(undeclaredProperties(schema, { file: { size: 1, fileUrl: "x" } })).toEqual(["/file/fileUrl"]);
  });

  it("accepts the keys of a map (additionalProperties with a value schema), and checks their values", () => {
    const map = { type: "object", properties: { audio: { type: "number" } }, additionalProperties: schema };
    expect(undeclaredProperties(map, { audio: 1, "1080": { id: "a" } })).toEqual([]);
    expect(undeclaredProperties(map, { "1080": { id: "a", extra: 1 } })).toEqual(["/1080/extra"]);
    expect(undeclaredProperties({ type: "object", additionalProperties: true }, { any: 1 })).toEqual(["/any"]);
  });

  it("accepts properties declared by the anyOf branch the value matches", () => {
    const union = { anyOf: [{ type: "string" }, schema] };
    expect(undeclaredProperties(union, { id: "a" })).toEqual([]);
    expect(undeclaredProperties({ type: "array", items: union }, [{ id: "a", other: 2 }])).toEqual(["/0/other"]);
  });
});
