/**
 * The SDK's own log lines: one per attempt (method, URL, status, time), one per retry decision, one per failed
 * call. Off unless a `logger` or `VIDEOSDK_LOG` asks. Lines never hold a token or a secret: the SDK logs no header
 * and no body. A logger that throws is ignored: logging must not change a call's outcome.
 */
import type { Logger, LogLevel } from "../client.js";
import { ConfigurationError } from "../errors.js";
import { readEnv } from "./env.js";

const LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error"];

/** Each level's writer, or undefined when that level is off: a check per line, nothing more. */
export interface LogWriter {
  debug: ((line: string) => void) | undefined;
  info: ((line: string) => void) | undefined;
  warn: ((line: string) => void) | undefined;
  error: ((line: string) => void) | undefined;
}

/** The writer for a client: its `logger` and `logLevel`, else `VIDEOSDK_LOG` with the console, else none. */
export function logWriter(logger: Logger | undefined, level: unknown): LogWriter | undefined {
  if (level !== undefined && !LEVELS.includes(level as LogLevel)) {
    throw new ConfigurationError(`logLevel must be one of ${LEVELS.join(", ")}`, { field: "logLevel" });
  }
  if (logger !== undefined && (typeof logger !== "object" || logger === null)) {
    throw new ConfigurationError("logger must be an object with debug, info, warn and error methods, such as console", {
      field: "logger",
    });
  }
  // The environment is read leniently: an unknown VIDEOSDK_LOG is no reason to refuse to build a client.
  const fromEnv = readEnv("VIDEOSDK_LOG")?.toLowerCase() as LogLevel | undefined;
  const wanted = (level as LogLevel | undefined) ?? (fromEnv && LEVELS.includes(fromEnv) ? fromEnv : undefined);
  if (logger === undefined && wanted === undefined) return undefined;
  const sink = logger ?? console;
  const from = LEVELS.indexOf(wanted ?? "info");
  const at = (name: LogLevel) => {
    const write = sink[name];
    if (LEVELS.indexOf(name) < from || typeof write !== "function") return undefined;
    return (line: string) => {
      try {
        write.call(sink, `videosdk: ${line}`);
      } catch {
        // Ignored: see above.
      }
    };
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
