import { SpecDriftError, type SpecDriftIssue } from "../errors.js";
import { PeerDependencyMissingError } from "../internal/optional-peer.js";
import type { Middleware } from "../middleware.js";

export type { SpecDriftIssue };
export { PeerDependencyMissingError, SpecDriftError };
export interface SpecDrift {
  operationId: string;
  direction: "request" | "response";
  /** The answer's status, for response drift. */
  status?: number | undefined;
  issues: SpecDriftIssue[];
}
export interface ValidationMiddlewareOptions {
  /** `warn` (default) reports drift and lets the call go on; `strict` fails it with a SpecDriftError. */
  mode?: "warn" | "strict" | undefined;
  /** Where drift is reported in `warn` mode. Default: `console.warn`, one line per drift. */
  onDrift?: ((drift: SpecDrift) => void) | undefined;
  /** Check requests, answers, or both (default). */
  check?: "requests" | "responses" | "both" | undefined;
}
export declare function createValidationMiddleware(options?: ValidationMiddlewareOptions): Middleware;
/** `getRoom response 200: response/roomId must be string; response/disabled must be boolean`. */
export declare function describeDrift(drift: SpecDrift): string;
