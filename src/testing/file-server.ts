/** The files the sandbox hands out (`/_sandbox/files/...`): recordings, HLS folders, thumbnails, transcripts. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./json-answer.js";
import type { Simulator } from "./simulator.js";

/** GET and HEAD of a file, with single byte ranges (media elements ask for them). */
export function serveFile(
  simulator: Simulator,
  request: IncomingMessage,
  response: ServerResponse,
  encodedPath: string,
): void {
  const method = request.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") {
    sendJson(response, 405, { message: "files are read with GET or HEAD" }, { allow: "GET, HEAD" });
    return;
  }
  let filePath: string;
  try {
    filePath = encodedPath.split("/").map(decodeURIComponent).join("/");
  } catch {
    sendJson(response, 404, { message: "Not found" });
    return;
  }
  const file = simulator.file(filePath);
  if (!file) {
    sendJson(response, 404, { message: "Not found (or not ready yet)" });
    return;
  }
  const total = file.body.length;
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "");
  let start = 0;
  let end = total - 1;
  let status = 200;
  if (range && (range[1] || range[2])) {
    start = range[1] ? Number(range[1]) : Math.max(0, total - Number(range[2]));
    end = range[1] && range[2] ? Math.min(total - 1, Number(range[2])) : total - 1;
    if (start > end || start >= total) {
      response.writeHead(416, { "content-range": `bytes */${total}` });
      return void response.end();
    }
    status = 206;
  }
  response.writeHead(status, {
    "content-type": file.contentType,
    "content-length": String(end - start + 1),
    "accept-ranges": "bytes",
    "cache-control": "no-store",
    ...(status === 206 ? { "content-range": `bytes ${start}-${end}/${total}` } : {}),
  });
  response.end(method === "HEAD" ? undefined : file.body.subarray(start, end + 1));
}
