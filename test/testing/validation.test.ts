/**
 * Prism is the judge: an invalid request gets a 400 naming each violation, and an answer of the sandbox that breaks
 * the spec is never sent as is (it becomes a 500 naming the violations, and is recorded).
 */
import { describe, expect, it } from "vitest";
import { type APIError, BadRequestError, createVideoSDK, InternalServerError } from "../../src/node/index.js";
import { startSandbox } from "../../src/testing/index.js";
import { rejectionOf } from "../support/rejection.js";
import { spec } from "../support/spec.js";
import { useSandbox } from "./support.js";

const context = useSandbox();

async function raw(method: string, path: string, body?: string, contentType = "application/json") {
  const response = await fetch(context.sandbox.baseUrl + path, {
    method,
    headers: { authorization: context.sandbox.token, ...(body === undefined ? {} : { "content-type": contentType }) },
    body: body ?? null,
  });
  return {
    status: response.status,
    body: (await response.json()) as { message: string; violations?: { path: string; message: string }[] },
  };
}

describe("requests", () => {
  it("refuses a body over 1 MiB with 413, whether its length is declared or streamed, and keeps serving", async () => {
    const big = JSON.stringify({ roomId: "x".repeat(1024 * 1024) });
    expect((await raw("POST", "/v2/recordings/start", big)).status).toBe(413);
    const encoder = new TextEncoder();
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(big));
        controller.close();
      },
    });
    const response = await fetch(`${context.sandbox.baseUrl}/v2/recordings/start`, {
      method: "POST",
      headers: { authorization: context.sandbox.token, "content-type": "application/json" },
      body: streamed,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toMatch(/larger than 1048576 bytes/);
    expect((await raw("GET", "/v2/rooms")).status).toBe(200);
  });

  it("answers an invalid body with 400 naming every violation, through the client as a BadRequestError", async () => {
    const { vsdk } = context;
    const error = await rejectionOf<APIError>(
      vsdk.recordings.start({ config: { layout: { gridSize: 99 } } } as unknown as Parameters<
        typeof vsdk.recordings.start
      >[0]),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toMatch(/body\.roomId/);
    const { violations } = error.body as { violations: { path: string; message: string }[] };
    expect(violations.map((v) => v.path).sort()).toEqual(["body.config.layout.gridSize", "body.roomId"]);
    expect(violations.find((v) => v.path === "body.config.layout.gridSize")!.message).toMatch(/<= 25/);
  });

  it("answers an invalid query with 400 naming the parameter as the spec spells it", async () => {
    const answer = await raw("GET", "/v2/rooms?perPage=many&page=0");
    expect(answer.status).toBe(400);
    expect(answer.body.violations?.map((v) => v.path).sort()).toEqual(["query.page", "query.perPage"]);
    expect(answer.body.message).toMatch(/query\.perPage: .*perPage must be integer/);
  });

  it("answers bad JSON, a wrong type and an enum value out of range with 400", async () => {
    expect((await raw("POST", "/v2/rooms", "{not json")).body.violations).toEqual([
      { path: "body", message: expect.any(String) },
    ]);
    const wrongType = await raw(
      "POST",
      "/v2/recordings/participant/track/start",
      JSON.stringify({ roomId: 1, participantId: "p", kind: "smell" }),
    );
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.violations?.map((v) => v.path).sort()).toEqual(["body.kind", "body.roomId"]);
    const webhookUrl = await raw("POST", "/v2/rooms", JSON.stringify({ webhook: { endPoint: "not a url" } }));
    expect(webhookUrl.body.violations?.map((v) => v.path)).toEqual(["body.webhook.endPoint"]);
  });

  it("answers an unknown path with 404 and a known path with a wrong method with 405", async () => {
    expect((await raw("GET", "/v2/nothing-here")).status).toBe(404);
    expect((await raw("DELETE", "/v2/rooms")).status).toBe(405);
  });
});

describe("answers", () => {
  it("replaces an answer that breaks the spec by a 500 naming the violation, and records it", async () => {
    // The same sandbox against a spec whose Room.roomId must be an integer: every room it answers with breaks it.
    const broken = structuredClone(spec);
    broken.components.schemas.Room.properties.roomId = { type: "integer" };
    const sandbox = await startSandbox({ port: 0, spec: broken });
    try {
      const vsdk = createVideoSDK({
        apiKey: sandbox.apiKey,
        secret: sandbox.secret,
        baseUrl: sandbox.baseUrl,
        maxRetries: 0,
      });
      const error = await rejectionOf<APIError>(vsdk.rooms.create({}));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.message).toMatch(/breaks the spec/);
      expect((error.body as { violations: { path: string }[] }).violations.map((v) => v.path)).toEqual(["body.roomId"]);
      expect(sandbox.violations()).toEqual([
        expect.objectContaining({
          operationId: "createRoom",
          status: 200,
          violations: [expect.objectContaining({ path: "body.roomId" })],
        }),
      ]);
      expect(await sandbox.control.violations()).toHaveLength(1);
    } finally {
      await sandbox.stop();
    }
  });
});
