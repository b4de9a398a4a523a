/**
 * Code samples for the docs, made from the bundled spec at docs-build time: one per language for every operation,
 * added as `x-codeSamples`. Nothing is written per operation: the request of a sample is the operation's path, its
 * parameters' examples and the first example of its request body; the SDK call comes from the operation table's
 * naming (`vsdk.<namespace>.<methodName>`).
 *
 * curl and the TypeScript SDK call are written here, so they read as a person would write them; the other languages
 * come from httpsnippet, fed a HAR request built from the same data. Every credential is an environment variable.
 */
import { type HarRequest, HTTPSnippet } from "httpsnippet";
import { collectOperations, operationParameters, type SpecOperation } from "./operations.js";

/** The environment variable that holds a management token in the curl and HTTP-library samples. */
export const TOKEN_VARIABLE = "VIDEOSDK_TOKEN";
/** Stands for the token in httpsnippet's input; each target's output reads the variable instead. */
const TOKEN_PLACEHOLDER = `<${TOKEN_VARIABLE}>`;

export type SampleKind = "curl" | "typescript" | "python" | "go" | "php";

export interface SampleLanguage {
  kind: SampleKind;
  /** Highlighting language. */
  lang: string;
  /** The tab's label; Redoc matches samples to its language list by label. */
  label: string;
}

/** The languages of every operation, in the order the docs offer them. */
export const SAMPLE_LANGUAGES: readonly SampleLanguage[] = [
  { kind: "curl", lang: "bash", label: "curl" },
  { kind: "typescript", lang: "typescript", label: "TypeScript SDK" },
  { kind: "python", lang: "python", label: "Python" },
  { kind: "go", lang: "go", label: "Go" },
  { kind: "php", lang: "php", label: "PHP" },
];

/** One entry of `x-codeSamples`. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export interface CodeSampleOptions {
  /** The npm package name, for the SDK import (`<name>/node`). */
  packageName: string;
  /** The API origin in URLs. Default: the spec's first server. */
  baseUrl?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SpecObject = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  schema?: { example?: unknown; default?: unknown; enum?: unknown[]; examples?: unknown[] };
  $ref?: string;
}

/** What every language renders: one concrete request. */
export interface SampleRequest {
  operation: SpecOperation;
  method: string;
  /** The path with its parameters filled in. */
  path: string;
  /** Values of the path parameters, in path order. */
  pathValues: string[];
  /** Query parameters sent, in spec order. */
  query: [string, string][];
  body: Json | undefined;
  /** False where the spec lets the operation be called without a token. */
  needsToken: boolean;
  /** The 200 answer is a bare JSON string. */
  answersWithString: boolean;
}

/** The concrete request of every operation, in spec order. */
export function sampleRequests(spec: SpecObject): SampleRequest[] {
  const schemas = ((spec.components ?? {}) as { schemas?: Record<string, SpecObject> }).schemas ?? {};
  const paths = spec.paths as Record<string, Record<string, SpecObject>>;
  const rootSecurity = (spec.security ?? []) as SpecObject[];

  return collectOperations(spec).map((operation) => {
    const item = paths[operation.path]!;
    const op = item[operation.method.toLowerCase()]!;
    const parameters = operationParameters<Parameter>(spec, item, op);
    const pathValues = operation.pathParams.map((name) => {
      const parameter = parameters.find((p) => p.in === "path" && p.name === name);
      const value = parameter && exampleOf(parameter);
      if (value === undefined)
        throw new Error(`${operation.operationId}: path parameter ${name} has no example to show in code samples`);
      return String(value);
    });
    let path = operation.path;
    operation.pathParams.forEach((name, i) => {
      path = path.replace(`{${name}}`, encodeURIComponent(pathValues[i]!));
    });

    // Required parameters always; a list also shows its paging parameters, the ones a reader changes first.
    const query: [string, string][] = [];
    for (const parameter of parameters.filter((p) => p.in === "query")) {
      const paging = operation.pagination !== null && (parameter.name === "page" || parameter.name === "perPage");
      if (!parameter.required && !paging) continue;
      const value = exampleOf(parameter);
      if (value === undefined)
        throw new Error(
          `${operation.operationId}: query parameter ${parameter.name} has no example to show in code samples`,
        );
      query.push([parameter.name, Array.isArray(value) ? value.join(",") : String(value)]);
    }

    const security = (op.security as SpecObject[] | undefined) ?? rootSecurity;
    const response = ((op.responses as SpecObject)["200"] ?? {}) as {
      content?: Record<string, { schema?: SpecObject }>;
    };
    const schema = response.content?.["application/json"]?.schema;
    const resolved = typeof schema?.$ref === "string" ? schemas[schema.$ref.split("/").pop()!] : schema;

    return {
      operation,
      method: operation.method,
      path,
      pathValues,
      query,
      body: operation.hasBody ? requestBodyExample(op, operation) : undefined,
      needsToken: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
      answersWithString: resolved?.type === "string",
    };
  });
}

function exampleOf(parameter: Parameter): unknown {
  return (
    parameter.example ??
    Object.values(parameter.examples ?? {})[0]?.value ??
    parameter.schema?.example ??
    parameter.schema?.examples?.[0] ??
    parameter.schema?.default ??
    parameter.schema?.enum?.[0]
  );
}

/** The first example of the JSON request body (what the docs show first, too). */
function requestBodyExample(op: SpecObject, operation: SpecOperation): Json {
  const media = (
    op.requestBody as
      | { content?: Record<string, { example?: Json; examples?: Record<string, { value?: Json }> }> }
      | undefined
  )?.content?.["application/json"];
  const value = Object.values(media?.examples ?? {})[0]?.value ?? media?.example;
  if (value === undefined) {
    if (operation.bodyRequired)
      throw new Error(`${operation.operationId}: the request body has no example to show in code samples`);
    return {};
  }
  return value;
}

// ---- the languages ----------------------------------------------------------------------------------------------

/** Every sample of one request, in SAMPLE_LANGUAGES order. */
export function codeSamplesFor(request: SampleRequest, options: CodeSampleOptions & { baseUrl: string }): CodeSample[] {
  const har = harRequest(request, options.baseUrl);
  const sources: Record<SampleKind, () => string> = {
    curl: () => curlSample(request, options.baseUrl),
    typescript: () => typescriptSample(request, options.packageName),
    python: () => pythonSample(har, request.needsToken),
    go: () => goSample(har, request.needsToken),
    php: () => phpSample(har, request.needsToken),
  };
  return SAMPLE_LANGUAGES.map(({ kind, lang, label }) => ({ lang, label, source: sources[kind]().trimEnd() + "\n" }));
}

/**
 * A copy of the spec with `x-codeSamples` on every operation, replacing any already there. The input is not
 * changed: generated/openapi.json stays the API description.
 */
export function withCodeSamples(spec: SpecObject, options: CodeSampleOptions): SpecObject {
  const copy = structuredClone(spec);
  const baseUrl =
    options.baseUrl ?? (copy.servers as { url: string }[] | undefined)?.[0]?.url ?? "https://api.videosdk.live";
  const paths = copy.paths as Record<string, Record<string, SpecObject>>;
  for (const request of sampleRequests(copy)) {
    const op = paths[request.operation.path]![request.operation.method.toLowerCase()]!;
    op["x-codeSamples"] = codeSamplesFor(request, { ...options, baseUrl });
  }
  return copy;
}

// curl ------------------------------------------------------------------------------------------------------------

function curlSample(request: SampleRequest, baseUrl: string): string {
  const url = baseUrl + request.path + queryString(request.query);
  // Double quotes, so that the shell expands $VIDEOSDK_TOKEN; the body goes in single quotes, taken literally.
  const lines = [`curl${request.method === "GET" ? "" : ` -X ${request.method}`} "${shellDoubleQuoted(url)}"`];
  if (request.needsToken) lines.push(`-H "Authorization: $${TOKEN_VARIABLE}"`);
  if (request.body !== undefined) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d '${JSON.stringify(request.body, null, 2).replace(/'/g, `'\\''`)}'`);
  }
  return lines.join(" \\\n  ");
}

function queryString(query: [string, string][]): string {
  if (!query.length) return "";
  // Commas stay readable: VideoSDK takes lists comma-joined (status=a,b).
  return (
    "?" + query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/g, ",")}`).join("&")
  );
}

function shellDoubleQuoted(text: string): string {
  return text.replace(/[\\"$`]/g, "\\$&");
}

// TypeScript SDK --------------------------------------------------------------------------------------------------

function typescriptSample(request: SampleRequest, packageName: string): string {
  const { operation } = request;
  const args = request.pathValues.map((value) => JSON.stringify(value));
  if (operation.hasBody) args.push(tsLiteral(request.body ?? {}, 0));
  else if (operation.queryRequired) {
    // Paging stays with the iterator: only the filters that must be given appear.
    const required = Object.fromEntries(request.query.filter(([name]) => name !== "page" && name !== "perPage"));
    args.push(tsLiteral(required, 0));
  }
  const call = `vsdk.${operation.namespace}.${operation.methodName}(${args.join(", ")})`;
  const head = [
    `import { createVideoSDK } from "${packageName}/node";`,
    "",
    "// Mints and refreshes management tokens from your API key and secret.",
    "const vsdk = createVideoSDK({",
    "  apiKey: process.env.VIDEOSDK_API_KEY,",
    "  secret: process.env.VIDEOSDK_SECRET,",
    "});",
    "",
  ];
  if (operation.pagination) {
    const item = singular(nounOf(operation.operationId));
    return [
      ...head,
      `// Walks every page; \`await vsdk.${operation.namespace}.${operation.methodName}(…)\` gives the first page only.`,
      `for await (const ${item} of ${call}) {`,
      `  console.log(${item});`,
      "}",
    ].join("\n");
  }
  const result = request.answersWithString ? "message" : resultName(operation.operationId);
  return [...head, `const ${result} = await ${call};`, `console.log(${result});`].join("\n");
}

const NOUN_VERBS = new Set(["get", "list", "create", "update", "validate", "capture", "start"]);

/** `getSessionStats` → `sessionStats`; actions whose answer is not the named thing read `result`. */
function resultName(operationId: string): string {
  const verb = /^[a-z]+/.exec(operationId)![0];
  return NOUN_VERBS.has(verb) ? nounOf(operationId) : "result";
}

/** The operationId without its verb, in camelCase: `listSessionParticipants` → `sessionParticipants`. */
function nounOf(operationId: string): string {
  const noun = operationId.replace(/^[a-z]+/, "");
  return noun ? noun[0]!.toLowerCase() + noun.slice(1) : "result";
}

/** The last word, singular: `sessionParticipants` → `participant`, `hls` stays `hls`. */
function singular(camel: string): string {
  const words = camel.split(/(?=[A-Z])/);
  const last = words[words.length - 1]!;
  const word = last.length > 3 && last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
  return word[0]!.toLowerCase() + word.slice(1);
}

/** A JSON value as a TypeScript literal: identifier keys unquoted, short objects and arrays of scalars on one line. */
export function tsLiteral(value: Json, depth: number): string {
  const pad = "  ".repeat(depth + 1);
  const end = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inline = `[${value.map((v) => tsLiteral(v, depth)).join(", ")}]`;
    if (value.every((v) => v === null || typeof v !== "object") && inline.length <= 72) return inline;
    return `[\n${value.map((v) => pad + tsLiteral(v, depth + 1)).join(",\n")},\n${end}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    const inline = `{ ${entries.map(([k, v]) => `${key(k)}: ${tsLiteral(v, depth + 1)}`).join(", ")} }`;
    if (entries.every(([, v]) => v === null || typeof v !== "object") && inline.length <= 60) return inline;
    return `{\n${entries.map(([k, v]) => `${pad}${key(k)}: ${tsLiteral(v, depth + 1)}`).join(",\n")},\n${end}}`;
  }
  return JSON.stringify(value);
}

// httpsnippet targets ---------------------------------------------------------------------------------------------

function harRequest(request: SampleRequest, baseUrl: string): HarRequest {
  const headers = [];
  if (request.needsToken) headers.push({ name: "Authorization", value: TOKEN_PLACEHOLDER });
  if (request.body !== undefined) headers.push({ name: "Content-Type", value: "application/json" });
  return {
    method: request.method,
    url: baseUrl + request.path,
    httpVersion: "HTTP/1.1",
    cookies: [],
    headers,
    queryString: request.query.map(([name, value]) => ({ name, value })),
    headersSize: -1,
    bodySize: -1,
    postData:
      request.body === undefined
        ? { mimeType: "" }
        : { mimeType: "application/json", text: JSON.stringify(request.body) },
  } as HarRequest;
}

function snippet(har: HarRequest, target: "python" | "go" | "php", client: string): string {
  const output = new HTTPSnippet(har).convert(target, client);
  const source = Array.isArray(output) ? output[0] : output;
  if (typeof source !== "string" || source.trim() === "")
    throw new Error(`httpsnippet produced no ${target} (${client}) sample for ${har.method} ${har.url}`);
  return source;
}

/** Replaces exactly one occurrence, so that a change in httpsnippet's output fails the build instead of leaking a placeholder. */
function replaceOnce(source: string, from: string, to: string, what: string): string {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + from.length) >= 0) {
    throw new Error(`code samples: expected exactly one ${JSON.stringify(from)} in the ${what} sample`);
  }
  return source.slice(0, at) + to + source.slice(at + from.length);
}

function pythonSample(har: HarRequest, needsToken: boolean): string {
  const source = snippet(har, "python", "requests");
  if (!needsToken) return source;
  const withEnv = replaceOnce(source, `"${TOKEN_PLACEHOLDER}"`, `os.environ["${TOKEN_VARIABLE}"]`, "Python");
  return replaceOnce(withEnv, "import requests\n", "import os\n\nimport requests\n", "Python");
}

function goSample(har: HarRequest, needsToken: boolean): string {
  const source = snippet(har, "go", "native");
  if (!needsToken) return source;
  const withEnv = replaceOnce(source, `"${TOKEN_PLACEHOLDER}"`, `os.Getenv("${TOKEN_VARIABLE}")`, "Go");
  return replaceOnce(withEnv, "import (\n", 'import (\n\t"os"\n', "Go");
}

function phpSample(har: HarRequest, needsToken: boolean): string {
  const source = snippet(har, "php", "guzzle");
  return needsToken ? replaceOnce(source, `'${TOKEN_PLACEHOLDER}'`, `getenv('${TOKEN_VARIABLE}')`, "PHP") : source;
}
