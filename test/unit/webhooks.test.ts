/** Webhooks: verification of every spec example, each failure reason, the handler, the Node adapter, key rotation. */
import { createSign, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createMemoryDedupe,
  createVideoSDK,
  createWebhookHandler,
  createWebhookTestSigner,
  createWebhookVerifier,
  InternalServerError,
  InvalidRequestError,
  isKnownWebhookEvent,
  verifyWebhook,
  type WebhookEvent,
  type WebhookTestSigner,
  WebhookVerificationError,
  type WebhookVerificationReason,
  webhookEvents,
} from "../../src/index.js";
import {
  createVideoSDK as createNodeVideoSDK,
  type NodeWebhookListener,
  RawBodyRequiredError,
  toNodeListener,
} from "../../src/node/index.js";
import { json, startServer, type TestServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";
import { spec } from "../support/spec.js";

const devPrivateKey = readFileSync(
  new URL("../../scripts/dev-keys/webhook-signing-dev-private.pem", import.meta.url),
  "utf8",
);
const devPublicKey = readFileSync(
  new URL("../../scripts/dev-keys/webhook-signing-dev-public.pem", import.meta.url),
  "utf8",
);

let signer: WebhookTestSigner;
let otherSigner: WebhookTestSigner;
beforeAll(async () => {
  [signer, otherSigner] = await Promise.all([createWebhookTestSigner(), createWebhookTestSigner()]);
});

const recordingStopped = {
  webhookType: "recording-stopped",
  data: {
    meetingId: "jvsg-8rjn-j304",
    sessionId: "613731342f27f56e4fc4b6d0",
    filePath: "/encoded/videos/62d148951a1eb20029fc9b05.mp4",
    fileUrl: "https://cdn.videosdk.live/encoded/videos/62d148951a1eb20029fc9b05.mp4",
  },
} as const;

async function reasonOf(promise: Promise<unknown>): Promise<WebhookVerificationReason> {
  const error = await rejectionOf<WebhookVerificationError>(promise);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return error.reason;
}

const webhookItems = Object.entries(spec.webhooks as Record<string, any>);

describe("every webhook example of the spec", () => {
  it("covers every event of the operation table", () => {
    expect(webhookItems.map(([name]) => name).sort()).toEqual([...webhookEvents].sort());
    expect(webhookEvents).toHaveLength(42);
  });

  const cases = webhookItems.flatMap(([event, item]) =>
    Object.entries(
      item.post.requestBody.content["application/json"].examples as Record<string, { value: unknown }>,
    ).map(([name, example]) => [event, name, example.value] as const),
  );

  it.each(cases)("%s (%s) verifies and parses to its type", async (event, _name, value) => {
    const signed = await signer.sign(value as object);
    const parsed = await verifyWebhook(signed.body, signed.signature, signer.publicKeyPem);
    expect(parsed.webhookType).toBe(event);
    expect(isKnownWebhookEvent(parsed)).toBe(true);
    expect(parsed).toEqual(value);
  });
});

describe("verifyWebhook", () => {
  it("accepts signatures made by node:crypto with the development key", async () => {
    const body = JSON.stringify(recordingStopped);
    const signature = createSign("RSA-SHA256").update(body).sign(devPrivateKey, "base64");
    const event = await verifyWebhook(body, signature, devPublicKey);
    expect(event.webhookType).toBe("recording-stopped");
  });

  it("signs, with the development key, what the development public key verifies", async () => {
    const dev = await createWebhookTestSigner({ privateKeyPem: devPrivateKey });
    expect(dev.publicKeyPem.trim()).toBe(devPublicKey.trim());
  });

  it("verifies string, Uint8Array, Buffer slice and ArrayBuffer bodies alike, in UTF-8", async () => {
    const value = {
      webhookType: "participant-joined",
      data: { meetingId: "m", sessionId: "s", participantId: "p", participantName: "Zoë 🎥" },
    };
    const signed = await signer.sign(value);
    const bytes = new TextEncoder().encode(signed.body);
    const inLargerBuffer = Buffer.concat([Buffer.from("xxxx"), Buffer.from(bytes), Buffer.from("yy")]).subarray(
      4,
      4 + bytes.length,
    );
    for (const body of [signed.body, bytes, inLargerBuffer, bytes.slice().buffer]) {
      expect(await verifyWebhook(body, signed.signature, signer.publicKeyPem)).toEqual(value);
    }
    expect(inLargerBuffer.byteOffset).toBeGreaterThan(0);
  });

  it("takes an imported CryptoKey, and PEMs with literal \\n from environment variables", async () => {
    const signed = await signer.sign(recordingStopped);
    const key = await crypto.subtle.importKey(
      "spki",
      Buffer.from(signer.publicKeyPem.replace(/-----[^-]+-----|\s/g, ""), "base64"),
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["verify"],
    );
    expect(await verifyWebhook(signed.body, signed.signature, key)).toEqual(recordingStopped);
    const escaped = signer.publicKeyPem.replace(/\n/g, "\\n");
    expect(await verifyWebhook(signed.body, signed.signature, escaped)).toEqual(recordingStopped);
  });

  it("rejects a tampered body", async () => {
    const signed = await signer.sign(recordingStopped);
    const tampered = signed.body.replace("62d148951a1eb20029fc9b05.mp4", "62d148951a1eb20029fc9b06.mp4");
    expect(tampered).not.toBe(signed.body);
    expect(await reasonOf(verifyWebhook(tampered, signed.signature, signer.publicKeyPem))).toBe("bad_signature");
    // one byte of whitespace is enough: the bytes are signed, not the JSON value
    expect(await reasonOf(verifyWebhook(signed.body + " ", signed.signature, signer.publicKeyPem))).toBe(
      "bad_signature",
    );
  });

  it("rejects a signature made with another key", async () => {
    const signed = await otherSigner.sign(recordingStopped);
    expect(await reasonOf(verifyWebhook(signed.body, signed.signature, signer.publicKeyPem))).toBe("bad_signature");
  });

  it("rejects a missing signature", async () => {
    const signed = await signer.sign(recordingStopped);
    for (const missing of [null, undefined, "", "  "]) {
      expect(await reasonOf(verifyWebhook(signed.body, missing, signer.publicKeyPem))).toBe("missing_signature");
    }
  });

  it("rejects a signature that is not base64, or not as long as the key's signatures", async () => {
    const signed = await signer.sign(recordingStopped);
    for (const malformed of [
      "not a signature!",
      "abcde",
      "%%%%",
      signed.signature.slice(0, 40),
      signed.signature + signed.signature,
    ]) {
      expect(await reasonOf(verifyWebhook(signed.body, malformed, signer.publicKeyPem))).toBe("malformed_signature");
    }
  });

  it("never quotes the body or the signature in its messages", async () => {
    const secretish = {
      webhookType: "recording-stopped",
      data: { fileUrl: "https://example.com/private-token-placeholder" },
    };
    const signed = await otherSigner.sign(secretish);
    const error = await verifyWebhook(signed.body, signed.signature, signer.publicKeyPem).catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain("private-token-placeholder");
    expect(String((error as Error).message)).not.toContain(signed.signature.slice(0, 20));
  });

  it("rejects a correctly signed body that is not JSON", async () => {
    const signed = await signer.sign("webhookType=recording-stopped");
    expect(await reasonOf(verifyWebhook(signed.body, signed.signature, signer.publicKeyPem))).toBe("invalid_json");
    const invalidUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    const signature = createSign("RSA-SHA256").update(invalidUtf8).sign(devPrivateKey, "base64");
    expect(await reasonOf(verifyWebhook(invalidUtf8, signature, devPublicKey))).toBe("invalid_json");
  });

  it("rejects JSON that is not {webhookType, data}", async () => {
    for (const body of [
      [],
      null,
      42,
      { webhookType: "recording-stopped" },
      { webhookType: 7, data: {} },
      { webhookType: "recording-stopped", data: [] },
    ]) {
      const signed = await signer.sign(JSON.stringify(body));
      expect(await reasonOf(verifyWebhook(signed.body, signed.signature, signer.publicKeyPem))).toBe("invalid_payload");
    }
  });

  it("rejects unknown events unless allowUnknownEvents", async () => {
    const value = { webhookType: "meeting-teleported", data: { meetingId: "m" } };
    const signed = await signer.sign(value);
    expect(await reasonOf(verifyWebhook(signed.body, signed.signature, signer.publicKeyPem))).toBe("unknown_event");
    const event = await verifyWebhook(signed.body, signed.signature, signer.publicKeyPem, { allowUnknownEvents: true });
    expect(event).toEqual(value);
    expect(isKnownWebhookEvent(event)).toBe(false);
  });

  it("checks the signature before it looks at the body", async () => {
    const signed = await otherSigner.sign("not json");
    expect(await reasonOf(verifyWebhook(signed.body, signed.signature, signer.publicKeyPem))).toBe("bad_signature");
  });

  it("rejects keys that cannot verify, without quoting them", async () => {
    const signed = await signer.sign(recordingStopped);
    const pkcs1 = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({
      type: "pkcs1",
      format: "pem",
    }) as string;
    const psKey = (
      await crypto.subtle.generateKey(
        { name: "RSA-PSS", hash: "SHA-256", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
        false,
        ["sign", "verify"],
      )
    ).publicKey;
    const badKeys: [unknown, RegExp][] = [
      ["not a key", /not PEM/],
      [devPrivateKey, /expected a PUBLIC KEY PEM, got PRIVATE KEY/],
      [pkcs1, /PKCS#1.*SPKI/],
      ["-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", /not an RSA SPKI key/],
      [psKey, /RSASSA-PKCS1-v1_5 SHA-256/],
      [{}, /PEM string or a CryptoKey/],
    ];
    for (const [key, message] of badKeys) {
      const error = await verifyWebhook(signed.body, signed.signature, key as string).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect((error as WebhookVerificationError).reason).toBe("invalid_key");
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain(devPrivateKey.split("\n")[1]!);
    }
  });

  it("refuses a parsed object instead of the raw body", async () => {
    const signed = await signer.sign(recordingStopped);
    await expect(verifyWebhook(JSON.parse(signed.body), signed.signature, signer.publicKeyPem)).rejects.toThrow(
      InvalidRequestError,
    );
    await expect(verifyWebhook(JSON.parse(signed.body), signed.signature, signer.publicKeyPem)).rejects.toThrow(
      /raw request body/,
    );
  });
});

// ---- the handler ----------------------------------------------------------------------------------------

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/hook", { method: "POST", body, headers });
}

describe("createWebhookHandler", () => {
  it("routes each event to its listeners, then to onAny", async () => {
    const calls: string[] = [];
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem })
      .on("recording-stopped", (event) => void calls.push(`stopped:${event.data.fileUrl}`))
      .on("hls-started", (event) => void calls.push(`hls:${event.data.playbackHlsUrl}`))
      .on("recording-stopped", async (event) => void calls.push(`stopped again:${event.data.sessionId}`))
      .onAny((event) => void calls.push(`any:${event.webhookType}`));

    const signed = await signer.sign(recordingStopped);
    const response = await handler.handle(post(signed.body, signed.headers));
    expect(response.status).toBe(200);
    expect(calls).toEqual([
      `stopped:${recordingStopped.data.fileUrl}`,
      `stopped again:${recordingStopped.data.sessionId}`,
      "any:recording-stopped",
    ]);

    calls.length = 0;
    const other = await signer.sign({
      webhookType: "session-ended",
      data: { sessionId: "s", meetingId: "m", start: "a", end: "b" },
    });
    expect((await handler.handle(post(other.body, other.headers))).status).toBe(200);
    expect(calls).toEqual(["any:session-ended"]);
  });

  it("answers 405 to anything but POST", async () => {
    const listener = vi.fn();
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem }).onAny(listener);
    for (const method of ["GET", "PUT", "DELETE"]) {
      const response = await handler.handle(new Request("http://localhost/hook", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
    }
    expect(listener).not.toHaveBeenCalled();
  });

  it("answers 401 or 400 with the reason, without echoing the body, and runs no listener", async () => {
    const listener = vi.fn();
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem }).onAny(listener);
    const signed = await signer.sign(recordingStopped);
    const forged = await otherSigner.sign(recordingStopped);
    const notJson = await signer.sign("hello");
    const unknown = await signer.sign({ webhookType: "meeting-teleported", data: {} });
    const cases: [Request, number, string][] = [
      [post(signed.body), 401, "missing_signature"],
      [post(signed.body, { "videosdk-signature": "###" }), 401, "malformed_signature"],
      [post(forged.body, forged.headers), 401, "bad_signature"],
      [post(signed.body.replace("jvsg", "jvsh"), signed.headers), 401, "bad_signature"],
      [post(notJson.body, notJson.headers), 400, "invalid_json"],
      [post(unknown.body, unknown.headers), 400, "unknown_event"],
    ];
    for (const [request, status, reason] of cases) {
      const response = await handler.handle(request);
      const text = await response.text();
      expect([response.status, text]).toEqual([status, `webhook rejected: ${reason}`]);
    }
    expect(listener).not.toHaveBeenCalled();
  });

  it("passes unknown events to onAny with allowUnknownEvents", async () => {
    const seen: unknown[] = [];
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem, allowUnknownEvents: true }).onAny(
      (event) => void seen.push(event),
    );
    const unknown = await signer.sign({ webhookType: "meeting-teleported", data: { to: "mars" } });
    expect((await handler.handle(post(unknown.body, unknown.headers))).status).toBe(200);
    expect(seen).toEqual([{ webhookType: "meeting-teleported", data: { to: "mars" } }]);
  });

  it("acknowledges duplicates with 200 without running listeners again", async () => {
    const listener = vi.fn();
    const dedupe = vi.fn(createMemoryDedupe());
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem, dedupe }).on("recording-stopped", listener);
    const signed = await signer.sign(recordingStopped);
    const first = await handler.handle(post(signed.body, signed.headers));
    const second = await handler.handle(post(signed.body, signed.headers));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await second.text()).toMatch(/duplicate/);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(dedupe).toHaveBeenCalledTimes(2);
    expect(dedupe.mock.calls[0]![0]).toEqual(recordingStopped);
    expect(dedupe.mock.calls[0]![2]).toBe(signed.signature);
    // a forged copy never reaches the dedupe store
    const forged = await otherSigner.sign(recordingStopped);
    expect((await handler.handle(post(forged.body, forged.headers))).status).toBe(401);
    expect(dedupe).toHaveBeenCalledTimes(2);
  });

  it("answers 500 when a listener throws, reports it, and processes the retry", async () => {
    const onError = vi.fn();
    let failures = 1;
    const processed: string[] = [];
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem, dedupe: createMemoryDedupe(), onError }).on(
      "recording-stopped",
      (event) => {
        if (failures-- > 0) throw new Error("database unavailable");
        processed.push(event.data.sessionId);
      },
    );
    const signed = await signer.sign(recordingStopped);
    const failed = await handler.handle(post(signed.body, signed.headers));
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("database");
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "database unavailable" }));
    const retried = await handler.handle(post(signed.body, signed.headers));
    expect(retried.status).toBe(200);
    expect(processed).toEqual([recordingStopped.data.sessionId]);
  });

  it("answers 500 when the key cannot be had", async () => {
    const onError = vi.fn();
    const handler = createWebhookHandler({
      getPublicKey: () => Promise.reject(new Error("key service down")),
      onError,
    });
    const signed = await signer.sign(recordingStopped);
    const response = await handler.handle(post(signed.body, signed.headers));
    expect(response.status).toBe(500);
    expect(onError).toHaveBeenCalledTimes(1);
    const badKey = createWebhookHandler({ publicKey: "not a key", onError });
    expect((await badKey.handle(post(signed.body, signed.headers))).status).toBe(500);
  });

  it("rejects bad configuration", () => {
    expect(() => createWebhookHandler({} as never)).toThrow(/exactly one of publicKey, getPublicKey or verify/);
    expect(() => createWebhookHandler({ publicKey: "k", getPublicKey: () => "k" } as never)).toThrow(
      /not publicKey and getPublicKey/,
    );
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem });
    expect(() => handler.on("recording-stoped" as never, () => {})).toThrow(/did you mean "recording-stopped"/);
  });
});

describe("createMemoryDedupe", () => {
  const event = recordingStopped as unknown as WebhookEvent;
  const body = new Uint8Array();

  it("forgets the oldest deliveries beyond maxEntries", async () => {
    const dedupe = createMemoryDedupe({ maxEntries: 2 });
    expect([await dedupe(event, body, "a"), await dedupe(event, body, "b"), await dedupe(event, body, "c")]).toEqual([
      false,
      false,
      false,
    ]);
    expect(await dedupe(event, body, "c")).toBe(true);
    expect(await dedupe(event, body, "b")).toBe(true);
    expect(await dedupe(event, body, "a")).toBe(false); // evicted
  });

  it("forgets deliveries after ttl", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const dedupe = createMemoryDedupe({ ttl: 1000 });
      expect(await dedupe(event, body, "a")).toBe(false);
      vi.setSystemTime(Date.now() + 999);
      expect(await dedupe(event, body, "a")).toBe(true);
      vi.setSystemTime(Date.now() + 1000);
      expect(await dedupe(event, body, "a")).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

// ---- the Node adapter -----------------------------------------------------------------------------------

async function listen(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What express.raw() and express.json() leave behind: the stream read, the body on req.body. */
function withPreparsedBody(
  parse: (bytes: Buffer) => unknown,
  adapter: NodeWebhookListener,
  next?: (error?: unknown) => void,
) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    Object.assign(req, { body: parse(Buffer.concat(chunks)) });
    await adapter(req, res, next);
  };
}

describe("toNodeListener", () => {
  const received: WebhookEvent[] = [];
  let lazyHandler: ReturnType<typeof createWebhookHandler>;
  const servers: { close: () => Promise<void> }[] = [];
  beforeAll(() => {
    lazyHandler = createWebhookHandler({ getPublicKey: () => signer.publicKeyPem }).onAny(
      (event) => void received.push(event),
    );
  });
  afterEach(() => {
    received.length = 0;
  });
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void) {
    const server = await listen(listener);
    servers.push(server);
    return server.url;
  }

  it("serves node:http, reading the raw stream itself", async () => {
    const url = await serve(toNodeListener(lazyHandler));
    const signed = await signer.sign(recordingStopped);
    const response = await fetch(url, { method: "POST", headers: signed.headers, body: signed.body });
    expect([response.status, await response.text()]).toEqual([200, "ok"]);
    expect(received).toEqual([recordingStopped]);
    const get = await fetch(url);
    expect(get.status).toBe(405);
    const forged = await otherSigner.sign(recordingStopped);
    const rejected = await fetch(url, { method: "POST", headers: forged.headers, body: forged.body });
    expect([rejected.status, await rejected.text()]).toEqual([401, "webhook rejected: bad_signature"]);
    expect(received).toHaveLength(1);
  });

  it("takes the Buffer express.raw() leaves in req.body", async () => {
    const url = await serve(withPreparsedBody((bytes) => bytes, toNodeListener(lazyHandler)));
    const signed = await signer.sign(recordingStopped);
    const response = await fetch(url, { method: "POST", headers: signed.headers, body: signed.body });
    expect(response.status).toBe(200);
    expect(received).toEqual([recordingStopped]);
  });

  it("refuses a body express.json() already parsed, and says what to do", async () => {
    const signed = await signer.sign(recordingStopped);
    const url = await serve(
      withPreparsedBody((bytes) => JSON.parse(bytes.toString("utf8")), toNodeListener(lazyHandler)),
    );
    const response = await fetch(url, { method: "POST", headers: signed.headers, body: signed.body });
    expect(response.status).toBe(500);
    expect(await response.text()).toMatch(/raw request body.*express\.raw\(\{ type: "\*\/\*" \}\)/s);

    const next = vi.fn();
    const withNext = await serve(async (req, res) => {
      await withPreparsedBody(
        (bytes) => JSON.parse(bytes.toString("utf8")),
        toNodeListener(lazyHandler),
        (error) => {
          next(error);
          res.writeHead(500).end();
        },
      )(req, res);
    });
    await fetch(withNext, { method: "POST", headers: signed.headers, body: signed.body });
    expect(next).toHaveBeenCalledWith(expect.any(RawBodyRequiredError));
    expect(received).toEqual([]);
  });

  it("answers 413 to a body over maxBodyBytes", async () => {
    const url = await serve(toNodeListener(lazyHandler, { maxBodyBytes: 1000 }));
    const signed = await signer.sign({
      ...recordingStopped,
      data: { ...recordingStopped.data, filePath: "x".repeat(5000) },
    });
    const response = await fetch(url, { method: "POST", headers: signed.headers, body: signed.body });
    expect(response.status).toBe(413);
    expect(received).toEqual([]);
  });
});

// ---- vsdk.webhooks.verify: fetched key, TTL, rotation -----------------------------------------------------

describe("vsdk.webhooks.verify", () => {
  let server: TestServer;
  let servedKey: () => string;
  const keyRequests = () => server.requests.filter((r) => r.url === "/v2/public/rsa-public-key").length;

  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url === "/v2/public/rsa-public-key") return json(res, 200, { publicKey: servedKey() });
      json(res, 404, { message: "not found" });
    });
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.requests.length = 0;
    vi.useRealTimers();
  });

  it("fetches the key once, with the client's token, and reuses it", async () => {
    servedKey = () => signer.publicKeyPem;
    const vsdk = createNodeVideoSDK({ token: "token-placeholder", baseUrl: server.url });
    const signed = await signer.sign(recordingStopped);
    const events = await Promise.all([1, 2, 3, 4, 5].map(() => vsdk.webhooks.verify(signed.body, signed.signature)));
    expect(events.map((e) => e.webhookType)).toEqual(Array(5).fill("recording-stopped"));
    await vsdk.webhooks.verify(signed.body, signed.signature);
    expect(keyRequests()).toBe(1);
    expect(server.requests[0]!.headers.authorization).toBe("token-placeholder");
  });

  it("refetches the key once after a rotation, and not for every forged delivery", async () => {
    let current = otherSigner.publicKeyPem; // the old key
    servedKey = () => current;
    const vsdk = createNodeVideoSDK({ token: "token-placeholder", baseUrl: server.url });
    const old = await otherSigner.sign(recordingStopped);
    await vsdk.webhooks.verify(old.body, old.signature);
    expect(keyRequests()).toBe(1);

    current = signer.publicKeyPem; // VideoSDK rotates
    const rotated = await signer.sign(recordingStopped);
    const results = await Promise.all([1, 2, 3].map(() => vsdk.webhooks.verify(rotated.body, rotated.signature)));
    expect(results).toEqual([recordingStopped, recordingStopped, recordingStopped]);
    expect(keyRequests()).toBe(2);

    const forged = await (await createWebhookTestSigner()).sign(recordingStopped);
    for (let i = 0; i < 3; i++) {
      expect(await reasonOf(vsdk.webhooks.verify(forged.body, forged.signature))).toBe("bad_signature");
    }
    expect(keyRequests()).toBe(2);
    // unsigned deliveries never cause a fetch
    expect(await reasonOf(vsdk.webhooks.verify(rotated.body, null))).toBe("missing_signature");
    expect(keyRequests()).toBe(2);
  });

  it("fetches the key again after webhookPublicKeyTtl", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    servedKey = () => signer.publicKeyPem;
    const vsdk = createNodeVideoSDK({ token: "token-placeholder", baseUrl: server.url, webhookPublicKeyTtl: 60_000 });
    const signed = await signer.sign(recordingStopped);
    await vsdk.webhooks.verify(signed.body, signed.signature);
    vi.setSystemTime(Date.now() + 59_000);
    await vsdk.webhooks.verify(signed.body, signed.signature);
    expect(keyRequests()).toBe(1);
    vi.setSystemTime(Date.now() + 2_000);
    await vsdk.webhooks.verify(signed.body, signed.signature);
    expect(keyRequests()).toBe(2);
  });

  it("does not cache a failed fetch", async () => {
    let fail = true;
    server.handle((_req, res) =>
      fail ? json(res, 500, { message: "boom" }) : json(res, 200, { publicKey: signer.publicKeyPem }),
    );
    try {
      const vsdk = createNodeVideoSDK({ token: "token-placeholder", baseUrl: server.url, maxRetries: 0 });
      const signed = await signer.sign(recordingStopped);
      await expect(vsdk.webhooks.verify(signed.body, signed.signature)).rejects.toThrow(InternalServerError);
      fail = false;
      expect(await vsdk.webhooks.verify(signed.body, signed.signature)).toEqual(recordingStopped);
      expect(keyRequests()).toBe(2);
    } finally {
      server.handle((req, res) =>
        req.url === "/v2/public/rsa-public-key" ? json(res, 200, { publicKey: servedKey() }) : json(res, 404, {}),
      );
    }
  });

  it("validates webhookPublicKeyTtl", () => {
    expect(() => createNodeVideoSDK({ token: "t", webhookPublicKeyTtl: 0 })).toThrow(/webhookPublicKeyTtl/);
  });

  it("plugs into the handler as `verify`", async () => {
    servedKey = () => signer.publicKeyPem;
    const vsdk = createNodeVideoSDK({ token: "token-placeholder", baseUrl: server.url });
    const seen: string[] = [];
    const handler = createWebhookHandler({ verify: vsdk.webhooks.verify }).on(
      "recording-stopped",
      (event) => void seen.push(event.data.fileUrl),
    );
    const signed = await signer.sign(recordingStopped);
    expect((await handler.handle(post(signed.body, signed.headers))).status).toBe(200);
    expect(seen).toEqual([recordingStopped.data.fileUrl]);
  });
});

describe("createWebhookVerifier({ client }) in the universal entry (edge runtimes)", () => {
  it("fetches the key through the client and verifies", async () => {
    const signer = await createWebhookTestSigner();
    const server = await startServer((_req, res) => json(res, 200, { publicKey: signer.publicKeyPem }));
    try {
      const vsdk = createVideoSDK({ token: "token-placeholder", baseUrl: server.url });
      expect("verify" in vsdk.webhooks).toBe(false);
      const verify = createWebhookVerifier({ client: vsdk });
      const signed = await signer.sign({
        webhookType: "recording-started",
        data: { meetingId: "abcd-efgh-ijkl", sessionId: "613731342f27f56e4fc4b6d0" },
      });
      expect((await verify(signed.body, signed.signature)).webhookType).toBe("recording-started");
      expect(server.requests.map((r) => r.url)).toEqual(["/v2/public/rsa-public-key"]);
      expect(() => createWebhookVerifier({} as never)).toThrow(/client.*getPublicKey/);
    } finally {
      await server.close();
    }
  });
});
