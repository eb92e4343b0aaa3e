import { describe, expect, it } from "vitest";
import { stricter } from "../../src/rules/stricter.ts";
import type { Requirement, RuleDecision } from "../../src/rules/types.ts";

const MUSIC: Requirement = { groups: ["music"], users: [] };
const ADMINS: Requirement = { groups: ["admins"], users: [] };
const APP = "music.example.com";

const ALLOW: RuleDecision = { kind: "allow", reason: "rules[0] path /share/", app: APP };
const ALLOW_2: RuleDecision = { kind: "allow", reason: "rules[1] path /rest/", app: APP };
const DENY: RuleDecision = { kind: "deny", reason: "rules[2] path /admin/", app: APP };
const DENY_2: RuleDecision = { kind: "deny", reason: "rules[3] methods DELETE", app: APP };
const DEFAULT: RuleDecision = {
  kind: "authenticate",
  reason: "default",
  app: APP,
  requirements: [MUSIC],
};
const ADMIN: RuleDecision = {
  kind: "authenticate",
  reason: "rules[4] path /admin/",
  app: APP,
  requirements: [ADMINS],
};

describe("stricter: deny over authenticate over allow", () => {
  it.each([
    { name: "allow, allow: the first", a: ALLOW, b: ALLOW_2, want: ALLOW },
    { name: "allow, authenticate", a: ALLOW, b: DEFAULT, want: DEFAULT },
    { name: "authenticate, allow", a: DEFAULT, b: ALLOW, want: DEFAULT },
    { name: "allow, deny", a: ALLOW, b: DENY, want: DENY },
    { name: "deny, allow", a: DENY, b: ALLOW, want: DENY },
    { name: "authenticate, deny", a: DEFAULT, b: DENY, want: DENY },
    { name: "deny, authenticate", a: DENY, b: DEFAULT, want: DENY },
    { name: "deny, deny: the first", a: DENY, b: DENY_2, want: DENY },
    { name: "the same authenticate", a: DEFAULT, b: DEFAULT, want: DEFAULT },
    {
      name: "an equal authenticate around the same requirements",
      a: DEFAULT,
      b: { ...DEFAULT },
      want: DEFAULT,
    },
    {
      name: "two authenticates: both requirements, both reasons",
      a: DEFAULT,
      b: ADMIN,
      want: {
        kind: "authenticate",
        reason: "default and rules[4] path /admin/",
        app: APP,
        requirements: [MUSIC, ADMINS],
      },
    },
    {
      name: "two authenticates, the other way round",
      a: ADMIN,
      b: DEFAULT,
      want: {
        kind: "authenticate",
        reason: "rules[4] path /admin/ and default",
        app: APP,
        requirements: [ADMINS, MUSIC],
      },
    },
    {
      name: "same reason, other requirements: both kept",
      a: DEFAULT,
      b: { ...DEFAULT, requirements: [ADMINS] },
      want: {
        kind: "authenticate",
        reason: "default and default",
        app: APP,
        requirements: [MUSIC, ADMINS],
      },
    },
  ])("$name", ({ a, b, want }) => {
    const got = stricter(a, b);
    expect(got).toEqual(want);
    // A verdict that is one of the two is that very object (compiled answers are shared).
    if (want === a || want === b) expect(got).toBe(want);
  });
});
