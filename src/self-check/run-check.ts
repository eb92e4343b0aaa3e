// `forward-auth check`: reads the configuration the service would, asks the provider what the
// service would ask it, and says in one line per finding what works and what does not.
import { loadConfig, type Env, type ProcessUser } from "../config/load.ts";
import type { FetchLike } from "../oidc/errors.ts";
import { checkClientCredentials, checkDiscovery, checkKeys, type CheckResult } from "./provider.ts";
import { appOrigin, type AppHost } from "./app-host.ts";
import { redirectUri, redirectUriLines, unsafeSettings } from "./settings.ts";
import { checkDataDir, checkRedis } from "./stores.ts";

export interface CheckOptions {
  /** App hosts (already validated), for redirect URIs and the cookie warnings. */
  readonly hosts: readonly AppHost[];
  readonly fetch: FetchLike;
  /** Receives one line at a time, without its newline. */
  readonly write: (line: string) => void;
  /** The user this runs as, named when a secret file cannot be read. */
  readonly user?: ProcessUser | undefined;
  /** Deadline of each request to the provider; the service's own default otherwise. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 8000;
/** The redirect_uri of the made-up token request when no --host names a real one. */
const PLACEHOLDER_HOST = "forward-auth-check.invalid";

/**
 * Returns the exit status: 0 when every check passed (warnings allowed), 1 when one failed.
 * Secrets are never written, only their length.
 */
export async function runCheck(
  env: Env,
  readFile: (path: string) => string,
  options: CheckOptions,
): Promise<number> {
  const { hosts, write } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const loaded = loadConfig(env, readFile, { user: options.user });
  if (!loaded.ok) {
    const n = loaded.problems.length;
    write(`✗ configuration invalid (${n} problem${n === 1 ? "" : "s"})`);
    for (const problem of loaded.problems) write(`  ${problem}`);
    return 1;
  }
  const { config } = loaded;
  write("✓ configuration valid");
  // The origins the service builds redirect URIs from. With one login host, its callback is the
  // only one, whatever the app hosts, with the scheme the apps are reached with (auth-check.ts).
  const authHost = config.authHost;
  const registered =
    authHost === undefined
      ? hosts
      : [{ host: authHost, scheme: hosts.find((app) => app.host === authHost)?.scheme }];
  const origins = registered.map((app) => appOrigin(app, config.cookieSecure));

  const results: CheckResult[] = [];
  const report = (result: CheckResult) => {
    results.push(result);
    write(`${result.ok ? "✓" : "✗"} ${result.text}`);
  };

  const discovery = await checkDiscovery(config.issuer, options.fetch, timeoutMs);
  report(discovery);
  if (discovery.ok) {
    const { metadata } = discovery;
    report(await checkKeys(metadata, options.fetch, timeoutMs));
    report(
      await checkClientCredentials(
        metadata,
        { clientId: config.clientId, clientSecret: config.clientSecret },
        redirectUri(
          origins[0] ??
            appOrigin({ host: PLACEHOLDER_HOST, scheme: undefined }, config.cookieSecure),
          config.pathPrefix,
        ),
        options.fetch,
        timeoutMs,
      ),
    );
  } else {
    write("  keys and client credentials not checked: they need the discovery document");
  }

  // Where revocations live, as main.ts opens them: a directory or a Redis that fails here fails
  // the first sign-out after the deploy, or the start.
  if (config.dataDir !== undefined) report(await checkDataDir(config.dataDir, options.user));
  if (config.redisUrl !== undefined) {
    report(
      await checkRedis(config.redisUrl, { issuer: config.issuer.href, clientId: config.clientId }),
    );
  }
  if (config.dataDir === undefined && config.redisUrl === undefined) {
    write(
      "  revocations (sign-outs, back-channel logouts) are kept in memory only, until a restart; set FORWARD_AUTH_DATA_DIR to keep them on disk",
    );
  }

  const endSession = discovery.ok ? discovery.metadata.endSessionEndpoint !== undefined : undefined;
  for (const line of redirectUriLines(
    origins,
    config.pathPrefix,
    config.cookieSecure,
    endSession,
  )) {
    write(line);
  }
  for (const warning of [...loaded.warnings, ...unsafeSettings(config, hosts)]) {
    write(`! ${warning}`);
  }
  return results.every((result) => result.ok) ? 0 : 1;
}
