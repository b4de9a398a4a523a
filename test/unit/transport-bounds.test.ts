/**
 * Fault tests, continued (transport.test.ts has requests, errors, retries and connection faults): every wait
 * bounded, body caps, compressed answers, messages and redirects, against a real local HTTP server.
 */
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  type APIError,
  ConfigurationError,
  ConnectionError,
  ConnectionTimeoutError,
  createVideoSDK,
  InvalidResponseError,
  RequestAbortedError,
  TokenError,
} from "../../src/index.js";
import { json, startServer } from "../support/http-server.js";
import { rejectionOf } from "../support/rejection.js";
import { room, TOKEN, useTransportFixture } from "./transport-fixture.js";

const { server, client } = useTransportFixture();

describe("every wait is bounded", () => {
  /** Sends the headers and part of the body, then never another byte. */
  const stallAfterHeaders = (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.write('{"roomId": "abcd-');
  };

  it("times out an attempt whose server sends headers and then stalls", async () => {
    server.handle(stallAfterHeaders);
    const started = Date.now();
    const error = await rejectionOf(client({ timeout: 150, maxRetries: 1 }).rooms.get("abcd-efgh-ijkl"));
    expect(error).toBeInstanceOf(ConnectionTimeoutError);
    expect(error.attempts).toBe(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("lets AbortSignal.timeout() end a call stalled in its body", async () => {
    server.handle(stallAfterHeaders);
    const error = await rejectionOf(client().rooms.get("abcd-efgh-ijkl", { signal: AbortSignal.timeout(150) }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error.cause as Error).name).toBe("TimeoutError");
  });

  it("gives ConnectionError for a body cut short, retried like any network failure on GET only", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"roomId": "ab');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    const get = await rejectionOf(client().rooms.get("abcd-efgh-ijkl"));
    expect(get).toBeInstanceOf(ConnectionError);
    expect(get).not.toBeInstanceOf(ConnectionTimeoutError);
    expect(server.requests).toHaveLength(3);
    server.requests.length = 0;
    const post = await rejectionOf(client().rooms.create({}));
    expect(post).toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("bounds a getToken that never settles by the timeout, and by the signal", async () => {
    const never = () => new Promise<string>(() => undefined);
    const timedOut = await rejectionOf(
      createVideoSDK({ getToken: never, baseUrl: server.url, timeout: 100, maxRetries: 0 }).rooms.get("x"),
    );
    expect(timedOut).toBeInstanceOf(ConnectionTimeoutError);
    const aborted = await rejectionOf(
      createVideoSDK({ getToken: never, baseUrl: server.url }).rooms.get("x", { signal: AbortSignal.timeout(100) }),
    );
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    expect(server.requests).toHaveLength(0);
  });

  it("gives TokenError, with the original as cause, for a getToken that throws; never retried", async () => {
    let calls = 0;
    const original = new Error("token service down");
    const vsdk = createVideoSDK({
      getToken: () => {
        calls++;
        throw original;
      },
      baseUrl: server.url,
    });
    const error = await rejectionOf<TokenError>(vsdk.rooms.get("x"));
    expect(error).toBeInstanceOf(TokenError);
    expect(error.field).toBe("getToken");
    expect(error.cause).toBe(original);
    expect(calls).toBe(1);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a token from getToken that is not a header value, without echoing it, and never retries", async () => {
    for (const token of ["abc.def\r\nx-injected: 1", "abc def", "abc\u0000def", "tökén", 42]) {
      let calls = 0;
      const vsdk = createVideoSDK({
        getToken: () => {
          calls++;
          return token as string;
        },
        baseUrl: server.url,
      });
      const error = await rejectionOf<TokenError>(vsdk.rooms.get("x"));
      expect(error).toBeInstanceOf(TokenError);
      expect(error.field).toBe("getToken");
      expect(error.message).not.toContain("injected");
      expect(error.message).not.toContain("abc");
      expect(calls).toBe(1);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("checks per-call options exactly like client options, before sending", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ maxRetries: Number.NaN }, "maxRetries"],
      [{ maxRetries: Number.POSITIVE_INFINITY }, "maxRetries"],
      [{ maxRetries: -1 }, "maxRetries"],
      [{ maxRetries: "2" }, "maxRetries"],
      [{ timeout: 0 }, "timeout"],
      [{ timeout: -5 }, "timeout"],
      [{ timeout: Number.NaN }, "timeout"],
      [{ timeout: 2 ** 31 }, "timeout"],
      [{ signal: "soon" }, "signal"],
      [{ headers: { "x-a": "1\r\nx-b: 2" } }, "headers"],
    ];
    for (const [options, field] of cases) {
      const error = await rejectionOf<ConfigurationError>(client().rooms.get("x", options as never));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    }
    // The same values, as client options (a signal belongs to one call only).
    for (const [options, field] of cases.filter(([, field]) => field !== "signal")) {
      expect(() => createVideoSDK({ token: TOKEN, ...(options as object) })).toThrow(field);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a body over 32 MiB, declared or streamed, instead of buffering it", async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(100 * 1024 * 1024) });
      res.write("[");
    });
    const declared = await rejectionOf<APIError>(client({ maxRetries: 0 }).rooms.get("x"));
    expect(declared).toBeInstanceOf(InvalidResponseError);
    expect(declared.message).toMatch(/larger than 33554432 bytes/);

    let sent = 0;
    server.handle((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => undefined);
      pump();
    });
    const streamed = await rejectionOf<APIError>(client({ maxRetries: 0 }).rooms.get("x"));
    expect(streamed).toBeInstanceOf(InvalidResponseError);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });
});

describe("compressed answers", () => {
  it("counts decoded bytes: a small gzip body that unpacks past 32 MiB is refused with InvalidResponseError", async () => {
    // 40 MiB of JSON whitespace, about 40 KB on the wire, declared with its compressed length.
    const bomb = gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20), { level: 1 });
    server.handle((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(bomb.length),
      });
      res.end(bomb);
    });
    const error = await rejectionOf<APIError>(client({ maxRetries: 0 }).rooms.get("x"));
    expect(error).toBeInstanceOf(InvalidResponseError);
    // Refused while unpacking, at the cap: not read whole and then found not to be JSON.
    expect(error.message).toMatch(/larger than 33554432 bytes/);
  });

  it("still reads a gzip answer within the cap", async () => {
    const body = gzipSync(JSON.stringify(room));
    server.handle((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(body.length),
      });
      res.end(body);
    });
    await expect(client().rooms.get("x")).resolves.toEqual(room);
  });
});

describe("messages", () => {
  it("name the method, origin and real path, never the token", async () => {
    server.handle((_req, res) => json(res, 404, { message: "Room not found" }));
    const error = await rejectionOf<APIError>(client({ maxRetries: 0 }).rooms.get("abcd-efgh-ijkl"));
    expect(error.message).toBe(`Room not found [404 GET ${server.url}/v2/rooms/abcd-efgh-ijkl (getRoom)]`);
    expect(error.url).toBe(`${server.url}/v2/rooms/abcd-efgh-ijkl`);
    expect(error.path).toBe("/v2/rooms/{roomId}");
    expect(error.message).not.toContain(TOKEN);
  });

  it("show at most a few hundred characters of the server's text, on one line; the body stays whole", async () => {
    const text = `Something broke\n${"x".repeat(10_000)}\r\n\u001b[31mforged log line`;
    server.handle((_req, res) => json(res, 500, { message: text }));
    const error = await rejectionOf<APIError>(client({ maxRetries: 0 }).rooms.get("x"));
    expect(error.message.length).toBeLessThan(600);
    for (const control of ["\r", "\n", "\u001b"]) expect(error.message).not.toContain(control);
    expect(error.message).toMatch(/^Something broke\\nxxx/);
    expect(error.message).toMatch(/more characters/);
    expect(error.body).toEqual({ message: text });
  });
});

describe("redirects", () => {
  it("are never followed: no body and no token travel to another origin", async () => {
    const other = await startServer();
    try {
      server.handle((_req, res) => {
        res.writeHead(307, { location: `${other.url}/steal` });
        res.end();
      });
      const error = await rejectionOf<APIError>(client().rooms.create({ customRoomId: "secret-room" }));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.status).toBe(307);
      expect(error.message).toContain(`redirect to ${other.url}`);
      expect(other.requests).toHaveLength(0);
      expect(server.requests).toHaveLength(1);
      const get = await rejectionOf(client().rooms.get("x"));
      expect(get).toBeInstanceOf(InvalidResponseError);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});
