/**
 * Python, as a team without this SDK would use the spec: a small dynamic client (test/languages/python/client.py,
 * requests + jsonschema from the image, nothing installed) reads generated/openapi.json, calls every operation on the
 * mock through a recording proxy, and validates every answer against the operation's schema.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyToken } from "../../src/node/index.js";
import { json, startServer, type TestServer } from "../support/http-server.js";
import { PYTHON, toolchainAvailable, toolchains } from "../support/toolchains.js";
import { callResults, expectEveryOperationPassed, RAW_JWT, ROOT, runCommand, startRecordingProxy } from "./support.js";

const CLIENT = path.join(ROOT, "test/languages/python/client.py");
const SPEC = path.join(ROOT, "generated/openapi.json");
/** The placeholder credentials client.py signs its token with. */
const API_KEY = "python-client-api-key";
const SECRET = "python-client-placeholder-secret";

if (!toolchainAvailable(toolchains.python)) {
  describe("Python client from the spec", () => {
    it.skip(`skipped: ${toolchains.python.install}`, () => {});
  });
} else {
  describe("Python client from the spec", () => {
    let proxy: TestServer;
    beforeAll(async () => {
      proxy = await startRecordingProxy(inject("mockUrl"));
    });
    afterAll(() => proxy?.close());

    it("calls every operation on the mock, each answer valid against its schema, with the raw JWT", async () => {
      const run = await runCommand(PYTHON, [CLIENT, SPEC, proxy.url], { timeout: 60_000 });
      expect(run.stderr).toBe("");
      expectEveryOperationPassed(callResults(run.stdout));
      expect(run.code).toBe(0);

      expect(proxy.requests.length).toBe(callResults(run.stdout).length);
      const tokens = new Set(proxy.requests.map((request) => request.headers.authorization));
      expect(tokens.size).toBe(1);
      const [token] = tokens;
      expect(token).toMatch(RAW_JWT);
      // Signed by Python's standard library, verified by the SDK: the claims VideoSDK documents.
      expect(verifyToken(token!, SECRET)).toMatchObject({ apikey: API_KEY, roles: ["crawler"], version: 2 });
    });

    it("reports an answer that does not match the spec", async () => {
      const server = await startServer((_request, response) => json(response, 200, { roomId: 42, id: "x" }));
      try {
        const run = await runCommand(PYTHON, [CLIENT, SPEC, server.url, "getRoom"], { timeout: 30_000 });
        expect(run.code).toBe(1);
        const [result] = callResults(run.stdout);
        expect(result?.operationId).toBe("getRoom");
        expect(result?.errors.join("\n")).toMatch(/\/roomId: 42 is not of type 'string'/);
        expect(server.requests[0]?.url).toBe("/v2/rooms/abc-xyzw-lmno");
      } finally {
        await server.close();
      }
    });
  });
}
