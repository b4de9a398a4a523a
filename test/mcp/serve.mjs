// Runs the built `videosdk mcp` command, as the CLI will: node test/mcp/serve.mjs [flags]
import { runMcpCommand } from "../../dist/mcp/command.js";

process.exitCode = await runMcpCommand(process.argv.slice(2));
