import type { Context } from "hono";
import { parse as parseCookieHeader } from "hono/utils/cookie";

/** The TCP peer, from the Node adapter's bindings; undefined (never trusted) when unavailable. */
export function peerAddress(c: Context): string | undefined {
  const env: unknown = c.env;
  if (typeof env !== "object" || env === null || !("incoming" in env)) return undefined;
  const incoming: unknown = env.incoming;
  if (typeof incoming !== "object" || incoming === null || !("socket" in incoming))
    return undefined;
  const socket: unknown = incoming.socket;
  if (typeof socket !== "object" || socket === null || !("remoteAddress" in socket))
    return undefined;
  return typeof socket.remoteAddress === "string" ? socket.remoteAddress : undefined;
}

/** All cookies of the request; malformed pairs are skipped by Hono's parser, never thrown. */
export function requestCookies(c: Context): Record<string, string> {
  return parseCookies(c.req.header("cookie"));
}

/** All cookies of a Cookie header (none when it is absent). */
export function parseCookies(header: string | undefined): Record<string, string> {
  return header === undefined ? {} : parseCookieHeader(header);
}

/** Reads one cookie by name. */
export type CookieGetter = (name: string) => string | undefined;

/**
 * A reader for single cookies that scans the header for the names asked for, instead of parsing
 * every pair: the auth check needs only the session cookie out of whatever else the browser
 * sends for the app's domain. Same results as Hono's parser for the names it finds: pairs split
 * on ";", whitespace trimmed, the first pair with the name wins, surrounding quotes dropped.
 */
export function cookieGetter(header: string | undefined): CookieGetter {
  if (header === undefined || header === "") return () => undefined;
  return (name) => {
    for (let from = 0; ;) {
      const at = header.indexOf(name, from);
      if (at === -1) return undefined;
      from = at + 1;
      const end = at + name.length;
      if (header.charCodeAt(end) !== 61 /* = */) continue;
      let before = at - 1;
      while (before >= 0 && (header[before] === " " || header[before] === "\t")) before--;
      if (before >= 0 && header[before] !== ";") continue;
      const stop = header.indexOf(";", end + 1);
      let value = header.slice(end + 1, stop === -1 ? undefined : stop).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.slice(1, -1);
      return value;
    }
  };
}
