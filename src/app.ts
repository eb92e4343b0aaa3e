import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import type { RequestListener } from "node:http";
import type { Config } from "./config/config.ts";
import type { Logger } from "./log.ts";
import { noMetrics, type Metrics } from "./metrics/metrics.ts";
import { publicJwks, type SigningKeys } from "./identity-jwt/keys.ts";
import { createIdentityJwtSigner } from "./identity-jwt/sign.ts";
import { NO_RULES } from "./rules/compile.ts";
import type { CompiledRules } from "./rules/types.ts";
import type { OidcClient } from "./oidc/client.ts";
import { toResponse, type Answer, type PlainRoute } from "./http/answer.ts";
import { createNodeListener } from "./http/node-listener.ts";
import { createAuthCheck, type AuthCheck, type ProxyFlavour } from "./routes/auth-check.ts";
import type { RouteDeps } from "./routes/context.ts";
import { mountHealth } from "./routes/health.ts";
import { notFound } from "./routes/not-found.ts";
import { plainProblem } from "./routes/responses.ts";
import { signInError } from "./routes/sign-in-error.ts";
import { callback, start } from "./routes/login.ts";
import { backchannelBodyLimit, backchannelLogout } from "./routes/backchannel-logout.ts";
import { signedOut, signOut } from "./routes/sign-out.ts";
import { userinfo } from "./routes/userinfo.ts";
import { cookieName } from "./session/cookie-header.ts";
import { createLoginStateCookies } from "./session/login-state.ts";
import { createSealer } from "./session/sealer.ts";
import { createSessionCookies } from "./session/session-cookie.ts";
import { createSignOutCookie } from "./session/sign-out-cookie.ts";
import { VERSION } from "./version.ts";
import { createRevocations, type Revocations } from "./revocation/revocations.ts";

export interface AppDeps {
  readonly config: Config;
  readonly oidc: OidcClient;
  readonly logger: Logger;
  /** Seconds since the epoch; tests move it instead of sleeping. */
  readonly now: () => number;
  readonly metrics?: Metrics;
  /** The rules in force; default: the environment's global requirement for every host. */
  readonly rules?: () => CompiledRules;
  /** Signing keys for X-authentik-jwt; undefined keeps identity JWTs off. */
  readonly identityKeys?: SigningKeys;
  /** Revoked sessions (main.ts adds the stores); default: in memory only. */
  readonly revocations?: Revocations;
}

/** The session cookie's name before its prefix: `__Host-forward_auth_session` where allowed. */
export const SESSION_COOKIE = "forward_auth_session";

export interface App {
  /** Every route but the auth checks (the listener answers those), for app.request in tests. */
  readonly app: Hono;
  /**
   * What the server runs: the auth checks answered straight from Node (the one path to them),
   * every other route by Hono. The in-process tests send their requests through it too.
   */
  readonly listener: RequestListener;
  /** The auth check of each proxy flavour, which the listener answers /auth/<flavour> with. */
  readonly authChecks: Readonly<Record<ProxyFlavour, AuthCheck>>;
}

/** Wires the routes under the configured prefix; no module-level state, so tests run in parallel. */
export function createApp(deps: AppDeps): App {
  const { config, oidc, logger, now } = deps;
  const metrics = deps.metrics ?? noMetrics;
  const envRules = NO_RULES({ groups: config.allowedGroups, users: config.allowedUsers });
  const identityKeys = deps.identityKeys;
  const signer =
    identityKeys === undefined
      ? undefined
      : createIdentityJwtSigner({ issuer: config.identityJwtIssuer, keys: identityKeys });
  const attributes = { secure: config.cookieSecure, domain: config.cookieDomain };
  const sealer = createSealer(config.secrets, (reason) => {
    // Expired seals are routine; the others mean tampering or a rotation mistake.
    if (reason !== "expired") logger.debug("cookie rejected", { reason });
  });
  const revocations = deps.revocations ?? createRevocations({ stores: [], now, logger });
  const routeDeps: RouteDeps = {
    config,
    oidc,
    logger,
    revocations,
    sessions: createSessionCookies({
      revoked: revocations,
      name: cookieName(SESSION_COOKIE, attributes),
      sealer,
      lifetimeSeconds: config.sessionLifetimeSeconds,
      attributes,
      now,
      onCacheResult: (hit) => {
        metrics.sessionCache(hit);
      },
    }),
    logins: createLoginStateCookies({
      secrets: config.secrets,
      attributes,
      now,
    }),
    signedOutCookie: createSignOutCookie({ sealer, attributes }),
    meta: { outpost: "forward-auth", provider: config.clientId, version: VERSION },
    metrics,
    rules: deps.rules ?? (() => envRules),
    identityJwt:
      signer === undefined
        ? undefined
        : { sign: (identity, audience) => signer.sign(identity, audience, now()) },
  };

  const app = new Hono();
  const prefix = config.pathPrefix;
  mountHealth(app, prefix, oidc, revocations, VERSION);
  // Traefik and Caddy ask with GET, and so does nginx's auth_request subrequest, whatever the
  // app request's method: each sends that method in a header (X-Forwarded-/X-Original-Method).
  const authChecks = {
    traefik: createAuthCheck(routeDeps, "traefik"),
    caddy: createAuthCheck(routeDeps, "caddy"),
    nginx: createAuthCheck(routeDeps, "nginx"),
  };
  const direct = new Map<string, PlainRoute>(
    Object.entries(authChecks).map(([flavour, check]) => [`${prefix}/auth/${flavour}`, check]),
  );
  app.get(`${prefix}/start`, start(routeDeps));
  app.get(`${prefix}/callback`, callback(routeDeps));
  app.on(["GET", "POST"], `${prefix}/sign_out`, signOut(routeDeps));
  app.get(`${prefix}/signed_out`, signedOut(routeDeps));
  // The provider's own call (OpenID Connect Back-Channel Logout 1.0), not a browser's.
  app.post(`${prefix}/backchannel_logout`, backchannelBodyLimit, backchannelLogout(routeDeps, now));
  app.get(`${prefix}/userinfo`, userinfo(routeDeps));
  app.get(`${prefix}/error`, signInError(routeDeps));
  if (identityKeys !== undefined) {
    // Apps (or a sidecar) verify X-authentik-jwt against these; a short cache lets a rotation
    // reach them within a minute.
    app.get(`${prefix}/jwks`, (c) =>
      c.json(publicJwks(identityKeys, now()), 200, { "Cache-Control": "public, max-age=60" }),
    );
  }
  app.notFound(notFound(config));
  const internalError = (error: unknown, path: string, accept: string | undefined): Answer => {
    // The client gets a generic answer; the log gets the detail.
    logger.error("unhandled error", {
      path,
      error: error instanceof Error ? error.message : String(error),
    });
    return plainProblem(
      accept,
      500,
      "internal",
      "Something went wrong",
      "forward-auth could not answer this request. Try again; if it keeps happening, ask your administrator to check the logs.",
    );
  };
  app.onError((error, c) => toResponse(internalError(error, c.req.path, c.req.header("accept"))));

  const listener = createNodeListener({
    direct,
    fallback: getRequestListener(app.fetch),
    onError: (error, target, accept) =>
      internalError(error, target.split("?", 1)[0] ?? target, accept),
  });
  return { app, listener, authChecks };
}
