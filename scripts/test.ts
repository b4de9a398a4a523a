/**
 * `npm test`: every check of the project, in as little time as two cores allow.
 *
 * The lint, the spec's lint, the build and vitest start together: the build holds the build lock
 * (scripts/lib/lock.ts) while it runs, and vitest's unit tests, which read src/, run meanwhile; the integration
 * tests wait for the lock before they read dist/. The checks of the built package and the typecheck start once
 * the build is done: the build checks src/ with `tsc -b` (its declarations are what it bundles), so the typecheck,
 * which shares those projects' build info, waits for it and then checks only the scripts and the tests.
 *
 * Each step is an npm script of package.json, run as npm would run it; the output of the quiet steps is printed
 * when they end, vitest's as it comes. Any failed step fails the run. The run's duration goes to
 * test-output/last-test.json, which `npm run bench` reports in BENCHMARKS.md.
 *
 * Usage: node --import tsx scripts/test.ts [vitest arguments...]
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { acquireLock } from "./lib/lock.js";
import { npmScriptArgs, npmScriptEnv } from "./lib/npm-script.js";
import { VITEST_COUNTS_FILE as COUNTS_FILE, LAST_TEST_FILE, PROJECT_ROOT } from "./lib/paths.js";

const root = PROJECT_ROOT;

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
}

/** Runs one npm script with the package's binaries on PATH, as `npm run` does, without npm's own start-up. */
function run(name: string, extraArgs: readonly string[] = [], stream = false): Promise<StepResult> {
  const started = performance.now();
  const child = spawn("sh", npmScriptArgs(name, extraArgs), {
    cwd: root,
    env: npmScriptEnv(process.env),
    stdio: stream ? "inherit" : ["ignore", "pipe", "pipe"],
  });
  const output: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      const result = { name, ok: code === 0, seconds: (performance.now() - started) / 1000 };
      // A quiet step says only that it passed; a failed one shows all it printed.
      if (!result.ok) process.stdout.write(`\n✗ ${name} failed (exit ${code}):\n${Buffer.concat(output).toString()}\n`);
      else if (!stream) console.log(`✓ ${name} (${result.seconds.toFixed(1)} s)`);
      resolve(result);
    });
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  rmSync(COUNTS_FILE, { force: true });
  const releaseBuild = await acquireLock("build");
  const build = run("build").finally(releaseBuild);
  const steps: Promise<StepResult>[] = [
    run("lint"),
    run("lint:spec"),
    build,
    run("test:vitest", process.argv.slice(2), true),
  ];
  const built = await build;
  steps.push(run("typecheck"));
  if (built.ok) steps.push(run("check:dist"));
  const results = await Promise.all(steps);
  const seconds = (performance.now() - started) / 1000;
  const failed = results.filter((result) => !result.ok).map((result) => result.name);
  mkdirSync(path.dirname(LAST_TEST_FILE), { recursive: true });
  writeFileSync(
    LAST_TEST_FILE,
    JSON.stringify({ at: new Date().toISOString(), seconds, ok: failed.length === 0, steps: results }, null, 2) + "\n",
  );
  console.log(
    failed.length
      ? `\nnpm test failed in ${seconds.toFixed(1)} s: ${failed.join(", ")}`
      : `\nnpm test passed in ${seconds.toFixed(1)} s (${results.map((r) => `${r.name} ${r.seconds.toFixed(1)} s`).join(", ")})`,
  );
  // The tests' counts as the last line, where CI reads them.
  if (existsSync(COUNTS_FILE)) console.log((JSON.parse(readFileSync(COUNTS_FILE, "utf8")) as { line: string }).line);
  process.exitCode = failed.length ? 1 : 0;
}

await main();
