/**
 * `videosdk-api/otel`: OpenTelemetry tracing as a middleware. One CLIENT span per call, with one child span per
 * attempt, named `GET /v2/rooms/{roomId}` and carrying the stable HTTP semantic conventions plus the operation,
 * the retry count and VideoSDK's request id. No header is recorded, so the JWT never reaches a span.
 *
 * `@opentelemetry/api` is an optional peer dependency: install it to use this entry. It is loaded (Node's require)
 * when createTracingMiddleware is first called; without it, that call throws a PeerDependencyMissingError.
 */
import type { Attributes, Span, Tracer } from "@opentelemetry/api";
import { PeerDependencyMissingError, requirePeer } from "../internal/optional-peer.js";
import type { Middleware, MiddlewareParams } from "../middleware.js";

export { PeerDependencyMissingError };

type OpenTelemetryApi = typeof import("@opentelemetry/api");

export interface TracingMiddlewareOptions {
  /** The tracer to use. Default: the global provider's tracer named `videosdk-api`. */
  tracer?: Tracer | undefined;
}

interface TracedCall {
  span: Span;
  attempt: Span | undefined;
  /** The call's name and request attributes, the same for every attempt. */
  name: string;
  attributes: Attributes;
}

export function createTracingMiddleware(options: TracingMiddlewareOptions = {}): Middleware {
  const { context, SpanKind, SpanStatusCode, trace } = requirePeer<OpenTelemetryApi>(
    "videosdk-api/otel",
    "@opentelemetry/api",
  );
  const tracer = options.tracer ?? trace.getTracer("videosdk-api");
  const calls = new Map<string, TracedCall>();

  const endAttempt = (call: TracedCall | undefined, status?: number, error?: unknown) => {
    const span = call?.attempt;
    if (!span || !call) return;
    if (status !== undefined) span.setAttribute("http.response.status_code", status);
    if (error !== undefined || (status !== undefined && status >= 400)) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute("error.type", error === undefined ? String(status) : errorType(error));
    }
    span.end();
    call.attempt = undefined;
  };

  return {
    onRequest(params) {
      let call = calls.get(params.id);
      if (!call) {
        const name = `${params.request.method} ${params.schemaPath}`;
        const attributes = requestAttributes(params);
        call = {
          span: tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes }),
          attempt: undefined,
          name,
          attributes,
        };
        calls.set(params.id, call);
      }
      endAttempt(call); // an attempt its hooks never closed (a timeout while reading, say)
      const parent = trace.setSpan(context.active(), call.span);
      call.attempt = tracer.startSpan(
        `${call.name} (attempt ${params.attempt ?? 1})`,
        {
          kind: SpanKind.CLIENT,
          attributes: { ...call.attributes, "http.request.resend_count": (params.attempt ?? 1) - 1 },
        },
        parent,
      );
    },
    onResponse({ id, response }) {
      endAttempt(calls.get(id), response.status);
    },
    onError({ id, error }) {
      const call = calls.get(id);
      call?.attempt?.recordException(error instanceof Error ? error : String(error));
      endAttempt(call, undefined, error);
    },
    onCallEnd({ id, meta, response, error }) {
      const call = calls.get(id);
      if (!call) return;
      calls.delete(id);
      endAttempt(call, undefined, error ?? undefined);
      const span = call.span;
      span.setAttribute("http.request.resend_count", meta.attempts - 1);
      if (meta.requestId) span.setAttribute("videosdk.request_id", meta.requestId);
      if (response) span.setAttribute("http.response.status_code", response.status);
      if (error !== undefined || (response && response.status >= 400)) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute("error.type", error === undefined ? String(response?.status) : errorType(error));
        if (error instanceof Error) span.recordException(error);
      }
      span.end();
    },
  };
}

function requestAttributes(params: MiddlewareParams): Attributes {
  const url = new URL(params.request.url);
  const attributes: Attributes = {
    "http.request.method": params.request.method,
    "url.template": params.schemaPath,
    // Origin and path only: the query may name a room, but never holds a secret; still, less is kept.
    "url.full": `${url.origin}${url.pathname}`,
    "server.address": url.hostname,
    "server.port": Number(url.port || (url.protocol === "https:" ? 443 : 80)),
  };
  if (params.operationId) attributes["videosdk.operation_id"] = params.operationId;
  return attributes;
}

function errorType(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
