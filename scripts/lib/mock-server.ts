/**
 * Starts Prism on the bundled spec and resolves once it really answers. Prism has no readiness endpoint, so
 * this polls a route that needs no credentials (the webhook public key).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { BUNDLED_SPEC_JSON, PROJECT_ROOT } from "./paths.js";

const prismBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json")),
  "dist/index.js",
);

export interface MockServerOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Generate responses from the schemas instead of returning the spec's examples. */
  dynamic?: boolean;
  /** With `dynamic`, a seed that makes the generated responses repeatable. */
  seed?: string;
  /** Prism's log level. Default `warn`. */
  logLevel?: "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";
  /** Where Prism's output goes. Default: inherited. */
  stdio?: "inherit" | "ignore" | "pipe";
  /** How long to wait for Prism to answer. Default 30 s. */
  readyTimeoutMs?: number;
}

export interface MockServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export const READINESS_PATH = "/v2/public/rsa-public-key";

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port === 0 ? await freePort(host) : (options.port ?? 4010);
  const args = [
    prismBin,
    "mock",
    BUNDLED_SPEC_JSON,
    "--host",
    host,
    "--port",
    String(port),
    "--cors",
    "--verboseLevel",
    options.logLevel ?? "warn",
  ];
  if (options.dynamic) args.push("--dynamic");
  if (options.seed !== undefined) args.push("--seed", options.seed);
  const child = spawn(process.execPath, args, { stdio: options.stdio ?? "inherit", cwd: PROJECT_ROOT });
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    });

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`Prism exited with code ${exited} before it answered on ${url}`);
    try {
      const response = await fetch(url + READINESS_PATH, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return { url, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`Prism did not answer on ${url} within ${options.readyTimeoutMs ?? 30_000} ms`);
}

function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
