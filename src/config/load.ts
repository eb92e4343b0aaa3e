import { hostName, parseHost } from "../proxy/forwarded.ts";
import { compileCidrs } from "../proxy/trusted-proxies.ts";
import type { Config, LogLevel } from "./config.ts";
import {
  type ListenAddress,
  parseBoolean,
  parseCookieDomain,
  parseDurationSeconds,
  parseIssuer,
  parseList,
  parseListen,
  parsePathPrefix,
} from "./parsers.ts";
import { closestName } from "./suggest.ts";

export type Env = Readonly<Record<string, string | undefined>>;
/** The user the process runs as: named when a `*_FILE` cannot be read (permissions). */
export interface ProcessUser {
  readonly uid: number;
  readonly gid: number;
}
export interface LoadOptions {
  /** process.getuid() and getgid() where the platform has them; main.ts reads them. */
  readonly user?: ProcessUser | undefined;
}
export type LoadResult =
  | { readonly ok: true; readonly config: Config; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const P = "FORWARD_AUTH_";
const MIN_SECRET_LENGTH = 32;

/** Every variable the service reads; anything else with the prefix is reported as a likely typo. */
export const KNOWN_VARIABLES: readonly string[] = [
  "ISSUER",
  "CLIENT_ID",
  "CLIENT_SECRET",
  "SECRET",
  "LISTEN",
  "TRUSTED_PROXIES",
  "COOKIE_SECURE",
  "COOKIE_DOMAIN",
  "SESSION_LIFETIME",
  "ALLOWED_GROUPS",
  "ALLOWED_USERS",
  "SCOPES",
  "PATH_PREFIX",
  "LOG_LEVEL",
  "AUTH_HOST",
  "METRICS_LISTEN",
  "CONFIG",
  "TOKEN_AUDIENCES",
  "IDENTITY_JWT",
  "IDENTITY_JWT_ISSUER",
  "IDENTITY_JWT_KEY_FILE",
  "DATA_DIR",
].map((name) => P + name);
const SECRET_VARIABLES = new Set([`${P}CLIENT_SECRET`, `${P}SECRET`]);
/** Every name that may be set: the settings and the `_FILE` form of each secret. */
const SETTABLE: readonly string[] = [
  ...KNOWN_VARIABLES,
  ...[...SECRET_VARIABLES].map((name) => `${name}_FILE`),
];

/** A `FORWARD_AUTH_*` variable that is no setting. */
interface UnknownVariable {
  /** Its own problem line. */
  readonly problem: string;
  /** The setting it was probably meant to be, and what that setting's "is required" adds. */
  readonly meant?: { readonly name: string; readonly hint: string };
}

/**
 * Every variable named like a setting that is none. Ignoring one fails open: a misspelt
 * FORWARD_AUTH_ALLOWED_GROUP would start the service with no group restriction at all. The
 * prefix is compared without letter case, since forward_auth_allowed_groups is the same slip.
 */
function unknownVariables(env: Env): UnknownVariable[] {
  const unknown: UnknownVariable[] = [];
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (value === undefined || !upper.startsWith(P) || SETTABLE.includes(name)) continue;
    const base = upper.endsWith("_FILE") ? upper.slice(0, -5) : undefined;
    if (base !== undefined && KNOWN_VARIABLES.includes(base)) {
      // Only the secrets have a _FILE form; FORWARD_AUTH_ISSUER_FILE would be silently ignored.
      const secrets = [...SECRET_VARIABLES].join(" and ");
      unknown.push({
        problem: `${name}: is not a forward-auth setting; only ${secrets} can be read from a file, so set ${base} itself`,
        meant: {
          name: base,
          hint: `(${name} is set, but only ${secrets} have a _FILE form); set ${base} itself`,
        },
      });
      continue;
    }
    const closest = closestName(
      name.slice(P.length),
      SETTABLE.map((known) => known.slice(P.length)),
    );
    unknown.push(
      closest === undefined
        ? {
            problem: `${name}: is not a forward-auth setting; correct its name or remove it (README, Configuration, lists every setting)`,
          }
        : {
            problem: `${name}: is not a forward-auth setting; did you mean ${P}${closest}?`,
            meant: {
              name: P + closest,
              hint: `(${name} is set: a misspelling?); rename ${name} to ${P}${closest}`,
            },
          },
    );
  }
  return unknown;
}

/** How to fix a `*_FILE` that readFile refused, by the error code it gave. */
function unreadableFix(code: string | undefined, user: ProcessUser | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      // Docker bind-mounts a compose secret with the host file's owner and mode, and the image
      // runs as the node user (uid 1000), not root: `umask 077` leaves the file unreadable.
      return user === undefined
        ? "; make it readable by the user the service runs as"
        : `; the service runs as uid ${user.uid} (gid ${user.gid}): chown ${user.uid}:${user.gid} the file on the host, or chmod 0444 it`;
    case "ENOENT":
      return "; nothing is at that path as the service sees it: in a container, give the path inside the container (compose mounts a secret at /run/secrets/<name>)";
    case "EISDIR":
      return "; it is a directory: give the path of the file in it";
    default:
      return "";
  }
}

/**
 * Reads the environment once into a frozen Config, collecting every problem so that one start
 * reports them all. Secrets are never echoed, only their length.
 */
export function loadConfig(
  env: Env,
  readFile: (path: string) => string,
  options: LoadOptions = {},
): LoadResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const unknown = unknownVariables(env);

  const shown = (name: string, raw: string): string =>
    SECRET_VARIABLES.has(name) ? `${raw.length} characters` : JSON.stringify(raw);

  /** The raw value, or its file's content for `NAME_FILE` (secrets only). */
  const read = (name: string): string | undefined => {
    const direct = env[name];
    const fileVar = `${name}_FILE`;
    const file = SECRET_VARIABLES.has(name) ? env[fileVar] : undefined;
    if (file !== undefined && file !== "") {
      if (direct !== undefined && direct !== "") {
        problems.push(`${name}: set both ${name} and ${fileVar}; keep only one`);
        return undefined;
      }
      let content: string;
      try {
        // Files written by editors and `echo` end in a newline that is not part of the secret.
        content = readFile(file).replace(/\r?\n$/, "");
      } catch (error) {
        const code = error instanceof Error && "code" in error ? String(error.code) : undefined;
        problems.push(
          `${fileVar}: cannot read the file (${code ?? "unreadable"}, got ${JSON.stringify(file)})` +
            unreadableFix(code, options.user),
        );
        return undefined;
      }
      // An empty file would pass as a set but empty secret: SECRET would hold no key at all.
      if (content === "") {
        problems.push(
          `${fileVar}: the file is empty (got ${JSON.stringify(file)}); put the secret in it`,
        );
        return undefined;
      }
      return content;
    }
    return direct === "" ? undefined : direct;
  };

  function value<T>(name: string, parse: (raw: string) => T, fallback: T, fix: string): T {
    const raw = read(P + name);
    if (raw === undefined) return fallback;
    try {
      return parse(raw);
    } catch (error) {
      const what = error instanceof Error ? error.message : String(error);
      problems.push(`${P}${name}: ${what} (got ${shown(P + name, raw)}); ${fix}`);
      return fallback;
    }
  }

  function required(name: string, fix: string): string {
    const raw = read(P + name);
    if (raw === undefined && !problems.some((p) => p.startsWith(`${P}${name}`))) {
      // A misspelt required variable: say which one was set instead, and how to correct it.
      const slip = unknown.find(
        ({ meant }) => meant?.name === P + name || meant?.name === `${P}${name}_FILE`,
      );
      problems.push(
        slip?.meant === undefined
          ? `${P}${name}: is required and not set; ${fix}`
          : `${P}${name}: is required and not set ${slip.meant.hint}`,
      );
    }
    return raw ?? "";
  }

  const issuerRaw = required("ISSUER", "set it to your provider's issuer URL");
  let issuer = new URL("https://invalid.invalid/");
  if (issuerRaw !== "") {
    issuer = value("ISSUER", parseIssuer, issuer, "set it to your provider's issuer URL");
    if (issuer.protocol === "http:" && !problems.some((p) => p.startsWith(`${P}ISSUER`))) {
      warnings.push(
        `${P}ISSUER: uses plain http; acceptable only on a private network between the service and the provider`,
      );
    }
  }

  const clientId = required("CLIENT_ID", "set it to the client id registered at your provider");
  const clientSecret = required(
    "CLIENT_SECRET",
    `set it (or ${P}CLIENT_SECRET_FILE) to the client secret from your provider`,
  );

  const secretsRaw = required(
    "SECRET",
    "set it to a random string of at least 32 characters, e.g. `openssl rand -base64 48`",
  );
  const secrets = parseList(secretsRaw);
  if (secretsRaw !== "") {
    secrets.forEach((secret, index) => {
      if (secret.length < MIN_SECRET_LENGTH) {
        problems.push(
          `${P}SECRET: secret #${index + 1} is too short (got ${secret.length} characters); each must be at least ${MIN_SECRET_LENGTH}`,
        );
      }
    });
    if (secrets.length === 0) problems.push(`${P}SECRET: holds no secret; set at least one`);
    if (new Set(secrets).size !== secrets.length) {
      problems.push(`${P}SECRET: lists the same secret twice; remove the duplicate`);
    }
  }

  const listen = value(
    "LISTEN",
    parseListen,
    { host: "0.0.0.0", port: 9000 },
    "use host:port, like 0.0.0.0:9000",
  );
  const metricsListen = value<ListenAddress | undefined>(
    "METRICS_LISTEN",
    parseListen,
    undefined,
    "use host:port on an address the proxy does not route to, like 127.0.0.1:9300",
  );
  const trustedProxies = value(
    "TRUSTED_PROXIES",
    (raw) => compileCidrs(parseList(raw)),
    compileCidrs(["127.0.0.1/32", "::1/128"]),
    "use a comma list of addresses or CIDRs, like 172.16.0.0/12,127.0.0.1/32",
  );
  const cookieSecure = value("COOKIE_SECURE", parseBoolean, true, "use true or false");
  const cookieDomain = value<string | undefined>(
    "COOKIE_DOMAIN",
    parseCookieDomain,
    undefined,
    "use the parent domain of your apps, like example.com",
  );
  const authHost = value<string | undefined>(
    "AUTH_HOST",
    (raw) => {
      const host = parseHost(raw);
      if (host === undefined) throw new Error("must be a host name like auth.example.com");
      return host;
    },
    undefined,
    "use the host that serves every login, like auth.example.com",
  );
  if (authHost !== undefined) {
    const hostname = hostName(authHost);
    if (cookieDomain === undefined) {
      problems.push(
        `${P}AUTH_HOST: needs ${P}COOKIE_DOMAIN, so the session set on ${authHost} reaches the apps; set it to their parent domain`,
      );
    } else if (hostname !== cookieDomain && !hostname.endsWith(`.${cookieDomain}`)) {
      problems.push(
        `${P}AUTH_HOST: is not under ${P}COOKIE_DOMAIN "${cookieDomain}" (got "${authHost}"); use a host of that domain`,
      );
    }
  }
  const sessionLifetimeSeconds = value(
    "SESSION_LIFETIME",
    parseDurationSeconds,
    12 * 3600,
    "use a duration like 90s, 12h or 7d",
  );
  // Browsers cap Max-Age at 400 days (RFC 6265bis section 5.6.2); longer is a silent lie.
  if (sessionLifetimeSeconds > 400 * 86400) {
    problems.push(
      `${P}SESSION_LIFETIME: is longer than 400 days, the most a browser keeps a cookie; use 400d or less`,
    );
  }
  const allowedGroups = value("ALLOWED_GROUPS", parseList, [], "use a comma list of group names");
  const allowedUsers = value("ALLOWED_USERS", parseList, [], "use a comma list of user names");
  const scopes = value<readonly string[] | undefined>(
    "SCOPES",
    (raw) => {
      const list = raw.split(/[\s,]+/).filter((s) => s !== "");
      if (!list.includes("openid")) throw new Error('must include "openid"');
      if (list.some((s) => !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(s))) {
        throw new Error("holds a character not allowed in a scope (RFC 6749 section 3.3)");
      }
      return list;
    },
    undefined,
    'use a space or comma list like "openid profile email groups"',
  );
  const pathPrefix = value(
    "PATH_PREFIX",
    parsePathPrefix,
    "/outpost.goauthentik.io",
    "use a path like /outpost.goauthentik.io",
  );
  const path = (name: string, fix: string) =>
    value<string | undefined>(
      name,
      (raw) => {
        const trimmed = raw.trim();
        if (trimmed === "" || trimmed.includes("\0")) throw new Error("must be a file path");
        return trimmed;
      },
      undefined,
      fix,
    );
  const rulesFile = path("CONFIG", "point it at your rules file, like /etc/forward-auth/rules.yml");
  const tokenAudiences = value<readonly string[]>(
    "TOKEN_AUDIENCES",
    (raw) => {
      const list = parseList(raw);
      if (list.length === 0) throw new Error("holds no audience");
      return list;
    },
    [clientId],
    "use a comma list of the audiences your provider puts in access tokens",
  );
  const identityJwt = value("IDENTITY_JWT", parseBoolean, false, "use true or false");
  const identityJwtIssuer = value(
    "IDENTITY_JWT_ISSUER",
    (raw) => {
      if (raw.trim() === "") throw new Error("must not be empty");
      return raw.trim();
    },
    "forward-auth",
    'use the issuer name apps should expect, like "forward-auth"',
  );
  const identityJwtKeyFile = path(
    "IDENTITY_JWT_KEY_FILE",
    "point it at a PEM or JWK private key file",
  );
  const dataDir = path("DATA_DIR", "point it at a writable directory, like /data");
  const logLevel = value<LogLevel>(
    "LOG_LEVEL",
    (raw) => {
      const level = raw.trim().toLowerCase();
      if (level === "debug" || level === "info" || level === "warn" || level === "error") {
        return level;
      }
      throw new Error("must be debug, info, warn or error");
    },
    "info",
    "use debug, info, warn or error",
  );

  if (!cookieSecure) {
    warnings.push(`${P}COOKIE_SECURE: is false; cookies travel over plain http (test setups only)`);
  }
  for (const variable of unknown) problems.push(variable.problem);

  if (problems.length > 0) return { ok: false, problems };
  const config: Config = {
    issuer,
    clientId,
    clientSecret,
    secrets: Object.freeze(secrets),
    listen: Object.freeze({ ...listen }),
    metricsListen: metricsListen === undefined ? undefined : Object.freeze({ ...metricsListen }),
    trustedProxies,
    cookieSecure,
    cookieDomain,
    authHost,
    sessionLifetimeSeconds,
    allowedGroups: Object.freeze(allowedGroups),
    allowedUsers: Object.freeze(allowedUsers),
    scopes: scopes === undefined ? undefined : Object.freeze([...scopes]),
    pathPrefix,
    logLevel,
    rulesFile,
    tokenAudiences: Object.freeze([...tokenAudiences]),
    identityJwt,
    identityJwtIssuer,
    identityJwtKeyFile,
    dataDir,
  };
  return { ok: true, config: Object.freeze(config), warnings };
}
