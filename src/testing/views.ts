/**
 * How the sandbox's records look in API answers: what every view shares (URLs on this sandbox, file paths, links,
 * durations). Each resource's own views are in its file under resources/.
 */
import type { CompositionConfig, CompositionRecord, IndividualRecordingRecord, MergeRecord } from "./state.js";

export interface SandboxUser {
  id: string;
  email: string;
  name: string;
}

export interface ViewContext {
  /** e.g. http://127.0.0.1:4010 */
  baseUrl: string;
  user: SandboxUser;
  apiKey: string;
  nowMs: number;
  webhookSummary(resourceId: string): {
    totalCount: number;
    successCount: number;
    data: { type: string; success: boolean }[];
  };
}

export const FILES_PREFIX = "/_sandbox/files/";

export const fileUrl = (context: ViewContext, filePath: string): string =>
  `${context.baseUrl}${FILES_PREFIX}${filePath.split("/").map(encodeURIComponent).join("/")}`;

export const links = (context: ViewContext, roomId: string, sessionId?: string) => ({
  get_room: `${context.baseUrl}/v2/rooms/${encodeURIComponent(roomId)}`,
  get_session: `${context.baseUrl}/v2/sessions/${sessionId === undefined ? "" : encodeURIComponent(sessionId)}`,
});

export const seconds = (start: string, end: string | null, nowMs: number) =>
  Math.max(0, Math.round(((end === null ? nowMs : Date.parse(end)) - Date.parse(start)) / 10) / 100);

// ---- recordings and streams ---------------------------------------------------------------------------------------

const RESOLUTIONS: Record<string, { width: number; height: number }> = {
  low: { width: 854, height: 480 },
  med: { width: 1280, height: 720 },
  high: { width: 1920, height: 1080 },
  ultra: { width: 3840, height: 2160 },
};

/** The frame size a composition's `config` asks for (default med, landscape). */
export function resolution(config: CompositionConfig | undefined): { width: number; height: number } {
  const size = RESOLUTIONS[config?.quality ?? "med"] ?? RESOLUTIONS.med!;
  return config?.orientation === "portrait" ? { width: size.height, height: size.width } : size;
}

export const recordingExtension = (composition: CompositionRecord) =>
  composition.fileFormat === "webm" ? "webm" : "mp4";
export const recordingFilePath = (composition: CompositionRecord) =>
  `recordings/${composition.sessionId}/${composition.id}.${recordingExtension(composition)}`;

export const hlsFilePath = (composition: CompositionRecord, file: string) => `meetings-hls/${composition.id}/${file}`;

/** The two playlists of an HLS stream: the whole recording so far, and the live edge. */
export function hlsUrls(context: ViewContext, composition: CompositionRecord) {
  return {
    playbackHlsUrl: fileUrl(context, hlsFilePath(composition, "index.m3u8")),
    livestreamUrl: fileUrl(context, hlsFilePath(composition, "live.m3u8")),
  };
}

/** The file of an individual recording: `.../<participantId>/[<kind>/]<id>.<ext>`, or an HLS folder for m3u8. */
export function individualFilePath(recording: IndividualRecordingRecord): string {
  const folder = `individual-recordings/${recording.sessionId}/${recording.participantId}${recording.mode === "track" ? `/${recording.kind}` : ""}`;
  if (recording.fileFormat === "m3u8") return `${folder}/${recording.id}/index.m3u8`;
  return `${folder}/${recording.id}.${recording.fileFormat}`;
}

export const isAudioKind = (kind: IndividualRecordingRecord["kind"]) => kind === "audio" || kind === "screen_audio";

export const mergeFilePath = (merge: MergeRecord) => `merge-recordings/${merge.sessionId}/${merge.id}.mp3`;
