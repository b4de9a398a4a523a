/**
 * The MCP server's part of `npm run bench`: the size of its `tools/list` answer in each mode, as an assistant's
 * context pays for it (bytes, and tokens estimated at 4 characters a token), read through the MCP SDK's client from
 * the built entry (dist/). test/mcp/server.test.ts holds the budget.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { PROJECT_ROOT } from "./paths.js";

/** The budget of the test, for the table. */
export const TOOLS_LIST_BUDGET_BYTES = 80_000;

const MODES: { name: string; options: Record<string, unknown> }[] = [
  { name: "`--allow-destructive` (every tool)", options: { allowDestructive: true } },
  { name: "the defaults (no destructive tool)", options: {} },
  { name: "`--read-only`", options: { readOnly: true } },
  { name: "`--dynamic`", options: { dynamic: true } },
];

export async function benchMcp(): Promise<{ markdown: string }> {
  const { createMcpServer } = (await import(
    pathToFileURL(path.join(PROJECT_ROOT, "dist/mcp/index.js")).href
  )) as typeof import("../../src/mcp/index.js");
  const rows: string[] = [];
  for (const mode of MODES) {
    // No credentials: listing needs none.
    const server = createMcpServer({ ...mode.options, env: {} });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: "bench", version: "0.0.0" });
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
    const answer = await client.listTools();
    const bytes = Buffer.byteLength(JSON.stringify(answer));
    rows.push(
      `| ${mode.name} | ${answer.tools.length} | ${bytes.toLocaleString("en")} | ${Math.ceil(bytes / 4).toLocaleString("en")} |`,
    );
    await client.close();
  }
  const markdown = `## MCP server: the tools/list answer

What an assistant's context pays for the server's tools: the whole \`tools/list\` result as JSON, by mode, read
through the MCP SDK's client from dist/mcp. Tokens are estimated at 4 characters a token. Budget (held by
test/mcp/server.test.ts, every tool listed): ${TOOLS_LIST_BUDGET_BYTES.toLocaleString("en")} bytes.

| Mode | tools | bytes | ~tokens |
| --- | ---: | ---: | ---: |
${rows.join("\n")}

`;
  return { markdown };
}
