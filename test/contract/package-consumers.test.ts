/**
 * The published package, as its users get it: `npm pack`, installed with npm into a fresh
 * project, then used from an ESM TypeScript program, a CommonJS program and a browser bundle, each against the
 * mock. Proves the exports map, both type flavours (.d.ts / .d.cts), the Node-free universal entry and the
 * published spec files, rather than the source tree the other tests import.
 */
import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchBrowser, offlineContext } from "../support/browser.js";
import { installPackage, NODE_CONSUMER_TSCONFIG } from "../support/build.js";
import { spec } from "../support/spec.js";
import { compileProject } from "../support/typescript.js";
import { mockUrl } from "./support.js";

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; version: string };

const API_KEY = "consumer-api-key-placeholder";
const SECRET = "consumer-secret-placeholder";
const BROWSER_TOKEN = "browser-token-placeholder";
const MAX_SESSIONS = 3;

/** Runs a command and returns its outcome instead of throwing, so a test can show the output when it fails. */
async function attempt(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  try {
    const { stdout, stderr } = await run(file, args, { ...options, maxBuffer: 16 * 1024 * 1024 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` || failed.message };
  }
}

// ---- the consumers, as a user would write them ------------------------------------------------------------

const esmConsumer = `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createVideoSDK, VideoSDKError, type components } from "${pkg.name}";
import { createManagementToken, createVideoSDK as createMintingVideoSDK, verifyToken } from "${pkg.name}/node";

const baseUrl = process.env.MOCK_URL!;
// jsonwebtoken is loaded by the first minting, not by importing the Node entry.
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes("jsonwebtoken"));
const jsonwebtokenLoaded = { atImport: loaded(), afterMinting: false };
const token: string = createManagementToken({ apiKey: "${API_KEY}", secret: "${SECRET}" });
jsonwebtokenLoaded.afterMinting = loaded();
const vsdk = createVideoSDK({ token, baseUrl, maxRetries: 0 });

const room: components["schemas"]["Room"] = await vsdk.rooms.create({});
const sessionIds: string[] = [];
for await (const session of vsdk.sessions.list({}, { maxItems: ${MAX_SESSIONS}, maxPages: 1 })) sessionIds.push(session.id);

// The Node entry mints its own tokens from the key and secret.
const minting = createMintingVideoSDK({ apiKey: "${API_KEY}", secret: "${SECRET}", baseUrl, maxRetries: 0 });
const fetched = await minting.rooms.get(room.roomId);

let sharedErrorClasses = false;
try {
  createMintingVideoSDK({ apiKey: "", secret: "" });
} catch (error) {
  // The two entries share one set of error classes.
  sharedErrorClasses = error instanceof VideoSDKError;
}

const specFile = createRequire(import.meta.url).resolve("${pkg.name}/openapi.json");
const publishedSpec = JSON.parse(readFileSync(specFile, "utf8")) as { info: { version: string } };

// Never called: these lines only have to fail to compile, which proves the types are the spec's, not any.
export function rejectedByTheTypes(): void {
  // @ts-expect-error a room id is a string
  void vsdk.rooms.get(42);
  // @ts-expect-error createRoom takes no such field
  void vsdk.rooms.create({ notAField: true });
}

console.log("CONSUMER_RESULT " + JSON.stringify({
  roomId: room.roomId,
  fetchedRoomId: fetched.roomId,
  sessionIds,
  tokenApiKey: verifyToken(token, "${SECRET}").apikey,
  sharedErrorClasses,
  jsonwebtokenLoaded,
  specVersion: publishedSpec.info.version,
}));
`;

const cjsConsumer = `
import videosdk = require("${pkg.name}");
import videosdkNode = require("${pkg.name}/node");

async function main(): Promise<void> {
  const baseUrl = process.env.MOCK_URL!;
  const token = videosdkNode.createManagementToken({ apiKey: "${API_KEY}", secret: "${SECRET}" });
  const vsdk = videosdk.createVideoSDK({ token, baseUrl, maxRetries: 0 });
  const room = await vsdk.rooms.create({});
  const sessionIds: string[] = [];
  for await (const session of vsdk.sessions.list({}, { maxItems: ${MAX_SESSIONS}, maxPages: 1 })) sessionIds.push(session.id);

  const minting = videosdkNode.createVideoSDK({ apiKey: "${API_KEY}", secret: "${SECRET}", baseUrl, maxRetries: 0 });
  const fetched = await minting.rooms.get(room.roomId);

  const publishedSpec: { info: { version: string } } = require("${pkg.name}/openapi.json");
  console.log("CONSUMER_RESULT " + JSON.stringify({
    roomId: room.roomId,
    fetchedRoomId: fetched.roomId,
    sessionIds,
    tokenApiKey: videosdkNode.verifyToken(token, "${SECRET}").apikey,
    sharedErrorClasses: videosdk.VideoSDKError === videosdkNode.VideoSDKError,
    errorClassNames: [videosdk.NotFoundError.name, videosdkNode.PaginationError.name, videosdkNode.TokenError.name],
    specVersion: publishedSpec.info.version,
    yamlSpec: require.resolve("${pkg.name}/openapi.yaml").endsWith("openapi.yaml"),
    spec30: require("${pkg.name}/openapi-3.0.json").openapi,
    yamlSpec30: require.resolve("${pkg.name}/openapi-3.0.yaml").endsWith("openapi-3.0.yaml"),
    postmanSchema: require("${pkg.name}/collections/postman.json").info.schema,
    brunoConfig: require("${pkg.name}/collections/bruno/bruno.json").name,
  }));
}

// @ts-expect-error a room id is a string (never called: checked by the compiler only)
const rejectedByTheTypes = () => videosdk.createVideoSDK({ token: "t" }).rooms.get(42);
void rejectedByTheTypes;

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const browserConsumer = `
import { createVideoSDK, NotFoundError } from "${pkg.name}";

declare global {
  interface Window {
    consumerConfig: { baseUrl: string; token: string };
    consumerResult: Promise<unknown>;
  }
}

async function main() {
  // A browser never holds the secret: it is given a token by its backend.
  const vsdk = createVideoSDK({ token: window.consumerConfig.token, baseUrl: window.consumerConfig.baseUrl, maxRetries: 0 });
  const room = await vsdk.rooms.create({});
  const sessionIds: string[] = [];
  for await (const session of vsdk.sessions.list({}, { maxItems: ${MAX_SESSIONS}, maxPages: 1 })) sessionIds.push(session.id);
  return { roomId: room.roomId, sessionIds, errorClass: typeof NotFoundError, hasProcess: typeof (globalThis as { process?: unknown }).process };
}

window.consumerResult = main().catch((error: Error) => ({ error: \`\${error.name}: \${error.message}\` }));
`;

const browserTsconfig = {
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    // The package's declarations are checked; TypeScript's own lib files (the DOM's above all) need not be.
    skipDefaultLibCheck: true,
    // No Node types: the universal entry must typecheck for a browser project.
    types: [],
  },
  files: ["browser-consumer.ts"],
};

interface ConsumerResult {
  roomId: string;
  fetchedRoomId?: string;
  sessionIds: string[];
  tokenApiKey?: string;
  sharedErrorClasses?: boolean;
  specVersion?: string;
  yamlSpec?: boolean;
  error?: string;
}

/** The optional entries without their peers (none is installed here): ESM and CommonJS, each factory. */
const missingPeersConsumer = `
import { createRequire } from "node:module";
import { VideoSDKError } from "videosdk-api";
const require = createRequire(import.meta.url);
const results = [];
for (const [entry, factory] of [["videosdk-api/otel", "createTracingMiddleware"], ["videosdk-api/validate", "createValidationMiddleware"]]) {
  for (const loaded of [await import(entry), require(entry)]) {
    try {
      loaded[factory]();
      results.push("no error");
    } catch (error) {
      results.push({ name: error.name, packageName: error.packageName, message: error.message, videoSDKError: error instanceof VideoSDKError });
    }
  }
}
console.log("CONSUMER_RESULT " + JSON.stringify(results));
`;

function resultOf(output: string): ConsumerResult {
  const line = output.split("\n").find((l) => l.startsWith("CONSUMER_RESULT "));
  expect(line, output).toBeDefined();
  return JSON.parse(line!.slice("CONSUMER_RESULT ".length)) as ConsumerResult;
}

/** What the mock serves: the spec's examples; a list is its one example page (the consumers read one page). */
function expectedFromSpec() {
  const roomExample = Object.values(
    spec.paths["/v2/rooms"].post.responses["200"].content["application/json"].examples,
  )[0] as {
    value: { roomId: string };
  };
  const sessionsExample = Object.values(
    spec.paths["/v2/sessions"].get.responses["200"].content["application/json"].examples,
  )[0] as {
    value: { data: { id: string }[] };
  };
  const sessionIds = sessionsExample.value.data.slice(0, MAX_SESSIONS).map((session) => session.id);
  return { roomId: roomExample.value.roomId, sessionIds };
}

/** What the ESM and CommonJS consumers print after running against the mock. */
function expectedNodeResult() {
  const expected = expectedFromSpec();
  return {
    roomId: expected.roomId,
    fetchedRoomId: expect.any(String),
    sessionIds: expected.sessionIds,
    tokenApiKey: API_KEY,
    sharedErrorClasses: true,
    specVersion: spec.info.version,
  };
}

describe("the packed package, installed into consumer projects", () => {
  let workDir = "";
  let projectDir = "";
  let packedFiles: string[] = [];
  /** Where npm installed the package: the project's node_modules (projectDir is a folder inside it). */
  let installDir = "";
  let nodeTypecheck: { ok: boolean; output: string };

  beforeAll(async () => {
    const installed = await installPackage("videosdk-consumers-");
    workDir = installed.workDir;
    packedFiles = installed.files;
    projectDir = installed.projectDir;
    installDir = installed.installDir;

    writeFileSync(path.join(projectDir, "esm-consumer.mts"), esmConsumer);
    writeFileSync(path.join(projectDir, "cjs-consumer.cts"), cjsConsumer);
    writeFileSync(path.join(projectDir, "browser-consumer.ts"), browserConsumer);
    writeFileSync(path.join(projectDir, "missing-peers.mjs"), missingPeersConsumer);
    writeFileSync(path.join(projectDir, "tsconfig.json"), JSON.stringify(NODE_CONSUMER_TSCONFIG, null, 2));
    writeFileSync(path.join(projectDir, "tsconfig.browser.json"), JSON.stringify(browserTsconfig, null, 2));
    // Compiles both Node consumers (emitting even on type errors, so the run tests report separately).
    nodeTypecheck = compileProject(path.join(projectDir, "tsconfig.json"), { checkedPackages: [pkg.name] });
  }, 180_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it("packs only what users need: the builds, both type flavours, the spec and the guides (MCP resources)", () => {
    for (const file of packedFiles) {
      expect(file, "unexpected file in the tarball").toMatch(
        /^(dist\/.+\.(c?js|d\.c?ts)|generated\/openapi(-3\.0)?\.(json|yaml)|generated\/(API|CLI)\.md|spec\/README\.md|scripts\/docs-guides\/[\w-]+\.md|generated\/collections\/.+\.(json|bru)|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
      );
    }
    expect(packedFiles).toContain("scripts/docs-guides/01-authentication.md");
    for (const entry of ["index", "node/index"]) {
      for (const extension of [".js", ".cjs", ".d.ts", ".d.cts"])
        expect(packedFiles).toContain(`dist/${entry}${extension}`);
    }
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "generated/openapi.json",
        "generated/openapi.yaml",
        "generated/openapi-3.0.json",
        "generated/openapi-3.0.yaml",
        "LICENSE",
        // What the README links to, so that its links work in the installed package.
        "generated/API.md",
        "spec/README.md",
        "generated/collections/videosdk.postman_collection.json",
        "generated/collections/bruno/bruno.json",
      ]),
    );
  });

  it("typechecks an ESM (.mts) and a CommonJS (.cts) TypeScript consumer under NodeNext", () => {
    expect(nodeTypecheck.output).toBe("");
    expect(nodeTypecheck.ok).toBe(true);
  });

  it("typechecks a browser consumer under Bundler resolution, with the DOM and without Node's types", async () => {
    const result = compileProject(path.join(projectDir, "tsconfig.browser.json"), { checkedPackages: [pkg.name] });
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  });

  it("runs the ESM consumer on Node: mints a token, creates a room, pages through sessions", async () => {
    const result = await attempt(process.execPath, ["out/esm-consumer.mjs"], {
      cwd: projectDir,
      env: { ...process.env, MOCK_URL: mockUrl() },
    });
    expect(result.ok, result.output).toBe(true);
    expect(resultOf(result.output)).toEqual({
      ...expectedNodeResult(),
      jsonwebtokenLoaded: { atImport: false, afterMinting: true },
    });
  });

  it("says which package to install when /otel or /validate is used without its optional peer", async () => {
    const result = await attempt(process.execPath, ["missing-peers.mjs"], { cwd: projectDir });
    expect(result.ok, result.output).toBe(true);
    const missing = (packageName: string) => ({
      name: "PeerDependencyMissingError",
      packageName,
      message: expect.stringContaining(`npm install ${packageName}`),
      // require() loads the CommonJS build, whose VideoSDKError is not the ES module one the script imported.
      videoSDKError: expect.any(Boolean),
    });
    const results = resultOf(result.output) as unknown as { videoSDKError: boolean }[];
    expect(results).toEqual([
      missing("@opentelemetry/api"),
      missing("@opentelemetry/api"),
      missing("ajv"),
      missing("ajv"),
    ]);
    expect(results[0]!.videoSDKError).toBe(true);
    expect(results[2]!.videoSDKError).toBe(true);
  });

  it("installs the videosdk bin, which lists rooms from the installed package", async () => {
    const result = await attempt(
      path.join(installDir, "node_modules/.bin/videosdk"),
      ["rooms", "list", "--token", "t", "--base-url", mockUrl(), "--fields", "roomId"],
      { cwd: projectDir },
    );
    expect(result.ok, result.output).toBe(true);
    expect(JSON.parse(result.output)).toMatchObject({ data: [{ roomId: expect.any(String) }] });
  });

  it("runs the CommonJS consumer: require() of both entries and of the published spec", async () => {
    const result = await attempt(process.execPath, ["out/cjs-consumer.cjs"], {
      cwd: projectDir,
      env: { ...process.env, MOCK_URL: mockUrl() },
    });
    expect(result.ok, result.output).toBe(true);
    const output = readFileSync(path.join(projectDir, "out/cjs-consumer.cjs"), "utf8");
    expect(output).toContain(`require("${pkg.name}")`);
    expect(output).toContain(`require("${pkg.name}/node")`);
    expect(resultOf(result.output)).toEqual({
      ...expectedNodeResult(),
      yamlSpec: true,
      spec30: "3.0.3",
      yamlSpec30: true,
      postmanSchema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      brunoConfig: "VideoSDK REST API v2",
      // The CommonJS build keeps class names (a stack trace says PaginationError, not _class18).
      errorClassNames: ["NotFoundError", "PaginationError", "TokenError"],
    });
  });

  it("refuses to bundle the Node entry for browsers: a Node built-in fails the build", async () => {
    const failure = await build({
      stdin: { contents: `export * from "${pkg.name}/node";`, resolveDir: projectDir, loader: "js" },
      bundle: true,
      platform: "browser",
      write: false,
      logLevel: "silent",
    }).then(
      () => undefined,
      (error: { errors: { text: string }[] }) => error.errors.map((e) => e.text).join("\n"),
    );
    expect(failure).toMatch(/Could not resolve "(node:)?(crypto|buffer|stream|util|module)"/);
  });

  describe.skipIf(!chromiumAvailable())("in headless Chromium", () => {
    let page: Server | undefined;

    // biome-ignore lint/suspicious/noDuplicateTestHooks: this hook belongs to the nested describe, not the file's.
    afterAll(async () => {
      await new Promise((resolve) => (page ? page.close(resolve) : resolve(undefined)));
    });

    it("bundles the universal entry for browsers (no Node built-ins, no polyfills) and runs it across origins", async () => {
      const bundle = await build({
        entryPoints: [path.join(projectDir, "browser-consumer.ts")],
        absWorkingDir: projectDir,
        bundle: true,
        minify: true,
        format: "iife",
        platform: "browser",
        target: "es2022",
        write: false,
        logLevel: "silent",
      });
      const script = bundle.outputFiles[0]!.text;
      const config = JSON.stringify({ baseUrl: mockUrl(), token: BROWSER_TOKEN });
      const html = `<!doctype html><meta charset="utf-8"><script>window.consumerConfig = ${config};</script><script src="/consumer.js"></script>`;
      page = createServer((req, res) => {
        if (req.url === "/consumer.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
        else res.writeHead(200, { "content-type": "text/html" }).end(html);
      });
      await new Promise<void>((resolve) => page!.listen(0, "127.0.0.1", resolve));
      const pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;

      const browser = await launchBrowser();
      try {
        const { context, outside } = await offlineContext(browser);
        const tab = await context.newPage();
        const authorizations: (string | undefined)[] = [];
        tab.on("request", (request) => {
          if (request.url().startsWith(mockUrl()) && request.method() !== "OPTIONS")
            authorizations.push(request.headers().authorization);
        });
        await tab.goto(pageUrl);
        const result = (await tab.evaluate(
          () => (window as unknown as { consumerResult: Promise<unknown> }).consumerResult,
        )) as ConsumerResult & { errorClass: string; hasProcess: string };
        const expected = expectedFromSpec();
        expect(result).toEqual({
          roomId: expected.roomId,
          sessionIds: expected.sessionIds,
          errorClass: "function",
          hasProcess: "undefined",
        });
        expect(authorizations.length).toBeGreaterThan(1);
        expect(new Set(authorizations)).toEqual(new Set([BROWSER_TOKEN]));
        expect(outside).toEqual([]);
        await context.close();
      } finally {
        await browser.close();
      }
    });
  });
});
