import { decide, type Credentials, type Decided, type Decision } from "../auth/decide.ts";
import type { PlainRequest } from "../http/answer.ts";
import { cookieGetter } from "../http/request-info.ts";
import type { Decision as CountedDecision } from "../metrics/metrics.ts";
import { BearerError } from "../oidc/bearer.ts";
import { OidcError } from "../oidc/errors.ts";
import { hostName, type ForwardedRequest } from "../proxy/forwarded.ts";
import { clientAddress } from "../proxy/client-address.ts";
import { createQueryRulesCache } from "../rules/query.ts";
import { decideEveryReading } from "../rules/readings.ts";
import { ruleRequestOf } from "../rules/request.ts";
import type { Session } from "../session/session-cookie.ts";
import type { RuleDecision, RuleRequest } from "../rules/types.ts";
import { audit } from "./audit.ts";
import type { RouteDeps } from "./context.ts";
import {
  createAuthRenderer,
  FLAVOURS,
  renderRefusal,
  untrustedMessage,
  type ProxyFlavour,
  type Rendered,
} from "./render-auth.ts";

export type { ProxyFlavour } from "./render-auth.ts";

/** One auth check: the decision made and the answer for the proxy. */
export type AuthCheck = (request: PlainRequest) => Rendered | Promise<Rendered>;

/**
 * The question the proxy asks before every request: who is this? In order: is the caller a
 * trusted proxy; what request does it forward; what do the rules say; who is the user (session
 * cookie, or a bearer token from the same provider); then decide (auth/decide.ts) and answer as
 * this proxy flavour expects (render-auth.ts). 200 with identity headers, 403 when signed in but
 * not allowed (or denied for everyone), otherwise a way to log in.
 */
export function createAuthCheck(deps: RouteDeps, flavour: ProxyFlavour): AuthCheck {
  const { config, oidc, sessions, logger, metrics, rules, identityJwt } = deps;
  const { parse, middlewareRules, redirects } = FLAVOURS[flavour];
  const render = createAuthRenderer(deps);
  const queryRules = createQueryRulesCache();
  const debugLogs = logger.debugEnabled !== false;
  // X-Forwarded-For is walked only when a rules file may hold networks: rules.
  const needsClientAddress = config.rulesFile !== undefined;

  /**
   * Trust, parse and rules, which need no I/O: the request and the rules' verdict, or the
   * refusal logged and rendered before anything else of the request is read.
   */
  function ask(c: PlainRequest): Asked | Rendered {
    const { peer, header } = c;
    // Checked before any forwarded header is read: an untrusted caller could claim any host.
    if (!config.trustedProxies.contains(peer)) {
      const message = untrustedMessage(peer);
      logger.warn(`auth request refused: ${message}`, { peer, endpoint: flavour });
      return renderRefusal({ kind: "untrusted", peer });
    }
    const parsed = parse(header);
    if (!parsed.ok) {
      const { message } = parsed;
      logger.info("auth request refused: malformed forwarded request", {
        peer,
        endpoint: flavour,
        reason: message,
      });
      return renderRefusal({ kind: "bad_request", error: "bad_forwarded_request", message });
    }
    const req = parsed.request;
    // Requirements in the middleware's own address, read from the auth request's URL, never
    // from the forwarded one.
    const url = middlewareRules ? c.target : "";
    const q = url.indexOf("?");
    const overlay = q === -1 || q === url.length - 1 ? undefined : queryRules(url.slice(q + 1));
    if (overlay !== undefined && !overlay.ok) {
      const message = overlay.problems.join("; ");
      logger.warn("auth request refused: bad rules in the middleware address", {
        endpoint: flavour,
        reason: message,
      });
      return renderRefusal({ kind: "bad_request", error: "bad_middleware_query", message });
    }
    const ruleRequest = ruleRequestOf(
      req,
      header,
      peer,
      needsClientAddress ? config.trustedProxies : undefined,
    );
    // Once for the common request; also on the slash-merged path and on method overrides.
    const verdict = decideEveryReading(rules(), ruleRequest, overlay?.overlay);
    if (debugLogs) {
      logger.debug("rule decision", {
        host: req.host,
        path: req.path,
        decision: verdict.kind,
        reason: verdict.reason,
      });
    }
    return { req, ruleRequest, verdict };
  }

  /** What decide() needs besides the credentials: how to ask for a login, and whether one can start. */
  function decideFor(c: PlainRequest, asked: Asked, credentials: Credentials): Decided {
    const { req, verdict } = asked;
    // Only a request without a user that needs one is asked how to log in (decide.ts), so a
    // signed-in check reads none of these headers.
    if (credentials.kind === "user" || verdict.kind !== "authenticate") {
      return decide({ verdict, credentials, hints: undefined, providerReady: true });
    }
    const hints = redirects
      ? {
          method: req.method,
          proto: req.proto,
          secFetchMode: c.header("sec-fetch-mode"),
          accept: c.header("accept"),
          xRequestedWith: c.header("x-requested-with"),
          upgrade: c.header("upgrade"),
        }
      : undefined;
    return decide({ verdict, credentials, hints, providerReady: oidc.readiness().ready });
  }

  /** A 403 is an audit line: who was refused where, by which rule. */
  function auditDenial(c: PlainRequest, asked: Asked, decision: Decided): void {
    if (decision.kind !== "deny" && decision.kind !== "forbidden") return;
    const client =
      decision.kind === "deny" && needsClientAddress
        ? asked.ruleRequest.clientAddress
        : clientAddress(c.peer, c.header("x-forwarded-for"), config.trustedProxies);
    audit(logger, {
      outcome: "denied",
      host: asked.req.host,
      client,
      user: decision.kind === "forbidden" ? decision.identity.username : undefined,
      reason: decision.kind === "forbidden" ? decision.reason : "denied by rule",
      rule: decision.rule,
    });
  }

  /** Without a session: the user of a bearer token (RFC 6750 section 2.1), if one is sent. */
  async function bearerOf(c: PlainRequest, req: ForwardedRequest): Promise<Credentials> {
    const authorization = c.header("authorization");
    if (authorization === undefined || !/^bearer /i.test(authorization)) return NO_CREDENTIALS;
    try {
      const identity = await oidc.verifyBearer(
        authorization.slice(7).trim(),
        config.tokenAudiences,
      );
      return { kind: "user", identity };
    } catch (error) {
      if (error instanceof BearerError) {
        logger.warn("bearer token refused", {
          host: req.host,
          reason: error.description,
          detail: error.detail,
        });
        return { kind: "bearer_refused", error };
      }
      if (error instanceof OidcError && error.code === "provider_unavailable") {
        oidc.nudge();
        return { kind: "bearer_unchecked" };
      }
      throw error;
    }
  }

  /** Decide, log a 403, render: the end of every check once the credentials are known. */
  function answer(
    c: PlainRequest,
    asked: Asked,
    decision: Decided,
    session: Session | undefined,
    jwt?: string,
  ): Rendered {
    auditDenial(c, asked, decision);
    return render(decision, c, asked.req, jwt, session);
  }

  /** The check when something has to be awaited: a sealed cookie, a bearer token, the provider. */
  async function awaited(
    c: PlainRequest,
    asked: Asked,
    read: Session | undefined | Promise<Session | undefined>,
  ): Promise<Rendered> {
    const { req, verdict } = asked;
    const session = await read;
    const credentials: Credentials =
      session !== undefined
        ? { kind: "user", identity: session.identity }
        : verdict.kind === "deny" || (verdict.kind === "allow" && !oidc.readiness().ready)
          ? // A deny needs no user; an allow path passes anyway, so a token there (an app's own
            // API token) must not wait for a provider that is not ready (oidc/client.ts waits).
            NO_CREDENTIALS
          : await bearerOf(c, req);
    let decision = decideFor(c, asked, credentials);
    if (decision.kind === "unavailable" && credentials.kind === "none") {
      // Right after a start the first discovery is usually under way: wait for it (at most
      // READY_WAIT_MS) so the first navigation reaches the login instead of a 503.
      if (await oidc.waitReady()) decision = decideFor(c, asked, credentials);
    }
    const jwt =
      decision.kind === "allow" && decision.identity !== undefined && identityJwt !== undefined
        ? await identityJwt.sign(decision.identity, hostName(req.host))
        : undefined;
    return answer(c, asked, decision, session, jwt);
  }

  const count = (rendered: Rendered, started: number): Rendered => {
    const { decision, answer } = rendered;
    metrics.authCheck(flavour, COUNTED[decision.kind], answer.status, seconds(started));
    return rendered;
  };
  const failed = (error: unknown, started: number): never => {
    // Counted, then answered by the app's error handler (a generic 500, the detail logged).
    metrics.authCheck(flavour, "error", 500, seconds(started));
    throw error;
  };

  /**
   * The one place a check may end without a promise: a session the cache knows (or no cookie)
   * needs nothing awaited, and is answered in the same tick, as it is before every request to
   * every app. Anything else takes `awaited`.
   */
  return function authCheck(c: PlainRequest): Rendered | Promise<Rendered> {
    const started = performance.now();
    try {
      const asked = ask(c);
      if ("answer" in asked) return count(asked, started);
      // The session, or a bearer token; neither is read for a deny (the user is not known).
      const read =
        asked.verdict.kind === "deny" ? undefined : sessions.read(cookieGetter(c.header("cookie")));
      if (read !== undefined && !(read instanceof Promise) && identityJwt === undefined) {
        const credentials: Credentials = { kind: "user", identity: read.identity };
        return count(answer(c, asked, decideFor(c, asked, credentials), read), started);
      }
      return awaited(c, asked, read).then(
        (rendered) => count(rendered, started),
        (error: unknown) => failed(error, started),
      );
    } catch (error) {
      return failed(error, started);
    }
  };
}

/** The forwarded request and the rules' verdict on it. */
interface Asked {
  readonly req: ForwardedRequest;
  readonly ruleRequest: RuleRequest;
  readonly verdict: RuleDecision;
}

const NO_CREDENTIALS: Credentials = Object.freeze({ kind: "none" });

/** The requests counter's names for the decisions (metrics.ts; dashboards read them). */
const COUNTED: Readonly<Record<Decision["kind"], CountedDecision>> = {
  allow: "allow",
  login: "redirect",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  deny: "forbidden",
  unavailable: "unavailable",
  bad_request: "bad_request",
  untrusted: "untrusted",
};

function seconds(started: number): number {
  return (performance.now() - started) / 1000;
}
