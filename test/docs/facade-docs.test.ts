/**
 * Editors show each method's summary, HTTP verb and path on hover, from the generated OperationMethods: checked
 * against the package as users get it (dist/'s declarations, through the package's own exports).
 */
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ensureBuilt } from "../support/build.js";
import { createCachingHost } from "../support/typescript.js";

const root = path.resolve(import.meta.dirname, "../..");

function docsOf(source: string, methods: string[]): Record<string, { text: string; tags: string[] }> {
  const file = path.join(root, "test/unit/__hover__.ts");
  const host = createCachingHost({});
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram(
    [file],
    {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
    },
    host,
  );
  const checker = program.getTypeChecker();
  const found: Record<string, { text: string; tags: string[] }> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && methods.includes(node.getText())) {
      const symbol = checker.getSymbolAtLocation(node.name)!;
      found[node.getText()] = {
        text: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
        tags: symbol.getJsDocTags(checker).map((tag) => tag.name),
      };
    }
    ts.forEachChild(node, visit);
  };
  visit(program.getSourceFile(file)!);
  return found;
}

describe("facade method docs", () => {
  it("carry the summary, verb and path of the operation, and mark deprecated ones", async () => {
    await ensureBuilt();
    const docs = docsOf(
      `import { createVideoSDK } from "videosdk-api";
const vsdk = createVideoSDK({ token: "t" });
void vsdk.rooms.create; void vsdk.hls.captureThumbnail; void vsdk.rooms.update; void vsdk.sessions.list;`,
      ["vsdk.rooms.create", "vsdk.hls.captureThumbnail", "vsdk.rooms.update", "vsdk.sessions.list"],
    );
    expect(docs["vsdk.rooms.create"]!.text).toContain("`POST /v2/rooms` (createRoom)");
    expect(docs["vsdk.hls.captureThumbnail"]!.text).toContain("`POST /v2/hls/capture`");
    expect(docs["vsdk.sessions.list"]!.text).toContain("for await");
    expect(docs["vsdk.rooms.update"]!.tags).toContain("deprecated");
    expect(docs["vsdk.rooms.create"]!.tags).not.toContain("deprecated");
  }, 30_000);
});
