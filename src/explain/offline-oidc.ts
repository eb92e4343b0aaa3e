import type { Config } from "../config/config.ts";
import type { OidcClient } from "../oidc/client.ts";
import type { LoginState } from "../session/login-state.ts";

/** What explain cannot do without the provider; never reached for the requests it builds. */
const OFFLINE = "explain asks the provider nothing";

/**
 * An OidcClient that is ready at once and never calls the provider, so that `explain` runs the
 * service's auth check offline. Its authorization URL stands in for the provider's real one,
 * which only the discovery document names: `<issuer>/authorize` with the client id and the
 * redirect URI (state, nonce and PKCE are left out: they are new on every login anyway).
 * `onLogin` receives each login attempt the check starts, with the place to return to.
 */
export function offlineOidcClient(
  config: Pick<Config, "issuer" | "clientId">,
  onLogin: (login: LoginState) => void,
): OidcClient {
  const endpoint = `${config.issuer.href.replace(/\/+$/, "")}/authorize`;
  return {
    start: () => undefined,
    stop: () => undefined,
    readiness: () => ({ ready: true }),
    nudge: () => undefined,
    whenReady: () => Promise.resolve(),
    waitReady: () => Promise.resolve(true),
    authorizationUrl(login) {
      onLogin(login);
      const query = new URLSearchParams({
        response_type: "code",
        client_id: config.clientId,
        redirect_uri: login.redirectUri,
      });
      return `${endpoint}?${query.toString()}`;
    },
    completeLogin: () => Promise.reject(new Error(`cannot complete a login: ${OFFLINE}`)),
    endSessionUrl: () => undefined,
    verifyBearer: () => Promise.reject(new Error(`cannot verify a bearer token: ${OFFLINE}`)),
    verifyLogoutToken: () => Promise.reject(new Error(`cannot verify a logout token: ${OFFLINE}`)),
  };
}
