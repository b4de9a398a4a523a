import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { newestFirst, paged, text } from "../lists.js";
import type { Simulator } from "../simulator.js";
import type { RoomRecord } from "../state.js";
import { deactivatedRoomView, roomView, updatedRoomView } from "../views.js";
import { endRoomSession } from "./sessions.js";

/** The handlers of the rooms operations. */
export function roomsHandlers(sim: Simulator) {
  const view = () => sim.context();
  return {
    // rooms
    createRoom: ({ body }) => {
      const existing =
        body.customRoomId !== undefined ? sim.state.rooms.find((r) => r.customRoomId === body.customRoomId) : undefined;
      if (existing) return roomView(view(), existing, "userId");
      const now = sim.now();
      const room: RoomRecord = {
        id: ids.objectId(),
        roomId: sim.newRoomId(),
        customRoomId: body.customRoomId ?? null,
        disabled: false,
        createdAt: now,
        updatedAt: now,
        webhook: body.webhook,
        autoCloseConfig: body.autoCloseConfig,
        autoStartConfig: body.autoStartConfig,
        multiComposition: body.multiComposition,
        geoFence: body.geoFence,
        allowedParticipantIds: body.allowedParticipantIds,
      };
      sim.state.rooms.push(room);
      return roomView(view(), room, "userId");
    },
    listRooms: ({ query }) => {
      const filter = text(query.query);
      const rooms = newestFirst(
        sim.state.rooms.filter((r) => filter === undefined || r.roomId === filter || r.customRoomId === filter),
        (r) => r.createdAt,
      );
      const { pageInfo, items } = paged(rooms, query);
      return { pageInfo, data: items.map((r) => roomView(view(), r, "user")) };
    },
    getRoom: ({ params }) => roomView(view(), sim.requireRoom(params.roomId!), "user"),
    validateRoom: ({ params }) => roomView(view(), sim.requireRoom(params.roomId!), "userId"),
    updateRoom: ({ params, body }) => {
      const room = sim.requireRoom(params.roomId!);
      const disabled = body.status === "disabled";
      if (room.disabled !== disabled) {
        room.disabled = disabled;
        room.updatedAt = sim.now();
        if (disabled) endRoomSession(sim, room);
      }
      return updatedRoomView(view(), room);
    },
    deactivateRoom: ({ body }) => {
      // Only the VideoSDK room id works here: a customRoomId gets 402, as VideoSDK's own server SDK documents.
      const room = sim.roomByRoomId(body.roomId);
      if (!room) throw new ApiError(402, "Room not found: deactivate takes the roomId, not a customRoomId");
      if (!room.disabled) {
        room.disabled = true;
        room.updatedAt = sim.now();
        endRoomSession(sim, room);
      }
      return deactivatedRoomView(view(), room);
    },
  } satisfies Partial<HandlerRegistry>;
}
