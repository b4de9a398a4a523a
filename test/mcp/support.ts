/**
 * The MCP server as users run it: the built `videosdk mcp` command, spawned. `mcpServerCommand` is the one place
 * that says how.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { CLI_BIN } from "../support/build.js";

const root = path.resolve(import.meta.dirname, "../..");

/** The command line that starts `videosdk mcp` with these flags. */
export function mcpServerCommand(flags: string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: [path.join(root, "dist", CLI_BIN), "mcp", ...flags] };
}

/** The environment of a server that calls the sandbox at `baseUrl`, with its default key and secret. */
export function sandboxEnv(baseUrl: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    VIDEOSDK_API_KEY: "sandbox",
    VIDEOSDK_SECRET: "sandbox-secret",
    VIDEOSDK_BASE_URL: baseUrl,
  };
}

/** A server spawned over stdio, and the SDK's client connected to it. */
export async function connectStdio(flags: string[], env: Record<string, string>) {
  const transport = new StdioClientTransport({ ...mcpServerCommand(flags), env, stderr: "pipe" });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const client = new Client({ name: "videosdk-api-tests", version: "0.0.0" });
  await client.connect(transport);
  return { client, stderr: () => stderr, close: () => client.close() };
}

/** A server spawned on Streamable HTTP (`--port 0`), resolved once it says where it listens. */
export async function spawnHttpServer(
  flags: string[],
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; close(): Promise<void> }> {
  const { command, args } = mcpServerCommand(["--port", "0", ...flags]);
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    child,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
