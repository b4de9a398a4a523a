/** HLS streams and RTMP livestreams: start, stop, list, get, the active stream and its thumbnails; their views. */
import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { MAX_IMAGE_SIDE } from "../media.js";
import type { Simulator } from "../simulator.js";
import type { CompositionRecord } from "../state.js";
import { fileUrl, hlsUrls, links, resolution, seconds, type ViewContext } from "../views.js";
import {
  deleteComposition,
  listCompositions,
  playableHls,
  requireComposition,
  startComposition,
  stopComposition,
} from "./compositions.js";

/** The handlers of the streams operations. */
export function streamsHandlers(sim: Simulator) {
  const view = () => sim.context();
  const message = (operationId: string) => sim.message(operationId);
  return {
    // RTMP livestreams
    startLivestream: ({ body }) => {
      startComposition(sim, "livestream", body.roomId, {
        outputs: body.outputs,
        config: body.config,
        transcription: body.transcription,
      });
      return message("startLivestream");
    },
    endLivestream: ({ body }) => {
      stopComposition(sim, "livestream", body.roomId, body.id);
      return message("endLivestream");
    },
    listLivestreams: ({ query }) => listCompositions(sim, "livestream", query, (c) => livestreamView(view(), c)),
    getLivestream: ({ params }) => livestreamView(view(), requireComposition(sim, "livestream", params.livestreamId!)),

    // HLS
    startHls: ({ body }) => {
      const transcription =
        body.transcription || body.summary
          ? { ...body.transcription, ...(body.summary ? { summary: body.summary } : {}) }
          : undefined;
      const composition = startComposition(sim, "hls", body.roomId, {
        webhookUrl: body.webhookUrl,
        transcription,
        config: body.config,
      });
      return startedHlsView(view(), composition);
    },
    endHls: ({ body }) => {
      stopComposition(sim, "hls", body.roomId, body.id);
      return message("endHls");
    },
    listHls: ({ query }) => listCompositions(sim, "hls", query, (c) => hlsView(view(), c)),
    getHls: ({ params }) => hlsView(view(), requireComposition(sim, "hls", params.hlsId!)),
    deleteHls: ({ params }) => {
      deleteComposition(sim, "hls", params.hlsId!);
      return message("deleteHls");
    },
    getActiveHls: ({ params }) => {
      const room = sim.requireRoom(params.roomId!);
      const active = playableHls(sim, room);
      if (!active) throw new ApiError(404, "No active HLS found for this room");
      return { code: 200, data: hlsView(view(), active) };
    },
    captureHlsThumbnail: ({ body }) => {
      const room = sim.requireRoom(body.roomId);
      const active = playableHls(sim, room);
      if (!active) throw new ApiError(400, "No active HLS found for this room");
      const format = (body.format ?? "jpg") as "jpg" | "png" | "webp";
      if (format === "webp" && body.time !== undefined)
        throw new ApiError(400, "webp works only for a real-time capture: leave out time, or ask for jpg or png");
      const size = resolution(active.config);
      const width = body.width ?? size.width;
      const height = body.height ?? size.height;
      if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE)
        throw new ApiError(400, `width and height must be at most ${MAX_IMAGE_SIDE}`);
      const createdAt = sim.now();
      const fileName = `${room.roomId}-${Date.parse(createdAt)}-${ids.participantId()}.${format}`;
      sim.state.thumbnails.push({ fileName, roomId: room.roomId, width, height, format, createdAt });
      const filePath = `thumbnail/${fileName}`;
      const url = fileUrl(view(), filePath);
      active.captureLog = [...(active.captureLog ?? []), { fileName, filePath: url, createdAt }];
      return {
        message: message("captureHlsThumbnail"),
        roomId: room.roomId,
        meta: { createdAt, width, height, format },
        filePath: url,
        fileSize: sim.fileSize(filePath),
        fileName,
      };
    },
  } satisfies Partial<HandlerRegistry>;
}

// ---- views ---------------------------------------------------------------------------------------------------------

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
