/**
 * The MCP TypeScript SDK, an optional peer dependency: loaded on first use, so importing `videosdk-api/mcp` works
 * without it, and a missing install fails with an error that says what to install. Loaded with require (the SDK
 * ships CommonJS next to its ES modules), so the ES module and CommonJS builds of this entry load it the same way.
 */
import { createRequire } from "node:module";
import type * as ServerModule from "@modelcontextprotocol/sdk/server/index.js";
import type * as StdioModule from "@modelcontextprotocol/sdk/server/stdio.js";
import type * as StreamableHttpModule from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type * as TypesModule from "@modelcontextprotocol/sdk/types.js";
import type * as AjvModule from "@modelcontextprotocol/sdk/validation/ajv";
import { VideoSDKError } from "../errors.js";
import { moduleFile } from "../testing/module-file.js";

export const MCP_SDK_PACKAGE = "@modelcontextprotocol/sdk";

/** Thrown when `@modelcontextprotocol/sdk` is not installed next to `videosdk-api`. */
export class McpSdkMissingError extends VideoSDKError {
  override name = "McpSdkMissingError";
  /** The package to install. */
  readonly packageName = MCP_SDK_PACKAGE;
  constructor(cause: unknown) {
    super(
      `videosdk-api/mcp runs on the MCP TypeScript SDK, which is not installed: run \`npm install ${MCP_SDK_PACKAGE}\``,
      {
        cause,
      },
    );
  }
}

export interface McpSdk {
  server: typeof ServerModule;
  stdio: typeof StdioModule;
  streamableHttp: typeof StreamableHttpModule;
  types: typeof TypesModule;
  ajv: typeof AjvModule;
}

let loaded: McpSdk | undefined;

/** The SDK's modules, or McpSdkMissingError. `packageName` is for the test of a missing install. */
export function loadMcpSdk(packageName = MCP_SDK_PACKAGE): McpSdk {
  if (loaded && packageName === MCP_SDK_PACKAGE) return loaded;
  const require = createRequire(moduleFile());
  const load = (subpath: string) => {
    try {
      return require(`${packageName}/${subpath}`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") throw new McpSdkMissingError(error);
      throw error;
    }
  };
  // The server and the protocol's types now, so that a missing SDK fails at once; the rest on first use, so
  // that a stdio server does not load the HTTP stack, nor ajv before the first call.
  const server = load("server/index.js");
  const types = load("types.js");
  const later = <T>(subpath: string) => {
    let module: T | undefined;
    return () => (module ??= load(subpath) as T);
  };
  const stdio = later<typeof StdioModule>("server/stdio.js");
  const streamableHttp = later<typeof StreamableHttpModule>("server/streamableHttp.js");
  const ajv = later<typeof AjvModule>("validation/ajv");
  const sdk: McpSdk = {
    server,
    types,
    get stdio() {
      return stdio();
    },
    get streamableHttp() {
      return streamableHttp();
    },
    get ajv() {
      return ajv();
    },
  };
  if (packageName === MCP_SDK_PACKAGE) loaded = sdk;
  return sdk;
}
