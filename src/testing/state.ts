/**
 * Everything a sandbox remembers, as plain JSON: kept in memory, and written to a file after every change when the
 * sandbox is given one (`--state FILE`), so that it survives a restart. Webhook deliveries are not kept.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { components as ControlComponents } from "../../generated/sandbox-control.js";
import controlSpec from "../../generated/sandbox-control.json" with { type: "json" };
import { VideoSDKError } from "../errors.js";
import type { Schema } from "../facade.js";

export const STATE_VERSION = 1;

/** The phases of a composition, an individual recording or a merge, in the order they happen. */
export type Phase = "starting" | "started" | "playable" | "stopping" | "stopped" | "failed";

/** A change that is due later (`at`, epoch ms); restarted from the file when the sandbox starts again. */
export interface PendingStep {
  at: number;
  to: Phase | "completed";
}

export interface RoomRecord {
  id: string;
  roomId: string;
  customRoomId: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  webhook?: { endPoint?: string; events?: string[] } | undefined;
  autoCloseConfig?: Schema<"AutoCloseConfig"> | undefined;
  autoStartConfig?: Schema<"AutoStartConfig"> | undefined;
  multiComposition?: Schema<"RoomMultiComposition"> | undefined;
  geoFence?: string | null | undefined;
  allowedParticipantIds?: string[] | undefined;
}

export interface ParticipantRecord {
  _id: string;
  participantId: string;
  name: string;
  timelog: { start: string; end: string | null }[];
  connected: boolean;
}

export interface SessionRecord {
  id: string;
  roomId: string;
  start: string;
  end: string | null;
  status: "ongoing" | "ended";
  participants: ParticipantRecord[];
}

export type CompositionKind = "recording" | "hls" | "livestream";

/** A composition's `config` as the call gave it; the sandbox reads these three fields. */
export interface CompositionConfig {
  mode?: Schema<"CompositionMode">;
  quality?: Schema<"Quality">;
  orientation?: Schema<"Orientation">;
  [option: string]: unknown;
}

/** A meeting recording, an HLS stream or an RTMP livestream. */
export interface CompositionRecord {
  id: string;
  kind: CompositionKind;
  roomId: string;
  sessionId: string;
  phase: Phase;
  start: string;
  end: string | null;
  /** When the files were ready (stopped), for `updatedAt`. */
  finishedAt?: string | undefined;
  pending?: PendingStep | undefined;
  /** When it last entered a phase. */
  changedAt?: string | undefined;
  failNext?: boolean | undefined;
  deleted?: boolean | undefined;
  webhookUrl?: string | undefined;
  transcription?: { enabled?: boolean; summary?: { enabled?: boolean; prompt?: string } } | undefined;
  config?: CompositionConfig | undefined;
  outputs?: { streamKey: string; url: string }[] | undefined;
  fileFormat?: string | undefined;
  fileId?: string | undefined;
  captureLog?: { fileName: string; filePath: string; createdAt: string }[] | undefined;
}

/** A participant recording (mode `participant`) or a track recording (mode `track`). */
export interface IndividualRecordingRecord {
  id: string;
  mode: "participant" | "track";
  kind: "audio_video" | "audio" | "video" | "screen_audio" | "screen_video";
  roomId: string;
  sessionId: string;
  participantId: string;
  participantName: string;
  fileFormat: string;
  phase: Phase;
  start: string;
  end: string | null;
  pending?: PendingStep | undefined;
  /** When it last entered a phase. */
  changedAt?: string | undefined;
  failNext?: boolean | undefined;
  deleted?: boolean | undefined;
  webhookUrl?: string | undefined;
  fileId?: string | undefined;
}

export interface MergeRecord {
  id: string;
  roomId: string;
  sessionId: string;
  channel1: { participantId: string; recordingId: string }[];
  channel2: { participantId: string; recordingId: string }[];
  status: "running" | "completed" | "failed";
  start: string;
  end: string | null;
  pending?: PendingStep | undefined;
  /** When it last entered a phase. */
  changedAt?: string | undefined;
  failNext?: boolean | undefined;
  webhookUrl?: string | undefined;
  message?: string | undefined;
  fileId?: string | undefined;
}

export interface RealtimeTranscriptionRecord {
  id: string;
  roomId: string;
  sessionId: string;
  status: "running" | "completed" | "failed";
  start: string;
  end: string | null;
  webhookUrl?: string | undefined;
  summary?: boolean | undefined;
  /** When it last entered a phase. */
  changedAt?: string | undefined;
}

export interface PostTranscriptionRecord {
  id: string;
  roomId: string;
  sessionId: string;
  /** The composition transcribed. */
  sourceId: string;
  sourcePath: string;
  /** `running` for one processing time after its composition stopped, then `completed`. */
  status: "running" | "completed";
  start: string;
  end: string | null;
  summary: boolean;
  pending?: PendingStep | undefined;
  changedAt?: string | undefined;
}

export interface ThumbnailRecord {
  fileName: string;
  roomId: string;
  width: number;
  height: number;
  format: "jpg" | "png" | "webp";
  createdAt: string;
}

/** What `POST /_sandbox/fail` can make fail (the control API's `FailureKind`). */
export type FailureKind = ControlComponents["schemas"]["FailureKind"];
/** The kinds `POST /_sandbox/fail` accepts, as the control API's document lists them. */
export const FAILURE_KINDS: readonly FailureKind[] = controlSpec.components.schemas.FailureKind.enum as FailureKind[];

export interface PendingFailure {
  roomId: string;
  kind: FailureKind;
  participantId?: string | undefined;
}

export interface SandboxState {
  version: typeof STATE_VERSION;
  rooms: RoomRecord[];
  sessions: SessionRecord[];
  compositions: CompositionRecord[];
  individualRecordings: IndividualRecordingRecord[];
  merges: MergeRecord[];
  realtimeTranscriptions: RealtimeTranscriptionRecord[];
  postTranscriptions: PostTranscriptionRecord[];
  thumbnails: ThumbnailRecord[];
  pendingFailures: PendingFailure[];
  /**
   * Written by earlier sandboxes only (post-call transcriptions still being made, by composition id, each with the
   * time it was due): read once at start, as running post-call transcriptions, and never written again.
   */
  pendingTranscriptions?: { sourceId: string; at: number }[];
}

export function emptyState(): SandboxState {
  return {
    version: STATE_VERSION,
    rooms: [],
    sessions: [],
    compositions: [],
    individualRecordings: [],
    merges: [],
    realtimeTranscriptions: [],
    postTranscriptions: [],
    thumbnails: [],
    pendingFailures: [],
  };
}

/** A state file that cannot be used; the message names the file and what is wrong. */
export class StateFileError extends VideoSDKError {
  override name = "StateFileError";
}

/** The state kept in `file`, or an empty state when the file does not exist yet. */
export function loadState(file: string): SandboxState {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw new StateFileError(`cannot read the state file ${file}: ${(error as Error).message}`);
  }
  let parsed: Partial<SandboxState>;
  try {
    parsed = JSON.parse(text) as Partial<SandboxState>;
  } catch (error) {
    throw new StateFileError(
      `the state file ${file} is not JSON (${(error as Error).message}); move it away to start afresh`,
    );
  }
  if (parsed?.version !== STATE_VERSION)
    throw new StateFileError(
      `the state file ${file} has version ${JSON.stringify(parsed?.version)}, this sandbox reads version ${STATE_VERSION}; move it away to start afresh`,
    );
  const state: SandboxState = { ...emptyState(), pendingTranscriptions: [] };
  for (const key of Object.keys(state) as (keyof SandboxState)[]) {
    if (key === "version") continue;
    const value = parsed[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw new StateFileError(`the state file ${file} is damaged: "${key}" is not a list`);
    (state[key] as unknown[]) = value;
  }
  return state;
}

/** Writes the state atomically: a reader (or a crash) never sees half a file. */
export function saveState(file: string, state: SandboxState): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}
