/**
 * The files the sandbox hands out, made on demand from the state: recordings, HLS folders (playlists, init section,
 * segments), individual recordings, merges, thumbnails, transcripts and chat exports. Nothing is stored.
 */
import { CONTENT_TYPES, hlsParts, hlsPlaylist, type MediaFile, mp3, mp4, thumbnail, webm } from "./media.js";
import type { Simulator } from "./simulator.js";
import { individualFilePath, isAudioKind, mergeFilePath, recordingFilePath } from "./views.js";

/** The file behind a `/_sandbox/files/...` path, while the thing it belongs to exists and is ready. */
export function fileOf(sim: Simulator, filePath: string): MediaFile | undefined {
  const parts = filePath.split("/");
  const [area] = parts;
  const name = parts.at(-1) ?? "";
  const id = name.replace(/\.[^.]+$/, "");
  switch (area) {
    case "recordings": {
      const composition = sim.state.compositions.find((c) => c.id === id && c.kind === "recording");
      if (
        !composition ||
        composition.deleted ||
        composition.phase !== "stopped" ||
        recordingFilePath(composition) !== filePath
      )
        return undefined;
      return composition.fileFormat === "webm"
        ? { contentType: CONTENT_TYPES.webm, body: webm() }
        : { contentType: CONTENT_TYPES.mp4, body: mp4() };
    }
    case "meetings-hls":
      return hlsFile(sim, parts[1] ?? "", parts.slice(2).join("/"));
    case "individual-recordings":
      return individualFile(sim, filePath);
    case "merge-recordings": {
      const merge = sim.state.merges.find((m) => m.id === id);
      if (merge?.status !== "completed" || mergeFilePath(merge) !== filePath) return undefined;
      return { contentType: CONTENT_TYPES.mp3, body: mp3() };
    }
    case "thumbnail": {
      const image = sim.state.thumbnails.find((t) => t.fileName === name);
      return image && parts.length === 2 ? thumbnail(image.format, image.width, image.height) : undefined;
    }
    case "transcriptions":
      return transcriptionFile(sim, parts[1] ?? "", parts.slice(2).join("/"));
    case "chats": {
      const session = sim.state.sessions.find((s) => `${s.id}.csv` === name);
      if (!session || parts.length !== 2) return undefined;
      const lines = ["timestamp,participantId,participantName,message"];
      for (const participant of session.participants)
        lines.push(
          `${participant.timelog[0]?.start ?? session.start},${participant.participantId},${csv(participant.name)},Hello from the sandbox`,
        );
      return { contentType: CONTENT_TYPES.csv, body: Buffer.from(`${lines.join("\n")}\n`) };
    }
    default:
      return undefined;
  }
}

function hlsFile(sim: Simulator, id: string, rest: string): MediaFile | undefined {
  const composition = sim.state.compositions.find((c) => c.id === id && c.kind === "hls");
  if (!composition || composition.deleted) return undefined;
  // Like a CDN: nothing to fetch before the stream is playable.
  if (!["playable", "stopping", "stopped"].includes(composition.phase)) return undefined;
  return hlsFolderFile(rest, {
    // One segment per second of playable stream (at most ten minutes' worth in the playlist).
    segments: Math.min(600, Math.max(1, Math.floor((sim.endMs(composition) - Date.parse(composition.start)) / 1000))),
    ended: composition.phase === "stopped",
  });
}

function individualFile(sim: Simulator, filePath: string): MediaFile | undefined {
  const recording = sim.state.individualRecordings.find(
    (r) =>
      filePath.startsWith(individualFilePath(r).replace(/(\/index\.m3u8|\.[^./]+)$/, "")) &&
      r.phase === "stopped" &&
      !r.deleted,
  );
  if (!recording) return undefined;
  const own = individualFilePath(recording);
  if (recording.fileFormat === "m3u8") {
    const folder = own.slice(0, -"index.m3u8".length);
    return filePath.startsWith(folder)
      ? hlsFolderFile(filePath.slice(folder.length), { segments: 1, ended: true })
      : undefined;
  }
  if (own !== filePath) return undefined;
  const audio = isAudioKind(recording.kind);
  switch (recording.fileFormat) {
    case "mp3":
      return { contentType: CONTENT_TYPES.mp3, body: mp3() };
    case "mp4":
      return { contentType: CONTENT_TYPES.mp4, body: mp4() };
    default:
      return { contentType: audio ? CONTENT_TYPES.webmAudio : CONTENT_TYPES.webm, body: webm(audio) };
  }
}

function transcriptionFile(sim: Simulator, id: string, name: string): MediaFile | undefined {
  const realtime = sim.state.realtimeTranscriptions.find((t) => t.id === id && t.status === "completed");
  const post = sim.state.postTranscriptions.find((t) => t.id === id && t.status === "completed");
  const source = realtime ?? post;
  if (!source) return undefined;
  const session = sim.state.sessions.find((s) => s.id === source.sessionId);
  const speakers = session?.participants.map((p) => p.name) ?? [];
  const lines = transcriptLines(speakers.length ? speakers : ["Speaker"]);
  const text = (body: string, type: string): MediaFile => ({ contentType: type, body: Buffer.from(body) });
  const summary = realtime ? realtime.summary : post?.summary;
  switch (name) {
    case "transcription.txt":
      return text(lines.map((l) => `${l.speaker}: ${l.text}`).join("\n") + "\n", CONTENT_TYPES.txt);
    case "summary.txt":
      return summary
        ? text(
            `Title: Sandbox meeting\nSpeakers: ${speakers.join(", ") || "Speaker"}\nSummary: A simulated conversation recorded by the VideoSDK sandbox.\n`,
            CONTENT_TYPES.txt,
          )
        : undefined;
  }
  if (!post) return undefined;
  switch (name) {
    case "transcription.json":
      return text(JSON.stringify({ transcript: lines }, null, 2), CONTENT_TYPES.json);
    case "transcription.srt":
      return text(
        lines
          .map((l, i) => `${i + 1}\n${srtTime(l.start)} --> ${srtTime(l.end)}\n${l.speaker}: ${l.text}\n`)
          .join("\n"),
        CONTENT_TYPES.srt,
      );
    case "transcription.vtt":
      return text(
        `WEBVTT\n\n${lines.map((l) => `${vttTime(l.start)} --> ${vttTime(l.end)}\n<v ${l.speaker}>${l.text}\n`).join("\n")}`,
        CONTENT_TYPES.vtt,
      );
    case "transcription.tsv":
      return text(
        `start\tend\tspeaker\ttext\n${lines.map((l) => `${l.start}\t${l.end}\t${l.speaker}\t${l.text}`).join("\n")}\n`,
        CONTENT_TYPES.tsv,
      );
    default:
      return undefined;
  }
}

function csv(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A file of an HLS folder: the DVR playlist, the live-edge playlist, the init section or a segment. */

function hlsFolderFile(name: string, options: { segments: number; ended: boolean }): MediaFile | undefined {
  if (name === "index.m3u8" || name === "live.m3u8")
    return {
      contentType: CONTENT_TYPES.m3u8,
      body: Buffer.from(hlsPlaylist({ ...options, live: name === "live.m3u8" })),
    };
  if (name === "init.mp4") return { contentType: CONTENT_TYPES.mp4, body: hlsParts().init };
  const segment = /^segment-(\d+)\.m4s$/.exec(name);
  if (segment && Number(segment[1]) < options.segments)
    return { contentType: CONTENT_TYPES.m4s, body: hlsParts().segment };
  return undefined;
}

function transcriptLines(speakers: string[]) {
  const sentences = [
    "Hello everyone, thanks for joining.",
    "This conversation is simulated by the VideoSDK sandbox.",
    "Let us go through the agenda.",
    "Sounds good to me.",
  ];
  return sentences.map((sentence, index) => ({
    speaker: speakers[index % speakers.length]!,
    start: index * 4,
    end: index * 4 + 3.5,
    text: sentence,
  }));
}

const pad = (value: number, width = 2) => String(Math.floor(value)).padStart(width, "0");

const clock = (seconds: number, separator: string) =>
  `${pad(seconds / 3600)}:${pad((seconds % 3600) / 60)}:${pad(seconds % 60)}${separator}${pad((seconds % 1) * 1000, 3)}`;

const srtTime = (seconds: number) => clock(seconds, ",");

const vttTime = (seconds: number) => clock(seconds, ".");
