/**
 * The simulator's handler registry: every operation of the spec, from each resource's own file. `satisfies
 * HandlerRegistry` makes a missing, renamed or mistyped handler a type error (`npm run typecheck`), not a 404 at run
 * time.
 */
import type { HandlerRegistry } from "./handler-types.js";
import { mergesHandlers } from "./resources/merges.js";
import { recordingsHandlers } from "./resources/recordings.js";
import { roomsHandlers } from "./resources/rooms.js";
import { sessionsHandlers } from "./resources/sessions.js";
import { streamsHandlers } from "./resources/streams.js";
import { transcriptionsHandlers } from "./resources/transcriptions.js";
import type { Simulator } from "./simulator.js";

export function createHandlers(sim: Simulator) {
  return {
    ...roomsHandlers(sim),
    ...sessionsHandlers(sim),
    ...recordingsHandlers(sim),
    ...mergesHandlers(sim),
    ...streamsHandlers(sim),
    ...transcriptionsHandlers(sim),
    getWebhookPublicKey: () => ({ publicKey: sim.webhookPublicKey }),
  } satisfies HandlerRegistry;
}

/** The registry's type, for the type test that a spec with one more operation fails without its handler. */
export type Handlers = ReturnType<typeof createHandlers>;
