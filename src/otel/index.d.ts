/**
 * `videosdk-api/otel`: OpenTelemetry tracing as a middleware. One CLIENT span per call, with one child span per
 * attempt, named `GET /v2/rooms/{roomId}` and carrying the stable HTTP semantic conventions plus the operation,
 * the retry count and VideoSDK's request id. No header is recorded, so the JWT never reaches a span.
 *
 * `@opentelemetry/api` is an optional peer dependency: install it to use this entry. It is loaded (Node's require)
 * when createTracingMiddleware is first called; without it, that call throws a PeerDependencyMissingError.
 */
import type { Tracer } from "@opentelemetry/api";
import { PeerDependencyMissingError } from "../internal/optional-peer.js";
import type { Middleware } from "../middleware.js";

export { PeerDependencyMissingError };
export interface TracingMiddlewareOptions {
  /** The tracer to use. Default: the global provider's tracer named `videosdk-api`. */
  tracer?: Tracer | undefined;
}
export declare function createTracingMiddleware(options?: TracingMiddlewareOptions): Middleware;
