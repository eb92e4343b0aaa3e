import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/auth/identity.ts";
import {
  identityFromClaims,
  MAX_CLAIM_VALUES,
  missingIdentityClaims,
  type ClaimProblem,
  type Claims,
} from "../../src/oidc/claims.ts";

const FULL: Claims = {
  sub: "f00d",
  preferred_username: "alice",
  email: "alice@example.com",
  name: "Alice Liddell",
  groups: ["admins", "family"],
};
const ALICE: Identity = {
  sub: "f00d",
  username: "alice",
  email: "alice@example.com",
  name: "Alice Liddell",
  groups: ["admins", "family"],
  entitlements: [],
};
const EMPTY: Identity = {
  sub: "",
  username: "",
  email: "",
  name: "",
  groups: [],
  entitlements: [],
};

describe("identityFromClaims", () => {
  const rows: readonly { name: string; input: Claims; want: Identity }[] = [
    { name: "full claims", input: FULL, want: ALICE },
    { name: "no claims", input: {}, want: EMPTY },
    {
      name: "username falls back to sub",
      input: { ...FULL, preferred_username: undefined },
      want: { ...ALICE, username: "f00d" },
    },
    {
      name: "empty username falls back to sub",
      input: { ...FULL, preferred_username: "" },
      want: { ...ALICE, username: "f00d" },
    },
    {
      name: "object username falls back to sub",
      input: { ...FULL, preferred_username: { evil: true } },
      want: { ...ALICE, username: "f00d" },
    },
    {
      name: "null username falls back to sub",
      input: { ...FULL, preferred_username: null },
      want: { ...ALICE, username: "f00d" },
    },
    {
      name: "numeric sub and username",
      input: { sub: 42, preferred_username: 7 },
      want: { ...EMPTY, sub: "42", username: "7" },
    },
    {
      name: "boolean email",
      input: { ...FULL, email: true },
      want: { ...ALICE, email: "true" },
    },
    {
      name: "array name",
      input: { ...FULL, name: ["Alice"] },
      want: { ...ALICE, name: "" },
    },
    {
      name: "groups as one string",
      input: { ...FULL, groups: "admins" },
      want: { ...ALICE, groups: ["admins"] },
    },
    {
      name: "groups as objects with a name",
      input: { ...FULL, groups: [{ name: "admins", pk: 1 }, { name: "family" }] },
      want: ALICE,
    },
    {
      name: "groups as numbers",
      input: { ...FULL, groups: [1, 2, 2] },
      want: { ...ALICE, groups: ["1", "2"] },
    },
    {
      name: "groups with nested junk",
      input: {
        ...FULL,
        groups: [
          "admins",
          ["nested"],
          { id: "no-name" },
          { name: { deeper: "x" } },
          { name: ["x"] },
          null,
          undefined,
          "",
          {},
          "family",
        ],
      },
      want: ALICE,
    },
    {
      name: "duplicate groups removed, order kept",
      input: { ...FULL, groups: ["family", "admins", "family", { name: "admins" }] },
      want: { ...ALICE, groups: ["family", "admins"] },
    },
    {
      name: "groups as an object",
      input: { ...FULL, groups: { admins: true } },
      want: { ...ALICE, groups: [] },
    },
    {
      name: "groups as an object with a name",
      input: { ...FULL, groups: { name: "admins" } },
      want: { ...ALICE, groups: ["admins"] },
    },
    { name: "groups null", input: { ...FULL, groups: null }, want: { ...ALICE, groups: [] } },
    {
      name: "group names are case-sensitive",
      input: { ...FULL, groups: ["Admins", "admins"] },
      want: { ...ALICE, groups: ["Admins", "admins"] },
    },
    {
      name: "entitlements",
      input: { ...FULL, entitlements: ["read", { name: "write" }, "read"] },
      want: { ...ALICE, entitlements: ["read", "write"] },
    },
    {
      name: "values of exactly 1024 characters kept whole",
      input: {
        sub: "s".repeat(1024),
        preferred_username: "u".repeat(1024),
        email: "e".repeat(1024),
        name: "n".repeat(1024),
        groups: ["g".repeat(1024)],
      },
      want: {
        sub: "s".repeat(1024),
        username: "u".repeat(1024),
        email: "e".repeat(1024),
        name: "n".repeat(1024),
        groups: ["g".repeat(1024)],
        entitlements: [],
      },
    },
    {
      // Regression: the first 2000 raw entries were kept before duplicates were removed, so a
      // group after 2000 copies of another was dropped without a word.
      name: "2000 copies of a group then another: both kept",
      input: { sub: "s", groups: [...Array<string>(2000).fill("music"), "zz-blocked"] },
      want: { ...EMPTY, sub: "s", username: "s", groups: ["music", "zz-blocked"] },
    },
    {
      name: "unusable entries do not count towards the bound",
      input: {
        sub: "s",
        groups: [
          ...Array<unknown>(3000).fill(null),
          ...Array.from({ length: 2000 }, (_, i) => ({ name: `g${i}` })),
          ...Array<unknown>(3000).fill({ id: 1 }),
        ],
      },
      want: {
        ...EMPTY,
        sub: "s",
        username: "s",
        groups: Array.from({ length: 2000 }, (_, i) => `g${i}`),
      },
    },
    {
      name: "control characters kept for the header encoder",
      input: { sub: "s", preferred_username: "alice\r\nRemote-User: admin" },
      want: { ...EMPTY, sub: "s", username: "alice\r\nRemote-User: admin" },
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(identityFromClaims(input)).toEqual({ ok: true, identity: want });
  });

  const distinct = (count: number): string[] => Array.from({ length: count }, (_, i) => `g${i}`);
  const refusals: readonly {
    name: string;
    input: Claims;
    want: { problem: ClaimProblem; user: string };
  }[] = [
    {
      name: "2001 distinct groups",
      input: { ...FULL, groups: distinct(2001) },
      want: {
        user: "alice",
        problem: {
          code: "claim_too_many_values",
          claim: "groups",
          message: 'claim "groups" has 2001 distinct values; at most 2000 fit in a session',
        },
      },
    },
    {
      name: "2345 distinct groups among duplicates",
      input: { ...FULL, groups: [...distinct(2345), ...distinct(2345)] },
      want: {
        user: "alice",
        problem: {
          code: "claim_too_many_values",
          claim: "groups",
          message: 'claim "groups" has 2345 distinct values; at most 2000 fit in a session',
        },
      },
    },
    {
      name: "2001 distinct entitlements",
      input: { ...FULL, entitlements: distinct(2001).map((name) => ({ name })) },
      want: {
        user: "alice",
        problem: {
          code: "claim_too_many_values",
          claim: "entitlements",
          message: 'claim "entitlements" has 2001 distinct values; at most 2000 fit in a session',
        },
      },
    },
    {
      name: "a raw list over 100 000 entries, even of one group",
      input: { ...FULL, groups: Array<string>(100_001).fill("music") },
      want: {
        user: "alice",
        problem: {
          code: "claim_too_many_values",
          claim: "groups",
          message: 'claim "groups" lists 100001 entries; at most 100000 are read',
        },
      },
    },
    {
      name: "a 1025-character group",
      input: { ...FULL, groups: ["music", "g".repeat(1025)] },
      want: {
        user: "alice",
        problem: {
          code: "claim_value_too_long",
          claim: "groups",
          message: 'claim "groups" has a value of 1025 characters; at most 1024 fit',
        },
      },
    },
    {
      name: "a 1025-character group given as an object with a name",
      input: { ...FULL, groups: [{ name: "g".repeat(1025) }] },
      want: {
        user: "alice",
        problem: {
          code: "claim_value_too_long",
          claim: "groups",
          message: 'claim "groups" has a value of 1025 characters; at most 1024 fit',
        },
      },
    },
    {
      name: "a 5000-character sub",
      input: { ...FULL, preferred_username: undefined, sub: "s".repeat(5000) },
      want: {
        user: "",
        problem: {
          code: "claim_value_too_long",
          claim: "sub",
          message: 'claim "sub" has a value of 5000 characters; at most 1024 fit',
        },
      },
    },
    {
      name: "a 1025-character username",
      input: { ...FULL, preferred_username: "u".repeat(1025) },
      want: {
        user: "f00d",
        problem: {
          code: "claim_value_too_long",
          claim: "preferred_username",
          message: 'claim "preferred_username" has a value of 1025 characters; at most 1024 fit',
        },
      },
    },
    {
      name: "a 2048-character email",
      input: { ...FULL, email: "e".repeat(2048) },
      want: {
        user: "alice",
        problem: {
          code: "claim_value_too_long",
          claim: "email",
          message: 'claim "email" has a value of 2048 characters; at most 1024 fit',
        },
      },
    },
    {
      name: "a 1025-character name",
      input: { ...FULL, name: "n".repeat(1025) },
      want: {
        user: "alice",
        problem: {
          code: "claim_value_too_long",
          claim: "name",
          message: 'claim "name" has a value of 1025 characters; at most 1024 fit',
        },
      },
    },
  ];

  it.each(refusals)("refuses $name", ({ input, want }) => {
    expect(identityFromClaims(input)).toEqual({ ok: false, ...want });
  });

  it(`keeps exactly ${MAX_CLAIM_VALUES} distinct groups, in the provider's order`, () => {
    const groups = distinct(MAX_CLAIM_VALUES).reverse();
    expect(identityFromClaims({ sub: "s", groups })).toMatchObject({
      ok: true,
      identity: { groups },
    });
  });

  it("is quick on a hostile group list", () => {
    const started = performance.now();
    identityFromClaims({ sub: "s", groups: distinct(100_000) });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("missingIdentityClaims", () => {
  const rows: readonly {
    name: string;
    input: { claims: Claims; wantGroups: boolean };
    want: boolean;
  }[] = [
    { name: "all present, groups wanted", input: { claims: FULL, wantGroups: true }, want: false },
    {
      name: "groups missing, not wanted",
      input: { claims: { ...FULL, groups: undefined }, wantGroups: false },
      want: false,
    },
    {
      name: "groups missing, wanted",
      input: { claims: { ...FULL, groups: undefined }, wantGroups: true },
      want: true,
    },
    {
      name: "username missing",
      input: { claims: { ...FULL, preferred_username: undefined }, wantGroups: false },
      want: true,
    },
    {
      name: "email missing",
      input: { claims: { ...FULL, email: undefined }, wantGroups: false },
      want: true,
    },
    {
      name: "name missing",
      input: { claims: { ...FULL, name: undefined }, wantGroups: false },
      want: true,
    },
    { name: "only sub", input: { claims: { sub: "s" }, wantGroups: false }, want: true },
    {
      name: "empty groups count as present",
      input: { claims: { ...FULL, groups: [] }, wantGroups: true },
      want: false,
    },
    {
      name: "null counts as present",
      input: { claims: { ...FULL, email: null }, wantGroups: false },
      want: false,
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(missingIdentityClaims(input.claims, input.wantGroups)).toBe(want);
  });
});
