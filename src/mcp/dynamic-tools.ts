/**
 * `--dynamic`: three tools instead of one per operation, for clients with small tool budgets. The assistant lists
 * the operations, reads the one it needs (its description and input schema), and calls it by name; the same
 * selection (read-only, filters, destructive) applies to what it can reach.
 */
import type { McpTool, McpToolDefinition } from "./tool-types.js";

export const LIST_OPERATIONS = "list_operations";
export const DESCRIBE_OPERATION = "describe_operation";
export const CALL_OPERATION = "call_operation";

const read = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true } as const;

export function dynamicTools(offered: readonly McpTool[]): McpToolDefinition[] {
  const anyDestructive = offered.some((tool) => tool.definition.annotations.destructiveHint);
  const allRead = offered.every((tool) => tool.definition.annotations.readOnlyHint);
  return [
    {
      name: LIST_OPERATIONS,
      title: "List VideoSDK operations",
      description:
        "Lists the VideoSDK API operations this server can call: name, title, and whether it only reads. Then describe_operation gives one's input schema, and call_operation calls it.",
      inputSchema: {
        type: "object",
        properties: {
          filter: { type: "string", description: "Only names matching this pattern, `*` as wildcard: `rooms_*`." },
        },
        additionalProperties: false,
      },
      annotations: read,
    },
    {
      name: DESCRIBE_OPERATION,
      title: "Describe a VideoSDK operation",
      description: "The description, input schema and hints of one operation, by the name list_operations gives.",
      inputSchema: {
        type: "object",
        properties: { name: { type: "string", description: "The operation's name, e.g. `rooms_create`." } },
        required: ["name"],
        additionalProperties: false,
      },
      annotations: read,
    },
    {
      name: CALL_OPERATION,
      title: "Call a VideoSDK operation",
      description:
        "Calls one operation by name with its arguments (an object matching describe_operation's input schema), and answers its result.",
      inputSchema: {
        type: "object",
        properties: {
          name: { type: "string", description: "The operation's name, e.g. `rooms_create`." },
          arguments: { type: "object", description: "The operation's arguments, as its input schema says." },
        },
        required: ["name"],
        additionalProperties: false,
      },
      annotations: {
        readOnlyHint: allRead,
        destructiveHint: anyDestructive,
        idempotentHint: allRead,
        openWorldHint: true,
      },
    },
  ];
}
