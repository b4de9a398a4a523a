/** Merge recordings: two channels of finished participant or track recordings made into one file. */

import type { RequestBody } from "../../facade.js";
import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { begin, type Lifecycle } from "../lifecycle.js";
import { findLast } from "../lists.js";
import { SIMULATED_FAILURE } from "../phases.js";
import type { Simulator } from "../simulator.js";
import type { MergeRecord } from "../state.js";
import { fileUrl, mergeFilePath, type ViewContext } from "../views.js";

/** The handlers of the merges operations. */
export function mergesHandlers(sim: Simulator) {
  const view = () => sim.context();
  const message = (operationId: string) => sim.message(operationId);
  return {
    // merge recordings
    createMergeRecording: ({ body }) => {
      const merge = startMerge(sim, body);
      return { message: message("createMergeRecording"), recording: mergeView(view(), merge, sim.fileSize) };
    },
    listMergeRecordings: ({ query }) => {
      const { pageInfo, items } = sim.listPage(sim.state.merges, query, ["sessionId", "status", "id"]);
      return { pageInfo, recordings: items.map((m) => mergeView(view(), m, sim.fileSize)) };
    },
    getMergeRecording: ({ params }) => {
      const merge = sim.state.merges.find((m) => m.id === params.mergeId);
      if (!merge) throw new ApiError(404, "Merge recording not found");
      return mergeView(view(), merge, sim.fileSize);
    },
  } satisfies Partial<HandlerRegistry>;
}

export function startMerge(sim: Simulator, body: RequestBody<"createMergeRecording">): MergeRecord {
  const session = sim.requireSession(body.sessionId);
  const resolve = (entries: { participantId: string; recordingId?: string; type?: string }[]) =>
    entries.map((entry) => {
      const mode = (entry.type ?? body.type) === "track" ? "track" : "participant";
      const candidates = sim.state.individualRecordings.filter(
        (r) =>
          r.sessionId === session.id &&
          r.participantId === entry.participantId &&
          !r.deleted &&
          (entry.recordingId !== undefined ? r.id === entry.recordingId : r.mode === mode),
      );
      const recording = findLast(candidates, (r) => r.phase === "stopped");
      if (!recording)
        throw new ApiError(
          400,
          entry.recordingId !== undefined
            ? `Recording ${entry.recordingId} of participant ${entry.participantId} is not a finished recording of this session`
            : `No finished ${mode} recording of participant ${entry.participantId} in this session`,
        );
      return { participantId: entry.participantId, recordingId: recording.id };
    });
  const channel1 = resolve(body.channel1);
  const channel2 = resolve(body.channel2);
  if (!channel1.length || !channel2.length)
    throw new ApiError(400, "channel1 and channel2 need at least one recording each");
  const merge: MergeRecord = {
    id: ids.uuid(),
    roomId: session.roomId,
    sessionId: session.id,
    channel1,
    channel2,
    status: "running",
    start: sim.now(),
    end: null,
    webhookUrl: body.webhookUrl,
  };
  sim.state.merges.push(merge);
  begin(sim, mergeLifecycle, merge, undefined, sim.takeFailure(session.roomId, "merge"));
  return merge;
}

/** running → completed (with its file) or failed, one step after it was asked for; a webhook at the end. */
export const mergeLifecycle: Lifecycle<MergeRecord> = {
  firstStep: "completed",
  enter(sim, merge, to) {
    if (merge.status !== "running" || (to !== "completed" && to !== "failed")) return undefined;
    merge.end = sim.now();
    const data = { id: merge.id, meetingId: merge.roomId, sessionId: merge.sessionId };
    const about = { webhookUrl: merge.webhookUrl, resourceId: merge.id };
    if (to === "failed") {
      merge.status = "failed";
      merge.message = SIMULATED_FAILURE;
      sim.emit("merge-recording-failed", { ...data, message: merge.message }, merge.roomId, about);
    } else {
      merge.status = "completed";
      merge.fileId = ids.objectId();
      sim.emit("merge-recording-completed", data, merge.roomId, about);
    }
    return undefined;
  },
};

// ---- views ---------------------------------------------------------------------------------------------------------

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
