import { describe, expect, it } from "vitest";
import { expectValidResponse, mockClient } from "./support.js";

const vsdk = mockClient();
const SESSION = "621497578bea0d0404c35c4c";

describe("sessions (contract)", () => {
  it("sessions.list", async () => {
    const page = expectValidResponse("listSessions", await vsdk.sessions.list({ roomId: "abcd-efgh-ijkl" }));
    expect(page.data?.[0]?.status).toMatch(/^(ongoing|ended)$/);
  });

  it("sessions.get", async () => {
    const session = expectValidResponse("getSession", await vsdk.sessions.get(SESSION));
    expect(session.id).toBeTypeOf("string");
    expect(Array.isArray(session.participants)).toBe(true);
  });

  it("sessions.listParticipants", async () => {
    const page = expectValidResponse("listSessionParticipants", await vsdk.sessions.listParticipants(SESSION));
    expect(page.data?.participants?.[0]?.participantId).toBeTypeOf("string");
  });

  it("sessions.listActiveParticipants", async () => {
    const page = expectValidResponse(
      "listActiveSessionParticipants",
      await vsdk.sessions.listActiveParticipants(SESSION, { perPage: 20 }),
    );
    expect(page.data?.[0]?.participants?.[0]?.deviceInfo?.sdkType).toBeTypeOf("string");
    // Iteration yields the connected participants themselves, across the mock's pages.
    const participants = await vsdk.sessions.listActiveParticipants(SESSION, {}, { maxItems: 2 }).toArray();
    expect(participants.map((p) => p.participantId)).toEqual(
      page.data?.[0]?.participants?.slice(0, 2).map((p) => p.participantId),
    );
  });

  it("sessions.getParticipant", async () => {
    const participant = expectValidResponse(
      "getSessionParticipant",
      await vsdk.sessions.getParticipant(SESSION, "hasm43"),
    );
    expect(participant.participantId).toBe("hasm43");
    expect(participant.timelog?.[0]?.start).toBeTypeOf("string");
    // The concrete route keeps its own operation: `active` is not taken for a participant id.
    const active = await vsdk.sessions.listActiveParticipants(SESSION);
    expect(Array.isArray(active.data)).toBe(true);
  });

  it("sessions.end", async () => {
    const session = expectValidResponse("endSession", await vsdk.sessions.end({ roomId: "abcd-efgh-ijkl" }));
    expect(session.roomId).toBeTypeOf("string");
  });

  it("sessions.removeParticipant", async () => {
    const result = await vsdk.sessions.removeParticipant({ participantId: "fkd74h", roomId: "abcd-efgh-ijkl" });
    expectValidResponse("removeSessionParticipant", result);
    expect(result).toBeTruthy();
  });

  it("sessions.getStats", async () => {
    const stats = expectValidResponse("getSessionStats", await vsdk.sessions.getStats(SESSION));
    expect(stats.stats?.[0]?.qualityScore?.audio).toBeTypeOf("number");
  });

  it("sessions.getParticipantStats", async () => {
    const stats = expectValidResponse(
      "getSessionParticipantStats",
      await vsdk.sessions.getParticipantStats(SESSION, "fkd74h"),
    );
    expect(stats.participantId).toBeTypeOf("string");
  });
});
