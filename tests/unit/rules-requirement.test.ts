import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/auth/identity.ts";
import {
  checkRequirement,
  checkRequirements,
  type AccessDecision,
} from "../../src/rules/requirement.ts";
import type { Requirement } from "../../src/rules/types.ts";

const ALICE: Identity = {
  sub: "sub-alice",
  username: "alice",
  email: "alice@example.com",
  name: "Alice",
  groups: ["family", "media"],
  entitlements: [],
};
const NOBODY: Identity = { ...ALICE, sub: "", username: "", groups: [] };

const ALLOW: AccessDecision = { allowed: true };
const DENY: AccessDecision = {
  allowed: false,
  reason: "user is not in the allowed users or groups",
};

/** One requirement, users first as FORWARD_AUTH_ALLOWED_USERS then _GROUPS. */
const need = (users: readonly string[], groups: readonly string[]): Requirement => ({
  users,
  groups,
});

describe("checkRequirement: named in users or in any of groups, exact match", () => {
  const rows: readonly {
    name: string;
    input: { identity: Identity; requirement: Requirement };
    want: AccessDecision;
  }[] = [
    {
      name: "empty lists allow anyone",
      input: { identity: ALICE, requirement: need([], []) },
      want: ALLOW,
    },
    {
      name: "empty lists allow an identity with no groups",
      input: { identity: NOBODY, requirement: need([], []) },
      want: ALLOW,
    },
    {
      name: "listed user",
      input: { identity: ALICE, requirement: need(["alice"], []) },
      want: ALLOW,
    },
    {
      name: "listed among others",
      input: { identity: ALICE, requirement: need(["bob", "alice"], []) },
      want: ALLOW,
    },
    {
      name: "unlisted user",
      input: { identity: ALICE, requirement: need(["bob"], []) },
      want: DENY,
    },
    {
      name: "user case differs",
      input: { identity: ALICE, requirement: need(["Alice"], []) },
      want: DENY,
    },
    {
      name: "user with space",
      input: { identity: ALICE, requirement: need(["alice "], []) },
      want: DENY,
    },
    { name: "user prefix", input: { identity: ALICE, requirement: need(["ali"], []) }, want: DENY },
    {
      name: "sub is not a username",
      input: { identity: ALICE, requirement: need(["sub-alice"], []) },
      want: DENY,
    },
    {
      name: "email is not a username",
      input: { identity: ALICE, requirement: need(["alice@example.com"], []) },
      want: DENY,
    },
    {
      name: "member of group",
      input: { identity: ALICE, requirement: need([], ["media"]) },
      want: ALLOW,
    },
    {
      name: "member of one of several",
      input: { identity: ALICE, requirement: need([], ["admins", "family"]) },
      want: ALLOW,
    },
    {
      name: "not a member",
      input: { identity: ALICE, requirement: need([], ["admins"]) },
      want: DENY,
    },
    {
      name: "group case differs",
      input: { identity: ALICE, requirement: need([], ["Media"]) },
      want: DENY,
    },
    {
      name: "group substring",
      input: { identity: ALICE, requirement: need([], ["med"]) },
      want: DENY,
    },
    {
      name: "joined group names do not match",
      input: { identity: ALICE, requirement: need([], ["family|media"]) },
      want: DENY,
    },
    {
      name: "no groups at all",
      input: { identity: NOBODY, requirement: need([], ["media"]) },
      want: DENY,
    },
    {
      name: "empty username never matches a user list",
      input: { identity: NOBODY, requirement: need(["alice"], []) },
      want: DENY,
    },
    {
      name: "group list set, user listed",
      input: { identity: ALICE, requirement: need(["alice"], ["admins"]) },
      want: ALLOW,
    },
    {
      name: "user list set, group matches",
      input: { identity: ALICE, requirement: need(["bob"], ["family"]) },
      want: ALLOW,
    },
    {
      name: "both set, neither matches",
      input: { identity: ALICE, requirement: need(["bob"], ["admins"]) },
      want: DENY,
    },
    {
      name: "group named like the user does not admit",
      input: { identity: { ...ALICE, groups: [] }, requirement: need([], ["alice"]) },
      want: DENY,
    },
    {
      name: "user named like a group does not admit",
      input: {
        identity: { ...ALICE, username: "media", groups: [] },
        requirement: need([], ["media"]),
      },
      want: DENY,
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(checkRequirement(input.identity, input.requirement)).toEqual(want);
  });
});

const who = (username: string, groups: string[]): Identity => ({
  sub: `sub-${username}`,
  username,
  email: "",
  name: "",
  groups,
  entitlements: [],
});
const r = (groups: string[], users: string[] = []): Requirement => ({ groups, users });

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
      want: DENY,
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
      want: DENY,
    },
    {
      name: "query met, file not",
      identity: who("alice", ["admins"]),
      input: [r(["music"]), r(["admins"])],
      want: DENY,
    },
    {
      name: "group names are case-sensitive",
      identity: who("alice", ["Music"]),
      input: [r(["music"])],
      want: DENY,
    },
  ])("$name", ({ identity, input, want }) => {
    expect(checkRequirements(identity, input)).toEqual(want);
  });
});
