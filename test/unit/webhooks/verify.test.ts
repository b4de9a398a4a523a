/** verifyWebhook and the fetching verifier: every spec example, each failure reason, key TTL, rotation and cooldown. */
import { createSign, generateKeyPairSync } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ConfigurationError,
  createVideoSDK,
  createWebhookHandler,
  createWebhookTestSigner,
  createWebhookVerifier,
  InternalServerError,
  InvalidRequestError,
  isKnownWebhookEvent,
  verifyWebhook,
  WebhookVerificationError,
  webhookEvents,
} from "../../../src/index.js";
import { createVideoSDK as createNodeVideoSDK } from "../../../src/node/index.js";
import { json, startServer, type TestServer } from "../../support/http-server.js";
import { catchError, rejectionOf } from "../../support/rejection.js";
import { spec } from "../../support/spec.js";
import {
  devPrivateKey,
  devPublicKey,
  otherSigner,
  post,
  reasonOf,
  recordingStopped,
  signer,
} from "../../support/webhooks.js";

const webhookItems = Object.entries(spec.webhooks as Record<string, any>);

describe("every webhook example of the spec", () => {
  it("covers every event of the operation table", () => {
    expect(webhookItems.map(([name]) => name).sort()).toEqual([...webhookEvents].sort());
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

  it("rejects a signature that is not a string as malformed", async () => {
    const signed = await signer.sign(recordingStopped);
    expect(await reasonOf(verifyWebhook(signed.body, 123 as never, signer.publicKeyPem))).toBe("malformed_signature");
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

  it("picks up a rotated key once the cooldown since the last fetch has passed, and not for forged deliveries", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let current = otherSigner.publicKeyPem; // the old key
    servedKey = () => current;
    const vsdk = createNodeVideoSDK({ token: "token-placeholder", baseUrl: server.url });
    const old = await otherSigner.sign(recordingStopped);
    await vsdk.webhooks.verify(old.body, old.signature);
    expect(keyRequests()).toBe(1);

    current = signer.publicKeyPem; // VideoSDK rotates
    const rotated = await signer.sign(recordingStopped);
    // Within the cooldown of the last fetch, a new signature is refused without another fetch...
    expect(await reasonOf(vsdk.webhooks.verify(rotated.body, rotated.signature))).toBe("bad_signature");
    expect(keyRequests()).toBe(1);
    // ...and after it, the first such delivery fetches the key again, once for concurrent deliveries.
    vi.setSystemTime(Date.now() + 10_001);
    const results = await Promise.all([1, 2, 3].map(() => vsdk.webhooks.verify(rotated.body, rotated.signature)));
    expect(results).toEqual([recordingStopped, recordingStopped, recordingStopped]);
    expect(keyRequests()).toBe(2);

    const forged = await (await createWebhookTestSigner()).sign(recordingStopped);
    for (let i = 0; i < 3; i++) {
      expect(await reasonOf(vsdk.webhooks.verify(forged.body, forged.signature))).toBe("bad_signature");
    }
    expect(keyRequests()).toBe(2);
    // A steady stream of forgeries costs one key request per cooldown, not one per delivery.
    for (let second = 0; second < 60; second += 2) {
      vi.setSystemTime(Date.now() + 2_000);
      expect(await reasonOf(vsdk.webhooks.verify(forged.body, forged.signature))).toBe("bad_signature");
    }
    expect(keyRequests()).toBeLessThanOrEqual(2 + 6);
    expect(keyRequests()).toBeGreaterThanOrEqual(2 + 5);
    // Unsigned deliveries never cause a fetch.
    const before = keyRequests();
    expect(await reasonOf(vsdk.webhooks.verify(rotated.body, null))).toBe("missing_signature");
    expect(keyRequests()).toBe(before);
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

  it("while the key endpoint fails: one request per cooldown, not one per delivery or per client retry", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let fail = true;
    server.handle((_req, res) =>
      fail ? json(res, 500, { message: "boom" }) : json(res, 200, { publicKey: signer.publicKeyPem }),
    );
    try {
      // The client would retry a 500 twice; the verifier asks once.
      const vsdk = createNodeVideoSDK({ token: "token-placeholder", baseUrl: server.url, initialRetryDelay: 1 });
      const signed = await signer.sign(recordingStopped);
      const forged = await otherSigner.sign(recordingStopped);
      const failure = await rejectionOf<WebhookVerificationError>(vsdk.webhooks.verify(signed.body, signed.signature));
      expect(failure).toBeInstanceOf(WebhookVerificationError);
      expect(failure.reason).toBe("key_unavailable");
      expect(failure.cause).toBeInstanceOf(InternalServerError);
      expect(keyRequests()).toBe(1);
      for (let i = 0; i < 20; i++) {
        expect(await reasonOf(vsdk.webhooks.verify(forged.body, forged.signature))).toBe("key_unavailable");
      }
      expect(keyRequests()).toBe(1);

      fail = false;
      vi.setSystemTime(Date.now() + 10_001);
      expect(await vsdk.webhooks.verify(signed.body, signed.signature)).toEqual(recordingStopped);
      expect(keyRequests()).toBe(2);
    } finally {
      server.handle((req, res) =>
        req.url === "/v2/public/rsa-public-key" ? json(res, 200, { publicKey: servedKey() }) : json(res, 404, {}),
      );
    }
  });

  it("keeps the good key through a key outage: a forgery is refused as such, genuine deliveries still verify", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    servedKey = () => signer.publicKeyPem;
    const vsdk = createNodeVideoSDK({
      token: "token-placeholder",
      baseUrl: server.url,
      maxRetries: 0,
      webhookPublicKeyTtl: 60_000,
    });
    const handler = createWebhookHandler({ verify: vsdk.webhooks.verify, onError: () => undefined });
    const genuine = await signer.sign(recordingStopped);
    const forged = await otherSigner.sign(recordingStopped);
    expect(await vsdk.webhooks.verify(genuine.body, genuine.signature)).toEqual(recordingStopped);
    expect(keyRequests()).toBe(1);
    server.handle((_req, res) => json(res, 503, { message: "key endpoint down" }));
    try {
      // Past the cooldown, a forgery makes the verifier ask for a rotated key; the request fails.
      vi.setSystemTime(Date.now() + 10_001);
      const refused = await handler.handle(post(forged.body, { "videosdk-signature": forged.signature }));
      expect(refused.status).toBe(401);
      expect(await refused.text()).toContain("bad_signature");
      expect(keyRequests()).toBe(2);
      // The key it had still verifies genuine deliveries, now and once more after the next cooldown...
      const accepted = await handler.handle(post(genuine.body, { "videosdk-signature": genuine.signature }));
      expect(accepted.status).toBe(200);
      vi.setSystemTime(Date.now() + 10_001);
      expect(await reasonOf(vsdk.webhooks.verify(forged.body, forged.signature))).toBe("bad_signature");
      expect(await vsdk.webhooks.verify(genuine.body, genuine.signature)).toEqual(recordingStopped);
      // ...and past its TTL, while fetching a new one fails.
      vi.setSystemTime(Date.now() + 60_001);
      expect(await vsdk.webhooks.verify(genuine.body, genuine.signature)).toEqual(recordingStopped);
      expect(keyRequests()).toBe(4);
    } finally {
      server.handle((req, res) =>
        req.url === "/v2/public/rsa-public-key" ? json(res, 200, { publicKey: servedKey() }) : json(res, 404, {}),
      );
    }
  });

  it("validates webhookPublicKeyTtl", () => {
    expect(() => createNodeVideoSDK({ token: "t", webhookPublicKeyTtl: 0 })).toThrow(/webhookPublicKeyTtl/);
  });

  it("fetches the key after every failed signature with webhookPublicKeyRefetchCooldown 0", async () => {
    servedKey = () => otherSigner.publicKeyPem;
    const vsdk = createNodeVideoSDK({
      token: "token-placeholder",
      baseUrl: server.url,
      webhookPublicKeyRefetchCooldown: 0,
    });
    const unknownKey = await signer.sign(recordingStopped);
    for (let i = 0; i < 3; i++) {
      expect(await reasonOf(vsdk.webhooks.verify(unknownKey.body, unknownKey.signature))).toBe("bad_signature");
    }
    // The first delivery fetches the key and, its signature failing, fetches it again; each later one once more.
    expect(keyRequests()).toBe(4);
  });

  it("keeps to a webhookPublicKeyRefetchCooldown longer than the default", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let current = otherSigner.publicKeyPem;
    servedKey = () => current;
    const vsdk = createNodeVideoSDK({
      token: "token-placeholder",
      baseUrl: server.url,
      webhookPublicKeyRefetchCooldown: 60_000,
    });
    const rotated = await signer.sign(recordingStopped);
    expect(await reasonOf(vsdk.webhooks.verify(rotated.body, rotated.signature))).toBe("bad_signature");
    expect(keyRequests()).toBe(1);
    current = signer.publicKeyPem;
    vi.setSystemTime(Date.now() + 11_000); // past the default cooldown of 10 s
    expect(await reasonOf(vsdk.webhooks.verify(rotated.body, rotated.signature))).toBe("bad_signature");
    expect(keyRequests()).toBe(1);
    vi.setSystemTime(Date.now() + 49_001);
    expect(await vsdk.webhooks.verify(rotated.body, rotated.signature)).toEqual(recordingStopped);
    expect(keyRequests()).toBe(2);
  });

  it.each([-1, Number.NaN, Infinity, 2 ** 31, "10s", null])(
    "refuses webhookPublicKeyRefetchCooldown %s with a ConfigurationError naming it",
    (value) => {
      const error = catchError<ConfigurationError>(() =>
        createNodeVideoSDK({ token: "t", baseUrl: server.url, webhookPublicKeyRefetchCooldown: value as number }),
      );
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe("webhookPublicKeyRefetchCooldown");
      expect(error.message).toMatch(/^webhookPublicKeyRefetchCooldown must be a number of milliseconds/);
    },
  );

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

describe("a key source that never answers", () => {
  it("fails deliveries with key_unavailable after 10 s instead of holding them", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      const verify = createWebhookVerifier({ getPublicKey: () => new Promise<string>(() => undefined) });
      const signed = await signer.sign(recordingStopped);
      const pending = reasonOf(verify(signed.body, signed.signature));
      await vi.advanceTimersByTimeAsync(10_001);
      expect(await pending).toBe("key_unavailable");
    } finally {
      vi.useRealTimers();
    }
  });
});
