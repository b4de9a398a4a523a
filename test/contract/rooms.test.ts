import { describe, expect, it } from "vitest";
import { expectValidResponse, mockClient } from "./support.js";

const vsdk = mockClient();

describe("rooms (contract, through the client against the mock)", () => {
  it("rooms.create", async () => {
    const room = expectValidResponse(
      "createRoom",
      await vsdk.rooms.create({ customRoomId: "weekly-sync", autoCloseConfig: { type: "session-ends", duration: 60 } }),
    );
    expect(room.roomId).toMatch(/^\w+-\w+-\w+$/);
    expect(room.links?.get_room).toContain(room.roomId);
  });

  it("rooms.create with no body at all", async () => {
    expect((await vsdk.rooms.create()).disabled).toBe(false);
  });

  it("rooms.list", async () => {
    const page = expectValidResponse("listRooms", await vsdk.rooms.list({ perPage: 5 }));
    expect(page.pageInfo.currentPage).toBe(1);
    expect(page.data?.[0]?.user?.email).toBeTypeOf("string");
  });

  it("rooms.get", async () => {
    const room = expectValidResponse("getRoom", await vsdk.rooms.get("abcd-efgh-ijkl"));
    expect(room.roomId).toBeTypeOf("string");
    expect(room.user?.id).toBeTypeOf("string");
  });

  it("rooms.validate", async () => {
    const room = expectValidResponse("validateRoom", await vsdk.rooms.validate("abcd-efgh-ijkl"));
    expect(room.userId).toBeTypeOf("string");
  });

  it("rooms.deactivate", async () => {
    const room = expectValidResponse("deactivateRoom", await vsdk.rooms.deactivate({ roomId: "abcd-efgh-ijkl" }));
    expect(room.disabled).toBe(true);
    expect(room.meetingId).toBeTypeOf("string");
  });

  it("rooms.update (deprecated)", async () => {
    const room = expectValidResponse("updateRoom", await vsdk.rooms.update("abcd-efgh-ijkl", { status: "disabled" }));
    expect(room.status).toMatch(/^(enabled|disabled)$/);
  });
});
