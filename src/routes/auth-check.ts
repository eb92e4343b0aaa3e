import type { Context, Handler } from "hono";
import { NO_IDENTITY, type Identity } from "../auth/identity.ts";
import { identityHeaders } from "../auth/identity-headers.ts";
import { loginChallenge, type LoginChallenge } from "../auth/navigation.ts";
import { safeRedirect } from "../auth/redirect.ts";
import { cookieGetter, peerAddress, requestCookies, requestTarget } from "../http/request-info.ts";
import type { Decision } from "../metrics/metrics.ts";
import { bearerChallenge, BearerError } from "../oidc/bearer.ts";
import { OidcError } from "../oidc/errors.ts";
import {
  hostName,
  parseForwardedHeaders,
  parseOriginalUrl,
  type ForwardedRequest,
  type HeaderReader,
} from "../proxy/forwarded.ts";
import { applyQueryRules, createQueryRulesCache } from "../rules/query.ts";
import { checkRequirements } from "../rules/requirement.ts";
import { ruleRequestOf } from "../rules/request.ts";
import type { RouteDeps } from "./context.ts";
import { addCookies, NO_STORE, plainProblem } from "./responses.ts";

/** traefik and caddy speak X-Forwarded-*; nginx's auth_request speaks X-Original-URL. */
export type ProxyFlavour = "traefik" | "caddy" | "nginx";

const UNAUTHORIZED: LoginChallenge = { kind: "unauthorized" };

interface Outcome {
  readonly decision: Decision;
  readonly response: Response;
}

/**
 * The question the proxy asks before every request: who is this? The rules decide what the
 * request needs (nothing, a login meeting requirements, or nothing at all: deny); the session
 * cookie, or a bearer token from the same provider, says who it is. 200 with identity headers,
 * 403 when signed in but not allowed (or denied for everyone), otherwise a way to log in.
 */
export function authCheck(deps: RouteDeps, flavour: ProxyFlavour): Handler {
  const { config, oidc, sessions, logins, logger, meta, metrics, rules, identityJwt } = deps;
  const prefix = config.pathPrefix;
  const redirectPolicy = { cookieDomain: config.cookieDomain };
  const parse = flavour === "nginx" ? parseOriginalUrl : parseForwardedHeaders;
  const queryRules = createQueryRulesCache();
  const debugLogs = logger.debugEnabled !== false;
  // X-Forwarded-For is walked only when a rules file may hold networks: rules.
  const needsClientAddress = config.rulesFile !== undefined;
  const authHost = config.authHost;
  /** The login host's origin, with the scheme the app was reached with. */
  const authOrigin =
    authHost === undefined
      ? undefined
      : (req: ForwardedRequest) => `${req.origin.slice(0, req.origin.indexOf(":"))}://${authHost}`;

  // Identity headers are encoded once per verified identity and reused while the session cache
  // holds it; the anonymous set (allow rules without a session) once for the whole process.
  const encoded = new WeakMap<Identity, Record<string, string>>();
  const headersFor = (identity: Identity | undefined): Record<string, string> => {
    const key = identity ?? NO_IDENTITY;
    let headers = encoded.get(key);
    if (headers === undefined) {
      headers = Object.fromEntries(identityHeaders(identity, { ...meta, app: "" }));
      headers["Cache-Control"] = "no-store";
      encoded.set(key, headers);
    }
    return headers;
  };

  /** 200 for the proxy: a plain header object, which the Node adapter writes without Headers. */
  async function allow(req: ForwardedRequest, identity: Identity | undefined): Promise<Response> {
    const headers: Record<string, string> = {
      ...headersFor(identity),
      "X-authentik-meta-app": req.host,
    };
    if (identityJwt !== undefined && identity !== undefined) {
      headers["X-authentik-jwt"] = await identityJwt.sign(identity, hostName(req.host));
      headers["X-authentik-meta-jwks"] = `${authOrigin?.(req) ?? req.origin}${prefix}/jwks`;
    }
    return new Response(null, { status: 200, headers });
  }

  async function check(c: Context): Promise<Outcome> {
    const peer = peerAddress(c);
    if (!config.trustedProxies.contains(peer)) {
      // Checked before any forwarded header is read: an untrusted caller could claim any host.
      logger.warn("auth request refused: peer is not a trusted proxy", { peer, endpoint: flavour });
      return {
        decision: "untrusted",
        response: c.json(
          { error: "untrusted_proxy", message: "this endpoint only answers trusted proxies" },
          403,
          NO_STORE,
        ),
      };
    }
    const header: HeaderReader = (name) => c.req.header(name);
    const parsed = parse(header);
    if (!parsed.ok) {
      logger.info("auth request refused: malformed forwarded request", {
        peer,
        endpoint: flavour,
        reason: parsed.message,
      });
      return badRequest(c, "bad_forwarded_request", parsed.message);
    }
    const req = parsed.request;

    // Requirements in the middleware's own address (Docker-label setups), read from the auth
    // request's URL, never from the forwarded one. Only Traefik's: its forwardAuth calls the
    // configured address as written, while Caddy's forward_auth passes the client's own query
    // on to the auth request, where it must never count.
    const url = flavour === "traefik" ? requestTarget(c) : "";
    const q = url.indexOf("?");
    const overlay = q === -1 || q === url.length - 1 ? undefined : queryRules(url.slice(q + 1));
    if (overlay !== undefined && !overlay.ok) {
      logger.warn("auth request refused: bad rules in the middleware address", {
        endpoint: flavour,
        reason: overlay.problems.join("; "),
      });
      return badRequest(c, "bad_middleware_query", overlay.problems.join("; "));
    }
    const ruleRequest = ruleRequestOf(
      req,
      header,
      peer,
      needsClientAddress ? config.trustedProxies : undefined,
    );
    const fileDecision = rules().decide(ruleRequest);
    const decision =
      overlay === undefined
        ? fileDecision
        : applyQueryRules(fileDecision, overlay.overlay, ruleRequest);
    if (debugLogs) {
      logger.debug("rule decision", {
        host: req.host,
        path: req.path,
        decision: decision.kind,
        reason: decision.reason,
      });
    }

    if (decision.kind === "deny") {
      return {
        decision: "forbidden",
        response: plainProblem(
          c.req.header("accept"),
          403,
          "forbidden",
          "Access denied",
          `${req.host} does not allow this address.`,
        ),
      };
    }

    const session = await sessions.read(cookieGetter(header("cookie")));
    let identity = session?.identity;
    const authorization = identity === undefined ? header("authorization") : undefined;
    if (authorization !== undefined && /^bearer /i.test(authorization)) {
      const bearer = await verifyBearer(c, req, authorization.slice(7).trim());
      if (!("decision" in bearer)) identity = bearer.identity;
      // On an allow path a token that is not ours (the app's own API tokens) is no reason to
      // refuse: the request passes without a user, as it would without the header.
      else if (decision.kind !== "allow") return bearer;
    }

    if (decision.kind === "allow") {
      // No login needed; the headers still carry a signed-in user, and are empty (not absent)
      // otherwise, so a proxy still overwrites whatever the client sent.
      return { decision: "allow", response: await allow(req, identity) };
    }

    if (identity !== undefined) {
      const access = checkRequirements(identity, decision.requirements);
      if (access.allowed) return { decision: "allow", response: await allow(req, identity) };
      logger.info("access denied", {
        user: identity.username,
        host: req.host,
        rule: decision.reason,
        reason: access.reason,
      });
      return {
        decision: "forbidden",
        response: plainProblem(
          c.req.header("accept"),
          403,
          "forbidden",
          "Access denied",
          `You are signed in as ${identity.username}, but this account may not use ${req.host}.`,
          [{ href: signOutUrl(req), label: "Sign in as someone else" }],
        ),
      };
    }

    if (!oidc.readiness().ready) {
      oidc.nudge();
      return unavailable(c, req);
    }

    // nginx turns any 3xx from auth_request into a 500, so it always gets the 401 and its
    // error_page asks again at the X-Forwarded-* endpoint.
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
        return {
          decision: "redirect",
          response: c.body(null, challenge.status, { Location: location, ...NO_STORE }),
        };
      }
      const pending = logins.begin(`${req.origin}${prefix}/callback`, returnTo, requestCookies(c));
      const location = oidc.authorizationUrl(pending.state);
      if (location !== undefined) {
        addCookies(c, pending.setCookies);
        return {
          decision: "redirect",
          response: c.body(null, challenge.status, { Location: location, ...NO_STORE }),
        };
      }
    }
    return { decision: "unauthorized", response: unauthorized(c, req, undefined) };
  }

  /** A bearer token: its identity, or the 401 (or 503) that says why not. */
  async function verifyBearer(
    c: Context,
    req: ForwardedRequest,
    token: string,
  ): Promise<Outcome | { identity: Identity }> {
    try {
      return { identity: await oidc.verifyBearer(token, config.tokenAudiences) };
    } catch (error) {
      if (error instanceof BearerError) {
        logger.warn("bearer token refused", { host: req.host, reason: error.description });
        return { decision: "unauthorized", response: unauthorized(c, req, error) };
      }
      if (error instanceof OidcError && error.code === "provider_unavailable") {
        oidc.nudge();
        return unavailable(c, req);
      }
      throw error;
    }
  }

  function unauthorized(
    c: Context,
    req: ForwardedRequest,
    error: BearerError | undefined,
  ): Response {
    const loginUrl = `${authOrigin?.(req) ?? req.origin}${prefix}/start?rd=${encodeURIComponent(`${req.origin}/`)}`;
    return plainProblem(
      c.req.header("accept"),
      401,
      error === undefined ? "unauthorized" : "invalid_token",
      "Sign-in required",
      error === undefined
        ? "Sign in to continue."
        : `The bearer token was refused: ${error.description}.`,
      [{ href: loginUrl, label: "Sign in" }],
      {
        // RFC 9110 section 11.6.1: a 401 carries a challenge; RFC 6750 section 3 says why.
        "WWW-Authenticate": bearerChallenge(error, req.host),
        "X-Forward-Auth-Login": loginUrl,
      },
    );
  }

  function unavailable(c: Context, req: ForwardedRequest): Outcome {
    return {
      decision: "unavailable",
      response: plainProblem(
        c.req.header("accept"),
        503,
        "provider_unavailable",
        "Sign-in unavailable",
        "The identity provider cannot be reached right now. Try again in a moment.",
        [{ href: req.url, label: "Try again" }],
        { "Retry-After": "5" },
      ),
    };
  }

  function signOutUrl(req: ForwardedRequest): string {
    return `${req.origin}${prefix}/sign_out?rd=${encodeURIComponent(req.url)}`;
  }

  return async function authCheckHandler(c: Context) {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = await check(c);
    } catch (error) {
      // Counted, then answered by the app's error handler (a generic 500, the detail logged).
      metrics.authCheck(flavour, "error", 500, (performance.now() - started) / 1000);
      throw error;
    }
    const { decision, response } = outcome;
    metrics.authCheck(flavour, decision, response.status, (performance.now() - started) / 1000);
    return response;
  };
}

function badRequest(c: Context, error: string, message: string): Outcome {
  return { decision: "bad_request", response: c.json({ error, message }, 400, NO_STORE) };
}
