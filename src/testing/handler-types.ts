/**
 * The types of the simulator's handler registry, from the generated operation table and the spec's types: one
 * handler per operation, taking that operation's request and returning its 200 body. `HandlerRegistry` lists every
 * OperationId, so an operation added to the spec without a handler (or a renamed one) fails the typecheck.
 */
import type { OperationId } from "../../generated/operations.js";
import type { operations as OperationTypes } from "../../generated/schema.js";
import type { QueryParams, RequestBody, ResponseBody } from "../facade.js";

type PathOf<K extends OperationId> = OperationTypes[K]["parameters"]["path"];

/** A validated request of operation K: path values decoded, query values as sent (text), the parsed JSON body. */
export interface ApiRequestOf<K extends OperationId> {
  params: PathOf<K> extends object ? { [Name in keyof PathOf<K>]: string } : Record<never, string>;
  query: { [Name in keyof QueryParams<K>]?: string | string[] };
  body: [RequestBody<K>] extends [never] ? Record<string, never> : RequestBody<K>;
}

/** Answers operation K with its 200 body, or throws ApiError for a refusal. */
export type Handler<K extends OperationId> = (request: ApiRequestOf<K>) => ResponseBody<K>;

/**
 * A handler for each operation of `Ids`: every OperationId of the spec by default; a type test passes a fixture
 * spec's ids (one more than today's) to prove that a new operation without its handler is a type error.
 */
export type HandlerRegistry<Ids extends string = OperationId> = {
  [K in Ids]: K extends OperationId ? Handler<K> : (request: never) => unknown;
};
