/**
 * Which credentials a command uses: `--token`, or `--api-key` and `--secret`; else VIDEOSDK_TOKEN, else
 * VIDEOSDK_API_KEY and VIDEOSDK_SECRET; else a usage error that says what to set. The secret is never echoed.
 */
import { UsageError } from "./usage-error.js";

export type Credentials = { token: string } | { apiKey: string; secret: string };

export interface ClientTarget {
  credentials: Credentials | undefined;
  baseUrl: string | undefined;
}

export const NO_CREDENTIALS =
  "no credentials: pass --api-key and --secret (or set VIDEOSDK_API_KEY and VIDEOSDK_SECRET), or --token (or VIDEOSDK_TOKEN)";

export function clientTarget(
  values: ReadonlyMap<string, string[]>,
  env: NodeJS.ProcessEnv = process.env,
  required = true,
): ClientTarget {
  const flag = (name: string) => values.get(name)?.[0];
  const fromEnv = (name: string) => env[name] || undefined;
  const token = flag("token");
  const apiKey = flag("api-key");
  const secret = flag("secret");
  if (token !== undefined && (apiKey !== undefined || secret !== undefined)) {
    throw new UsageError("give --token, or --api-key and --secret, not both", "--token");
  }
  let credentials: Credentials | undefined;
  if (token !== undefined) credentials = { token };
  else if (apiKey !== undefined || secret !== undefined) credentials = keyAndSecret(apiKey, secret, env);
  else if (fromEnv("VIDEOSDK_TOKEN")) credentials = { token: fromEnv("VIDEOSDK_TOKEN")! };
  else if (fromEnv("VIDEOSDK_API_KEY") || fromEnv("VIDEOSDK_SECRET"))
    credentials = keyAndSecret(undefined, undefined, env);
  if (!credentials && required) throw new UsageError(NO_CREDENTIALS, "--api-key");
  return { credentials, baseUrl: flag("base-url") ?? fromEnv("VIDEOSDK_BASE_URL") };
}

/** The API key and secret from the flags, each completed from the environment. */
export function keyAndSecret(
  apiKey: string | undefined,
  secret: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { apiKey: string; secret: string } {
  const key = apiKey ?? (env.VIDEOSDK_API_KEY || undefined);
  const value = secret ?? (env.VIDEOSDK_SECRET || undefined);
  if (!key) throw new UsageError("no API key: pass --api-key or set VIDEOSDK_API_KEY", "--api-key");
  if (!value) throw new UsageError("no secret: pass --secret or set VIDEOSDK_SECRET", "--secret");
  return { apiKey: key, secret: value };
}
