/**
 * The docs' code samples, made from the spec: every operation gets every language, requests match the spec's
 * examples, the SDK calls exist and type-check against the real client, and no sample carries a credential.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.js";
import { type CodeSample, SAMPLE_LANGUAGES, TOKEN_VARIABLE, withCodeSamples } from "../../scripts/lib/code-samples.js";
import { spec } from "../support/spec.js";
import { typecheckSnippets } from "../support/typecheck.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const packageName = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string }).name;
const augmented = withCodeSamples(spec, { packageName });
/** The operation table, as the SDK's facade is built from it. */
interface TableEntry {
  operationId: string;
  method: string;
  path: string;
  namespace: string;
  methodName: string;
  pagination: unknown;
}
const table: TableEntry[] = Object.entries(operations).map(([operationId, info]) => ({ operationId, ...info }));
const byId = (operationId: keyof typeof operations) => table.find((op) => op.operationId === operationId)!;

type Operation = {
  "x-codeSamples"?: CodeSample[];
  security?: object[];
  requestBody?: { content?: Record<string, { examples?: Record<string, { value: unknown }> }> };
};
const operationOf = (op: TableEntry, document = augmented) =>
  (document.paths as Record<string, Record<string, Operation>>)[op.path]![op.method.toLowerCase()]!;
const samplesOf = (op: TableEntry) => operationOf(op)["x-codeSamples"] ?? [];
const sampleOf = (op: TableEntry, label: string) => samplesOf(op).find((sample) => sample.label === label)!.source;
const firstBodyExample = (op: TableEntry) =>
  Object.values(operationOf(op).requestBody?.content?.["application/json"]?.examples ?? {})[0]?.value;

describe("x-codeSamples", () => {
  it("gives every operation of the table curl, TypeScript SDK and Python samples (and the other languages)", () => {
    expect(table.length).toBeGreaterThan(40);
    for (const label of ["curl", "TypeScript SDK", "Python"])
      expect(SAMPLE_LANGUAGES.map((l) => l.label)).toContain(label);
    for (const op of table) {
      const samples = samplesOf(op);
      expect(
        samples.map((s) => s.label),
        op.operationId,
      ).toEqual(SAMPLE_LANGUAGES.map((l) => l.label));
      for (const sample of samples)
        expect(sample.source.trim().length, `${op.operationId} ${sample.label}`).toBeGreaterThan(20);
    }
  });

  it("leaves the input spec untouched", () => {
    const paths = spec.paths as Record<string, Record<string, Operation>>;
    for (const op of table) expect(paths[op.path]![op.method.toLowerCase()]!["x-codeSamples"]).toBeUndefined();
  });

  it("calls the real method path of each operation, with the spec's example path values", () => {
    for (const op of table) {
      const curl = sampleOf(op, "curl");
      const url = new URL(/"(https:\/\/[^"]+)"/.exec(curl)![1]!);
      const template = new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      expect(url.pathname, op.operationId).toMatch(template);
      expect(curl.startsWith(op.method === "GET" ? "curl " : `curl -X ${op.method} `), op.operationId).toBe(true);
      for (const label of ["Python", "Go", "PHP"])
        expect(sampleOf(op, label), `${op.operationId} ${label}`).toContain(url.pathname);
      if (op.pagination) expect(url.searchParams.get("page"), op.operationId).toBe("1");
    }
  });

  it("sends the first request example of the spec as the body", () => {
    const withBody = table.filter((op) => operationOf(op, spec).requestBody !== undefined);
    expect(withBody.length).toBeGreaterThan(10);
    for (const op of withBody) {
      const curl = sampleOf(op, "curl");
      const body = /-d '([\s\S]*)'$/.exec(curl.trim())![1]!.replace(/'\\''/g, "'");
      expect(JSON.parse(body), op.operationId).toEqual(firstBodyExample(op) ?? {});
      const python = sampleOf(op, "Python");
      expect(python, op.operationId).toContain("json=payload");
    }
  });

  it("calls the facade method of the operation table, with the import of the package's Node entry", () => {
    const facadeMethods = new Set(table.map((op) => `${op.namespace}.${op.methodName}`));
    for (const op of table) {
      const source = sampleOf(op, "TypeScript SDK");
      expect(source).toContain(`import { createVideoSDK } from "${packageName}/node";`);
      const calls = [...source.matchAll(/vsdk\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`);
      expect(calls.length, op.operationId).toBeGreaterThan(0);
      for (const call of calls) expect(call, op.operationId).toBe(`${op.namespace}.${op.methodName}`);
      expect(facadeMethods.has(calls[0]!)).toBe(true);
      // Path parameters are passed in path order, as the spec's examples.
      const values = [...op.path.matchAll(/\{([^}]+)\}/g)].map(() => '"[^"]+"');
      if (values.length)
        expect(source, op.operationId).toMatch(new RegExp(`\\.${op.methodName}\\(${values.join(", ")}`));
      expect(source.includes("for await ("), op.operationId).toBe(op.pagination !== null);
    }
  });

  it("type-checks every TypeScript sample, verbatim, against the client", async () => {
    const snippets = table.map((op) => ({ name: op.operationId, source: sampleOf(op, "TypeScript SDK") }));
    expect(await typecheckSnippets(snippets)).toEqual([]);
  }, 60_000);

  it("carries no credential: tokens, keys and secrets come from the environment", () => {
    const assignment = /["']?(secret|token|apiKey|api_key|password)["']?\s*(=>|[:=])\s*["'][^"'$<]{6,}["']/i;
    for (const op of table) {
      // An operation whose security allows `{}` (no credentials) sends no Authorization header.
      const needsToken = !(operationOf(op, spec).security ?? []).some(
        (requirement) => Object.keys(requirement).length === 0,
      );
      for (const { label, source } of samplesOf(op)) {
        const where = `${op.operationId} ${label}`;
        expect(source, where).not.toMatch(/eyJ[\w-]{6,}\.[\w-]+/); // a JWT
        expect(source, where).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
        expect(source, where).not.toMatch(/Bearer/i);
        expect(source, where).not.toContain(`<${TOKEN_VARIABLE}>`); // the generator's stand-in never leaks
        expect(source, where).not.toMatch(assignment);
        const authLines = source.split("\n").filter((line) => /Authorization/.test(line));
        if (label === "TypeScript SDK") {
          expect(source, where).toContain("apiKey: process.env.VIDEOSDK_API_KEY");
          expect(source, where).toContain("secret: process.env.VIDEOSDK_SECRET");
          expect(authLines, where).toEqual([]);
        } else {
          expect(authLines.length, where).toBe(needsToken ? 1 : 0);
          for (const line of authLines) expect(line, where).toContain(TOKEN_VARIABLE);
        }
      }
    }
    expect(sampleOf(byId("listRooms"), "curl")).toContain(`-H "Authorization: $${TOKEN_VARIABLE}"`);
    expect(sampleOf(byId("listRooms"), "Python")).toContain(`os.environ["${TOKEN_VARIABLE}"]`);
    expect(sampleOf(byId("listRooms"), "Go")).toContain(`os.Getenv("${TOKEN_VARIABLE}")`);
    expect(sampleOf(byId("listRooms"), "PHP")).toContain(`getenv('${TOKEN_VARIABLE}')`);
  });

  it("quotes curl so that the shell expands only the token variable", () => {
    const curl = sampleOf(byId("createRoom"), "curl");
    expect(curl).toMatch(/^curl -X POST "https:\/\/api\.videosdk\.live\/v2\/rooms" \\\n/);
    expect(curl).toMatch(/-d '\{\n/);
    // Only $VIDEOSDK_TOKEN sits in double quotes unescaped; the body is single-quoted.
    const doubleQuoted = [...curl.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) => m[0]).filter((s) => s.includes("$"));
    expect(doubleQuoted).toEqual([`"Authorization: $${TOKEN_VARIABLE}"`]);
  });
});
