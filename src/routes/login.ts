import type { Handler } from "hono";
import type { Identity } from "../auth/identity.ts";
import { normalizePath } from "../auth/path.ts";
import { decide, type Decided } from "../auth/decide.ts";
import { decideEveryReading } from "../rules/readings.ts";
import { safeRedirect } from "../auth/redirect.ts";
import { requestCookies } from "../http/request-info.ts";
import { OidcError } from "../oidc/errors.ts";
import { SessionTooLargeError } from "../session/session-cookie.ts";
import { audit, requestClient } from "./audit.ts";
import type { RouteDeps } from "./context.ts";
import { browserOrigin, servicePageUrl } from "./origin.ts";
import { addCookies, badHost, problem, redirect } from "./responses.ts";
import { providerFailure, signInFailure, type SignInFailure } from "./sign-in-error.ts";
import { crossSiteRefusal, endSession, endSessionGate } from "./sign-out.ts";

/**
 * How far before a fresh-login attempt began its ID token's auth_time may be: the provider's
 * clock against this service's. Small, since it is also how soon after a sign-in a provider that
 * ignores prompt=login could slip the same user through.
 */
const FRESH_LOGIN_SKEW_SECONDS = 10;

/**
 * GET <prefix>/start?rd=URL: begin a login and send the browser to the provider. With
 * `prompt=login` ("Sign in as someone else"): end the current session first and ask the
 * provider for credentials again (see LoginState.freshLogin).
 */
export function start(deps: RouteDeps): Handler {
  const { config, oidc, logins, logger } = deps;
  const policy = { cookieDomain: config.cookieDomain };
  return async function startHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const returnTo = safeRedirect(c.req.query("rd"), origin, policy);
    const prompt = c.req.query("prompt");
    if (prompt !== undefined && prompt !== "login") {
      return problem(
        c,
        400,
        "bad_prompt",
        "Bad request",
        `The only prompt a sign-in can ask for is "login" (got ${JSON.stringify(prompt.slice(0, 40))}).`,
      );
    }
    const freshLogin = prompt === "login";
    // Ending the session is what sign_out does, behind the same gate: never for another site's
    // <img> or fetch. A cross-site navigation ("confirm") still gets the fresh login, but the
    // session it cannot end stays until the new one replaces it at the callback.
    const gate = freshLogin ? endSessionGate(c, origin, policy) : "proceed";
    if (gate === "refuse") return crossSiteRefusal(c, origin);
    // Right after a start the first discovery may be under way: wait for it, bounded (see
    // READY_WAIT_MS), rather than answer 503 at once.
    if (!oidc.readiness().ready) await oidc.waitReady();
    const pending = logins.begin(
      `${origin}${config.pathPrefix}/callback`,
      returnTo,
      requestCookies(c),
      { freshLogin },
    );
    // undefined until discovery and keys are loaded.
    const location = oidc.authorizationUrl(pending.state, pending.codeChallenge);
    if (location === undefined) {
      return problem(
        c,
        503,
        "provider_unavailable",
        "Sign-in unavailable",
        `The identity provider cannot be reached right now, so you cannot sign in to ${new URL(returnTo).host}. Try again in a moment.`,
        [
          {
            href: servicePageUrl(origin, config.pathPrefix, "start", returnTo),
            label: "Try again",
          },
        ],
        { "Retry-After": "5" },
      );
    }
    if (freshLogin && gate === "proceed") {
      const user = await endSession(c, deps);
      audit(logger, {
        outcome: "sign_out",
        host: new URL(origin).host,
        client: requestClient(c, config),
        user,
        reason: "switch_account",
      });
    }
    addCookies(c, pending.setCookies);
    return redirect(c, location);
  };
}

/** GET <prefix>/callback: finish the login the provider sent back. */
export function callback(deps: RouteDeps): Handler {
  const { config, oidc, sessions, logins, logger, rules } = deps;
  /** The auth check's decision for this user at the page the login returns to. */
  const accessAt = (target: string, identity: Identity): Decided => {
    const url = URL.parse(target);
    const path = normalizePath(url?.pathname ?? "/");
    if (url === null || !path.ok) return { kind: "deny", rule: "return address unreadable" };
    const verdict = decideEveryReading(
      rules(),
      {
        host: url.host,
        path: path.path,
        method: "GET",
        methodOverrides: [],
        clientAddress: undefined,
        origin: undefined,
        accessControlRequestMethod: undefined,
      },
      undefined,
    );
    return decide({
      verdict,
      credentials: { kind: "user", identity },
      hints: undefined,
      providerReady: true,
    });
  };
  const redirectPolicy = { cookieDomain: config.cookieDomain };

  return async function callbackHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const client = requestClient(c, config);
    /**
     * The audit line and the answer of a callback that sets no session. With `denial` (the
     * requirement the user does not meet) it is logged as a denial, like the auth check's 403.
     */
    const refuse = (reason: SignInFailure, returnTo: string, user?: string, denial?: string) => {
      audit(logger, {
        outcome: denial === undefined ? "callback_refused" : "denied",
        host: new URL(returnTo).host,
        client,
        user,
        reason: denial ?? reason,
      });
      return signInFailure(c, deps, origin, reason, returnTo);
    };
    const state = c.req.query("state");
    const cookies = requestCookies(c);
    const login = state === undefined ? undefined : logins.find(state, cookies);
    if (login === undefined || state === undefined) {
      // Expired (over 10 minutes), opened in another browser, already used, or forged: the
      // return URL is unknown, so the page offers this host's root.
      return refuse("login_expired", `${origin}/`);
    }
    c.header("Set-Cookie", logins.clear(state), { append: true });
    // The cookie's return URL is not sealed: the same rules as for `rd`, before any use of it.
    const returnTo = safeRedirect(login.returnTo, origin, redirectPolicy);

    const error = c.req.query("error");
    if (error !== undefined) {
      // RFC 6749 section 4.1.2.1: the provider refused (access_denied) or failed.
      return refuse(providerFailure(error), returnTo);
    }
    const code = c.req.query("code");
    if (code === undefined || code === "" || code.length > 4096) {
      return refuse("missing_code", returnTo);
    }

    let result;
    try {
      result = await oidc.completeLogin(code, login);
    } catch (err) {
      if (!(err instanceof OidcError)) throw err;
      // The detail is for the operator; the audit line and the page carry the stable code.
      logger.warn("login failed", { error: err.code, reason: err.message });
      return refuse(err.code === "token_rejected" ? "code_rejected" : err.code, returnTo);
    }

    // "Sign in as someone else" asked for credentials again; a provider that skipped the prompt
    // (an ID token without auth_time, or one from before the attempt) would sign the previous
    // user in again unnoticed. FRESH_LOGIN_SKEW_SECONDS allows for the provider's clock.
    if (
      login.freshLogin &&
      (result.authTime === undefined ||
        result.authTime < login.createdAt - FRESH_LOGIN_SKEW_SECONDS)
    ) {
      logger.warn("login without fresh authentication", {
        auth_time: result.authTime ?? "none",
        started: login.createdAt,
      });
      return refuse(
        "stale_authentication",
        returnTo,
        result.ok ? result.identity.username : result.user,
      );
    }
    if (!result.ok) {
      // More groups (or a longer value) than an identity holds. Trimming would change what the
      // user may do, so the login is refused, as a session too large for its cookies is below
      // and with the same status: 500, because it is this service's bound that cannot hold a
      // valid answer. Not 403 (no rule refused this user, and signing in as someone else is not
      // the fix) and not 502 (the provider's answer is well-formed OpenID Connect).
      const { problem: claim } = result;
      logger.error("identity too large", {
        user: result.user,
        problem: claim.code,
        claim: claim.claim,
        reason: claim.message,
      });
      return problem(
        c,
        500,
        claim.code,
        "Sign-in failed",
        `The identity provider sent more than this service can keep (${claim.message}). Ask your administrator to limit the ${claim.claim} sent to this app.`,
      );
    }
    const { identity, sid } = result;

    // The requirement of the page the user is going to: the global one without a rules file,
    // the app's or rule's with one. Requirements added by a middleware address are checked on
    // the next auth check.
    const access = accessAt(returnTo, identity);
    if (access.kind !== "allow") {
      const why =
        access.kind === "forbidden"
          ? access.reason
          : access.kind === "deny"
            ? access.rule
            : access.kind;
      return refuse("forbidden", returnTo, identity.username, why);
    }
    let setCookies: string[];
    try {
      setCookies = await sessions.write(identity, cookies, { sid });
    } catch (err) {
      if (!(err instanceof SessionTooLargeError)) throw err;
      logger.error("session too large", {
        user: identity.username,
        groups: identity.groups.length,
        reason: err.message,
      });
      return refuse("session_too_large", returnTo, identity.username);
    }
    addCookies(c, setCookies);
    audit(logger, {
      outcome: "login",
      host: new URL(returnTo).host,
      client,
      user: identity.username,
    });
    return redirect(c, returnTo);
  };
}
