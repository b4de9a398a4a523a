/**
 * The SDK's own log lines: one per attempt (method, URL, status, time) and one per retry decision. Off unless a
 * `logger` or `VIDEOSDK_LOG` asks. Lines never hold a token or a secret: the SDK logs no header and no body.
 */
import type { Logger, LogLevel } from "../client.js";
import { ConfigurationError } from "../errors.js";
import { readEnv } from "./env.js";

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn"];

/** Each level's writer, or undefined when that level is off: a check per line, nothing more. */
export interface LogWriter {
  debug: ((line: string) => void) | undefined;
  info: ((line: string) => void) | undefined;
  warn: ((line: string) => void) | undefined;
}

/** The writer for a client: its `logger` and `logLevel`, else `VIDEOSDK_LOG` with the console, else none. */
export function logWriter(logger: Logger | undefined, level: unknown): LogWriter | undefined {
  const wanted = level ?? readEnv("VIDEOSDK_LOG");
  if (wanted !== undefined && !LEVELS.includes(wanted as LogLevel)) {
    throw new ConfigurationError(`logLevel (or VIDEOSDK_LOG) must be one of ${LEVELS.join(", ")}`, {
      field: "logLevel",
    });
  }
  if (logger !== undefined && (typeof logger !== "object" || logger === null)) {
    throw new ConfigurationError("logger must be an object with debug, info and warn methods, such as console", {
      field: "logger",
    });
  }
  if (logger === undefined && wanted === undefined) return undefined;
  const sink = logger ?? console;
  const from = LEVELS.indexOf((wanted as LogLevel | undefined) ?? "info");
  const at = (name: LogLevel) => {
    const write = sink[name];
    return LEVELS.indexOf(name) >= from && typeof write === "function"
      ? (line: string) => write.call(sink, `videosdk: ${line}`)
      : undefined;
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn") };
}
