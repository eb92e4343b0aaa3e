import { describe, expect, it } from "vitest";
import { compileRules, NO_RULES, parseRulesYaml } from "../../src/rules/compile.ts";
import type { CompileResult, Requirement, RuleRequest } from "../../src/rules/types.ts";

const F = "rules.yml";
const GLOBALS: Requirement = { groups: ["family"], users: [] };

function problemsOf(result: CompileResult): readonly string[] {
  if (result.ok) throw new Error("expected problems, got compiled rules");
  return result.problems;
}

/** One app with one rule: the usual shape of a validation row. */
const withRule = (rule: unknown): unknown => ({ apps: [{ host: "a.example.com", rules: [rule] }] });
const R = `${F}: apps[0].rules[0]`;

describe("compileRules refuses", () => {
  const rows: readonly { name: string; input: unknown; want: readonly string[] }[] = [
    // The document
    { name: "empty document", input: null, want: [`${F}: is empty; list your apps under apps:`] },
    {
      name: "document is a list",
      input: [{ host: "a" }],
      want: [`${F}: must be a mapping with an apps: list (got [{"host":"a"}])`],
    },
    {
      name: "document is a string",
      input: "apps",
      want: [`${F}: must be a mapping with an apps: list (got "apps")`],
    },
    {
      name: "apps missing",
      input: {},
      want: [`${F}: apps: is required; list your apps, each with a host`],
    },
    {
      name: "apps not a list",
      input: { apps: { host: "a.example.com" } },
      want: [`${F}: apps: must be a list of apps, each with a host (got {"host":"a.example.com"})`],
    },
    {
      name: "unknown top-level key",
      input: { apps: [], defaults: {} },
      want: [`${F}: defaults: is not a known key; check the spelling (known: apps)`],
    },
    // Apps
    {
      name: "app not a mapping",
      input: { apps: ["music.example.com"] },
      want: [`${F}: apps[0]: must be a mapping with a host (got "music.example.com")`],
    },
    {
      name: "app key typo",
      input: { apps: [{ host: "a.example.com", grups: ["x"] }] },
      want: [
        `${F}: apps[0].grups: is not a known key; check the spelling (known: host, groups, users, rules)`,
      ],
    },
    {
      name: "host missing",
      input: { apps: [{ groups: ["x"] }] },
      want: [
        `${F}: apps[0].host: is required; use a host name like music.example.com, or *.example.com for one label`,
      ],
    },
    {
      name: "host not a string",
      input: { apps: [{ host: 42 }] },
      want: [`${F}: apps[0].host: must be a string (got 42)`],
    },
    {
      name: "host empty",
      input: { apps: [{ host: "" }] },
      want: [
        `${F}: apps[0].host: is empty; use a host name like music.example.com, or *.example.com for one label`,
      ],
    },
    {
      name: "host with a port",
      input: { apps: [{ host: "a.example.com:8443" }] },
      want: [
        `${F}: apps[0].host: must not have a port (got "a.example.com:8443"); rules match the host name on any port`,
      ],
    },
    ...[
      "a b.example.com",
      "a_b.example.com",
      "-a.example.com",
      "a.example.com.",
      "https://a.example.com",
      "[::1]",
    ].map((host) => ({
      name: `host ${host}`,
      input: { apps: [{ host }] },
      want: [
        `${F}: apps[0].host: is not a host name (got ${JSON.stringify(host)}); use a host name like music.example.com, or *.example.com for one label`,
      ],
    })),
    ...["*", "*.*.com", "a.*.com", "*example.com", "**.example.com", "*.", "*.example.com:80x"].map(
      (host) => ({
        name: `wildcard ${host}`,
        input: { apps: [{ host }] },
        want: [
          `${F}: apps[0].host: a wildcard must be "*." in front of a domain and stands for exactly one label (got ${JSON.stringify(host)}); use a pattern like *.example.com`,
        ],
      }),
    ),
    {
      name: "duplicate host, compared lower-case",
      input: {
        apps: [{ host: "a.example.com" }, { host: "b.example.com" }, { host: "A.Example.com" }],
      },
      want: [
        `${F}: apps[2].host: repeats apps[0] (got "A.Example.com"); merge the two into one app`,
      ],
    },
    {
      name: "duplicate wildcard",
      input: { apps: [{ host: "*.example.com" }, { host: "*.example.com" }] },
      want: [
        `${F}: apps[1].host: repeats apps[0] (got "*.example.com"); merge the two into one app`,
      ],
    },
    {
      name: "app groups a string",
      input: { apps: [{ host: "a.example.com", groups: "admins" }] },
      want: [`${F}: apps[0].groups: must be a list of strings (got "admins")`],
    },
    {
      name: "app users with a number",
      input: { apps: [{ host: "a.example.com", users: ["alice", 1000] }] },
      want: [`${F}: apps[0].users: must be a list of strings (got ["alice",1000])`],
    },
    {
      name: "app groups with an empty name",
      input: { apps: [{ host: "a.example.com", groups: ["a", " "] }] },
      want: [`${F}: apps[0].groups[1]: is empty; remove it or fill it in`],
    },
    {
      name: "rules not a list",
      input: { apps: [{ host: "a.example.com", rules: { path: "/x/" } }] },
      want: [`${F}: apps[0].rules: must be a list of rules (got {"path":"/x/"})`],
    },
    // Rules
    {
      name: "rule not a mapping",
      input: withRule("/rest/"),
      want: [`${R}: must be a mapping of conditions and an action (got "/rest/")`],
    },
    {
      name: "rule null (a bare dash)",
      input: withRule(null),
      want: [`${R}: must be a mapping of conditions and an action (got null)`],
    },
    {
      name: "rule key typo",
      input: withRule({ pth: "/x/" }),
      want: [
        `${R}.pth: is not a known key; check the spelling (known: path, regex, methods, networks, action, groups, users)`,
      ],
    },
    {
      name: "bad action",
      input: withRule({ path: "/x/", action: "permit" }),
      want: [`${R}.action: must be allow, authenticate or deny (got "permit")`],
    },
    {
      name: "action in upper case",
      input: withRule({ path: "/x/", action: "ALLOW" }),
      want: [`${R}.action: must be allow, authenticate or deny (got "ALLOW")`],
    },
    {
      name: "path not a string",
      input: withRule({ path: ["/x/"] }),
      want: [`${R}.path: must be a string (got ["/x/"])`],
    },
    {
      name: "empty path",
      input: withRule({ path: "" }),
      want: [`${R}.path: is empty; use a path like /rest/`],
    },
    {
      name: "path without leading slash",
      input: withRule({ path: "rest/" }),
      want: [`${R}.path: must start with "/" (got "rest/"); use a path like /rest/`],
    },
    {
      name: "path with dot-dot",
      input: withRule({ path: "/a/../b/" }),
      want: [
        `${R}.path: has a dot segment (got "/a/../b/"); write the path without . or .. segments`,
      ],
    },
    {
      name: "path with a single dot",
      input: withRule({ path: "/a/./" }),
      want: [`${R}.path: has a dot segment (got "/a/./"); write the path without . or .. segments`],
    },
    {
      name: "path with double slash",
      input: withRule({ path: "//rest/" }),
      want: [`${R}.path: has an empty segment (got "//rest/"); write "/rest/"`],
    },
    {
      name: "path with an inner double slash",
      input: withRule({ path: "/a//b/" }),
      want: [`${R}.path: has an empty segment (got "/a//b/"); write "/a/b/"`],
    },
    {
      name: "path percent-encoded",
      input: withRule({ path: "/%72est/" }),
      want: [`${R}.path: must be decoded (got "/%72est/"); write "/rest/"`],
    },
    {
      name: "path with an encoded slash",
      input: withRule({ path: "/a%2fb" }),
      want: [
        `${R}.path: path has an encoded slash, backslash or NUL (got "/a%2fb"); write the path decoded`,
      ],
    },
    {
      name: "path with a glob",
      input: withRule({ path: "/api/*" }),
      want: [
        `${R}.path: is a prefix, not a pattern (got "/api/*"); write the prefix alone, like /api/, or use regex`,
      ],
    },
    {
      name: "path with a query",
      input: withRule({ path: "/x?a=1" }),
      want: [
        `${R}.path: must not hold a query or fragment (got "/x?a=1"); rules see the path only`,
      ],
    },
    {
      name: "path and regex",
      input: withRule({ path: "/x/", regex: "^/y/" }),
      want: [`${R}: has both path and regex; use one of them`],
    },
    {
      name: "bad regex",
      input: withRule({ regex: "^/api/(v1" }),
      want: [`${R}.regex: is not a valid regular expression: Unterminated group (got "^/api/(v1")`],
    },
    {
      name: "regex escape that the u flag refuses",
      input: withRule({ regex: "^/a\\-b" }),
      want: [`${R}.regex: is not a valid regular expression: Invalid escape (got "^/a\\\\-b")`],
    },
    {
      name: "empty regex",
      input: withRule({ regex: "" }),
      want: [`${R}.regex: is empty; remove it to match every path`],
    },
    {
      name: "methods a string",
      input: withRule({ methods: "GET" }),
      want: [`${R}.methods: must be a list of strings (got "GET")`],
    },
    {
      name: "methods empty",
      input: withRule({ methods: [] }),
      want: [`${R}.methods: is empty; list methods like [GET, POST]`],
    },
    {
      name: "method not a token",
      input: withRule({ methods: ["GET", "GE T", "P0ST"] }),
      want: [
        `${R}.methods[1]: is not an HTTP method (got "GE T")`,
        `${R}.methods[2]: is not an HTTP method (got "P0ST")`,
      ],
    },
    {
      name: "networks a string",
      input: withRule({ networks: "192.168.1.0/24", action: "allow" }),
      want: [`${R}.networks: must be a list of strings (got "192.168.1.0/24")`],
    },
    {
      name: "networks empty",
      input: withRule({ networks: [], action: "allow" }),
      want: [`${R}.networks: is empty; list addresses or ranges like [192.168.1.0/24]`],
    },
    {
      name: "bad CIDRs, each named",
      input: withRule({
        networks: ["192.168.1.0/24", "192.168.1.0/33", "lan", "0177.0.0.1", "fe80::1%eth0"],
        action: "allow",
      }),
      want: ["192.168.1.0/33", "lan", "0177.0.0.1", "fe80::1%eth0"].map(
        (entry, i) =>
          `${R}.networks[${i + 1}]: is not an IP address or CIDR (got ${JSON.stringify(entry)}); use an address like 192.168.1.10 or a range like 192.168.1.0/24`,
      ),
    },
    {
      name: "groups on an allow rule",
      input: withRule({ path: "/x/", action: "allow", groups: ["admins"] }),
      want: [
        `${R}.groups: only applies to action authenticate (the rule's action is allow); remove it or the action`,
      ],
    },
    {
      name: "users on a deny rule",
      input: withRule({ path: "/x/", action: "deny", users: ["bob"] }),
      want: [
        `${R}.users: only applies to action authenticate (the rule's action is deny); remove it or the action`,
      ],
    },
    {
      name: "rule groups a string (the example from the issue)",
      input: {
        apps: [
          { host: "a.example.com" },
          { host: "b.example.com" },
          { host: "c.example.com", rules: [{ path: "/admin/", groups: "admins" }] },
        ],
      },
      want: [`${F}: apps[2].rules[0].groups: must be a list of strings (got "admins")`],
    },
    {
      name: "long values are cut short",
      input: { apps: [{ host: "a.example.com", groups: "x".repeat(100) }] },
      want: [`${F}: apps[0].groups: must be a list of strings (got "${"x".repeat(56)}...)`],
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(problemsOf(compileRules(input, F, GLOBALS))).toEqual(want);
  });

  it("collects every problem of a document at once, in document order", () => {
    const doc = {
      apps: [
        { host: "*.*.com", grups: [] },
        { host: "ok.example.com", rules: [{ path: "rest/", action: "permit" }, { regex: "(" }] },
        { host: "ok.example.com", users: "alice" },
      ],
      extra: 1,
    };
    expect(problemsOf(compileRules(doc, F, GLOBALS))).toEqual([
      `${F}: extra: is not a known key; check the spelling (known: apps)`,
      `${F}: apps[0].grups: is not a known key; check the spelling (known: host, groups, users, rules)`,
      `${F}: apps[0].host: a wildcard must be "*." in front of a domain and stands for exactly one label (got "*.*.com"); use a pattern like *.example.com`,
      `${F}: apps[1].rules[0].action: must be allow, authenticate or deny (got "permit")`,
      `${F}: apps[1].rules[0].path: must start with "/" (got "rest/"); use a path like /rest/`,
      `${F}: apps[1].rules[1].regex: is not a valid regular expression: Unterminated group (got "(")`,
      `${F}: apps[2].host: repeats apps[1] (got "ok.example.com"); merge the two into one app`,
      `${F}: apps[2].users: must be a list of strings (got "alice")`,
    ]);
  });
});

describe("compileRules accepts", () => {
  const req: RuleRequest = {
    host: "a.example.com",
    path: "/",
    method: "GET",
    methodOverrides: [],
    clientAddress: undefined,
    origin: undefined,
    accessControlRequestMethod: undefined,
  };

  it.each([
    { name: "an empty apps list", input: { apps: [] } },
    { name: "an app with only a host", input: { apps: [{ host: "a.example.com" }] } },
    { name: "a single-label wildcard domain", input: { apps: [{ host: "*.lan" }] } },
    { name: "an IPv4 host", input: { apps: [{ host: "192.168.1.10" }] } },
    { name: "a rule without conditions", input: withRule({ action: "deny" }) },
    { name: "an empty rules list", input: { apps: [{ host: "a.example.com", rules: [] }] } },
    { name: "root path", input: withRule({ path: "/", action: "deny" }) },
    { name: "a path without trailing slash", input: withRule({ path: "/rest" }) },
    { name: "a path with a space and non-ASCII", input: withRule({ path: "/a b/café" }) },
    { name: "lower-case methods", input: withRule({ methods: ["get", "propfind"] }) },
    {
      name: "IPv6 and bare networks",
      input: withRule({ networks: ["fd00::/8", "10.0.0.1", "::ffff:10.0.0.0/104"] }),
    },
    { name: "rule groups: [] (any signed-in user)", input: withRule({ path: "/x/", groups: [] }) },
  ])("$name", ({ input }) => {
    const result = compileRules(input, F, GLOBALS);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) expect(result.rules.decide(req).kind).toBeTypeOf("string");
  });

  it("lists the hosts lower-case, in file order", () => {
    const result = compileRules(
      { apps: [{ host: "B.example.com" }, { host: "*.Example.com" }, { host: "a.example.com" }] },
      F,
      GLOBALS,
    );
    expect(result.ok && result.rules.hosts).toEqual([
      "b.example.com",
      "*.example.com",
      "a.example.com",
    ]);
  });

  it("NO_RULES sends every host to the global requirement", () => {
    const rules = NO_RULES(GLOBALS);
    expect(rules.hosts).toEqual([]);
    expect(rules.decide(req)).toEqual({
      kind: "authenticate",
      reason: "global default",
      app: undefined,
      requirements: [GLOBALS],
    });
  });
});

describe("parseRulesYaml", () => {
  const rows: readonly { name: string; input: string; want: readonly string[] }[] = [
    { name: "empty file", input: "", want: [`${F}: is empty; list your apps under apps:`] },
    {
      name: "comments only",
      input: "# nothing yet\n",
      want: [`${F}: is empty; list your apps under apps:`],
    },
    {
      name: "duplicate key, with its line",
      input: "apps:\n  - host: a.example.com\n    host: b.example.com\n",
      want: [`${F}: line 3, column 5: Map keys must be unique`],
    },
    {
      name: "unclosed flow sequence",
      input: "apps: [\n",
      want: [
        `${F}: line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      ],
    },
    {
      name: "several documents",
      input: "apps: []\n---\napps: []\n",
      want: [
        `${F}: line 2, column 1: Source contains multiple documents; please use YAML.parseAllDocuments()`,
      ],
    },
    {
      name: "unknown tag",
      input: "apps: !include other.yml\n",
      want: [`${F}: line 1, column 7: Unresolved tag: !include`],
    },
    {
      name: "alias without anchor",
      input: "apps: *missing\n",
      want: [`${F}: Unresolved alias (the anchor must be set before the alias): missing`],
    },
    {
      name: "a half-written file (truncated mid-key)",
      input: "apps:\n  - host: a.example.com\n    rul",
      want: [`${F}: line 3, column 5: Implicit map keys need to be followed by map values`],
    },
    {
      name: "validation problems after a clean parse",
      input:
        "apps:\n  - host: a.example.com\n    rules:\n      - path: /admin/\n        groups: admins\n",
      want: [`${F}: apps[0].rules[0].groups: must be a list of strings (got "admins")`],
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(problemsOf(parseRulesYaml(input, F, GLOBALS))).toEqual(want);
  });

  it("reads YAML scalars as the strings they look like (IPv6, CIDR, methods)", () => {
    const result = parseRulesYaml(
      "apps:\n  - host: a.example.com\n    rules:\n      - networks: [::1, 10.0.0.0/8, 192.168.1.10]\n        methods: [OPTIONS]\n        action: allow\n",
      F,
      GLOBALS,
    );
    expect(result.ok).toBe(true);
  });
});
