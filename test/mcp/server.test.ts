/**
 * The MCP server as an assistant uses it: the built command spawned over stdio and over Streamable HTTP, driven
 * by the MCP SDK's own client, against a sandbox. One sandbox, one stdio server (all tools) and one HTTP server
 * (the defaults) for the file; the selection modes run the built entry in process over an in-memory transport.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { operations } from "../../generated/operations.js";
import { type Sandbox, startSandbox } from "../../src/testing/index.js";
import { ensureBuilt } from "../support/build.js";
import { eventually } from "../testing/support.js";
import { connectStdio, sandboxEnv, spawnHttpServer } from "./support.js";

type McpEntry = typeof import("../../src/mcp/index.js");
type CommandEntry = typeof import("../../src/mcp/command.js");
type ToolAnswer = Awaited<ReturnType<Client["callTool"]>> & {
  structuredContent?: Record<string, any>;
  content: { type: string; text: string }[];
};

const dist = path.resolve(import.meta.dirname, "../../dist");
const HTTP_TOKEN = "mcp-test-bearer-token-0123456789";
/** The budget for the whole `tools/list` answer with every tool listed: ~20k tokens at 4 characters a token. */
const TOOLS_LIST_BUDGET_BYTES = 80_000;

const operationCount = Object.keys(operations).length;
const waiterCount = Object.values(operations).reduce((n, op) => n + ("waiters" in op ? op.waiters.length : 0), 0);
const getCount = Object.values(operations).filter((op) => op.method === "GET").length;

let sandbox: Sandbox;
let stdio: Awaited<ReturnType<typeof connectStdio>>;
let http: Awaited<ReturnType<typeof spawnHttpServer>>;
let entry: McpEntry;
let command: CommandEntry;

beforeAll(async () => {
  await ensureBuilt();
  sandbox = await startSandbox({ port: 0, processingMs: 40 });
  const env = sandboxEnv(sandbox.baseUrl);
  // The two spawns start side by side: most of their time is Node loading the SDK.
  [stdio, http, entry, command] = await Promise.all([
    connectStdio(["--allow-destructive"], env),
    spawnHttpServer([], { ...env, VIDEOSDK_MCP_HTTP_TOKEN: HTTP_TOKEN }),
    import(pathToFileURL(path.join(dist, "mcp/index.js")).href) as Promise<McpEntry>,
    import(pathToFileURL(path.join(dist, "mcp/command.js")).href) as Promise<CommandEntry>,
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([stdio?.close(), http?.close()]);
  const violations = sandbox?.violations() ?? [];
  await sandbox?.stop();
  expect(violations, "answers of the sandbox that broke the spec").toEqual([]);
});

const call = (name: string, args: Record<string, unknown> = {}, client = stdio.client) =>
  client.callTool({ name, arguments: args }) as Promise<ToolAnswer>;
const textOf = (answer: ToolAnswer) => answer.content.map((part) => part.text).join("\n");

/** The built entry in process, with the SDK's client over an in-memory transport. */
async function inProcess(options: Parameters<McpEntry["createMcpServer"]>[0]) {
  const server = entry.createMcpServer({ env: sandboxEnv(sandbox.baseUrl), ...options });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "in-process", version: "0.0.0" });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return client;
}

describe("tools/list over stdio (--allow-destructive)", () => {
  it("lists one tool per operation and per waiter, named from the facade", async () => {
    const { tools } = await stdio.client.listTools();
    expect(tools).toHaveLength(operationCount + waiterCount);
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(["rooms_create", "sessions_list", "hls_wait_until_playable"]));
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]{1,40}$/);
    const rooms = tools.find((tool) => tool.name === "rooms_deactivate")!;
    expect(rooms.annotations).toEqual({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: false,
      openWorldHint: true,
    });
    expect(tools.find((tool) => tool.name === "rooms_get")!.annotations).toMatchObject({ readOnlyHint: true });
    expect(tools.find((tool) => tool.name === "rooms_list")!.description).toMatch(/how many remain/);
  });

  it("keeps the whole answer within its budget (bytes, and tokens at 4 characters a token)", async () => {
    const bytes = Buffer.byteLength(JSON.stringify(await stdio.client.listTools()));
    console.info(`tools/list: ${bytes} bytes, ~${Math.ceil(bytes / 4)} tokens`);
    expect(bytes).toBeLessThanOrEqual(TOOLS_LIST_BUDGET_BYTES);
  });
});

describe("calls over stdio", () => {
  it("rooms_create then rooms_get answers the same room, as JSON text and structured content", async () => {
    const created = await call("rooms_create", { customRoomId: "mcp-standup" });
    expect(created.isError).toBeFalsy();
    const roomId = created.structuredContent!.roomId as string;
    expect(roomId).toMatch(/\w/);
    const fetched = await call("rooms_get", { roomId });
    expect(fetched.structuredContent).toMatchObject({ roomId, customRoomId: "mcp-standup" });
    expect(JSON.parse(fetched.content[0]!.text)).toEqual(fetched.structuredContent);
  });

  it("starts and stops a recording, then waits for its file with progress notifications", async () => {
    const { roomId } = (await call("rooms_create")).structuredContent!;
    await sandbox.control.join(roomId, { participantId: "alice", name: "Alice" });
    expect((await call("recordings_start", { roomId })).structuredContent).toEqual({
      result: "Recording started successfully",
    });
    const listed = await call("recordings_list", { roomId });
    const [recording] = listed.structuredContent!.result.data;
    expect(recording).toMatchObject({ roomId, end: null });
    expect((await call("recordings_end", { roomId })).structuredContent).toEqual({
      result: "Recording ended successfully",
    });
    // The file comes a moment after the end; the waiter's first poll would then wait its 5 s interval.
    await eventually(() =>
      call("recordings_get", { recordingId: recording.id }).then((got) => got.structuredContent!.file?.fileUrl),
    );
    const progress: number[] = [];
    const waited = (await stdio.client.callTool(
      { name: "recordings_wait_for_file", arguments: { recordingId: recording.id, timeoutSeconds: 20 } },
      undefined,
      { onprogress: (report) => progress.push(report.progress) },
    )) as ToolAnswer;
    expect(waited.isError).toBeFalsy();
    expect(waited.structuredContent!.file.fileUrl).toMatch(/^http/);
    expect(progress.length).toBeGreaterThanOrEqual(1);
  });

  it("answers one page of a list, and says how many pages remain", async () => {
    for (let i = 0; i < 3; i++) await call("rooms_create");
    const first = await call("rooms_list", { page: 1, perPage: 1 });
    const pages = first.structuredContent!.pages;
    expect(pages).toMatchObject({ page: 1, perPage: 1, nextPage: 2 });
    expect(pages.remaining).toBe(pages.lastPage - 1);
    expect(pages.remaining).toBeGreaterThanOrEqual(2);
    const second = await call("rooms_list", { page: 2, perPage: 1 });
    expect(second.structuredContent!.pages.page).toBe(2);
    expect(second.structuredContent!.result.data[0].roomId).not.toBe(first.structuredContent!.result.data[0].roomId);
  });

  it("answers an unknown room with isError and the typed error's message and request id, no secret", async () => {
    const answer = await call("rooms_get", { roomId: "zzzz-zzzz-zzzz" });
    expect(answer.isError).toBe(true);
    const text = textOf(answer);
    expect(text).toMatch(/^NotFoundError: /);
    expect(text).toMatch(/request id \S+/);
    expect(answer.structuredContent!.error).toMatchObject({ name: "NotFoundError", requestId: expect.any(String) });
    expect(text).not.toContain("sandbox-secret");
    expect(text).not.toMatch(/eyJ|\n\s+at /);
  });

  it("refuses a bad argument before sending, naming the field", async () => {
    const wrongType = await call("rooms_create", { customRoomId: 42 });
    expect(wrongType.isError).toBe(true);
    expect(textOf(wrongType)).toMatch(/^InvalidRequestError: .*customRoomId must be string/);
    expect(wrongType.structuredContent!.error.field).toBe("customRoomId");
    const unknown = await call("rooms_create", { colour: "red" });
    expect(textOf(unknown)).toMatch(/^InvalidRequestError: rooms_create has no argument "colour"/);
    const missing = await call("rooms_get", {});
    expect(textOf(missing)).toMatch(/required property 'roomId'/);
    expect(missing.structuredContent!.error.field).toBe("roomId");
  });

  it("serves the OpenAPI description and the guides as resources", async () => {
    const { resources } = await stdio.client.listResources();
    const uris = resources.map((resource) => resource.uri);
    expect(uris).toContain("videosdk://openapi.json");
    expect(uris).toContain("videosdk://guides/authentication");
    expect(uris).toContain("videosdk://guides/mcp-server");
    const guide = await stdio.client.readResource({ uri: "videosdk://guides/authentication" });
    expect(guide.contents[0]).toMatchObject({ mimeType: "text/markdown", text: expect.stringMatching(/^# /) });
    const spec = await stdio.client.readResource({ uri: "videosdk://openapi.json" });
    expect(JSON.parse((spec.contents[0] as { text: string }).text).openapi).toMatch(/^3\.1/);
  });
});

describe("Streamable HTTP (the defaults)", () => {
  it("refuses a request without the bearer token, or with a wrong one, with 401", async () => {
    const initialize = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "curl", version: "0" } },
    });
    const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
    const none = await fetch(http.url, { method: "POST", headers, body: initialize });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const wrong = await fetch(http.url, {
      method: "POST",
      headers: { ...headers, authorization: `Bearer ${HTTP_TOKEN}x` },
      body: initialize,
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain(HTTP_TOKEN);
  });

  it("with the token: lists no destructive tool by default, and calls through the client", async () => {
    const client = new Client({ name: "http-test", version: "0.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(http.url), {
        requestInit: { headers: { authorization: `Bearer ${HTTP_TOKEN}` } },
      }),
    );
    try {
      const { tools } = await client.listTools();
      expect(tools.some((tool) => tool.annotations?.destructiveHint)).toBe(false);
      expect(tools.map((tool) => tool.name)).not.toContain("rooms_deactivate");
      expect(tools).toHaveLength(entry.mcpTools.filter((tool) => !tool.destructive).length);
      const created = (await call("rooms_create", {}, client)) as ToolAnswer;
      expect(created.structuredContent!.roomId).toMatch(/\w/);
      await expect(call("rooms_deactivate", { roomId: created.structuredContent!.roomId }, client)).rejects.toThrow(
        /rooms_deactivate is not offered/,
      );
    } finally {
      await client.close();
    }
  });
});

describe("what a server offers", () => {
  it("--read-only lists only the reads: GET operations and waiters", async () => {
    const client = await inProcess({ readOnly: true, allowDestructive: true });
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(getCount + waiterCount);
    expect(tools.every((tool) => tool.annotations?.readOnlyHint)).toBe(true);
    await client.close();
  });

  it("--tools and --exclude filter by name pattern, and destructive tools still need the flag", async () => {
    const client = await inProcess({ tools: ["rooms_*", "sessions_*"], exclude: ["sessions_get_*"] });
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual([
      "rooms_list",
      "rooms_create",
      "rooms_get",
      "rooms_update",
      "rooms_validate",
      "sessions_list",
      "sessions_get",
      "sessions_list_participants",
      "sessions_list_active_participants",
    ]);
    await client.close();
  });

  it("--dynamic offers three tools that list, describe and call the operations", async () => {
    const client = await inProcess({ dynamic: true, readOnly: true });
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual([
      "list_operations",
      "describe_operation",
      "call_operation",
    ]);
    const listed = await call("list_operations", { filter: "rooms_*" }, client);
    expect(listed.structuredContent!.operations.map((op: { name: string }) => op.name)).toEqual([
      "rooms_list",
      "rooms_get",
      "rooms_validate",
    ]);
    const described = await call("describe_operation", { name: "rooms_get" }, client);
    expect(described.structuredContent!.inputSchema.required).toEqual(["roomId"]);
    const answer = await call("call_operation", { name: "rooms_get", arguments: { roomId: "zzzz-zzzz-zzzz" } }, client);
    expect(textOf(answer)).toMatch(/^NotFoundError: /);
    await expect(call("call_operation", { name: "rooms_create" }, client)).rejects.toThrow(/not offered/);
    await client.close();
  });

  it("starts without credentials and answers each call with what to set", async () => {
    const client = await inProcess({ env: {} });
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    const answer = await call("rooms_list", {}, client);
    expect(answer.isError).toBe(true);
    expect(textOf(answer)).toMatch(/^ConfigurationError: .*VIDEOSDK_API_KEY and VIDEOSDK_SECRET \(or VIDEOSDK_TOKEN\)/);
    const halfSet = await inProcess({ env: { VIDEOSDK_API_KEY: "sandbox" } });
    expect(textOf(await call("rooms_list", {}, halfSet))).toMatch(/VIDEOSDK_SECRET is not/);
    await Promise.all([client.close(), halfSet.close()]);
  });
});

describe("videosdk mcp flags", () => {
  it.each([
    [["--port", "http"], /--port must be a port number/],
    [["--bogus"], /--bogus/],
    [["--port", "0"], /--port needs a bearer token: --http-token or VIDEOSDK_MCP_HTTP_TOKEN/],
    [["--http-token", HTTP_TOKEN], /--http-token is for HTTP/],
    [["--port", "0", "--http-token", "short"], /--http-token must have at least 16 characters/],
    [["--tools", "nothing_*"], /--tools: the pattern "nothing_\*" matches no tool/],
  ])("%j is a usage error (exit 2) naming the flag", async (flags, message) => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const saved = process.env.VIDEOSDK_MCP_HTTP_TOKEN;
    delete process.env.VIDEOSDK_MCP_HTTP_TOKEN;
    try {
      expect(await command.runMcpCommand(flags)).toBe(2);
    } finally {
      spy.mockRestore();
      if (saved !== undefined) process.env.VIDEOSDK_MCP_HTTP_TOKEN = saved;
    }
    expect(written.join("")).toMatch(message);
  });
});
