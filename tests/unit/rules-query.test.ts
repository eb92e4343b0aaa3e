import { describe, expect, it } from "vitest";
import { parseRulesYaml } from "../../src/rules/compile.ts";
import {
  applyQueryRules,
  createQueryRulesCache,
  parseQueryRules,
  type QueryRules,
} from "../../src/rules/query.ts";
import { decideEveryReading } from "../../src/rules/readings.ts";
import type { Requirement, RuleDecision, RuleRequest } from "../../src/rules/types.ts";

const GLOBALS: Requirement = { groups: ["family"], users: [] };

function overlay(query: string): QueryRules {
  const result = parseQueryRules(new URLSearchParams(query));
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.overlay;
}

describe("parseQueryRules", () => {
  it.each([
    { query: "", want: { requirement: undefined, allow: [] } },
    { query: "groups=admins", want: { requirement: { groups: ["admins"], users: [] }, allow: [] } },
    {
      query: "groups=admins,music&users=alice",
      want: { requirement: { groups: ["admins", "music"], users: ["alice"] }, allow: [] },
    },
    {
      name: "repeated parameters add up",
      query: "groups=a&groups=b&allow=/rest/&allow=/share/",
      want: { requirement: { groups: ["a", "b"], users: [] }, allow: ["/rest/", "/share/"] },
    },
    {
      query: "allow=/rest/,/share/",
      want: { requirement: undefined, allow: ["/rest/", "/share/"] },
    },
    {
      name: "spaces and stray commas",
      query: "groups=%20a%20,,b,&allow=/rest/,",
      want: { requirement: { groups: ["a", "b"], users: [] }, allow: ["/rest/"] },
    },
    {
      query: "users=bob%40example.com",
      want: { requirement: { groups: [], users: ["bob@example.com"] }, allow: [] },
    },
  ])("$query", ({ query, want }) => {
    const parsed = overlay(query);
    expect({ requirement: parsed.requirement, allow: parsed.allow }).toEqual(want);
  });

  const rows: readonly { name: string; query: string; want: readonly string[] }[] = [
    {
      name: "unknown parameter",
      query: "group=admins",
      want: [
        'query parameter "group": is not known; check the spelling (known: groups, users, allow)',
      ],
    },
    {
      name: "unknown parameter named once",
      query: "x=1&x=2",
      want: ['query parameter "x": is not known; check the spelling (known: groups, users, allow)'],
    },
    {
      name: "very long unknown name is cut",
      query: `${"a".repeat(100)}=1`,
      want: [
        `query parameter "${"a".repeat(37)}...": is not known; check the spelling (known: groups, users, allow)`,
      ],
    },
    {
      name: "empty groups",
      query: "groups=",
      want: ['query parameter groups: is empty (got ""); list at least one value or remove it'],
    },
    {
      name: "only commas",
      query: "users=,,",
      want: ['query parameter users: is empty (got ",,"); list at least one value or remove it'],
    },
    {
      name: "relative allow path",
      query: "allow=rest/",
      want: ['query parameter allow: must start with "/" (got "rest/"); use a path like /rest/'],
    },
    {
      name: "allow path with a climb",
      query: "allow=/rest/../admin/",
      want: [
        'query parameter allow: has a dot segment (got "/rest/../admin/"); write the path without . or .. segments',
      ],
    },
    {
      name: "allow glob",
      query: "allow=/api/*",
      want: [
        'query parameter allow: is a prefix, not a pattern (got "/api/*"); write the prefix alone, like /api/, or use regex',
      ],
    },
    {
      name: "every problem at once",
      query: "groups=&allow=rest,/ok/,/a//b&alow=/x/",
      want: [
        'query parameter groups: is empty (got ""); list at least one value or remove it',
        'query parameter "alow": is not known; check the spelling (known: groups, users, allow)',
        'query parameter allow: must start with "/" (got "rest"); use a path like /rest/',
        'query parameter allow: has an empty segment (got "/a//b"); write "/a/b"',
      ],
    },
  ];

  it.each(rows)("refuses: $name", ({ query, want }) => {
    const result = parseQueryRules(new URLSearchParams(query));
    expect(result.ok ? [] : result.problems).toEqual(want);
  });

  it("caches by raw query, bounded", () => {
    const parse = createQueryRulesCache(2);
    const first = parse("groups=a");
    expect(parse("groups=a")).toBe(first);
    parse("groups=b");
    parse("groups=c"); // over the limit: the cache starts again
    const again = parse("groups=a");
    expect(again).not.toBe(first);
    expect(again.ok && again.overlay.requirement).toEqual({ groups: ["a"], users: [] });
  });
});

describe("applyQueryRules never loosens the file", () => {
  const file = parseRulesYaml(
    `
apps:
  - host: music.example.com
    groups: [music]
    rules:
      - path: /rest/
        action: allow
      - path: /admin/
        groups: [admins]
      - path: /private/
        action: deny
  - host: "*.example.com"
`,
    "rules.yml",
    GLOBALS,
  );
  if (!file.ok) throw new Error(file.problems.join("\n"));
  const rules = file.rules;
  const at = (host: string, path: string): RuleRequest => ({
    host,
    path,
    method: "GET",
    methodOverrides: [],
    clientAddress: "203.0.113.7",
    origin: undefined,
    accessControlRequestMethod: undefined,
  });
  const MUSIC = "music.example.com";
  const Q_ADMINS: Requirement = { groups: ["admins"], users: [] };
  const r = (groups: string[], users: string[] = []): Requirement => ({ groups, users });
  const auth = (
    reason: string,
    app: string | undefined,
    ...requirements: Requirement[]
  ): RuleDecision => ({
    kind: "authenticate",
    reason,
    app,
    requirements,
  });
  const m = (rule: string) => `apps[0] music.example.com ${rule}`;

  const rows: readonly {
    name: string;
    host: string;
    path: string;
    query: string;
    want: RuleDecision;
  }[] = [
    // A file deny stays deny.
    {
      name: "allow= cannot open a denied path",
      host: MUSIC,
      path: "/private/x",
      query: "allow=/private/",
      want: { kind: "deny", reason: m("rules[2] path /private/"), app: MUSIC },
    },
    {
      name: "allow=/ cannot open a denied path",
      host: MUSIC,
      path: "/private/x",
      query: "allow=/",
      want: { kind: "deny", reason: m("rules[2] path /private/"), app: MUSIC },
    },
    // A file allow stays allow: groups= constrain logins, and none is needed here.
    {
      name: "file allow stays allow under groups=",
      host: MUSIC,
      path: "/rest/ping",
      query: "groups=admins",
      want: { kind: "allow", reason: m("rules[0] path /rest/"), app: MUSIC },
    },
    // A file authenticate stays authenticate, and gains the query's requirement.
    {
      name: "allow= cannot open a path the app protects",
      host: MUSIC,
      path: "/library",
      query: "allow=/library",
      want: auth(m("default"), MUSIC, r(["music"])),
    },
    {
      name: "allow= cannot open a rule's path",
      host: MUSIC,
      path: "/admin/x",
      query: "allow=/admin/",
      want: auth(m("rules[1] path /admin/"), MUSIC, r(["admins"])),
    },
    {
      name: "groups= adds to the app default (both must be met)",
      host: MUSIC,
      path: "/library",
      query: "groups=admins",
      want: auth(`${m("default")} + query requirement`, MUSIC, r(["music"]), Q_ADMINS),
    },
    {
      name: "users= adds to a rule's requirement",
      host: MUSIC,
      path: "/admin/x",
      query: "users=alice",
      want: auth(
        `${m("rules[1] path /admin/")} + query requirement`,
        MUSIC,
        r(["admins"]),
        r([], ["alice"]),
      ),
    },
    {
      name: "a wildcard app counts as listed in the file",
      host: "photos.example.com",
      path: "/public/x",
      query: "allow=/public/&groups=admins",
      want: auth(
        "apps[1] *.example.com default + query requirement",
        "*.example.com",
        GLOBALS,
        Q_ADMINS,
      ),
    },
    // A host the file does not list: the query stands in for an app entry.
    {
      name: "allow= opens a path on an unlisted host",
      host: "navidrome.other.org",
      path: "/rest/ping",
      query: "allow=/rest/,/share/",
      want: { kind: "allow", reason: "query allow /rest/", app: undefined },
    },
    {
      name: "allow= names the prefix that matched",
      host: "navidrome.other.org",
      path: "/share/x",
      query: "allow=/rest/,/share/",
      want: { kind: "allow", reason: "query allow /share/", app: undefined },
    },
    {
      name: "allow= uses segment prefixes",
      host: "navidrome.other.org",
      path: "/restaurant",
      query: "allow=/rest/",
      want: auth("global default", undefined, GLOBALS),
    },
    {
      name: "allow= is case-sensitive",
      host: "navidrome.other.org",
      path: "/REST/x",
      query: "allow=/rest/",
      want: auth("global default", undefined, GLOBALS),
    },
    {
      name: "unlisted host: groups= adds to the globals",
      host: "navidrome.other.org",
      path: "/library",
      query: "allow=/rest/&groups=admins",
      want: auth("global default + query requirement", undefined, GLOBALS, Q_ADMINS),
    },
    {
      name: "unlisted host: groups= does not close an allow= path",
      host: "navidrome.other.org",
      path: "/rest/x",
      query: "allow=/rest/&groups=admins",
      want: { kind: "allow", reason: "query allow /rest/", app: undefined },
    },
    // No parameters: nothing changes.
    {
      name: "empty query leaves the file's answer",
      host: MUSIC,
      path: "/library",
      query: "",
      want: auth(m("default"), MUSIC, r(["music"])),
    },
    {
      name: "empty query on an unlisted host",
      host: "x.org",
      path: "/",
      query: "",
      want: auth("global default", undefined, GLOBALS),
    },
  ];

  it.each(rows)("$name", ({ host, path, query, want }) => {
    const req = at(host, path);
    expect(applyQueryRules(rules.decide(req), overlay(query), req)).toEqual(want);
  });

  it("returns the file's own answer object when nothing changes", () => {
    const req = at(MUSIC, "/rest/x");
    const decision = rules.decide(req);
    expect(applyQueryRules(decision, overlay("groups=admins&allow=/"), req)).toBe(decision);
  });
});

describe("the middleware address's rules on every reading of a path with //", () => {
  const file = parseRulesYaml(
    "apps:\n  - host: music.example.com\n    rules:\n      - path: /admin/\n        action: deny\n",
    "rules.yml",
    GLOBALS,
  );
  if (!file.ok) throw new Error(file.problems.join("\n"));
  const parsed = parseQueryRules(new URLSearchParams("allow=/rest/"));
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  const request = (host: string, path: string): RuleRequest => ({
    host,
    path,
    method: "GET",
    methodOverrides: [],
    clientAddress: undefined,
    origin: undefined,
    accessControlRequestMethod: undefined,
  });
  const ALLOWED: RuleDecision = { kind: "allow", reason: "query allow /rest/", app: undefined };
  const GLOBAL: RuleDecision = {
    kind: "authenticate",
    reason: "global default",
    app: undefined,
    requirements: [GLOBALS],
  };

  it.each([
    { name: "under allow= as received and merged", path: "/rest//x", want: ALLOWED },
    { name: "under allow= only when merged: login", path: "//rest/x", want: GLOBAL },
    { name: "not under allow= at all", path: "//x//", want: GLOBAL },
  ])("$name: $path", ({ path, want }) => {
    expect(
      decideEveryReading(file.rules, request("other.example.com", path), parsed.overlay),
    ).toEqual(want);
  });

  it("a file deny holds for //admin/x whatever allow= says", () => {
    const open = parseQueryRules(new URLSearchParams("allow=/"));
    if (!open.ok) throw new Error(open.problems.join("\n"));
    expect(
      decideEveryReading(file.rules, request("music.example.com", "//admin/x"), open.overlay),
    ).toEqual({
      kind: "deny",
      reason: "apps[0] music.example.com rules[0] path /admin/",
      app: "music.example.com",
    });
  });
});
