/** How the sandbox's records look in API answers: the shapes of the spec's schemas, with URLs on this sandbox. */
import { seededRandom } from "./ids.js";
import type {
  CompositionConfig,
  CompositionRecord,
  IndividualRecordingRecord,
  MergeRecord,
  ParticipantRecord,
  PostTranscriptionRecord,
  RealtimeTranscriptionRecord,
  RoomRecord,
  SessionRecord,
} from "./state.js";

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

const links = (context: ViewContext, roomId: string, sessionId?: string) => ({
  get_room: `${context.baseUrl}/v2/rooms/${encodeURIComponent(roomId)}`,
  get_session: `${context.baseUrl}/v2/sessions/${sessionId === undefined ? "" : encodeURIComponent(sessionId)}`,
});

const seconds = (start: string, end: string | null, nowMs: number) =>
  Math.max(0, Math.round(((end === null ? nowMs : Date.parse(end)) - Date.parse(start)) / 10) / 100);

// ---- rooms --------------------------------------------------------------------------------------------------------

/** A room; create and validate answers carry `userId`, list and get answers the `user` object. */
export function roomView(context: ViewContext, room: RoomRecord, owner: "userId" | "user") {
  return {
    roomId: room.roomId,
    customRoomId: room.customRoomId,
    ...(owner === "userId" ? { userId: context.user.id } : { user: userView(context) }),
    disabled: room.disabled,
    createdAt: room.createdAt,
    updatedAt: room.updatedAt,
    id: room.id,
    links: links(context, room.roomId),
    ...(room.webhook ? { webhook: room.webhook } : {}),
    ...(room.autoCloseConfig ? { autoCloseConfig: room.autoCloseConfig } : {}),
    ...(room.autoStartConfig ? { autoStartConfig: room.autoStartConfig } : {}),
    ...(room.multiComposition ? { multiComposition: room.multiComposition } : {}),
    ...(room.geoFence !== undefined ? { geoFence: room.geoFence } : {}),
    ...(room.allowedParticipantIds ? { allowedParticipantIds: room.allowedParticipantIds } : {}),
  };
}

function userView(context: ViewContext) {
  return { email: context.user.email, name: context.user.name, discontinuedReason: null, id: context.user.id };
}

/** The raw room document that deactivation answers with, under VideoSDK's storage names. */
export function deactivatedRoomView(context: ViewContext, room: RoomRecord) {
  return {
    ...(room.webhook ? { webhook: room.webhook } : {}),
    disabled: room.disabled,
    meetingId: room.roomId,
    userMeetingId: room.customRoomId,
    userId: context.user.id,
    createdAt: room.createdAt,
    updatedAt: room.updatedAt,
    user: userView(context),
    id: room.id,
  };
}

export function updatedRoomView(context: ViewContext, room: RoomRecord) {
  return {
    status: room.disabled ? ("disabled" as const) : ("enabled" as const),
    roomId: room.roomId,
    customRoomId: room.customRoomId,
    userId: context.user.id,
    createdAt: room.createdAt,
    updatedAt: room.updatedAt,
    id: room.id,
    links: links(context, room.roomId),
  };
}

// ---- sessions -----------------------------------------------------------------------------------------------------

export const participantView = (participant: ParticipantRecord) => ({
  _id: participant._id,
  participantId: participant.participantId,
  name: participant.name,
  timelog: participant.timelog,
});

export function sessionView(context: ViewContext, session: SessionRecord, room: RoomRecord | undefined) {
  return {
    id: session.id,
    userId: context.user.id,
    roomId: session.roomId,
    customRoomId: room?.customRoomId ?? null,
    start: session.start,
    end: session.end,
    participants: session.participants.map(participantView),
    activeDuration: seconds(session.start, session.end, context.nowMs),
    chatLink: fileUrl(context, `chats/${session.id}.csv`),
    status: session.status,
    links: links(context, session.roomId, session.id),
  };
}

/** `data` of `GET /v2/sessions/{sessionId}/participants`: the session, with one page of its participants. */
export function sessionParticipantsView(
  context: ViewContext,
  session: SessionRecord,
  room: RoomRecord | undefined,
  participants: ParticipantRecord[],
) {
  return {
    id: session.id,
    roomId: session.roomId,
    customRoomId: room?.customRoomId ?? null,
    participants: participants.map(participantView),
    links: links(context, session.roomId, session.id),
  };
}

export function activeSessionView(context: ViewContext, session: SessionRecord, participants: ParticipantRecord[]) {
  return {
    _id: session.id,
    apiKey: context.apiKey,
    start: session.start,
    end: session.end,
    participants: participants.map((participant) => {
      const joined = participant.timelog.at(-1)?.start ?? session.start;
      return {
        ...participantView(participant),
        events: { mic: [], webcam: [], screenShare: [], screenShareAudio: [] },
        initTime: 1.2,
        deviceInfo: {
          sdkType: "sandbox",
          sdkVersion: "1.0.0",
          platform: "desktop",
          browserUserAgent: {
            browser: { name: "Sandbox", version: "1.0" },
            os: { name: "Sandbox" },
            platform: { type: "desktop" },
          },
        },
        changeModeHistory: [{ mode: "SEND_AND_RECV", timelog: joined, _id: participant._id }],
        mode: "SEND_AND_RECV",
        geoLocation: { city: "Loopback", region: "Local", country: "Sandbox" },
      };
    }),
    region: "sandbox",
    hlsLog: [],
    roomId: session.roomId,
    status: session.status,
    links: {
      get_session: `${context.baseUrl}/v2/sessions/${encodeURIComponent(session.id)}`,
      get_all_participants: `${context.baseUrl}/v2/sessions/${encodeURIComponent(session.id)}/participants`,
    },
  };
}

/** Plausible quality figures, one sample a minute of the session (at most 60), the same on every call. */
function qualityStats(seed: string, start: string, end: string | null, nowMs: number) {
  const random = seededRandom(seed);
  const between = (low: number, high: number, digits = 2) => Number((low + random() * (high - low)).toFixed(digits));
  const startMs = Date.parse(start);
  const minutes = Math.min(60, Math.max(1, Math.ceil(((end === null ? nowMs : Date.parse(end)) - startMs) / 60_000)));
  return Array.from({ length: minutes }, (_, minute) => ({
    time: new Date(startMs + minute * 60_000).toISOString(),
    recvAudioPacketLost: Math.floor(between(0, 3)),
    recvVideoPacketLost: Math.floor(between(0, 5)),
    sendAudioPacketLost: Math.floor(between(0, 2)),
    sendVideoPacketLost: Math.floor(between(0, 4)),
    averageAudioRtt: between(20, 120),
    averageVideoRtt: between(20, 140),
    averageAudioJitter: between(0, 12),
    averageVideoJitter: between(0, 20),
    averageSendAudioBitrate: between(24_000, 64_000),
    averageSendVideoBitrate: between(150_000, 1_200_000),
    averageRecvAudioBitrate: between(24_000, 64_000),
    averageRecvVideoBitrate: between(150_000, 2_400_000),
    qualityScore: { audio: between(3.5, 4.5), video: between(3, 4.5) },
  }));
}

export function sessionStatsView(context: ViewContext, session: SessionRecord) {
  return {
    sessionId: session.id,
    meetingId: session.roomId,
    stats: qualityStats(session.id, session.start, session.end, context.nowMs),
  };
}

export function participantStatsView(context: ViewContext, session: SessionRecord, participant: ParticipantRecord) {
  const first = participant.timelog[0]?.start ?? session.start;
  const last = participant.timelog.at(-1)?.end ?? null;
  const stats = qualityStats(`${session.id}/${participant.participantId}`, first, last, context.nowMs);
  return {
    sessionId: session.id,
    meetingId: session.roomId,
    participantId: participant.participantId,
    participantName: participant.name,
    deviceInfo: { deviceName: "Sandbox", deviceVersion: "1.0" },
    sdkInfo: { sdkName: "sandbox", sdkVersion: "1.0.0" },
    location: { country: "Sandbox", city: "Loopback", region: "Local" },
    network: { asn: "unknown", org: "loopback" },
    stats,
    resolutionUsage: stats.map((sample) => ({ 180: 0, 360: 0, 720: 1, 1080: 0, 1440: 0, 2160: 0, time: sample.time })),
  };
}

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

const recordingExtension = (composition: CompositionRecord) => (composition.fileFormat === "webm" ? "webm" : "mp4");
export const recordingFilePath = (composition: CompositionRecord) =>
  `recordings/${composition.sessionId}/${composition.id}.${recordingExtension(composition)}`;

export function recordingView(
  context: ViewContext,
  composition: CompositionRecord,
  fileSize: (path: string) => number,
) {
  const ready = composition.phase === "stopped" && composition.fileId !== undefined;
  const size = resolution(composition.config);
  const filePath = recordingFilePath(composition);
  const finishedAt = composition.finishedAt ?? composition.start;
  return {
    id: composition.id,
    userId: context.user.id,
    roomId: composition.roomId,
    sessionId: composition.sessionId,
    fileId: ready ? composition.fileId! : null,
    file: ready
      ? {
          id: composition.fileId!,
          meta: {
            resolution: size,
            format: recordingExtension(composition) === "webm" ? "matroska,webm" : "mov,mp4,m4a,3gp,3g2,mj2",
            duration: seconds(composition.start, composition.end, context.nowMs),
          },
          filePath,
          fileUrl: fileUrl(context, filePath),
          size: fileSize(filePath),
          type: "video",
          userStorage: null,
          ratio: { [String(size.height)]: 1 },
          createdAt: finishedAt,
          updatedAt: finishedAt,
        }
      : null,
    createdAt: composition.start,
    updatedAt: finishedAt,
    start: composition.start,
    end: composition.end,
    webhook: context.webhookSummary(composition.id),
    links: links(context, composition.roomId, composition.sessionId),
  };
}

export const hlsFilePath = (composition: CompositionRecord, file: string) => `meetings-hls/${composition.id}/${file}`;

/** The two playlists of an HLS stream: the whole recording so far, and the live edge. */
export function hlsUrls(context: ViewContext, composition: CompositionRecord) {
  return {
    playbackHlsUrl: fileUrl(context, hlsFilePath(composition, "index.m3u8")),
    livestreamUrl: fileUrl(context, hlsFilePath(composition, "live.m3u8")),
  };
}

export function hlsView(context: ViewContext, composition: CompositionRecord) {
  return {
    id: composition.id,
    sessionId: composition.sessionId,
    roomId: composition.roomId,
    start: composition.start,
    end: composition.end,
    duration: seconds(composition.start, composition.end, context.nowMs),
    links: links(context, composition.roomId, composition.sessionId),
    ...hlsUrls(context, composition),
    mode: composition.config?.mode ?? ("video-and-audio" as const),
    quality: composition.config?.quality ?? ("med" as const),
    orientation: composition.config?.orientation ?? ("landscape" as const),
    captureLog: composition.captureLog ?? [],
    webhook: context.webhookSummary(composition.id),
  };
}

export function startedHlsView(context: ViewContext, composition: CompositionRecord) {
  const urls = hlsUrls(context, composition);
  return {
    sessionId: composition.sessionId,
    start: composition.start,
    roomId: composition.roomId,
    links: links(context, composition.roomId, composition.sessionId),
    downstreamUrl: urls.playbackHlsUrl,
    ...urls,
    id: composition.id,
  };
}

export function livestreamView(context: ViewContext, composition: CompositionRecord) {
  return {
    id: composition.id,
    sessionId: composition.sessionId,
    roomId: composition.roomId,
    outputs: composition.outputs ?? [],
    start: composition.start,
    end: composition.end,
    region: "sandbox",
    webhook: context.webhookSummary(composition.id),
    links: links(context, composition.roomId, composition.sessionId),
  };
}

/** The file of an individual recording: `.../<participantId>/[<kind>/]<id>.<ext>`, or an HLS folder for m3u8. */
export function individualFilePath(recording: IndividualRecordingRecord): string {
  const folder = `individual-recordings/${recording.sessionId}/${recording.participantId}${recording.mode === "track" ? `/${recording.kind}` : ""}`;
  if (recording.fileFormat === "m3u8") return `${folder}/${recording.id}/index.m3u8`;
  return `${folder}/${recording.id}.${recording.fileFormat}`;
}

export const isAudioKind = (kind: IndividualRecordingRecord["kind"]) => kind === "audio" || kind === "screen_audio";

export function individualRecordingView(
  context: ViewContext,
  recording: IndividualRecordingRecord,
  fileSize: (path: string) => number,
) {
  const ready = recording.phase === "stopped" && recording.fileId !== undefined;
  const filePath = individualFilePath(recording);
  const audio = isAudioKind(recording.kind);
  return {
    id: recording.id,
    roomId: recording.roomId,
    sessionId: recording.sessionId,
    participantId: recording.participantId,
    participantName: recording.participantName,
    kind: recording.kind,
    fileFormat: recording.fileFormat,
    mode: recording.mode,
    region: "sandbox",
    start: recording.start,
    end: recording.end,
    files: ready
      ? [
          {
            _id: recording.fileId!,
            userId: context.user.id,
            meta: {
              resolution: audio ? { width: 0, height: 0 } : { width: 640, height: 360 },
              format: recording.fileFormat,
              duration: seconds(recording.start, recording.end, context.nowMs),
            },
            filePath,
            fileUrl: fileUrl(context, filePath),
            type: audio ? "audio" : "video",
            size: fileSize(filePath),
            ratio: audio ? {} : { 360: 1 },
            __v: 0,
          },
        ]
      : [],
    webhook: context.webhookSummary(recording.id),
  };
}

export const mergeFilePath = (merge: MergeRecord) => `merge-recordings/${merge.sessionId}/${merge.id}.mp3`;

export function mergeView(context: ViewContext, merge: MergeRecord, fileSize: (path: string) => number) {
  const filePath = mergeFilePath(merge);
  const finishedAt = merge.end ?? merge.start;
  return {
    id: merge.id,
    channel1: merge.channel1,
    channel2: merge.channel2,
    status: merge.status,
    start: merge.start,
    end: merge.end,
    meetingId: merge.roomId,
    sessionId: merge.sessionId,
    ...(merge.status === "completed" && merge.fileId !== undefined
      ? {
          file: {
            id: merge.fileId,
            meta: { format: "mp3", duration: 1 },
            filePath,
            fileUrl: fileUrl(context, filePath),
            type: "audio",
            size: fileSize(filePath),
            ratio: { audio: 1 },
            userStorage: null,
            createdAt: finishedAt,
            updatedAt: finishedAt,
          },
        }
      : {}),
  };
}

// ---- transcriptions -----------------------------------------------------------------------------------------------

const transcriptionFilePath = (id: string, file: string) => `transcriptions/${id}/${file}`;

export function realtimeTranscriptionView(context: ViewContext, transcription: RealtimeTranscriptionRecord) {
  const done = transcription.status === "completed";
  return {
    id: transcription.id,
    status: transcription.status,
    extension: {
      enabled: true,
      provider: "videosdk",
      extensionConfig: { roomId: transcription.roomId, sessionId: transcription.sessionId },
    },
    ...(transcription.webhookUrl ? { webhookUrl: transcription.webhookUrl } : {}),
    ...(done
      ? {
          transcriptionFilePaths: {
            txt: fileUrl(context, transcriptionFilePath(transcription.id, "transcription.txt")),
          },
        }
      : {}),
    ...(done && transcription.summary
      ? { summarizedFilePaths: { txt: fileUrl(context, transcriptionFilePath(transcription.id, "summary.txt")) } }
      : {}),
    start: transcription.start,
    end: transcription.end,
  };
}

export function postTranscriptionView(context: ViewContext, transcription: PostTranscriptionRecord) {
  const file = (name: string) => fileUrl(context, transcriptionFilePath(transcription.id, name));
  return {
    id: transcription.id,
    status: transcription.status,
    roomId: transcription.roomId,
    sessionId: transcription.sessionId,
    recordingId: transcription.sourceId,
    filePath: fileUrl(context, transcription.sourcePath),
    transcriptionFilePaths: {
      json: file("transcription.json"),
      srt: file("transcription.srt"),
      txt: file("transcription.txt"),
      tsv: file("transcription.tsv"),
      vtt: file("transcription.vtt"),
    },
    ...(transcription.summary ? { summarizedFilePaths: { txt: file("summary.txt") } } : {}),
    start: transcription.start,
    end: transcription.end,
  };
}
