// How each proxy flavour is asked and answered: the Decision (auth/decide.ts) as an HTTP answer.
import type { Decided, Decision, Refusal } from "../auth/decide.ts";
import type { Identity } from "../auth/identity.ts";
import { identityHeaders } from "../auth/identity-headers.ts";
import { safeRedirect, type RedirectPolicy } from "../auth/redirect.ts";
import { createBoundedCache } from "../cache/bounded-cache.ts";
import { jsonAnswer, NO_STORE, type Answer, type PlainRequest } from "../http/answer.ts";
import { backTo } from "../http/pages.ts";
import { parseCookies } from "../http/request-info.ts";
import { bearerChallenge, type BearerError } from "../oidc/bearer.ts";
import {
  parseForwardedHeaders,
  parseOriginalUrl,
  type ForwardedRequest,
  type HeaderReader,
  type ParseResult,
} from "../proxy/forwarded.ts";
import { parseAddress } from "../proxy/trusted-proxies.ts";
import type { Session } from "../session/session-cache.ts";
import type { RouteDeps } from "./context.ts";
import { loginOriginOf, servicePageUrl, switchAccountUrl } from "./origin.ts";
import { plainProblem } from "./responses.ts";

/** traefik and caddy speak X-Forwarded-*; nginx's auth_request speaks X-Original-URL. */
export type ProxyFlavour = "traefik" | "caddy" | "nginx";

interface Flavour {
  /** Reads the original request from the proxy's headers. */
  readonly parse: (header: HeaderReader) => ParseResult;
  /**
   * Whether the auth request's own query holds rules (Docker-label setups). Only Traefik's: its
   * forwardAuth calls the configured address as written, while Caddy's forward_auth passes the
   * client's own query on to the auth request, where it must never count.
   */
  readonly middlewareRules: boolean;
  /**
   * Whether a login may be a redirect. nginx turns any 3xx from auth_request into a 500, so it
   * always gets the 401 and its error_page asks again at the X-Forwarded-* endpoint.
   */
  readonly redirects: boolean;
}

export const FLAVOURS: Readonly<Record<ProxyFlavour, Flavour>> = {
  traefik: { parse: parseForwardedHeaders, middlewareRules: true, redirects: true },
  caddy: { parse: parseForwardedHeaders, middlewareRules: false, redirects: true },
  nginx: { parse: parseOriginalUrl, middlewareRules: false, redirects: false },
};

/** The decision answered, and the answer; the decision may be a fallback of the one made. */
export interface Rendered {
  readonly decision: Decision;
  readonly answer: Answer;
}

/**
 * A Decision as the answer the proxy passes on; `jwt` is the identity JWT of an allow, if on;
 * `session` the session it was decided for, if any (its 200 is kept under its id).
 */
export type RenderAuth = (
  decision: Decided,
  c: PlainRequest,
  req: ForwardedRequest,
  jwt: string | undefined,
  session: Session | undefined,
) => Rendered;

/** 403 for an untrusted caller, 400 for what cannot be read: JSON for the proxy's operator. */
export function renderRefusal(decision: Refusal): Rendered {
  const answer =
    decision.kind === "untrusted"
      ? jsonAnswer(403, { error: "untrusted_proxy", message: untrustedMessage(decision.peer) })
      : jsonAnswer(400, { error: decision.error, message: decision.message });
  return { decision, answer };
}

export function createAuthRenderer(
  deps: Pick<RouteDeps, "config" | "oidc" | "logins" | "meta">,
): RenderAuth {
  const { config, oidc, logins, meta } = deps;
  const prefix = config.pathPrefix;
  const redirectPolicy: RedirectPolicy = { cookieDomain: config.cookieDomain };
  const authHost = config.authHost;
  /** The origin of the login pages: the login host's (FORWARD_AUTH_AUTH_HOST) or the app's. */
  const loginOrigin = (req: ForwardedRequest): string => loginOriginOf(req.origin, authHost);

  // The 200 for a session at an app is built once and kept, keyed by the session's id and the
  // app's host: the hot path's answer is a lookup, not seventeen headers copied into new objects.
  // Nothing kept expires by time: a session's expiry is checked before it reaches a decision.
  // Bounded in count and in header bytes (users with hundreds of groups), so neither many
  // sessions nor many hosts can grow memory. The anonymous answer (allow rules without a user)
  // is kept by host alone; a bearer token's user has no session and is answered afresh.
  const kept = createBoundedCache<Rendered>(KEPT_ANSWERS, KEPT_BYTES);
  function allowed(
    decision: Decision,
    identity: Identity | undefined,
    host: string,
    session: Session | undefined,
  ): Rendered {
    const key =
      identity === undefined ? host : session === undefined ? undefined : `${session.id} ${host}`;
    const found = key === undefined ? undefined : kept.get(key, 0);
    if (found !== undefined) return found;
    const headers = Object.freeze({
      ...Object.fromEntries(identityHeaders(identity, { ...meta, app: host })),
      ...NO_STORE,
    });
    const rendered = Object.freeze({ decision, answer: Object.freeze({ status: 200, headers }) });
    if (key !== undefined) {
      let bytes = 0;
      for (const [name, value] of Object.entries(headers)) bytes += name.length + value.length;
      kept.set(key, rendered, Number.POSITIVE_INFINITY, bytes);
    }
    return rendered;
  }

  function unauthorized(
    c: PlainRequest,
    req: ForwardedRequest,
    error: BearerError | undefined,
  ): Answer {
    const loginUrl = servicePageUrl(loginOrigin(req), prefix, "start", `${req.origin}/`);
    return plainProblem(
      c.header("accept"),
      401,
      error === undefined ? "unauthorized" : "invalid_token",
      "Sign-in required",
      error === undefined
        ? `Sign in to continue to ${req.host}.`
        : `The bearer token was refused: ${error.description}.`,
      [{ href: loginUrl, label: "Sign in" }],
      {
        // RFC 9110 section 11.6.1: a 401 carries a challenge; RFC 6750 section 3 says why.
        "WWW-Authenticate": bearerChallenge(error, req.host),
        "X-Forward-Auth-Login": loginUrl,
      },
    );
  }

  /** The redirect into the login, or the 401 while the provider has no authorization URL. */
  function login(c: PlainRequest, req: ForwardedRequest, status: 302 | 303): Answer | undefined {
    const returnTo = safeRedirect(req.url, req.origin, redirectPolicy);
    if (authHost !== undefined) {
      // One login host: its /start keeps the attempt in a cookie of its own host, and its
      // callback is the one redirect URI registered at the provider.
      const location = servicePageUrl(loginOrigin(req), prefix, "start", returnTo);
      return { status, headers: { Location: location, ...NO_STORE } };
    }
    const pending = logins.begin(
      `${req.origin}${prefix}/callback`,
      returnTo,
      parseCookies(c.header("cookie")),
    );
    const location = oidc.authorizationUrl(pending.state, pending.codeChallenge);
    if (location === undefined) return undefined;
    return {
      status,
      headers: { Location: location, ...NO_STORE },
      setCookies: pending.setCookies,
    };
  }

  return function renderAuth(decision, c, req, jwt, session) {
    const accept = c.header("accept");
    switch (decision.kind) {
      case "allow": {
        const shared = allowed(decision, decision.identity, req.host, session);
        if (jwt === undefined) return shared;
        const headers: Record<string, string> = { ...shared.answer.headers };
        headers["X-authentik-meta-jwks"] = `${loginOrigin(req)}${prefix}/jwks`;
        headers["X-authentik-jwt"] = jwt;
        return { decision, answer: { status: 200, headers } };
      }
      case "login": {
        const answer = login(c, req, decision.status);
        if (answer !== undefined) return { decision, answer };
        const fallback: Decision = { kind: "unauthorized", error: undefined };
        return { decision: fallback, answer: unauthorized(c, req, undefined) };
      }
      case "unauthorized":
        return { decision, answer: unauthorized(c, req, decision.error) };
      case "deny":
        return {
          decision,
          answer: plainProblem(
            accept,
            403,
            "forbidden",
            "Access denied",
            `${req.host} does not allow access to this page.`,
            [backTo(req.origin)],
          ),
        };
      case "forbidden":
        return {
          decision,
          answer: plainProblem(
            accept,
            403,
            "forbidden",
            "Access denied",
            `You are signed in as ${decision.identity.username}, but this account may not use ${req.host}.`,
            [
              {
                href: switchAccountUrl(loginOrigin(req), prefix, req.url),
                label: "Sign in as someone else",
              },
            ],
          ),
        };
      case "unavailable":
        return {
          decision,
          answer: plainProblem(
            accept,
            503,
            "provider_unavailable",
            "Sign-in unavailable",
            `The identity provider cannot be reached right now, so ${req.host} cannot check who you are. Try again in a moment.`,
            [{ href: req.url, label: "Try again" }],
            { "Retry-After": "5" },
          ),
        };
    }
  };
}

/** 200 answers kept (see allowed): one per session and app, and their headers' total length. */
const KEPT_ANSWERS = 10_000;
const KEPT_BYTES = 16 * 1024 * 1024;

/**
 * Why a caller is refused, and the fix: the usual cause is a proxy in another container, whose
 * Docker-network address is not in the loopback default. The address is written as it is to be
 * listed (an IPv4-mapped ::ffff:172.18.0.3 as 172.18.0.3). The caller is the proxy, whose
 * address its operator knows; a direct client learns only its own.
 */
export function untrustedMessage(peer: string | undefined): string {
  const address = parseAddress(peer)?.toString();
  return address === undefined
    ? "request from an unknown address is not from a trusted proxy; FORWARD_AUTH_TRUSTED_PROXIES lists the proxies that may ask"
    : `request from ${address} is not from a trusted proxy; add it (or its network) to FORWARD_AUTH_TRUSTED_PROXIES`;
}
