/**
 * `videosdk mcp [flags]`: parses the flags, starts the server on stdio (default) or Streamable HTTP (`--port`),
 * and resolves with the exit code when it stops: 0 when the client goes away or on SIGINT/SIGTERM, 2 for a usage
 * error (the message names the flag). stdout belongs to the stdio transport, so everything else goes to stderr.
 */
import { parseArgs } from "node:util";
import { ConfigurationError } from "../errors.js";
import { listenMcpHttp, MIN_HTTP_TOKEN_LENGTH } from "./http.js";
import { loadMcpSdk, McpSdkMissingError } from "./sdk.js";
import { type PreparedMcpServer, prepareMcpServer } from "./server.js";

export const HTTP_TOKEN_ENV = "VIDEOSDK_MCP_HTTP_TOKEN";

export const MCP_USAGE = `Usage: videosdk mcp [flags]

Runs an MCP server whose tools are the VideoSDK API's operations, on stdio unless --port is given.

  --read-only            only the tools that read (GET operations and waiters)
  --allow-destructive    also list the tools that end, stop, remove or delete something
  --tools <patterns>     only these tools: comma-separated names, * as wildcard (rooms_*,sessions_*)
  --exclude <patterns>   leave these tools out
  --dynamic              three tools (list_operations, describe_operation, call_operation) instead of one per operation
  --port <n>             serve Streamable HTTP on 127.0.0.1:<n>/mcp instead of stdio (0: any free port)
  --http-token <token>   the bearer token HTTP clients must send (default ${HTTP_TOKEN_ENV}); required with --port
  -h, --help             this help

Credentials: VIDEOSDK_API_KEY and VIDEOSDK_SECRET, or VIDEOSDK_TOKEN; VIDEOSDK_BASE_URL for another API origin.
`;

class UsageError extends Error {}

export async function runMcpCommand(argv: string[]): Promise<number> {
  const stderr = (line: string) => process.stderr.write(`${line}\n`);
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(argv);
  } catch (error) {
    stderr(`videosdk mcp: ${(error as Error).message}\nRun \`videosdk mcp --help\` for the flags.`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(MCP_USAGE);
    return 0;
  }

  let prepared: PreparedMcpServer;
  try {
    prepared = prepareMcpServer({
      readOnly: flags.readOnly,
      allowDestructive: flags.allowDestructive,
      tools: flags.tools,
      exclude: flags.exclude,
      dynamic: flags.dynamic,
    });
  } catch (error) {
    if (error instanceof McpSdkMissingError) {
      stderr(`videosdk mcp: ${error.message}`);
      return 1;
    }
    if (error instanceof ConfigurationError && (error.field === "tools" || error.field === "exclude")) {
      stderr(`videosdk mcp: --${error.message}`);
      return 2;
    }
    throw error;
  }
  const count = flags.dynamic ? `${prepared.tools.length} operations behind 3 tools` : `${prepared.tools.length} tools`;

  if (flags.port === undefined) {
    const server = prepared.create();
    const { StdioServerTransport } = loadMcpSdk().stdio;
    const closed = new Promise<void>((resolve) => {
      server.onclose = () => resolve();
    });
    // The SDK's stdio transport does not notice the end of stdin: the client has gone, so stop.
    const end = () => void server.close();
    process.stdin.once("end", end);
    await server.connect(new StdioServerTransport());
    stderr(`videosdk mcp: serving ${count} over stdio`);
    await untilSignal(closed, () => server.close());
    process.stdin.off("end", end);
    return 0;
  }

  let http: Awaited<ReturnType<typeof listenMcpHttp>>;
  try {
    http = await listenMcpHttp(prepared, { port: flags.port, token: flags.httpToken! });
  } catch (error) {
    if (error instanceof ConfigurationError && error.field === "httpToken") {
      stderr(`videosdk mcp: --http-token: ${error.message}`);
      return 2;
    }
    const code = (error as { code?: unknown }).code;
    if (code === "EADDRINUSE" || code === "EACCES") {
      stderr(`videosdk mcp: --port ${flags.port}: ${code === "EADDRINUSE" ? "already in use" : "not allowed"}`);
      return 1;
    }
    throw error;
  }
  stderr(`videosdk mcp: serving ${count} on ${http.url}`);
  await untilSignal(new Promise<void>(() => {}), () => http.close());
  return 0;
}

/** Resolves when `done` does, or on SIGINT/SIGTERM after `stop()`. */
async function untilSignal(done: Promise<void>, stop: () => Promise<void>): Promise<void> {
  let onSignal = () => {};
  const signalled = new Promise<void>((resolve) => {
    onSignal = () => void stop().finally(resolve);
  });
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await Promise.race([done, signalled]);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

function parseFlags(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      "read-only": { type: "boolean" },
      "allow-destructive": { type: "boolean" },
      tools: { type: "string", multiple: true },
      exclude: { type: "string", multiple: true },
      dynamic: { type: "boolean" },
      port: { type: "string" },
      "http-token": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0]!.slice(0, 40)}": mcp takes flags only`);
  const list = (name: string, given: string[] | undefined) => {
    if (given === undefined) return undefined;
    const patterns = given.flatMap((item) => item.split(",")).map((item) => item.trim());
    if (patterns.some((pattern) => !/^[a-z0-9_*]+$/.test(pattern))) {
      throw new UsageError(`--${name} takes comma-separated tool names, * as wildcard (rooms_*,sessions_get)`);
    }
    return patterns;
  };
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError("--port must be a port number, 0 to 65535");
  }
  const httpToken = values["http-token"] ?? (process.env[HTTP_TOKEN_ENV] || undefined);
  if (values["http-token"] !== undefined && port === undefined) {
    throw new UsageError("--http-token is for HTTP: give --port too");
  }
  if (port !== undefined && httpToken === undefined) {
    throw new UsageError(`--port needs a bearer token: --http-token or ${HTTP_TOKEN_ENV}`);
  }
  if (httpToken !== undefined && port !== undefined && httpToken.length < MIN_HTTP_TOKEN_LENGTH) {
    throw new UsageError(`--http-token must have at least ${MIN_HTTP_TOKEN_LENGTH} characters`);
  }
  return {
    help: values.help ?? false,
    readOnly: values["read-only"] ?? false,
    allowDestructive: values["allow-destructive"] ?? false,
    tools: list("tools", values.tools),
    exclude: list("exclude", values.exclude),
    dynamic: values.dynamic ?? false,
    port,
    httpToken,
  };
}
