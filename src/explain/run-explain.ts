// `forward-auth explain`: what the service would answer to one request, found by asking the
// service itself. The real app is built in-process from the same configuration and rules file,
// and the request goes through the real auth check, from a trusted proxy's address, with a
// session sealed by the configured secrets; only the provider is replaced by an offline stand-in.
import { createApp, SESSION_COOKIE } from "../app.ts";
import type { Identity } from "../auth/identity.ts";
import type { Config } from "../config/config.ts";
import { loadConfig, type Env, type ProcessUser } from "../config/load.ts";
import { toResponse } from "../http/answer.ts";
import { cookieGetter } from "../http/request-info.ts";
import { loadOrCreateSigningKeys } from "../identity-jwt/keys.ts";
import { silentLogger } from "../log.ts";
import { ruleRequestOf } from "../rules/request.ts";
import { parseForwardedHeaders, parseOriginalUrl } from "../proxy/forwarded.ts";
import type { Rendered } from "../routes/render-auth.ts";
import type { AddressMatcher } from "../proxy/trusted-proxies.ts";
import { NO_RULES } from "../rules/compile.ts";
import { decideEveryReading } from "../rules/readings.ts";
import { createRulesSource, RulesFileError } from "../rules/source.ts";
import type { CompiledRules, RuleRequest } from "../rules/types.ts";
import type { LoginState } from "../session/login-state.ts";
import { cookieName } from "../session/cookie-header.ts";
import { createSealer } from "../session/sealer.ts";
import { createSessionCookies, SessionTooLargeError } from "../session/session-cookie.ts";
import type { ExplainArgs } from "./args.ts";
import { offlineOidcClient } from "./offline-oidc.ts";
import { report, type Explanation } from "./report.ts";

export interface ExplainOptions {
  /** Receives the explanation, one line at a time, without its newline. */
  readonly write: (line: string) => void;
  /** Receives problems and warnings, one line at a time. */
  readonly warn: (line: string) => void;
  /** The user this runs as, named when a secret file cannot be read. */
  readonly user?: ProcessUser | undefined;
  /** Seconds since the epoch. */
  readonly now?: () => number;
}

/** What a navigating browser sends; `--api` leaves them out, as fetch and curl do. */
const NAVIGATION = { Accept: "text/html,application/xhtml+xml", "Sec-Fetch-Mode": "navigate" };

/**
 * Returns the exit status: 0 when the request was explained (whatever the answer), 1 when the
 * service itself failed on it, 2 for a configuration or rules file it would refuse to start with.
 */
export async function runExplain(
  env: Env,
  readFile: (path: string) => string,
  args: ExplainArgs,
  options: ExplainOptions,
): Promise<number> {
  const { write, warn } = options;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const loaded = loadConfig(env, readFile, { user: options.user });
  if (!loaded.ok) {
    warn("forward-auth: invalid configuration");
    for (const problem of loaded.problems) warn(`  ${problem}`);
    return 2;
  }
  const { config } = loaded;
  // A plain-http issuer or insecure cookies may explain a surprising answer: say so.
  for (const warning of loaded.warnings) warn(`! ${warning}`);

  // The rules file is loaded as main.ts loads it, refused for the same problems.
  const globals = { groups: config.allowedGroups, users: config.allowedUsers };
  let rules: CompiledRules = NO_RULES(globals);
  if (config.rulesFile !== undefined) {
    try {
      const source = createRulesSource({
        file: config.rulesFile,
        readFile,
        watch: () => () => undefined,
        logger: silentLogger,
        globals,
      });
      rules = source.current();
      source.close();
    } catch (error) {
      if (!(error instanceof RulesFileError)) throw error;
      warn("forward-auth: invalid rules file");
      for (const problem of error.problems) warn(`  ${problem}`);
      return 2;
    }
  }

  const peer = trustedPeer(config.trustedProxies);
  if (peer === undefined) {
    warn(
      `forward-auth: explain: no address to ask from inside FORWARD_AUTH_TRUSTED_PROXIES ` +
        `(${config.trustedProxies.cidrs.join(",")}); the auth check answers only trusted proxies`,
    );
    return 2;
  }

  const attributes = { secure: config.cookieSecure, domain: config.cookieDomain };
  const sessions = createSessionCookies({
    name: cookieName(SESSION_COOKIE, attributes),
    sealer: createSealer(config.secrets),
    lifetimeSeconds: config.sessionLifetimeSeconds,
    attributes,
    now,
    cacheSize: 0,
  });
  const headers = requestHeaders(args);
  let identity: Identity | undefined;
  if (args.user !== undefined) {
    const { username, groups, email, name } = args.user;
    identity = { sub: username, username, groups, email, name, entitlements: [] };
    let setCookies: string[];
    try {
      setCookies = await sessions.write(identity, {});
    } catch (error) {
      if (!(error instanceof SessionTooLargeError)) throw error;
      warn(`forward-auth: explain: --groups: ${error.message}; the service refuses such a login`);
      return 2;
    }
    headers.set("Cookie", setCookies.map((line) => line.slice(0, line.indexOf(";"))).join("; "));
  } else if (headers.has("cookie")) {
    // A Cookie header from a browser: whoever its session names, if the secrets open it.
    identity = (await sessions.read(cookieGetter(headers.get("cookie") ?? undefined)))?.identity;
  }

  // The rules' verdict, from the request as the auth check parses it (routes/auth-check.ts).
  const header = (name: string) => headers.get(name) ?? undefined;
  const parsed = (args.endpoint === "nginx" ? parseOriginalUrl : parseForwardedHeaders)(header);
  let ruleRequest: RuleRequest | undefined;
  if (parsed.ok) {
    ruleRequest = ruleRequestOf(
      parsed.request,
      header,
      peer,
      config.rulesFile === undefined ? undefined : config.trustedProxies,
    );
  }

  let login: LoginState | undefined;
  const oidc = offlineOidcClient(config, (attempt) => {
    login = attempt;
  });
  const { authChecks } = createApp({
    config,
    oidc,
    logger: silentLogger,
    now,
    rules: () => rules,
    // Keys in memory only: explain must not create a key store; the JWT differs every time.
    ...(config.identityJwt ? { identityKeys: await loadOrCreateSigningKeys({ now: now() }) } : {}),
  });
  const endpointPath = `${config.pathPrefix}/auth/${args.endpoint}`;
  // The check the server runs for this endpoint, asked directly: its decision and its answer.
  let checked: Rendered;
  try {
    checked = await authChecks[args.endpoint]({
      peer,
      target: endpointPath,
      header,
    });
  } catch (error) {
    warn(`forward-auth: explain: the auth check failed: ${String(error)}`);
    return 1;
  }
  const { answer } = checked;

  const explanation: Explanation = {
    args,
    config: describedConfig(config, rules),
    endpointPath,
    peer,
    forwarded: parsed.ok ? parsed.request : parsed.message,
    ruleRequest,
    decision:
      ruleRequest === undefined ? undefined : decideEveryReading(rules, ruleRequest, undefined),
    identity,
    identityFrom: args.user !== undefined ? "user" : headers.has("cookie") ? "cookie" : "none",
    answered: checked.decision,
    status: answer.status,
    // As the Fetch API lists them: lower-case names, sorted, each Set-Cookie on its own.
    headers: [...toResponse(answer).headers],
    login,
  };
  for (const line of report(explanation)) write(line);
  return [200, 302, 303, 400, 401, 403].includes(answer.status) ? 0 : 1;
}

/** The headers a proxy would send to the auth endpoint for this request. */
function requestHeaders(args: ExplainArgs): Headers {
  const headers = new Headers();
  if (args.endpoint === "nginx") {
    headers.set("X-Original-URL", `${args.proto}://${args.host}${args.uri}`);
    headers.set("X-Original-Method", args.method);
  } else {
    headers.set("X-Forwarded-Method", args.method);
    headers.set("X-Forwarded-Proto", args.proto);
    headers.set("X-Forwarded-Host", args.host);
    headers.set("X-Forwarded-Uri", args.uri);
  }
  if (!args.api) for (const [name, value] of Object.entries(NAVIGATION)) headers.set(name, value);
  if (args.client !== undefined) headers.set("X-Forwarded-For", args.client);
  // --header replaces a default of the same name; repeating it gives a list, as on the wire.
  const given = new Set<string>();
  for (const [name, value] of args.headers) {
    const lower = name.toLowerCase();
    if (given.has(lower)) headers.append(name, value);
    else headers.set(name, value);
    given.add(lower);
  }
  return headers;
}

/**
 * An address the auth check trusts: loopback when the list holds it, otherwise the first
 * address of the first range that contains it (a network address is as good as any here).
 */
export function trustedPeer(trusted: AddressMatcher): string | undefined {
  const candidates = ["127.0.0.1", "::1", ...trusted.cidrs.map((cidr) => cidr.split("/")[0] ?? "")];
  return candidates.find((address) => trusted.contains(address));
}

function describedConfig(config: Config, rules: CompiledRules): Explanation["config"] {
  return {
    rulesFile: config.rulesFile,
    apps: rules.hosts.length,
    authHost: config.authHost,
  };
}
