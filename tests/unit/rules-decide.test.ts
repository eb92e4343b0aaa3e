import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/proxy/client-address.ts";
import { parseForwardedHeaders } from "../../src/proxy/forwarded.ts";
import { compileCidrs } from "../../src/proxy/trusted-proxies.ts";
import { parseRulesYaml } from "../../src/rules/compile.ts";
import { decideEveryReading } from "../../src/rules/readings.ts";
import type {
  CompiledRules,
  Requirement,
  RuleDecision,
  RuleRequest,
} from "../../src/rules/types.ts";

const GLOBALS: Requirement = { groups: ["family"], users: [] };
// Traefik on the Docker network, and a second proxy inside the LAN.
const TRUSTED = compileCidrs(["10.0.0.2", "192.168.1.2"]);

function compile(yaml: string): CompiledRules {
  const result = parseRulesYaml(yaml, "rules.yml", GLOBALS);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.rules;
}

interface Options {
  readonly host?: string;
  readonly method?: string;
  readonly peer?: string;
  readonly xff?: string;
  readonly origin?: string;
  readonly acrm?: string;
  /** More request headers, lower-case names (method overrides). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the auth check decides: every reading of the request, the stricter verdict winning. */
const decide = (rules: CompiledRules, req: RuleRequest): RuleDecision =>
  decideEveryReading(rules, req, undefined);

/**
 * The request as the route builds it: the forwarded headers parsed by the real parser (which
 * takes the path before "?", decodes it and refuses dot segments, and reads method overrides),
 * the client address from the real walk.
 */
function request(uri: string, options: Options = {}): RuleRequest {
  const headers: Readonly<Record<string, string>> = {
    "x-forwarded-method": options.method ?? "GET",
    "x-forwarded-proto": "https",
    "x-forwarded-host": options.host ?? "music.example.com",
    "x-forwarded-uri": uri,
    ...options.headers,
  };
  const parsed = parseForwardedHeaders((name) => headers[name]);
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    host: parsed.request.host,
    path: parsed.request.path,
    method: parsed.request.method,
    methodOverrides: parsed.request.methodOverrides,
    clientAddress: clientAddress(options.peer ?? "10.0.0.2", options.xff ?? "203.0.113.7", TRUSTED),
    origin: options.origin,
    accessControlRequestMethod: options.acrm,
  };
}

const allow = (reason: string, app: string | undefined): RuleDecision => ({
  kind: "allow",
  reason,
  app,
});
const deny = (reason: string, app: string | undefined): RuleDecision => ({
  kind: "deny",
  reason,
  app,
});
const auth = (
  reason: string,
  app: string | undefined,
  ...requirements: Requirement[]
): RuleDecision => ({ kind: "authenticate", reason, app, requirements });
const req = (groups: string[], users: string[] = []): Requirement => ({ groups, users });

/** The example from issue 4, as written there. */
const ISSUE_EXAMPLE = `
apps:
  - host: music.example.com          # exact host, or "*.example.com" for one label
    groups: [music]                  # default requirement for this app
    rules:                           # first match wins; no match = the app default
      - path: /rest/                 # prefix on the decoded, normalised path; or \`regex:\`
        action: allow                # allow (no login), authenticate (default), deny (403 for all)
      - path: /share/
        action: allow
      - path: /admin/
        groups: [admins]             # and/or users: [...]
      - methods: [OPTIONS]           # CORS preflight: only with Origin and Access-Control-Request-Method
        action: allow
      - networks: [192.168.1.0/24]   # client address, from the trusted proxy chain
        action: allow
`;

describe("decide: the issue's example file", () => {
  const rules = compile(ISSUE_EXAMPLE);
  const APP = "music.example.com";
  const at = (rule: string) => `apps[0] music.example.com ${rule}`;
  const REST = allow(at("rules[0] path /rest/"), APP);
  const SHARE = allow(at("rules[1] path /share/"), APP);
  const ADMIN = auth(at("rules[2] path /admin/"), APP, req(["admins"]));
  const PREFLIGHT = allow(at("rules[3] methods OPTIONS"), APP);
  const LAN = allow(at("rules[4] networks 192.168.1.0/24"), APP);
  const DEFAULT = auth(at("default"), APP, req(["music"]));
  const CORS = { origin: "https://app.example.net", acrm: "GET" } as const;
  const LAN_CLIENT = { xff: "192.168.1.20" } as const;

  const rows: readonly { name: string; uri: string; options?: Options; want: RuleDecision }[] = [
    { name: "root", uri: "/", want: DEFAULT },
    { name: "under /rest/", uri: "/rest/ping.view?u=a&p=b", want: REST },
    { name: "/rest/ itself", uri: "/rest/", want: REST },
    { name: "/rest without slash (segment prefix)", uri: "/rest", want: REST },
    { name: "/share/ link", uri: "/share/abc123", want: SHARE },
    { name: "/admin/ needs admins", uri: "/admin/users", want: ADMIN },
    { name: "/admin without slash is still the admin rule", uri: "/admin", want: ADMIN },
    // Path tricks: the rules see the path as received, decoded once; a dot segment never gets
    // here (below), and `//` is judged both as received and merged, the stricter winning.
    { name: "//rest/x: not under /rest/ as received", uri: "//rest/x", want: DEFAULT },
    { name: "/rest//x is under /rest/ both ways", uri: "/rest//x", want: REST },
    {
      // As received, the app default; merged, the admin rule: both requirements must be met.
      name: "//admin/x: the admin rule holds, and the default too",
      uri: "//admin/x",
      want: auth(
        `${at("default")} and ${at("rules[2] path /admin/")}`,
        APP,
        req(["music"]),
        req(["admins"]),
      ),
    },
    { name: "/admin//x", uri: "/admin//x", want: ADMIN },
    { name: "encoded letters decoded", uri: "/%72est/x", want: REST },
    { name: "/REST/x: paths are case-sensitive", uri: "/REST/x", want: DEFAULT },
    { name: "/Admin/x: not the admin rule, still the app's group", uri: "/Admin/x", want: DEFAULT },
    { name: "/restaurant is not under /rest/", uri: "/restaurant", want: DEFAULT },
    { name: "/rest.view is not under /rest/", uri: "/rest.view", want: DEFAULT },
    { name: "/sharex is not under /share/", uri: "/sharex/abc", want: DEFAULT },
    { name: "query that looks like a path", uri: "/x?/rest/", want: DEFAULT },
    { name: "query with a path value", uri: "/library?next=/rest/ping", want: DEFAULT },
    { name: "query right after the host", uri: "/?/rest/", want: DEFAULT },
    { name: "query with a climb", uri: "/admin/x?/../../rest/", want: ADMIN },
    { name: "encoded ? is part of the path", uri: "/x%3F/rest/", want: DEFAULT },
    { name: "encoded # is part of the path", uri: "/x%23/rest/", want: DEFAULT },
    { name: "/rest/ prefix inside a later segment", uri: "/x/rest/y", want: DEFAULT },
    // Methods: OPTIONS is let through only as a CORS preflight.
    {
      name: "preflight",
      uri: "/api/songs",
      options: { method: "OPTIONS", ...CORS },
      want: PREFLIGHT,
    },
    {
      name: "OPTIONS without Origin/ACRM",
      uri: "/api/songs",
      options: { method: "OPTIONS" },
      want: DEFAULT,
    },
    {
      name: "OPTIONS with Origin only",
      uri: "/api/songs",
      options: { method: "OPTIONS", origin: CORS.origin },
      want: DEFAULT,
    },
    {
      name: "OPTIONS with ACRM only",
      uri: "/api/songs",
      options: { method: "OPTIONS", acrm: "GET" },
      want: DEFAULT,
    },
    {
      name: "OPTIONS with empty Origin",
      uri: "/api/songs",
      options: { method: "OPTIONS", origin: "", acrm: "GET" },
      want: DEFAULT,
    },
    {
      name: "GET with CORS headers is not a preflight",
      uri: "/api/songs",
      options: CORS,
      want: DEFAULT,
    },
    {
      name: "preflight to /admin/: the earlier admin rule wins",
      uri: "/admin/x",
      options: { method: "OPTIONS", ...CORS },
      want: ADMIN,
    },
    {
      name: "non-preflight OPTIONS from the LAN falls to the network rule",
      uri: "/api",
      options: { method: "OPTIONS", ...LAN_CLIENT },
      want: LAN,
    },
    // Networks: the client address from the trusted proxy chain.
    { name: "LAN client via Traefik", uri: "/library", options: LAN_CLIENT, want: LAN },
    {
      name: "LAN client as IPv4-mapped IPv6",
      uri: "/library",
      options: { xff: "::ffff:192.168.1.20" },
      want: LAN,
    },
    {
      name: "LAN client through two trusted proxies",
      uri: "/library",
      options: { xff: "192.168.1.20, 192.168.1.2" },
      want: LAN,
    },
    {
      name: "LAN client at /admin/: the admin rule comes first",
      uri: "/admin/",
      options: LAN_CLIENT,
      want: ADMIN,
    },
    {
      name: "internet client forging a LAN address in front",
      uri: "/library",
      options: { xff: "192.168.1.20, 203.0.113.7" },
      want: DEFAULT,
    },
    {
      name: "untrusted hop in the middle",
      uri: "/library",
      options: { xff: "192.168.1.20, 198.51.100.1, 192.168.1.2" },
      want: DEFAULT,
    },
    {
      name: "malformed entry (a port) stops the walk",
      uri: "/library",
      options: { xff: "192.168.1.20:5000" },
      want: DEFAULT,
    },
    {
      name: "malformed entry behind a LAN proxy: not the proxy's address",
      uri: "/library",
      options: { xff: "garbage, 192.168.1.2" },
      want: DEFAULT,
    },
    {
      name: "LAN proxy that sends no X-Forwarded-For: client unknown",
      uri: "/library",
      options: { peer: "192.168.1.2", xff: "" },
      want: DEFAULT,
    },
    // Hosts.
    {
      name: "host with a port",
      uri: "/rest/x",
      options: { host: "music.example.com:8443" },
      want: REST,
    },
    {
      name: "unknown host: global default",
      uri: "/rest/x",
      options: { host: "other.example.com" },
      want: auth("global default", undefined, GLOBALS),
    },
    {
      name: "sub-subdomain of an exact host is unknown",
      uri: "/rest/x",
      options: { host: "x.music.example.com" },
      want: auth("global default", undefined, GLOBALS),
    },
  ];

  it.each(rows)("$name: $uri", ({ uri, options, want }) => {
    expect(decide(rules, request(uri, options))).toEqual(want);
  });

  it.each([
    { name: "a fragment", uri: "/x#/rest/" },
    { name: "a climb out of /rest/", uri: "/rest/../admin/x" },
    { name: "an encoded climb", uri: "/rest/%2e%2e/admin/x" },
    { name: "an upper-case encoded climb", uri: "/rest/%2E%2E/%2E%2E/admin/" },
    { name: "a half-encoded climb", uri: "/share/.%2e/admin/" },
    { name: "a single dot", uri: "/./rest/x" },
    { name: "a climb into /rest/", uri: "/x/%2e%2e/rest/y" },
    { name: "// then .. (issue 13)", uri: "/admin//../share/x" },
    { name: "an encoded slash", uri: "/rest%2f../admin/" },
    { name: "an encoded backslash", uri: "/rest/..%5cadmin/" },
    { name: "bad percent-encoding", uri: "/rest/%zz" },
  ])("a forwarded URI with $name never reaches the rules", ({ uri }) => {
    expect(() => request(uri)).toThrow(/^forwarded URI/);
  });
});

const MANY_APPS = `
apps:
  - host: "*.example.com"
    rules:
      - path: /metrics
        action: deny
  - host: wiki.example.com
    users: [alice]
    rules:
      - regex: "^/api/v[0-9]+/public/"
        methods: [GET]
        action: allow
      - methods: [DELETE, propfind]
        action: deny
      - path: /edit/
        groups: [editors]
        users: [bob]
      - path: /everyone/
        groups: []
  - host: open.example.com
    groups: []
  - host: "*.lan"
    rules:
      - action: deny
`;

describe("decide: several apps", () => {
  const rules = compile(MANY_APPS);
  const WILD = "*.example.com";
  const WIKI = "wiki.example.com";
  const wild = (rule: string) => `apps[0] *.example.com ${rule}`;
  const wiki = (rule: string) => `apps[1] wiki.example.com ${rule}`;
  const GLOBAL = auth("global default", undefined, GLOBALS);
  const WILD_DEFAULT = auth(wild("default"), WILD, GLOBALS);
  const WIKI_DEFAULT = auth(wiki("default"), WIKI, req([], ["alice"]));
  const PUBLIC_API = allow(wiki("rules[0] regex ^/api/v[0-9]+/public/ methods GET"), WIKI);
  const WIKI_DENY = deny(wiki("rules[1] methods DELETE,propfind"), WIKI);

  const rows: readonly {
    name: string;
    host: string;
    uri: string;
    method?: string;
    want: RuleDecision;
  }[] = [
    // Wildcards: exactly one label.
    {
      name: "one label under the wildcard",
      host: "photos.example.com",
      uri: "/",
      want: WILD_DEFAULT,
    },
    {
      name: "deny rule on the wildcard",
      host: "photos.example.com",
      uri: "/metrics",
      want: deny(wild("rules[0] path /metrics"), WILD),
    },
    {
      name: "deny covers below /metrics",
      host: "photos.example.com",
      uri: "/metrics/x",
      want: deny(wild("rules[0] path /metrics"), WILD),
    },
    {
      name: "/metricsx is not /metrics",
      host: "photos.example.com",
      uri: "/metricsx",
      want: WILD_DEFAULT,
    },
    { name: "two labels do not match", host: "a.b.example.com", uri: "/metrics", want: GLOBAL },
    { name: "the bare domain does not match", host: "example.com", uri: "/metrics", want: GLOBAL },
    {
      name: "a look-alike domain does not match",
      host: "a.notexample.com",
      uri: "/metrics",
      want: GLOBAL,
    },
    { name: "wildcard with a port", host: "photos.example.com:8443", uri: "/", want: WILD_DEFAULT },
    {
      name: "single-label wildcard",
      host: "nas.lan",
      uri: "/",
      want: deny("apps[3] *.lan rules[0]", "*.lan"),
    },
    { name: "unknown host", host: "other.org", uri: "/", want: GLOBAL },
    // Exact beats wildcard, whatever the order in the file.
    {
      name: "exact host beats the wildcard",
      host: "wiki.example.com",
      uri: "/metrics",
      want: WIKI_DEFAULT,
    },
    { name: "exact host with port", host: "wiki.example.com:443", uri: "/", want: WIKI_DEFAULT },
    // Regex and methods together.
    { name: "regex and GET", host: WIKI, uri: "/api/v2/public/page", want: PUBLIC_API },
    {
      name: "HEAD goes with GET",
      host: WIKI,
      uri: "/api/v2/public/page",
      method: "HEAD",
      want: PUBLIC_API,
    },
    {
      name: "POST does not match a GET rule",
      host: WIKI,
      uri: "/api/v2/public/page",
      method: "POST",
      want: WIKI_DEFAULT,
    },
    {
      name: "regex is anchored by ^",
      host: WIKI,
      uri: "/x/api/v2/public/page",
      want: WIKI_DEFAULT,
    },
    {
      name: "regex sees the decoded path",
      host: WIKI,
      uri: "/api/v2/%70ublic/x",
      want: PUBLIC_API,
    },
    {
      name: "regex on //: the stricter of both readings",
      host: WIKI,
      uri: "//api/v2/public/x",
      want: WIKI_DEFAULT,
    },
    {
      name: "regex does not see the query",
      host: WIKI,
      uri: "/x?/api/v1/public/",
      want: WIKI_DEFAULT,
    },
    { name: "regex is case-sensitive", host: WIKI, uri: "/API/v2/public/x", want: WIKI_DEFAULT },
    { name: "DELETE denied anywhere", host: WIKI, uri: "/page", method: "DELETE", want: WIKI_DENY },
    {
      name: "lower-case method in the file",
      host: WIKI,
      uri: "/page",
      method: "PROPFIND",
      want: WIKI_DENY,
    },
    {
      name: "rule groups and users replace the app's",
      host: WIKI,
      uri: "/edit/page",
      want: auth(wiki("rules[2] path /edit/"), WIKI, req(["editors"], ["bob"])),
    },
    {
      name: "rule groups: [] is any signed-in user",
      host: WIKI,
      uri: "/everyone/x",
      want: auth(wiki("rules[3] path /everyone/"), WIKI, req([])),
    },
    {
      name: "app groups: [] is any signed-in user",
      host: "open.example.com",
      uri: "/",
      want: auth("apps[2] open.example.com default", "open.example.com", req([])),
    },
  ];

  it.each(rows)("$name: $host$uri", ({ host, uri, method, want }) => {
    expect(
      decide(rules, request(uri, { host, ...(method === undefined ? {} : { method }) })),
    ).toEqual(want);
  });

  it("returns the same frozen answer each time, allocating nothing per request", () => {
    const first = rules.decide(request("/edit/x", { host: WIKI }));
    expect(rules.decide(request("/edit/y", { host: WIKI }))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("networks rules when the client address is unknown", () => {
  const rules = compile(`
apps:
  - host: admin.example.com
    rules:
      - networks: [203.0.113.0/24]
        action: deny
      - path: /
        action: allow
  - host: music.example.com
    rules:
      - networks: [192.168.1.0/24]
        action: allow
`);
  const unknown = (host: string): RuleRequest => ({
    ...request("/x", { host }),
    clientAddress: undefined,
  });

  it.each([
    {
      // A deny rule counts an unknown client in: it might be inside the network.
      name: "regression: a deny rule's networks skipped a client of unknown address, who fell through to the allow after it (failed open)",
      host: "admin.example.com",
      kind: "deny",
    },
    {
      // An allow rule leaves it out: the app's default (login) applies.
      name: "an allow rule's networks leave an unknown client out",
      host: "music.example.com",
      kind: "authenticate",
    },
  ])("$name: $host: $kind", ({ host, kind }) => {
    expect(rules.decide(unknown(host)).kind).toBe(kind);
  });

  it("the same rules still decide on a known address", () => {
    expect(
      rules.decide(request("/x", { host: "admin.example.com", xff: "198.51.100.1" })).kind,
    ).toBe("allow");
    expect(
      rules.decide(request("/x", { host: "admin.example.com", xff: "203.0.113.9" })).kind,
    ).toBe("deny");
  });
});

describe("decide: method overrides are judged too (issue 13)", () => {
  const rules = compile(`
apps:
  - host: files.example.com
    groups: [files]
    rules:
      - methods: [DELETE]
        action: deny
      - path: /public/
        methods: [GET]
        action: allow
      - methods: [OPTIONS]
        action: allow
`);
  const APP = "files.example.com";
  const at = (rule: string) => `apps[0] files.example.com ${rule}`;
  const DENY = deny(at("rules[0] methods DELETE"), APP);
  const PUBLIC = allow(at("rules[1] path /public/ methods GET"), APP);
  const PREFLIGHT = allow(at("rules[2] methods OPTIONS"), APP);
  const DEFAULT = auth(at("default"), APP, req(["files"]));
  const CORS = { origin: "https://app.example.net", acrm: "PUT" } as const;
  const post = (headers: Record<string, string>): Options => ({
    host: APP,
    method: "POST",
    headers,
  });

  const rows: readonly { name: string; uri: string; options: Options; want: RuleDecision }[] = [
    { name: "a plain POST", uri: "/x", options: post({}), want: DEFAULT },
    { name: "a plain DELETE", uri: "/x", options: { host: APP, method: "DELETE" }, want: DENY },
    {
      name: "X-HTTP-Method-Override: DELETE",
      uri: "/x",
      options: post({ "x-http-method-override": "DELETE" }),
      want: DENY,
    },
    {
      name: "X-Method-Override: DELETE",
      uri: "/x",
      options: post({ "x-method-override": "DELETE" }),
      want: DENY,
    },
    {
      name: "X-HTTP-Method: DELETE",
      uri: "/x",
      options: post({ "x-http-method": "DELETE" }),
      want: DENY,
    },
    { name: "?_method=DELETE", uri: "/x?_method=DELETE", options: post({}), want: DENY },
    { name: "lower-case override", uri: "/x?_method=delete", options: post({}), want: DENY },
    {
      name: "override in a repeated header (joined with a comma)",
      uri: "/x",
      options: post({ "x-http-method-override": "PUT, DELETE" }),
      want: DENY,
    },
    {
      name: "_method repeated: every value is judged",
      uri: "/x?_method=PUT&_method=DELETE",
      options: post({}),
      want: DENY,
    },
    {
      name: "_method after other parameters",
      uri: "/x?a=1&b=2;_method=DELETE",
      options: post({}),
      want: DENY,
    },
    { name: "encoded name %5Fmethod", uri: "/x?%5Fmethod=DELETE", options: post({}), want: DENY },
    {
      name: "PHP reads .method as _method",
      uri: "/x?.method=DELETE",
      options: post({}),
      want: DENY,
    },
    { name: "encoded value", uri: "/x?_method=%44ELETE", options: post({}), want: DENY },
    {
      name: "an override on a GET counts too",
      uri: "/x",
      options: { host: APP, headers: { "x-http-method-override": "DELETE" } },
      want: DENY,
    },
    {
      name: "an override cannot carry an allow rule to another method",
      uri: "/public/x",
      options: { host: APP, headers: { "x-http-method-override": "PUT" } },
      want: DEFAULT,
    },
    {
      name: "an override naming the method itself changes nothing",
      uri: "/public/x",
      options: { host: APP, headers: { "x-http-method-override": "get" } },
      want: PUBLIC,
    },
    {
      name: "an overriding OPTIONS is never a CORS preflight",
      uri: "/x",
      options: { ...post({ "x-http-method-override": "OPTIONS" }), ...CORS },
      want: DEFAULT,
    },
    {
      name: "a real preflight still passes",
      uri: "/x",
      options: { host: APP, method: "OPTIONS", ...CORS },
      want: PREFLIGHT,
    },
    {
      name: "a preflight with an override to DELETE",
      uri: "/x",
      options: { host: APP, method: "OPTIONS", ...CORS, headers: { "x-http-method": "DELETE" } },
      want: DENY,
    },
    // Values no framework acts on are ignored, never a crash.
    {
      name: "not a method token",
      uri: "/x",
      options: post({ "x-http-method-override": "DE LETE" }),
      want: DEFAULT,
    },
    { name: "empty header", uri: "/x", options: post({ "x-method-override": "" }), want: DEFAULT },
    { name: "value with a space", uri: "/x?_method=DE+LETE", options: post({}), want: DEFAULT },
    { name: "undecodable value", uri: "/x?_method=%zz", options: post({}), want: DEFAULT },
    {
      name: "another parameter's name",
      uri: "/x?_methods=DELETE",
      options: post({}),
      want: DEFAULT,
    },
    { name: "a value naming _method", uri: "/x?q=_method", options: post({}), want: DEFAULT },
  ];

  it.each(rows)("$name", ({ uri, options, want }) => {
    expect(decide(rules, request(uri, options))).toEqual(want);
  });

  it("refuses more than 16 overrides rather than judging some of them", () => {
    const uri = `/x?${Array.from({ length: 17 }, () => "_method=PUT").join("&")}`;
    expect(() => request(uri, post({}))).toThrow(
      /^forwarded request has more than 16 method overrides$/,
    );
  });
});
