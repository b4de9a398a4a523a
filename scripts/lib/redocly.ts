/** Runs the Redocly CLI offline and quietly: no usage telemetry, no update check, no colours. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { PROJECT_ROOT } from "./paths.js";

const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

/** Resolves with the CLI's output (without its boxed notices); rejects with it when the CLI fails. */
export function runRedocly(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_NOTIFICATIONS: "true",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      const text = withoutBanners(output);
      if (code === 0) resolve(text);
      else reject(new Error(`redocly ${args[0]} failed (${signal ?? `exit code ${code}`}):\n${text}`));
    });
  });
}

/** The CLI's output without its boxed notices (Node version, Redoc 3 migration). */
function withoutBanners(output: string): string {
  return output
    .split("\n")
    .filter((line) => !/[║╔╚═]/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
