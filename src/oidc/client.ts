import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from "jose";
import type { Identity } from "../auth/identity.ts";
import type { Logger } from "../log.ts";
import { noMetrics, type Metrics, type ProviderCallKind } from "../metrics/metrics.ts";
import type { LoginState } from "../session/login-state.ts";
import { BEARER_ALGORITHMS, BearerError, verifyBearerToken } from "./bearer.ts";
import {
  identityFromClaims,
  MAX_CLAIM_LENGTH,
  missingIdentityClaims,
  type IdentityResult,
} from "./claims.ts";
import { discover, type ProviderMetadata } from "./discovery.ts";
import { OidcError, type FetchLike } from "./errors.ts";
import { verifyLogoutToken, type LogoutClaims } from "./logout-token.ts";
import { exchangeCode, fetchUserinfo, verifyIdToken } from "./tokens.ts";

/**
 * A login's identity, with what the ID token says about the provider's session: `sid` (which
 * back-channel logout names, OpenID Connect Back-Channel Logout 1.0 section 2.4) and
 * `auth_time` (when the user last entered credentials, OpenID Connect Core section 2).
 */
export type LoginResult = IdentityResult & {
  readonly sid: string | undefined;
  readonly authTime: number | undefined;
};

export type Readiness =
  { readonly ready: true } | { readonly ready: false; readonly reason: string };

export interface OidcClient {
  /** Starts discovery in the background; retries with backoff until it succeeds. */
  start(): void;
  stop(): void;
  readiness(): Readiness;
  /** Asks for a discovery attempt now if none ran in the last second (a request is waiting). */
  nudge(): void;
  /** Resolves when discovery and keys are loaded (tests and start-up logs). */
  whenReady(): Promise<void>;
  /**
   * For a request that needs the provider while it is not ready: asks for an attempt (as
   * nudge does) and resolves true as soon as one in flight succeeds, false when it fails, when
   * none is running, or after the bound (`readyWaitMs`). Never waits longer than that.
   */
  waitReady(): Promise<boolean>;
  /**
   * The provider's authorization URL for this attempt, or undefined while not ready.
   * `codeChallenge`: the S256 challenge of `login.codeVerifier`. An attempt with
   * `login.freshLogin` asks for credentials again (see FRESH_LOGIN_PARAMETERS).
   */
  authorizationUrl(login: LoginState, codeChallenge: string): string | undefined;
  /**
   * The identity the provider vouches for, or the claim problem that refuses it (too many groups,
   * a value too long); throws OidcError when the provider cannot be used.
   */
  completeLogin(code: string, login: LoginState): Promise<LoginResult>;
  /** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0, section 2), when offered. */
  endSessionUrl(postLogoutRedirectUri: string | undefined): string | undefined;
  /**
   * The identity in a JWT access token from this provider (see verifyBearerToken), from the
   * token's own claims: no userinfo call on this per-request path, so claims the provider leaves
   * out of access tokens (often "groups", "email", "preferred_username") are simply empty.
   * Throws BearerError for a bad token (also one whose claims do not fit an identity, see
   * identityFromClaims), OidcError "provider_unavailable" while not ready.
   */
  verifyBearer(token: string, audiences: readonly string[]): Promise<Identity>;
  /**
   * The sessions a back-channel logout token from this provider ends (OpenID Connect Back-Channel
   * Logout 1.0 section 2.6, see logout-token.ts), checked with the same key set as ID tokens.
   * Throws LogoutTokenError for a bad token, OidcError "provider_unavailable" while not ready.
   * Replays are the caller's to refuse (it holds the jti cache).
   */
  verifyLogoutToken(token: string): Promise<LogoutClaims>;
}

export interface OidcClientOptions {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[] | undefined;
  readonly fetch: FetchLike;
  readonly logger: Logger;
  /** Seconds since the epoch. */
  readonly now: () => number;
  readonly timeoutMs?: number;
  readonly maxBackoffMs?: number;
  readonly metrics?: Metrics;
  /** Least time between two key-set fetches triggered by unknown key ids (jose's cooldown). */
  readonly jwksCooldownMs?: number;
  /** Longest a request waits for discovery in flight (waitReady); default READY_WAIT_MS. */
  readonly readyWaitMs?: number;
}

/**
 * How long a request that needs the provider waits for a discovery in flight, typically the
 * first one after a start: discovery and the key set are two requests, well under a second to a
 * provider that is up, so the first navigation after a restart reaches the login instead of a
 * 503. Five seconds also covers a provider that is itself starting (Authentik and Keycloak answer
 * slowly at first), stays far below the proxies' own limits for the auth request (Traefik's 30 s,
 * nginx's 60 s proxy_read_timeout) and below the 8 s of one call to the provider, so a provider
 * that never answers gets its 503 before that call times out.
 */
export const READY_WAIT_MS = 5000;

/**
 * "Sign in as someone else": OpenID Connect Core 1.0 section 3.1.2.1. prompt=login asks the
 * provider to authenticate the user again even with a session there; max_age=0 asks the same
 * in other words (some providers honour only one of the two) and makes the ID token carry
 * auth_time, which the callback checks, since a provider may still skip the prompt.
 */
const FRESH_LOGIN_PARAMETERS = "&prompt=login&max_age=0";

interface Ready {
  readonly metadata: ProviderMetadata;
  readonly keys: JWTVerifyGetKey;
  readonly scope: string;
  /** The authorization endpoint with the parameters that never change, ending in a parameter. */
  readonly authorizeBase: string;
}

export function createOidcClient(options: OidcClientOptions): OidcClient {
  const { issuer, clientId, clientSecret, logger, now } = options;
  const timeoutMs = options.timeoutMs ?? 8000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const readyWaitMs = options.readyWaitMs ?? READY_WAIT_MS;
  let ready: Ready | undefined;
  let reason = "discovery has not run yet";
  const metrics = options.metrics ?? noMetrics;
  // Every call to the provider, timed and counted by kind; key-set loads are also refreshes.
  const fetchProvider: FetchLike = async (input, init) => {
    const url = typeof input === "string" ? input : input.href;
    const kind: ProviderCallKind =
      url === ready?.metadata.tokenEndpoint
        ? "token"
        : url === ready?.metadata.userinfoEndpoint
          ? "userinfo"
          : url.endsWith("/.well-known/openid-configuration")
            ? "discovery"
            : "keys";
    const started = performance.now();
    let ok = false;
    try {
      const response = await options.fetch(input, init);
      ok = response.status < 500;
      return response;
    } finally {
      metrics.providerCall(kind, (performance.now() - started) / 1000, ok);
      if (kind === "keys") metrics.keySetRefresh(ok);
    }
  };
  let inFlight: Promise<void> | undefined;
  let lastAttempt = 0;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  // Until start(): no attempt is made, not even one a request asks for.
  let stopped = true;
  const waiters: (() => void)[] = [];

  async function attempt(): Promise<void> {
    lastAttempt = Date.now();
    const started = performance.now();
    try {
      const metadata = await discover(issuer, fetchProvider, timeoutMs);
      const jwks = createRemoteJWKSet(new URL(metadata.jwksUri), {
        timeoutDuration: timeoutMs,
        // An unknown "kid" refetches the key set (provider key rotation), at most this often, so
        // forged tokens with random kids cannot make us hammer the provider.
        cooldownDuration: options.jwksCooldownMs ?? 30_000,
        cacheMaxAge: 600_000,
        [customFetch]: fetchProvider,
      });
      await jwks.reload();
      const scopes = options.scopes ?? [
        "openid",
        "profile",
        "email",
        ...(metadata.scopesSupported?.includes("groups") === true ? ["groups"] : []),
      ];
      const base = new URL(metadata.authorizationEndpoint);
      // RFC 6749 section 3.1: the endpoint has no fragment; drop one rather than append into it.
      base.hash = "";
      base.searchParams.set("response_type", "code");
      base.searchParams.set("client_id", clientId);
      base.searchParams.set("scope", scopes.join(" "));
      base.searchParams.set("code_challenge_method", "S256");
      ready = { metadata, keys: jwks, scope: scopes.join(" "), authorizeBase: base.href };
      failures = 0;
      logger.info("identity provider ready", {
        issuer: metadata.issuer,
        scope: ready.scope,
        ms: Math.round(performance.now() - started),
      });
      for (const resolve of waiters.splice(0)) resolve();
    } catch (error) {
      failures += 1;
      reason = error instanceof Error ? error.message : "discovery failed";
      // fetch wraps the real reason ("fetch failed" around ECONNREFUSED, ENOTFOUND, a bad
      // certificate): name the innermost one, which is what an operator can act on.
      const cause = innermostCause(error);
      if (cause !== undefined) reason += ` (${cause})`;
      logger.warn("identity provider not ready", { reason, attempt: failures });
      schedule();
    }
  }

  function schedule(): void {
    if (stopped || ready !== undefined) return;
    const delay = Math.min(maxBackoffMs, 1000 * 2 ** Math.min(failures - 1, 10));
    clearTimeout(timer);
    timer = setTimeout(run, delay);
    timer.unref();
  }

  function run(): void {
    if (stopped || ready !== undefined || inFlight !== undefined) return;
    inFlight = attempt().finally(() => {
      inFlight = undefined;
    });
  }

  function nudge(): void {
    if (ready === undefined && !stopped && Date.now() - lastAttempt >= 1000) run();
  }

  function waitReady(): Promise<boolean> {
    if (ready !== undefined) return Promise.resolve(true);
    nudge();
    const running = inFlight;
    if (running === undefined) return Promise.resolve(false);
    return new Promise((resolve) => {
      const bound = setTimeout(() => {
        resolve(false);
      }, readyWaitMs);
      // attempt() settles, never rejects: it catches and logs its own failure.
      void running.then(() => {
        clearTimeout(bound);
        resolve(ready !== undefined);
      });
    });
  }

  /** The provider, after waiting (bounded) for a discovery in flight. */
  async function requireReady(): Promise<Ready> {
    if (ready === undefined) await waitReady();
    if (ready === undefined) {
      throw new OidcError("provider_unavailable", `identity provider not ready: ${reason}`);
    }
    return ready;
  }

  return {
    start() {
      stopped = false;
      run();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    readiness: () => (ready !== undefined ? { ready: true } : { ready: false, reason }),
    nudge,
    waitReady,
    whenReady: () =>
      ready !== undefined ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)),
    authorizationUrl(login, codeChallenge) {
      if (ready === undefined) return undefined;
      // The fixed part is built once per discovery (ready.authorizeBase); every navigation
      // without a session only appends its own values.
      return (
        `${ready.authorizeBase}&redirect_uri=${encodeURIComponent(login.redirectUri)}` +
        `&state=${encodeURIComponent(login.state)}&nonce=${encodeURIComponent(login.nonce)}` +
        `&code_challenge=${codeChallenge}` +
        (login.freshLogin ? FRESH_LOGIN_PARAMETERS : "")
      );
    },
    async completeLogin(code, login) {
      const { metadata, keys } = await requireReady();
      const tokens = await exchangeCode(
        metadata,
        { clientId, clientSecret },
        { code, redirectUri: login.redirectUri, codeVerifier: login.codeVerifier },
        fetchProvider,
        timeoutMs,
      );
      const idClaims = await verifyIdToken(
        tokens.idToken,
        { metadata, clientId, clientSecret, nonce: login.nonce, now: now() },
        keys,
      );
      let claims = idClaims;
      const wantGroups = ready?.scope.split(" ").includes("groups") === true;
      if (
        missingIdentityClaims(idClaims, wantGroups) &&
        metadata.userinfoEndpoint !== undefined &&
        tokens.accessToken !== undefined
      ) {
        const info = await fetchUserinfo(
          metadata.userinfoEndpoint,
          tokens.accessToken,
          String(idClaims.sub),
          fetchProvider,
          timeoutMs,
        );
        // The verified ID token wins where both speak; userinfo fills the gaps.
        claims = {
          ...info,
          ...Object.fromEntries(Object.entries(idClaims).filter(([, v]) => v !== undefined)),
        };
      }
      const sid = idClaims["sid"];
      const authTime = idClaims["auth_time"];
      return {
        ...identityFromClaims(claims),
        // Only the ID token's: a sid or auth_time from userinfo is not signed for this login.
        sid:
          typeof sid === "string" && sid !== "" && sid.length <= MAX_CLAIM_LENGTH ? sid : undefined,
        authTime: Number.isSafeInteger(authTime) ? (authTime as number) : undefined,
      };
    },
    endSessionUrl(postLogoutRedirectUri) {
      const endpoint = ready?.metadata.endSessionEndpoint;
      if (endpoint === undefined) return undefined;
      const url = new URL(endpoint);
      url.searchParams.set("client_id", clientId);
      if (postLogoutRedirectUri !== undefined) {
        url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
      }
      return url.href;
    },
    async verifyBearer(token, audiences) {
      const { metadata, keys } = await requireReady();
      // No discovery field names the access-token algorithms; every asymmetric one is allowed and
      // the provider's key set decides (jose matches the key type and any "alg" the key names).
      const claims = await verifyBearerToken(
        token,
        { issuer: metadata.issuer, audiences, algorithms: BEARER_ALGORITHMS, now: now() },
        keys,
      );
      const result = identityFromClaims(claims);
      if (!result.ok) {
        // The token is genuine but names more than an identity holds: RFC 6750 section 3.1's
        // "invalid for other reasons". The claim's name is one of ours; the count goes to the log.
        throw new BearerError(`claim ${result.problem.claim} is too large`, {
          detail: result.problem.message,
        });
      }
      return result.identity;
    },
    async verifyLogoutToken(token) {
      const { metadata, keys } = await requireReady();
      return verifyLogoutToken(token, { issuer: metadata.issuer, clientId, now: now() }, keys);
    },
  };
}

/** The message of the deepest Error in a cause chain, if there is a chain. */
function innermostCause(error: unknown): string | undefined {
  let cause: unknown = error instanceof Error ? error.cause : undefined;
  let message: string | undefined;
  for (let depth = 0; cause instanceof Error && depth < 5; depth++) {
    message = cause.message;
    cause = cause.cause;
  }
  return message;
}
