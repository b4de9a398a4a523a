/**
 * `videosdk webhooks listen [--forward-to URL]`: a local receiver for webhook deliveries. Each one is verified with
 * the project's verifier (VideoSDK's public key, fetched from the API: a sandbox's own when --base-url points at
 * one), printed as one line (time, event, room, signature) and forwarded to --forward-to with its raw body and
 * headers unchanged, the target's status printed and answered back.
 *
 * Registering: VideoSDK learns a webhook URL from a room (`webhook.endPoint` when the room is created) or from a
 * call (`webhookUrl`). So the receiver registers by creating a room whose endPoint is the receiver, printed at
 * start; pass the receiver's URL as --webhook-url to recordings, HLS and the like for their events too.
 * --no-register creates nothing.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { client, reportError } from "./call.js";
import { clientTarget } from "./credentials.js";
import { EXIT } from "./exit-codes.js";
import { UsageError } from "./usage-error.js";

const MAX_BODY_BYTES = 1024 * 1024;
/** Headers that belong to one connection, not to the delivery: never forwarded. */
const HOP_BY_HOP = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length", "upgrade"]);

export async function listenCommand(values: ReadonlyMap<string, string[]>): Promise<number> {
  const flag = (name: string) => values.get(name)?.[0];
  const forwardTo = flag("forward-to");
  if (forwardTo !== undefined && !/^https?:\/\/[^\s]+$/.test(forwardTo)) {
    throw new UsageError("--forward-to must be an http(s) URL, such as http://127.0.0.1:3000/webhooks", "--forward-to");
  }
  const port = Number(flag("port") ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError("--port must be 0 to 65535", "--port");
  const host = flag("host") ?? "127.0.0.1";
  const target = clientTarget(values);
  const sdk = await import("../node/index.js");
  let vsdk: ReturnType<typeof client>;
  try {
    vsdk = client(sdk, target, flag("verbose") === "true");
  } catch (error) {
    return reportError(sdk, error);
  }

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== "POST") {
        response.writeHead(405, { allow: "POST" }).end();
        return;
      }
      const raw = await readBody(request);
      const signatureHeader = request.headers["videosdk-signature"];
      const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
      let type = "?";
      let room = "?";
      let verdict = "ok";
      try {
        const event = await vsdk.webhooks.verify(raw, signature);
        type = event.webhookType;
        room = roomOf(event.data);
      } catch (error) {
        verdict = `failed (${(error as { reason?: string }).reason ?? (error as Error).message})`;
        try {
          const body = JSON.parse(raw.toString("utf8")) as { webhookType?: unknown; data?: unknown };
          if (typeof body.webhookType === "string") type = body.webhookType;
          room = roomOf(body.data);
        } catch {
          // Not JSON: printed as `?`.
        }
      }
      let outcome = "";
      if (forwardTo) {
        try {
          const answer = await fetch(forwardTo, {
            method: "POST",
            headers: forwardedHeaders(request),
            body: new Uint8Array(raw),
            signal: AbortSignal.timeout(30_000),
          });
          const body = Buffer.from(await answer.arrayBuffer());
          outcome = ` → ${answer.status}`;
          response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain" });
          response.end(body);
        } catch (error) {
          outcome = ` → not delivered (${(error as Error).name})`;
          response.writeHead(502).end();
        }
      } else {
        response.writeHead(200).end();
      }
      process.stdout.write(`${new Date().toISOString()} ${type} room=${room} signature=${verdict}${outcome}\n`);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}/webhooks`;
  let registered = "";
  if (flag("no-register") !== "true") {
    try {
      const customRoomId = flag("custom-room-id");
      const created = await vsdk.rooms.create({
        ...(customRoomId ? { customRoomId } : {}),
        webhook: { endPoint: url },
      });
      registered = ` registered on room ${created.roomId} (its webhook.endPoint);`;
    } catch (error) {
      server.close();
      return reportError(sdk, error);
    }
  }
  process.stdout.write(
    `listening on ${url};${registered} pass --webhook-url ${url} to calls for their events${forwardTo ? `; forwarding to ${forwardTo}` : ""}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.closeAllConnections();
      server.close(() => resolve());
    };
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, stop);
  });
  return EXIT.ok;
}

function roomOf(data: unknown): string {
  const fields = (data ?? {}) as { roomId?: unknown; meetingId?: unknown };
  const room = fields.roomId ?? fields.meetingId;
  return typeof room === "string" ? room : "?";
}

/** The delivery's headers as received, in their order, but for those of the connection. */
function forwardedHeaders(request: IncomingMessage): [string, string][] {
  const headers: [string, string][] = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i]!;
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push([name, request.rawHeaders[i + 1]!]);
  }
  return headers;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("delivery too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
