/** Where the Authorization header comes from: a static token, the caller's getToken, or a minting cache. */
import { ConfigurationError, TokenError } from "../errors.js";
import { describe } from "./options.js";

/**
 * Returns the raw JWT for the Authorization header, or fails with a TokenError. A token at hand is returned as is,
 * not wrapped in a promise: the transport then sends without waiting a turn of the event loop.
 */
export type TokenProvider = () => string | Promise<string>;

export function tokenProviderFrom(credentials: Record<string, unknown>): TokenProvider | undefined {
  if (credentials.token !== undefined && credentials.getToken !== undefined) {
    throw new ConfigurationError("give either `token` or `getToken`, not both", { field: "token" });
  }
  if (credentials.getToken !== undefined) {
    if (typeof credentials.getToken !== "function") {
      throw new ConfigurationError("`getToken` must be a function returning the JWT", { field: "getToken" });
    }
    const getToken = credentials.getToken as () => unknown;
    return async () => {
      let token: unknown;
      try {
        token = await getToken();
      } catch (error) {
        throw new TokenError("getToken", "getToken() failed: no token to send", { cause: error });
      }
      const problem = tokenProblem(token);
      if (problem) throw new TokenError("getToken", `getToken() ${problem}`);
      return token as string;
    };
  }
  if (credentials.token !== undefined) {
    const token = credentials.token;
    const problem = tokenProblem(token);
    if (problem) throw new ConfigurationError(`token ${problem}`, { field: "token" });
    return () => token as string;
  }
  return undefined;
}

/**
 * What is wrong with a token, or undefined. A token goes into a header as is: visible ASCII only, so a line
 * break cannot inject a header. Never quotes the token.
 */
export function tokenProblem(token: unknown): string | undefined {
  if (typeof token !== "string" || token === "") return `must give a non-empty JWT string, got ${describe(token)}`;
  // The API wants the raw JWT; a "Bearer " prefix is the most common mistake, and it fails with a vague 401.
  if (/^bearer\s/i.test(token)) return `must give the raw JWT: VideoSDK expects no "Bearer " prefix`;
  if (!/^[\x21-\x7e]+$/.test(token)) {
    return "must give a JWT of visible ASCII characters: it holds spaces, line breaks, control or non-ASCII characters";
  }
  return undefined;
}
