/**
 * Parsers for single configuration values. Each returns the value or throws an Error whose
 * message says what is wrong; load.ts adds the variable name and collects every problem.
 */
import { parseHost } from "../proxy/forwarded.ts";
import { isHostName } from "../proxy/host-names.ts";
import type { LogLevel } from "./config.ts";

const DURATION = /^(\d{1,9})(ms|s|m|h|d)$/;
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "90s", "15m", "12h", "7d" → seconds. */
export function parseDurationSeconds(raw: string): number {
  const match = DURATION.exec(raw.trim());
  const unit = match?.[2];
  if (match === null || unit === undefined || unit === "ms") {
    throw new Error("must be a number followed by s, m, h or d, like 90s, 12h or 7d");
  }
  const seconds = Number(match[1]) * (UNIT_SECONDS[unit] ?? 0);
  if (seconds <= 0) throw new Error("must be longer than zero");
  return seconds;
}

export function parseBoolean(raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(value)) return true;
  if (["false", "0", "no", "off"].includes(value)) return false;
  throw new Error("must be true or false");
}

/** Comma-separated list; blanks are dropped, so "" is the empty list. */
export function parseList(raw: string): string[] {
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export interface ListenAddress {
  readonly host: string;
  readonly port: number;
}

/** "host:port", "[::]:9000" or ":9000" (all interfaces). */
export function parseListen(raw: string): ListenAddress {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]*)):(\d{1,5})$/.exec(raw.trim());
  const port = Number(match?.[3]);
  if (match === null || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error("must be host:port with a port from 1 to 65535, like 0.0.0.0:9000");
  }
  const host = match[1] ?? match[2] ?? "";
  return { host: host === "" ? "0.0.0.0" : host, port };
}

/** An absolute http(s) URL without query or fragment; trailing slashes are kept as written. */
export function parseIssuer(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error("must be an absolute URL, like https://auth.example.com/application/o/app/");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error("must be an http or https URL");
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error("must not contain a query, fragment or credentials");
  }
  return url;
}

/** "/outpost.goauthentik.io": a leading slash, no trailing slash, plain path characters. */
export function parsePathPrefix(raw: string): string {
  const value = raw.trim();
  if (!/^\/[A-Za-z0-9._~\-/]*[A-Za-z0-9._~-]$/.test(value) || value.includes("//")) {
    throw new Error("must start with / and not end with /, like /outpost.goauthentik.io");
  }
  if (value.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new Error("must not contain . or .. segments");
  }
  return value;
}

/** "example.com" (a leading dot is tolerated and dropped); must have at least two labels. */
export function parseCookieDomain(raw: string): string {
  const value = raw.trim().toLowerCase().replace(/^\./, "");
  if (!isHostName(value) || !value.includes(".")) {
    throw new Error("must be a domain name like example.com");
  }
  // RFC 6265 section 5.1.3: an IP address only domain-matches itself, so it cannot be shared.
  if (/^[0-9.]+$/.test(value)) throw new Error("must be a domain name, not an IP address");
  return value;
}

/** A host name, with an optional port, like auth.example.com (lower-cased). */
export function parseAuthHost(raw: string): string {
  const host = parseHost(raw);
  if (host === undefined) throw new Error("must be a host name like auth.example.com");
  return host;
}

/** A space or comma list of OAuth scopes that includes "openid". */
export function parseScopes(raw: string): readonly string[] {
  const list = raw.split(/[\s,]+/).filter((s) => s !== "");
  if (!list.includes("openid")) throw new Error('must include "openid"');
  // RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
  if (list.some((s) => !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(s))) {
    throw new Error("holds a character not allowed in a scope (RFC 6749 section 3.3)");
  }
  return Object.freeze(list);
}

/**
 * The Redis (or Valkey) server replicas share revocations through: `redis://` or `rediss://`
 * (TLS), the ACL user and password in the URL (RFC 3986 userinfo, percent-encoded), a database
 * number as the path. Messages never quote the URL: it holds a password.
 */
export function parseRedisUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error("is not a URL, like redis://:password@redis:6379/0");
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:") {
    throw new Error(`must start with redis:// or rediss:// (TLS), not ${url.protocol}//`);
  }
  if (url.hostname === "") throw new Error("names no host, like redis://redis:6379");
  if (!/^(?:\/(?:\d{1,5})?)?$/.test(url.pathname)) {
    throw new Error("has a path other than a database number, like /0");
  }
  if (url.search !== "" || url.hash !== "") throw new Error("must not have a query or fragment");
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    throw new Error("has a user or password that is not percent-encoded correctly");
  }
  return url;
}

/** A file or directory path; surrounding blanks are dropped. */
export function parseFilePath(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed === "" || trimmed.includes("\0")) throw new Error("must be a file path");
  return trimmed;
}

/** A comma list of token audiences, at least one. */
export function parseAudiences(raw: string): readonly string[] {
  const list = parseList(raw);
  if (list.length === 0) throw new Error("holds no audience");
  return Object.freeze(list);
}

/** Any text but blanks; surrounding blanks are dropped. */
export function parseNonEmpty(raw: string): string {
  if (raw.trim() === "") throw new Error("must not be empty");
  return raw.trim();
}

export function parseLogLevel(raw: string): LogLevel {
  const level = raw.trim().toLowerCase();
  if (level === "debug" || level === "info" || level === "warn" || level === "error") return level;
  throw new Error("must be debug, info, warn or error");
}

const MIN_SECRET_LENGTH = 32;

/** Each sealing secret long enough, at least one, none twice; every problem, not the first. */
export function secretListProblems(secrets: readonly string[]): string[] {
  const problems = secrets.flatMap((secret, index) =>
    secret.length < MIN_SECRET_LENGTH
      ? [
          `secret #${index + 1} is too short (got ${secret.length} characters); each must be at least ${MIN_SECRET_LENGTH}`,
        ]
      : [],
  );
  if (secrets.length === 0) problems.push("holds no secret; set at least one");
  if (new Set(secrets).size !== secrets.length) {
    problems.push("lists the same secret twice; remove the duplicate");
  }
  return problems;
}
