/**
 * One smoke test per operation, made from the operation table and the spec's own examples (the requests the
 * docs' code samples show): each goes through the facade to the mock and must answer what the spec promises,
 * checked twice: by the contract's own schema check, and by `videosdk-api/validate` in strict mode.
 * A new operation in the spec gets its test without anyone writing it.
 */
import { describe, expect, it } from "vitest";
import { sampleRequests } from "../../scripts/lib/code-samples.js";
import type { OperationId } from "../../src/index.js";
import { createValidationMiddleware } from "../../src/validate/index.js";
import { spec } from "../support/spec.js";
import { expectValidResponse, mockClient } from "./support.js";

// With the validation middleware in strict mode: each request and each answer must match the spec exactly.
const vsdk = mockClient({ middleware: [createValidationMiddleware({ mode: "strict" })] }) as unknown as Record<
  string,
  Record<string, (...args: unknown[]) => PromiseLike<unknown>>
>;
const requests = sampleRequests(spec);

describe("every operation through the facade against the mock", () => {
  it("covers the whole operation table", async () => {
    const { operations } = await import("../../src/index.js");
    expect(requests.map((r) => r.operation.operationId).sort()).toEqual(Object.keys(operations).sort());
  });

  it.each(
    requests.map((request) => [`${request.operation.namespace}.${request.operation.methodName}`, request] as const),
  )("%s answers its 200 schema", async (_name, request) => {
    const { namespace, methodName, operationId, hasBody, queryParams } = request.operation;
    // The facade's arguments: path values, then the body or the query when the operation takes one.
    // Query examples arrive as text; the facade takes numbers as numbers (page, perPage).
    const query = request.query.map(([name, value]) => [name, /^\d+$/.test(value) ? Number(value) : value]);
    const input = hasBody ? request.body : Object.fromEntries(query);
    const args = [...request.pathValues, ...(hasBody || queryParams.length > 0 ? [input] : [])];
    const answer = await vsdk[namespace]![methodName]!(...args);
    expectValidResponse(operationId as OperationId, answer);
  });
});
