/** Rooms and sessions through the real client: state, paging, lookups, participants, and the session webhooks. */
import { describe, expect, it } from "vitest";
import { type APIError, NotFoundError } from "../../src/node/index.js";
import { rejectionOf } from "../support/rejection.js";
import { eventually, useSandbox } from "./support.js";

const context = useSandbox();

describe("rooms", () => {
  it("creates rooms with VideoSDK-shaped ids, lists them newest first with pageInfo, and finds them by either id", async () => {
    const { vsdk } = context;
    const first = await vsdk.rooms.create({});
    const second = await vsdk.rooms.create({ customRoomId: "team-standup" });
    expect(first.roomId).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect(first.id).toMatch(/^[0-9a-f]{24}$/);
    expect(second.customRoomId).toBe("team-standup");
    expect(first.userId).toBe(second.userId);

    // A customRoomId already used gives back the same room.
    expect((await vsdk.rooms.create({ customRoomId: "team-standup" })).roomId).toBe(second.roomId);

    const page = await vsdk.rooms.list({ perPage: 1 });
    expect(page.pageInfo).toEqual({ currentPage: 1, perPage: 1, lastPage: 2, total: 2 });
    expect(page.data?.map((room) => room.roomId)).toEqual([second.roomId]);
    const all: string[] = [];
    for await (const room of vsdk.rooms.list({ perPage: 1 })) all.push(room.roomId);
    expect(all).toEqual([second.roomId, first.roomId]);
    expect((await vsdk.rooms.list({ query: "team-standup" })).data?.map((room) => room.roomId)).toEqual([
      second.roomId,
    ]);

    const byCustomId = await vsdk.rooms.get("team-standup");
    expect(byCustomId.roomId).toBe(second.roomId);
    expect(byCustomId.user?.id).toBe(second.userId);
    expect((await vsdk.rooms.validate(first.roomId)).roomId).toBe(first.roomId);
    expect(await rejectionOf(vsdk.rooms.get("nope-nope-nope"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(vsdk.rooms.validate("nope-nope-nope"))).toBeInstanceOf(NotFoundError);
  });

  it("deactivates a room by its roomId only (402 for a customRoomId), ending its session", async () => {
    const { vsdk, sandbox } = context;
    const room = await vsdk.rooms.create({ customRoomId: "to-deactivate" });
    const { sessionId } = await sandbox.control.join(room.roomId);

    const refused = await rejectionOf<APIError>(vsdk.rooms.deactivate({ roomId: "to-deactivate" }));
    expect(refused.status).toBe(402);
    expect(refused).toBeInstanceOf(NotFoundError);

    const deactivated = await vsdk.rooms.deactivate({ roomId: room.roomId });
    expect(deactivated).toMatchObject({ disabled: true, meetingId: room.roomId, userMeetingId: "to-deactivate" });
    expect((await vsdk.rooms.get(room.roomId)).disabled).toBe(true);
    expect((await vsdk.sessions.get(sessionId)).status).toBe("ended");
    await expect(sandbox.control.join(room.roomId)).rejects.toMatchObject({ status: 409 });
  });

  it("enables and disables a room with the deprecated update", async () => {
    const { vsdk } = context;
    const room = await vsdk.rooms.create({});
    expect(await vsdk.rooms.update(room.roomId, { status: "disabled" })).toMatchObject({
      status: "disabled",
      roomId: room.roomId,
    });
    expect((await vsdk.rooms.get(room.roomId)).disabled).toBe(true);
    expect((await vsdk.rooms.update(room.roomId, { status: "enabled" })).status).toBe("enabled");
  });
});

describe("sessions", () => {
  it("starts with the first participant, pages participants, and ends with the last, with webhooks at each step", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const room = await vsdk.rooms.create({
      webhook: {
        endPoint: `${webhooks.url}/sessions`,
        events: ["session-*", "participant-joined", "participant-left"],
      },
    });
    const alice = await sandbox.control.join(room.roomId, { participantId: "alice", name: "Alice" });
    const bob = await sandbox.control.join(room.roomId, { participantId: "bob", name: "Bob" });
    expect(bob.sessionId).toBe(alice.sessionId);
    expect((await sandbox.control.participants(room.roomId)).map((p) => p.participantId)).toEqual(["alice", "bob"]);

    const session = await vsdk.sessions.get(alice.sessionId);
    expect(session).toMatchObject({ id: alice.sessionId, roomId: room.roomId, status: "ongoing", end: null });
    expect(session.participants?.map((p) => p.name)).toEqual(["Alice", "Bob"]);

    const ongoing = await vsdk.sessions.list({ roomId: room.roomId, status: "ongoing" });
    expect(ongoing.data?.map((s) => s.id)).toEqual([alice.sessionId]);

    const firstPage = await vsdk.sessions.listParticipants(alice.sessionId, { perPage: 1 });
    expect(firstPage.pageInfo).toMatchObject({ total: 2, lastPage: 2 });
    expect(firstPage.data.participants?.map((p) => p.participantId)).toEqual(["alice"]);
    const everyone: string[] = [];
    for await (const participant of vsdk.sessions.listParticipants(alice.sessionId, { perPage: 1 }))
      everyone.push(participant.participantId);
    expect(everyone).toEqual(["alice", "bob"]);

    expect(await vsdk.sessions.getParticipant(alice.sessionId, "bob")).toMatchObject({
      participantId: "bob",
      name: "Bob",
    });
    expect(await rejectionOf(vsdk.sessions.getParticipant(alice.sessionId, "carol"))).toBeInstanceOf(NotFoundError);

    const active = await vsdk.sessions.listActiveParticipants(alice.sessionId, {});
    expect(active.data[0]?.participants?.map((p) => p.participantId)).toEqual(["alice", "bob"]);

    const stats = await vsdk.sessions.getStats(alice.sessionId);
    expect(stats.stats?.length).toBeGreaterThan(0);
    expect(stats.stats?.[0]?.qualityScore?.audio).toBeGreaterThan(0);
    expect(await vsdk.sessions.getStats(alice.sessionId)).toEqual(stats);
    expect((await vsdk.sessions.getParticipantStats(alice.sessionId, "bob")).participantName).toBe("Bob");
    expect(await rejectionOf(vsdk.sessions.getParticipantStats(alice.sessionId, "carol"))).toBeInstanceOf(
      NotFoundError,
    );

    // The API removes Bob; Alice leaves through the control API: the session ends.
    const afterRemoval = await vsdk.sessions.removeParticipant({ roomId: room.roomId, participantId: "bob" });
    expect(typeof afterRemoval === "object" && afterRemoval.status).toBe("ongoing");
    expect(
      (await vsdk.sessions.listActiveParticipants(alice.sessionId, {})).data[0]?.participants?.map(
        (p) => p.participantId,
      ),
    ).toEqual(["alice"]);
    await sandbox.control.leave(room.roomId, "alice");
    const ended = await vsdk.sessions.get(alice.sessionId);
    expect(ended.status).toBe("ended");
    expect(ended.end).not.toBeNull();
    expect(ended.participants?.every((p) => p.timelog?.every((entry) => entry.end !== null))).toBe(true);

    await webhooks.waitFor(() => webhooks.types("/sessions").includes("session-ended"));
    expect(webhooks.types("/sessions")).toEqual([
      "session-started",
      "participant-joined",
      "participant-joined",
      "participant-left",
      "participant-left",
      "session-ended",
    ]);
    const joined = webhooks.received.find((r) => r.event.webhookType === "participant-joined")!.event;
    expect(joined.data).toEqual({
      meetingId: room.roomId,
      sessionId: alice.sessionId,
      participantId: "alice",
      participantName: "Alice",
    });
  });

  it("ends a session on request and starts a new one when someone joins again", async () => {
    const { vsdk, sandbox } = context;
    const room = await vsdk.rooms.create({});
    const first = await sandbox.control.join(room.roomId, { participantId: "x" });
    const ended = await vsdk.sessions.end({ roomId: room.roomId });
    expect(ended).toMatchObject({ id: first.sessionId, status: "ended" });
    expect(await sandbox.control.participants(room.roomId)).toEqual([]);
    const second = await sandbox.control.join(room.roomId, { participantId: "x" });
    expect(second.sessionId).not.toBe(first.sessionId);
    const sessions = await vsdk.sessions.list({ roomId: room.roomId });
    expect(sessions.data?.map((s) => s.id)).toEqual([second.sessionId, first.sessionId]);
    expect(await rejectionOf(vsdk.sessions.get("000000000000000000000000"))).toBeInstanceOf(NotFoundError);
    await eventually(async () => ((await vsdk.sessions.get(second.sessionId)).activeDuration ?? 0) > 0 || undefined);
  });
});
