/** Merge recordings: two channels of finished participant or track recordings made into one file. */

import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import type { Simulator } from "../simulator.js";
import { mergeView } from "../views.js";

/** The handlers of the merges operations. */
export function mergesHandlers(sim: Simulator) {
  const view = () => sim.context();
  const message = (operationId: string) => sim.message(operationId);
  return {
    // merge recordings
    createMergeRecording: ({ body }) => {
      const merge = sim.startMerge(body);
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
