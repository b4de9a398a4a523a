/**
 * The command line's part of `npm run bench`: the process wall time of `videosdk --help` against `node -e 0` (the
 * target is at most 1.5×: help loads the command table, not the client), and of `videosdk rooms get` against a
 * sandbox (the client loaded, a token minted, one call). The bin runs from dist/cli/, as published.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { startSandbox } from "../../src/testing/index.js";
import { PROJECT_ROOT } from "./paths.js";

const BIN = path.join(PROJECT_ROOT, "dist/cli/index.js");
const RUNS = 20;
export const HELP_TARGET = 1.5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One run's wall time. Asynchronous: the sandbox answering `rooms get` runs in this very process. */
async function wall(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(process.execPath, args, { env });
  return performance.now() - started;
}

export async function benchCli(): Promise<{ markdown: string; helpRatio: number }> {
  const sandbox = await startSandbox({ port: 0, processingMs: 50, log: () => {} });
  try {
    const { roomId } = (await (
      await fetch(`${sandbox.baseUrl}/v2/rooms`, {
        method: "POST",
        headers: { authorization: sandbox.token, "content-type": "application/json" },
        body: "{}",
      })
    ).json()) as { roomId: string };
    const env = {
      ...process.env,
      VIDEOSDK_BASE_URL: sandbox.baseUrl,
      VIDEOSDK_API_KEY: sandbox.apiKey,
      VIDEOSDK_SECRET: sandbox.secret,
    };
    const cases = [
      { name: "`node -e 0` (baseline)", args: ["-e", "0"] },
      { name: "`videosdk --help`", args: [BIN, "--help"] },
      { name: "`videosdk rooms create --help`", args: [BIN, "rooms", "create", "--help"] },
      { name: "`videosdk rooms get <room-id>` against the sandbox", args: [BIN, "rooms", "get", roomId] },
    ];
    const samples = cases.map(() => [] as number[]);
    for (const c of cases) await wall(c.args, env);
    // Interleaved, so that a noisy moment on the machine hits every case alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [i, c] of cases.entries()) samples[i]!.push(await wall(c.args, env));
    }
    const medians = samples.map(median);
    const helpRatio = median(samples[1]!.map((ms, run) => ms / samples[0]![run]!));
    const rows = cases.map(
      (c, i) => `| ${c.name} | ${medians[i]!.toFixed(1)} | ${(medians[i]! / medians[0]!).toFixed(2)} |`,
    );
    const markdown = `## The command line

Process wall time, spawn to exit, of the built bin (dist/cli/); median of ${RUNS} interleaved runs after one
discarded run each. \`rooms get\` mints a token and makes one call to a sandbox on loopback.

| Command | process wall ms | × \`node -e 0\` |
| --- | ---: | ---: |
${rows.join("\n")}

Target: \`videosdk --help\` within ${HELP_TARGET}× \`node -e 0\`: **${helpRatio <= HELP_TARGET ? "met" : "missed"}** (${helpRatio.toFixed(2)}×, the
median of the per-run ratios).

`;
    return { markdown, helpRatio };
  } finally {
    await sandbox.stop();
  }
}
