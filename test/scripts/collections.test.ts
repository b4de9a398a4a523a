/**
 * The committed collections against the spec (no converter drift: every operation is a request of both, at its own
 * method and path), and the token minting script both carry, run as their sandboxes run it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { brunoTokenScript, postmanTokenScript } from "../../scripts/lib/collections/scripts.js";
import { redocOptions } from "../../scripts/lib/docs-site.js";
import { verifyToken } from "../../src/node/token.js";
import { root } from "./support.js";

const collections = path.join(root, "generated/collections");
const spec = JSON.parse(readFileSync(path.join(root, "generated/openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const METHODS = ["get", "post", "put", "patch", "delete"];
const specOperations = Object.entries(spec.paths).flatMap(([route, item]) =>
  METHODS.filter((method) => item[method]).map((method) => ({
    operationId: item[method]!.operationId!,
    request: `${method.toUpperCase()} ${route.replace(/\{([^}]+)\}/g, ":$1")}`,
  })),
);

/** `operationId → "METHOD /path/:param"` from each request's step literal and its URL. */
const stepOf = (script: string) => JSON.parse(/const step = (\{.*\});/.exec(script)![1]!) as { operationId: string };

function postmanRequests(): Map<string, string> {
  const collection = JSON.parse(readFileSync(path.join(collections, "videosdk.postman_collection.json"), "utf8"));
  const requests = new Map<string, string>();
  const visit = (items: Record<string, any>[]) => {
    for (const item of items) {
      if (item.item) visit(item.item);
      else {
        const test = item.event.find((event: { listen: string }) => event.listen === "test").script.exec.join("\n");
        requests.set(stepOf(test).operationId, `${item.request.method} /${item.request.url.path.join("/")}`);
      }
    }
  };
  visit(collection.item);
  return requests;
}

function brunoRequests(): Map<string, string> {
  const dir = path.join(collections, "bruno");
  const requests = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    if (!file.endsWith(".bru") || file.startsWith("environments") || /(collection|folder)\.bru$/.test(file)) continue;
    const text = readFileSync(path.join(dir, file), "utf8");
    const [, method, url] = /^(get|post|put|patch|delete) \{\n {2}url: (\S+)/m.exec(text)!;
    requests.set(stepOf(text).operationId, `${method!.toUpperCase()} ${url!.replace("{{baseUrl}}", "").split("?")[0]}`);
  }
  return requests;
}

describe("the committed collections", () => {
  it.each([
    ["Postman", postmanRequests],
    ["Bruno", brunoRequests],
  ])("%s has every operation of the spec, at its method and path", (_, read) => {
    const requests = read();
    for (const { operationId, request } of specOperations) expect(requests.get(operationId), operationId).toBe(request);
    // The rest are the sandbox's join requests.
    expect([...requests.keys()].filter((id) => !specOperations.some((op) => op.operationId === id))).toEqual([
      "joinParticipant",
    ]);
  });
});

describe("the docs site", () => {
  it("offers the Postman collection and both environments for download, beside the OpenAPI files", () => {
    const urls = (redocOptions().downloadUrls as { url: string }[]).map((link) => link.url);
    const offered = urls.filter((url) => url.startsWith("collections/"));
    expect(offered).toHaveLength(3);
    // buildDocs copies generated/collections/ to collections/ on the site.
    for (const url of offered) expect(readFileSync(path.join(root, "generated", url), "utf8")).toMatch(/^\{/);
  });
});

describe("the token minting script", () => {
  const requireFromHere = createRequire(import.meta.url);
  const run = (script: string, globals: Record<string, unknown>) =>
    new Function(...Object.keys(globals), "require", script)(...Object.values(globals), requireFromHere);
  const credentials = { apiKey: "key-1", secret: "secret-1" };

  function postman(variables: Record<string, string>) {
    const local = new Map(Object.entries(variables));
    run(postmanTokenScript, {
      pm: { variables: { get: (k: string) => local.get(k), set: (k: string, v: string) => local.set(k, v) } },
    });
    return local.get("token");
  }

  function bruno(variables: Record<string, string>) {
    const runtime = new Map<string, string>();
    const bru = {
      getVar: (k: string) => runtime.get(k),
      setVar: (k: string, v: string) => runtime.set(k, v),
      getEnvVar: (k: string) => variables[k],
    };
    run(brunoTokenScript, { bru });
    return runtime.get("token") ?? variables.token;
  }

  it.each([
    ["Postman", postman],
    ["Bruno", bruno],
  ])("in %s, signs a management token from apiKey and secret when token is empty", (_, mint) => {
    const token = mint({ ...credentials, token: "" })!;
    const claims = verifyToken(token, credentials.secret);
    expect(claims).toMatchObject({
      apikey: "key-1",
      permissions: ["allow_join", "allow_mod"],
      version: 2,
      roles: ["crawler"],
    });
    expect(claims.exp - claims.iat).toBe(7200);
    expect(token).not.toMatch(/[=+/]/);
  });

  it.each([
    ["Postman", postman],
    ["Bruno", bruno],
  ])("in %s, keeps a token that is set, and signs nothing without credentials", (_, mint) => {
    expect(mint({ ...credentials, token: "given" })).toBe("given");
    expect(mint({ apiKey: "", secret: "", token: "" })).toBeFalsy();
  });
});
