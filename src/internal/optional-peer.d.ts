import { VideoSDKError } from "../errors.js";
/** An optional peer dependency of the entry in use is not installed; `packageName` says which. */
export declare class PeerDependencyMissingError extends VideoSDKError {
  name: string;
  readonly packageName: string;
  constructor(entry: string, packageName: string, install: string, cause: unknown);
}
/**
 * The module `specifier` of `packageName`, or a PeerDependencyMissingError naming the package and the command that
 * installs what the entry needs (`install`: the packages, space-separated).
 */
export declare function requirePeer<T>(entry: string, packageName: string, specifier?: string, install?: string): T;
