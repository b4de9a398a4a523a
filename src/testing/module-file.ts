/**
 * The file this module was loaded from, in every build and runner: V8 names the file of this very function in its
 * stack. Neither `import.meta.url` (which does not parse in the CommonJS build) nor `__filename` (which tsup's shims
 * would satisfy in the ES module build with a `node:url` import placed in a chunk the universal entry shares) is used.
 */
import { fileURLToPath } from "node:url";

export function moduleFile(): string {
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
