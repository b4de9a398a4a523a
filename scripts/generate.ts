/**
 * Generates everything in generated/ from spec/, deterministically (same spec, byte-identical output):
 *   openapi.json, openapi.yaml  the bundled spec, for other languages, the mock server and the docs
 *   openapi-3.0.json, .yaml     the same spec converted to OpenAPI 3.0.3, for tools that cannot read 3.1
 *   schema.d.ts                 openapi-typescript's types
 *   operations.ts               the operation table the client's facade and pagination read
 *   API.md                      every SDK method with its HTTP verb and path
 *   mcp-tools.json              the MCP server's tools: definitions and argument routing, one per operation and waiter
 *   cli.ts                      the command table of the `videosdk` command line: commands, flags, types, summaries
 *   CLI.md                      every command of the command line with its flags
 *   spec.sha256                 the hash of spec/'s content, so `npm start` knows when to regenerate
 *   collections/                the Postman collection and environments, and the Bruno collection (bruno/)
 *   sandbox-control.json, .d.ts the sandbox's control API (spec/sandbox-control.yaml) and its types
 *
 * Usage: tsx scripts/generate.ts [--out <dir>]   (default: generated/)
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse as parseYaml, stringify as toYaml } from "yaml";
import { bundleSpec } from "./lib/bundle.js";
import { type CliCommand, type CliNamespace, collectCliCommands, GLOBAL_FLAGS, kebabCase } from "./lib/cli-commands.js";
import { COLLECTIONS_DIR } from "./lib/collections/files.js";
import { buildCollections } from "./lib/collections.js";
import { SPEC_HASH_FILE, specHashLine } from "./lib/content-hash.js";
import { buildMcpTools, renderMcpTools } from "./lib/mcp-tools.js";
import { toOpenApi30 } from "./lib/openapi30.js";
import { collectOperations, type SpecOperation } from "./lib/operations.js";
import { GENERATED_DIR, SPEC_ROOT } from "./lib/paths.js";

const HEADER = "This file is generated from spec/ by `npm run generate`. Do not edit it by hand.";

/** Writes every generated file into outDir; returns how many operations the spec has. */
export async function generate(outDir = GENERATED_DIR): Promise<{ files: string[]; operations: number }> {
  await mkdir(outDir, { recursive: true });
  const spec = await bundleSpec(SPEC_ROOT);
  const operations = collectOperations(spec);
  const spec30 = toOpenApi30(spec);
  const cli = collectCliCommands(spec, operations);
  // One self-contained file: no bundling, only YAML to JSON.
  const control = parseYaml(await readFile(path.join(path.dirname(SPEC_ROOT), "sandbox-control.yaml"), "utf8"));

  const files: Record<string, string> = {
    "openapi.json": JSON.stringify(spec, null, 2) + "\n",
    "openapi.yaml": `# ${HEADER}\n` + toYaml(spec, { lineWidth: 0, aliasDuplicateObjects: false }),
    "openapi-3.0.json": JSON.stringify(spec30, null, 2) + "\n",
    "openapi-3.0.yaml":
      `# ${HEADER}\n# OpenAPI 3.0.3 variant of openapi.yaml; webhooks are under x-webhooks.\n` +
      toYaml(spec30, { lineWidth: 0, aliasDuplicateObjects: false }),
    "schema.d.ts": await renderTypes(spec),
    "operations.ts": renderOperationTable(operations, webhookEventNames(spec)),
    "API.md": renderMethodList(operations),
    "mcp-tools.json": renderMcpTools(buildMcpTools(spec, operations)),
    "cli.ts": renderCliTable(cli.namespaces, cli.commands),
    "CLI.md": renderCommandReference(cli.namespaces, cli.commands),
    [SPEC_HASH_FILE]: specHashLine(),
    "sandbox-control.json": JSON.stringify(control, null, 2) + "\n",
    "sandbox-control.d.ts": await renderTypes(control),
  };
  for (const [name, text] of Object.entries(
    await buildCollections(spec, spec30, operations, control as Record<string, unknown>),
  )) {
    files[`${COLLECTIONS_DIR}/${name}`] = text;
  }
  // The collections' folder is rewritten whole, so that a request gone from the spec leaves no file behind.
  await rm(path.join(outDir, COLLECTIONS_DIR), { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
    await writeFile(path.join(outDir, name), text);
  }
  return { files: Object.keys(files), operations: operations.length };
}

async function main(): Promise<void> {
  const outFlag = process.argv.indexOf("--out");
  const outDir = path.resolve(outFlag > 0 ? process.argv[outFlag + 1]! : GENERATED_DIR);
  const result = await generate(outDir);
  console.log(
    `generated ${result.files.length} files, ${result.operations} operations → ${path.relative(process.cwd(), outDir) || "."}`,
  );
}

async function renderTypes(spec: Record<string, unknown>): Promise<string> {
  // openapi-typescript mutates nothing, but give it a copy so the JSON we write stays exactly the bundle.
  const ast = await openapiTS(structuredClone(spec) as never, { alphabetize: false, immutable: false });
  return `/**\n * ${HEADER}\n */\n\n` + astToString(ast);
}

function webhookEventNames(spec: Record<string, unknown>): string[] {
  return Object.keys((spec.webhooks as Record<string, unknown> | undefined) ?? {});
}

function renderOperationTable(operations: SpecOperation[], events: string[]): string {
  // The runtime table holds only what the client reads, so a browser bundle stays small; everything else a
  // method's signature needs (path parameters, whether the body or query is required) is derived at the type
  // level from the path literal and from schema.d.ts.
  const body = operations
    .map((op) => {
      const input = op.hasBody ? "body" : op.queryParams.length ? "query" : null;
      const pagination = op.pagination && { items: op.pagination.items, pageInfo: op.pagination.pageInfo };
      const waiters = op.waiters.map(({ name, success, failure, pending, interval, timeout }) => ({
        name,
        success,
        failure,
        pending,
        interval,
        timeout,
      }));
      const entry = {
        method: op.method,
        path: op.path,
        namespace: op.namespace,
        methodName: op.methodName,
        input,
        pagination,
        ...(waiters.length ? { waiters } : {}),
      };
      return `  ${op.operationId}: ${JSON.stringify(entry)},`;
    })
    .join("\n");
  return `/**
 * ${HEADER}
 *
 * One entry per operation of the spec: where it lives (method, path), how the SDK names it
 * (namespace.methodName, from the tag and the operationId), what it takes and how it pages.
 */

export interface OperationPagination {
  /** Keys leading from the response body to the array of items. */
  readonly items: readonly string[];
  /** Key of the page-info object (\`{currentPage, perPage, lastPage, total}\`) in the response body. */
  readonly pageInfo: string;
}

/** A condition on a polled body: the value at \`path\` exists (not null or absent), or is one of \`equals\`. */
export interface WaiterCondition {
  readonly path: readonly string[];
  readonly exists?: true;
  readonly equals?: readonly (string | number | boolean | null)[];
}

/** A polling waiter of the spec's \`x-waiters\`: \`vsdk.<namespace>.<name>(pathParams..., options)\`. */
export interface OperationWaiter {
  readonly name: string;
  readonly success: WaiterCondition;
  readonly failure: WaiterCondition | null;
  /** HTTP statuses that mean "not yet". */
  readonly pending: readonly number[];
  /** First delay between polls, in ms. */
  readonly interval: number;
  /** Default total wait, in ms. */
  readonly timeout: number;
}

export interface OperationInfo {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The path template, with \`{name}\` path parameters in call order. */
  readonly path: string;
  /** The tag of the operation, and the client's namespace for it. */
  readonly namespace: string;
  readonly methodName: string;
  /** What the argument after the path parameters is: the JSON body, the query parameters, or nothing. */
  readonly input: "body" | "query" | null;
  /** How a list operation pages (\`page\`/\`perPage\` query parameters), or null. */
  readonly pagination: OperationPagination | null;
  /** Waiters that poll this operation. */
  readonly waiters?: readonly OperationWaiter[];
}

export const operations = {
${body}
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

/**
 * The client's methods, by namespace and method name, each naming its operation. The client's types map over
 * this interface, so an editor shows these comments when hovering \`vsdk.<namespace>.<method>\`.
 */
export interface OperationMethods {
${renderMethodDocs(operations)}
}

/**
 * The client's waiters (\`x-waiters\` in the spec), by namespace and name, each naming the operation it polls.
 */
export interface WaiterMethods {
${renderWaiterDocs(operations)}
}

/** Every webhook event of the spec, in the spec's order. */
export const webhookEvents = ${JSON.stringify(events, null, 2)} as const;

export type WebhookEventName = (typeof webhookEvents)[number];
`;
}

function renderMethodDocs(operations: SpecOperation[]): string {
  const byNamespace = groupByNamespace(operations);
  return [...byNamespace]
    .map(([namespace, ops]) => {
      const methods = ops.map((op) => {
        const doc = [op.summary.replace(/\*\//g, "*\\/"), `\`${op.method} ${op.path}\` (${op.operationId})`];
        if (op.pagination)
          doc.push("Returns a paged list: await it for the first page, or iterate it with `for await`.");
        if (op.deprecated) doc.push("@deprecated Unconfirmed as a current VideoSDK endpoint; see the spec.");
        return `    /**\n${doc.map((line) => `     * ${line}`).join("\n     *\n")}\n     */\n    ${op.methodName}: "${op.operationId}";`;
      });
      return `  ${namespace}: {\n${methods.join("\n")}\n  };`;
    })
    .join("\n");
}

function renderWaiterDocs(operations: SpecOperation[]): string {
  const byNamespace = groupByNamespace(operations.filter((op) => op.waiters.length));
  return [...byNamespace]
    .map(([namespace, ops]) => {
      const waiters = ops.flatMap((op) =>
        op.waiters.map((waiter) => {
          const doc = [
            ...waiter.description.replace(/\*\//g, "*\\/").split("\n"),
            "",
            `Polls \`${op.method} ${op.path}\` (${op.operationId}) every ${duration(waiter.interval)} at first, backing off;`,
            `gives up after ${duration(waiter.timeout)} unless \`timeout\` says otherwise.`,
          ];
          return `    /**\n${doc.map((line) => (line ? `     * ${line}` : "     *")).join("\n")}\n     */\n    ${waiter.name}: "${op.operationId}";`;
        }),
      );
      return `  ${namespace}: {\n${waiters.join("\n")}\n  };`;
    })
    .join("\n");
}

/** `5 s`, `30 min`: a waiter's default durations, for its documentation. */
function duration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function groupByNamespace(operations: SpecOperation[]): Map<string, SpecOperation[]> {
  const byNamespace = new Map<string, SpecOperation[]>();
  for (const op of operations) byNamespace.set(op.namespace, [...(byNamespace.get(op.namespace) ?? []), op]);
  return byNamespace;
}

function renderMethodList(operations: SpecOperation[]): string {
  const byNamespace = groupByNamespace(operations);
  const lines = [
    "# SDK methods",
    "",
    `<!-- ${HEADER} -->`,
    "",
    "Every operation of the spec is a method of the client, `vsdk.<namespace>.<method>(...)`.",
    "The namespace is the operation's tag; the method is the operationId with the tag's noun taken out",
    "(`createRoom` in `rooms` → `vsdk.rooms.create`). Arguments: the path parameters in path order, then the body",
    "(or the query, for calls without a body), then per-call options. List methods return a paged list:",
    "`await` it for the first page, or iterate it with `for await` to get every item.",
    "Waiters (the spec's `x-waiters`) poll an operation until a state is reached: the path parameters, then",
    "`{ timeout, interval, signal }`.",
    "",
  ];
  for (const [namespace, ops] of byNamespace) {
    lines.push(`## ${namespace}`, "", "| method | HTTP | operationId | summary |", "|---|---|---|---|");
    for (const op of ops) {
      const args = [...op.pathParams, ...(op.hasBody ? ["body"] : op.queryParams.length ? ["query"] : [])].join(", ");
      const paged = op.pagination ? " (paged)" : "";
      const deprecated = op.deprecated ? " (deprecated)" : "";
      lines.push(
        `| \`${namespace}.${op.methodName}(${args})\`${paged} | \`${op.method} ${op.path}\` | \`${op.operationId}\` | ${op.summary}${deprecated} |`,
      );
      for (const waiter of op.waiters) {
        const first = waiter.description.split(/(?<=\.)\s/)[0]!.replace(/\n/g, " ");
        lines.push(
          `| \`${namespace}.${waiter.name}(${[...op.pathParams, "options"].join(", ")})\` (waiter) | polls \`${op.method} ${op.path}\` | \`${op.operationId}\` | ${first} |`,
        );
      }
    }
    lines.push("");
  }
  return lines.join("\n");
}

function renderCliTable(namespaces: CliNamespace[], commands: CliCommand[]): string {
  return `/**
 * ${HEADER}
 *
 * The commands of the \`videosdk\` command line, one per operation of the spec: names in kebab case from the
 * facade's, and one flag per query parameter and body property, typed and described by the spec. The command line
 * checks input against this table before sending, and prints its help from it.
 */

export interface CliFlag {
  /** The flag without its dashes: \`custom-room-id\`, \`config.layout.type\`. */
  readonly name: string;
  /** Where the value goes: a query parameter, or a property path of the JSON body. */
  readonly in: "query" | "body";
  /** The spec's names along the way: \`["config", "layout", "type"]\`. */
  readonly key: readonly string[];
  /** \`json\` takes any JSON value: objects, arrays of objects, unions a flag cannot type. */
  readonly type: "string" | "integer" | "number" | "boolean" | "json";
  /** An array of \`type\`: the flag repeats, or takes a comma-separated list. */
  readonly list?: true;
  readonly enum?: readonly (string | number)[];
  readonly required?: true;
  readonly summary?: string;
}

export interface CliCommand {
  readonly operationId: string;
  readonly namespace: string;
  readonly name: string;
  readonly summary: string;
  /** The path parameters, positional, in path order (the spec's names). */
  readonly args: readonly string[];
  readonly flags: readonly CliFlag[];
  readonly paged: boolean;
  readonly deprecated?: true;
  /** The spec waiter \`--wait\` runs, the operation it polls, and where that operation's path values come from. */
  readonly wait?: { readonly waiter: string; readonly operationId: string; readonly from: "args" | "body" };
}

/** The flags every command takes (no parameter of the spec may take their names). */
export const globalFlags = ${JSON.stringify(GLOBAL_FLAGS)} as const;

export const cliNamespaces: readonly { readonly name: string; readonly summary: string }[] = [
${namespaces.map((ns) => `  ${JSON.stringify(ns)},`).join("\n")}
];

export const cliCommands: readonly CliCommand[] = [
${commands.map((command) => `  ${JSON.stringify(command)},`).join("\n")}
];
`;
}

function renderCommandReference(namespaces: CliNamespace[], commands: CliCommand[]): string {
  const code = (text: string) => `\`${text}\``;
  const lines = [
    "# Command line reference",
    "",
    `<!-- ${HEADER} -->`,
    "",
    "`videosdk <namespace> <command> [path parameters] [--flags]`: one command per operation of the spec, named in",
    "kebab case after the SDK's method (`vsdk.sessions.listParticipants` → `videosdk sessions list-participants`).",
    "Flags are the operation's query parameters and body properties; nested body fields are dotted",
    "(`--config.layout.type GRID`), and `--data '{...}'`, `--data @file.json` or `--data -` (stdin) give the whole",
    "body. Besides these: `videosdk tokens mint|inspect`, `videosdk webhooks listen`, `videosdk sandbox` and",
    '`videosdk completion bash|zsh` (see the guide "The command line").',
    "",
    `${commands.length} commands. Every one also takes these flags:`,
    "",
    "| flag | meaning |",
    "|---|---|",
    "| `--api-key`, `--secret` | mint tokens from these (default `VIDEOSDK_API_KEY`, `VIDEOSDK_SECRET`) |",
    "| `--token` | a token to send instead (default `VIDEOSDK_TOKEN`) |",
    "| `--base-url` | the API origin (default `VIDEOSDK_BASE_URL`, else https://api.videosdk.live) |",
    "| `--data` | the whole body (or query) as JSON: `'{...}'`, `@file.json` or `-` for stdin; flags override its fields |",
    "| `--fields a,b.c` | print only these fields (of each item, for lists) |",
    "| `--all`, `--max N` | lists: every item, as JSON Lines, or at most N items |",
    "| `--dry-run` | print the request as a curl command (token redacted); send nothing |",
    "| `--verbose` | one line per attempt on stderr |",
    "| `--wait`, `--timeout` | where a spec waiter exists: wait until it is done, at most `--timeout` (ms, `90s`, `5m`) |",
    "",
  ];
  for (const namespace of namespaces) {
    lines.push(`## ${code(`videosdk ${namespace.name}`)}`, "", `${namespace.summary}.`, "");
    for (const command of commands.filter((c) => c.namespace === namespace.name)) {
      const usage = [`videosdk ${namespace.name} ${command.name}`, ...command.args.map((a) => `<${kebabCase(a)}>`)];
      const notes = [
        command.paged && "paged: `--all`, `--max`",
        command.wait && `\`--wait\` runs ${command.wait.waiter}`,
        command.deprecated && "deprecated",
      ].filter(Boolean);
      lines.push(
        `### ${code(usage.join(" "))}`,
        "",
        `${command.summary} (${code(command.operationId)}${notes.length ? `; ${notes.join("; ")}` : ""}).`,
        "",
      );
      if (!command.flags.length) continue;
      lines.push("| flag | type | meaning |", "|---|---|---|");
      for (const flag of command.flags) {
        const type = flag.enum ? flag.enum.map((value) => code(String(value))).join(", ") : flag.type;
        const meaning = `${flag.required ? "**required**. " : ""}${flag.summary ?? ""}`.replace(/\|/g, "\\|");
        lines.push(`| ${code(`--${flag.name}`)} | ${type}${flag.list ? " (list)" : ""} | ${meaning} |`);
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
