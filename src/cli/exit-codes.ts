/** The command line's exit statuses: scripts tell an API failure from a mistake in the command and from a timeout. */
export const EXIT = {
  ok: 0,
  /** The API answered with an error, or could not be reached. */
  failure: 1,
  /** The command line itself is wrong: unknown command or flag, a bad value, missing credentials. */
  usage: 2,
  /** A wait or a request ran out of time (as `timeout(1)` reports it). */
  timeout: 124,
} as const;
