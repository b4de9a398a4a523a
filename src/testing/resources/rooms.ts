/** Rooms: create (or find by customRoomId), list, get, validate, update and deactivate; and their views. */
import { ApiError } from "../api-error.js";
import type { HandlerRegistry } from "../handler-types.js";
import * as ids from "../ids.js";
import { newestFirst, paged, text } from "../lists.js";
import type { Simulator } from "../simulator.js";
import type { RoomRecord } from "../state.js";
import { links, type ViewContext } from "../views.js";

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

// ---- views ---------------------------------------------------------------------------------------------------------

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
