// `forward-auth explain`: the real app, built in-process from the configuration and rules file,
// answers one request; the report names the rule, the answer and a 200's exact headers.
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.ts";
import { parseExplainArgs } from "../../src/explain/args.ts";
import { runExplain, trustedPeer } from "../../src/explain/run-explain.ts";
import { compileCidrs } from "../../src/proxy/trusted-proxies.ts";
import { VERSION } from "../../src/version.ts";

const RULES_FILE = "/etc/forward-auth/rules.yml";
/** The example file from issue 4. */
const RULES = `
apps:
  - host: music.example.com
    groups: [music]
    rules:
      - path: /rest/
        action: allow
      - path: /share/
        action: allow
      - path: /admin/
        groups: [admins]
      - methods: [OPTIONS]
        action: allow
      - networks: [192.168.1.0/24]
        action: allow
`;
const CLIENT_SECRET = "client-secret-that-must-not-appear";
const SECRET = "s".repeat(16) + "-sealing-secret-that-must-not-appear";
const ENV: Readonly<Record<string, string>> = {
  FORWARD_AUTH_ISSUER: "https://auth.example.com/application/o/music/",
  FORWARD_AUTH_CLIENT_ID: "forward-auth",
  FORWARD_AUTH_CLIENT_SECRET: CLIENT_SECRET,
  FORWARD_AUTH_SECRET: SECRET,
  FORWARD_AUTH_CONFIG: RULES_FILE,
};

interface Explained {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Files by path; any other path is missing, as fs reports it. */
function files(contents: Readonly<Record<string, string>>): (path: string) => string {
  return (path) => {
    const text = contents[path];
    if (text === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
    }
    return text;
  };
}

async function explain(
  argv: string[],
  env: Readonly<Record<string, string>> = ENV,
  rules: string = RULES,
): Promise<Explained> {
  const parsed = parseExplainArgs(argv);
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runExplain(env, files({ [RULES_FILE]: rules }), parsed.args, {
    write: (line) => stdout.push(line),
    warn: (line) => stderr.push(line),
  });
  return { code, stdout, stderr };
}

const APP = "https://music.example.com";
const TRAEFIK = "endpoint  /outpost.goauthentik.io/auth/traefik, asked from 127.0.0.1";
const WITH_RULES = [TRAEFIK, `rules     ${RULES_FILE} (1 app)`];
const NO_CLIENT = "client    unknown (give --client ADDRESS to try networks: rules)";
const ANONYMOUS = "user      anonymous (no session)";
const CALLBACK = `${APP}/outpost.goauthentik.io/callback`;

/** A 200's headers for a user (or nobody), as the service writes them for music.example.com. */
function headers(who: { user: string; groups: string; remoteGroups: string } | undefined) {
  const user = who?.user ?? "";
  return [
    `headers   X-authentik-username: ${user}`.trimEnd(),
    `          X-authentik-groups: ${who?.groups ?? ""}`.trimEnd(),
    "          X-authentik-email:",
    "          X-authentik-name:",
    `          X-authentik-uid: ${user}`.trimEnd(),
    "          X-authentik-entitlements:",
    "          X-authentik-meta-outpost: forward-auth",
    "          X-authentik-meta-provider: forward-auth",
    "          X-authentik-meta-app: music.example.com",
    `          X-authentik-meta-version: ${VERSION}`,
    "          X-authentik-meta-jwks:",
    "          X-authentik-jwt:",
    `          Remote-User: ${user}`.trimEnd(),
    `          Remote-Groups: ${who?.remoteGroups ?? ""}`.trimEnd(),
    "          Remote-Email:",
    "          Remote-Name:",
    "          Cache-Control: no-store",
  ];
}

function loginRedirect(returnTo: string): string[] {
  return [
    `decision  302 login redirect → https://auth.example.com/application/o/music/authorize?response_type=code&client_id=forward-auth&redirect_uri=${encodeURIComponent(CALLBACK)}`,
    "          (the provider's real authorization endpoint comes from its discovery document)",
    `          redirect_uri ${CALLBACK}`,
    `          after login  ${returnTo}`,
  ];
}

describe("explain: the issue's rules file", () => {
  it.each<{ name: string; argv: string[]; want: string[] }>([
    {
      name: "/rest/ without a session: 200 with empty identity headers",
      argv: [`${APP}/rest/ping.view?u=a&p=b`],
      want: [
        `request   GET ${APP}/rest/ping.view?u=a&p=b`,
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com rules[0] path /rest/ (allow)",
        ANONYMOUS,
        "decision  200 allow (no login needed)",
        ...headers(undefined),
      ],
    },
    {
      name: "/ without a session: the browser is sent to log in",
      argv: [`${APP}/`],
      want: [
        `request   GET ${APP}/`,
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com default (login: group music)",
        ANONYMOUS,
        ...loginRedirect(`${APP}/`),
      ],
    },
    {
      name: "/ as alice in music: 200 with her headers",
      argv: [`${APP}/`, "--user", "alice", "--groups", "music,admins"],
      want: [
        `request   GET ${APP}/`,
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com default (login: group music)",
        "user      alice (groups: music, admins)",
        "decision  200 allow (signed in as alice)",
        ...headers({ user: "alice", groups: "music|admins", remoteGroups: "music,admins" }),
      ],
    },
    {
      name: "/admin/ as bob in music only: 403 naming the missing group",
      argv: [`${APP}/admin/`, "--user", "bob", "--groups", "music"],
      want: [
        `request   GET ${APP}/admin/`,
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com rules[2] path /admin/ (login: group admins)",
        "user      bob (groups: music)",
        "decision  403 forbidden: bob is signed in, but the rule needs group admins",
      ],
    },
    {
      name: "/restaurant is not under /rest/: login",
      argv: [`${APP}/restaurant`],
      want: [
        `request   GET ${APP}/restaurant`,
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com default (login: group music)",
        ANONYMOUS,
        ...loginRedirect(`${APP}/restaurant`),
      ],
    },
    {
      name: "/rest/%2e%2e/admin/ has a dot segment: 400 before any rule",
      argv: [`${APP}/rest/%2e%2e/admin/`],
      want: [
        `request   GET ${APP}/rest/%2e%2e/admin/`,
        ...WITH_RULES,
        "rule      not reached: the service refuses the malformed request first",
        ANONYMOUS,
        "decision  400 bad request: forwarded URI path has a dot segment (. or ..)",
      ],
    },
    {
      name: "an encoded path: the path the rules see is shown",
      argv: [`${APP}/%72est/ping.view`],
      want: [
        `request   GET ${APP}/%72est/ping.view`,
        "path      /rest/ping.view (decoded from /%72est/ping.view; rules see this)",
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com rules[0] path /rest/ (allow)",
        ANONYMOUS,
        "decision  200 allow (no login needed)",
        ...headers(undefined),
      ],
    },
    {
      name: "//rest/x is judged as received and slash-merged: the stricter verdict",
      argv: [`${APP}//rest/x`],
      want: [
        `request   GET ${APP}//rest/x`,
        "also      judged as path /rest/x (slashes merged); the stricter verdict counts",
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com default (login: group music)",
        ANONYMOUS,
        ...loginRedirect(`${APP}//rest/x`),
      ],
    },
    {
      name: "//admin/ as alice: both the app's and the admin rule's groups",
      argv: [`${APP}//admin/`, "--user", "alice", "--groups", "admins"],
      want: [
        `request   GET ${APP}//admin/`,
        "also      judged as path /admin/ (slashes merged); the stricter verdict counts",
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com default and apps[0] music.example.com rules[2] path /admin/ (login: (group music) and (group admins))",
        "user      alice (groups: admins)",
        "decision  403 forbidden: alice is signed in, but the rule needs group music",
      ],
    },
    {
      name: "a method override is judged too",
      argv: [`${APP}/share/x`, "--method", "post", "--header", "X-HTTP-Method-Override: put"],
      want: [
        `request   POST ${APP}/share/x`,
        "also      judged as method PUT (method override); the stricter verdict counts",
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com rules[1] path /share/ (allow)",
        ANONYMOUS,
        "decision  200 allow (no login needed)",
        ...headers(undefined),
      ],
    },
    {
      name: "nginx without a session: always 401",
      argv: [`${APP}/`, "--endpoint", "nginx"],
      want: [
        `request   GET ${APP}/`,
        "endpoint  /outpost.goauthentik.io/auth/nginx, asked from 127.0.0.1",
        `rules     ${RULES_FILE} (1 app)`,
        NO_CLIENT,
        "rule      apps[0] music.example.com default (login: group music)",
        ANONYMOUS,
        "decision  401 login required (nginx always gets 401 instead of a redirect; its error_page sends the browser to log in)",
        `          login at ${APP}/outpost.goauthentik.io/start?rd=${encodeURIComponent(`${APP}/`)}`,
      ],
    },
    {
      name: "an API request without a session: 401",
      argv: [`${APP}/api/x`, "--api", "--method", "post"],
      want: [
        `request   POST ${APP}/api/x (an API request, not a browser navigation)`,
        ...WITH_RULES,
        NO_CLIENT,
        "rule      apps[0] music.example.com default (login: group music)",
        ANONYMOUS,
        "decision  401 login required (not a top-level browser navigation: API clients, fetch/XHR and WebSockets get 401)",
        `          login at ${APP}/outpost.goauthentik.io/start?rd=${encodeURIComponent(`${APP}/`)}`,
      ],
    },
    {
      name: "a client inside the allowed network",
      argv: [`${APP}/`, "--client", "192.168.1.20"],
      want: [
        `request   GET ${APP}/`,
        ...WITH_RULES,
        "client    192.168.1.20",
        "rule      apps[0] music.example.com rules[4] networks 192.168.1.0/24 (allow)",
        ANONYMOUS,
        "decision  200 allow (no login needed)",
        ...headers(undefined),
      ],
    },
    {
      name: "a malformed path: 400 before any rule",
      argv: [`${APP}/%zz`],
      want: [
        `request   GET ${APP}/%zz`,
        ...WITH_RULES,
        "rule      not reached: the service refuses the malformed request first",
        ANONYMOUS,
        "decision  400 bad request: forwarded URI path has invalid percent-encoding",
      ],
    },
  ])("$name", async ({ argv, want }) => {
    expect(await explain(argv)).toEqual({ code: 0, stdout: want, stderr: [] });
  });

  it.each([
    {
      name: "a CORS preflight",
      headers: ["Origin: https://app.example.net", "Access-Control-Request-Method: GET"],
      rule: "rules[3] methods OPTIONS (allow)",
    },
    {
      name: "an OPTIONS that is not a preflight",
      headers: [],
      rule: "default (login: group music)",
    },
  ])("OPTIONS: $name", async ({ headers: extra, rule }) => {
    const result = await explain([
      `${APP}/x`,
      "--method",
      "OPTIONS",
      "--api",
      ...extra.flatMap((h) => ["--header", h]),
    ]);
    expect(result.stdout[4]).toBe(`rule      apps[0] music.example.com ${rule}`);
  });

  it("reads a session from a given Cookie header, and says when it holds none", async () => {
    const result = await explain([
      `${APP}/`,
      "--header",
      "Cookie: __Host-forward_auth_session=forged",
    ]);
    expect(result.stdout.find((line) => line.startsWith("user"))).toBe(
      "user      anonymous: the Cookie header holds no valid session (missing, expired, or sealed with other secrets)",
    );
  });

  it("shows a signed identity JWT without its value, and where its keys are", async () => {
    const result = await explain([`${APP}/`, "--user", "alice", "--groups", "music"], {
      ...ENV,
      FORWARD_AUTH_IDENTITY_JWT: "true",
    });
    expect(result.stdout).toContain(
      `          X-authentik-meta-jwks: ${APP}/outpost.goauthentik.io/jwks`,
    );
    expect(result.stdout).toContain(
      "          X-authentik-jwt: <a JWT signed by the service, new on every request>",
    );
  });
});

describe("explain: other configurations", () => {
  it("without a rules file: the global default, with the allowed groups", async () => {
    const env: Record<string, string> = { ...ENV, FORWARD_AUTH_ALLOWED_GROUPS: "family" };
    delete env.FORWARD_AUTH_CONFIG;
    expect(await explain([`${APP}/rest/ping.view`, "--user", "carol"], env)).toEqual({
      code: 0,
      stdout: [
        `request   GET ${APP}/rest/ping.view`,
        TRAEFIK,
        "rules     none: FORWARD_AUTH_CONFIG is not set; FORWARD_AUTH_ALLOWED_* apply to every host",
        "rule      global default (login: group family)",
        "user      carol (no groups)",
        "decision  403 forbidden: carol is signed in, but the rule needs group family",
      ],
      stderr: [],
    });
  });

  it("with one login host: the redirect goes through it", async () => {
    const result = await explain([`${APP}/album/1`], {
      ...ENV,
      FORWARD_AUTH_AUTH_HOST: "auth.example.com",
      FORWARD_AUTH_COOKIE_DOMAIN: "example.com",
    });
    expect(result.stdout.slice(-2)).toEqual([
      `decision  302 login redirect → https://auth.example.com/outpost.goauthentik.io/start?rd=${encodeURIComponent(`${APP}/album/1`)}`,
      "          the login runs on auth.example.com (FORWARD_AUTH_AUTH_HOST)",
    ]);
  });

  it("asks from an address inside FORWARD_AUTH_TRUSTED_PROXIES", async () => {
    const result = await explain([`${APP}/rest/`], {
      ...ENV,
      FORWARD_AUTH_TRUSTED_PROXIES: "172.16.0.0/12",
    });
    expect([result.code, result.stdout[1]]).toEqual([
      0,
      "endpoint  /outpost.goauthentik.io/auth/traefik, asked from 172.16.0.0",
    ]);
  });

  it.each([
    { cidrs: ["127.0.0.1/32", "::1/128"], want: "127.0.0.1" },
    { cidrs: ["::1"], want: "::1" },
    { cidrs: ["10.0.0.2", "172.16.0.0/12"], want: "10.0.0.2" },
    { cidrs: ["::ffff:10.0.0.0/104"], want: "::ffff:10.0.0.0" },
    { cidrs: ["fd00::/8"], want: "fd00::" },
  ])("trustedPeer($cidrs) is $want", ({ cidrs, want }) => {
    expect(trustedPeer(compileCidrs(cidrs))).toBe(want);
  });

  it("refuses an invalid configuration with every problem, never a secret, exit 2", async () => {
    const result = await explain([`${APP}/`], {
      ...ENV,
      FORWARD_AUTH_SECRET: "too short",
      FORWARD_AUTH_TRUSTED_PROXIES: "everyone",
    });
    expect(result).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        "forward-auth: invalid configuration",
        "  FORWARD_AUTH_SECRET: secret #1 is too short (got 9 characters); each must be at least 32",
        '  FORWARD_AUTH_TRUSTED_PROXIES: "everyone" is not an IP address or CIDR (got "everyone"); use a comma list of addresses or CIDRs, like 172.16.0.0/12,127.0.0.1/32',
      ],
    });
    expect(result.stderr.join("\n")).not.toContain(CLIENT_SECRET);
  });

  it("refuses a bad rules file with every problem, exit 2", async () => {
    const bad = `
apps:
  - host: music.example.com
    rules:
      - path: rest/
        action: permit
`;
    expect(await explain([`${APP}/`], ENV, bad)).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        "forward-auth: invalid rules file",
        expect.stringMatching(
          /^ {2}\/etc\/forward-auth\/rules\.yml: apps\[0\]\.rules\[0\]\.action: /,
        ),
        expect.stringMatching(
          /^ {2}\/etc\/forward-auth\/rules\.yml: apps\[0\]\.rules\[0\]\.path: /,
        ),
      ],
    });
  });

  it("refuses a missing rules file, exit 2", async () => {
    const result = await explain([`${APP}/`], { ...ENV, FORWARD_AUTH_CONFIG: "/nowhere.yml" });
    expect(result).toEqual({
      code: 2,
      stdout: [],
      stderr: ["forward-auth: invalid rules file", "  /nowhere.yml: cannot read the file (ENOENT)"],
    });
  });

  // Regression (fail closed): a misspelt setting stops the service, so explain refuses it too
  // instead of explaining an answer the service would never give.
  it("refuses a misspelt setting as the service does, exit 2", async () => {
    const result = await explain([`${APP}/rest/`], { ...ENV, FORWARD_AUTH_CONFG: "x" });
    expect(result).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        "forward-auth: invalid configuration",
        "  FORWARD_AUTH_CONFG: is not a forward-auth setting; did you mean FORWARD_AUTH_CONFIG?",
      ],
    });
  });
});

describe("explain: arguments", () => {
  it.each<{ name: string; argv: string[]; problems: string[] }>([
    {
      name: "no URL",
      argv: ["--user", "alice"],
      problems: [
        "explain: missing the URL to explain, like https://music.example.com/rest/ping.view",
      ],
    },
    {
      name: "a URL without a scheme",
      argv: ["music.example.com/rest/"],
      problems: [
        'URL: is not an absolute URL; give one like https://music.example.com/rest/ping.view (got "music.example.com/rest/")',
      ],
    },
    {
      name: "another scheme",
      argv: ["ftp://music.example.com/"],
      problems: [
        'URL: must start with http://, https://, ws:// or wss://, like https://music.example.com/rest/ping.view (got "ftp://music.example.com/")',
      ],
    },
    {
      name: "credentials in the URL",
      argv: ["https://a:b@music.example.com/"],
      problems: [
        'URL: must not contain a user name or password (got "https://a:b@music.example.com/")',
      ],
    },
    {
      name: "a bad host",
      argv: ["https://music..example.com/"],
      problems: [
        'URL: has no valid host[:port], like music.example.com or music.example.com:8443 (got "https://music..example.com/")',
      ],
    },
    {
      name: "a space",
      argv: ["https://music.example.com/a b"],
      problems: [
        'URL: must be printable ASCII without spaces; percent-encode the rest, as a browser does (got "https://music.example.com/a b")',
      ],
    },
    {
      name: "two URLs",
      argv: [`${APP}/`, `${APP}/x`],
      problems: [`unexpected argument "${APP}/x"; explain takes one URL`],
    },
    {
      name: "claims without a user",
      argv: [`${APP}/`, "--groups", "music", "--email", "a@example.com"],
      problems: [
        "--groups: needs --user; without it the request is anonymous",
        "--email: needs --user; without it the request is anonymous",
      ],
    },
    {
      name: "bad method, endpoint and client",
      argv: [`${APP}/`, "--method", "GET /", "--endpoint", "apache", "--client", "10.0.0.0/8"],
      problems: [
        '--method: must be an HTTP method like GET or POST (got "GET /")',
        '--endpoint: must be traefik, caddy or nginx (got "apache")',
        '--client: must be an IP address like 192.168.1.20 (got "10.0.0.0/8")',
      ],
    },
    {
      name: "headers explain sets itself, or cannot explain",
      argv: [
        `${APP}/`,
        "--user",
        "alice",
        "--client",
        "192.168.1.20",
        "--header",
        "X-Forwarded-Host: evil.example.com",
        "--header",
        "Authorization: Bearer x",
        "--header",
        "Cookie: a=b",
        "--header",
        "X-Forwarded-For: 10.0.0.1",
        "--header",
        "no colon",
        "--header",
        "X-Bad: line\r\nInjected: yes",
      ],
      problems: [
        '--header: X-Forwarded-Host is set from the URL (got "X-Forwarded-Host: evil.example.com")',
        '--header: Authorization is not supported: a bearer token needs the provider\'s keys, which explain does not fetch; use --user (got "Authorization: Bearer x")',
        "--header: Cookie cannot be combined with --user, which makes the session",
        "--header: X-Forwarded-For cannot be combined with --client, which sets it",
        '--header: must be "Name: value" in printable ASCII (got "no colon")',
        '--header: must be "Name: value" in printable ASCII (got "X-Bad: line\\r\\nInjected: yes")',
      ],
    },
    {
      name: "unknown option, missing value, repeated option, value on --api",
      argv: [`${APP}/`, "--usr", "x", "--user", "--api=yes", "--method", "GET", "--method", "PUT"],
      problems: [
        'unknown option "--usr"; see forward-auth --help',
        "--user: needs a value",
        '--api: takes no value (got "--api=yes")',
        'unexpected argument "x"; explain takes one URL',
        "--method: given more than once",
      ],
    },
  ])("$name", ({ argv, problems }) => {
    expect(parseExplainArgs(argv)).toEqual({ ok: false, problems });
  });

  it("drops the fragment, as a browser does, and keeps the path exactly as written", () => {
    const parsed = parseExplainArgs([`HTTPS://Music.example.com:8443/a/../b?q=1#top`]);
    expect(parsed).toMatchObject({
      ok: true,
      args: {
        url: "HTTPS://Music.example.com:8443/a/../b?q=1",
        proto: "https",
        host: "Music.example.com:8443",
        uri: "/a/../b?q=1",
        method: "GET",
        endpoint: "traefik",
        user: undefined,
        api: false,
      },
    });
  });
});

describe("forward-auth explain through runCli", () => {
  async function cli(argv: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await runCli(
      argv,
      { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
      {
        serve: () => Promise.reject(new Error("not here")),
        env: ENV,
        readFile: files({ [RULES_FILE]: RULES }),
      },
    );
    return { code, stdout, stderr };
  }

  it("explains a request, one line each, exit 0", async () => {
    const want = await explain([`${APP}/share/abc`, "--user", "alice", "--groups", "music"]);
    expect(await cli(["explain", `${APP}/share/abc`, "--user=alice", "--groups=music"])).toEqual({
      code: 0,
      stdout: want.stdout.map((line) => `${line}\n`).join(""),
      stderr: "",
    });
    expect(want.stdout[4]).toBe(
      "rule      apps[0] music.example.com rules[1] path /share/ (allow)",
    );
  });

  it("refuses bad arguments with exit 2", async () => {
    expect(await cli(["explain", "music.example.com"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "forward-auth: invalid arguments\n" +
        '  URL: is not an absolute URL; give one like https://music.example.com/rest/ping.view (got "music.example.com")\n' +
        "Run forward-auth --help for usage.\n",
    });
  });
});
