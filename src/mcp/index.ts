/**
 * `videosdk-api/mcp`: an MCP server for AI assistants whose tools are the spec's operations and waiters, on this
 * SDK's client. `@modelcontextprotocol/sdk` is an optional peer dependency: install it to use this entry.
 *
 * Every export is listed by name: a change here changes the public surface (test/docs/public-surface.test.ts).
 */

export type { McpCredentials } from "./credentials.js";
export type { McpHttpOptions, McpHttpServer } from "./http.js";
export { listenMcpHttp } from "./http.js";
export type { McpResource } from "./resources.js";
export { MCP_SDK_PACKAGE, McpSdkMissingError } from "./sdk.js";
export type { McpServerOptions, PreparedMcpServer } from "./server.js";
export { createMcpServer, prepareMcpServer } from "./server.js";
export type { ToolSelection } from "./tool-table.js";
export { allTools as mcpTools } from "./tool-table.js";
export type { McpTool, McpToolDefinition } from "./tool-types.js";
