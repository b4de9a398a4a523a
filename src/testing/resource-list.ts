/**
 * Everything with a lifecycle, with the phase it is in now, for the control API (`GET /_sandbox/resources`): the
 * API's views carry no phase (a failed recording is only a recording without a file there), so a console or a test
 * that wants to see a failure without a webhook endpoint asks here.
 */
import type { components } from "../../generated/sandbox-control.js";
import type { Simulator } from "./simulator.js";
import type { PendingStep } from "./state.js";

export type LifecycleResource = components["schemas"]["Resource"];
export type ResourceKind = components["schemas"]["ResourceKind"];

export interface ResourceFilter {
  /** A roomId or a customRoomId. */
  roomId?: string | undefined;
  kind?: ResourceKind | undefined;
  /** At most this many, the newest. Default 100. */
  limit?: number | undefined;
}

export const DEFAULT_RESOURCE_LIMIT = 100;

interface Entry {
  kind: ResourceKind;
  id: string;
  roomId: string;
  sessionId: string;
  participantId?: string | undefined;
  phase: LifecycleResource["phase"];
  start: string;
  end: string | null;
  changedAt?: string | undefined;
  pending?: PendingStep | undefined;
}

/** The lifecycle resources, newest first. */
export function lifecycleResources(sim: Simulator, filter: ResourceFilter = {}): LifecycleResource[] {
  const state = sim.state;
  // An unknown room matches nothing.
  const roomId = filter.roomId === undefined ? undefined : (sim.room(filter.roomId)?.roomId ?? null);
  const entries: Entry[] = [];
  const add = (kind: ResourceKind, record: Omit<Entry, "kind" | "phase">, phase: Entry["phase"]) => {
    if ((filter.kind === undefined || filter.kind === kind) && (roomId === undefined || roomId === record.roomId))
      entries.push({ kind, phase, ...pick(record) });
  };
  for (const c of state.compositions) if (!c.deleted) add(c.kind, c, c.phase);
  for (const r of state.individualRecordings)
    if (!r.deleted) add(r.mode === "track" ? "trackRecording" : "participantRecording", r, r.phase);
  for (const m of state.merges) add("merge", m, m.status);
  for (const t of state.realtimeTranscriptions) add("transcription", t, t.status);
  for (const t of state.postTranscriptions) add("postTranscription", t, t.status);
  // Newest first; among equal start times, the one added last first (a stable sort of the reversed list).
  entries.reverse().sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
  return entries.slice(0, filter.limit ?? DEFAULT_RESOURCE_LIMIT).map(resourceOf);
}

/** The fields of a record that a resource shows (records carry much more: configs, outputs, files). */
function pick(record: Omit<Entry, "kind" | "phase">): Omit<Entry, "kind" | "phase"> {
  const { id, roomId, sessionId, participantId, start, end, changedAt, pending } = record;
  return { id, roomId, sessionId, participantId, start, end, changedAt, pending };
}

function resourceOf(entry: Entry): LifecycleResource {
  return {
    kind: entry.kind,
    id: entry.id,
    roomId: entry.roomId,
    sessionId: entry.sessionId,
    ...(entry.participantId === undefined ? {} : { participantId: entry.participantId }),
    phase: entry.phase,
    failed: entry.phase === "failed",
    startedAt: entry.start,
    // A record saved before phases had times: the last time it tells.
    updatedAt: entry.changedAt ?? entry.end ?? entry.start,
    ...(entry.pending ? { next: { phase: entry.pending.to, at: new Date(entry.pending.at).toISOString() } } : {}),
  };
}
