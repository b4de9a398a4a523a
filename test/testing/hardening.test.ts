/**
 * What a hostile caller can do to a sandbox on loopback, and cannot any more: hang it with a webhook pattern, reset
 * or read it from a web page or through a rebound host name, crash an answer with a bad path, fill its memory through
 * a webhook listener's reply, or pass it an option it silently ignores.
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../src/index.js";
import { SandboxOptionsError, startSandbox } from "../../src/testing/index.js";
import { subscribed } from "../../src/testing/webhooks.js";
import { eventually, useSandbox } from "./support.js";

const FRONTEND = "http://localhost:5173";
const context = useSandbox({ controlOrigins: [FRONTEND], allowedHosts: ["sandbox.internal"] });

/** A raw request, so that `Host` and `Origin` can be anything (fetch sets its own). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const url = new URL(context.sandbox.baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers, setHost: headers.host === undefined },
      (incoming) => {
        let text = "";
        incoming.setEncoding("utf8");
        incoming.on("data", (chunk: string) => {
          text += chunk;
        });
        incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text }));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

describe("webhook event patterns", () => {
  it("matches a pattern of many stars at once, and the sandbox keeps answering", async () => {
    const hostile = "****************#";
    expect(subscribed([hostile], "participant-track-recording-stopped")).toBe(false);
    expect(subscribed(["**recording**-*ed"], "participant-recording-started")).toBe(true);
    expect(subscribed(["*-*-*-*-*"], "recording-stopped")).toBe(false);

    const { sandbox, vsdk, webhooks } = context;
    const room = await vsdk.rooms.create({ webhook: { endPoint: `${webhooks.url}/hostile`, events: [hostile] } });
    await sandbox.control.join(room.roomId, { participantId: "p" });
    const health = await fetch(`${sandbox.baseUrl}/_sandbox/health`);
    expect(health.status).toBe(200);
    expect(await sandbox.control.webhooks({ roomId: room.roomId })).toEqual([]);
  });

  it("refuses a pattern longer than the spec's bound", async () => {
    const { sandbox } = context;
    const answer = await fetch(`${sandbox.baseUrl}/v2/rooms`, {
      method: "POST",
      headers: { authorization: sandbox.token, "content-type": "application/json" },
      body: JSON.stringify({ webhook: { endPoint: "http://127.0.0.1:9/x", events: [`${"*".repeat(128)}#`] } }),
    });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { message: string }).message).toContain("events");
  });
});

describe("web pages and host names", () => {
  it("refuses a no-cors style reset (text/plain, no control header), and the state survives", async () => {
    const { sandbox, vsdk } = context;
    const room = await vsdk.rooms.create({});
    const answer = await raw("POST", "/_sandbox/reset", { "content-type": "text/plain;charset=UTF-8" }, "x");
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.text).message).toContain("x-sandbox-control");
    expect((await vsdk.rooms.get(room.roomId)).roomId).toBe(room.roomId);
    // The project's own client sends the header, and JSON bodies pass.
    await expect(sandbox.control.participants(room.roomId)).resolves.toEqual([]);
    const joined = await raw(
      "POST",
      `/_sandbox/rooms/${room.roomId}/participants`,
      { "content-type": "application/json" },
      "{}",
    );
    expect(joined.status).toBe(201);
  });

  it("refuses a Host that is not loopback nor allowed, on every route", async () => {
    for (const path of ["/_sandbox/health", "/v2/rooms", "/_sandbox/files/chats/x.csv"]) {
      const answer = await raw("GET", path, { host: "evil.example", authorization: context.sandbox.token });
      expect(answer.status, path).toBe(403);
      expect(JSON.parse(answer.text).message).toContain("evil.example");
    }
    for (const host of ["localhost:1234", "[::1]:80", "127.0.0.1", "sandbox.internal:4010"])
      expect((await raw("GET", "/_sandbox/health", { host })).status, host).toBe(200);
  });

  it("gives pages of unconfigured origins nothing from the control API, while the API routes stay open", async () => {
    const preflight = (path: string, origin: string) =>
      raw("OPTIONS", path, {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      });
    const evil = await preflight("/_sandbox/reset", "https://evil.example");
    expect(evil.headers["access-control-allow-origin"]).toBeUndefined();
    const read = await raw("GET", "/_sandbox/webhooks", { origin: "http://127.0.0.1:8080" });
    expect(read.status).toBe(403);
    expect(read.headers["access-control-allow-origin"]).toBeUndefined();

    const api = await preflight("/v2/rooms", "https://evil.example");
    expect(api.status).toBe(204);
    expect(api.headers["access-control-allow-origin"]).toBe("https://evil.example");
    const allowed = await preflight("/_sandbox/reset", FRONTEND);
    expect(allowed.status).toBe(204);
    expect(allowed.headers["access-control-allow-origin"]).toBe(FRONTEND);
    // The sandbox's own pages (same origin) may call it.
    const own = new URL(context.sandbox.baseUrl);
    expect((await raw("GET", "/_sandbox/webhooks", { origin: own.origin })).status).toBe(200);
  });
});

describe("malformed requests", () => {
  it("answers malformed percent-encoding with a 400 in the API's shape, not a sandbox bug", async () => {
    const { sandbox } = context;
    for (const path of ["/v2/rooms/%", "/v2/rooms/%E0%A4%A", "/_sandbox/rooms/%/participants"]) {
      const answer = await fetch(`${sandbox.baseUrl}${path}`, { headers: { authorization: sandbox.token } });
      expect(answer.status, path).toBe(400);
      const body = (await answer.json()) as { message: string };
      expect(body).toEqual({ message: expect.stringContaining("percent-encoding") });
    }
    expect(sandbox.violations()).toEqual([]);
  });
});

describe("webhook listeners", () => {
  let listener: Server;
  let written = 0;
  let closed: Promise<void>;

  beforeAll(async () => {
    // Answers 200 with an endless body, as fast as the sandbox reads it.
    listener = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { "content-type": "application/octet-stream" });
      const chunk = Buffer.alloc(64 * 1024, 1);
      closed = new Promise((resolve) => response.on("close", () => resolve()));
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) written += chunk.length;
      };
      response.on("drain", pump);
      pump();
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    listener.closeAllConnections();
    await new Promise((resolve) => listener.close(resolve));
  });

  it("reads a few KB of a listener's answer, not all of it", async () => {
    const { sandbox, vsdk } = context;
    const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/endless`;
    const room = await vsdk.rooms.create({ webhook: { endPoint: url, events: ["session-started"] } });
    await sandbox.control.join(room.roomId, { participantId: "p" });
    const delivery = await sandbox.control.waitForWebhook("session-started", {
      roomId: room.roomId,
      status: "delivered",
    });
    expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([200]);
    await closed;
    expect(written).toBeLessThan(16 * 1024 * 1024);
    expect(await eventually(() => (sandbox.violations().length === 0 ? true : undefined))).toBe(true);
  });
});

describe("startSandbox's options", () => {
  it("refuses an unknown option, naming it", async () => {
    const error = await startSandbox({ port: 0, processingMS: 5 } as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SandboxOptionsError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      field: "processingMS",
      message: expect.stringContaining('did you mean "processingMs"'),
    });
  });
});
