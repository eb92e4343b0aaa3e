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
  const header = c.req.header("cookie");
  return header === undefined ? {} : parseCookieHeader(header);
}
