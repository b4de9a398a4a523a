/**
 * The `videosdk` command line as users run it: the built bin, spawned, against a sandbox started here. Every
 * namespace has a command run end to end; lists page; dry runs print a curl command that gives the same answer;
 * mistakes exit 2 naming what is wrong; API failures exit 1; no output of any run ever holds the secret.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/node/index.js";
import { CLI_BIN, ensureBuilt } from "../support/build.js";
import { startServer, type TestServer } from "../support/http-server.js";
import { useSandbox } from "../testing/support.js";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "dist", CLI_BIN);
// A secret no answer could hold by chance: every output of every run is searched for it.
const SECRET = "cli-test-secret-5f2c9a";
const API_KEY = "cli-test-key";
const context = useSandbox({ apiKey: API_KEY, secret: SECRET });

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
const outputs: string[] = [];
let tmp = "";

beforeAll(async () => {
  await ensureBuilt();
  tmp = await mkdtemp(path.join(tmpdir(), "videosdk-cli-"));
  TOKEN = managementToken();
}, 180_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) expect(output).not.toContain(SECRET);
});

/** A management token for the sandbox, as `videosdk tokens mint` makes one. */
function managementToken(): string {
  return createToken({ apiKey: API_KEY, secret: SECRET, permissions: ["allow_join", "allow_mod"], roles: ["crawler"] });
}
let TOKEN = "";

/**
 * The environment of a user of the sandbox: its URL, the API key and secret, and a token minted once (which wins
 * over the key and secret, and spares each run loading jsonwebtoken); nothing of this process's VIDEOSDK_*.
 */
function sandboxEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VIDEOSDK_")));
  return {
    ...env,
    VIDEOSDK_BASE_URL: context.sandbox.baseUrl,
    VIDEOSDK_API_KEY: API_KEY,
    VIDEOSDK_SECRET: SECRET,
    VIDEOSDK_TOKEN: TOKEN,
    ...extra,
  };
}
/** The same, minting from the API key and secret on each run. */
const keyAndSecretEnv = () => sandboxEnv({ VIDEOSDK_TOKEN: "" });

function start(args: string[], env = sandboxEnv()): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
}

/** At most this many runs at once: more only make two cores thrash. */
const PARALLEL_RUNS = 4;
let running = 0;
const queue: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL_RUNS) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    queue.shift()?.();
  }
}

/** Runs the bin to its end; its output is kept for the secret check. */
function videosdk(args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<Run> {
  return limited(() => collect(start(args, options.env), options.stdin));
}

function collect(child: ChildProcess, stdin?: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
  });
  // A child that exits without reading its stdin closes the pipe: nothing to report.
  child.stdin!.on("error", () => {});
  child.stdin!.end(stdin ?? "");
  return new Promise((resolve) => {
    child.on("close", (code) => {
      outputs.push(stdout, stderr);
      resolve({ code, stdout, stderr });
    });
  });
}

function json(run: Run): unknown {
  expect(run.stderr, run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

function lines(run: Run): unknown[] {
  expect(run.code, run.stderr).toBe(0);
  return run.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

function sh(command: string, env: NodeJS.ProcessEnv, shell = "sh"): Promise<Run> {
  return limited(() => collect(spawn(shell, ["-c", command], { env, stdio: ["pipe", "pipe", "pipe"] })));
}

// The tests share the sandbox but not their rooms and sessions: they run at once, their waits overlapping.
describe.concurrent("videosdk", () => {
  it("prints help from the spec's summaries at every level", async () => {
    const [top, rooms, create] = await Promise.all([
      videosdk(["--help"]),
      videosdk(["rooms", "--help"]),
      videosdk(["recordings", "start", "--help"]),
    ]);
    for (const run of [top, rooms, create]) expect(run.code).toBe(0);
    expect(top.stdout).toContain("A room is a meeting place");
    expect(top.stdout).toMatch(/participant-recordings/);
    expect(rooms.stdout).toMatch(/create\s+Create a room/);
    expect(rooms.stdout).toMatch(/get <room-id>\s+Fetch a room/);
    expect(create.stdout).toContain("--room-id <value>");
    expect(create.stdout).toMatch(/--config\.layout\.type GRID\|SPOTLIGHT\|SIDEBAR\s+How participants are arranged/);
  });

  it("runs a command of every namespace end to end", async () => {
    const { vsdk, sandbox } = context;
    const room = json(
      await videosdk(["rooms", "create", "--custom-room-id", "cli-every"], { env: keyAndSecretEnv() }),
    ) as {
      roomId: string;
    };
    const { sessionId } = await sandbox.control.join(room.roomId, { participantId: "host" });
    const runs = await Promise.all([
      videosdk(["rooms", "get", room.roomId, "--fields", "roomId,customRoomId"]),
      videosdk(["sessions", "list", "--room-id", room.roomId]),
      videosdk(["recordings", "start", "--room-id", room.roomId, "--config.layout.type", "SPOTLIGHT"]),
      videosdk(["participant-recordings", "list", "--room-id", room.roomId]),
      videosdk(["track-recordings", "list", "--room-id", room.roomId]),
      videosdk(["merge-recordings", "list", "--session-id", sessionId]),
      videosdk(["livestreams", "list", "--room-id", room.roomId]),
      videosdk(["hls", "start", "--room-id", room.roomId, "--wait", "--fields", "data.playbackHlsUrl"]),
      videosdk(["realtime-transcriptions", "list", "--room-id", room.roomId]),
      videosdk(["post-transcriptions", "list", "--room-id", room.roomId]),
      videosdk(["webhooks", "get-public-key"]),
      videosdk(["tokens", "mint", "--room-id", room.roomId, "--permissions", "allow_join", "--role", "rtc"]),
    ]);
    const [get, sessions, recording, participant, track, merge, livestreams, hls, realtime, post, key, token] = runs;
    expect(json(get!)).toEqual({ roomId: room.roomId, customRoomId: "cli-every" });
    expect(json(sessions!)).toMatchObject({ data: [{ id: sessionId, status: "ongoing" }] });
    expect(json(recording!)).toBe("Recording started successfully");
    const recorded = await vsdk.recordings.list({ roomId: room.roomId });
    expect(recorded.data).toHaveLength(1);
    for (const run of [participant, track, merge, livestreams, realtime, post]) {
      expect(json(run!)).toHaveProperty("pageInfo");
    }
    // --wait ran the spec's waiter: the answer is the active stream, playable.
    expect(hls!.stderr).toContain("waiting (waitUntilPlayable)");
    expect(hls!.code).toBe(0);
    expect(JSON.parse(hls!.stdout)).toEqual({ data: { playbackHlsUrl: expect.stringMatching(/^http/) } });
    expect(json(key!)).toMatchObject({ publicKey: expect.stringContaining("BEGIN PUBLIC KEY") });
    expect(token!.code).toBe(0);
    const inspected = json(await videosdk(["tokens", "inspect", token!.stdout.trim()]));
    expect(inspected).toMatchObject({
      valid: true,
      claims: { apikey: API_KEY, roomId: room.roomId, roles: ["rtc"], permissions: ["allow_join"] },
    });
    // The secret in the environment checked the signature; a participant token only warns that the REST API
    // would refuse its role.
    expect((inspected as { findings: { code: string; severity: string }[] }).findings).toEqual([
      expect.objectContaining({ code: "rtc_only", severity: "warning" }),
    ]);
  });

  it("pages: one page by default, every item with --all (JSON Lines), at most N with --max", async () => {
    const { vsdk, sandbox } = context;
    const { roomId } = await vsdk.rooms.create({});
    const joined = [];
    for (let i = 0; i < 5; i++) joined.push(await sandbox.control.join(roomId, { participantId: `p${i}` }));
    const sessionId = joined[0]!.sessionId;
    const [page, all, max] = await Promise.all([
      videosdk(["sessions", "list-participants", sessionId, "--per-page", "2", "--fields", "participantId"]),
      videosdk(["sessions", "list-participants", sessionId, "--all", "--per-page", "2", "--fields", "participantId"]),
      videosdk(["sessions", "list-participants", sessionId, "--max", "3", "--per-page", "2"]),
    ]);
    const first = json(page) as { data: { participants: object[] }; pageInfo: { total: number; lastPage: number } };
    expect(first.data.participants).toEqual([{ participantId: "p0" }, { participantId: "p1" }]);
    expect(first.pageInfo).toMatchObject({ total: 5, lastPage: 3 });
    // Three pages, streamed as one item a line.
    expect(lines(all)).toEqual(["p0", "p1", "p2", "p3", "p4"].map((participantId) => ({ participantId })));
    expect(lines(max)).toHaveLength(3);
  });

  it("--dry-run prints a curl command that sh runs unchanged, with the same answer and no token", async () => {
    const { sandbox } = context;
    const room = await context.vsdk.rooms.create({ customRoomId: "cli-dry" });
    const [dry, dryCreate] = await Promise.all([
      videosdk(["rooms", "get", room.roomId, "--dry-run"]),
      videosdk(["rooms", "create", "--custom-room-id", "cli-dry-2", "--dry-run"], {
        env: sandboxEnv({ VIDEOSDK_API_KEY: "", VIDEOSDK_SECRET: "", VIDEOSDK_TOKEN: "" }),
      }),
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^curl '/);
    expect(dry.stdout).toContain('"authorization: $VIDEOSDK_TOKEN"');
    expect(dry.stdout).not.toContain(sandbox.token);
    expect(dry.stdout).not.toContain(TOKEN);
    expect(dryCreate.code).toBe(0);
    expect(dryCreate.stdout).toContain(`--data-raw '{"customRoomId":"cli-dry-2"}'`);
    const token = managementToken();
    const [ran, created] = await Promise.all([
      sh(`${dry.stdout.trim()} -s`, sandboxEnv({ VIDEOSDK_TOKEN: token })),
      sh(`${dryCreate.stdout.trim()} -s`, sandboxEnv({ VIDEOSDK_TOKEN: token })),
    ]);
    expect(JSON.parse(ran.stdout)).toEqual(await context.vsdk.rooms.get(room.roomId));
    expect(JSON.parse(created.stdout)).toMatchObject({ customRoomId: "cli-dry-2" });
  });

  it("takes the body as --data JSON, @file or stdin, with flags on top; --verbose logs each attempt", async () => {
    const file = path.join(tmp, "room.json");
    await writeFile(
      file,
      JSON.stringify({ customRoomId: "cli-file", autoCloseConfig: { type: "session-end-and-deactivate" } }),
    );
    const [inline, fromFile, fromStdin] = await Promise.all([
      videosdk(["rooms", "create", "--data", '{"customRoomId":"cli-inline"}', "--fields", "customRoomId"]),
      // Minting from flags, this once: --verbose must not show the secret (or the token).
      videosdk([
        ...[
          "rooms",
          "create",
          "--data",
          `@${file}`,
          "--auto-close-config.duration",
          "5",
          "--fields",
          "customRoomId,autoCloseConfig",
        ],
        ...["--verbose", "--api-key", API_KEY, "--secret", SECRET],
      ]),
      videosdk(["rooms", "create", "--data", "-", "--custom-room-id", "cli-flag-wins"], {
        stdin: '{"customRoomId":"cli-stdin"}',
      }),
    ]);
    expect(json(inline)).toEqual({ customRoomId: "cli-inline" });
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout)).toEqual({
      customRoomId: "cli-file",
      autoCloseConfig: { type: "session-end-and-deactivate", duration: 5 },
    });
    expect(json(fromStdin)).toMatchObject({ customRoomId: "cli-flag-wins" });
    expect(fromFile.stderr).toMatch(
      /^videosdk: POST http:\/\/127\.0\.0\.1:\d+\/v2\/rooms → 200 in \d+ ms \(attempt 1\)\n$/,
    );
  });

  it("exits 2 on a mistake in the command line, naming it (and never echoing a secret flag)", async () => {
    const noCredentials = sandboxEnv({ VIDEOSDK_API_KEY: "", VIDEOSDK_SECRET: "", VIDEOSDK_TOKEN: "" });
    const cases: [string[], RegExp][] = [
      [["rooms", "crate"], /unknown command rooms crate; did you mean rooms create/],
      [["romos", "list"], /unknown command romos; did you mean rooms/],
      [["rooms", "create", "--custom-rom-id", "x"], /unknown flag --custom-rom-id; did you mean --custom-room-id\?/],
      [
        ["recordings", "start", "--room-id", "r", "--config.layout.type", "GRD", "--secret", SECRET],
        /--config\.layout\.type must be one of GRID, SPOTLIGHT, SIDEBAR; got "GRD"/,
      ],
      [["rooms", "list", "--per-page", "many"], /--per-page must be a whole number, got "many"/],
      [["sessions", "end"], /--room-id is required/],
      [["rooms", "get"], /missing <room-id>: videosdk rooms get <room-id>/],
      [["rooms", "get", "--room-id", "x"], /--room-id is a positional argument here: videosdk rooms get <room-id>/],
      [["rooms", "create", "--data", "{nope"], /--data is not JSON/],
      [["rooms", "list", "--wait"], /unknown flag --wait/],
      [["completion", "fish"], /unknown shell fish/],
      [["tokens", "mint", "--role", "admin"], /--role must be one of crawler, rtc; got "admin"/],
      [["rooms", "list", SECRET], /rooms list takes no arguments, got 1/],
    ];
    const runs = await Promise.all([
      ...cases.map(([args]) => videosdk(args)),
      videosdk(["rooms", "list"], { env: noCredentials }),
      videosdk([], {}),
    ]);
    cases.forEach(([args, message], i) => {
      expect(runs[i]!.code, args.join(" ")).toBe(2);
      expect(runs[i]!.stderr, args.join(" ")).toMatch(message);
      expect(runs[i]!.stdout).toBe("");
    });
    const [missing, bare] = runs.slice(cases.length);
    expect(missing!.code).toBe(2);
    expect(missing!.stderr).toMatch(
      /no credentials: pass --api-key and --secret \(or set VIDEOSDK_API_KEY and VIDEOSDK_SECRET\)/,
    );
    expect(bare!.code).toBe(2);
    expect(bare!.stderr).toContain("Usage:");
  });

  it("exits 1 with the typed error and its request id when the API refuses, 124 when a wait times out", async () => {
    const room = await context.vsdk.rooms.create({});
    const [notFound, timedOut, expired, notAToken] = await Promise.all([
      videosdk(["rooms", "get", "nope-nope-nope"]),
      videosdk(["hls", "get-active", room.roomId, "--wait", "--timeout", "300ms"]),
      videosdk([
        "tokens",
        "inspect",
        createToken(
          { apiKey: API_KEY, secret: SECRET, permissions: ["allow_join"], expiresIn: 60 },
          { now: () => Date.now() - 3_600_000 },
        ),
      ]),
      videosdk(["tokens", "inspect", "not-a-token"]),
    ]);
    expect(notFound.code).toBe(1);
    expect(notFound.stdout).toBe("");
    expect(notFound.stderr).toMatch(/^videosdk: NotFoundError: Room not found \[404 GET .*request id [\w-]+\]\n$/);
    expect(timedOut.code).toBe(124);
    expect(timedOut.stderr).toMatch(/WaitError/);
    expect(expired.code).toBe(1);
    expect(JSON.parse(expired.stdout)).toMatchObject({
      valid: false,
      findings: [expect.objectContaining({ code: "expired" })],
    });
    expect(expired.stderr).toMatch(/^videosdk: expired: /);
    // A text that is no JWT at all is a token VideoSDK refuses, not a mistake in the command line.
    expect(notAToken.code).toBe(1);
    expect(notAToken.stderr).toMatch(/^videosdk: not_jwt: /);
  });

  it("webhooks listen: registers a room, verifies each delivery, prints it, forwards body and headers unchanged", async () => {
    const target: TestServer = await startServer((_request, response) => {
      response.writeHead(204).end();
    });
    const listener = start(["webhooks", "listen", "--forward-to", `${target.url}/hook`]);
    const done = collect(listener);
    try {
      const banner = await printed(listener, /\n/);
      const roomId = /registered on room (\S+) /.exec(banner)?.[1];
      expect(banner).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/webhooks; registered on room /);
      await context.sandbox.control.join(roomId!, { participantId: "guest" });
      const delivery = await context.sandbox.control.waitForWebhook("session-started", { roomId: roomId! });
      await waitUntil(() => target.requests.length > 0);
      const forwarded = target.requests[0]!;
      expect(forwarded.url).toBe("/hook");
      // Unchanged: the target verifies the signature itself, over the very bytes the sandbox signed.
      const event = await context.vsdk.webhooks.verify(
        forwarded.body,
        forwarded.headers["videosdk-signature"] as string,
      );
      expect(event.webhookType).toBe(delivery.event);
      await waitUntil(async () => (await context.sandbox.control.webhooks({ roomId: roomId! })).length >= 2);
    } finally {
      listener.kill("SIGTERM");
    }
    const run = await done;
    await target.close();
    expect(run.code).toBe(0);
    const events = run.stdout.trim().split("\n").slice(1);
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z [a-z-]+ room=\S+ signature=ok → 204$/);
    expect(events.join("\n")).toContain("session-started");
  });

  it("videosdk sandbox starts a sandbox from the built package, and the commands work against it", async () => {
    // With this file's credentials from the environment: the banner must not show that secret.
    const child = start(["sandbox", "--port", "0", "--processing-ms", "20"]);
    const done = collect(child);
    try {
      const banner = await printed(child, /API\s+http\S+\s/);
      const baseUrl = /API\s+(http\S+)/.exec(banner)![1]!;
      expect(banner).toContain("(yours: not shown)");
      const env = sandboxEnv({ VIDEOSDK_BASE_URL: baseUrl });
      const created = json(await videosdk(["rooms", "create", "--custom-room-id", "own-sandbox"], { env }));
      expect(created).toMatchObject({ customRoomId: "own-sandbox" });
    } finally {
      child.kill("SIGTERM");
    }
    expect((await done).code).toBe(0);
  });

  it("prints bash and zsh completion that completes commands and flags", async () => {
    const [bash, zsh] = await Promise.all([videosdk(["completion", "bash"]), videosdk(["completion", "zsh"])]);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toContain("compdef _videosdk videosdk");
    const script = path.join(tmp, "completion.bash");
    await writeFile(script, bash.stdout);
    const complete = (words: string) =>
      sh(
        `. ${script}; COMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _videosdk; echo "\${COMPREPLY[*]}"`,
        { PATH: process.env.PATH },
        "bash",
      );
    const [commands, flags] = await Promise.all([
      complete("videosdk rooms cr"),
      complete("videosdk recordings start --config.layout.t"),
    ]);
    expect(commands.stdout.trim()).toBe("create");
    expect(flags.stdout.trim()).toBe("--config.layout.type");
  });

  it("runs the README's command-line lines", async () => {
    const readme = await readFile(path.join(root, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## The command line"));
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
    const commands = block.trim().split("\n");
    expect(commands).toHaveLength(3);
    for (const line of commands) {
      expect(line).toMatch(/^videosdk /);
      const run = await videosdk(line.slice("videosdk ".length).split(" "));
      expect(run.code, `${line}\n${run.stderr}`).toBe(0);
    }
  });
});

/** What the child has printed on stdout once it matches `pattern`. */
function printed(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (pattern.test(text)) {
        child.stdout!.off("data", onData);
        resolve(text);
      }
    };
    child.stdout!.on("data", onData);
    child.once("close", () => reject(new Error(`exited before printing ${pattern}: ${text}`)));
  });
}

async function waitUntil(probe: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`still waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
