/**
 * Runs an API command through the Node client, which is loaded here and only here: the operation, a page or every
 * item of a list, a spec waiter, or the request as a curl command. Errors become exit statuses.
 */

import type { CliCommand } from "../../generated/cli.js";
import type * as NodeEntry from "../node/index.js";
import { type ClientTarget, clientTarget } from "./credentials.js";
import { EXIT } from "./exit-codes.js";
import { createOutput, parseFields, pickFields } from "./output.js";
import { UsageError } from "./usage-error.js";
import { buildInput, parseDuration, valueAt } from "./values.js";

type Sdk = typeof NodeEntry;
type Method = ((...args: unknown[]) => unknown) & { preview(...args: unknown[]): Promise<{ toCurl(): string }> };

/** How the placeholder of a redacted token reads in a printed curl command: the shell fills it in. */
const TOKEN_VARIABLE = '"authorization: $VIDEOSDK_TOKEN"';

export async function runOperation(
  operation: CliCommand,
  positionals: readonly string[],
  values: ReadonlyMap<string, string[]>,
): Promise<number> {
  const flag = (name: string) => values.get(name)?.[0];
  const dryRun = flag("dry-run") === "true";
  // Everything the command line can check is checked before the client is loaded.
  const input = buildInput(operation, values);
  const fields = parseFields(flag("fields"));
  const target = clientTarget(values, process.env, !dryRun);
  const max = flag("max") === undefined ? undefined : Number(flag("max"));
  if (max !== undefined && max < 1) throw new UsageError("--max must be 1 or more", "--max");
  const timeout = flag("timeout") === undefined ? undefined : parseDuration("timeout", flag("timeout")!);
  const out = createOutput();

  const sdk: Sdk = await import("../node/index.js");
  const info = sdk.operations[operation.operationId as NodeEntry.OperationId];
  let vsdk: Record<string, Record<string, Method>>;
  try {
    vsdk = client(sdk, target, flag("verbose") === "true") as never;
  } catch (error) {
    return reportError(sdk, error);
  }
  const namespace = vsdk[info.namespace]!;
  const method = namespace[info.methodName]!;
  const args = info.input === null ? [...positionals] : [...positionals, input];
  try {
    if (dryRun) {
      const preview = await method.preview(...args);
      out.text(preview.toCurl().replace("'authorization: [redacted]'", TOKEN_VARIABLE));
      if (!target.credentials || !("token" in target.credentials)) {
        process.stderr.write("videosdk: the command reads the token from VIDEOSDK_TOKEN (videosdk tokens mint)\n");
      }
      return EXIT.ok;
    }
    const wait = flag("wait") === "true" ? operation.wait : undefined;
    if (wait) {
      const polled = sdk.operations[wait.operationId as NodeEntry.OperationId];
      let pathValues = [...positionals];
      if (wait.from === "body") {
        await method(...args);
        const names = [...polled.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
        pathValues = names.map((name) => String(valueAt(input, [name])));
        process.stderr.write(`videosdk: ${operation.namespace} ${operation.name} done; waiting (${wait.waiter})\n`);
      }
      const waiter = namespace[wait.waiter]!;
      out.value(pickFields(await waiter(...pathValues, timeout === undefined ? {} : { timeout }), fields));
      return EXIT.ok;
    }
    if (info.pagination && (flag("all") === "true" || max !== undefined)) {
      const list = method(...args, max === undefined ? {} : { maxItems: max }) as AsyncIterable<unknown>;
      for await (const item of list) out.line(pickFields(item, fields));
      return EXIT.ok;
    }
    const answer = await (method(...args) as Promise<unknown>);
    if (info.pagination && fields) {
      out.value(pickItems(answer, info.pagination.items, fields));
    } else {
      out.value(pickFields(answer, fields));
    }
    return EXIT.ok;
  } catch (error) {
    return reportError(sdk, error);
  }
}

/** The Node client for the command's credentials; `--verbose` logs each attempt on stderr. */
export function client(sdk: Sdk, target: ClientTarget, verbose: boolean): NodeEntry.NodeVideoSDK {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  const logger = { debug: write, info: write, warn: write, error: write };
  return sdk.createVideoSDK({
    // A dry run without credentials sends nothing and shows no token: any token does.
    ...(target.credentials ?? { token: "unused" }),
    ...(target.baseUrl === undefined ? {} : { baseUrl: target.baseUrl }),
    ...(verbose ? { logger, logLevel: "info" as const } : {}),
  } as NodeEntry.CreateNodeVideoSDKOptions);
}

/** The page with only the chosen fields of each item (found along the pagination path). */
function pickItems(page: unknown, path: readonly string[], fields: string[][]): unknown {
  const copy = structuredClone(page) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const step of path.slice(0, -1)) node = node?.[step] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (node && Array.isArray(node[last])) node[last] = pickFields(node[last], fields);
  return copy;
}

/** The error on stderr and its exit status: 124 for timeouts, 2 for a refused input, 1 for the rest. */
export function reportError(sdk: Sdk, error: unknown): number {
  if (!(error instanceof sdk.VideoSDKError)) throw error;
  const requestId = error instanceof sdk.APIError ? error.requestId : undefined;
  const id = requestId && !error.message.includes(requestId) ? ` (request id ${requestId})` : "";
  process.stderr.write(`videosdk: ${error.name}: ${error.message}${id}\n`);
  if (
    error instanceof sdk.TimeoutError ||
    error instanceof sdk.ConnectionTimeoutError ||
    (error instanceof sdk.WaitError && error.reason === "timeout")
  ) {
    return EXIT.timeout;
  }
  if (
    error instanceof sdk.ConfigurationError ||
    error instanceof sdk.InvalidRequestError ||
    error instanceof sdk.TokenError
  ) {
    return EXIT.usage;
  }
  return EXIT.failure;
}
