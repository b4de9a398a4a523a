/** Shared pieces of the contract tests: a client on the mock, and the response-schema check. */
import { expect, inject } from "vitest";
import { createVideoSDK, type OperationId, operations } from "../../src/index.js";
import { dereference, type Schema, spec, validate } from "../support/spec.js";

export const MOCK_TOKEN = "mock-token-placeholder";

export function mockUrl(): string {
  return inject("mockUrl");
}

/** The real client, pointed at the mock. No retries unless a test asks for them. */
export function mockClient(overrides: Partial<Parameters<typeof createVideoSDK>[0]> = {}) {
  return createVideoSDK({ token: MOCK_TOKEN, baseUrl: mockUrl(), maxRetries: 0, ...overrides } as Parameters<
    typeof createVideoSDK
  >[0]);
}

/** The 200 schema of an operation, dereferenced from the bundled spec. */
export function responseSchema(operationId: OperationId): Schema {
  const op = operations[operationId];
  const operation = spec.paths[op.path][op.method.toLowerCase()];
  return dereference(operation.responses["200"].content["application/json"].schema);
}

/** Asserts the value is what the operation's 200 schema promises, and returns it for further checks. */
export function expectValidResponse<T>(operationId: OperationId, value: T): T {
  expect(validate(responseSchema(operationId), value), `${operationId} response`).toEqual([]);
  return value;
}
