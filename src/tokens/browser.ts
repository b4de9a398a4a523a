/**
 * A project secret must never reach a browser: anyone can read it there and mint tokens for the whole project.
 * Server-side workers (Cloudflare Workers, Deno, Bun, Vercel Edge) have no `document`, so they are not browsers.
 */
import { ConfigurationError } from "../errors.js";

/** The opt-in for the rare page that may hold a secret: the sandbox's published credentials, a local demo. */
export interface BrowserOptIn {
  /** Mint in a browser page even though its secret is readable by anyone who opens it. Default false. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

export const BROWSER_OPT_IN = "dangerouslyAllowBrowser";

export function isBrowserPage(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown };
  return typeof scope.window !== "undefined" && typeof scope.document !== "undefined";
}

/** Throws a ConfigurationError in a browser page unless the caller opted in. */
export function refuseSecretInBrowser(optIn: unknown): void {
  if (optIn !== undefined && typeof optIn !== "boolean") {
    throw new ConfigurationError(`${BROWSER_OPT_IN} must be a boolean`, { field: BROWSER_OPT_IN });
  }
  if (optIn !== true && isBrowserPage()) {
    throw new ConfigurationError(
      `a secret must never reach a browser: mint tokens on your server and pass the page a token (or getToken), or pass ${BROWSER_OPT_IN}: true for credentials that may be public, such as the sandbox's`,
      { field: BROWSER_OPT_IN },
    );
  }
}
