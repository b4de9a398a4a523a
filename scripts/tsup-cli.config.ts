/**
 * The build of the `videosdk` command line (`npm run build` runs it after the package's entries): ES module only,
 * into dist/cli/, its commands split into chunks loaded on use. The SDK itself is not bundled in: the command line
 * imports the package's built Node, testing and MCP entries (dist/node/, dist/testing/, dist/mcp/), so it is the same
 * code users import, and help loads none of it.
 */
import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/cli/index.ts" },
  outDir: "dist/cli",
  format: ["esm"],
  target: "es2022",
  platform: "node",
  splitting: true,
  clean: true,
  dts: false,
  removeNodeProtocol: false,
  external: [/^\.\.\/(node\/index|testing\/index|mcp\/command)\.js$/],
});
