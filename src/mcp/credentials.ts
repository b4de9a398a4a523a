/**
 * The server's client, from options or the environment: `VIDEOSDK_TOKEN`, or `VIDEOSDK_API_KEY` with
 * `VIDEOSDK_SECRET` (tokens minted as needed), and `VIDEOSDK_BASE_URL`. Without credentials the server still
 * starts: each call then answers with what to set, which a client shows the user.
 */
import { ConfigurationError } from "../errors.js";
import { createVideoSDK, type NodeVideoSDK } from "../node/client.js";
import type { FacadeLike } from "./call-tool.js";

export interface McpCredentials {
  /** Project API key. Default `VIDEOSDK_API_KEY`. */
  apiKey?: string | undefined;
  /** Project secret. Default `VIDEOSDK_SECRET`. */
  secret?: string | undefined;
  /** A management token, instead of the key and secret. Default `VIDEOSDK_TOKEN`. */
  token?: string | undefined;
  /** API origin. Default `VIDEOSDK_BASE_URL`, else the client's default. */
  baseUrl?: string | undefined;
}

export interface ResolvedClient {
  client: FacadeLike | undefined;
  /** Why there is no client, and what to set. */
  problem?: string | undefined;
  /** Values never to show: the secret and the token. */
  secrets: string[];
}

const TO_SET = "set VIDEOSDK_API_KEY and VIDEOSDK_SECRET (or VIDEOSDK_TOKEN) in the MCP server's environment";

export function resolveClient(
  given: McpCredentials & { client?: NodeVideoSDK | undefined },
  env: Record<string, string | undefined>,
): ResolvedClient {
  const read = (name: string) => (env[name] === "" ? undefined : env[name]);
  if (given.client !== undefined) return { client: given.client as unknown as FacadeLike, secrets: [] };
  const token = given.token ?? (given.apiKey || given.secret ? undefined : read("VIDEOSDK_TOKEN"));
  const apiKey = given.apiKey ?? (token ? undefined : read("VIDEOSDK_API_KEY"));
  const secret = given.secret ?? (token ? undefined : read("VIDEOSDK_SECRET"));
  const baseUrl = given.baseUrl ?? read("VIDEOSDK_BASE_URL");
  const secrets = [token, secret].filter((value): value is string => typeof value === "string" && value.length >= 4);
  const problem = (what: string) => ({
    client: undefined,
    problem: `no VideoSDK credentials: ${what}; ${TO_SET}`,
    secrets,
  });
  if (!token && !apiKey && !secret) return problem("none given");
  if (!token && !apiKey) return problem("VIDEOSDK_SECRET is set but VIDEOSDK_API_KEY is not");
  if (!token && !secret) return problem("VIDEOSDK_API_KEY is set but VIDEOSDK_SECRET is not");
  try {
    const options = token ? { token, baseUrl, logger: logger(env) } : { apiKey, secret, baseUrl, logger: logger(env) };
    return { client: createVideoSDK(options) as unknown as FacadeLike, secrets };
  } catch (error) {
    // A malformed token or base URL: the same start-and-explain as missing credentials.
    if (error instanceof ConfigurationError) return { client: undefined, problem: error.message, secrets };
    throw error;
  }
}

/** With VIDEOSDK_LOG set, the client's log lines go to stderr: stdout belongs to the stdio transport. */
function logger(env: Record<string, string | undefined>) {
  if (!env.VIDEOSDK_LOG) return undefined;
  const write = (message: string) => process.stderr.write(`${message}\n`);
  return { debug: write, info: write, warn: write, error: write };
}
