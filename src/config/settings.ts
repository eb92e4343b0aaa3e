import { compileCidrs } from "../proxy/trusted-proxies.ts";
import type { Config } from "./config.ts";
import {
  parseAudiences,
  parseAuthHost,
  parseBoolean,
  parseCookieDomain,
  parseDurationSeconds,
  parseFilePath,
  parseIssuer,
  parseList,
  parseListen,
  parseLogLevel,
  parseNonEmpty,
  parsePathPrefix,
  parseRedisUrl,
  parseScopes,
  secretListProblems,
} from "./parsers.ts";

/**
 * One environment variable. Loading (load.ts), the unknown-variable check, `forward-auth --help`
 * and docs/configuration.md (reference.ts) are all derived from these rows.
 */
export interface Setting<T> {
  readonly name: string;
  /** One line; `--help` prints it without the backticks, the reference as Markdown. */
  readonly doc: string;
  /** More for the reference page (Markdown, links relative to docs/). */
  readonly details?: string;
  /** The value or throws an Error saying what is wrong (parsers.ts). */
  readonly parse: (raw: string) => T;
  /** Stops the start when unset or empty. */
  readonly required?: true;
  /** The value used when unset, written as in the environment and read by `parse`. */
  readonly default?: string;
  /** What an unset optional setting means, for the reference (no `default`, not required). */
  readonly whenUnset?: string;
  /** Shown only as a length, and may be read from the file named by `<name>_FILE`. */
  readonly secret?: true;
  /** How to fix a missing or wrong value: the end of its problem line. */
  readonly fix: string;
  // The two checks are methods, not function-typed fields, so that a Setting<URL> is also a
  // Setting<unknown> (method parameters are bivariant) and the rows fit one list.
  /** Rules on the parsed value with their own wording: each is one more problem line. */
  problems?(value: T): readonly string[];
  /** A valid but risky value: one warning line. */
  warning?(value: T): string | undefined;
}

/** Browsers cap Max-Age at 400 days (RFC 6265bis section 5.6.2); longer is a silent lie. */
const MAX_SESSION_SECONDS = 400 * 86400;
const list = (raw: string): readonly string[] => Object.freeze(parseList(raw));

/**
 * Every setting, keyed by the Config field it fills (tsc checks that each field has one row and
 * that the row's parser returns the field's type), in the order problems are reported.
 */
export const SETTINGS: { readonly [K in keyof Config]: Setting<NonNullable<Config[K]>> } = {
  issuer: {
    name: "FORWARD_AUTH_ISSUER",
    doc: "OIDC issuer URL",
    details:
      "Endpoints come from its discovery document, whose `issuer` must match (a trailing slash aside). Plain `http` is allowed, with a warning.",
    parse: parseIssuer,
    required: true,
    fix: "set it to your provider's issuer URL",
    warning: (issuer) =>
      issuer.protocol === "http:"
        ? "uses plain http; acceptable only on a private network between the service and the provider"
        : undefined,
  },
  clientId: {
    name: "FORWARD_AUTH_CLIENT_ID",
    doc: "OIDC client id",
    parse: (raw) => raw,
    required: true,
    fix: "set it to the client id registered at your provider",
  },
  clientSecret: {
    name: "FORWARD_AUTH_CLIENT_SECRET",
    doc: "OIDC client secret",
    details:
      "Sent with `client_secret_basic`, or `client_secret_post` when that is all the provider advertises.",
    parse: (raw) => raw,
    required: true,
    secret: true,
    fix: "set it (or FORWARD_AUTH_CLIENT_SECRET_FILE) to the client secret from your provider",
  },
  secrets: {
    name: "FORWARD_AUTH_SECRET",
    doc: "cookie sealing secrets, a comma list, each at least 32 characters",
    details:
      "The first seals, all unseal: prepend a new one to rotate without logging anyone out. `openssl rand -base64 48` makes one.",
    parse: list,
    required: true,
    secret: true,
    fix: "set it to a random string of at least 32 characters, e.g. `openssl rand -base64 48`",
    problems: secretListProblems,
  },
  listen: {
    name: "FORWARD_AUTH_LISTEN",
    doc: "the address to listen on, `host:port` (`[::]:9000` for IPv6)",
    parse: (raw) => Object.freeze(parseListen(raw)),
    default: "0.0.0.0:9000",
    fix: "use host:port, like 0.0.0.0:9000",
  },
  metricsListen: {
    name: "FORWARD_AUTH_METRICS_LISTEN",
    doc: "the address of a separate listener for Prometheus `/metrics`, `host:port`",
    details:
      "Use an address the proxy does not route to (`127.0.0.1:9300`); see [Operating it](operating.md).",
    parse: (raw) => Object.freeze(parseListen(raw)),
    whenUnset: "no metrics",
    fix: "use host:port on an address the proxy does not route to, like 127.0.0.1:9300",
  },
  trustedProxies: {
    name: "FORWARD_AUTH_TRUSTED_PROXIES",
    doc: "comma list of addresses or CIDRs allowed to call the auth endpoints",
    details: "Only their `X-Forwarded-*` headers are believed; an empty list trusts nobody.",
    parse: (raw) => compileCidrs(parseList(raw)),
    default: "127.0.0.1/32,::1/128",
    fix: "use a comma list of addresses or CIDRs, like 172.16.0.0/12,127.0.0.1/32",
  },
  cookieSecure: {
    name: "FORWARD_AUTH_COOKIE_SECURE",
    doc: "the `Secure` attribute on cookies; `false` only for plain-http test setups",
    parse: parseBoolean,
    default: "true",
    fix: "use true or false",
    warning: (secure) =>
      secure ? undefined : "is false; cookies travel over plain http (test setups only)",
  },
  cookieDomain: {
    name: "FORWARD_AUTH_COOKIE_DOMAIN",
    doc: "share one login across the subdomains of this domain, like `example.com`",
    details: "Also the domain that `rd` redirects may go to.",
    parse: parseCookieDomain,
    whenUnset: "a host-only cookie",
    fix: "use the parent domain of your apps, like example.com",
  },
  authHost: {
    name: "FORWARD_AUTH_AUTH_HOST",
    doc: "the one host every login goes through, like `auth.example.com`",
    details:
      "Its callback is the only redirect URI to register. Needs `FORWARD_AUTH_COOKIE_DOMAIN` and must be under it. See [One login host](sessions.md#one-login-host).",
    parse: parseAuthHost,
    whenUnset: "each app host has its own callback",
    fix: "use the host that serves every login, like auth.example.com",
  },
  sessionLifetimeSeconds: {
    name: "FORWARD_AUTH_SESSION_LIFETIME",
    doc: "absolute session lifetime: `90s`, `15m`, `12h` or `7d` (at most `400d`)",
    details: "Enforced by the service itself, whatever the provider's tokens say.",
    parse: parseDurationSeconds,
    default: "12h",
    fix: "use a duration like 90s, 12h or 7d",
    problems: (seconds) =>
      seconds > MAX_SESSION_SECONDS
        ? ["is longer than 400 days, the most a browser keeps a cookie; use 400d or less"]
        : [],
  },
  allowedGroups: {
    name: "FORWARD_AUTH_ALLOWED_GROUPS",
    doc: "comma list; a user in none of these groups, nor in the users list, gets 403",
    details:
      "Empty: any authenticated user. With a rules file: the requirement for hosts it does not list and for apps without their own `groups`/`users`.",
    parse: list,
    default: "",
    fix: "use a comma list of group names",
  },
  allowedUsers: {
    name: "FORWARD_AUTH_ALLOWED_USERS",
    doc: "comma list of user names allowed whatever their groups",
    details: "With a rules file, as for `FORWARD_AUTH_ALLOWED_GROUPS`.",
    parse: list,
    default: "",
    fix: "use a comma list of user names",
  },
  scopes: {
    name: "FORWARD_AUTH_SCOPES",
    doc: "scopes to request, a space or comma list that includes `openid`",
    parse: parseScopes,
    whenUnset: "`openid profile email`, plus `groups` when the provider advertises it",
    fix: 'use a space or comma list like "openid profile email groups"',
  },
  pathPrefix: {
    name: "FORWARD_AUTH_PATH_PREFIX",
    doc: "where the service's own endpoints live",
    parse: parsePathPrefix,
    default: "/outpost.goauthentik.io",
    fix: "use a path like /outpost.goauthentik.io",
  },
  rulesFile: {
    name: "FORWARD_AUTH_CONFIG",
    doc: "path of the rules file (YAML) that describes many apps",
    details: "See [Rules for many apps](rules.md). Re-read on `SIGHUP` and when it changes.",
    parse: parseFilePath,
    whenUnset: "the allowed groups and users apply to every host",
    fix: "point it at your rules file, like /etc/forward-auth/rules.yml",
  },
  tokenAudiences: {
    name: "FORWARD_AUTH_TOKEN_AUDIENCES",
    doc: "comma list; a bearer access token must name one of these in `aud`",
    details: "See [API clients](api-clients.md).",
    parse: parseAudiences,
    whenUnset: "the client id",
    fix: "use a comma list of the audiences your provider puts in access tokens",
  },
  identityJwt: {
    name: "FORWARD_AUTH_IDENTITY_JWT",
    doc: "`true`: every 200 with a user carries `X-authentik-jwt`, signed by the service",
    details: "The keys are served at `/jwks`. See [Signed identity for apps](identity-jwt.md).",
    parse: parseBoolean,
    default: "false",
    fix: "use true or false",
  },
  identityJwtIssuer: {
    name: "FORWARD_AUTH_IDENTITY_JWT_ISSUER",
    doc: "the `iss` of the identity JWT, which apps check",
    parse: parseNonEmpty,
    default: "forward-auth",
    fix: 'use the issuer name apps should expect, like "forward-auth"',
  },
  identityJwtKeyFile: {
    name: "FORWARD_AUTH_IDENTITY_JWT_KEY_FILE",
    doc: "the private key file that signs the identity JWT",
    details:
      "PEM or JWK, EC P-256 or P-384, Ed25519, or RSA of 2048 bits or more, unencrypted. Wins over `FORWARD_AUTH_DATA_DIR`.",
    parse: parseFilePath,
    whenUnset: "the service generates its keys",
    fix: "point it at a PEM or JWK private key file",
  },
  dataDir: {
    name: "FORWARD_AUTH_DATA_DIR",
    doc: "a writable directory that keeps revocations and signing keys across restarts",
    details:
      "Revocations (sign-outs, back-channel logouts) are appended to `revocations.jsonl` and fsync'd before the request that made them is answered, and compacted at each start; generated signing keys are kept in `identity-keys.json`. Both mode 0600. Without it, a revoked session is valid again after a restart, until its cookie expires.",
    parse: parseFilePath,
    whenUnset: "revocations and generated keys live in memory only",
    fix: "point it at a writable directory, like /data",
  },
  redisUrl: {
    name: "FORWARD_AUTH_REDIS_URL",
    doc: "Redis or Valkey shared by replicas for revocations: `redis://` or `rediss://`",
    details:
      "Like `redis://user:password@redis:6379/0` (percent-encode the password; `rediss://` for TLS). Every sign-out and back-channel logout is written there with an expiry and published, so every replica knows it within a second; a replica that starts or reconnects loads the list. While Redis is unreachable, checks go on from each replica's copy and revocations reach Redis once it is back. See [Several replicas](operating.md#several-replicas).",
    parse: parseRedisUrl,
    whenUnset: "one instance: revocations stay in this process (and `FORWARD_AUTH_DATA_DIR`)",
    secret: true,
    fix: "use redis://[user:password@]host[:port][/db] or rediss:// for TLS",
  },
  logLevel: {
    name: "FORWARD_AUTH_LOG_LEVEL",
    doc: "how much to log: `debug`, `info`, `warn` or `error`",
    parse: parseLogLevel,
    default: "info",
    fix: "use debug, info, warn or error",
  },
};

/** The rows in table order, each with the Config field it fills. */
export const SETTING_ROWS: readonly { field: keyof Config; setting: Setting<unknown> }[] = (
  Object.keys(SETTINGS) as (keyof Config)[]
).map((field) => ({ field, setting: SETTINGS[field] }));

/** Every variable the service reads; anything else with the prefix is a likely typo. */
export const SETTING_NAMES: readonly string[] = SETTING_ROWS.map(({ setting }) => setting.name);

/** The secrets: only these have a `_FILE` form. */
export const SECRET_NAMES: readonly string[] = SETTING_ROWS.filter(
  ({ setting }) => setting.secret === true,
).map(({ setting }) => setting.name);
