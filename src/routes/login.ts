import type { Handler } from "hono";
import type { Identity } from "../auth/identity.ts";
import { normalizePath } from "../auth/path.ts";
import type { AccessDecision } from "../auth/policy.ts";
import { decideEveryReading } from "../rules/readings.ts";
import { checkRequirements } from "../rules/requirement.ts";
import { checkRedirect, safeRedirect } from "../auth/redirect.ts";
import { requestCookies } from "../http/request-info.ts";
import { OidcError } from "../oidc/errors.ts";
import { SessionTooLargeError } from "../session/session-cookie.ts";
import type { RouteDeps } from "./context.ts";
import { browserOrigin, servicePageUrl } from "./origin.ts";
import { addCookies, badHost, problem, redirect } from "./responses.ts";

/** GET <prefix>/start?rd=URL: begin a login and send the browser to the provider. */
export function start(deps: RouteDeps): Handler {
  const { config, oidc, logins } = deps;
  return async function startHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const returnTo = safeRedirect(c.req.query("rd"), origin, { cookieDomain: config.cookieDomain });
    // Right after a start the first discovery may be under way: wait for it, bounded (see
    // READY_WAIT_MS), rather than answer 503 at once.
    if (!oidc.readiness().ready) await oidc.waitReady();
    const pending = logins.begin(
      `${origin}${config.pathPrefix}/callback`,
      returnTo,
      requestCookies(c),
    );
    // undefined until discovery and keys are loaded.
    const location = oidc.authorizationUrl(pending.state, pending.codeChallenge);
    if (location === undefined) {
      return problem(
        c,
        503,
        "provider_unavailable",
        "Sign-in unavailable",
        "The identity provider cannot be reached right now. Try again in a moment.",
        [
          {
            href: servicePageUrl(origin, config.pathPrefix, "start", returnTo),
            label: "Try again",
          },
        ],
        { "Retry-After": "5" },
      );
    }
    addCookies(c, pending.setCookies);
    return redirect(c, location);
  };
}

/** GET <prefix>/callback: finish the login the provider sent back. */
export function callback(deps: RouteDeps): Handler {
  const { config, oidc, sessions, logins, logger, rules } = deps;
  const prefix = config.pathPrefix;
  const accessAt = (target: string, identity: Identity): AccessDecision => {
    const url = URL.parse(target);
    const path = normalizePath(url?.pathname ?? "/");
    if (url === null || !path.ok) return { allowed: false, reason: "return address unreadable" };
    const decision = decideEveryReading(
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
    if (decision.kind === "deny") return { allowed: false, reason: decision.reason };
    if (decision.kind === "allow") return { allowed: true };
    return checkRequirements(identity, decision.requirements);
  };
  const redirectPolicy = { cookieDomain: config.cookieDomain };

  return async function callbackHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    const startOver = (rd: string) => ({
      href: servicePageUrl(origin, prefix, "start", rd),
      label: "Sign in again",
    });
    const state = c.req.query("state");
    const cookies = requestCookies(c);
    const login = state === undefined ? undefined : logins.find(state, cookies);
    if (login === undefined || state === undefined) {
      // Expired (over 10 minutes), opened in another browser, already used, or forged.
      logger.warn("callback refused: no login attempt matches its state", {
        hasState: state !== undefined,
      });
      return problem(
        c,
        400,
        "login_expired",
        "This sign-in link has expired",
        "The sign-in took too long, was already completed, or was started in another browser. Start again to continue.",
        [startOver(`${origin}/`)],
      );
    }
    c.header("Set-Cookie", logins.clear(state), { append: true });
    // The cookie's return URL is not sealed: the same rules as for `rd`, before any use of it.
    const returnTo = safeRedirect(login.returnTo, origin, redirectPolicy);

    const error = c.req.query("error");
    if (error !== undefined) {
      // RFC 6749 section 4.1.2.1: the provider refused (access_denied) or failed.
      const code = /^[a-z_]{1,64}$/.test(error) ? error : "invalid_error";
      logger.info("provider returned an error", { error: code });
      return problem(
        c,
        403,
        code,
        "Sign-in was not completed",
        `The identity provider answered: ${code}.`,
        [startOver(returnTo)],
      );
    }
    const code = c.req.query("code");
    if (code === undefined || code === "" || code.length > 4096) {
      return problem(
        c,
        400,
        "missing_code",
        "Sign-in was not completed",
        "The identity provider sent no authorization code.",
        [startOver(returnTo)],
      );
    }

    let result;
    try {
      result = await oidc.completeLogin(code, login);
    } catch (err) {
      if (!(err instanceof OidcError)) throw err;
      logger.warn("login failed", { error: err.code, reason: err.message });
      if (err.code === "token_rejected") {
        return problem(
          c,
          400,
          "code_rejected",
          "Sign-in was not completed",
          "The sign-in code was refused: it may have expired or been used already. Start again to continue.",
          [startOver(returnTo)],
        );
      }
      if (err.code === "client_rejected") {
        return problem(
          c,
          502,
          err.code,
          "Sign-in is misconfigured",
          "The identity provider refused this service's client credentials. Ask your administrator to run `forward-auth check`.",
        );
      }
      const status = err.code === "provider_unavailable" ? 503 : 502;
      return problem(
        c,
        status,
        err.code,
        "Sign-in failed",
        "The identity provider's answer could not be used. Try again, or ask your administrator to check the logs.",
        [startOver(returnTo)],
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
    const { identity } = result;

    // The requirement of the page the user is going to: the global one without a rules file,
    // the app's or rule's with one. Requirements added by a middleware address are checked on
    // the next auth check.
    const access = accessAt(returnTo, identity);
    if (!access.allowed) {
      logger.info("access denied at login", { user: identity.username, reason: access.reason });
      return problem(
        c,
        403,
        "forbidden",
        "Access denied",
        `You signed in as ${identity.username}, but this account may not use this app.`,
        [
          {
            href: servicePageUrl(origin, prefix, "sign_out", returnTo),
            label: "Sign in as someone else",
          },
        ],
      );
    }
    let setCookies: string[];
    try {
      setCookies = await sessions.write(identity, cookies);
    } catch (err) {
      if (!(err instanceof SessionTooLargeError)) throw err;
      logger.error("session too large", {
        user: identity.username,
        groups: identity.groups.length,
        reason: err.message,
      });
      return problem(
        c,
        500,
        "session_too_large",
        "Sign-in failed",
        "Your account has more groups than fit in a browser session. Ask your administrator to limit the groups sent to this app.",
      );
    }
    addCookies(c, setCookies);
    logger.info("login", { user: identity.username, groups: identity.groups.length });
    return redirect(c, returnTo);
  };
}

/** GET|POST <prefix>/sign_out: clear the session here, then at the provider when it offers that. */
export function signOut(deps: RouteDeps): Handler {
  const { config, oidc, sessions } = deps;
  return function signOutHandler(c) {
    const origin = browserOrigin(c, config);
    if (origin === undefined) return badHost(c);
    addCookies(c, sessions.clear(requestCookies(c)));
    // Only a valid rd becomes post_logout_redirect_uri: the provider accepts registered URIs
    // only, and an app root the operator never registered would turn sign-out into an error.
    const checked = checkRedirect(c.req.query("rd"), origin, { cookieDomain: config.cookieDomain });
    const target = checked.ok ? checked.url : undefined;
    const end = oidc.endSessionUrl(target);
    if (end !== undefined) return redirect(c, end);
    if (target !== undefined) return redirect(c, target);
    return problem(c, 200, "signed_out", "Signed out", "You have been signed out.", [
      { href: `${origin}/`, label: "Back to the app" },
    ]);
  };
}
