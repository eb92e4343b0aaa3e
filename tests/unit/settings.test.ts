// Issue 15, item 4: one table of settings (src/config/settings.ts). Loading, the unknown-variable
// check, `forward-auth --help` and docs/configuration.md are derived from it; these tests fail
// when one of them drifts from the table.
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/run-cli.ts";
import type { Config } from "../../src/config/config.ts";
import { loadConfig, type Env } from "../../src/config/load.ts";
import { configurationReference, settingsHelp } from "../../src/config/reference.ts";
import { SETTING_ROWS, SETTINGS } from "../../src/config/settings.ts";
import { readRepoFile } from "../helpers/bundle.ts";

const BASE: Env = {
  FORWARD_AUTH_ISSUER: "https://auth.example.com/application/o/app/",
  FORWARD_AUTH_CLIENT_ID: "app",
  FORWARD_AUTH_CLIENT_SECRET: "client-secret-value",
  FORWARD_AUTH_SECRET: "s".repeat(40),
};

function configOf(env: Env): Config {
  const result = loadConfig(env, () => "");
  if (!result.ok) throw new Error(`expected a config, got:\n${result.problems.join("\n")}`);
  return result.config;
}

/** A field as plain data: URLs by their href, the trusted proxies by their list. */
function plain(field: keyof Config, config: Config): unknown {
  const value = config[field];
  if (value instanceof URL) return value.href;
  if (field === "trustedProxies") return config.trustedProxies.cidrs;
  return value;
}

/** For each field: a value of its variable other than the default, and what the field holds. */
const SAMPLES: { readonly [K in keyof Config]: { readonly raw: string; readonly want: unknown } } =
  {
    issuer: { raw: "https://id.example.com/", want: "https://id.example.com/" },
    clientId: { raw: "other-app", want: "other-app" },
    clientSecret: { raw: "other-secret", want: "other-secret" },
    secrets: { raw: `${"a".repeat(32)},${"b".repeat(32)}`, want: ["a".repeat(32), "b".repeat(32)] },
    listen: { raw: "127.0.0.1:8080", want: { host: "127.0.0.1", port: 8080 } },
    metricsListen: { raw: "127.0.0.1:9300", want: { host: "127.0.0.1", port: 9300 } },
    trustedProxies: { raw: "10.0.0.0/8", want: ["10.0.0.0/8"] },
    cookieSecure: { raw: "false", want: false },
    cookieDomain: { raw: "example.com", want: "example.com" },
    // AUTH_HOST needs a cookie domain (a rule between settings), so its row sets one too.
    authHost: { raw: "auth.example.com", want: "auth.example.com" },
    sessionLifetimeSeconds: { raw: "7d", want: 7 * 86400 },
    allowedGroups: { raw: "music,admins", want: ["music", "admins"] },
    allowedUsers: { raw: "alice", want: ["alice"] },
    scopes: { raw: "openid email", want: ["openid", "email"] },
    pathPrefix: { raw: "/auth", want: "/auth" },
    rulesFile: { raw: "/etc/forward-auth/rules.yml", want: "/etc/forward-auth/rules.yml" },
    tokenAudiences: { raw: "api,other", want: ["api", "other"] },
    identityJwt: { raw: "true", want: true },
    identityJwtIssuer: { raw: "https://auth.example.com", want: "https://auth.example.com" },
    identityJwtKeyFile: { raw: "/keys/signing.pem", want: "/keys/signing.pem" },
    dataDir: { raw: "/data", want: "/data" },
    redisUrl: { raw: "rediss://fa:p%40ss@redis:6380/1", want: "rediss://fa:p%40ss@redis:6380/1" },
    logLevel: { raw: "debug", want: "debug" },
  };

describe("the settings table", () => {
  const defaults = configOf(BASE);

  it("has one row per Config field, and the loaded Config has exactly those fields", () => {
    expect(Object.keys(defaults).sort()).toEqual(Object.keys(SETTINGS).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(SETTINGS).sort());
  });

  it("names each variable once, with the FORWARD_AUTH_ prefix", () => {
    const names = SETTING_ROWS.map(({ setting }) => setting.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^FORWARD_AUTH_[A-Z]+(?:_[A-Z]+)*$/);
  });

  it.each(SETTING_ROWS)("$setting.name fills config.$field", ({ field, setting }) => {
    const sample = SAMPLES[field];
    const env: Env = {
      ...BASE,
      ...(field === "authHost" ? { FORWARD_AUTH_COOKIE_DOMAIN: "example.com" } : {}),
      [setting.name]: sample.raw,
    };
    expect(plain(field, defaults)).not.toEqual(sample.want);
    expect(plain(field, configOf(env))).toEqual(sample.want);
  });

  it.each(SETTING_ROWS)(
    "$setting.name is required, defaulted or says what unset means",
    ({ setting }) => {
      const kinds = [
        setting.required === true,
        setting.default !== undefined,
        setting.whenUnset !== undefined,
      ];
      expect(kinds.filter(Boolean)).toHaveLength(1);
      if (setting.default !== undefined)
        expect(() => setting.parse(setting.default ?? "")).not.toThrow();
    },
  );

  it.each(SETTING_ROWS)("$setting.name has a one-line doc and a fix", ({ setting }) => {
    // --help prints the doc without backticks after 24 columns of indent, within 100.
    expect(setting.doc.replaceAll("`", "")).toMatch(/^[^\n]{1,76}$/);
    expect(setting.doc).not.toMatch(/\.$/);
    // A cell of the reference's table: plain ASCII (the layout counts characters) and no "|".
    expect(setting.doc).toMatch(/^[\x20-\x7B\x7D\x7E]+$/);
    expect(setting.fix).toMatch(/^[^\n]+[^.]$/);
    expect(setting.details ?? "").not.toContain("\n");
  });

  it.each(SETTING_ROWS)("$setting.name is known to the misspelling check", ({ setting }) => {
    const slip = setting.name.slice(0, -1);
    const result = loadConfig({ ...BASE, [slip]: "x" }, () => "");
    expect(result.ok ? [] : result.problems).toEqual([
      `${slip}: is not a forward-auth setting; did you mean ${setting.name}?`,
    ]);
  });
});

describe("the configuration reference", () => {
  it("docs/configuration.md is what the table generates", () => {
    expect(
      readRepoFile("docs/configuration.md"),
      "docs/configuration.md differs from src/config/settings.ts: run `node src/config/reference.ts > docs/configuration.md`",
    ).toBe(configurationReference());
  });

  it("is linked from README's Configuration section and from docs/README.md", () => {
    const readme = readRepoFile("README.md");
    // The section runs to the next heading of its level, wherever the README puts it.
    const start = readme.indexOf("\n## Configuration\n");
    expect(start).toBeGreaterThan(-1);
    const end = readme.indexOf("\n## ", start + 1);
    const section = readme.slice(start, end === -1 ? undefined : end);
    expect(section).toContain("(docs/configuration.md)");
    // Its short summary names the required settings, all of them.
    const required = SETTING_ROWS.filter(({ setting }) => setting.required === true);
    for (const { setting } of required) expect(section).toContain(setting.name);
    expect(readRepoFile("docs/README.md")).toContain("(configuration.md)");
  });
});

describe("forward-auth --help", () => {
  it("lists every setting from the table, each line within 100 columns", () => {
    expect(USAGE).toContain(settingsHelp());
    for (const { setting } of SETTING_ROWS) expect(settingsHelp()).toContain(`  ${setting.name}`);
    for (const line of settingsHelp().split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });
});
