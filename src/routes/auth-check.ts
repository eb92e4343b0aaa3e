import type { Context, Handler } from "hono";
import type { Identity } from "../auth/identity.ts";
import { identityHeaders } from "../auth/identity-headers.ts";
import { loginChallenge, type LoginChallenge } from "../auth/navigation.ts";
import { checkAccess } from "../auth/policy.ts";
import { safeRedirect } from "../auth/redirect.ts";
import { cookieGetter, peerAddress, requestCookies } from "../http/request-info.ts";
import {
  parseForwardedHeaders,
  parseOriginalUrl,
  type ForwardedRequest,
  type HeaderReader,
} from "../proxy/forwarded.ts";
import type { RouteDeps } from "./context.ts";
import { addCookies, NO_STORE, problem } from "./responses.ts";

/** traefik and caddy speak X-Forwarded-*; nginx's auth_request speaks X-Original-URL. */
export type ProxyFlavour = "traefik" | "caddy" | "nginx";

const UNAUTHORIZED: LoginChallenge = { kind: "unauthorized" };

/**
 * The question the proxy asks before every request: who is this? 200 with identity headers,
 * 403 when signed in but not allowed, otherwise a way to log in.
 */
export function authCheck(deps: RouteDeps, flavour: ProxyFlavour): Handler {
  const { config, oidc, sessions, logins, logger, meta } = deps;
  const prefix = config.pathPrefix;
  const policy = { allowedUsers: config.allowedUsers, allowedGroups: config.allowedGroups };
  const redirectPolicy = { cookieDomain: config.cookieDomain };
  const parse = flavour === "nginx" ? parseOriginalUrl : parseForwardedHeaders;
  const authHost = config.authHost;
  /** The login host's origin, with the scheme the app was reached with. */
  const authOrigin =
    authHost === undefined
      ? undefined
      : (req: ForwardedRequest) => `${req.origin.slice(0, req.origin.indexOf(":"))}://${authHost}`;
  const encoded = new WeakMap<Identity, Record<string, string>>();
  const headersFor = (identity: Identity): Record<string, string> => {
    let headers = encoded.get(identity);
    if (headers === undefined) {
      headers = Object.fromEntries(identityHeaders(identity, { ...meta, app: "" }));
      headers["Cache-Control"] = "no-store";
      encoded.set(identity, headers);
    }
    return headers;
  };

  return async function authCheckHandler(c: Context) {
    const peer = peerAddress(c);
    if (!config.trustedProxies.contains(peer)) {
      // Checked before any forwarded header is read: an untrusted caller could claim any host.
      logger.warn("auth request refused: peer is not a trusted proxy", { peer, endpoint: flavour });
      return c.json(
        { error: "untrusted_proxy", message: "this endpoint only answers trusted proxies" },
        403,
        NO_STORE,
      );
    }
    const header: HeaderReader = (name) => c.req.header(name);
    const parsed = parse(header);
    if (!parsed.ok) {
      logger.info("auth request refused: malformed forwarded request", {
        peer,
        endpoint: flavour,
        reason: parsed.message,
      });
      return c.json({ error: "bad_forwarded_request", message: parsed.message }, 400, NO_STORE);
    }
    const req = parsed.request;
    const session = await sessions.read(cookieGetter(c.req.header("cookie")));

    if (session !== undefined) {
      const access = checkAccess(session.identity, policy);
      if (access.allowed) {
        // The hot path: a plain header object lets the Node adapter write the response without
        // building a Headers instance; the identity's encoded headers are computed once per
        // verified session and reused while the session cache holds it.
        return new Response(null, {
          status: 200,
          headers: { ...headersFor(session.identity), "X-authentik-meta-app": req.host },
        });
      }
      logger.info("access denied", {
        user: session.identity.username,
        host: req.host,
        reason: access.reason,
      });
      return problem(
        c,
        403,
        "forbidden",
        "Access denied",
        `You are signed in as ${session.identity.username}, but this account may not use ${req.host}.`,
        [{ href: signOutUrl(req), label: "Sign in as someone else" }],
      );
    }

    const readiness = oidc.readiness();
    if (!readiness.ready) {
      oidc.nudge();
      return problem(
        c,
        503,
        "provider_unavailable",
        "Sign-in unavailable",
        "The identity provider cannot be reached right now. Try again in a moment.",
        [{ href: req.url, label: "Try again" }],
        { "Retry-After": "5" },
      );
    }

    // nginx turns any 3xx from auth_request into a 500, so it always gets the 401 and its
    // error_page sends the browser to /start.
    const challenge =
      flavour === "nginx"
        ? UNAUTHORIZED
        : loginChallenge({
            method: req.method,
            proto: req.proto,
            secFetchMode: header("sec-fetch-mode"),
            accept: header("accept"),
            xRequestedWith: header("x-requested-with"),
            upgrade: header("upgrade"),
          });

    if (challenge.kind === "redirect") {
      const returnTo = safeRedirect(req.url, req.origin, redirectPolicy);
      if (authOrigin !== undefined) {
        // One login host: its /start keeps the attempt in a cookie of its own host, and its
        // callback is the one redirect URI registered at the provider.
        const location = `${authOrigin(req)}${prefix}/start?rd=${encodeURIComponent(returnTo)}`;
        return c.body(null, challenge.status, { Location: location, ...NO_STORE });
      }
      const pending = await logins.begin(
        `${req.origin}${prefix}/callback`,
        returnTo,
        requestCookies(c),
      );
      const location = oidc.authorizationUrl(pending.state);
      if (location !== undefined) {
        addCookies(c, pending.setCookies);
        return c.body(null, challenge.status, { Location: location, ...NO_STORE });
      }
    }
    const loginUrl = `${authOrigin?.(req) ?? req.origin}${prefix}/start?rd=${encodeURIComponent(`${req.origin}/`)}`;
    return problem(
      c,
      401,
      "unauthorized",
      "Sign-in required",
      "Sign in to continue.",
      [{ href: loginUrl, label: "Sign in" }],
      {
        // RFC 9110 section 11.6.1: a 401 must carry a challenge.
        "WWW-Authenticate": `Bearer realm="${req.host}"`,
        "X-Forward-Auth-Login": loginUrl,
      },
    );
  };

  function signOutUrl(req: ForwardedRequest): string {
    return `${req.origin}${prefix}/sign_out?rd=${encodeURIComponent(req.url)}`;
  }
}
