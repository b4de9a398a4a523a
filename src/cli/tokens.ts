/** `videosdk tokens mint` (the Node entry's createToken) and `videosdk tokens inspect`. */
import { keyAndSecret } from "./credentials.js";
import { EXIT } from "./exit-codes.js";
import { createOutput } from "./output.js";
import { kebabCase } from "./parse.js";
import { UsageError } from "./usage-error.js";

export async function mintCommand(values: ReadonlyMap<string, string[]>): Promise<number> {
  const flag = (name: string) => values.get(name)?.[0];
  const list = (name: string) =>
    values
      .get(name)
      ?.flatMap((value) => value.split(","))
      .filter(Boolean);
  const { apiKey, secret } = keyAndSecret(flag("api-key"), flag("secret"));
  const sdk = await import("../node/index.js");
  const expiresIn = flag("expires-in");
  try {
    const token = sdk.createToken({
      apiKey,
      secret,
      permissions: (list("permissions") ?? ["allow_join", "allow_mod"]) as ("allow_join" | "ask_join" | "allow_mod")[],
      roles: (list("role") ?? (flag("room-id") || flag("participant-id") ? undefined : ["crawler"])) as (
        | "crawler"
        | "rtc"
      )[],
      ...(flag("room-id") === undefined ? {} : { roomId: flag("room-id") }),
      ...(flag("participant-id") === undefined ? {} : { participantId: flag("participant-id") }),
      ...(expiresIn === undefined ? {} : { expiresIn: /^\d+$/.test(expiresIn) ? Number(expiresIn) : expiresIn }),
    });
    createOutput().text(token);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof sdk.TokenError) {
      // TokenError names the option (`expiresIn`); the command line names the flag.
      const flag = `--${error.field === "roles" ? "role" : kebabCase(error.field)}`;
      throw new UsageError(`cannot mint (${flag}): ${error.message}`, flag);
    }
    throw error;
  }
}

/** The token doctor (`inspectToken`): its report on stdout, each error finding on stderr, exit 1 when refused. */
export async function inspectCommand(token: string, values: ReadonlyMap<string, string[]>): Promise<number> {
  const flag = (name: string) => values.get(name)?.[0];
  const { inspectToken } = await import("../node/index.js");
  const inspection = await inspectToken(token, {
    secret: flag("secret") ?? (process.env.VIDEOSDK_SECRET || undefined),
    apiKey: flag("api-key") ?? (process.env.VIDEOSDK_API_KEY || undefined),
  });
  createOutput().value(inspection);
  for (const finding of inspection.findings) {
    if (finding.severity === "error") process.stderr.write(`videosdk: ${finding.code}: ${finding.message}\n`);
  }
  return inspection.valid ? EXIT.ok : EXIT.failure;
}
