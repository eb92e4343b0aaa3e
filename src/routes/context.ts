import type { Config } from "../config/config.ts";
import type { Logger } from "../log.ts";
import type { OidcClient } from "../oidc/client.ts";
import type { LoginStateCookies } from "../session/login-state.ts";
import type { SessionCookies } from "../session/session-cookie.ts";
import type { SignOutCookie } from "../session/sign-out-cookie.ts";
import type { HeaderMeta } from "../auth/identity-headers.ts";
import type { Metrics } from "../metrics/metrics.ts";
import type { Identity } from "../auth/identity.ts";
import type { CompiledRules } from "../rules/types.ts";
import type { Revocations } from "../revocation/revocations.ts";

/** What every route needs, built once by createApp. */
export interface RouteDeps {
  readonly config: Config;
  readonly oidc: OidcClient;
  readonly sessions: SessionCookies;
  readonly logins: LoginStateCookies;
  /** Where signed_out sends the browser after the provider's logout. */
  readonly signedOutCookie: SignOutCookie;
  /** Sessions ended before their cookie expires; session reads already leave them out. */
  readonly revocations: Revocations;
  readonly logger: Logger;
  readonly meta: Omit<HeaderMeta, "app">;
  readonly metrics: Metrics;
  /** The rules in force (swapped whole on reload). */
  readonly rules: () => CompiledRules;
  /** Signs X-authentik-jwt when FORWARD_AUTH_IDENTITY_JWT is on. */
  readonly identityJwt: { sign(identity: Identity, audience: string): Promise<string> } | undefined;
}
