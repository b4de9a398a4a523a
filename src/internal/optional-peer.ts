/**
 * Loading an optional peer dependency (`@opentelemetry/api` for `/otel`, `ajv` for `/validate`) when its entry's
 * factory is first called, not when the entry is imported: a missing install is then a typed error that says what
 * to install, rather than the module loader's own error. Node only, like the entries that use it.
 */
import { createRequire } from "node:module";
import { VideoSDKError } from "../errors.js";

/** An optional peer dependency of the entry in use is not installed; `packageName` says which. */
export class PeerDependencyMissingError extends VideoSDKError {
  override name = "PeerDependencyMissingError";
  readonly packageName: string;
  constructor(entry: string, packageName: string, install: string, cause: unknown) {
    super(`${entry} needs ${packageName}, which is not installed: run \`npm install ${install}\``, { cause });
    this.packageName = packageName;
  }
}

let load: NodeJS.Require | undefined;

/**
 * The module `specifier` of `packageName`, or a PeerDependencyMissingError naming the package and the command that
 * installs what the entry needs (`install`: the packages, space-separated).
 */
export function requirePeer<T>(entry: string, packageName: string, specifier = packageName, install = packageName): T {
  load ??= createRequire(import.meta.url);
  try {
    return load(specifier) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") {
      throw new PeerDependencyMissingError(entry, packageName, install, error);
    }
    throw error;
  }
}
