/** Small helpers shared by the command-line scripts. */
import { createServer } from "node:net";
import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The command's options, or exit: `--help` prints the usage (status 0); an unknown option, a missing value or a
 * stray argument prints one line with the usage (status 2), never a stack trace.
 */
export function parseOptions<const O extends Options>(
  command: string,
  usage: string,
  options: O,
): ReturnType<
  typeof parseArgs<{ options: O & { help: { type: "boolean" } }; strict: true; allowPositionals: false }>
>["values"] {
  let values: { help?: boolean | undefined };
  try {
    values = parseArgs({
      options: { ...options, help: { type: "boolean", short: "h" } } as O & { help: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const quoted = /'([^']+)'/.exec(message)?.[1];
    const problem =
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `unknown option ${quoted ?? ""}`
        : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
          ? `unexpected argument ${quoted ?? ""}`
          : (message.split(/\.\s/)[0] ?? message);
    console.error(`${command}: ${problem.trim()}. usage: ${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  return values as never;
}

/** A port from a command-line option, or exit with a usage error (status 2). */
export function portOption(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--${name} must be a port number (0 to 65535), got ${value}`);
    process.exit(2);
  }
  return port;
}

/** A port in use on that host, found before a server (or a child such as Prism) tries and fails less clearly. */
export class PortInUseError extends Error {
  override name = "PortInUseError";
  readonly code = "EADDRINUSE";
  /** The message says what to do: `port 4010 on 127.0.0.1 is in use: pick another with --port`. */
  constructor(port: number, host: string, flag = "--port") {
    super(`port ${port} on ${host} is in use: pick another with ${flag}`);
  }
}

/** Rejects with a PortInUseError naming `flag` when something already listens on the port (0 always passes). */
export function assertPortFree(port: number, host: string, flag = "--port"): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port, host, flag) : error),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/**
 * Runs `stop` and exits on Ctrl-C or SIGTERM, and when this process is orphaned: `kill <pid of npm>` ends npm and
 * its shell without passing the signal on, and the servers would keep their ports. (The npm scripts run
 * `node --import tsx`, so the shell is this process's parent; tsx's own launcher would be a parent that stays.)
 */
export function stopOnSignals(stop: () => Promise<unknown>): void {
  let stopping = false;
  const stopAndExit = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, stopAndExit);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stopAndExit();
  }, 250).unref();
}
