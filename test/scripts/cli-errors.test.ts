/**
 * The long-running commands fail in one line, with no banner before and no stack trace: a taken port says so and
 * names the option that picks another; an unknown option prints the usage. `--help` prints the usage.
 */
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { npmRun, scriptRun } from "./support.js";

let blocker: Server;
let taken = 0;

beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  taken = (blocker.address() as { port: number }).port;
});
afterAll(() => new Promise((resolve) => blocker.close(resolve)));

/** The lines a failed command printed itself (npm's own `> script` header excluded). */
function ownLines(output: string): string[] {
  return output.split("\n").filter((line) => line.trim() !== "" && !line.startsWith(">"));
}

describe.each([
  ["start", "start", "--docs-port"],
  ["mock", "mock", undefined],
  ["docs:serve", "docs:serve", undefined],
  ["sandbox", "sandbox", undefined],
])("npm run %s", (script, name, secondPortFlag) => {
  it("on a taken port: one line naming the port and --port, status 1", async () => {
    const run = npmRun(script, ["--port", String(taken), ...(secondPortFlag ? [secondPortFlag, "0"] : [])]);
    expect(await run.exited).toBe(1);
    expect(ownLines(run.output())).toEqual([`${name}: port ${taken} on 127.0.0.1 is in use: pick another with --port`]);
  }, 60_000);

  // npm adds nothing but its `> script` header (the test above): the script's own command is enough below.
  it("with an unknown option: one line with the usage, status 2", async () => {
    const run = scriptRun(script, ["--prot", "4010"]);
    expect(await run.exited).toBe(2);
    const lines = ownLines(run.output());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${name}: unknown option --prot\\. usage: npm (run )?${script === "start" ? "start" : script} -- \\[--port`,
      ),
    );
  }, 60_000);

  it("with --help: the usage, status 0", async () => {
    const run = scriptRun(script, ["--help"]);
    expect(await run.exited).toBe(0);
    expect(ownLines(run.stdout())).toEqual([expect.stringMatching(/^usage: npm /)]);
  }, 60_000);
});

it("npm start names --docs-port when the docs port is the taken one", async () => {
  const run = npmRun("start", ["--port", "0", "--docs-port", String(taken)]);
  expect(await run.exited).toBe(1);
  expect(ownLines(run.output())).toEqual([
    `start: port ${taken} on 127.0.0.1 is in use: pick another with --docs-port`,
  ]);
}, 60_000);
