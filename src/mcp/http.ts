/**
 * Streamable HTTP on 127.0.0.1, stateless: each POST to `/mcp` gets a fresh MCP server over the prepared tools,
 * answering on that request (SSE when it streams progress). Every request must carry the server's own bearer token
 * (`Authorization: Bearer <token>`); anything else is refused with 401 before the MCP layer sees it.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigurationError } from "../errors.js";
import { loadMcpSdk } from "./sdk.js";
import type { PreparedMcpServer } from "./server.js";

export const MCP_HTTP_PATH = "/mcp";
/** Shorter tokens are guessable; the server refuses to start with one. */
export const MIN_HTTP_TOKEN_LENGTH = 16;

export interface McpHttpOptions {
  /** 0 picks a free port. */
  port: number;
  /** The bearer token clients must send. */
  token: string;
  /** Default 127.0.0.1: the server is for this machine. */
  host?: string | undefined;
}

export interface McpHttpServer {
  /** `http://127.0.0.1:<port>/mcp` */
  url: string;
  close(): Promise<void>;
}

export async function listenMcpHttp(prepared: PreparedMcpServer, options: McpHttpOptions): Promise<McpHttpServer> {
  if (typeof options.token !== "string" || options.token.length < MIN_HTTP_TOKEN_LENGTH) {
    throw new ConfigurationError(`the HTTP bearer token must have at least ${MIN_HTTP_TOKEN_LENGTH} characters`, {
      field: "httpToken",
    });
  }
  const { StreamableHTTPServerTransport } = loadMcpSdk().streamableHttp;
  const expected = digest(`Bearer ${options.token}`);
  const authorized = (header: string | undefined) =>
    header !== undefined && timingSafeEqual(digest(header.trim()), expected);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    if (pathname !== MCP_HTTP_PATH) return refuse(response, 404, "not_found", `the MCP endpoint is ${MCP_HTTP_PATH}`);
    if (!authorized(request.headers.authorization)) {
      response.setHeader("www-authenticate", 'Bearer realm="videosdk-mcp"');
      return refuse(response, 401, "unauthorized", "send Authorization: Bearer <the server's --http-token>");
    }
    // Stateless: no session to resume (GET) or end (DELETE).
    if (request.method !== "POST") {
      response.setHeader("allow", "POST");
      return refuse(response, 405, "method_not_allowed", "this server is stateless: POST only");
    }
    const server = prepared.create();
    const transport = new StreamableHTTPServerTransport({});
    response.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(request, response);
  };

  const http: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) refuse(response, 500, "internal_error", "the MCP server failed on this request");
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = http.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}${MCP_HTTP_PATH}`,
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

function digest(text: string): Buffer {
  // Equal-length digests, so the comparison takes the same time whatever was sent.
  return createHash("sha256").update(text).digest();
}

function refuse(response: ServerResponse, status: number, error: string, message: string): void {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error, message }));
}
