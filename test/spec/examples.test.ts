/**
 * Every named example of the spec (requests, responses of every status, webhooks) validates against its schema and
 * holds only properties the schema declares. The docs-derived ones (`docs2025`, `docs2024`) carry VideoSDK's values
 * verbatim, odd ids included: a schema that rejects one of them would reject what VideoSDK itself documents.
 */

import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { HTTP_METHODS, resolvePointer, type Schema, spec } from "../support/spec.js";

interface NamedExample {
  where: string;
  name: string;
  schema: Schema;
  value: unknown;
}

function* mediaExamples(where: string, body: Schema | undefined): Generator<NamedExample> {
  const content = (body?.$ref ? resolvePointer(spec, body.$ref) : body)?.content as Record<string, Schema> | undefined;
  for (const [type, media] of Object.entries(content ?? {})) {
    for (const [name, example] of Object.entries((media.examples ?? {}) as Record<string, Schema>)) {
      yield { where: `${where} ${type} ${name}`, name, schema: media.schema, value: example.value };
    }
  }
}

function* allExamples(): Generator<NamedExample> {
  for (const item of Object.values(spec.paths as Record<string, Schema>)) {
    for (const op of HTTP_METHODS.filter((m) => item[m]).map((m) => item[m] as Schema)) {
      yield* mediaExamples(`${op.operationId} request`, op.requestBody);
      for (const [status, response] of Object.entries(op.responses as Record<string, Schema>)) {
        yield* mediaExamples(`${op.operationId} ${status}`, response);
      }
    }
  }
  for (const [event, item] of Object.entries(spec.webhooks as Record<string, Schema>)) {
    yield* mediaExamples(`webhook ${event}`, item.post.requestBody);
  }
}

/** A copy with every object that declares properties closed, so an undeclared property fails validation. */
function closed(node: any): any {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== "object") return node;
  const copy: Schema = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "example" ? v : closed(v)]));
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

/**
 * What is wrong with each example, by index. All examples are checked in one validation of one array schema (one
 * item schema per example, the spec's schemas as `$defs`), so each shared schema is compiled once, not per example.
 */
function problemsOf(list: NamedExample[]): string[][] {
  const text = JSON.stringify({ $defs: spec.components.schemas, prefixItems: list.map((e) => e.schema) });
  // Options that make the one-off compilation cheaper (about 1 s to 0.7 s here); validation is unchanged.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateSchema: false,
    inlineRefs: false,
    loopEnum: 1,
    loopRequired: 1,
    code: { optimize: false },
  });
  addFormats.default(ajv);
  const check = ajv.compile(closed(JSON.parse(text.replaceAll('"#/components/schemas/', '"#/$defs/'))));
  const problems = list.map((): string[] => []);
  if (!check(list.map((e) => e.value))) {
    for (const error of check.errors ?? []) {
      const [, index, path] = /^\/(\d+)(.*)$/.exec(error.instancePath) ?? [];
      problems[Number(index)]?.push(`${path || "/"} ${error.message}`);
    }
  }
  return problems;
}

const examples = [...allExamples()];
const fromDocs = examples.filter((e) => /^docs\d{4}$/.test(e.name));
const example = (operationId: string, name = "docs2025") =>
  examples.find((e) => e.where === `${operationId} 200 application/json ${name}`)?.value as Record<string, any>;

describe("the spec's named examples", () => {
  it("cover requests, responses and webhooks, most of them from VideoSDK's docs", () => {
    expect(examples.some((e) => e.where.includes(" request "))).toBe(true);
    expect(examples.some((e) => e.where.startsWith("webhook "))).toBe(true);
    expect(examples.some((e) => / 4\d\d /.test(e.where))).toBe(true);
    // 106 today: a lost docs example fails here.
    expect(fromDocs.length).toBeGreaterThanOrEqual(106);
  });

  it("all validate against their schemas and declare every property they hold", () => {
    const problems = problemsOf(examples);
    const failing = examples.flatMap((e, i) => problems[i]!.map((problem) => `${e.where}: ${problem}`));
    expect(failing).toEqual([]);
  });

  it("carry the docs' own ids verbatim, forms that no pattern or uuid format would accept", () => {
    expect(example("getActiveHls").data.sessionId).toBe("abcde94c96e17e03fb0abcde4");
    expect(example("getHls", "docs2024").sessionId).toBe("abcde94c96e17e03fb0abcde4");
    expect(example("deactivateRoom").userId).toBe("5fa671e99x80d58c11cb93Kx");
    expect(example("createMergeRecording").recording.id).toBe("abcd-abcd-abcd-abcd-abcd");
    expect(example("listMergeRecordings").recordings[0].id).toBe("abcd-abcd-abcd-abcd-abcd");
    expect(example("getMergeRecording").id).toBe("abcd-abcd-abcd-abcd-abcd");
    expect(example("listLivestreams").data.map((l: Schema) => l.id)).toEqual([
      "6dfadfgdf3e5fa80sdfdfsaed9be",
      "46f5eefr450805273b7189f43",
    ]);
    expect(example("listActiveSessionParticipants").data[0]._id).toBe("64bb3619669942e088479mm0");
  });
});

describe("the example check itself", () => {
  const file = { type: "object", properties: { size: { type: "integer" } } };
  const schema = { type: "object", properties: { id: { type: "string" }, file } };
  const problems = (...cases: [Schema, unknown][]) =>
    problemsOf(cases.map(([s, value], i) => ({ where: `case ${i}`, name: "case", schema: s, value })));

  it("reports a wrong type, and a property the schema does not declare at any depth, on the right example", () => {
    const found = problems(
      [schema, { id: "a", file: { size: 1 } }],
      [schema, { id: 5 }],
      [schema, { id: "a", extra: 1 }],
      [schema, { file: { size: 1, fileUrl: "x" } }],
    );
    expect(found[0]).toEqual([]);
    expect(found[1]).toEqual(["/id must be string"]);
    expect(found[2]).toEqual(["/ must NOT have additional properties"]);
    expect(found[3]).toEqual(["/file must NOT have additional properties"]);
  });

  it("resolves the spec's references, keeps maps open and accepts the anyOf branch a value matches", () => {
    const union = { anyOf: [{ type: "string" }, schema] };
    const found = problems(
      [{ $ref: "#/components/schemas/PageInfo" }, { currentPage: 1, perPage: 20, lastPage: 1, total: 0 }],
      [{ $ref: "#/components/schemas/PageInfo" }, { currentPage: 0, perPage: 20, lastPage: 1, total: 0 }],
      [{ type: "object", additionalProperties: { type: "number" } }, { "1080": 2 }],
      [{ type: "array", items: union }, ["text", { id: "a" }]],
    );
    expect(found[0]).toEqual([]);
    expect(found[1]).toEqual(["/currentPage must be >= 1"]);
    expect(found.slice(2)).toEqual([[], []]);
  });
});
