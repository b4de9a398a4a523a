/**
 * An npm script of package.json as npm runs it, without npm itself: its command and arguments for `sh -c`, with
 * the package's binaries first on PATH. For `npm test`'s steps and the tests of the scripts' own output.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./paths.js";

const scripts = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

/** `sh -c` and the line it runs: the script's command, then each argument quoted for sh. */
export function npmScriptArgs(name: string, args: readonly string[] = []): [string, string] {
  const command = scripts[name];
  if (!command) throw new Error(`package.json has no script "${name}"`);
  const quoted = args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
  return ["-c", quoted ? `${command} ${quoted}` : command];
}

/** `env` with node_modules/.bin first on PATH, as npm run sets it. */
export function npmScriptEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, PATH: `${path.join(PROJECT_ROOT, "node_modules/.bin")}${path.delimiter}${env.PATH ?? ""}` };
}
