import type { Config } from "../config/config.ts";
import type { Logger } from "../log.ts";
import type { OidcClient } from "../oidc/client.ts";
import type { LoginStateCookies } from "../session/login-state.ts";
import type { SessionCookies } from "../session/session-cookie.ts";
import type { HeaderMeta } from "../auth/identity-headers.ts";
import type { Metrics } from "../metrics/metrics.ts";

/** What every route needs, built once by createApp. */
export interface RouteDeps {
  readonly config: Config;
  readonly oidc: OidcClient;
  readonly sessions: SessionCookies;
  readonly logins: LoginStateCookies;
  readonly logger: Logger;
  readonly meta: Omit<HeaderMeta, "app">;
  readonly metrics: Metrics;
}
