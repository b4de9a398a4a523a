import { closestNames } from "./suggest.js";

/** A mistake in the command line (exit status 2); `name` is the command, flag or argument at fault. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly what: string;
  constructor(message: string, what: string) {
    super(message);
    this.what = what;
  }
}

/** An unknown name, with "did you mean" among the names it could have been. */
export function unknownName(kind: string, given: string, known: readonly string[], hint = ""): UsageError {
  const close = closestNames(given, known);
  const suggestion = close.length ? `; did you mean ${close.join(" or ")}?` : ".";
  return new UsageError(`unknown ${kind} ${given}${suggestion}${hint ? ` ${hint}` : ""}`, given);
}
