/**
 * The file this module was loaded from, in every build. The testing entry is compiled to CommonJS too, where
 * `import.meta` does not even parse, so it is not used: the CommonJS build has `__filename`; elsewhere (the ES module
 * build, tsx, vitest) V8 names the file of this very function in its stack.
 */
import { fileURLToPath } from "node:url";

declare const __filename: string | undefined;

export function moduleFile(): string {
  if (typeof __filename === "string" && __filename !== "") return __filename;
  const { prepareStackTrace, stackTraceLimit } = Error;
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_error, frames) => frames;
    const frames = new Error().stack as unknown as NodeJS.CallSite[];
    const file = frames[0]?.getFileName();
    if (!file) throw new Error("the stack names no file");
    return file.startsWith("file:") ? fileURLToPath(file) : file;
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
}
