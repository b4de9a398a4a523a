/**
 * A small static file server (node:http) for the docs site, the tests and `npm start`: GET and HEAD only, content
 * types by extension, and nothing outside its root, whatever the path says (`..`, encoded slashes, symlinks), nor
 * any dotfile.
 *
 * Redoc's page routes in the URL hash (#/rooms), but its prerendered and copied links are paths (/rooms/createroom):
 * a path that is not a file, and does not name a file type (.js, .css, .json, ...), is answered with the site's
 * index.html, whose deep-link script turns the path into the hash route. So such a link opened in a new tab, or
 * under a prefix (/docs/rooms/createroom), still finds its operation, while a missing script is still a 404.
 */
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface StaticServerOptions {
  /** The directory to serve. */
  root: string;
  /** Default 127.0.0.1. */
  host?: string | undefined;
  /** Default 0: a free port. */
  port?: number | undefined;
  /** Served for paths that are neither files nor of a file type, relative to root. Default `index.html`; false: off. */
  fallback?: string | false | undefined;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:4020 */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".yml": "application/yaml; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  let root: string;
  try {
    root = await realpath(path.resolve(options.root));
    if (!(await stat(root)).isDirectory()) throw new Error("not a directory");
  } catch (error) {
    throw new Error(`cannot serve ${options.root}: ${(error as Error).message}`);
  }
  const fallback = options.fallback === false ? undefined : (options.fallback ?? "index.html");
  const host = options.host ?? "127.0.0.1";

  const server = createServer((request, response) => {
    handle(root, fallback, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, "internal error");
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  root: string,
  fallback: string | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return send(response, 405, "method not allowed", { allow: "GET, HEAD" });
  }
  const urlPath = (request.url ?? "/").split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return send(response, 400, "bad request: malformed path");
  }
  if (!decoded.startsWith("/") || decoded.includes("\0") || decoded.includes("\\"))
    return send(response, 400, "bad request: malformed path");

  // Dotfiles (a half-written page, editor files) are never served.
  const hidden = decoded.split("/").some((segment) => segment.startsWith("."));
  const file =
    (hidden ? undefined : await servable(root, decoded)) ??
    (fallback && !hidden && !namesFileType(decoded) ? await servable(root, "/" + fallback) : undefined);
  if (!file) return send(response, 404, "not found");

  const headers = {
    "content-type": CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? "application/octet-stream",
    "content-length": String(file.size),
    // Rebuilt often while writing docs: always revalidate.
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  };
  response.writeHead(200, headers);
  if (request.method === "HEAD") return void response.end();
  await new Promise<void>((resolve, reject) => {
    createReadStream(file.path).once("error", reject).once("end", resolve).pipe(response);
  });
}

/** Whether the path ends in an extension this server has a content type for: a file, not a page route. */
function namesFileType(urlPath: string): boolean {
  return Object.hasOwn(CONTENT_TYPES, path.extname(urlPath).toLowerCase());
}

/** The file for a decoded URL path, only if it is a regular file inside root (after following symlinks). */
async function servable(root: string, urlPath: string): Promise<{ path: string; size: number } | undefined> {
  // Normalising against "/" first removes every `..` that would climb above the root.
  let candidate = path.join(root, path.posix.normalize(urlPath));
  try {
    if ((await stat(candidate)).isDirectory()) candidate = path.join(candidate, "index.html");
    const real = await realpath(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) return undefined;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  response.end(text);
}
