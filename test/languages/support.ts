/** Shared pieces of the other-language tests: the operations they call, a recording proxy, their output. */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { operations } from "../../generated/operations.js";
import { startServer, type TestServer } from "../support/http-server.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Every operation of the spec: the Python and Go clients call them all, each built from the spec's examples. */
export const ALL_OPERATIONS = Object.keys(operations).sort();

export interface CallResult {
  operationId: string;
  method: string;
  path: string;
  status?: number;
  errors: string[];
}

/**
 * A local HTTP server that records each request (its Authorization header above all) and forwards it to `target`,
 * answering with the target's answer. It stands between a generated client and the mock.
 */
export async function startRecordingProxy(target: string): Promise<TestServer> {
  return startServer(async (request, response) => {
    const headers: Record<string, string> = {};
    for (const name of ["authorization", "content-type", "prefer"]) {
      const value = request.headers[name];
      if (typeof value === "string") headers[name] = value;
    }
    const answer = await fetch(target + request.url, {
      method: request.method,
      headers,
      ...(request.body ? { body: request.body } : {}),
      signal: AbortSignal.timeout(10_000),
    });
    response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
    response.end(await answer.text());
  });
}

/** Runs a command; resolves with its output whatever its exit code (the output says what failed). */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, ...options.env },
        timeout: options.timeout ?? 120_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The JSON lines of a client's output that report an operation. */
export function callResults(stdout: string): CallResult[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as CallResult & { error?: string })
    .filter((line) => {
      if (line.error) throw new Error(line.error);
      return "operationId" in line;
    });
}

/** Every operation called once, answered 200, its request and response matching the spec. */
export function expectEveryOperationPassed(results: CallResult[]): void {
  expect(results.map((r) => r.operationId).sort()).toEqual(ALL_OPERATIONS);
  expect(results.filter((r) => r.errors.length > 0 || r.status !== 200)).toEqual([]);
}

/** A raw JWT: three base64url parts, no `Bearer ` prefix. */
export const RAW_JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;
