/**
 * Type-checks TypeScript snippets (docs code samples, guide examples) in memory against the package as users get
 * it: the snippets sit inside this repository, so `videosdk-api` and `videosdk-api/node` resolve to the package
 * itself through its `exports`, that is to dist/'s declarations (built first when stale). Checking against the
 * declarations rather than src/ is also what keeps these checks cheap: src/ is checked once, by `npm run typecheck`.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { ensureBuilt } from "./build.js";
import { createCachingHost } from "./typescript.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface Snippet {
  /** A name for messages, e.g. `createRoom` or `02-errors.md block 3`. */
  name: string;
  source: string;
}

/** The compiler's complaints about the snippets, as `name: message`; empty when all compile. */
export async function typecheckSnippets(snippets: Snippet[], options: { ambient?: string } = {}): Promise<string[]> {
  await ensureBuilt();
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  )!;
  // Virtual files beside the tests: never written, so parallel runs cannot collide.
  const dir = path.join(root, "test/.snippets");
  const files = new Map<string, string>();
  const names = new Map<string, string>();
  snippets.forEach((snippet, i) => {
    const file = path.join(dir, `snippet-${i + 1}.mts`);
    files.set(file, `${snippet.source}\nexport {};\n`);
    names.set(file, snippet.name);
  });
  if (options.ambient) files.set(path.join(dir, "ambient.d.ts"), options.ambient);

  const compilerOptions: ts.CompilerOptions = {
    ...config.options,
    // Examples declare things only to show them; the project's own unused-code checks do not apply.
    noUnusedLocals: false,
    noUnusedParameters: false,
    noEmit: true,
  };
  const host = createCachingHost(compilerOptions);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => files.has(path.resolve(file)) || fileExists.call(host, file);
  host.readFile = (file) => files.get(path.resolve(file)) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = files.get(path.resolve(file));
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options: compilerOptions, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(path.resolve(d.file.fileName)))
    .map((d) => {
      const line = d.start === undefined ? "" : `:${d.file!.getLineAndCharacterOfPosition(d.start).line + 1}`;
      const name = names.get(path.resolve(d.file!.fileName)) ?? path.basename(d.file!.fileName);
      return `${name}${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}
