/**
 * The universal code is typechecked without Node's types (src/tsconfig.json), so a Node global used there fails
 * `npm run typecheck` before any bundler sees it; the Node entry's config (src/node/tsconfig.json) has them.
 */
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createCachingHost } from "../support/typescript.js";

const root = path.resolve(import.meta.dirname, "../..");

/** The compiler's messages for one virtual file typechecked under a project's tsconfig. */
function diagnosticsUnder(tsconfig: string, fileName: string, source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  )!;
  const file = path.join(root, fileName);
  const host = createCachingHost(config.options);
  const { getSourceFile, fileExists } = host;
  host.fileExists = (name) => path.resolve(name) === file || fileExists.call(host, name);
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === file
      ? ts.createSourceFile(name, source, language)
      : getSourceFile.call(host, name, language, ...rest);
  const program = ts.createProgram({ rootNames: [file], options: { ...config.options, noEmit: true }, host });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const probe = `export const bytes = Buffer.from("x");\nexport const home = process.env.HOME;\n`;

describe("type boundaries", () => {
  it("refuses Node globals in the universal code", () => {
    const messages = diagnosticsUnder("src/tsconfig.json", "src/probe.ts", probe);
    expect(messages.some((m) => m.includes("Cannot find name 'Buffer'"))).toBe(true);
    expect(messages.some((m) => m.includes("Cannot find name 'process'"))).toBe(true);
  });

  it("allows them in the Node entry", () => {
    expect(diagnosticsUnder("src/node/tsconfig.json", "src/node/probe.ts", probe)).toEqual([]);
  });
});
