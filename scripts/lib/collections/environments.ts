/**
 * The two environments of both collections: the local sandbox, with its published credentials, and production,
 * whose credentials the user fills in.
 */
import { DEFAULT_API_KEY, DEFAULT_SECRET } from "../../../src/testing/index.js";

export interface CollectionVariable {
  name: string;
  value: string;
  /** Kept out of exported files and shown masked. */
  secret: boolean;
}

export interface CollectionEnvironment {
  /** File-name part: `sandbox`, `production`. */
  id: string;
  name: string;
  variables: CollectionVariable[];
}

const variable = (name: string, value: string, secret = false): CollectionVariable => ({ name, value, secret });

/** The environments, with the spec's servers: the first is production, the loopback one is the sandbox. */
export function collectionEnvironments(spec: Record<string, unknown>): CollectionEnvironment[] {
  const servers = ((spec.servers as { url: string }[] | undefined) ?? []).map((server) => server.url);
  const production = servers[0];
  const sandbox = servers.find((url) => /^http:\/\/127\.0\.0\.1:/.test(url));
  if (!production || !sandbox) throw new Error("the spec's servers need production first and a 127.0.0.1 sandbox");
  return [
    {
      id: "sandbox",
      name: "sandbox",
      variables: [
        variable("baseUrl", sandbox),
        variable("apiKey", DEFAULT_API_KEY),
        variable("secret", DEFAULT_SECRET),
        variable("token", ""),
        // Turns on the sandbox-only requests (participants joining).
        variable("sandbox", "true"),
      ],
    },
    {
      id: "production",
      name: "production",
      variables: [
        variable("baseUrl", production),
        variable("apiKey", ""),
        variable("secret", "", true),
        variable("token", "", true),
        variable("sandbox", "false"),
      ],
    },
  ];
}
