/**
 * The committed collections run by their own runners against a sandbox started here, with the sandbox environment
 * (its baseUrl pointed at this sandbox): newman in process, `bru run` as its CLI, both at once on one sandbox (each
 * story creates its own room and lists only that room). Every request runs, every test passes, and the sandbox
 * finds no request or answer out of the spec.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../src/testing/index.js";
import { root } from "./support.js";

const collections = path.join(root, "generated/collections");

interface NewmanSummary {
  run: {
    stats: { requests: { total: number }; assertions: { total: number; failed: number } };
    executions: { item: { name: string }; response?: { code: number } }[];
    failures: { source?: { name?: string }; error: { message: string } }[];
  };
}

interface BruResult {
  name: string;
  response: { status: number | string };
  error?: string | null;
  testResults: { description: string; status: string; error?: string }[];
}

const newman = createRequire(import.meta.url)("newman") as {
  run(options: object, callback: (error: Error | null, summary: NewmanSummary) => void): void;
};

function runNewman(baseUrl: string): Promise<NewmanSummary> {
  return new Promise((resolve, reject) =>
    newman.run(
      {
        collection: path.join(collections, "videosdk.postman_collection.json"),
        environment: path.join(collections, "videosdk-sandbox.postman_environment.json"),
        envVar: [{ key: "baseUrl", value: baseUrl }],
        reporters: [],
        timeoutRequest: 10_000,
      },
      (error, summary) => (error ? reject(error) : resolve(summary)),
    ),
  );
}

async function runBru(baseUrl: string): Promise<BruResult[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "videosdk-bru-"));
  const report = path.join(dir, "results.json");
  try {
    // "developer" runs the scripts in Node's vm; the default "safe" (QuickJS) passes as well, 10 times slower.
    const args = ["run", "-r", "--env", "sandbox", "--env-var", `baseUrl=${baseUrl}`, "--sandbox", "developer"];
    await promisify(execFile)(
      process.execPath,
      [path.join(root, "node_modules/@usebruno/cli/bin/bru.js"), ...args, "--reporter-json", report],
      { cwd: path.join(collections, "bruno"), timeout: 90_000 },
    ).catch((error: { stdout?: string }) => {
      // A failed test makes bru exit 1; the report says which.
      if (!error.stdout?.includes("Wrote json results")) throw error;
    });
    const parsed = JSON.parse(await readFile(report, "utf8"));
    return (Array.isArray(parsed) ? parsed[0] : parsed).results as BruResult[];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The requests of the Postman collection, by name. */
async function postmanRequestNames(): Promise<string[]> {
  const collection = JSON.parse(await readFile(path.join(collections, "videosdk.postman_collection.json"), "utf8"));
  return collection.item.flatMap((folder: { item: { name: string }[] }) => folder.item.map((item) => item.name));
}

describe("the collections run against the sandbox", () => {
  let sandbox: Sandbox;
  let runs: Promise<[NewmanSummary, BruResult[]]>;
  let names: string[];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, processingMs: 0 });
    runs = Promise.all([runNewman(sandbox.baseUrl), runBru(sandbox.baseUrl)]);
    // Each test awaits the runs; a failure is reported there, not as an unhandled rejection.
    runs.catch(() => {});
    names = await postmanRequestNames();
  });
  afterAll(() => sandbox?.stop());

  it("newman runs every request once and every test passes", async () => {
    const [{ run }] = await runs;
    expect(run.failures.map((failure) => `${failure.source?.name}: ${failure.error.message}`)).toEqual([]);
    expect(run.executions.map((execution) => execution.item.name).sort()).toEqual([...names].sort());
    // Two checks per request (status, keys) except for an answer whose shape is a union.
    expect(run.stats.assertions.total).toBeGreaterThanOrEqual(names.length * 2 - 5);
    console.info(`newman: ${run.stats.requests.total} requests, ${run.stats.assertions.total} assertions`);
  }, 120_000);

  it("bru runs every request once and every test passes", async () => {
    const [, results] = await runs;
    const failed = results.flatMap((result) => [
      ...(result.error ? [`${result.name}: ${result.error}`] : []),
      ...result.testResults.filter((test) => test.status !== "pass").map((test) => `${result.name}: ${test.error}`),
    ]);
    expect(failed).toEqual([]);
    expect(results.map((result) => result.name).sort()).toEqual([...names].sort());
    const tests = results.reduce((sum, result) => sum + result.testResults.length, 0);
    expect(tests).toBeGreaterThanOrEqual(names.length * 2 - 5);
    console.info(`bru: ${results.length} requests, ${tests} tests`);
  }, 120_000);

  it("the sandbox saw no request or answer out of the spec", async () => {
    await runs;
    expect(sandbox.violations()).toEqual([]);
  }, 120_000);
});
