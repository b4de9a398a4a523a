/** toNodeListener: the webhook handler behind node:http and Express. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createWebhookHandler, type WebhookEvent } from "../../../src/index.js";
import { type NodeWebhookListener, RawBodyRequiredError, toNodeListener } from "../../../src/node/index.js";
import { otherSigner, recordingStopped, signer } from "../../support/webhooks.js";

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

  it.each([
    ["a declared length", "content-length: 1000000000"],
    ["a chunked body", "transfer-encoding: chunked"],
  ])("answers 413 to an endless sender with %s, then closes the connection", async (_name, framing) => {
    const url = new URL(await serve(toNodeListener(lazyHandler, { maxBodyBytes: 1000 })));
    const socket = connect(Number(url.port), url.hostname);
    const chunked = framing.startsWith("transfer-encoding");
    let answer = "";
    socket.on("data", (data: Buffer) => {
      answer += data.toString("latin1");
    });
    const closed = new Promise<number>((resolve) => {
      const start = Date.now();
      socket.on("close", () => resolve(Date.now() - start));
      socket.on("error", () => undefined);
    });
    socket.write(
      `POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\n${framing}\r\nvideosdk-signature: AAAA\r\n\r\n`,
    );
    // Keeps sending until the server closes the connection.
    const piece = chunked ? `1000\r\n${"x".repeat(4096)}\r\n` : "x".repeat(4096);
    const pump = setInterval(() => {
      if (!socket.destroyed) socket.write(piece);
    }, 5);
    try {
      const after = await closed;
      expect(answer).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.toLowerCase()).toContain("connection: close");
      expect(after).toBeLessThan(10_000);
    } finally {
      clearInterval(pump);
      socket.destroy();
    }
    expect(received).toEqual([]);
  });
});
