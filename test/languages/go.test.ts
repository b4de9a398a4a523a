/**
 * Go, as a team without this SDK would use the spec: test/languages/go/main.go loads generated/openapi-3.0.json with
 * kin-openapi (Debian's golang-github-getkin-kin-openapi-dev, GOPATH mode, nothing downloaded), validates the
 * document, and calls every operation on the mock through a recording proxy, checking each request and each answer
 * with openapi3filter.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createManagementToken } from "../../src/node/index.js";
import { json, startServer, type TestServer } from "../support/http-server.js";
import { GO_ENV, toolchainAvailable, toolchains } from "../support/toolchains.js";
import { callResults, expectEveryOperationPassed, ROOT, runCommand, startRecordingProxy } from "./support.js";

const PROGRAM = path.join(ROOT, "test/languages/go/main.go");
const SPEC_30 = path.join(ROOT, "generated/openapi-3.0.json");
const TOKEN = createManagementToken({ apiKey: "go-client-api-key", secret: "go-client-placeholder-secret" });

function runGo(args: string[]) {
  return runCommand("go", ["run", PROGRAM, ...args], { env: GO_ENV, timeout: 180_000 });
}

if (!toolchainAvailable(toolchains.go)) {
  describe("Go client from the 3.0 spec (kin-openapi)", () => {
    it.skip(`skipped: ${toolchains.go.install}`, () => {});
  });
} else {
  describe("Go client from the 3.0 spec (kin-openapi)", () => {
    let proxy: TestServer;
    beforeAll(async () => {
      proxy = await startRecordingProxy(inject("mockUrl"));
    });
    afterAll(() => proxy?.close());

    it("loads and validates the 3.0 variant, and calls every operation, requests and answers checked", async () => {
      const run = await runGo([SPEC_30, proxy.url, TOKEN]);
      expect(run.stderr).toBe("");
      expect(run.stdout.split("\n")[0]).toMatch(/^\{"document":"3\.0\.3","paths":\d+\}$/);
      const results = callResults(run.stdout);
      expectEveryOperationPassed(results);
      expect(run.code).toBe(0);
      expect(proxy.requests.length).toBe(results.length);
      expect(proxy.requests.every((request) => request.headers.authorization === TOKEN)).toBe(true);
    }, 180_000);

    it("reports an answer that does not match the spec", async () => {
      const server = await startServer((_request, response) => json(response, 200, { roomId: 42, id: "x" }));
      try {
        const run = await runGo([SPEC_30, server.url, TOKEN, "getRoom"]);
        expect(run.code).toBe(1);
        const [result] = callResults(run.stdout);
        expect(result?.operationId).toBe("getRoom");
        expect(result?.errors.join("\n")).toMatch(/^response: .*roomId/s);
      } finally {
        await server.close();
      }
    }, 180_000);

    it("refuses a Bearer token before sending, as the spec's security scheme says", async () => {
      const server = await startServer((_request, response) => json(response, 500, {}));
      try {
        const run = await runGo([SPEC_30, server.url, `Bearer ${TOKEN}`, "getRoom"]);
        expect(run.code).toBe(1);
        expect(callResults(run.stdout)[0]?.errors.join("\n")).toMatch(/^request: .*raw JWT/s);
        expect(server.requests).toEqual([]);
      } finally {
        await server.close();
      }
    }, 180_000);
  });
}
