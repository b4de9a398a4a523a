/** videosdk-api/otel: one span per call, one child span per attempt, with the HTTP conventions; never the JWT. */
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { beforeEach, describe, expect, it } from "vitest";
import { createVideoSDK, NotFoundError } from "../../src/index.js";
import { createTracingMiddleware } from "../../src/otel/index.js";
import { json, useTestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";

const TOKEN = "header.payload-JWT-PLACEHOLDER.signature";
const server = useTestServer();
const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer("test");
beforeEach(() => exporter.reset());

const vsdk = () =>
  createVideoSDK({
    token: TOKEN,
    baseUrl: server.url,
    initialRetryDelay: 1,
    middleware: [createTracingMiddleware({ tracer })],
  });

describe("createTracingMiddleware", () => {
  it("emits a span per call with a child per attempt, with method, template, server, status, operation, retries", async () => {
    server.handle((_req, res, i) =>
      i === 0 ? json(res, 503, {}) : json(res, 200, { roomId: "abcd-efgh-ijkl" }, { "x-request-id": "req-9" }),
    );
    await vsdk().rooms.get("abcd-efgh-ijkl");
    const spans = exporter.getFinishedSpans();
    const call = spans.find((span) => span.name === "GET /v2/rooms/{roomId}")!;
    const attempts = spans.filter((span) => span.name.startsWith("GET /v2/rooms/{roomId} (attempt"));
    expect(spans).toHaveLength(3);
    expect(attempts.map((span) => span.parentSpanContext?.spanId)).toEqual([
      call.spanContext().spanId,
      call.spanContext().spanId,
    ]);
    expect(attempts.map((span) => span.attributes["http.response.status_code"])).toEqual([503, 200]);
    expect(attempts.map((span) => span.attributes["http.request.resend_count"])).toEqual([0, 1]);
    const port = Number(new URL(server.url).port);
    expect(call.attributes).toMatchObject({
      "http.request.method": "GET",
      "url.template": "/v2/rooms/{roomId}",
      "server.address": "127.0.0.1",
      "server.port": port,
      "http.response.status_code": 200,
      "videosdk.operation_id": "getRoom",
      "videosdk.request_id": "req-9",
      "http.request.resend_count": 1,
    });
    expect(JSON.stringify(spans.map((span) => [span.name, span.attributes, span.events]))).not.toContain(
      "JWT-PLACEHOLDER",
    );
  });

  it("marks failed calls and attempts as errors, with error.type", async () => {
    server.handle((_req, res) => json(res, 404, { message: "no such room" }));
    const error = await rejectionOf(vsdk().rooms.get("x"));
    expect(error).toBeInstanceOf(NotFoundError);
    const [attempt, call] = exporter.getFinishedSpans();
    expect(call!.status.code).toBe(2); // SpanStatusCode.ERROR
    // As the HTTP conventions ask: an error status is named by its code.
    expect(call!.attributes["error.type"]).toBe("404");
    expect(attempt!.attributes["error.type"]).toBe("404");
  });

  it("ends an attempt cut off by its timeout when the call ends", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
    });
    await rejectionOf(vsdk().rooms.get("x", { timeout: 100, maxRetries: 0 }));
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    expect(spans.every((span) => span.ended)).toBe(true);
    expect(spans.find((span) => !span.parentSpanContext)!.attributes["error.type"]).toBe("ConnectionTimeoutError");
  });
});
