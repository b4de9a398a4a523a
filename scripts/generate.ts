/**
 * Generates everything in generated/ from spec/, deterministically (same spec, byte-identical output):
 *   openapi.json, openapi.yaml  the bundled spec, for other languages, the mock server and the docs
 *   schema.d.ts                 openapi-typescript's types
 *   operations.ts               the operation table the client's facade and pagination read
 *   API.md                      every SDK method with its HTTP verb and path
 *
 * Usage: tsx scripts/generate.ts [--out <dir>]   (default: generated/)
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { stringify as toYaml } from "yaml";
import { bundleSpec } from "./lib/bundle.js";
import { collectOperations, sdkMethodName, type OperationInfo } from "./lib/operations.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const HEADER = "This file is generated from spec/ by `npm run generate`. Do not edit it by hand.";

async function main(): Promise<void> {
  const outFlag = process.argv.indexOf("--out");
  const outDir = path.resolve(outFlag > 0 ? process.argv[outFlag + 1]! : path.join(root, "generated"));
  await mkdir(outDir, { recursive: true });

  const spec = await bundleSpec(path.join(root, "spec/openapi.yaml"));
  const operations = collectOperations(spec);

  const files: Record<string, string> = {
    "openapi.json": JSON.stringify(spec, null, 2) + "\n",
    "openapi.yaml": `# ${HEADER}\n` + toYaml(spec, { lineWidth: 0, aliasDuplicateObjects: false }),
    "schema.d.ts": await renderTypes(spec),
    "operations.ts": renderOperationTable(operations, webhookEventNames(spec)),
    "API.md": renderMethodList(operations),
  };
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(outDir, name), text);
  }
  console.log(`generated ${Object.keys(files).length} files, ${operations.length} operations → ${path.relative(process.cwd(), outDir) || "."}`);
}

async function renderTypes(spec: Record<string, unknown>): Promise<string> {
  // openapi-typescript mutates nothing, but give it a copy so the JSON we write stays exactly the bundle.
  const ast = await openapiTS(structuredClone(spec) as never, { alphabetize: false, immutable: false });
  return `/**\n * ${HEADER}\n */\n\n` + astToString(ast);
}

function webhookEventNames(spec: Record<string, unknown>): string[] {
  return Object.keys((spec.webhooks as Record<string, unknown> | undefined) ?? {});
}

function renderOperationTable(operations: OperationInfo[], events: string[]): string {
  // The summary lives in API.md and the docs; the runtime table keeps only what the client reads.
  const body = operations.map(({ summary: _summary, ...op }) => `  ${op.operationId}: ${JSON.stringify(op)},`).join("\n");
  return `/**
 * ${HEADER}
 *
 * One entry per operation of the spec: where it lives (method, path), how the SDK names it
 * (namespace.method, from the tag and the operationId), what it takes and how it pages.
 */

export interface OperationPagination {
  /** \`page\`: \`page\`/\`perPage\` query parameters and a page-info object in the body. */
  readonly style: "page";
  /** Keys leading from the response body to the array of items. */
  readonly items: readonly string[];
  /** Key of the page-info object in the response body. */
  readonly pageInfo: string;
}

export interface OperationInfo {
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  /** The tag of the operation, and the client's namespace for it. */
  readonly namespace: string;
  readonly methodName: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  readonly queryRequired: boolean;
  readonly pagination: OperationPagination | null;
  readonly deprecated: boolean;
}

export const operations = {
${body}
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

/** Every webhook event of the spec, in the spec's order. */
export const webhookEvents = ${JSON.stringify(events, null, 2).replace(/\n/g, "\n")} as const;

export type WebhookEventName = (typeof webhookEvents)[number];
`;
}

function renderMethodList(operations: OperationInfo[]): string {
  const byNamespace = new Map<string, OperationInfo[]>();
  for (const op of operations) {
    byNamespace.set(op.namespace, [...(byNamespace.get(op.namespace) ?? []), op]);
  }
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
    }
    lines.push("");
  }
  return lines.join("\n");
}

// Exported for tests that check the naming rule directly.
export { sdkMethodName };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
