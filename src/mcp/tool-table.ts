/**
 * The tools of the MCP server, as generated from the spec (generated/mcp-tools.json), and the choice of which a
 * server lists: `readOnly`, `allowDestructive` and the `tools`/`exclude` name patterns.
 */
import table from "../../generated/mcp-tools.json" with { type: "json" };
import { ConfigurationError } from "../errors.js";
import type { McpTool } from "./tool-types.js";

/** Every tool the spec makes: one per operation, one per waiter. */
export const allTools: readonly McpTool[] = table.tools as unknown as McpTool[];

export interface ToolSelection {
  /** Only the tools that read (GET operations and waiters). */
  readOnly?: boolean | undefined;
  /** List the tools that end, stop, remove or delete something. Default false: they are not listed. */
  allowDestructive?: boolean | undefined;
  /** Name patterns (`rooms_*`, `sessions_get`) of the tools to list; default all. `*` matches any run of characters. */
  tools?: readonly string[] | undefined;
  /** Name patterns of tools not to list, applied after `tools`. */
  exclude?: readonly string[] | undefined;
}

/** The tools a server with these settings offers, in the spec's order. A pattern matching no tool is an error. */
export function selectTools(selection: ToolSelection): McpTool[] {
  const include = patterns("tools", selection.tools);
  const exclude = patterns("exclude", selection.exclude);
  return allTools.filter((tool) => {
    const { name, annotations } = tool.definition;
    if (selection.readOnly && !annotations.readOnlyHint) return false;
    if (tool.destructive && !selection.allowDestructive) return false;
    if (include && !include.some((pattern) => pattern.test(name))) return false;
    return !exclude?.some((pattern) => pattern.test(name));
  });
}

function patterns(field: string, given: readonly string[] | undefined): RegExp[] | undefined {
  if (given === undefined) return undefined;
  if (!Array.isArray(given) || given.some((item) => typeof item !== "string")) {
    throw new ConfigurationError(`${field} must be an array of tool name patterns such as "rooms_*"`, { field });
  }
  return given.map((text) => {
    const pattern = namePattern(text);
    if (!allTools.some((tool) => pattern.test(tool.definition.name))) {
      throw new ConfigurationError(
        `${field}: the pattern "${text}" matches no tool (tool names look like rooms_create)`,
        {
          field,
        },
      );
    }
    return pattern;
  });
}

/** `rooms_*` → /^rooms_.*$/: only `*` is special. */
export function namePattern(text: string): RegExp {
  const escaped = text
    .trim()
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${escaped}$`);
}
