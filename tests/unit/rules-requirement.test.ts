import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/auth/identity.ts";
import { checkRequirements } from "../../src/rules/requirement.ts";
import type { Requirement } from "../../src/rules/types.ts";

const who = (username: string, groups: string[]): Identity => ({
  sub: `sub-${username}`,
  username,
  email: "",
  name: "",
  groups,
  entitlements: [],
});
const r = (groups: string[], users: string[] = []): Requirement => ({ groups, users });
const DENIED = { allowed: false, reason: "user is not in the allowed users or groups" } as const;

describe("checkRequirements: every requirement must be met", () => {
  it.each([
    { name: "no requirements", identity: who("alice", []), input: [], want: { allowed: true } },
    {
      name: "empty requirement",
      identity: who("alice", []),
      input: [r([])],
      want: { allowed: true },
    },
    {
      name: "in the group",
      identity: who("alice", ["music"]),
      input: [r(["music"])],
      want: { allowed: true },
    },
    {
      name: "named user",
      identity: who("alice", []),
      input: [r(["music"], ["alice"])],
      want: { allowed: true },
    },
    {
      name: "not in the group",
      identity: who("bob", ["users"]),
      input: [r(["music"])],
      want: DENIED,
    },
    {
      name: "file and query both met",
      identity: who("alice", ["music", "admins"]),
      input: [r(["music"]), r(["admins"])],
      want: { allowed: true },
    },
    {
      name: "file met, query not",
      identity: who("alice", ["music"]),
      input: [r(["music"]), r(["admins"])],
      want: DENIED,
    },
    {
      name: "query met, file not",
      identity: who("alice", ["admins"]),
      input: [r(["music"]), r(["admins"])],
      want: DENIED,
    },
    {
      name: "group names are case-sensitive",
      identity: who("alice", ["Music"]),
      input: [r(["music"])],
      want: DENIED,
    },
  ])("$name", ({ identity, input, want }) => {
    expect(checkRequirements(identity, input)).toEqual(want);
  });
});
