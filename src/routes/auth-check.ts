import { NO_IDENTITY, type Identity } from "../auth/identity.ts";
import { identityHeaders } from "../auth/identity-headers.ts";
import { loginChallenge, UNAUTHORIZED } from "../auth/navigation.ts";
import { createSelfRedirect } from "../auth/redirect.ts";
import {
  jsonAnswer,
  NO_STORE,
  type Answer,
  type PlainRequest,
  type PlainRoute,
} from "../http/answer.ts";
import { backTo } from "../http/pages.ts";
import { cookieGetter, parseCookies } from "../http/request-info.ts";
import type { Decision } from "../metrics/metrics.ts";
import { bearerChallenge, BearerError } from "../oidc/bearer.ts";
import { OidcError } from "../oidc/errors.ts";
import {
  hostName,
  parseForwardedHeaders,
  parseOriginalUrl,
  type ForwardedRequest,
} from "../proxy/forwarded.ts";
import { clientAddress } from "../proxy/client-address.ts";
import { parseAddress } from "../proxy/trusted-proxies.ts";
import { createQueryRulesCache } from "../rules/query.ts";
import { decideEveryReading } from "../rules/readings.ts";
import { checkRequirements } from "../rules/requirement.ts";
import type { RuleDecision } from "../rules/types.ts";
import type { Session } from "../session/session-cookie.ts";
import { ruleRequestOf } from "../rules/request.ts";
import { audit } from "./audit.ts";
import type { RouteDeps } from "./context.ts";
import { servicePageUrl } from "./origin.ts";
import { plainProblem } from "./responses.ts";

/** traefik and caddy speak X-Forwarded-*; nginx's auth_request speaks X-Original-URL. */
export type ProxyFlavour = "traefik" | "caddy" | "nginx";

/** Deny is answered before the session is read. */
type NotDenied = Exclude<RuleDecision, { kind: "deny" }>;

interface Outcome {
  readonly decision: Decision;
  readonly response: Answer;
}

/**
 * The question the proxy asks before every request: who is this? The rules decide what the
 * request needs (nothing, a login meeting requirements, or nothing at all: deny); the session
 * cookie, or a bearer token from the same provider, says who it is. 200 with identity headers,
 * 403 when signed in but not allowed (or denied for everyone), otherwise a way to log in.
 */
export function createAuthCheck(deps: RouteDeps, flavour: ProxyFlavour): PlainRoute {
  const { config, oidc, sessions, logins, logger, meta, metrics, rules, identityJwt } = deps;
  const prefix = config.pathPrefix;
  const returnAddress = createSelfRedirect({ cookieDomain: config.cookieDomain });
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

  // The 200 for an identity at an app is built once and reused while the session cache holds the
  // identity: the hot path's answer is a lookup, not seventeen headers copied into new objects.
  // A user reaches a handful of apps; past HOSTS_PER_IDENTITY the answer is built each time, so
  // a session cannot grow memory by asking about many hosts. The anonymous answer (allow rules
  // without a session) is one for the whole process, so it keeps every app a homelab has.
  const answers = new WeakMap<Identity, Map<string, Outcome>>();
  const allowedFor = (identity: Identity | undefined, host: string): Outcome => {
    const key = identity ?? NO_IDENTITY;
    let byHost = answers.get(key);
    if (byHost === undefined) {
      byHost = new Map();
      answers.set(key, byHost);
    }
    let outcome = byHost.get(host);
    if (outcome === undefined) {
      const headers = Object.freeze({
        ...Object.fromEntries(identityHeaders(identity, { ...meta, app: host })),
        ...NO_STORE,
      });
      outcome = allowed(headers);
      const limit = identity === undefined ? HOSTS_ANONYMOUS : HOSTS_PER_IDENTITY;
      if (byHost.size < limit) byHost.set(host, outcome);
    }
    return outcome;
  };

  /**
   * 200 for the proxy: a plain header object, which the Node adapter writes without Headers.
   * Synchronous unless an identity JWT has to be signed afresh.
   */
  function allow(
    req: ForwardedRequest,
    identity: Identity | undefined,
  ): Outcome | Promise<Outcome> {
    const shared = allowedFor(identity, req.host);
    if (identityJwt === undefined || identity === undefined) return shared;
    const headers: Record<string, string> = { ...shared.response.headers };
    headers["X-authentik-meta-jwks"] = `${authOrigin?.(req) ?? req.origin}${prefix}/jwks`;
    const token = identityJwt.sign(identity, hostName(req.host));
    if (typeof token !== "string") {
      return token.then((signed) => {
        headers["X-authentik-jwt"] = signed;
        return allowed(headers);
      });
    }
    headers["X-authentik-jwt"] = token;
    return allowed(headers);
  }

  /**
   * Synchronous from start to answer when the session cache knows the cookie: no promise, no
   * microtask, and the Node adapter writes the response in the same tick.
   */
  function check(c: PlainRequest): Outcome | Promise<Outcome> {
    const { peer, header } = c;
    if (!config.trustedProxies.contains(peer)) {
      // Checked before any forwarded header is read: an untrusted caller could claim any host.
      const message = untrustedMessage(peer);
      logger.warn(`auth request refused: ${message}`, { peer, endpoint: flavour });
      return {
        decision: "untrusted",
        response: jsonAnswer(403, { error: "untrusted_proxy", message }),
      };
    }
    const parsed = parse(header);
    if (!parsed.ok) {
      logger.info("auth request refused: malformed forwarded request", {
        peer,
        endpoint: flavour,
        reason: parsed.message,
      });
      return badRequest("bad_forwarded_request", parsed.message);
    }
    const req = parsed.request;

    // Requirements in the middleware's own address (Docker-label setups), read from the auth
    // request's URL, never from the forwarded one. Only Traefik's: its forwardAuth calls the
    // configured address as written, while Caddy's forward_auth passes the client's own query
    // on to the auth request, where it must never count.
    const url = flavour === "traefik" ? c.target : "";
    const q = url.indexOf("?");
    const overlay = q === -1 || q === url.length - 1 ? undefined : queryRules(url.slice(q + 1));
    if (overlay !== undefined && !overlay.ok) {
      const reason = overlay.problems.join("; ");
      logger.warn("auth request refused: bad rules in the middleware address", {
        endpoint: flavour,
        reason,
      });
      return badRequest("bad_middleware_query", reason);
    }
    const ruleRequest = ruleRequestOf(
      req,
      header,
      peer,
      needsClientAddress ? config.trustedProxies : undefined,
    );
    // Once for the common request; also on the slash-merged path and on method overrides.
    const decision = decideEveryReading(rules(), ruleRequest, overlay?.overlay);
    if (debugLogs) {
      logger.debug("rule decision", {
        host: req.host,
        path: req.path,
        decision: decision.kind,
        reason: decision.reason,
      });
    }

    if (decision.kind === "deny") {
      // Answered before the session is read: the user is not known here.
      audit(logger, {
        outcome: "denied",
        host: req.host,
        client: needsClientAddress ? ruleRequest.clientAddress : clientOf(c),
        user: undefined,
        reason: "denied by rule",
        rule: decision.reason,
      });
      return {
        decision: "forbidden",
        response: plainProblem(
          header("accept"),
          403,
          "forbidden",
          "Access denied",
          `${req.host} does not allow access to this page.`,
          [backTo(req.origin)],
        ),
      };
    }

    const session = sessions.read(cookieGetter(header("cookie")));
    return session instanceof Promise
      ? session.then((s) => withSession(c, req, decision, s))
      : withSession(c, req, decision, session);
  }

  /** The rest of the check, once the session cookie (if any) is read. */
  function withSession(
    c: PlainRequest,
    req: ForwardedRequest,
    decision: NotDenied,
    session: Session | undefined,
  ): Outcome | Promise<Outcome> {
    const identity = session?.identity;
    const authorization = identity === undefined ? c.header("authorization") : undefined;
    if (authorization !== undefined && /^bearer /i.test(authorization)) {
      return verifyBearer(c, req, authorization.slice(7).trim()).then((bearer) => {
        if (!("decision" in bearer)) return withIdentity(c, req, decision, bearer.identity);
        // On an allow path a token that is not ours (the app's own API tokens) is no reason to
        // refuse: the request passes without a user, as it would without the header.
        return decision.kind === "allow" ? allow(req, undefined) : bearer;
      });
    }
    return withIdentity(c, req, decision, identity);
  }

  function withIdentity(
    c: PlainRequest,
    req: ForwardedRequest,
    decision: NotDenied,
    identity: Identity | undefined,
  ): Outcome | Promise<Outcome> {
    const { header } = c;
    if (decision.kind === "allow") {
      // No login needed; the headers still carry a signed-in user, and are empty (not absent)
      // otherwise, so a proxy still overwrites whatever the client sent.
      return allow(req, identity);
    }

    if (identity !== undefined) {
      const access = checkRequirements(identity, decision.requirements);
      if (access.allowed) return allow(req, identity);
      audit(logger, {
        outcome: "denied",
        host: req.host,
        client: clientOf(c),
        user: identity.username,
        reason: access.reason,
        rule: decision.reason,
      });
      return {
        decision: "forbidden",
        response: plainProblem(
          header("accept"),
          403,
          "forbidden",
          "Access denied",
          `You are signed in as ${identity.username}, but this account may not use ${req.host}.`,
          [{ href: signOutUrl(req), label: "Sign in as someone else" }],
        ),
      };
    }

    if (!oidc.readiness().ready) {
      // Right after a start the first discovery is usually under way: wait for it (at most
      // READY_WAIT_MS) so the first navigation reaches the login instead of a 503. Sessions
      // never get here; only requests without one wait.
      return oidc.waitReady().then((ready) => (ready ? signIn(c, req) : unavailable(c, req)));
    }
    return signIn(c, req);
  }

  /** No session: the way to log in (a redirect to the provider for a navigation), or a 401. */
  function signIn(c: PlainRequest, req: ForwardedRequest): Outcome {
    const { header } = c;
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
      const returnTo = returnAddress(req.origin, req.uri);
      if (authOrigin !== undefined) {
        // One login host: its /start keeps the attempt in a cookie of its own host, and its
        // callback is the one redirect URI registered at the provider.
        const location = servicePageUrl(authOrigin(req), prefix, "start", returnTo);
        return {
          decision: "redirect",
          response: { status: challenge.status, headers: { Location: location, ...NO_STORE } },
        };
      }
      const pending = logins.begin(
        `${req.origin}${prefix}/callback`,
        returnTo,
        parseCookies(header("cookie")),
      );
      const location = oidc.authorizationUrl(pending.state, pending.codeChallenge);
      if (location !== undefined) {
        return {
          decision: "redirect",
          response: {
            status: challenge.status,
            headers: { Location: location, ...NO_STORE },
            setCookies: pending.setCookies,
          },
        };
      }
    }
    return { decision: "unauthorized", response: unauthorized(c, req, undefined) };
  }

  /** A bearer token: its identity, or the 401 (or 503) that says why not. */
  async function verifyBearer(
    c: PlainRequest,
    req: ForwardedRequest,
    token: string,
  ): Promise<Outcome | { identity: Identity }> {
    try {
      return { identity: await oidc.verifyBearer(token, config.tokenAudiences) };
    } catch (error) {
      if (error instanceof BearerError) {
        logger.warn("bearer token refused", {
          host: req.host,
          reason: error.description,
          detail: error.detail,
        });
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
    c: PlainRequest,
    req: ForwardedRequest,
    error: BearerError | undefined,
  ): Answer {
    const loginUrl = servicePageUrl(
      authOrigin?.(req) ?? req.origin,
      prefix,
      "start",
      `${req.origin}/`,
    );
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

  function unavailable(c: PlainRequest, req: ForwardedRequest): Outcome {
    return {
      decision: "unavailable",
      response: plainProblem(
        c.header("accept"),
        503,
        "provider_unavailable",
        "Sign-in unavailable",
        `The identity provider cannot be reached right now, so ${req.host} cannot check who you are. Try again in a moment.`,
        [{ href: req.url, label: "Try again" }],
        { "Retry-After": "5" },
      ),
    };
  }

  /** The client behind the trusted proxies, for audit lines (never on the allowed path). */
  function clientOf(c: PlainRequest): string | undefined {
    return clientAddress(c.peer, c.header("x-forwarded-for"), config.trustedProxies);
  }

  function signOutUrl(req: ForwardedRequest): string {
    return servicePageUrl(req.origin, prefix, "sign_out", req.url);
  }

  const finish = (outcome: Outcome, started: number): Answer => {
    const { decision, response } = outcome;
    metrics.authCheck(flavour, decision, response.status, (performance.now() - started) / 1000);
    return response;
  };
  const failed = (error: unknown, started: number): never => {
    // Counted, then answered by the app's error handler (a generic 500, the detail logged).
    metrics.authCheck(flavour, "error", 500, (performance.now() - started) / 1000);
    throw error;
  };

  // Not async: a check answered synchronously returns its answer synchronously, which the Node
  // adapter writes without awaiting anything.
  return function authCheckHandler(c: PlainRequest): Answer | Promise<Answer> {
    const started = performance.now();
    let outcome: Outcome | Promise<Outcome>;
    try {
      outcome = check(c);
    } catch (error) {
      return failed(error, started);
    }
    return outcome instanceof Promise
      ? outcome.then(
          (o) => finish(o, started),
          (error: unknown) => failed(error, started),
        )
      : finish(outcome, started);
  };
}

/** App hosts whose 200 is kept per identity, and for no identity (see allowedFor). */
const HOSTS_PER_IDENTITY = 4;
const HOSTS_ANONYMOUS = 256;

function allowed(headers: Readonly<Record<string, string>>): Outcome {
  return Object.freeze({ decision: "allow", response: Object.freeze({ status: 200, headers }) });
}

/**
 * Why a caller is refused, and the fix: the usual cause is a proxy in another container, whose
 * Docker-network address is not in the loopback default. The address is written as it is to be
 * listed (an IPv4-mapped ::ffff:172.18.0.3 as 172.18.0.3). The caller is the proxy, whose
 * address its operator knows; a direct client learns only its own.
 */
function untrustedMessage(peer: string | undefined): string {
  const address = parseAddress(peer)?.toString();
  return address === undefined
    ? "request from an unknown address is not from a trusted proxy; FORWARD_AUTH_TRUSTED_PROXIES lists the proxies that may ask"
    : `request from ${address} is not from a trusted proxy; add it (or its network) to FORWARD_AUTH_TRUSTED_PROXIES`;
}

function badRequest(error: string, message: string): Outcome {
  return { decision: "bad_request", response: jsonAnswer(400, { error, message }) };
}
