/**
 * Rules that keep the spec usable by code generators in other languages: each one is a construct that broke a real
 * generator (a template literal pasted into code, a type union a 3.0 tool cannot read, an enum emitted twice, a
 * schema name that collides with the names generators make up for operations).
 */
import { describe, expect, it } from "vitest";
import { dereference, HTTP_METHODS, type Schema, spec } from "../support/spec.js";

/** Every object in the document with its JSON pointer, depth first. */
function* nodes(node: unknown, at = ""): Generator<[string, Schema]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* nodes(item, `${at}/${i}`);
  } else if (node !== null && typeof node === "object") {
    yield [at, node as Schema];
    for (const [key, value] of Object.entries(node)) yield* nodes(value, `${at}/${key.replace(/\//g, "~1")}`);
  }
}

/** Every schema object: components, parameters, media types and the subschemas of each (examples excluded). */
function* schemas(): Generator<[string, Schema]> {
  for (const [at, node] of nodes(spec)) {
    if (/\/(examples?|x-codeSamples)(\/|$)/.test(at)) continue;
    if (/^\/components\/schemas\/[^/]+$/.test(at) || at.endsWith("/schema")) yield* subschemas(node, at);
  }
}

function* subschemas(schema: Schema, at: string): Generator<[string, Schema]> {
  yield [at, schema];
  for (const key of ["items", "additionalProperties", "not"] as const) {
    if (typeof schema[key] === "object") yield* subschemas(schema[key], `${at}/${key}`);
  }
  for (const [name, sub] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    yield* subschemas(sub, `${at}/properties/${name}`);
  }
  for (const key of ["allOf", "anyOf", "oneOf"] as const) {
    for (const [i, sub] of ((schema[key] ?? []) as Schema[]).entries()) yield* subschemas(sub, `${at}/${key}/${i}`);
  }
}

const operations = Object.values(spec.paths as Record<string, Record<string, Schema>>).flatMap((item) =>
  HTTP_METHODS.filter((method) => item[method]).map((method) => item[method] as Schema),
);

/** Every subschema of what VideoSDK sends: 200 responses and webhook bodies, dereferenced. */
function* answerSchemas(): Generator<[string, Schema]> {
  for (const [at, node] of nodes(spec)) {
    if (/^\/paths\/[^/]+\/[^/]+\/responses\/200\/content\/[^/]+\/schema$/.test(at)) {
      yield* subschemas(dereference(node), at);
    } else if (/^\/webhooks\/[^/]+\/post\/requestBody\/content\/[^/]+\/schema$/.test(at)) {
      yield* subschemas(dereference(node), at);
    }
  }
}

const ID_PROPERTY = /\/properties\/(id|_id|[A-Za-z]*Id)$/;
// The ids VideoSDK mints (ObjectIds, room ids, UUIDs); participant and custom ids are the caller's own strings.
const ANSWER_ID = /\/properties\/(id|_id|sessionId|roomId|meetingId|userId|recordingId|fileId)$/;

describe("generator-friendly spec", () => {
  it("has no `${` in any description, summary or title (generators paste them into code)", () => {
    const found = [...nodes(spec)].flatMap(([at, node]) =>
      (["description", "summary", "title"] as const)
        .filter((key) => typeof node[key] === "string" && node[key].includes("${"))
        .map((key) => `${at}/${key}`),
    );
    expect(found).toEqual([]);
  });

  it("writes maps as additionalProperties with a value schema, never patternProperties or propertyNames", () => {
    const found = [...schemas()].filter(([, s]) => s.patternProperties || s.propertyNames).map(([at]) => at);
    expect(found).toEqual([]);
  });

  it("uses type lists only for nullable types ([x, null]); other unions are oneOf", () => {
    const found = [...schemas()]
      .filter(([, s]) => Array.isArray(s.type) && !(s.type.length === 2 && s.type.includes("null")))
      .map(([at, s]) => `${at}: ${JSON.stringify(s.type)}`);
    expect(found).toEqual([]);
  });

  it("defines each set of enum values once, as a named schema that is referenced", () => {
    const bySet = new Map<string, string[]>();
    for (const [at, s] of schemas()) {
      if (!Array.isArray(s.enum) || s.enum.length < 2) continue;
      const key = JSON.stringify([...s.enum].sort());
      bySet.set(key, [...(bySet.get(key) ?? []), at]);
    }
    const duplicated = [...bySet].filter(([, places]) => places.length > 1).map(([set, places]) => `${set}: ${places}`);
    expect(duplicated).toEqual([]);
    // And every multi-value enum is a named schema, so that generators emit one type for it.
    const inline = [...bySet.values()].flat().filter((at) => !/^\/components\/schemas\/[^/]+$/.test(at));
    expect(inline).toEqual([]);
  });

  it("names no schema like the types generators derive from operations (<Op>Request, <Op>Response, ...)", () => {
    const names = Object.keys(spec.components.schemas as object);
    expect(names.filter((name) => /(Request|Response)$/.test(name))).toEqual([]);
    const derived = operations.flatMap((op) => {
      const base = op.operationId[0].toUpperCase() + op.operationId.slice(1);
      return ["Data", "Error", "Errors", "Params", "Responses", "Body", "JSONBody"].map((suffix) => base + suffix);
    });
    expect(names.filter((name) => derived.includes(name))).toEqual([]);
  });

  it("states a minimum for every quantity, and uses integers for whole numbers", () => {
    // An application error code is an identifier, not a quantity: nothing says it cannot be negative.
    const numeric = [...schemas()].filter(
      ([at, s]) => (s.type === "number" || s.type === "integer") && !at.includes("/ErrorObject/properties/code/"),
    );
    expect(numeric.length).toBeGreaterThan(40);
    expect(numeric.filter(([, s]) => s.minimum === undefined).map(([at]) => at)).toEqual([]);
    // Counts, sizes and page numbers are integers.
    const counts = numeric.filter(([at]) =>
      /\/(size|fileSize|total|totalCount|successCount|currentPage|lastPage|perPage|width|height)$/.test(at),
    );
    expect(counts.length).toBeGreaterThan(10);
    expect(counts.filter(([, s]) => s.type !== "integer").map(([at]) => at)).toEqual([]);
  });

  it("never accepts null in a request body, so omitting a field is the only way to leave it unset", () => {
    const accepting: string[] = [];
    for (const op of operations) {
      const body = op.requestBody?.content?.["application/json"]?.schema;
      if (!body) continue;
      for (const [at, s] of subschemas(dereference(body), op.operationId)) {
        if ((Array.isArray(s.type) && s.type.includes("null")) || s.type === "null") accepting.push(at);
      }
    }
    expect(operations.filter((op) => op.requestBody).length).toBeGreaterThan(15);
    expect(accepting).toEqual([]);
  });

  it("constrains the form of no id, and puts no pattern or uuid format on anything VideoSDK answers", () => {
    // VideoSDK's own examples show ids such as abcde94c96e17e03fb0abcde4 (25 characters), 5fa671e99x80d58c11cb93Kx
    // and abcd-abcd-abcd-abcd-abcd: a validator generated from a guessed pattern would reject real answers.
    const ids = [...schemas()].filter(([at]) => ID_PROPERTY.test(at));
    expect(ids.length).toBeGreaterThan(80);
    const constrained = ids.filter(([, s]) => s.pattern !== undefined || s.format !== undefined);
    expect(constrained.map(([at, s]) => `${at}: ${s.pattern ?? s.format}`)).toEqual([]);
    // Path and query parameters neither: some take a customRoomId, and an unknown id is for the API to refuse.
    const parameters = [...schemas()].filter(([at]) => /\/parameters\/[^/]+\/schema$/.test(at));
    expect(parameters.length).toBeGreaterThan(40);
    expect(parameters.filter(([, s]) => s.pattern !== undefined || s.format === "uuid").map(([at]) => at)).toEqual([]);
    const answers = [...answerSchemas()];
    expect(answers.length).toBeGreaterThan(1000);
    const formed = answers.filter(([, s]) => s.pattern !== undefined || s.format === "uuid");
    expect(formed.map(([at]) => at)).toEqual([]);
  });

  it("keeps the mock's invented ids realistic through x-faker, which validators ignore", () => {
    const ids = [...answerSchemas()].filter(([at]) => ANSWER_ID.test(at));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter(([, s]) => s["x-faker"] === undefined).map(([at]) => at)).toEqual([]);
  });

  it("states a date-time format on every timestamp", () => {
    const dates = [...schemas()].filter(([at, s]) => /\/(start|end|createdAt|updatedAt)$/.test(at) && s.type);
    expect(dates.length).toBeGreaterThan(20);
    expect(dates.filter(([, s]) => s.format !== "date-time").map(([at]) => at)).toEqual([]);
  });
});
