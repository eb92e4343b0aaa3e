import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/auth/identity.ts";
import { checkAccess, type AccessDecision, type AccessPolicy } from "../../src/auth/policy.ts";

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

const policy = (
  allowedUsers: readonly string[],
  allowedGroups: readonly string[],
): AccessPolicy => ({
  allowedUsers,
  allowedGroups,
});

describe("checkAccess", () => {
  const rows: readonly {
    name: string;
    input: { identity: Identity; policy: AccessPolicy };
    want: AccessDecision;
  }[] = [
    {
      name: "empty lists allow anyone",
      input: { identity: ALICE, policy: policy([], []) },
      want: ALLOW,
    },
    {
      name: "empty lists allow an identity with no groups",
      input: { identity: NOBODY, policy: policy([], []) },
      want: ALLOW,
    },
    { name: "listed user", input: { identity: ALICE, policy: policy(["alice"], []) }, want: ALLOW },
    {
      name: "listed among others",
      input: { identity: ALICE, policy: policy(["bob", "alice"], []) },
      want: ALLOW,
    },
    { name: "unlisted user", input: { identity: ALICE, policy: policy(["bob"], []) }, want: DENY },
    {
      name: "user case differs",
      input: { identity: ALICE, policy: policy(["Alice"], []) },
      want: DENY,
    },
    {
      name: "user with space",
      input: { identity: ALICE, policy: policy(["alice "], []) },
      want: DENY,
    },
    { name: "user prefix", input: { identity: ALICE, policy: policy(["ali"], []) }, want: DENY },
    {
      name: "sub is not a username",
      input: { identity: ALICE, policy: policy(["sub-alice"], []) },
      want: DENY,
    },
    {
      name: "email is not a username",
      input: { identity: ALICE, policy: policy(["alice@example.com"], []) },
      want: DENY,
    },
    {
      name: "member of group",
      input: { identity: ALICE, policy: policy([], ["media"]) },
      want: ALLOW,
    },
    {
      name: "member of one of several",
      input: { identity: ALICE, policy: policy([], ["admins", "family"]) },
      want: ALLOW,
    },
    {
      name: "not a member",
      input: { identity: ALICE, policy: policy([], ["admins"]) },
      want: DENY,
    },
    {
      name: "group case differs",
      input: { identity: ALICE, policy: policy([], ["Media"]) },
      want: DENY,
    },
    {
      name: "group substring",
      input: { identity: ALICE, policy: policy([], ["med"]) },
      want: DENY,
    },
    {
      name: "joined group names do not match",
      input: { identity: ALICE, policy: policy([], ["family|media"]) },
      want: DENY,
    },
    {
      name: "no groups at all",
      input: { identity: NOBODY, policy: policy([], ["media"]) },
      want: DENY,
    },
    {
      name: "empty username never matches a user list",
      input: { identity: NOBODY, policy: policy(["alice"], []) },
      want: DENY,
    },
    {
      name: "group list set, user listed",
      input: { identity: ALICE, policy: policy(["alice"], ["admins"]) },
      want: ALLOW,
    },
    {
      name: "user list set, group matches",
      input: { identity: ALICE, policy: policy(["bob"], ["family"]) },
      want: ALLOW,
    },
    {
      name: "both set, neither matches",
      input: { identity: ALICE, policy: policy(["bob"], ["admins"]) },
      want: DENY,
    },
    {
      name: "group named like the user does not admit",
      input: { identity: { ...ALICE, groups: [] }, policy: policy([], ["alice"]) },
      want: DENY,
    },
    {
      name: "user named like a group does not admit",
      input: {
        identity: { ...ALICE, username: "media", groups: [] },
        policy: policy([], ["media"]),
      },
      want: DENY,
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(checkAccess(input.identity, input.policy)).toEqual(want);
  });
});
