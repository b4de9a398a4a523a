/**
 * The one lifecycle engine of everything that runs in a session: meeting recordings, HLS, RTMP, participant and track
 * recordings, merges, and realtime and post-call transcriptions. Each resource describes its lifecycle declaratively: what entering
 * a phase does to the record (fields and its webhook) and which step follows after the processing time. The engine
 * does the rest, the same way for all: scheduling, a saved `pending` step resumed after a restart, cancellation, and
 * failure injection (an armed failure replaces the first step; a forced one cancels what is due and fails now).
 */
import type { Simulator } from "./simulator.js";
import type { PendingStep } from "./state.js";

export type Step = PendingStep["to"];

/** A record that moves through a lifecycle; `pending` is its next step, kept in the state file. */
export interface LifecycleRecord {
  id: string;
  pending?: PendingStep | undefined;
  /** When it last entered a phase (for the control API's resource list). */
  changedAt?: string | undefined;
}

export interface Lifecycle<R extends LifecycleRecord> {
  /** The step after the first phase when nothing is armed to fail (`started` for recordings, `completed` for merges). */
  readonly firstStep: Step;
  /** Enters `to`: sets the record's fields and sends its webhook; returns the step that follows it, if one does. */
  enter(sim: Simulator, record: R, to: Step): Step | undefined;
}

/** Enters the first phase, then plans the first step: `failed` when a failure was armed for it. */
export function begin<R extends LifecycleRecord>(
  sim: Simulator,
  lifecycle: Lifecycle<R>,
  record: R,
  first: Step | undefined,
  armedToFail: boolean,
): void {
  if (first !== undefined) enter(sim, lifecycle, record, first);
  plan(sim, lifecycle, record, armedToFail ? "failed" : lifecycle.firstStep);
}

/** Moves to `to` now, and plans what follows it. */
export function transition<R extends LifecycleRecord>(sim: Simulator, lifecycle: Lifecycle<R>, record: R, to: Step) {
  const next = enter(sim, lifecycle, record, to);
  if (next !== undefined) plan(sim, lifecycle, record, next);
}

function enter<R extends LifecycleRecord>(sim: Simulator, lifecycle: Lifecycle<R>, record: R, to: Step) {
  record.changedAt = sim.now();
  return lifecycle.enter(sim, record, to);
}

/** Fails the record now: whatever step was due is cancelled. */
export function failNow<R extends LifecycleRecord>(sim: Simulator, lifecycle: Lifecycle<R>, record: R): void {
  sim.cancel(record.id);
  record.pending = undefined;
  transition(sim, lifecycle, record, "failed");
}

/** Restarts the timers of the steps that were due when the state was saved. */
export function resume<R extends LifecycleRecord>(sim: Simulator, lifecycle: Lifecycle<R>, records: readonly R[]) {
  for (const record of records)
    if (record.pending) sim.schedule(record.id, record.pending.at, () => advance(sim, lifecycle, record));
}

/** The step `to`, one processing time from now. */
function plan<R extends LifecycleRecord>(sim: Simulator, lifecycle: Lifecycle<R>, record: R, to: Step): void {
  const at = Date.now() + sim.processingMs;
  record.pending = { at, to };
  sim.schedule(record.id, at, () => advance(sim, lifecycle, record));
}

/** Runs the due step (unless it was cancelled), then saves. */
function advance<R extends LifecycleRecord>(sim: Simulator, lifecycle: Lifecycle<R>, record: R): void {
  const step = record.pending;
  record.pending = undefined;
  if (!step) return;
  transition(sim, lifecycle, record, step.to);
  sim.changed();
}
