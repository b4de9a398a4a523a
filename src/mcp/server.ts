/**
 * `createMcpServer(options)`: an MCP server (the SDK's `Server`, not yet connected) whose tools are the spec's
 * operations and waiters, whose resources are the spec and the guides, and whose calls go through this SDK's
 * client. Safe by default: tools that end, stop, remove or delete something are listed only with
 * `allowDestructive`.
 */
import { readFileSync } from "node:fs";
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ConfigurationError } from "../errors.js";
import { isPlainObject } from "../internal/options.js";
import type { NodeVideoSDK } from "../node/client.js";
import { type CallContext, callTool, type ToolResult } from "./call-tool.js";
import { type McpCredentials, resolveClient } from "./credentials.js";
import { CALL_OPERATION, DESCRIBE_OPERATION, dynamicTools, LIST_OPERATIONS } from "./dynamic-tools.js";
import { packageResources, packageRoot, packageVersion } from "./resources.js";
import { loadMcpSdk } from "./sdk.js";
import { allTools, namePattern, selectTools, type ToolSelection } from "./tool-table.js";
import type { McpTool } from "./tool-types.js";

export interface McpServerOptions extends ToolSelection, McpCredentials {
  /** A client to call with, instead of one made from the credentials. */
  client?: NodeVideoSDK | undefined;
  /** Three tools (list_operations, describe_operation, call_operation) instead of one per operation. */
  dynamic?: boolean | undefined;
  /** Where credentials are read from. Default `process.env`. */
  env?: Record<string, string | undefined> | undefined;
}

/** What a server needs, resolved once: an HTTP server makes one MCP server per request from it. */
export interface PreparedMcpServer {
  /** The tools offered (before `dynamic` folds them into three). */
  tools: readonly McpTool[];
  /** A new MCP server, not connected. */
  create(): Server;
}

export function createMcpServer(options: McpServerOptions = {}): Server {
  return prepareMcpServer(options).create();
}

const INSTRUCTIONS =
  "Tools for the VideoSDK REST API v2: rooms, sessions and participants, recordings, livestreams, HLS and transcriptions. " +
  "List tools answer one page; ask for the next with `page`. Waiter tools (`*_wait_*`) poll until a resource is ready. " +
  "The resources hold the OpenAPI description and the SDK's guides.";

export function prepareMcpServer(options: McpServerOptions = {}): PreparedMcpServer {
  if (!isPlainObject(options as unknown)) throw new ConfigurationError("createMcpServer options must be an object");
  const sdk = loadMcpSdk();
  const offered = selectTools(options);
  const byName = new Map(offered.map((tool) => [tool.definition.name, tool]));
  const env: Record<string, string | undefined> = options.env ?? process.env;
  const { client, problem, secrets } = resolveClient(options, env);
  const root = packageRoot();
  const resources = packageResources(root);
  const version = packageVersion(root);
  const listed = options.dynamic ? dynamicTools(offered) : offered.map((tool) => tool.definition);
  type Check = (input: unknown) => { valid: boolean; errorMessage?: string | undefined };
  let validator: { getValidator(schema: Record<string, unknown>): Check } | undefined;
  const checks = new Map<string, Check>();
  const checkArguments = (tool: McpTool, args: Record<string, unknown>) => {
    validator ??= new sdk.ajv.AjvJsonSchemaValidator();
    const check = checks.get(tool.definition.name) ?? validator.getValidator(tool.definition.inputSchema);
    checks.set(tool.definition.name, check);
    const result = check(args);
    // ajv says `data/webhook/endPoint must ...`; the assistant knows the field as `webhook/endPoint`.
    return result.valid
      ? undefined
      : (result.errorMessage ?? "invalid").replace(/\bdata\//g, "").replace(/\bdata /g, "");
  };
  const redact = (text: string) => secrets.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
  const { McpError, ErrorCode } = sdk.types;

  /** The offered tool of that name, or an MCP error that says why there is none. */
  const toolNamed = (name: unknown): McpTool => {
    const tool = typeof name === "string" ? byName.get(name) : undefined;
    if (tool) return tool;
    const hidden = typeof name === "string" && allTools.some((candidate) => candidate.definition.name === name);
    throw new McpError(
      ErrorCode.InvalidParams,
      hidden
        ? `${name} is not offered by this server (it is destructive, read-only mode is on, or a filter leaves it out)`
        : `unknown tool ${JSON.stringify(String(name)).slice(0, 80)}`,
    );
  };

  const create = (): Server => {
    const server = new sdk.server.Server(
      { name: "videosdk-api", title: "VideoSDK REST API", version },
      { capabilities: { tools: {}, resources: {} }, instructions: INSTRUCTIONS },
    );
    server.setRequestHandler(sdk.types.ListToolsRequestSchema, () => ({ tools: listed }));
    server.setRequestHandler(sdk.types.CallToolRequestSchema, async (request, extra): Promise<ToolResult> => {
      const progressToken = request.params._meta?.progressToken;
      const context: CallContext = {
        client,
        credentialsProblem: problem,
        signal: extra.signal,
        checkArguments,
        redact,
        progress:
          progressToken === undefined
            ? undefined
            : (progress, total, message) =>
                extra.sendNotification({
                  method: "notifications/progress",
                  params: { progressToken, progress, total, message },
                }),
      };
      const { name, arguments: args } = request.params;
      if (!options.dynamic) return callTool(toolNamed(name), args, context);
      return callDynamic(name, args ?? {}, context);
    });
    server.setRequestHandler(sdk.types.ListResourcesRequestSchema, () => ({
      resources: resources.map(({ file: _file, ...resource }) => resource),
    }));
    server.setRequestHandler(sdk.types.ReadResourceRequestSchema, (request) => {
      const resource = resources.find((candidate) => candidate.uri === request.params.uri);
      if (!resource) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `unknown resource ${JSON.stringify(request.params.uri).slice(0, 120)}`,
        );
      }
      return {
        contents: [{ uri: resource.uri, mimeType: resource.mimeType, text: readFileSync(resource.file, "utf8") }],
      };
    });
    return server;
  };

  const callDynamic = async (
    name: string,
    args: Record<string, unknown>,
    context: CallContext,
  ): Promise<ToolResult> => {
    const answer = (structured: Record<string, unknown>): ToolResult => ({
      content: [{ type: "text", text: JSON.stringify(structured) }],
      structuredContent: structured,
    });
    if (name === LIST_OPERATIONS) {
      const filter = typeof args.filter === "string" ? namePattern(args.filter) : undefined;
      const operations = offered
        .filter((tool) => !filter || filter.test(tool.definition.name))
        .map(({ definition }) => ({
          name: definition.name,
          title: definition.title,
          readOnly: definition.annotations.readOnlyHint,
          destructive: definition.annotations.destructiveHint,
        }));
      return answer({ count: operations.length, operations });
    }
    if (name === DESCRIBE_OPERATION) return answer({ ...toolNamed(args.name).definition });
    if (name === CALL_OPERATION) return callTool(toolNamed(args.name), args.arguments ?? {}, context);
    throw new McpError(ErrorCode.InvalidParams, `unknown tool ${JSON.stringify(name).slice(0, 80)}`);
  };

  return { tools: offered, create };
}
