/**
 * The sandbox's part of `npm run bench`: how soon it answers (npm start, startSandbox cold and warm, four in
 * parallel) and how many requests per second it serves on loopback, one at a time and 16 at once, beside the static
 * Prism mock on the same endpoints. The sandbox runs from dist/ (as published) in a process of its own, so that it
 * does not share the event loop with the load.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { startMockServer } from "./mock-server.js";
import { PROJECT_ROOT } from "./paths.js";

const DIST_TESTING = path.join(PROJECT_ROOT, "dist/testing/index.js");
const READY_RUNS = 5;
const SEQUENTIAL_CALLS = 2000;
const CONCURRENCY = 16;
const CONCURRENT_CALLS = 4000;
const WARMUP_CALLS = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Milliseconds from spawning `command` until `url` answers 200. */
async function readyAfter(command: string, args: string[], url: string, env: NodeJS.ProcessEnv = process.env) {
  const started = performance.now();
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: "ignore", detached: true });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited with ${child.exitCode}`);
      try {
        if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return performance.now() - started;
      } catch {
        // not yet
      }
      if (performance.now() - started > 60_000) throw new Error(`${url} did not answer within 60 s`);
      await sleep(10);
    }
  } finally {
    await stopGroup(child);
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
}

/** A program that starts sandboxes from dist/ and reports timings as JSON on stdout. */
const inProcess = (body: string) => `
const t0 = performance.now();
const { startSandbox } = await import(${JSON.stringify(DIST_TESTING)});
${body}`;

async function runJson<T>(program: string): Promise<T> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", program], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`benchmark program failed (${code}): ${out}`);
  return JSON.parse(out) as T;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
}

/** Calls `call` `total` times with `concurrency` callers; latencies in ms. */
async function load(call: () => Promise<void>, total: number, concurrency: number): Promise<Load> {
  for (let i = 0; i < WARMUP_CALLS; i++) await call();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        await call();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { rps: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function expectOk(response: Promise<Response>): Promise<void> {
  const answer = await response;
  await answer.arrayBuffer();
  if (!answer.ok) throw new Error(`status ${answer.status}`);
}

export interface SandboxBench {
  markdown: string;
}

export async function benchSandbox(): Promise<SandboxBench> {
  // ---- ready times -------------------------------------------------------------------------------------------------
  const port = 4810;
  const docsPort = 4820;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("npm_")));
  // A first run builds what is stale (the docs), so that the measured runs find nothing to rebuild.
  await readyAfter(
    "npm",
    ["start", "--", "--port", String(port), "--docs-port", String(docsPort)],
    `http://127.0.0.1:${docsPort}/`,
    env,
  );
  const npmStart: number[] = [];
  for (let run = 0; run < READY_RUNS; run++)
    npmStart.push(
      await readyAfter(
        "npm",
        ["start", "--", "--port", String(port), "--docs-port", String(docsPort)],
        `http://127.0.0.1:${port}/_sandbox/health`,
        env,
      ),
    );

  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < READY_RUNS; run++) {
    const timings = await runJson<{ cold: number; warm: number }>(
      inProcess(`
const first = await startSandbox({ port: 0 });
await (await fetch(first.baseUrl + "/_sandbox/health")).text();
const cold = performance.now() - t0;
const t1 = performance.now();
const second = await startSandbox({ port: 0 });
await (await fetch(second.baseUrl + "/_sandbox/health")).text();
const warm = performance.now() - t1;
await Promise.all([first.stop(), second.stop()]);
process.stdout.write(JSON.stringify({ cold, warm }));`),
    );
    cold.push(timings.cold);
    warm.push(timings.warm);
  }
  const parallel = await runJson<{ wall: number; each: number[] }>(
    inProcess(`
const each = [];
const sandboxes = await Promise.all([1, 2, 3, 4].map(async () => {
  const s = await startSandbox({ port: 0 });
  await (await fetch(s.baseUrl + "/_sandbox/health")).text();
  each.push(performance.now() - t0);
  return s;
}));
const wall = performance.now() - t0;
await Promise.all(sandboxes.map((s) => s.stop()));
process.stdout.write(JSON.stringify({ wall, each }));`),
  );

  // ---- throughput ----------------------------------------------------------------------------------------------------
  const server = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      inProcess(`
const sandbox = await startSandbox({ port: 0, processingMs: 60000 });
process.stdout.write(JSON.stringify({ baseUrl: sandbox.baseUrl, token: sandbox.token }) + "\\n");
process.once("SIGTERM", () => sandbox.stop().then(() => process.exit(0)));`),
    ],
    { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "inherit"], detached: true },
  );
  const { baseUrl, token } = await new Promise<{ baseUrl: string; token: string }>((resolve) =>
    server.stdout!.once("data", (chunk: Buffer) => resolve(JSON.parse(chunk.toString()))),
  );
  const mock = await startMockServer({ port: 0, logLevel: "silent", stdio: "ignore" });
  const rows: { server: string; call: string; sequential: Load; concurrent: Load }[] = [];
  try {
    const headers = { authorization: token, "content-type": "application/json" };
    const room = (await (await fetch(`${baseUrl}/v2/rooms`, { method: "POST", headers, body: "{}" })).json()) as {
      roomId: string;
    };
    const calls: [string, string, (origin: string) => Promise<void>][] = [
      [
        "GET /v2/rooms/{roomId}",
        "sandbox",
        (origin) => expectOk(fetch(`${origin}/v2/rooms/${room.roomId}`, { headers })),
      ],
      [
        "POST /v2/rooms",
        "sandbox",
        (origin) => expectOk(fetch(`${origin}/v2/rooms`, { method: "POST", headers, body: "{}" })),
      ],
      [
        "GET /v2/rooms/{roomId}",
        "Prism mock",
        (origin) => expectOk(fetch(`${origin}/v2/rooms/${room.roomId}`, { headers })),
      ],
      [
        "POST /v2/rooms",
        "Prism mock",
        (origin) => expectOk(fetch(`${origin}/v2/rooms`, { method: "POST", headers, body: "{}" })),
      ],
    ];
    for (const [call, name, run] of calls) {
      const origin = name === "sandbox" ? baseUrl : mock.url;
      rows.push({
        server: name,
        call,
        sequential: await load(() => run(origin), SEQUENTIAL_CALLS, 1),
        concurrent: await load(() => run(origin), CONCURRENT_CALLS, CONCURRENCY),
      });
    }
  } finally {
    await mock.stop();
    await stopGroup(server);
  }

  const ms = (value: number) => value.toFixed(0);
  const lat = (value: number) => value.toFixed(2);
  const markdown = `## Sandbox

How soon the sandbox answers, and how fast. Ready means the first answered request (\`GET /_sandbox/health\`),
measured from the moment the command or the process was started; median of ${READY_RUNS} runs.

| Start | median ms | slowest ms | target |
| --- | ---: | ---: | --- |
| \`npm start\` (sandbox + docs site, nothing stale), to the sandbox's first answer | ${ms(median(npmStart))} | ${ms(Math.max(...npmStart))} | ≤ 3000: **${median(npmStart) <= 3000 ? "met" : "missed"}** |
| \`startSandbox()\` in a fresh Node process (imports included) | ${ms(median(cold))} | ${ms(Math.max(...cold))} | < 2000: **${Math.max(...cold) < 2000 ? "met" : "missed"}** |
| a second \`startSandbox()\` in the same process | ${ms(median(warm))} | ${ms(Math.max(...warm))} | |
| four \`startSandbox()\` at once in a fresh process, until all four answer | ${ms(parallel.wall)} | ${ms(Math.max(...parallel.each))} | < 2000 each: **${Math.max(...parallel.each) < 2000 ? "met" : "missed"}** |

Requests per second on loopback against one sandbox (its own process, from dist/) and against the static Prism mock
(\`npm run mock\`), through \`fetch\` with keep-alive: ${SEQUENTIAL_CALLS} calls one at a time, then ${CONCURRENT_CALLS} calls
from ${CONCURRENCY} callers at once, after ${WARMUP_CALLS} warmup calls. Every sandbox answer is validated by Prism before it is sent,
and every request before it is handled.

| Server | Call | sequential req/s | p50 ms | p99 ms | ${CONCURRENCY} concurrent req/s | p50 ms | p99 ms |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows
  .map(
    (row) =>
      `| ${row.server} | \`${row.call}\` | ${Math.round(row.sequential.rps)} | ${lat(row.sequential.p50)} | ${lat(row.sequential.p99)} | ${Math.round(row.concurrent.rps)} | ${lat(row.concurrent.p50)} | ${lat(row.concurrent.p99)} |`,
  )
  .join("\n")}
`;
  return { markdown };
}
