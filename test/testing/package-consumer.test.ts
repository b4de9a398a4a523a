/**
 * `videosdk-api/testing` as users get it: the packed tarball unpacked into a fresh project, its dependencies and
 * Prism linked from this repository's node_modules (what is certainly on disk: no registry, no npm cache), then used
 * from an ESM and a CommonJS TypeScript program, each starting and stopping its own sandbox.
 */
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NODE_CONSUMER_TSCONFIG, packPackage } from "../support/build.js";
import { compileProject } from "../support/typescript.js";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

/** A project with the unpacked package and links to the installed packages it needs. */
function project(dir: string, tarball: string, links: string[]): Promise<unknown> {
  mkdirSync(path.join(dir, "node_modules/videosdk-api"), { recursive: true });
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "sandbox-consumer", private: true, type: "module" }),
  );
  for (const name of links) {
    mkdirSync(path.dirname(path.join(dir, "node_modules", name)), { recursive: true });
    symlinkSync(path.join(root, "node_modules", name), path.join(dir, "node_modules", name), "dir");
  }
  return run("tar", ["-xzf", tarball, "-C", path.join(dir, "node_modules/videosdk-api"), "--strip-components=1"]);
}

const esmConsumer = `
import { createVideoSDK } from "videosdk-api/node";
import { startSandbox, type Sandbox } from "videosdk-api/testing";

const sandbox: Sandbox = await startSandbox({ port: 0, processingMs: 20 });
try {
  const vsdk = createVideoSDK({ apiKey: sandbox.apiKey, secret: sandbox.secret, baseUrl: sandbox.baseUrl, maxRetries: 0 });
  const room = await vsdk.rooms.create({ customRoomId: "consumer" });
  const { sessionId } = await sandbox.control.join(room.roomId, { name: "Consumer" });
  await vsdk.recordings.start({ roomId: room.roomId });
  await vsdk.recordings.end({ roomId: room.roomId });
  let file: string | undefined;
  for (let i = 0; i < 100 && !file; i++) {
    file = (await vsdk.recordings.list({ roomId: room.roomId })).data?.[0]?.file?.fileUrl;
    if (!file) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const download = await fetch(file!);
  console.log("CONSUMER_RESULT " + JSON.stringify({
    roomId: room.roomId,
    sessionId,
    session: (await vsdk.sessions.get(sessionId)).status,
    file: download.status + " " + download.headers.get("content-type"),
    violations: sandbox.violations().length,
  }));
} finally {
  await sandbox.stop();
}
`;

const cjsConsumer = `
import sdk = require("videosdk-api");
import testing = require("videosdk-api/testing");

async function main(): Promise<void> {
  const sandbox = await testing.startSandbox({ port: 0 });
  const rooms = await fetch(sandbox.baseUrl + "/v2/rooms", { headers: { authorization: sandbox.token } });
  const unauthorised = await fetch(sandbox.baseUrl + "/v2/rooms");
  await sandbox.stop();
  const refused: unknown = await testing.startSandbox({ port: -1 }).then(() => undefined, (e: unknown) => e);
  console.log("CONSUMER_RESULT " + JSON.stringify({
    rooms: rooms.status,
    unauthorised: unauthorised.status,
    configurationError: refused instanceof sdk.ConfigurationError && refused instanceof sdk.VideoSDKError,
    field: refused instanceof testing.SandboxOptionsError ? refused.field : undefined,
  }));
}
main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const missingPrismConsumer = `
const { VideoSDKError } = await import("videosdk-api");
const { startSandbox } = await import("videosdk-api/testing");
const error = await startSandbox({ port: 0 }).then(() => undefined, (e) => e);
console.log("CONSUMER_RESULT " + JSON.stringify({
  name: error?.name,
  message: error?.message,
  videoSDKError: error instanceof VideoSDKError,
}));
`;

function resultOf(output: string): Record<string, unknown> {
  const line = output.split("\n").find((l) => l.startsWith("CONSUMER_RESULT "));
  expect(line, output).toBeDefined();
  return JSON.parse(line!.slice("CONSUMER_RESULT ".length)) as Record<string, unknown>;
}

describe("videosdk-api/testing from the packed package", () => {
  let workDir = "";
  let withPrism = "";
  let withoutPrism = "";

  beforeAll(async () => {
    const packed = await packPackage("videosdk-testing-consumer-");
    workDir = packed.workDir;
    const tarball = packed.tarball;
    withPrism = path.join(workDir, "with-prism");
    withoutPrism = path.join(workDir, "without-prism");
    await Promise.all([
      project(withPrism, tarball, ["jsonwebtoken", "openapi-fetch", "@stoplight/prism-http"]),
      project(withoutPrism, tarball, ["jsonwebtoken", "openapi-fetch"]),
    ]);
    writeFileSync(path.join(withPrism, "esm-consumer.mts"), esmConsumer);
    writeFileSync(path.join(withPrism, "cjs-consumer.cts"), cjsConsumer);
    writeFileSync(path.join(withoutPrism, "missing-prism.mjs"), missingPrismConsumer);
    writeFileSync(path.join(withPrism, "tsconfig.json"), JSON.stringify(NODE_CONSUMER_TSCONFIG));
  }, 180_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it("typechecks ESM and CommonJS consumers against the published declarations (no Prism types needed)", async () => {
    const result = compileProject(path.join(withPrism, "tsconfig.json"), { checkedPackages: ["videosdk-api"] });
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("runs an ESM consumer: a sandbox on a free port, a room, a participant, a recording and its file", async () => {
    const { stdout } = await run(process.execPath, ["out/esm-consumer.mjs"], { cwd: withPrism });
    expect(resultOf(stdout)).toEqual({
      roomId: expect.stringMatching(/^\w{4}-\w{4}-\w{4}$/),
      sessionId: expect.stringMatching(/^[0-9a-f]{24}$/),
      session: "ongoing",
      file: "200 video/mp4",
      violations: 0,
    });
  });

  it("runs a CommonJS consumer: require() of videosdk-api/testing, whose errors are the main entry's", async () => {
    const { stdout } = await run(process.execPath, ["out/cjs-consumer.cjs"], { cwd: withPrism });
    expect(resultOf(stdout)).toEqual({ rooms: 200, unauthorised: 401, configurationError: true, field: "port" });
  });

  it("says how to install Prism when it is missing, with a VideoSDKError of the main entry", async () => {
    const { stdout } = await run(process.execPath, ["missing-prism.mjs"], { cwd: withoutPrism });
    expect(resultOf(stdout)).toEqual({
      name: "PrismMissingError",
      message: expect.stringContaining("npm install --save-dev @stoplight/prism-http"),
      videoSDKError: true,
    });
  });
});
