/** What the lifecycles share: which phases count as running, the webhook prefix of each kind, their names. */
import type { CompositionKind, IndividualRecordingRecord } from "./state.js";

export const RUNNING_PHASES = new Set(["starting", "started", "playable"]);
export const isRunning = (entity: { phase: string }) => RUNNING_PHASES.has(entity.phase);

export const EVENT_PREFIX: Record<CompositionKind | IndividualRecordingRecord["mode"], string> = {
  recording: "recording",
  hls: "hls",
  livestream: "livestream",
  participant: "participant-recording",
  track: "participant-track-recording",
};

export const KIND_NAMES: Record<CompositionKind, string> = {
  recording: "recording",
  hls: "HLS stream",
  livestream: "livestream",
};

export const SIMULATED_FAILURE = "Simulated failure (POST /_sandbox/fail)";
