import { describe, expect, it } from "vitest";
import type { Config } from "../../src/config/config.ts";
import { loadConfig, type Env, type LoadResult } from "../../src/config/load.ts";

const SECRET = "s".repeat(40);
const SECRET_B = "t".repeat(32);
const BASE: Env = {
  FORWARD_AUTH_ISSUER: "https://auth.example.com/application/o/app/",
  FORWARD_AUTH_CLIENT_ID: "app",
  FORWARD_AUTH_CLIENT_SECRET: "client-secret-value",
  FORWARD_AUTH_SECRET: SECRET,
};

/** A readFile stub over a fixed set of files; anything else fails as Node's readFileSync does. */
function files(contents: Readonly<Record<string, string>> = {}): (path: string) => string {
  return (path) => {
    const content = contents[path];
    if (content === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: "ENOENT",
      });
    }
    return content;
  };
}

function load(overrides: Env, contents?: Readonly<Record<string, string>>): LoadResult {
  return loadConfig({ ...BASE, ...overrides }, files(contents));
}

function loaded(result: LoadResult): { config: Config; warnings: readonly string[] } {
  if (!result.ok)
    throw new Error(`expected a config, got problems:\n${result.problems.join("\n")}`);
  return result;
}

function problemsOf(result: LoadResult): readonly string[] {
  if (result.ok) throw new Error("expected problems, got a config");
  return result.problems;
}

/** The config as plain data, so one toEqual compares every field. */
function view(config: Config) {
  return {
    issuer: config.issuer.href,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    secrets: config.secrets,
    listen: config.listen,
    trustedProxies: config.trustedProxies.cidrs,
    cookieSecure: config.cookieSecure,
    cookieDomain: config.cookieDomain,
    sessionLifetimeSeconds: config.sessionLifetimeSeconds,
    allowedGroups: config.allowedGroups,
    allowedUsers: config.allowedUsers,
    scopes: config.scopes,
    pathPrefix: config.pathPrefix,
    logLevel: config.logLevel,
  };
}
type View = ReturnType<typeof view>;

const DEFAULTS: View = {
  issuer: "https://auth.example.com/application/o/app/",
  clientId: "app",
  clientSecret: "client-secret-value",
  secrets: [SECRET],
  listen: { host: "0.0.0.0", port: 9000 },
  trustedProxies: ["127.0.0.1/32", "::1/128"],
  cookieSecure: true,
  cookieDomain: undefined,
  sessionLifetimeSeconds: 43200,
  allowedGroups: [],
  allowedUsers: [],
  scopes: undefined,
  pathPrefix: "/outpost.goauthentik.io",
  logLevel: "info",
};

describe("loadConfig defaults", () => {
  it("fills every optional setting and warns about nothing", () => {
    const { config, warnings } = loaded(load({}));
    expect(view(config)).toEqual(DEFAULTS);
    expect(warnings).toEqual([]);
    expect(config.trustedProxies.contains("127.0.0.1")).toBe(true);
    expect(config.trustedProxies.contains("::1")).toBe(true);
    expect(config.trustedProxies.contains("10.0.0.1")).toBe(false);
  });

  it("treats empty strings as unset", () => {
    const empty: Env = {
      FORWARD_AUTH_LISTEN: "",
      FORWARD_AUTH_TRUSTED_PROXIES: "",
      FORWARD_AUTH_COOKIE_SECURE: "",
      FORWARD_AUTH_COOKIE_DOMAIN: "",
      FORWARD_AUTH_SESSION_LIFETIME: "",
      FORWARD_AUTH_ALLOWED_GROUPS: "",
      FORWARD_AUTH_ALLOWED_USERS: "",
      FORWARD_AUTH_SCOPES: "",
      FORWARD_AUTH_PATH_PREFIX: "",
      FORWARD_AUTH_LOG_LEVEL: "",
      FORWARD_AUTH_CLIENT_SECRET_FILE: "",
      FORWARD_AUTH_SECRET_FILE: "",
    };
    expect(view(loaded(load(empty)).config)).toEqual(DEFAULTS);
  });

  it("returns a frozen config with frozen lists", () => {
    const { config } = loaded(
      load({ FORWARD_AUTH_ALLOWED_GROUPS: "a", FORWARD_AUTH_SCOPES: "openid email" }),
    );
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.secrets)).toBe(true);
    expect(Object.isFrozen(config.allowedGroups)).toBe(true);
    expect(Object.isFrozen(config.allowedUsers)).toBe(true);
    expect(Object.isFrozen(config.scopes)).toBe(true);
    expect(Object.isFrozen(config.listen)).toBe(true);
    expect(Object.isFrozen(config.trustedProxies)).toBe(true);
    expect(Object.isFrozen(config.trustedProxies.cidrs)).toBe(true);
    expect(() => {
      (config as { clientId: string }).clientId = "other";
    }).toThrow(TypeError);
  });
});

describe("loadConfig parses every variable", () => {
  const rows: readonly { name: string; input: Env; want: Partial<View> }[] = [
    {
      name: "client id",
      input: { FORWARD_AUTH_CLIENT_ID: "my-app" },
      want: { clientId: "my-app" },
    },
    {
      name: "issuer without trailing slash kept as written",
      input: { FORWARD_AUTH_ISSUER: "https://id.example.com/realms/home" },
      want: { issuer: "https://id.example.com/realms/home" },
    },
    {
      name: "issuer with surrounding spaces",
      input: { FORWARD_AUTH_ISSUER: "  https://id.example.com/  " },
      want: { issuer: "https://id.example.com/" },
    },
    {
      name: "two secrets",
      input: { FORWARD_AUTH_SECRET: `${SECRET}, ${SECRET_B}` },
      want: { secrets: [SECRET, SECRET_B] },
    },
    {
      name: "secret list with blanks",
      input: { FORWARD_AUTH_SECRET: `,${SECRET},,` },
      want: { secrets: [SECRET] },
    },
    { name: "listen :9000", input: { FORWARD_AUTH_LISTEN: ":9000" }, want: {} },
    {
      name: "listen [::]:9000",
      input: { FORWARD_AUTH_LISTEN: "[::]:9000" },
      want: { listen: { host: "::", port: 9000 } },
    },
    {
      name: "listen 127.0.0.1:8080",
      input: { FORWARD_AUTH_LISTEN: "127.0.0.1:8080" },
      want: { listen: { host: "127.0.0.1", port: 8080 } },
    },
    {
      name: "listen hostname, highest port",
      input: { FORWARD_AUTH_LISTEN: "localhost:65535" },
      want: { listen: { host: "localhost", port: 65535 } },
    },
    {
      name: "trusted proxies list",
      input: { FORWARD_AUTH_TRUSTED_PROXIES: "172.16.0.0/12, 10.0.0.1,fd00::/8, ::1" },
      want: { trustedProxies: ["172.16.0.0/12", "10.0.0.1", "fd00::/8", "::1"] },
    },
    {
      name: "trusted proxies empty list trusts nobody",
      input: { FORWARD_AUTH_TRUSTED_PROXIES: " , " },
      want: { trustedProxies: [] },
    },
    {
      name: "cookie secure false",
      input: { FORWARD_AUTH_COOKIE_SECURE: "false" },
      want: { cookieSecure: false },
    },
    {
      name: "cookie secure 0",
      input: { FORWARD_AUTH_COOKIE_SECURE: "0" },
      want: { cookieSecure: false },
    },
    { name: "cookie secure TRUE", input: { FORWARD_AUTH_COOKIE_SECURE: "TRUE" }, want: {} },
    { name: "cookie secure yes", input: { FORWARD_AUTH_COOKIE_SECURE: " yes " }, want: {} },
    {
      name: "cookie domain",
      input: { FORWARD_AUTH_COOKIE_DOMAIN: "example.com" },
      want: { cookieDomain: "example.com" },
    },
    {
      name: "cookie domain with leading dot",
      input: { FORWARD_AUTH_COOKIE_DOMAIN: ".example.com" },
      want: { cookieDomain: "example.com" },
    },
    {
      name: "cookie domain upper-case",
      input: { FORWARD_AUTH_COOKIE_DOMAIN: "Home.Example.COM" },
      want: { cookieDomain: "home.example.com" },
    },
    {
      name: "lifetime 90s",
      input: { FORWARD_AUTH_SESSION_LIFETIME: "90s" },
      want: { sessionLifetimeSeconds: 90 },
    },
    {
      name: "lifetime 15m",
      input: { FORWARD_AUTH_SESSION_LIFETIME: "15m" },
      want: { sessionLifetimeSeconds: 900 },
    },
    {
      name: "lifetime 12h",
      input: { FORWARD_AUTH_SESSION_LIFETIME: "12h" },
      want: { sessionLifetimeSeconds: 43200 },
    },
    {
      name: "lifetime 7d",
      input: { FORWARD_AUTH_SESSION_LIFETIME: "7d" },
      want: { sessionLifetimeSeconds: 604800 },
    },
    {
      name: "lifetime 400d, the browser cap",
      input: { FORWARD_AUTH_SESSION_LIFETIME: "400d" },
      want: { sessionLifetimeSeconds: 34560000 },
    },
    {
      name: "allowed groups",
      input: { FORWARD_AUTH_ALLOWED_GROUPS: "admins, family ,," },
      want: { allowedGroups: ["admins", "family"] },
    },
    {
      name: "allowed users",
      input: { FORWARD_AUTH_ALLOWED_USERS: "alice,bob" },
      want: { allowedUsers: ["alice", "bob"] },
    },
    {
      name: "scopes with spaces",
      input: { FORWARD_AUTH_SCOPES: "openid profile email groups" },
      want: { scopes: ["openid", "profile", "email", "groups"] },
    },
    {
      name: "scopes with commas and spaces",
      input: { FORWARD_AUTH_SCOPES: " email,openid ,  offline_access " },
      want: { scopes: ["email", "openid", "offline_access"] },
    },
    {
      name: "path prefix /auth",
      input: { FORWARD_AUTH_PATH_PREFIX: "/auth" },
      want: { pathPrefix: "/auth" },
    },
    {
      name: "path prefix with two segments",
      input: { FORWARD_AUTH_PATH_PREFIX: "/_sso/forward-auth" },
      want: { pathPrefix: "/_sso/forward-auth" },
    },
    {
      name: "log level DEBUG",
      input: { FORWARD_AUTH_LOG_LEVEL: "DEBUG" },
      want: { logLevel: "debug" },
    },
    {
      name: "log level error",
      input: { FORWARD_AUTH_LOG_LEVEL: "error" },
      want: { logLevel: "error" },
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(view(loaded(load(input)).config)).toEqual({ ...DEFAULTS, ...want });
  });
});

describe("loadConfig reports a bad variable", () => {
  const LISTEN_RULE =
    "must be host:port with a port from 1 to 65535, like 0.0.0.0:9000 (got %s); use host:port, like 0.0.0.0:9000";
  const DURATION_RULE =
    "must be a number followed by s, m, h or d, like 90s, 12h or 7d (got %s); use a duration like 90s, 12h or 7d";
  const DOMAIN_RULE =
    "must be a domain name like example.com (got %s); use the parent domain of your apps, like example.com";
  const PREFIX_RULE =
    "must start with / and not end with /, like /outpost.goauthentik.io (got %s); use a path like /outpost.goauthentik.io";
  const CIDR_FIX = "use a comma list of addresses or CIDRs, like 172.16.0.0/12,127.0.0.1/32";
  const ISSUER_FIX = "set it to your provider's issuer URL";
  const SCOPE_FIX = 'use a space or comma list like "openid profile email groups"';
  const fill = (rule: string, raw: string): string => rule.replace("%s", JSON.stringify(raw));
  const listen = (raw: string) => ({
    name: `listen ${JSON.stringify(raw)}`,
    input: { FORWARD_AUTH_LISTEN: raw },
    want: `FORWARD_AUTH_LISTEN: ${fill(LISTEN_RULE, raw)}`,
  });
  const lifetime = (raw: string) => ({
    name: `lifetime ${JSON.stringify(raw)}`,
    input: { FORWARD_AUTH_SESSION_LIFETIME: raw },
    want: `FORWARD_AUTH_SESSION_LIFETIME: ${fill(DURATION_RULE, raw)}`,
  });
  const domain = (raw: string) => ({
    name: `cookie domain ${JSON.stringify(raw)}`,
    input: { FORWARD_AUTH_COOKIE_DOMAIN: raw },
    want: `FORWARD_AUTH_COOKIE_DOMAIN: ${fill(DOMAIN_RULE, raw)}`,
  });
  const prefix = (raw: string) => ({
    name: `path prefix ${JSON.stringify(raw)}`,
    input: { FORWARD_AUTH_PATH_PREFIX: raw },
    want: `FORWARD_AUTH_PATH_PREFIX: ${fill(PREFIX_RULE, raw)}`,
  });
  const cidr = (raw: string, entry: string) => ({
    name: `trusted proxies ${JSON.stringify(raw)}`,
    input: { FORWARD_AUTH_TRUSTED_PROXIES: raw },
    want: `FORWARD_AUTH_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR (got ${JSON.stringify(raw)}); ${CIDR_FIX}`,
  });

  const rows: readonly { name: string; input: Env; want: string }[] = [
    {
      name: "issuer not a URL",
      input: { FORWARD_AUTH_ISSUER: "auth.example.com" },
      want: `FORWARD_AUTH_ISSUER: must be an absolute URL, like https://auth.example.com/application/o/app/ (got "auth.example.com"); ${ISSUER_FIX}`,
    },
    {
      name: "issuer ftp",
      input: { FORWARD_AUTH_ISSUER: "ftp://auth.example.com/" },
      want: `FORWARD_AUTH_ISSUER: must be an http or https URL (got "ftp://auth.example.com/"); ${ISSUER_FIX}`,
    },
    {
      name: "issuer javascript",
      input: { FORWARD_AUTH_ISSUER: "javascript:alert(1)" },
      want: `FORWARD_AUTH_ISSUER: must be an http or https URL (got "javascript:alert(1)"); ${ISSUER_FIX}`,
    },
    {
      name: "issuer with query",
      input: { FORWARD_AUTH_ISSUER: "https://auth.example.com/?x=1" },
      want: `FORWARD_AUTH_ISSUER: must not contain a query, fragment or credentials (got "https://auth.example.com/?x=1"); ${ISSUER_FIX}`,
    },
    {
      name: "issuer with fragment",
      input: { FORWARD_AUTH_ISSUER: "https://auth.example.com/#x" },
      want: `FORWARD_AUTH_ISSUER: must not contain a query, fragment or credentials (got "https://auth.example.com/#x"); ${ISSUER_FIX}`,
    },
    {
      name: "issuer with credentials",
      input: { FORWARD_AUTH_ISSUER: "https://u:p@auth.example.com/" },
      want: `FORWARD_AUTH_ISSUER: must not contain a query, fragment or credentials (got "https://u:p@auth.example.com/"); ${ISSUER_FIX}`,
    },
    {
      name: "issuer only spaces",
      input: { FORWARD_AUTH_ISSUER: "   " },
      want: `FORWARD_AUTH_ISSUER: must be an absolute URL, like https://auth.example.com/application/o/app/ (got "   "); ${ISSUER_FIX}`,
    },
    listen("127.0.0.1:0"),
    listen("host:70000"),
    listen("9000"),
    listen("127.0.0.1"),
    listen("::1:9000"),
    listen("[::1]"),
    listen("host:"),
    listen("exa mple:9000"),
    listen("a:b:9000"),
    listen("127.0.0.1:-1"),
    listen("127.0.0.1:123456"),
    cidr("10.0.0.0/8,nope", "nope"),
    cidr("0x7f.1", "0x7f.1"),
    cidr("127.1", "127.1"),
    cidr("0177.0.0.1", "0177.0.0.1"),
    cidr("10.0.0.0/33", "10.0.0.0/33"),
    cidr("::/129", "::/129"),
    cidr("fe80::1%eth0/64", "fe80::1%eth0/64"),
    cidr("::ffff:0177.0.0.1", "::ffff:0177.0.0.1"),
    cidr("10.0.0.1/", "10.0.0.1/"),
    cidr("*", "*"),
    cidr("10.0.0.0 /8", "10.0.0.0 /8"),
    {
      name: "cookie secure maybe",
      input: { FORWARD_AUTH_COOKIE_SECURE: "maybe" },
      want: 'FORWARD_AUTH_COOKIE_SECURE: must be true or false (got "maybe"); use true or false',
    },
    domain("localhost"),
    domain("exa mple.com"),
    domain("example.com."),
    domain("-example.com"),
    domain("example..com"),
    domain("..example.com"),
    domain("https://example.com"),
    domain("exämple.com"),
    {
      name: "cookie domain an IP address",
      input: { FORWARD_AUTH_COOKIE_DOMAIN: "127.0.0.1" },
      want: 'FORWARD_AUTH_COOKIE_DOMAIN: must be a domain name, not an IP address (got "127.0.0.1"); use the parent domain of your apps, like example.com',
    },
    lifetime("12"),
    lifetime("1.5h"),
    lifetime("-1h"),
    lifetime("12H"),
    lifetime("500ms"),
    lifetime("1h30m"),
    lifetime(" "),
    lifetime("1234567890s"),
    {
      name: "lifetime 0s",
      input: { FORWARD_AUTH_SESSION_LIFETIME: "0s" },
      want: 'FORWARD_AUTH_SESSION_LIFETIME: must be longer than zero (got "0s"); use a duration like 90s, 12h or 7d',
    },
    {
      name: "lifetime 401d",
      input: { FORWARD_AUTH_SESSION_LIFETIME: "401d" },
      want: "FORWARD_AUTH_SESSION_LIFETIME: is longer than 400 days, the most a browser keeps a cookie; use 400d or less",
    },
    prefix("auth"),
    prefix("/a/"),
    prefix("/"),
    prefix("/a//b"),
    prefix("/a b"),
    prefix("/a?x=1"),
    prefix("/a%2fb"),
    prefix("\\auth"),
    {
      name: "path prefix with ..",
      input: { FORWARD_AUTH_PATH_PREFIX: "/a/../b" },
      want: 'FORWARD_AUTH_PATH_PREFIX: must not contain . or .. segments (got "/a/../b"); use a path like /outpost.goauthentik.io',
    },
    {
      name: "path prefix with .",
      input: { FORWARD_AUTH_PATH_PREFIX: "/a/./b" },
      want: 'FORWARD_AUTH_PATH_PREFIX: must not contain . or .. segments (got "/a/./b"); use a path like /outpost.goauthentik.io',
    },
    {
      name: "scopes without openid",
      input: { FORWARD_AUTH_SCOPES: "profile email" },
      want: `FORWARD_AUTH_SCOPES: must include "openid" (got "profile email"); ${SCOPE_FIX}`,
    },
    {
      name: "scopes with openid as a prefix only",
      input: { FORWARD_AUTH_SCOPES: "openid2 profile" },
      want: `FORWARD_AUTH_SCOPES: must include "openid" (got "openid2 profile"); ${SCOPE_FIX}`,
    },
    {
      name: "scope with a quote",
      input: { FORWARD_AUTH_SCOPES: 'openid "email' },
      want: `FORWARD_AUTH_SCOPES: holds a character not allowed in a scope (RFC 6749 section 3.3) (got "openid \\"email"); ${SCOPE_FIX}`,
    },
    {
      name: "scope with a backslash",
      input: { FORWARD_AUTH_SCOPES: "openid a\\b" },
      want: `FORWARD_AUTH_SCOPES: holds a character not allowed in a scope (RFC 6749 section 3.3) (got "openid a\\\\b"); ${SCOPE_FIX}`,
    },
    {
      name: "log level verbose",
      input: { FORWARD_AUTH_LOG_LEVEL: "verbose" },
      want: 'FORWARD_AUTH_LOG_LEVEL: must be debug, info, warn or error (got "verbose"); use debug, info, warn or error',
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(problemsOf(load(input))).toEqual([want]);
  });
});

describe("loadConfig collects every problem", () => {
  it("reports each bad variable once, one line each, in one result", () => {
    const problems = problemsOf(
      loadConfig(
        {
          FORWARD_AUTH_ISSUER: "ftp://x/",
          FORWARD_AUTH_SECRET: "short",
          FORWARD_AUTH_LISTEN: "a\nb:1",
          FORWARD_AUTH_TRUSTED_PROXIES: "nope",
          FORWARD_AUTH_COOKIE_SECURE: "maybe",
          FORWARD_AUTH_COOKIE_DOMAIN: "localhost",
          FORWARD_AUTH_SESSION_LIFETIME: "12",
          FORWARD_AUTH_SCOPES: "profile",
          FORWARD_AUTH_PATH_PREFIX: "auth",
          FORWARD_AUTH_LOG_LEVEL: "loud",
        },
        files(),
      ),
    );
    const names = problems.map((p) => p.slice(0, p.indexOf(":")));
    expect(names).toEqual([
      "FORWARD_AUTH_ISSUER",
      "FORWARD_AUTH_CLIENT_ID",
      "FORWARD_AUTH_CLIENT_SECRET",
      "FORWARD_AUTH_SECRET",
      "FORWARD_AUTH_LISTEN",
      "FORWARD_AUTH_TRUSTED_PROXIES",
      "FORWARD_AUTH_COOKIE_SECURE",
      "FORWARD_AUTH_COOKIE_DOMAIN",
      "FORWARD_AUTH_SESSION_LIFETIME",
      "FORWARD_AUTH_SCOPES",
      "FORWARD_AUTH_PATH_PREFIX",
      "FORWARD_AUTH_LOG_LEVEL",
    ]);
    for (const problem of problems) expect(problem).not.toMatch(/[\r\n]/);
    expect(problems[4]).toBe(
      'FORWARD_AUTH_LISTEN: must be host:port with a port from 1 to 65535, like 0.0.0.0:9000 (got "a\\nb:1"); use host:port, like 0.0.0.0:9000',
    );
  });

  const rows: readonly { name: string; input: Env; want: readonly string[] }[] = [
    {
      name: "nothing set",
      input: {},
      want: [
        "FORWARD_AUTH_ISSUER: is required and not set; set it to your provider's issuer URL",
        "FORWARD_AUTH_CLIENT_ID: is required and not set; set it to the client id registered at your provider",
        "FORWARD_AUTH_CLIENT_SECRET: is required and not set; set it (or FORWARD_AUTH_CLIENT_SECRET_FILE) to the client secret from your provider",
        "FORWARD_AUTH_SECRET: is required and not set; set it to a random string of at least 32 characters, e.g. `openssl rand -base64 48`",
      ],
    },
    {
      name: "required ones empty",
      input: {
        FORWARD_AUTH_ISSUER: "",
        FORWARD_AUTH_CLIENT_ID: "",
        FORWARD_AUTH_CLIENT_SECRET: "",
        FORWARD_AUTH_SECRET: "",
      },
      want: [
        "FORWARD_AUTH_ISSUER: is required and not set; set it to your provider's issuer URL",
        "FORWARD_AUTH_CLIENT_ID: is required and not set; set it to the client id registered at your provider",
        "FORWARD_AUTH_CLIENT_SECRET: is required and not set; set it (or FORWARD_AUTH_CLIENT_SECRET_FILE) to the client secret from your provider",
        "FORWARD_AUTH_SECRET: is required and not set; set it to a random string of at least 32 characters, e.g. `openssl rand -base64 48`",
      ],
    },
    {
      name: "only the issuer missing",
      input: { ...BASE, FORWARD_AUTH_ISSUER: undefined },
      want: ["FORWARD_AUTH_ISSUER: is required and not set; set it to your provider's issuer URL"],
    },
    {
      name: "lower-case names are not read, and are named as the slip they are",
      input: {
        forward_auth_issuer: BASE.FORWARD_AUTH_ISSUER,
        FORWARD_AUTH_CLIENT_ID: "app",
        FORWARD_AUTH_CLIENT_SECRET: "x",
        FORWARD_AUTH_SECRET: SECRET,
      },
      want: [
        "FORWARD_AUTH_ISSUER: is required and not set (forward_auth_issuer is set, in lower case); rename it to FORWARD_AUTH_ISSUER",
        "forward_auth_issuer: setting names are upper-case; rename it to FORWARD_AUTH_ISSUER",
      ],
    },
    // Regression: it was told that only the secrets have a _FILE form, so to set the secret itself.
    {
      name: "a lower-case _FILE form of a secret is named as the case slip it is",
      input: {
        FORWARD_AUTH_ISSUER: BASE.FORWARD_AUTH_ISSUER,
        FORWARD_AUTH_CLIENT_ID: "app",
        FORWARD_AUTH_CLIENT_SECRET: "x",
        forward_auth_secret_file: "/run/secrets/forward-auth",
      },
      want: [
        "FORWARD_AUTH_SECRET: is required and not set (forward_auth_secret_file is set, in lower case); rename it to FORWARD_AUTH_SECRET_FILE",
        "forward_auth_secret_file: setting names are upper-case; rename it to FORWARD_AUTH_SECRET_FILE",
      ],
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(problemsOf(loadConfig(input, files()))).toEqual(want);
  });
});

describe("loadConfig secrets", () => {
  const TOO_SHORT = (index: number, length: number): string =>
    `FORWARD_AUTH_SECRET: secret #${index} is too short (got ${length} characters); each must be at least 32`;
  const DUPLICATE = "FORWARD_AUTH_SECRET: lists the same secret twice; remove the duplicate";
  const EMPTY = "FORWARD_AUTH_SECRET: holds no secret; set at least one";

  const rows: readonly {
    name: string;
    input: string;
    /** Values that must appear in no problem. */
    hidden: readonly string[];
    want: readonly string[];
  }[] = [
    {
      name: "one short secret",
      input: "hunter2-short",
      hidden: ["hunter2-short"],
      want: [TOO_SHORT(1, 13)],
    },
    {
      name: "31 characters",
      input: "q".repeat(31),
      hidden: ["q".repeat(31)],
      want: [TOO_SHORT(1, 31)],
    },
    {
      name: "second of two too short",
      input: `${SECRET},zebra-crossing-9`,
      hidden: [SECRET, "zebra-crossing-9"],
      want: [TOO_SHORT(2, 16)],
    },
    {
      name: "both too short and duplicated",
      input: "pa55word-xyz,pa55word-xyz",
      hidden: ["pa55word-xyz"],
      want: [TOO_SHORT(1, 12), TOO_SHORT(2, 12), DUPLICATE],
    },
    {
      name: "duplicate long secret",
      input: `${SECRET_B}, ${SECRET_B}`,
      hidden: [SECRET_B],
      want: [DUPLICATE],
    },
    { name: "only commas", input: " , ,", hidden: [], want: [EMPTY] },
    {
      name: "secret with a newline and quote",
      input: 'ab"c\nd',
      hidden: ['ab"c', "\nd", 'ab\\"c'],
      want: [TOO_SHORT(1, 6)],
    },
  ];

  it.each(rows)("$name", ({ input, hidden, want }) => {
    const problems = problemsOf(load({ FORWARD_AUTH_SECRET: input }));
    expect(problems).toEqual(want);
    const all = JSON.stringify(problems) + problems.join("\n");
    for (const value of hidden) expect(all).not.toContain(value);
  });

  it("never echoes the client secret or the secret alongside other problems", () => {
    const problems = problemsOf(
      load({
        FORWARD_AUTH_SECRET: "ultra-private-1",
        FORWARD_AUTH_CLIENT_SECRET: "ultra-private-2",
        FORWARD_AUTH_LISTEN: "bad",
        FORWARD_AUTH_SECRET_FILE: "/run/secrets/s",
      }),
    );
    expect(problems.join("\n")).not.toContain("ultra-private");
  });
});

/** The hint of a *_FILE that names no file. */
const NO_FILE =
  "; nothing is at that path as the service sees it: in a container, give the path inside the container (compose mounts a secret at /run/secrets/<name>)";

describe("loadConfig *_FILE variants", () => {
  const rows: readonly {
    name: string;
    input: Env;
    files: Readonly<Record<string, string>>;
    want: { clientSecret: string; secrets: readonly string[] } | readonly string[];
  }[] = [
    {
      name: "client secret from a file, newline stripped",
      input: { FORWARD_AUTH_CLIENT_SECRET: undefined, FORWARD_AUTH_CLIENT_SECRET_FILE: "/run/cs" },
      files: { "/run/cs": "from-file\n" },
      want: { clientSecret: "from-file", secrets: [SECRET] },
    },
    {
      name: "client secret from a file, CRLF stripped",
      input: { FORWARD_AUTH_CLIENT_SECRET: undefined, FORWARD_AUTH_CLIENT_SECRET_FILE: "/run/cs" },
      files: { "/run/cs": "from-file\r\n" },
      want: { clientSecret: "from-file", secrets: [SECRET] },
    },
    {
      name: "client secret file without newline",
      input: { FORWARD_AUTH_CLIENT_SECRET: undefined, FORWARD_AUTH_CLIENT_SECRET_FILE: "/run/cs" },
      files: { "/run/cs": "exact" },
      want: { clientSecret: "exact", secrets: [SECRET] },
    },
    {
      name: "only one trailing newline stripped",
      input: { FORWARD_AUTH_CLIENT_SECRET: undefined, FORWARD_AUTH_CLIENT_SECRET_FILE: "/run/cs" },
      files: { "/run/cs": "two\n\n" },
      want: { clientSecret: "two\n", secrets: [SECRET] },
    },
    {
      name: "secret from a file",
      input: { FORWARD_AUTH_SECRET: undefined, FORWARD_AUTH_SECRET_FILE: "/run/s" },
      files: { "/run/s": `${SECRET_B}\n` },
      want: { clientSecret: "client-secret-value", secrets: [SECRET_B] },
    },
    {
      name: "secret file with two secrets",
      input: { FORWARD_AUTH_SECRET: undefined, FORWARD_AUTH_SECRET_FILE: "/run/s" },
      files: { "/run/s": `${SECRET_B},${SECRET}\n` },
      want: { clientSecret: "client-secret-value", secrets: [SECRET_B, SECRET] },
    },
    {
      name: "both client secret forms",
      input: { FORWARD_AUTH_CLIENT_SECRET_FILE: "/run/cs" },
      files: { "/run/cs": "from-file" },
      want: [
        "FORWARD_AUTH_CLIENT_SECRET: set both FORWARD_AUTH_CLIENT_SECRET and FORWARD_AUTH_CLIENT_SECRET_FILE; keep only one",
      ],
    },
    {
      name: "both secret forms",
      input: { FORWARD_AUTH_SECRET_FILE: "/run/s" },
      files: { "/run/s": SECRET_B },
      want: [
        "FORWARD_AUTH_SECRET: set both FORWARD_AUTH_SECRET and FORWARD_AUTH_SECRET_FILE; keep only one",
      ],
    },
    {
      name: "missing client secret file",
      input: { FORWARD_AUTH_CLIENT_SECRET: undefined, FORWARD_AUTH_CLIENT_SECRET_FILE: "/nope" },
      files: {},
      want: [
        `FORWARD_AUTH_CLIENT_SECRET_FILE: cannot read the file (ENOENT, got "/nope")${NO_FILE}`,
      ],
    },
    {
      name: "missing secret file",
      input: { FORWARD_AUTH_SECRET: undefined, FORWARD_AUTH_SECRET_FILE: "/run/missing" },
      files: {},
      want: [
        `FORWARD_AUTH_SECRET_FILE: cannot read the file (ENOENT, got "/run/missing")${NO_FILE}`,
      ],
    },
    {
      name: "short secret from a file shown as a length",
      input: { FORWARD_AUTH_SECRET: undefined, FORWARD_AUTH_SECRET_FILE: "/run/s" },
      files: { "/run/s": "tiny-file-secret\n" },
      want: [
        "FORWARD_AUTH_SECRET: secret #1 is too short (got 16 characters); each must be at least 32",
      ],
    },
    {
      name: "empty secret file",
      input: { FORWARD_AUTH_SECRET: undefined, FORWARD_AUTH_SECRET_FILE: "/run/s" },
      files: { "/run/s": "\n" },
      want: ['FORWARD_AUTH_SECRET_FILE: the file is empty (got "/run/s"); put the secret in it'],
    },
    {
      name: "empty client secret file",
      input: { FORWARD_AUTH_CLIENT_SECRET: undefined, FORWARD_AUTH_CLIENT_SECRET_FILE: "/run/cs" },
      files: { "/run/cs": "" },
      want: [
        'FORWARD_AUTH_CLIENT_SECRET_FILE: the file is empty (got "/run/cs"); put the secret in it',
      ],
    },
    {
      name: "secret file of blanks and commas",
      input: { FORWARD_AUTH_SECRET: undefined, FORWARD_AUTH_SECRET_FILE: "/run/s" },
      files: { "/run/s": " , \n" },
      want: ["FORWARD_AUTH_SECRET: holds no secret; set at least one"],
    },
  ];

  it.each(rows)("$name", ({ input, files: contents, want }) => {
    const result = load(input, contents);
    if (Array.isArray(want)) {
      expect(problemsOf(result)).toEqual(want);
    } else {
      const { config } = loaded(result);
      expect({ clientSecret: config.clientSecret, secrets: config.secrets }).toEqual(want);
    }
  });

  /** A readFile that fails as Node's readFileSync does, with this code. */
  const refusing =
    (code: string) =>
    (path: string): string => {
      throw Object.assign(new Error(`${code}: cannot open '${path}'`), { code });
    };
  const SECRET_FROM = {
    FORWARD_AUTH_SECRET: undefined,
    FORWARD_AUTH_SECRET_FILE: "/run/secrets/x",
  };

  // Regression: a secret written as root under `umask 077` is mode 0600, and the image's user
  // (uid 1000) gets EACCES; the problem says which user must read it and how to let it.
  it.each([
    {
      name: "EACCES names the process's user and the two fixes",
      code: "EACCES",
      user: { uid: 1000, gid: 1000 },
      want: 'FORWARD_AUTH_SECRET_FILE: cannot read the file (EACCES, got "/run/secrets/x"); the service runs as uid 1000 (gid 1000): chown 1000:1000 the file on the host, or chmod 0444 it',
    },
    {
      name: "EACCES under another user names that user",
      code: "EACCES",
      user: { uid: 1234, gid: 100 },
      want: 'FORWARD_AUTH_SECRET_FILE: cannot read the file (EACCES, got "/run/secrets/x"); the service runs as uid 1234 (gid 100): chown 1234:100 the file on the host, or chmod 0444 it',
    },
    {
      name: "EPERM is a permission problem too",
      code: "EPERM",
      user: { uid: 1000, gid: 1000 },
      want: 'FORWARD_AUTH_SECRET_FILE: cannot read the file (EPERM, got "/run/secrets/x"); the service runs as uid 1000 (gid 1000): chown 1000:1000 the file on the host, or chmod 0444 it',
    },
    {
      name: "EACCES on a platform without uids",
      code: "EACCES",
      user: undefined,
      want: 'FORWARD_AUTH_SECRET_FILE: cannot read the file (EACCES, got "/run/secrets/x"); make it readable by the user the service runs as',
    },
    {
      name: "ENOENT says the path is the one inside the container",
      code: "ENOENT",
      user: { uid: 1000, gid: 1000 },
      want: `FORWARD_AUTH_SECRET_FILE: cannot read the file (ENOENT, got "/run/secrets/x")${NO_FILE}`,
    },
    {
      name: "EISDIR asks for the file in the directory",
      code: "EISDIR",
      user: { uid: 1000, gid: 1000 },
      want: 'FORWARD_AUTH_SECRET_FILE: cannot read the file (EISDIR, got "/run/secrets/x"); it is a directory: give the path of the file in it',
    },
    {
      name: "another code is named without a guess",
      code: "EIO",
      user: { uid: 1000, gid: 1000 },
      want: 'FORWARD_AUTH_SECRET_FILE: cannot read the file (EIO, got "/run/secrets/x")',
    },
  ])("unreadable secret file: $name", ({ code, user, want }) => {
    const result = loadConfig({ ...BASE, ...SECRET_FROM }, refusing(code), { user });
    expect(problemsOf(result)).toEqual([want]);
  });

  it("names the file variable when readFile throws something that is not an Error", () => {
    const result = loadConfig(
      { ...BASE, FORWARD_AUTH_SECRET: undefined, FORWARD_AUTH_SECRET_FILE: "/x" },
      () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the hostile case
        throw "boom";
      },
    );
    expect(problemsOf(result)).toEqual([
      'FORWARD_AUTH_SECRET_FILE: cannot read the file (unreadable, got "/x")',
    ]);
  });
});

describe("loadConfig warnings", () => {
  const HTTP_ISSUER =
    "FORWARD_AUTH_ISSUER: uses plain http; acceptable only on a private network between the service and the provider";
  const INSECURE =
    "FORWARD_AUTH_COOKIE_SECURE: is false; cookies travel over plain http (test setups only)";

  const rows: readonly { name: string; input: Env; want: readonly string[] }[] = [
    {
      name: "plain http issuer",
      input: { FORWARD_AUTH_ISSUER: "http://idp.internal:9000/" },
      want: [HTTP_ISSUER],
    },
    { name: "cookie secure off", input: { FORWARD_AUTH_COOKIE_SECURE: "false" }, want: [INSECURE] },
    { name: "other variables ignored", input: { HOME: "/root", AUTH_SECRET: "x" }, want: [] },
    {
      name: "both, in order",
      input: { FORWARD_AUTH_ISSUER: "http://idp/", FORWARD_AUTH_COOKIE_SECURE: "off" },
      want: [HTTP_ISSUER, INSECURE],
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(loaded(load(input)).warnings).toEqual(want);
  });
});

// Regression: FORWARD_AUTH_ALLOWED_GROUP=music (one letter short) used to start the service with
// a warning and no group restriction at all. Any variable named like a setting that is none
// stops the start, naming the setting it was probably meant to be.
describe("unknown settings fail closed", () => {
  const ONLY_SECRETS =
    "only FORWARD_AUTH_CLIENT_SECRET, FORWARD_AUTH_SECRET and FORWARD_AUTH_REDIS_URL can be read from a file";
  const NO_MATCH =
    "is not a forward-auth setting; correct its name or remove it (docs/configuration.md lists every setting)";

  const rows: readonly { name: string; input: Env; want: readonly string[] }[] = [
    {
      name: "regression: FORWARD_AUTH_ALLOWED_GROUP (one letter short) was ignored, and every app was open to every user (failed open)",
      input: { FORWARD_AUTH_ALLOWED_GROUP: "music" },
      want: [
        "FORWARD_AUTH_ALLOWED_GROUP: is not a forward-auth setting; did you mean FORWARD_AUTH_ALLOWED_GROUPS?",
      ],
    },
    {
      name: "an unknown name set to the empty string is still a slip",
      input: { FORWARD_AUTH_ALLOWED_GROUP: "" },
      want: [
        "FORWARD_AUTH_ALLOWED_GROUP: is not a forward-auth setting; did you mean FORWARD_AUTH_ALLOWED_GROUPS?",
      ],
    },
    {
      name: "two letters swapped",
      input: { FORWARD_AUTH_COOKIE_DOMIAN: "example.com" },
      want: [
        "FORWARD_AUTH_COOKIE_DOMIAN: is not a forward-auth setting; did you mean FORWARD_AUTH_COOKIE_DOMAIN?",
      ],
    },
    {
      name: "singular of a plural",
      input: { FORWARD_AUTH_TRUSTED_PROXY: "172.28.0.10" },
      want: [
        "FORWARD_AUTH_TRUSTED_PROXY: is not a forward-auth setting; did you mean FORWARD_AUTH_TRUSTED_PROXIES?",
      ],
    },
    {
      name: "lower case",
      input: { forward_auth_allowed_groups: "music" },
      want: [
        "forward_auth_allowed_groups: setting names are upper-case; rename it to FORWARD_AUTH_ALLOWED_GROUPS",
      ],
    },
    {
      name: "a misspelt _FILE form of a secret",
      input: { FORWARD_AUTH_SECRET_FIEL: "/run/secrets/s" },
      want: [
        "FORWARD_AUTH_SECRET_FIEL: is not a forward-auth setting; did you mean FORWARD_AUTH_SECRET_FILE?",
      ],
    },
    {
      name: "_FILE of a setting that has no file form",
      input: { FORWARD_AUTH_ALLOWED_GROUPS_FILE: "/run/groups" },
      want: [
        `FORWARD_AUTH_ALLOWED_GROUPS_FILE: is not a forward-auth setting; ${ONLY_SECRETS}, so set FORWARD_AUTH_ALLOWED_GROUPS itself`,
      ],
    },
    {
      name: "_FILE of an unknown name, far from every setting",
      input: { FORWARD_AUTH_TOKEN_FILE: "/run/token" },
      want: [`FORWARD_AUTH_TOKEN_FILE: ${NO_MATCH}`],
    },
    {
      name: "a name far from every setting",
      input: { FORWARD_AUTH_LISTEN_ADDR: ":1" },
      want: [`FORWARD_AUTH_LISTEN_ADDR: ${NO_MATCH}`],
    },
    {
      name: "the bare prefix",
      input: { FORWARD_AUTH_: "x" },
      want: [`FORWARD_AUTH_: ${NO_MATCH}`],
    },
    {
      name: "several, after the other problems, in the environment's order",
      input: {
        FORWARD_AUTH_CONFG: "/etc/rules.yml",
        FORWARD_AUTH_LOG_LEVEL: "loud",
        FORWARD_AUTH_ALLOWED_USER: "alice",
      },
      want: [
        'FORWARD_AUTH_LOG_LEVEL: must be debug, info, warn or error (got "loud"); use debug, info, warn or error',
        "FORWARD_AUTH_CONFG: is not a forward-auth setting; did you mean FORWARD_AUTH_CONFIG?",
        "FORWARD_AUTH_ALLOWED_USER: is not a forward-auth setting; did you mean FORWARD_AUTH_ALLOWED_USERS?",
      ],
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(problemsOf(load(input))).toEqual(want);
  });

  // With a required variable missing, its "is required" problem names the slip beside it.
  const REQUIRED: readonly { name: string; input: Env; want: readonly string[] }[] = [
    {
      name: "a misspelt issuer",
      input: { FORWARD_AUTH_ISSUER: undefined, FORWARD_AUTH_ISUER: "https://id.example.com/" },
      want: [
        "FORWARD_AUTH_ISSUER: is required and not set (FORWARD_AUTH_ISUER is set: a misspelling?); rename FORWARD_AUTH_ISUER to FORWARD_AUTH_ISSUER",
        "FORWARD_AUTH_ISUER: is not a forward-auth setting; did you mean FORWARD_AUTH_ISSUER?",
      ],
    },
    {
      name: "a misspelt client id",
      input: { FORWARD_AUTH_CLIENT_ID: undefined, FORWARD_AUTH_CLIENTID: "app" },
      want: [
        "FORWARD_AUTH_CLIENT_ID: is required and not set (FORWARD_AUTH_CLIENTID is set: a misspelling?); rename FORWARD_AUTH_CLIENTID to FORWARD_AUTH_CLIENT_ID",
        "FORWARD_AUTH_CLIENTID: is not a forward-auth setting; did you mean FORWARD_AUTH_CLIENT_ID?",
      ],
    },
    {
      name: "a misspelt _FILE form of a required secret",
      input: { FORWARD_AUTH_CLIENT_SECRET: undefined, FORWARD_AUTH_CLIENT_SECRETFILE: "/run/cs" },
      want: [
        "FORWARD_AUTH_CLIENT_SECRET: is required and not set (FORWARD_AUTH_CLIENT_SECRETFILE is set: a misspelling?); rename FORWARD_AUTH_CLIENT_SECRETFILE to FORWARD_AUTH_CLIENT_SECRET_FILE",
        "FORWARD_AUTH_CLIENT_SECRETFILE: is not a forward-auth setting; did you mean FORWARD_AUTH_CLIENT_SECRET_FILE?",
      ],
    },
    {
      name: "a _FILE form of a required setting that has none",
      input: { FORWARD_AUTH_ISSUER: undefined, FORWARD_AUTH_ISSUER_FILE: "/run/issuer" },
      want: [
        "FORWARD_AUTH_ISSUER: is required and not set (FORWARD_AUTH_ISSUER_FILE is set, but only FORWARD_AUTH_CLIENT_SECRET, FORWARD_AUTH_SECRET and FORWARD_AUTH_REDIS_URL have a _FILE form); set FORWARD_AUTH_ISSUER itself",
        `FORWARD_AUTH_ISSUER_FILE: is not a forward-auth setting; ${ONLY_SECRETS}, so set FORWARD_AUTH_ISSUER itself`,
      ],
    },
    {
      name: "a wild name does not explain a missing one",
      input: { FORWARD_AUTH_ISSUER: undefined, FORWARD_AUTH_PROVIDER: "https://id.example.com/" },
      want: [
        "FORWARD_AUTH_ISSUER: is required and not set; set it to your provider's issuer URL",
        `FORWARD_AUTH_PROVIDER: ${NO_MATCH}`,
      ],
    },
  ];

  it.each(REQUIRED)("is required: $name", ({ input, want }) => {
    expect(problemsOf(load(input))).toEqual(want);
  });

  it("does not count a name whose value is undefined: it is not set", () => {
    expect(loaded(load({ FORWARD_AUTH_ALLOWED_GROUP: undefined })).warnings).toEqual([]);
  });

  it("accepts every setting and the _FILE forms of the secrets, even when empty", () => {
    const result = loadConfig(
      {
        ...BASE,
        FORWARD_AUTH_CLIENT_SECRET: undefined,
        FORWARD_AUTH_SECRET: undefined,
        FORWARD_AUTH_CLIENT_SECRET_FILE: "/a",
        FORWARD_AUTH_SECRET_FILE: "/b",
        FORWARD_AUTH_IDENTITY_JWT_KEY_FILE: "",
        FORWARD_AUTH_IDENTITY_JWT_ISSUER: "",
        FORWARD_AUTH_METRICS_LISTEN: "",
        FORWARD_AUTH_DATA_DIR: "",
        FORWARD_AUTH_TOKEN_AUDIENCES: "",
        FORWARD_AUTH_CONFIG: "",
      },
      files({ "/a": "cs", "/b": SECRET }),
    );
    expect(loaded(result).warnings).toEqual([]);
  });
});

describe("FORWARD_AUTH_AUTH_HOST", () => {
  it.each([
    {
      name: "without a cookie domain",
      input: { FORWARD_AUTH_AUTH_HOST: "auth.example.com" },
      want: "FORWARD_AUTH_AUTH_HOST: needs FORWARD_AUTH_COOKIE_DOMAIN, so the session set on auth.example.com reaches the apps; set it to their parent domain",
    },
    {
      name: "outside the cookie domain",
      input: {
        FORWARD_AUTH_AUTH_HOST: "auth.evilexample.com",
        FORWARD_AUTH_COOKIE_DOMAIN: "example.com",
      },
      want: 'FORWARD_AUTH_AUTH_HOST: is not under FORWARD_AUTH_COOKIE_DOMAIN "example.com" (got "auth.evilexample.com"); use a host of that domain',
    },
    {
      name: "not a host",
      input: {
        FORWARD_AUTH_AUTH_HOST: "https://auth.example.com/",
        FORWARD_AUTH_COOKIE_DOMAIN: "example.com",
      },
      want: 'FORWARD_AUTH_AUTH_HOST: must be a host name like auth.example.com (got "https://auth.example.com/"); use the host that serves every login, like auth.example.com',
    },
  ])("refuses one $name", ({ input, want }) => {
    const result = load(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([want]);
  });

  // Regression: an invalid cookie domain also got "needs FORWARD_AUTH_COOKIE_DOMAIN", though set.
  it("with an invalid cookie domain, names only what is wrong with it", () => {
    const result = load({
      FORWARD_AUTH_AUTH_HOST: "auth.example.com",
      FORWARD_AUTH_COOKIE_DOMAIN: ".example.com/",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatch(/^FORWARD_AUTH_COOKIE_DOMAIN: /);
    }
  });

  it.each(["auth.example.com", "example.com", "Auth.Example.com:8443"])("accepts %s", (host) => {
    const { config } = loaded(
      load({ FORWARD_AUTH_AUTH_HOST: host, FORWARD_AUTH_COOKIE_DOMAIN: "example.com" }),
    );
    expect(config.authHost).toBe(host.toLowerCase());
  });
});
