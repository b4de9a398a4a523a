/** The shape of generated/mcp-tools.json: the MCP server's tools, as scripts/lib/mcp-tools.ts reads them from the spec. */

export type JsonSchema = Record<string, unknown>;

/** What `tools/list` sends for one tool. */
export interface McpToolDefinition {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema & { type: "object"; properties: Record<string, JsonSchema> };
  annotations: {
    readOnlyHint: boolean;
    destructiveHint: boolean;
    idempotentHint: boolean;
    openWorldHint: true;
  };
}

/** One tool: its definition, and how a call of it becomes a call of the client. */
export interface McpTool {
  kind: "operation" | "waiter";
  operationId: string;
  /** The waiter's name on the client (`waitUntilPlayable`), for waiter tools. */
  waiter?: string;
  /** Listed only with `--allow-destructive`: it ends, stops, removes or deletes something. */
  destructive: boolean;
  /** Argument names by where they go: path parameters in call order, query parameters, body fields. */
  arguments: { path: string[]; query: string[]; body: string[] };
  /** List tools answer one page of `page`/`perPage`. */
  paginated: boolean;
  /** Waiter tools: the default and the largest `timeoutSeconds`. */
  timeoutSeconds?: { default: number; max: number };
  definition: McpToolDefinition;
}
