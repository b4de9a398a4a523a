/** Small helpers shared by the command-line scripts. */

/** A port from a command-line option, or exit with a usage error (status 2). */
export function portOption(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--${name} must be a port number (0 to 65535), got ${value}`);
    process.exit(2);
  }
  return port;
}

/** Runs `stop` and exits on Ctrl-C or SIGTERM. */
export function stopOnSignals(stop: () => Promise<unknown>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(0));
    });
  }
}
