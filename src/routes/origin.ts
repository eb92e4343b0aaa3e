import type { Context } from "hono";
import type { Config } from "../config/config.ts";
import { peerAddress } from "../http/request-info.ts";
import { parseHost } from "../proxy/forwarded.ts";

/**
 * The public origin of a browser-facing request (/start, /callback, /sign_out). X-Forwarded-*
 * is believed only from trusted proxies; otherwise the Host header, with the scheme the
 * deployment is configured for (the service itself never terminates TLS).
 */
export function browserOrigin(c: Context, config: Config): string | undefined {
  const trusted = config.trustedProxies.contains(peerAddress(c));
  const forwardedProto = trusted
    ? c.req.header("x-forwarded-proto")?.trim().toLowerCase()
    : undefined;
  let scheme = config.cookieSecure ? "https" : "http";
  if (forwardedProto !== undefined) {
    if (forwardedProto !== "http" && forwardedProto !== "https") return undefined;
    scheme = forwardedProto;
  }
  const forwardedHost = trusted ? c.req.header("x-forwarded-host") : undefined;
  const host = parseHost(forwardedHost ?? c.req.header("host"));
  return host === undefined ? undefined : `${scheme}://${host}`;
}

/** The service's own page at `origin` + `prefix` + `page`, told where to send the browser after. */
export function servicePageUrl(
  origin: string,
  prefix: string,
  page: "start" | "sign_out",
  rd: string,
): string {
  return `${origin}${prefix}/${page}?rd=${encodeURIComponent(rd)}`;
}

/**
 * The origin of the login pages (start, callback, signed_out): the login host's
 * (FORWARD_AUTH_AUTH_HOST) in the scheme of `origin`, or `origin` itself without one.
 */
export function loginOriginOf(origin: string, authHost: string | undefined): string {
  return authHost === undefined ? origin : `${origin.slice(0, origin.indexOf(":"))}://${authHost}`;
}

/**
 * "Sign in as someone else": a login that ends the current session and asks the provider for
 * credentials again (see start), then returns to `rd`. Needs nothing registered at the provider
 * beyond the callback.
 */
export function switchAccountUrl(loginOrigin: string, prefix: string, rd: string): string {
  return `${servicePageUrl(loginOrigin, prefix, "start", rd)}&prompt=login`;
}
