/** Runs the project's npm scripts as a user does, and reads what they print. */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { npmScriptArgs, npmScriptEnv } from "../../scripts/lib/npm-script.js";
import { withoutNpmRunVariables } from "../support/build.js";

export const root = path.resolve(import.meta.dirname, "../..");

/**
 * The environment without the npm run variables of an enclosing `npm test` (the user's npm settings, such as
 * npm_config_cache, stay), and without the caller's credentials.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...withoutNpmRunVariables(), VIDEOSDK_API_KEY: "", VIDEOSDK_SECRET: "", ...extra };
}

export interface Running {
  child: ChildProcess;
  output(): string;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>;
  /** Ctrl-C as a terminal sends it: SIGINT to the whole process group (npm, its shell, the script). */
  interrupt(): void;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

/** `npm run <script> -- <args>` (or `npm start`), watched. */
export function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv()): Running {
  return watch(
    script,
    spawn("npm", [...(script === "start" ? ["start"] : ["run", script]), "--", ...args], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, like a command typed in a terminal.
      detached: true,
    }),
  );
}

/**
 * The command of package.json's `<script>` with `<args>`, run by sh as npm runs it (the package's binaries on
 * PATH), without npm itself: what the script prints, for the tests that need not see npm again (npm adds only its
 * `> script` header, which npmRun's tests check once per script).
 */
export function scriptRun(script: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv()): Running {
  return watch(
    script,
    spawn("sh", npmScriptArgs(script, args), {
      cwd: root,
      env: npmScriptEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }),
  );
}

function watch(script: string, child: ChildProcess): Running {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => stdout + stderr,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    interrupt: () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGINT");
    },
    async waitFor(pattern, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(stdout + stderr);
        if (match) return match;
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`no ${pattern} in the output of npm ${script} (exit ${child.exitCode}):\n${stdout}${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Whether something accepts connections on the URL's port. */
export async function listening(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/** Waits (up to `timeoutMs`) until nothing listens on any of the URLs' ports; returns those still listening. */
export async function stillListening(urls: string[], timeoutMs = 5000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = [];
    for (const url of urls) if (await listening(url)) open.push(url);
    if (open.length === 0 || Date.now() > deadline) return open;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
