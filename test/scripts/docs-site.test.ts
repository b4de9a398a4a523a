/**
 * The docs site's parts that need no browser: the guides as appended to the docs copy of the spec, and the static
 * server (content types, the index fallback, and nothing served from outside its root).
 */

import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, webhookEvents } from "../../generated/operations.js";
import {
  docsSpec,
  readGuides,
  renderGuide,
  routeRoots,
  withInlineLogo,
  withoutSection,
} from "../../scripts/lib/docs-site.js";
import { type StaticServer, startStaticServer } from "../../scripts/lib/static-server.js";
import { spec } from "../support/spec.js";
import { typecheckSnippets } from "../support/typecheck.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("guides", () => {
  it("are appended to the docs copy's description, one navigation group each, with generated tables filled in", async () => {
    const guides = await readGuides();
    expect(guides.map((g) => g.file)).toEqual([...guides.map((g) => g.file)].sort());
    expect(guides.length).toBeGreaterThanOrEqual(6);
    const docs = docsSpec(spec, guides, "videosdk-api");
    const description = (docs.info as { description: string }).description;
    const original = (spec.info as { description: string }).description;
    expect(description.startsWith(withoutSection(original, "Authentication").trimEnd())).toBe(true);
    expect((spec.info as { description: string }).description).toBe(original); // the input is not changed
    const titles = [...description.matchAll(/^# (.+)$/gm)].map((m) => m[1]);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Authentication and tokens",
        "Errors and retries",
        "Pagination",
        "Receiving webhooks",
        "Using the mock server",
        "Using the spec from other languages",
      ]),
    );
    expect(description).not.toMatch(/<!--\s*generated/);
  });

  it("list every paged operation and every webhook event, from the spec", async () => {
    const guides = await readGuides();
    const text = guides.map((guide) => renderGuide(guide, spec)).join("\n");
    for (const [, op] of Object.entries(operations)) {
      if (op.pagination)
        expect(text).toContain(
          `| \`vsdk.${op.namespace}.${op.methodName}()\` | \`${op.method} ${op.path}\` | \`${op.pagination.items.join(".")}\` |`,
        );
    }
    for (const event of webhookEvents) expect(text).toContain(`| \`${event}\` |`);
  });

  it("leave out the API description's Authentication section, which the first guide covers in full", async () => {
    const docs = docsSpec(spec, await readGuides(), "videosdk-api");
    const description = (docs.info as { description: string }).description;
    const headings = [...description.matchAll(/^#{1,2} (.*Authentication.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(["Authentication and tokens"]);
    // The guide says what the left-out section said: the raw JWT, no Bearer prefix.
    expect(description).toMatch(/`Authorization` header \*\*as is, with no `Bearer` prefix\*\*/);
    expect(description).toContain("## Conventions and quirks");
  });

  it("leave out a section up to the next heading of its level or above, and refuse a missing one", () => {
    const markdown = "intro\n\n## A\n\ntext a\n\n### A.1\n\nmore\n\n## B\n\ntext b\n";
    expect(withoutSection(markdown, "A")).toBe("intro\n\n## B\n\ntext b\n");
    expect(withoutSection(markdown, "B")).toBe("intro\n\n## A\n\ntext a\n\n### A.1\n\nmore\n");
    expect(() => withoutSection(markdown, "C")).toThrow(/no "## C" section/);
  });

  it("give the deep-link script every first segment of Redoc's routes", () => {
    expect(routeRoots(spec)).toEqual([
      "section",
      ...(spec.tags as { name: string }[]).map((t) => t.name.toLowerCase()),
    ]);
    expect(routeRoots(spec)).toEqual(expect.arrayContaining(["rooms", "webhookevents", "participantrecordings"]));
  });

  it("inline Redoc's attribution logo, and refuse any other file from Redocly's CDN", () => {
    const page = withInlineLogo('<img src="https://cdn.redoc.ly/redoc/logo-mini-full.svg">');
    expect(page).toMatch(/^<img src="data:image\/svg\+xml,/);
    expect(page).not.toContain("cdn.redoc.ly");
    expect(() => withInlineLogo('src="https://cdn.redoc.ly/redoc/other.js"')).toThrow(/other\.js from Redocly's CDN/);
  });

  it("refuses an unknown generated block", () => {
    expect(() => renderGuide({ file: "x.md", markdown: "<!-- generated: nothing-like-this -->" }, spec)).toThrow(
      /x\.md: unknown generated block "nothing-like-this"/,
    );
  });

  it("have TypeScript examples that compile against the package's entries", async () => {
    const snippets = (await readGuides()).flatMap((guide) =>
      [...guide.markdown.matchAll(/```ts\n([\s\S]*?)```/g)]
        // Written against a client that another generator makes: compiled against it by
        // test/languages/typescript-generator.test.ts.
        .filter((m) => !m[1]!.includes("./videosdk-client/"))
        .map((m, i) => {
          // Examples continue the reader's setup: where one uses `vsdk` without making it, it is the Node client.
          const needsClient = /\bvsdk\./.test(m[1]!) && !/\bconst vsdk\b/.test(m[1]!);
          const prelude = needsClient
            ? 'import { createVideoSDK as createClient } from "videosdk-api/node";\nconst vsdk = createClient();\n'
            : "";
          return { name: `${guide.file} block ${i + 1}`, source: prelude + m[1]! };
        }),
    );
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    // Express is only shown, not installed: the little of it the guide uses.
    const ambient = `declare module "express" {
      interface Request { body: Buffer; get(name: string): string | undefined }
      interface Response { sendStatus(status: number): unknown }
      interface App { post(path: string, middleware: unknown, handler: (req: Request, res: Response) => unknown): void }
      function express(): App;
      namespace express { function raw(options: { type: string }): unknown }
      export default express;
    }`;
    expect(await typecheckSnippets(snippets, { ambient })).toEqual([]);
  }, 60_000);

  it("show, in the other-languages guide, the commands the language tests run, with the tested versions", async () => {
    const guide = (await readGuides()).find((g) => g.file === "06-other-languages.md")!.markdown;
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    for (const command of [
      "python3 test/languages/python/client.py generated/openapi.json http://127.0.0.1:4010",
      "python3 test/languages/python/validate_spec.py generated/openapi.json generated/openapi-3.0.json generated/openapi-3.0.yaml",
      "GO111MODULE=off GOPATH=/usr/share/gocode go run test/languages/go/main.go \\\n  generated/openapi-3.0.json",
      "npx @hey-api/openapi-ts -i ./generated/openapi.json",
    ]) {
      expect(guide, command).toContain(command);
    }
    for (const file of ["test/languages/python/client.py", "test/languages/go/main.go"]) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    expect(guide).toContain(`\`@hey-api/openapi-ts\` ${pkg.devDependencies["@hey-api/openapi-ts"]}`);
    // Whatever the tests do not run is said to be untested.
    for (const tool of ["OpenAPI Generator", "openapi-python-client, oapi-codegen"]) {
      expect(guide.split("\n").find((line) => line.includes(tool)) ?? "", tool).toMatch(/\*\*untested\*\*/);
    }
  });

  it("name only npm scripts that exist", async () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: object }).scripts,
    );
    const text = (await readGuides()).map((g) => g.markdown).join("\n");
    const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(3);
    for (const name of named) expect(scripts, `npm run ${name}`).toContain(name);
  });

  it("mention only SDK methods that exist", async () => {
    const methods = new Set(
      Object.values(operations).flatMap((op) => [
        `${op.namespace}.${op.methodName}`,
        ...("waiters" in op ? op.waiters.map((waiter) => `${op.namespace}.${waiter.name}`) : []),
      ]),
    );
    // Not from the operation table: the Node client's webhook verifier.
    methods.add("webhooks.verify");
    const text = (await readGuides()).map((g) => g.markdown).join("\n");
    const mentioned = [...text.matchAll(/vsdk\.(\w+)\.(\w+)\b/g)].map((m) => `${m[1]}.${m[2]}`);
    expect(mentioned.length).toBeGreaterThan(10);
    expect(mentioned.filter((name) => !methods.has(name))).toEqual([]);
  });
});

describe("static server", () => {
  let dir: string;
  let site: StaticServer;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), "videosdk-static-"));
    dir = path.join(base, "site");
    await mkdir(path.join(dir, "sub"), { recursive: true });
    await writeFile(path.join(dir, "index.html"), "<!doctype html><title>home</title>");
    await writeFile(path.join(dir, "openapi.yaml"), "openapi: 3.1.0\n");
    await writeFile(path.join(dir, "app.js"), "export {};\n");
    await writeFile(path.join(dir, "sub", "index.html"), "sub");
    await writeFile(path.join(dir, ".hidden"), "hidden");
    await writeFile(path.join(base, "secret.txt"), "outside the root");
    await symlink(path.join(base, "secret.txt"), path.join(dir, "link.txt"));
    site = await startStaticServer({ root: dir });
  });
  afterAll(async () => {
    await site?.close();
    await rm(path.dirname(dir), { recursive: true, force: true });
  });

  /** A raw request: the path goes out exactly as written (fetch would normalise `..`). */
  function get(rawPath: string, method = "GET"): Promise<{ status: number; type: string | undefined; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(`${site.url}/`, { method, path: rawPath }, (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, type: res.headers["content-type"], body }));
      });
      req.once("error", reject).end();
    });
  }

  it("listens on loopback and serves files with their content types", async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await get("/")).toMatchObject({
      status: 200,
      type: "text/html; charset=utf-8",
      body: expect.stringContaining("home"),
    });
    expect(await get("/openapi.yaml")).toMatchObject({ status: 200, type: "application/yaml; charset=utf-8" });
    expect(await get("/app.js")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
    expect(await get("/sub/")).toMatchObject({ status: 200, body: "sub" });
    expect(await get("/app.js?v=1#x")).toMatchObject({ status: 200 });
    expect(await get("/app.js", "HEAD")).toMatchObject({ status: 200, body: "" });
  });

  it("answers page routes with the index, under any prefix, and missing files with 404", async () => {
    for (const route of ["/rooms/createroom", "/docs/rooms/createroom", "/section/version-2.0", "/rooms/"]) {
      expect(await get(route), route).toMatchObject({ status: 200, body: expect.stringContaining("home") });
    }
    expect(await get("/missing.js")).toMatchObject({ status: 404 });
    expect(await get("/docs/openapi.json")).toMatchObject({ status: 404 });
  });

  it("never serves anything outside its root, nor dotfiles", async () => {
    for (const attempt of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/sub/../../secret.txt",
      "/%2e%2e%5csecret.txt",
      "/link.txt",
      "/.hidden",
    ]) {
      const answer = await get(attempt);
      expect(answer.status, attempt).toBeGreaterThanOrEqual(400);
      expect(answer.body, attempt).not.toContain("outside the root");
      expect(answer.body, attempt).not.toContain("hidden");
    }
    expect((await get("/%E0%A4%A")).status).toBe(400);
    expect((await get("/a%00b")).status).toBe(400);
  });

  it("allows only GET and HEAD", async () => {
    expect(await get("/", "POST")).toMatchObject({ status: 405 });
    expect(await get("/", "DELETE")).toMatchObject({ status: 405 });
  });

  it("refuses a root that is not a directory, with a clear message", async () => {
    await expect(startStaticServer({ root: path.join(dir, "index.html") })).rejects.toThrow(
      /cannot serve .*index\.html/,
    );
    await expect(startStaticServer({ root: path.join(dir, "nope") })).rejects.toThrow(/cannot serve/);
  });
});
