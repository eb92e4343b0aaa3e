import pino from "pino";
import { prettyFactory } from "pino-pretty";
import type { LogLevel } from "./config/config.ts";

export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  /** False when debug lines are dropped anyway: hot paths then skip building their fields. */
  readonly debugEnabled?: boolean;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Human-readable lines (a terminal) instead of one JSON object per line. */
  readonly pretty?: boolean;
}

/**
 * pino: one JSON object per line ({"level":"info","time":"…","msg":"…",…}), or readable lines
 * on a terminal. Callers pass only fields that are safe to keep; the redaction below is a second
 * line of defence should a cookie, code, token or secret ever be passed by mistake.
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void,
  options: LoggerOptions = {},
): Logger {
  const format = options.pretty === true ? prettyFactory({ colorize: true }) : undefined;
  const destination = {
    write: (line: string) => {
      write(format === undefined ? line : format(line));
    },
  };
  const log = pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          "cookie",
          "authorization",
          "code",
          "token",
          "id_token",
          "access_token",
          "secret",
          "password",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
  return {
    debugEnabled: log.isLevelEnabled("debug"),
    debug: (message, fields) => {
      log.debug(fields ?? {}, message);
    },
    info: (message, fields) => {
      log.info(fields ?? {}, message);
    },
    warn: (message, fields) => {
      log.warn(fields ?? {}, message);
    },
    error: (message, fields) => {
      log.error(fields ?? {}, message);
    },
  };
}

export const silentLogger: Logger = {
  debugEnabled: false,
  debug() {},
  info() {},
  warn() {},
  error() {},
};
