/**
 * Type-level tests of the sandbox's handler registry: it has exactly one handler per operation of the spec, each
 * typed with its operation's request and 200 body, so that a new, renamed or mistyped operation fails the typecheck.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { OperationId } from "../../generated/operations.js";
import type { ResponseBody } from "../../src/facade.js";
import type { ApiRequestOf, HandlerRegistry } from "../../src/testing/handler-types.js";
import type { Handlers } from "../../src/testing/handlers.js";

declare const handlers: Handlers;

describe("the sandbox's handler registry", () => {
  it("has a handler for every operation of the spec, and nothing else", () => {
    expectTypeOf<keyof Handlers>().toEqualTypeOf<OperationId>();
    expectTypeOf(handlers).toExtend<HandlerRegistry>();
  });

  it("fails the typecheck when a fixture spec has an operation without a handler", () => {
    // The operation ids of a fixture spec: today's, and one more.
    type FixtureOperationId = OperationId | "archiveRoom";
    // @ts-expect-error archiveRoom has no handler
    handlers satisfies HandlerRegistry<FixtureOperationId>;
    expectTypeOf(handlers).not.toExtend<HandlerRegistry<FixtureOperationId>>();
  });

  it("fails the typecheck for a renamed handler or a wrong answer", () => {
    const { getRoom, ...rest } = handlers;
    // @ts-expect-error getRoom is missing (renamed)
    ({ ...rest, fetchRoom: getRoom }) satisfies HandlerRegistry;
    // @ts-expect-error getRoom must answer a room, not a number
    ({ ...handlers, getRoom: () => 42 }) satisfies HandlerRegistry;
  });

  it("gives each handler its operation's request and answer types", () => {
    expectTypeOf<Parameters<Handlers["getRoom"]>[0]>().toEqualTypeOf<ApiRequestOf<"getRoom">>();
    expectTypeOf<ApiRequestOf<"getRoom">["params"]>().toEqualTypeOf<{ roomId: string }>();
    expectTypeOf<ReturnType<HandlerRegistry["getRoom"]>>().toEqualTypeOf<ResponseBody<"getRoom">>();
  });
});
