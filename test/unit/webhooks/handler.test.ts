/** createWebhookHandler over Web-standard Requests: routing, status codes, duplicates, failures, body limit. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError, createMemoryDedupe, createWebhookHandler } from "../../../src/index.js";
import { json, useTestServer } from "../../support/http-server.js";
import { catchError } from "../../support/rejection.js";
import { otherSigner, post, recordingStopped, signer } from "../../support/webhooks.js";

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
    const misspelt = catchError(() => handler.on("recording-stoped" as never, () => {}));
    expect(misspelt).toBeInstanceOf(ConfigurationError);
    expect(misspelt.message).toMatch(/unknown webhook event "recording-stoped"/);
    const badLimit = catchError(() => createWebhookHandler({ publicKey: signer.publicKeyPem, maxBodyBytes: 0 }));
    expect(badLimit).toBeInstanceOf(ConfigurationError);
    expect(badLimit.message).toMatch(/maxBodyBytes/);
  });

  it("runs a delivery once when its replay re-spells the signature (padding, URL-safe alphabet, spaces)", async () => {
    const listener = vi.fn();
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem, dedupe: createMemoryDedupe() }).on(
      "recording-stopped",
      listener,
    );
    const signed = await signer.sign(recordingStopped);
    const spellings = [
      signed.signature,
      signed.signature.replace(/=+$/, ""),
      signed.signature.replace(/\+/g, "-").replace(/\//g, "_"),
      `  ${signed.signature}  `,
    ];
    expect(new Set(spellings).size).toBeGreaterThan(1);
    const statuses = [];
    for (const signature of spellings) {
      const response = await handler.handle(post(signed.body, { "videosdk-signature": signature }));
      statuses.push([response.status, await response.text()]);
    }
    expect(statuses[0]).toEqual([200, "ok"]);
    for (const replay of statuses.slice(1)) expect(replay).toEqual([200, "duplicate delivery: already received"]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("answers 413 to a body over maxBodyBytes, declared or streamed, and runs no listener", async () => {
    const listener = vi.fn();
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem, maxBodyBytes: 1000 }).onAny(listener);
    const large = await signer.sign({
      ...recordingStopped,
      data: { ...recordingStopped.data, filePath: "x".repeat(5000) },
    });
    expect((await handler.handle(post(large.body, large.headers))).status).toBe(413);
    // A stream with no content-length is cut off at the limit, not read to its end.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const streamed = new Request("http://localhost/hook", {
      method: "POST",
      body: endless,
      headers: large.headers,
      duplex: "half",
    } as RequestInit);
    expect((await handler.handle(streamed)).status).toBe(413);
    expect(pulled).toBeLessThan(10);
    expect(listener).not.toHaveBeenCalled();
  });

  it("refuses odd arguments with typed errors", async () => {
    expect(() => createWebhookHandler(null as never)).toThrow(ConfigurationError);
    const handler = createWebhookHandler({ publicKey: signer.publicKeyPem });
    await expect(handler.handle(undefined as never)).rejects.toThrow(/handle\(\) takes the incoming Request/);
    expect(() => createMemoryDedupe(null as never)).toThrow(ConfigurationError);
  });
});

describe("createWebhookHandler({ getPublicKey, refetchCooldown })", () => {
  // The key service: a real local server answering with whichever key is current.
  let servedKey = otherSigner.publicKeyPem;
  const server = useTestServer((_req, res) => json(res, 200, { publicKey: servedKey }));
  const getPublicKey = async () =>
    ((await (await fetch(`${server.url}/key`)).json()) as { publicKey: string }).publicKey;
  const keyFetches = () => server.requests.length;
  afterEach(() => {
    vi.useRealTimers();
    servedKey = otherSigner.publicKeyPem;
  });

  it("with 0, fetches the key again after every unknown-key signature", async () => {
    const handler = createWebhookHandler({ getPublicKey, refetchCooldown: 0 });
    const unknownKey = await signer.sign(recordingStopped);
    for (let i = 0; i < 3; i++)
      expect((await handler.handle(post(unknownKey.body, unknownKey.headers))).status).toBe(401);
    // The first delivery fetches the key and, its signature failing, fetches it again; each later one once more.
    expect(keyFetches()).toBe(4);
    servedKey = signer.publicKeyPem; // rotated: picked up at once
    expect((await handler.handle(post(unknownKey.body, unknownKey.headers))).status).toBe(200);
    expect(keyFetches()).toBe(5);
  });

  it("with a long cooldown, fetches no more than once per cooldown, past the default of 10 s", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const handler = createWebhookHandler({ getPublicKey, refetchCooldown: 60_000 });
    const unknownKey = await signer.sign(recordingStopped);
    expect((await handler.handle(post(unknownKey.body, unknownKey.headers))).status).toBe(401);
    expect(keyFetches()).toBe(1);
    servedKey = signer.publicKeyPem;
    vi.setSystemTime(Date.now() + 11_000);
    for (let i = 0; i < 3; i++)
      expect((await handler.handle(post(unknownKey.body, unknownKey.headers))).status).toBe(401);
    expect(keyFetches()).toBe(1);
    vi.setSystemTime(Date.now() + 49_001);
    expect((await handler.handle(post(unknownKey.body, unknownKey.headers))).status).toBe(200);
    expect(keyFetches()).toBe(2);
  });

  it.each([-1, Number.NaN, Infinity, 2 ** 31, "10s", null])(
    "refuses refetchCooldown %s with a ConfigurationError naming it",
    (value) => {
      const error = catchError<ConfigurationError>(() =>
        createWebhookHandler({ getPublicKey, refetchCooldown: value as number }),
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe("refetchCooldown");
      expect(error.message).toMatch(/^refetchCooldown must be a number of milliseconds/);
      expect(keyFetches()).toBe(0);
    },
  );

  it.each([
    ["keyTtl", { publicKey: "k", keyTtl: 1000 }],
    ["refetchCooldown", { publicKey: "k", refetchCooldown: 0 }],
    ["keyTtl", { verify: async () => ({}), keyTtl: 1000 }],
  ])("refuses %s without getPublicKey, rather than ignore it", (field, options) => {
    const error = catchError<ConfigurationError>(() => createWebhookHandler(options as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/applies to getPublicKey only/);
  });
});
