import { describe, expect, it } from "vitest";
import { operations, webhookEvents } from "../../generated/operations.js";
import { operationKeys, spec } from "../support/spec.js";

// The API surface this project promises (rooms to transcription, plus the webhook public key). A lost or
// renamed endpoint fails here, not in a user's production.
const EXPECTED_OPERATIONS = [
  "POST /v2/rooms",
  "GET /v2/rooms",
  "GET /v2/rooms/{roomId}",
  "GET /v2/rooms/validate/{roomId}",
  "POST /v2/rooms/deactivate",
  "POST /v2/rooms/{roomId}",
  "GET /v2/sessions",
  "GET /v2/sessions/{sessionId}",
  "GET /v2/sessions/{sessionId}/participants",
  "GET /v2/sessions/{sessionId}/participants/active",
  "GET /v2/sessions/{sessionId}/participants/{participantId}",
  "POST /v2/sessions/end",
  "POST /v2/sessions/participants/remove",
  "GET /v2/sessions/{sessionId}/stats",
  "GET /v2/sessions/{sessionId}/participant/{participantId}/stats",
  "POST /v2/recordings/start",
  "POST /v2/recordings/end",
  "GET /v2/recordings",
  "GET /v2/recordings/{recordingId}",
  "DELETE /v2/recordings/{recordingId}",
  "POST /v2/recordings/participant/start",
  "POST /v2/recordings/participant/stop",
  "GET /v2/recordings/participant",
  "GET /v2/recordings/participant/{participantRecordingId}",
  "DELETE /v2/recordings/participant/{participantRecordingId}",
  "POST /v2/recordings/participant/track/start",
  "POST /v2/recordings/participant/track/stop",
  "GET /v2/recordings/participant/track",
  "GET /v2/recordings/participant/track/{trackRecordingId}",
  "DELETE /v2/recordings/participant/track/{trackRecordingId}",
  "POST /v2/recordings/participant/merge",
  "GET /v2/recordings/participant/merge",
  "GET /v2/recordings/participant/merge/{mergeId}",
  "POST /v2/livestreams/start",
  "POST /v2/livestreams/end",
  "GET /v2/livestreams",
  "GET /v2/livestreams/{livestreamId}",
  "POST /v2/hls/start",
  "POST /v2/hls/end",
  "GET /v2/hls",
  "GET /v2/hls/{hlsId}",
  "GET /v2/hls/{roomId}/active",
  "POST /v2/hls/capture",
  "DELETE /v2/hls/{hlsId}",
  "POST /ai/v1/realtime-transcriptions/start",
  "POST /ai/v1/realtime-transcriptions/end",
  "GET /ai/v1/realtime-transcriptions",
  "GET /ai/v1/realtime-transcriptions/{transcriptionId}",
  "GET /ai/v1/post-transcriptions",
  "GET /ai/v1/post-transcriptions/{transcriptionId}",
  "GET /v2/public/rsa-public-key",
];

// Every event VideoSDK documents (its 2025 list page, plus transcription-completed from its 2024 docs).
const EXPECTED_WEBHOOK_EVENTS = [
  "participant-joined",
  "participant-left",
  "session-started",
  "session-ended",
  "recording-starting",
  "recording-started",
  "recording-stopping",
  "recording-stopped",
  "recording-failed",
  "participant-recording-starting",
  "participant-recording-started",
  "participant-recording-stopping",
  "participant-recording-stopped",
  "participant-recording-failed",
  "participant-track-recording-starting",
  "participant-track-recording-started",
  "participant-track-recording-stopping",
  "participant-track-recording-stopped",
  "participant-track-recording-failed",
  "merge-recording-completed",
  "merge-recording-failed",
  "transcription-started",
  "transcription-stopped",
  "transcription-failed",
  "transcription-completed",
  "livestream-starting",
  "livestream-started",
  "livestream-stopping",
  "livestream-stopped",
  "livestream-failed",
  "hls-starting",
  "hls-started",
  "hls-playable",
  "hls-stopping",
  "hls-stopped",
  "hls-failed",
  "resource-acquired",
  "ai-deployment-session-starting",
  "ai-deployment-session-started",
  "ai-deployment-session-stopping",
  "ai-deployment-session-stopped",
  "ai-deployment-session-failed",
];

describe("inventory", () => {
  it("has exactly the promised operations", () => {
    expect([...operationKeys()].sort()).toEqual([...EXPECTED_OPERATIONS].sort());
  });

  it("has exactly the promised webhook events, each once", () => {
    expect([...webhookEvents].sort()).toEqual([...EXPECTED_WEBHOOK_EVENTS].sort());
  });

  it("keeps SIP out of scope", () => {
    expect(operationKeys().filter((key) => key.includes("/sip"))).toEqual([]);
  });

  it("lists every spec operation in the generated operation table", () => {
    const table = Object.values(operations).map((op) => `${op.method} ${op.path}`);
    expect(table.sort()).toEqual([...operationKeys()].sort());
  });

  it("documents the shared error statuses on every operation, with Retry-After on 429", () => {
    for (const item of Object.values(spec.paths as Record<string, Record<string, any>>)) {
      for (const op of Object.values(item)) {
        if (typeof op !== "object" || !op.operationId) continue;
        expect(Object.keys(op.responses), op.operationId).toEqual(
          expect.arrayContaining(["200", "400", "401", "402", "403", "404", "429", "500"]),
        );
        const tooMany = op.responses["429"].$ref
          ? spec.components.responses[op.responses["429"].$ref.split("/").pop()]
          : op.responses["429"];
        expect(tooMany.headers?.["Retry-After"], op.operationId).toBeDefined();
      }
    }
  });

  it("marks every list operation with a pagination layout and the page parameters", () => {
    const paged = Object.entries(operations).filter(([, op]) => op.pagination);
    expect(paged.length).toBeGreaterThanOrEqual(12);
    for (const [operationId, op] of paged) {
      const operation = spec.paths[op.path][op.method.toLowerCase()];
      const names = (operation.parameters as { $ref?: string; name?: string }[]).map(
        (p) => p.name ?? spec.components.parameters[p.$ref!.split("/").pop()!].name,
      );
      expect(names, operationId).toEqual(expect.arrayContaining(["page", "perPage"]));
    }
  });
});
