import type { Context, Handler, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createBoundedCache } from "../cache/bounded-cache.ts";
import { NO_STORE } from "../http/answer.ts";
import { OidcError } from "../oidc/errors.ts";
import {
  LOGOUT_TOKEN_MAX_AGE_SECONDS,
  LogoutTokenError,
  MAX_LOGOUT_TOKEN_LENGTH,
} from "../oidc/logout-token.ts";
import type { Revocation } from "../revocation/revocation-list.ts";
import { audit, requestClient } from "./audit.ts";
import type { RouteDeps } from "./context.ts";

/** The form carries one logout token (at most MAX_LOGOUT_TOKEN_LENGTH) and its field name. */
const MAX_BACKCHANNEL_BODY_BYTES = MAX_LOGOUT_TOKEN_LENGTH + 1024;

/**
 * The jtis of accepted logout tokens, each kept until its iat + LOGOUT_TOKEN_MAX_AGE_SECONDS,
 * after which the token is refused as too old anyway. A jti is at most 1024 characters, so this
 * is at most about 10 MB, and a few hundred KB for real jtis (oidc-provider's are 21 characters).
 * Only genuine tokens enter it (every other check passed). Reached only by 10 000 logouts within
 * ten minutes; past it the oldest jti is forgotten first, which can only let a replay of that
 * genuine token through, and a replay revokes what the token revoked the first time: nothing.
 */
const MAX_REPLAY_ENTRIES = 10_000;

/** The Content-Type section 2.5 of Back-Channel Logout 1.0 names. */
const FORM_TYPE = "application/x-www-form-urlencoded";

/**
 * OpenID Connect Back-Channel Logout 1.0 section 2.8: 400 with an OAuth 2.0 error (RFC 6749
 * section 5.2) naming what failed, never cached. Also 413 for a body over the bound.
 */
function refuse(c: Context, description: string, status: 400 | 413 = 400): Response {
  return c.json({ error: "invalid_request", error_description: description }, status, NO_STORE);
}

/** Bounds the body before anything reads it (a Content-Length over it is refused unread). */
export const backchannelBodyLimit: MiddlewareHandler = bodyLimit({
  maxSize: MAX_BACKCHANNEL_BODY_BYTES,
  onError: (c) => refuse(c, `body larger than ${String(MAX_BACKCHANNEL_BODY_BYTES)} bytes`, 413),
});

/**
 * POST <prefix>/backchannel_logout: the provider ends sessions (OpenID Connect Back-Channel
 * Logout 1.0). The provider calls it directly, not through the proxies, so it needs no trusted
 * peer and no forwarded origin: the signed token is the whole authority. `now`: seconds since
 * the epoch (the app's clock, which tests move).
 */
export function backchannelLogout(deps: RouteDeps, now: () => number): Handler {
  const { config, oidc, revocations, logger } = deps;
  const seen = createBoundedCache<true>(MAX_REPLAY_ENTRIES);
  // A session from another replica may carry an issuedAt up to this far ahead of our clock
  // (ISSUED_SKEW in session-cache.ts): its entry must outlive it by as much.
  const lifetime = config.sessionLifetimeSeconds + 60;

  return async function backchannelLogoutHandler(c) {
    const t = now();
    const host = c.req.header("host") ?? "";
    const client = requestClient(c, config);
    const refused = (reason: string, description: string): Response => {
      audit(logger, {
        outcome: "backchannel_logout_refused",
        host,
        client,
        user: undefined,
        reason,
      });
      return refuse(c, description);
    };
    const type = c.req.header("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
    if (type !== FORM_TYPE) return refused("content_type", `content type must be ${FORM_TYPE}`);
    const form = new URLSearchParams(await c.req.text());
    const tokens = form.getAll("logout_token");
    // RFC 6749 section 3.1: a parameter sent more than once is an invalid request.
    if (tokens.length !== 1) {
      return refused(
        "logout_token",
        tokens.length === 0 ? "missing logout_token" : "logout_token sent more than once",
      );
    }
    let claims;
    try {
      claims = await oidc.verifyLogoutToken(tokens[0] ?? "");
    } catch (error) {
      if (error instanceof LogoutTokenError) {
        logger.debug("logout token rejected", {
          check: error.check,
          reason: error.cause instanceof Error ? error.cause.message : error.description,
        });
        return refused(error.check, error.description);
      }
      if (error instanceof OidcError && error.code === "provider_unavailable") {
        // The provider's side (its keys cannot be had): it may retry.
        logger.warn("back-channel logout while the provider is not ready", {
          reason: error.message,
        });
        return c.json(
          { error: "temporarily_unavailable", error_description: "identity provider not ready" },
          503,
          { ...NO_STORE, "Retry-After": "5" },
        );
      }
      throw error;
    }
    const { sid, sub, iat, jti } = claims;
    if (seen.get(jti, t) !== undefined) return refused("replayed", "logout token already used");
    // Before the revocation is awaited, so a copy sent meanwhile is refused too.
    // Kept one second past the last second the token is accepted in (iat + MAX_AGE itself).
    seen.set(jti, true, iat + LOGOUT_TOKEN_MAX_AGE_SECONDS + 1);
    // Section 2.7: with a sid, the sessions of that provider session (a sid names one session of
    // one user, so a sub beside it narrows nothing for sessions that kept one); with only a sub, every session of the user
    // issued before iat, so that a login after the logout is not undone. A provider whose clock
    // is ahead of ours (iat up to 5 minutes in our future) would also void the logins of those
    // minutes: none issued after this second can predate the logout, which is happening now.
    const before = Math.min(iat, t + 1);
    const ended: Revocation[] =
      sid !== undefined
        ? [
            { kind: "sid", sid, until: t + lifetime },
            // Sessions that kept no sid (a login from before the provider sent one, a cookie
            // from before sessions kept it) cannot be matched by it: with a sub, they end by
            // user, those issued before the logout.
            ...(sub !== undefined
              ? [{ kind: "sidless", sub, before, until: before + lifetime } as const]
              : []),
          ]
        : [{ kind: "subject", sub, before, until: before + lifetime }];
    // Recorded (fsync'd, shared) before the answer, as for sign-out.
    for (const revocation of ended) await revocations.revoke(revocation);
    audit(logger, {
      outcome: "backchannel_logout",
      host,
      client,
      user: undefined,
      sid,
      sub,
    });
    return c.body(null, 200, NO_STORE);
  };
}
