/**
 * The control API (`/_sandbox`): participants, rejected requests kept apart from violations, the lifecycle
 * resources, webhook polling with `since`, reset; CORS, the file server, and startSandbox's own checks.
 */
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { ConfigurationError, VideoSDKError } from "../../src/index.js";
import {
  CONTROL_OPENAPI,
  createSandboxControl,
  SandboxError,
  SandboxOptionsError,
  startSandbox,
} from "../../src/testing/index.js";
import { spec } from "../support/spec.js";
import { download, eventually, useSandbox } from "./support.js";

const context = useSandbox();

describe("control API", () => {
  it("is described by a valid OpenAPI document, served at /_sandbox/openapi.json", async () => {
    const served = await (await fetch(`${context.sandbox.baseUrl}/_sandbox/openapi.json`)).json();
    expect(served).toEqual(JSON.parse(JSON.stringify(CONTROL_OPENAPI)));
    await expect(SwaggerParser.validate(structuredClone(served) as never)).resolves.toBeTruthy();
  });

  it("joins, lists and removes participants, with 404, 409 and 400 where they belong", async () => {
    const { vsdk, sandbox } = context;
    const room = await vsdk.rooms.create({ customRoomId: "control-room", allowedParticipantIds: ["ann", "ben"] });
    const joined = await sandbox.control.join("control-room", { participantId: "ann", name: "Ann" });
    expect(joined.sessionId).toMatch(/^[0-9a-f]{24}$/);
    expect(await sandbox.control.participants(room.roomId)).toEqual([
      { participantId: "ann", name: "Ann", sessionId: joined.sessionId, joinedAt: expect.any(String) },
    ]);
    await expect(sandbox.control.join(room.roomId, { participantId: "ann" })).rejects.toMatchObject({ status: 409 });
    await expect(sandbox.control.join(room.roomId, { participantId: "eve" })).rejects.toMatchObject({ status: 403 });
    await expect(sandbox.control.join("no-such-room")).rejects.toMatchObject({ status: 404 });
    await expect(sandbox.control.leave(room.roomId, "ben")).rejects.toMatchObject({ status: 404 });

    const invalid = await fetch(`${sandbox.baseUrl}/_sandbox/rooms/${room.roomId}/participants`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ participantId: 7, extra: true }),
    });
    expect(invalid.status).toBe(400);
    const { violations } = (await invalid.json()) as { violations: { path: string }[] };
    expect(violations.map((v) => v.path).sort()).toEqual(["body", "body.participantId"]);

    const failKind = await fetch(`${sandbox.baseUrl}/_sandbox/fail`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ roomId: room.roomId, kind: "everything" }),
    });
    expect(failKind.status).toBe(400);

    await sandbox.control.leave(room.roomId, "ann");
    expect(await sandbox.control.participants(room.roomId)).toEqual([]);
    expect((await fetch(`${sandbox.baseUrl}/_sandbox/nothing`)).status).toBe(404);
  });

  it("resets everything, the violations and the rejected requests included", async () => {
    // getRoom's answer needs a field the sandbox never sends: a violation on demand.
    const broken = structuredClone(spec);
    broken.paths["/v2/rooms/{roomId}"].get.responses["200"].content["application/json"].schema = {
      type: "object",
      required: ["fieldTheSandboxNeverSends"],
    };
    const sandbox = await startSandbox({ port: 0, spec: broken });
    try {
      const control = createSandboxControl(`${sandbox.baseUrl}/ignored/path`);
      const headers = { authorization: sandbox.token, "content-type": "application/json" };
      const room = (await (
        await fetch(`${sandbox.baseUrl}/v2/rooms`, { method: "POST", headers, body: "{}" })
      ).json()) as { roomId: string };
      await control.join(room.roomId);
      expect((await fetch(`${sandbox.baseUrl}/v2/rooms/${room.roomId}`, { headers })).status).toBe(500);
      expect((await fetch(`${sandbox.baseUrl}/v2/rooms?perPage=lots`, { headers })).status).toBe(400);
      expect(await control.violations()).toHaveLength(1);
      expect(await control.rejectedRequests()).toHaveLength(1);
      const { clearedAt } = await (await fetch(`${sandbox.baseUrl}/_sandbox/webhooks`)).json();
      await control.reset();
      expect((await (await fetch(`${sandbox.baseUrl}/v2/rooms`, { headers })).json()).pageInfo.total).toBe(0);
      expect(await control.webhooks()).toEqual([]);
      expect(await control.violations()).toEqual([]);
      expect(sandbox.violations()).toEqual([]);
      expect(await control.rejectedRequests()).toEqual([]);
      expect(await control.resources()).toEqual([]);
      // A client polling the deliveries with `since` sees that the list was emptied.
      const after = await (await fetch(`${sandbox.baseUrl}/_sandbox/webhooks`)).json();
      expect(Date.parse(after.clearedAt)).toBeGreaterThan(Date.parse(clearedAt));
    } finally {
      await sandbox.stop();
    }
    await expect(createSandboxControl(sandbox.baseUrl).participants("x")).rejects.toBeInstanceOf(SandboxError);
    expect(() => createSandboxControl("not a url")).toThrow(SandboxError);
  });

  it("fails with a SandboxError, a VideoSDKError carrying the sandbox's status, or 0 and the cause when none came", async () => {
    const { sandbox } = context;
    const refused = await createSandboxControl(sandbox.baseUrl)
      .participants("no-such-room")
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(SandboxError);
    expect(refused).toBeInstanceOf(VideoSDKError);
    expect(refused).toMatchObject({ name: "SandboxError", status: 404 });

    const stopped = await startSandbox({ port: 0 });
    await stopped.stop();
    const unanswered = await createSandboxControl(stopped.baseUrl)
      .participants("x")
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(unanswered).toBeInstanceOf(VideoSDKError);
    expect(unanswered).toMatchObject({ name: "SandboxError", status: 0 });
    expect((unanswered as Error).message).toContain(`the sandbox at ${stopped.baseUrl} did not answer`);
    expect((unanswered as Error).cause).toBeInstanceOf(Error);
  });
});

describe("rejected requests", () => {
  const send = (method: string, path: string, body?: string) =>
    fetch(context.sandbox.baseUrl + path, {
      method,
      headers: { authorization: context.sandbox.token, "content-type": "application/json" },
      body: body ?? null,
    });

  it("are kept apart from the answers that broke the spec, with their operation and problems, without body or token", async () => {
    const { sandbox } = context;
    const secret = "the-body-stays-private";
    expect((await send("POST", "/v2/recordings/start", JSON.stringify({ note: secret }))).status).toBe(400);
    expect((await send("POST", "/v2/rooms", `{"customRoomId": "${secret}"`)).status).toBe(400);
    expect((await send("GET", "/v2/no-such-thing")).status).toBe(404);
    expect((await send("DELETE", "/v2/rooms")).status).toBe(405);
    expect((await send("POST", "/_sandbox/fail", JSON.stringify({ roomId: "r", kind: "all" }))).status).toBe(400);

    const requests = (await sandbox.control.rejectedRequests()).slice(-5);
    expect(requests).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(String),
        method: "POST",
        path: "/v2/recordings/start",
        operationId: "startRecording",
        status: 400,
        problems: expect.arrayContaining([expect.objectContaining({ path: "body.roomId" })]),
      },
      expect.objectContaining({
        path: "/v2/rooms",
        operationId: "createRoom",
        status: 400,
        problems: [{ path: "body", message: expect.stringMatching(/^not valid JSON/) }],
      }),
      expect.objectContaining({ method: "GET", path: "/v2/no-such-thing", status: 404 }),
      expect.objectContaining({ method: "DELETE", path: "/v2/rooms", status: 405 }),
      expect.objectContaining({ path: "/_sandbox/fail", operationId: "fail", status: 400 }),
    ]);
    expect(requests[2]).not.toHaveProperty("operationId");
    expect(requests.map((r) => r.id)).toEqual([...requests.map((r) => r.id)].sort((a, b) => a - b));
    const text = JSON.stringify(requests);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(sandbox.token);
    // The client's mistakes are not the sandbox's bugs: the answers were all in contract.
    expect(await sandbox.control.violations()).toEqual([]);
    expect(sandbox.violations()).toEqual([]);
    const listed = await (await fetch(`${sandbox.baseUrl}/_sandbox/violations`)).json();
    expect(listed).toEqual({ violations: [], requests: expect.any(Array) });
  });

  it("keep only the last 200", async () => {
    const { sandbox } = context;
    const before = (await sandbox.control.rejectedRequests()).at(-1)?.id ?? 0;
    for (let i = 0; i < 205; i += 5) await Promise.all([0, 1, 2, 3, 4].map((j) => send("GET", `/v2/nothing-${i + j}`)));
    const requests = await sandbox.control.rejectedRequests();
    expect(requests).toHaveLength(200);
    expect(requests.at(-1)!.id).toBe(before + 205);
    expect(requests[0]!.id).toBe(before + 6);
  });
});

describe("lifecycle resources", () => {
  it("lists what runs with its phase, a failure without any webhook endpoint included", async () => {
    const { vsdk, sandbox } = context;
    const room = await vsdk.rooms.create({ customRoomId: "resources-room" });
    const { sessionId } = await sandbox.control.join(room.roomId, { participantId: "ann" });
    await vsdk.recordings.start({ roomId: room.roomId });
    await vsdk.participantRecordings.start({ roomId: room.roomId, participantId: "ann" });
    const starting = await sandbox.control.resources({ roomId: "resources-room" });
    expect(starting.map((r) => r.kind)).toEqual(["participantRecording", "recording"]);
    expect(starting[0]).toMatchObject({ roomId: room.roomId, sessionId, participantId: "ann", failed: false });
    // Each is starting, with its step to started due, or has started already (processingMs is short).
    for (const resource of starting)
      expect(resource).toSatisfy(
        (r: typeof resource) => (r.phase === "starting" && r.next?.phase === "started") || r.phase === "started",
      );

    const recording = await eventually(async () => {
      const [found] = await sandbox.control.resources({ roomId: room.roomId, kind: "recording" });
      return found?.phase === "started" ? found : undefined;
    });
    expect(recording).not.toHaveProperty("next");
    expect(await sandbox.control.fail(room.roomId, "recording")).toBe("running");
    const [failed] = await sandbox.control.resources({ roomId: room.roomId, kind: "recording" });
    expect(failed).toMatchObject({ id: recording.id, phase: "failed", failed: true });
    expect(Date.parse(failed!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(recording.updatedAt));
    // The API's own view of it has no phase: only that it ended without a file.
    expect((await vsdk.recordings.get(recording.id)).file ?? null).toBeNull();

    expect(await sandbox.control.resources({ roomId: room.roomId, limit: 1 })).toHaveLength(1);
    expect(await sandbox.control.resources({ roomId: "no-such-room" })).toEqual([]);
    for (const query of ["kind=everything", "limit=0", "limit=1001"])
      expect((await fetch(`${sandbox.baseUrl}/_sandbox/resources?${query}`)).status).toBe(400);
  });
});

describe("webhook polling", () => {
  it("sends with `since` only the deliveries created or changed since then", async () => {
    const { vsdk, sandbox, webhooks } = context;
    const room = await vsdk.rooms.create({ webhook: { endPoint: `${webhooks.url}/since`, events: ["session-*"] } });
    await sandbox.control.join(room.roomId);
    const first = await sandbox.control.waitForWebhook("session-started", { roomId: room.roomId, status: "delivered" });
    const cursor = first.updatedAt;
    expect(cursor >= first.attempts[0]!.at).toBe(true);
    // At the cursor: the newest again, so that a change in the same millisecond is not missed.
    expect((await sandbox.control.webhooks({ since: cursor })).map((d) => d.id)).toContain(first.id);

    await eventually(() => (Date.now() > Date.parse(cursor) ? true : undefined));
    await vsdk.sessions.end({ roomId: room.roomId });
    const ended = await sandbox.control.waitForWebhook("session-ended", { roomId: room.roomId, status: "delivered" });
    const since = await sandbox.control.webhooks({ roomId: room.roomId, since: new Date(Date.parse(cursor) + 1) });
    expect(since.map((d) => d.id)).toEqual([ended.id]);
    expect(since[0]!.updatedAt > cursor).toBe(true);
    expect(await sandbox.control.webhooks({ since: "2999-01-01T00:00:00Z" })).toEqual([]);
    expect((await fetch(`${sandbox.baseUrl}/_sandbox/webhooks?since=yesterday`)).status).toBe(400);
  });
});

describe("CORS and files", () => {
  it("answers preflights and exposes its headers to any origin", async () => {
    const { sandbox } = context;
    const preflight = await fetch(`${sandbox.baseUrl}/v2/rooms`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization,content-type");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    const answer = await fetch(`${sandbox.baseUrl}/v2/rooms`, {
      headers: { origin: "http://localhost:5173", authorization: sandbox.token },
    });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(answer.headers.get("access-control-expose-headers")).toContain("x-request-id");
    expect(answer.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves byte ranges of a file, and 404 for files that do not exist", async () => {
    const { vsdk, sandbox } = context;
    const room = await vsdk.rooms.create({});
    await sandbox.control.join(room.roomId);
    await vsdk.recordings.start({ roomId: room.roomId });
    await vsdk.sessions.end({ roomId: room.roomId });
    const { fileUrl, size } = await (async () => {
      for (;;) {
        const [recording] = (await vsdk.recordings.list({ roomId: room.roomId })).data!;
        if (recording?.file) return recording.file;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const whole = await download(fileUrl!);
    const part = await fetch(fileUrl!, { headers: { range: "bytes=4-11" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 4-11/${size}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.bytes.subarray(4, 12));
    expect((await fetch(fileUrl!, { headers: { range: `bytes=${size}-` } })).status).toBe(416);
    expect((await fetch(fileUrl!, { method: "HEAD" })).headers.get("content-length")).toBe(String(size));
    expect((await fetch(fileUrl!, { method: "DELETE" })).status).toBe(405);
    expect((await download(`${sandbox.baseUrl}/_sandbox/files/recordings/x/y.mp4`)).status).toBe(404);
    expect((await download(`${sandbox.baseUrl}/_sandbox/files/%E0%A4%A`)).status).toBe(404);
  });
});

describe("startSandbox", () => {
  it.each([
    [{ port: -1 }, "port"],
    [{ port: 1.5 }, "port"],
    [{ processingMs: Number.NaN }, "processingMs"],
    [{ apiKey: "" }, "apiKey"],
    [{ secret: 42 }, "secret"],
    [{ publicUrl: "nope" }, "publicUrl"],
    [{ webhookSigningKey: "not a key" }, "webhookSigningKey"],
    [{ allowWebhookHosts: "example.com" }, "allowWebhookHosts"],
  ])("refuses %j with a SandboxOptionsError naming the option", async (options, field) => {
    const error = await startSandbox(options as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SandboxOptionsError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toBeInstanceOf(VideoSDKError);
    expect((error as SandboxOptionsError).name).toBe("SandboxOptionsError");
    expect((error as SandboxOptionsError).field).toBe(field);
    expect((error as Error).message).toContain(field);
  });

  it("reports a taken port in one sentence, as a ConfigurationError naming port", async () => {
    const taken = context.sandbox.port;
    const error = await startSandbox({ port: taken }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ name: "SandboxOptionsError", field: "port" });
    expect((error as Error).message).toMatch(new RegExp(`^port ${taken} on 127.0.0.1 is in use`));
  });

  it("starts several sandboxes in parallel, each with its own state", async () => {
    const sandboxes = await Promise.all([1, 2, 3].map(() => startSandbox({ port: 0 })));
    try {
      expect(new Set(sandboxes.map((s) => s.port)).size).toBe(3);
      const headers = { authorization: sandboxes[0]!.token, "content-type": "application/json" };
      await fetch(`${sandboxes[0]!.baseUrl}/v2/rooms`, { method: "POST", headers, body: "{}" });
      const totals = await Promise.all(
        sandboxes.map(
          async (s) =>
            ((await (await fetch(`${s.baseUrl}/v2/rooms`, { headers })).json()) as { pageInfo: { total: number } })
              .pageInfo.total,
        ),
      );
      expect(totals).toEqual([1, 0, 0]);
    } finally {
      await Promise.all(sandboxes.map((s) => s.stop()));
    }
  });
});
