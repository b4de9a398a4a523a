/**
 * The TypeScript compiler in this process, as `tsc -p` runs it, for the tests that compile consumer projects, docs
 * examples and generated clients. A spawned `tsc` parses TypeScript's lib files, Node's types and the package's
 * declarations again each time, which is most of its cost; here a worker parses each declaration file once and
 * every later program reuses it (as an editor's language service does), so a check costs what checking the
 * project's own files costs.
 */
import { statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Parsed (and bound) declaration files by path, parse settings and file version. */
const declarations = new Map<string, ts.SourceFile>();

/**
 * A compiler host that reuses the declaration files (`.d.ts`, `.d.mts`, `.d.cts`) it parsed before, for as long as
 * each is unchanged on disk. Other files are read fresh: they are what a test writes.
 */
export function createCachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const parse = () => read.call(host, fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    if (!/\.d\.[cm]?ts$/.test(fileName)) return parse();
    const stat = statSync(fileName, { throwIfNoEntry: false });
    if (!stat) return parse();
    const settings =
      typeof languageVersionOrOptions === "object"
        ? `${languageVersionOrOptions.languageVersion}:${languageVersionOrOptions.impliedNodeFormat}`
        : String(languageVersionOrOptions);
    const key = `${path.resolve(fileName)}\0${settings}\0${stat.mtimeMs}\0${stat.size}`;
    let file = declarations.get(key);
    if (!file) {
      file = parse();
      if (file) declarations.set(key, file);
    }
    return file;
  };
  return host;
}

export interface CompileResult {
  /** The diagnostics as `tsc` prints them (file(line,col): error TS...); empty when the project compiles. */
  output: string;
  ok: boolean;
}

export interface CompileOptions {
  /**
   * The packages under node_modules whose declarations are checked when the config says `skipLibCheck: false`
   * (the package under test); other packages' declarations (Node's types, dependencies) are not, since no change
   * here can break them, and checking them costs more than the rest of a consumer project together.
   */
  checkedPackages?: readonly string[];
}

/**
 * Compiles the project of a tsconfig file as `tsc -p <configFile>` does: its files are checked and, unless the
 * config says `noEmit`, written out (even when they have errors, as tsc does). The one difference: only the
 * `checkedPackages` of node_modules are checked.
 */
export function compileProject(configFile: string, { checkedPackages = [] }: CompileOptions = {}): CompileResult {
  const errors: ts.Diagnostic[] = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    path.resolve(configFile),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => errors.push(diagnostic) },
  );
  if (!config) return report(errors);
  const host = createCachingHost(config.options);
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    host,
    ...(config.projectReferences ? { projectReferences: config.projectReferences } : {}),
  });
  const checked = program.getSourceFiles().filter((file) => {
    const packagePath = file.fileName.split("/node_modules/").at(-1)!;
    return packagePath === file.fileName || checkedPackages.some((name) => packagePath.startsWith(`${name}/`));
  });
  const diagnostics = [
    ...errors,
    ...config.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...checked.flatMap((file) => program.getSemanticDiagnostics(file)),
  ];
  // File by file: emitting the whole program would first check every declaration file, checkedPackages or not.
  if (!config.options.noEmit) {
    for (const fileName of config.fileNames) {
      const file = program.getSourceFile(fileName);
      if (file) diagnostics.push(...program.emit(file).diagnostics);
    }
  }
  return report(diagnostics, path.dirname(path.resolve(configFile)));
}

function report(diagnostics: readonly ts.Diagnostic[], cwd = process.cwd()): CompileResult {
  const output = ts.formatDiagnostics(ts.sortAndDeduplicateDiagnostics(diagnostics), {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => cwd,
    getNewLine: () => "\n",
  });
  return { output, ok: !diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error) };
}
