import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/auth/identity.ts";
import { identityFromClaims, missingIdentityClaims, type Claims } from "../../src/oidc/claims.ts";

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
      name: "over-long values truncated to 1024",
      input: {
        sub: "s".repeat(5000),
        preferred_username: "u".repeat(1025),
        email: "e".repeat(2048),
        name: "n".repeat(1024),
        groups: ["g".repeat(4096)],
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
      name: "control characters kept for the header encoder",
      input: { sub: "s", preferred_username: "alice\r\nRemote-User: admin" },
      want: { ...EMPTY, sub: "s", username: "alice\r\nRemote-User: admin" },
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(identityFromClaims(input)).toEqual(want);
  });

  it("keeps at most 2000 groups", () => {
    const groups = Array.from({ length: 5000 }, (_, i) => `g${i}`);
    const identity = identityFromClaims({ sub: "s", groups });
    expect(identity.groups).toHaveLength(2000);
    expect(identity.groups.at(-1)).toBe("g1999");
  });

  it("is quick on a hostile group list", () => {
    const started = performance.now();
    identityFromClaims({ sub: "s", groups: Array.from({ length: 100_000 }, (_, i) => `g${i}`) });
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
