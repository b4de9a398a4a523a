/** The client's own credentials, hidden in server text that an error keeps: a server may echo the token it refused. */

/** Shorter values are not hidden: they could be any word of the text (a test's token `t`, say). */
const MIN_SECRET_LENGTH = 8;

/**
 * `text` with every credential replaced by `[redacted]`: each given value, and a JWT's signature on its own (the
 * part that proves the secret). Runs only when an error is built, never on a successful call.
 */
export function redactCredentials(text: string, credentials: readonly (string | undefined)[]): string {
  for (const credential of credentials) {
    if (!credential || credential.length < MIN_SECRET_LENGTH) continue;
    text = text.split(credential).join("[redacted]");
    const signature = credential.split(".")[2];
    if (signature && signature.length >= MIN_SECRET_LENGTH) text = text.split(signature).join("[redacted]");
  }
  return text;
}
