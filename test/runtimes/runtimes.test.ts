/**
 * The runtime matrix: the packed package, installed as a user installs it, bundled with one small program
 * (program.js) and run in Node, Bun, Deno, Cloudflare's workerd, Vercel's edge-runtime and headless Chromium against
 * one sandbox. Each run mints tokens through the universal entry (Web Crypto), creates and reads a room, and verifies
 * a signed webhook; the browser must refuse minting without dangerouslyAllowBrowser, the others must not. All runs
 * share one tarball and one sandbox and go at once.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { EdgeRuntime } from "edge-runtime";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../../src/testing/index.js";
import { chromiumAvailable, launchBrowser, offlineContext, servePage } from "../support/browser.js";
import { installPackage } from "../support/build.js";
import { runtimeBinary, toolchainAvailable, toolchains } from "../support/toolchains.js";

const run = promisify(execFile);
/** How long one runtime may take to start, run the program and answer. */
const RUN_TIMEOUT_MS = 30_000;

type RuntimeName = "node" | "bun" | "deno" | "workerd" | "edge-runtime" | "chromium";

/** What program.js returns; each runtime prints it as one JSON line. */
interface ProgramResult {
  runtime: string;
  refusedWithoutOptIn: boolean;
  managementRoles: string[];
  participantRoles: string[];
  sameRoom: boolean;
  customRoomId: string;
  webhook: string;
  error?: string;
}

// A runtime whose binary cannot start here skips (one line in the summary); CI sets REQUIRE_RUNTIMES to fail instead.
const available: Record<RuntimeName, boolean> = {
  node: true,
  "edge-runtime": true,
  bun: toolchainAvailable(toolchains.bun),
  deno: toolchainAvailable(toolchains.deno),
  workerd: toolchainAvailable(toolchains.workerd),
  chromium: chromiumAvailable(),
};

/** The small wrapper each runtime needs around program.js's `main`, and how esbuild bundles it. */
const wrappers: Record<RuntimeName, { source: string; format: "esm" | "iife" }> = {
  node: { source: "console.log(JSON.stringify(await main(BASE_URL)));", format: "esm" },
  bun: { source: "console.log(JSON.stringify(await main(BASE_URL)));", format: "esm" },
  deno: { source: "console.log(JSON.stringify(await main(BASE_URL)));", format: "esm" },
  workerd: {
    source: "export default { async fetch() { return new Response(JSON.stringify(await main(BASE_URL))); } };",
    format: "esm",
  },
  "edge-runtime": {
    source:
      "globalThis.programResult = main(BASE_URL).then(JSON.stringify, (e) => JSON.stringify({ error: String(e) }));",
    format: "iife",
  },
  chromium: {
    source: "window.programResult = main(BASE_URL).then(JSON.stringify, (e) => JSON.stringify({ error: String(e) }));",
    format: "esm",
  },
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Runs a program to its end and returns its stdout; a failure carries its output. */
async function runToEnd(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    const { stdout } = await run(file, args, { timeout: RUN_TIMEOUT_MS, env: { ...process.env, ...env } });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${path.basename(file)} failed: ${failed.message}\n${failed.stdout ?? ""}${failed.stderr ?? ""}`);
  }
}

/** The last line of a program's output that is JSON. */
function lastJsonLine(output: string): string {
  const line = output
    .trim()
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  if (!line) throw new Error(`no JSON line in the output:\n${output}`);
  return line;
}

describe("the runtime matrix", () => {
  let workDir = "";
  let sandbox: Sandbox | undefined;
  let workerd: ChildProcess | undefined;
  const cleanups: (() => Promise<unknown>)[] = [];
  const lines = new Map<RuntimeName, Promise<string>>();

  beforeAll(async () => {
    const [installed, started] = await Promise.all([installPackage("videosdk-runtimes-"), startSandbox({ port: 0 })]);
    sandbox = started;
    workDir = installed.workDir;
    // Installed as package-consumers installs it (the same install, shared): the program sits inside the project.
    const projectDir = installed.projectDir;
    copyFileSync(path.join(import.meta.dirname, "program.js"), path.join(projectDir, "program.js"));

    const bundles = Object.fromEntries(
      await Promise.all(
        (Object.keys(wrappers) as RuntimeName[])
          .filter((name) => available[name])
          .map(async (name) => {
            const { source, format } = wrappers[name];
            const result = await build({
              stdin: { contents: `import { main } from "./program.js";\n${source}`, resolveDir: projectDir },
              bundle: true,
              format,
              // The universal entry must bundle for a browser: no Node built-ins anywhere in it.
              platform: "browser",
              target: "es2022",
              define: { BASE_URL: JSON.stringify(started.baseUrl) },
              write: false,
              logLevel: "silent",
            });
            const file = path.join(projectDir, `${name}.${format === "esm" ? "mjs" : "js"}`);
            writeFileSync(file, result.outputFiles[0]!.contents);
            return [name, file] as const;
          }),
      ),
    ) as Partial<Record<RuntimeName, string>>;

    const launch: Record<RuntimeName, (bundle: string) => Promise<string>> = {
      node: async (bundle) => lastJsonLine(await runToEnd(process.execPath, [bundle])),
      bun: async (bundle) =>
        lastJsonLine(await runToEnd(runtimeBinary("bun")!, [bundle], { BUN_DISABLE_TELEMETRY: "1" })),
      deno: async (bundle) =>
        lastJsonLine(
          await runToEnd(
            runtimeBinary("deno")!,
            ["run", "--allow-net=127.0.0.1", "--no-prompt", "--no-config", bundle],
            {
              DENO_DIR: path.join(workDir, "deno-dir"),
              DENO_NO_UPDATE_CHECK: "1",
              NO_COLOR: "1",
            },
          ),
        ),
      workerd: async (bundle) => {
        const port = await freePort();
        const config = path.join(projectDir, "workerd.capnp");
        writeFileSync(
          config,
          `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = (
      modules = [(name = "worker.mjs", esModule = embed "${path.basename(bundle)}")],
      compatibilityDate = "2024-09-23",
      globalOutbound = "loopback",
    )),
    # The sandbox listens on 127.0.0.1: the worker may reach loopback and nothing else.
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
`,
        );
        workerd = spawn(runtimeBinary("workerd")!, ["serve", config], { stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        workerd.stderr?.on("data", (chunk) => {
          stderr += chunk;
        });
        const deadline = Date.now() + RUN_TIMEOUT_MS;
        for (;;) {
          try {
            const response = await fetch(`http://127.0.0.1:${port}/`);
            return lastJsonLine(await response.text());
          } catch (error) {
            if (Date.now() > deadline || workerd.exitCode !== null) {
              throw new Error(`workerd did not answer: ${String(error)}\n${stderr}`);
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
      },
      "edge-runtime": async (bundle) => {
        const runtime = new EdgeRuntime({ initialCode: readFileSync(bundle, "utf8") });
        return lastJsonLine(await (runtime.evaluate("globalThis.programResult") as Promise<string>));
      },
      chromium: async (bundle) => {
        const page = await servePage(new URL(`file://${bundle}`));
        const browser = await launchBrowser();
        cleanups.push(() => browser.close(), page.close);
        const { context } = await offlineContext(browser);
        const tab = await context.newPage();
        await tab.goto(page.url);
        return lastJsonLine(
          (await tab.evaluate(() => (window as { programResult?: Promise<string> }).programResult)) ?? "",
        );
      },
    };
    for (const [name, bundle] of Object.entries(bundles) as [RuntimeName, string][]) {
      const line = launch[name](bundle);
      // Awaited by its own test; marked handled so that one failing runtime fails only its test.
      line.catch(() => undefined);
      lines.set(name, line);
    }
  }, 240_000);

  afterAll(async () => {
    workerd?.kill();
    await Promise.all(cleanups.map((cleanup) => cleanup().catch(() => undefined)));
    await sandbox?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  for (const [name, isBrowser] of [
    ["node", false],
    ["bun", false],
    ["deno", false],
    ["workerd", false],
    ["edge-runtime", false],
    ["chromium", true],
  ] as [RuntimeName, boolean][]) {
    it.skipIf(!available[name])(`${name} mints, calls the sandbox and verifies a webhook`, async () => {
      const line = await lines.get(name)!;
      console.log(`${name}: ${line}`);
      const result = JSON.parse(line) as ProgramResult;
      expect(result.runtime.split(" ")[0]).toBe(name);
      expect(result).toEqual({
        runtime: result.runtime,
        // Only a browser page refuses a secret without the opt-in.
        refusedWithoutOptIn: isBrowser,
        managementRoles: ["crawler"],
        participantRoles: ["rtc"],
        sameRoom: true,
        customRoomId: "runtime-matrix",
        webhook: "session-started",
      });
    });
  }
});
