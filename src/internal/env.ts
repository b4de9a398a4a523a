/** Environment variables where there is an environment (Node, Deno, Bun); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    const value = env?.[name];
    return value === undefined || value === "" ? undefined : value;
  } catch {
    // Deno without --allow-env throws on reading an environment variable: then there is none to read.
    return undefined;
  }
}
