import { describe, expect, it } from "vitest";
import {
  createRevocationList,
  parseRevocation,
  type Revocable,
  type Revocation,
} from "../../src/revocation/revocation-list.ts";

const NOW = 1_800_000_000;
const session = (over: Partial<Revocable> & { sub?: string } = {}): Revocable => ({
  ref: over.ref ?? "ref-alice-1",
  sid: over.sid ?? "sid-1",
  identity: { sub: over.sub ?? "alice" },
  issuedAt: over.issuedAt ?? NOW - 100,
});

describe("revocation list: which sessions an entry ends", () => {
  const cases: { name: string; entry: Revocation; hits: Revocable[]; misses: Revocable[] }[] = [
    {
      name: "a session entry ends that session only",
      entry: { kind: "session", id: "ref-alice-1", until: NOW + 3600 },
      hits: [session()],
      misses: [session({ ref: "ref-alice-2" }), session({ ref: "ref-bob", sub: "bob" })],
    },
    {
      name: "a sid entry ends every session of that provider session",
      entry: { kind: "sid", sid: "sid-1", until: NOW + 3600 },
      hits: [session(), session({ ref: "other-device" })],
      misses: [session({ sid: "sid-2" }), session({ sid: "" })],
    },
    {
      name: "a subject entry ends that user's sessions issued before `before`, not later logins",
      entry: { kind: "subject", sub: "alice", before: NOW - 50, until: NOW + 3600 },
      hits: [session({ issuedAt: NOW - 51 }), session({ issuedAt: NOW - 1000, sid: "" })],
      misses: [
        session({ issuedAt: NOW - 50 }),
        session({ issuedAt: NOW }),
        session({ sub: "bob", issuedAt: NOW - 1000 }),
      ],
    },
    {
      name: "a sidless entry ends that user's earlier sessions that kept no sid, only those",
      entry: { kind: "sidless", sub: "alice", before: NOW - 50, until: NOW + 3600 },
      hits: [session({ sid: "", issuedAt: NOW - 51 })],
      misses: [
        session({ issuedAt: NOW - 51 }),
        session({ sid: "", issuedAt: NOW - 50 }),
        session({ sid: "", sub: "bob", issuedAt: NOW - 100 }),
      ],
    },
    {
      name: "an everyone entry ends every session issued before `before`",
      entry: { kind: "everyone", before: NOW, until: NOW + 3600 },
      hits: [session(), session({ sub: "bob", ref: "b", sid: "" })],
      misses: [session({ issuedAt: NOW })],
    },
  ];
  it.each(cases)("$name", ({ entry, hits, misses }) => {
    const list = createRevocationList();
    expect(list.add(entry, NOW)).toEqual(entry);
    for (const s of hits) expect(list.isRevoked(s), JSON.stringify(s)).toBe(true);
    for (const s of misses) expect(list.isRevoked(s), JSON.stringify(s)).toBe(false);
  });

  it("an empty list revokes nothing", () => {
    expect(createRevocationList().isRevoked(session())).toBe(false);
  });
});

describe("revocation list: merging and expiry", () => {
  it("ignores an entry already known or already expired, so it is not recorded twice", () => {
    const list = createRevocationList();
    const entry: Revocation = { kind: "session", id: "x", until: NOW + 10 };
    expect(list.add(entry, NOW)).toEqual(entry);
    expect(list.add(entry, NOW)).toBeUndefined();
    expect(list.add({ kind: "sid", sid: "s", until: NOW }, NOW)).toBeUndefined();
    expect(list.size).toBe(1);
  });

  it("keeps the later `before` of two subject entries, whichever arrives first", () => {
    const list = createRevocationList();
    list.add({ kind: "subject", sub: "alice", before: NOW, until: NOW + 100 }, NOW);
    expect(
      list.add({ kind: "subject", sub: "alice", before: NOW - 10, until: NOW + 90 }, NOW),
    ).toBeUndefined();
    expect(list.isRevoked(session({ issuedAt: NOW - 5 }))).toBe(true);
    expect(
      list.add({ kind: "subject", sub: "alice", before: NOW + 5, until: NOW + 90 }, NOW),
    ).toEqual({ kind: "subject", sub: "alice", before: NOW + 5, until: NOW + 100 });
  });

  it("drops an entry once no session it could hit is alive, and not before", () => {
    const list = createRevocationList();
    list.add({ kind: "session", id: "ref-alice-1", until: NOW + 10 }, NOW);
    list.prune(NOW + 9);
    expect(list.isRevoked(session())).toBe(true);
    list.prune(NOW + 10);
    expect(list.size).toBe(0);
    expect(list.entries(NOW + 10)).toEqual([]);
  });
});

describe("revocation list: full, it widens instead of forgetting", () => {
  it("a session entry beyond the bound ends every session issued until now, and empties the list", () => {
    const list = createRevocationList(3);
    for (const id of ["a", "b", "c"]) list.add({ kind: "session", id, until: NOW + 100 }, NOW);
    const kept = list.add({ kind: "session", id: "d", until: NOW + 200 }, NOW);
    expect(kept).toEqual({ kind: "everyone", before: NOW + 1, until: NOW + 200 });
    for (const ref of ["a", "b", "c", "d"]) {
      expect(list.isRevoked(session({ ref, issuedAt: NOW }))).toBe(true);
    }
    expect(list.isRevoked(session({ ref: "new", issuedAt: NOW + 1 }))).toBe(false);
    expect(list.size).toBe(1);
  });

  // Regression: `everyone` took only the added entry's until, so a session revoked earlier and
  // alive longer was valid again once that shorter entry expired.
  it("the widened entry lasts as long as the longest entry it replaces", () => {
    const list = createRevocationList(2);
    list.add({ kind: "session", id: "a", until: NOW + 3600 }, NOW);
    list.add({ kind: "sid", sid: "s", until: NOW + 7200 }, NOW);
    const kept = list.add({ kind: "session", id: "c", until: NOW + 10 }, NOW);
    expect(kept).toEqual({ kind: "everyone", before: NOW + 1, until: NOW + 7200 });
    list.prune(NOW + 20);
    expect(list.isRevoked(session({ ref: "a", issuedAt: NOW - 5 }))).toBe(true);
    expect(list.isRevoked(session({ ref: "x", sid: "s", issuedAt: NOW - 5 }))).toBe(true);
  });

  it("expired entries are pruned before anything is widened", () => {
    const list = createRevocationList(2);
    list.add({ kind: "session", id: "a", until: NOW + 1 }, NOW);
    list.add({ kind: "session", id: "b", until: NOW + 1 }, NOW);
    const kept = list.add({ kind: "session", id: "c", until: NOW + 100 }, NOW + 5);
    expect(kept).toEqual({ kind: "session", id: "c", until: NOW + 100 });
  });

  it("a subject entry beyond the bound becomes everyone's", () => {
    const list = createRevocationList(1);
    list.add({ kind: "sid", sid: "s", until: NOW + 100 }, NOW);
    const kept = list.add({ kind: "subject", sub: "bob", before: NOW, until: NOW + 50 }, NOW);
    expect(kept?.kind).toBe("everyone");
    expect(list.isRevoked(session({ sid: "s", issuedAt: NOW }))).toBe(true);
  });
});

describe("parseRevocation: stored and shared entries are checked field by field", () => {
  const good: Revocation[] = [
    { kind: "session", id: "abc", until: NOW },
    { kind: "sid", sid: "s-1", until: NOW },
    { kind: "subject", sub: "alice", before: NOW - 1, until: NOW },
    { kind: "sidless", sub: "alice", before: NOW - 1, until: NOW },
    { kind: "everyone", before: NOW - 1, until: NOW },
  ];
  it.each(good)("keeps a well-formed $kind entry", (entry) => {
    expect(parseRevocation(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });
  it.each([
    { name: "null", data: null },
    { name: "a string", data: "session" },
    { name: "an unknown kind", data: { kind: "all", until: NOW } },
    { name: "no until", data: { kind: "session", id: "a" } },
    { name: "a fractional until", data: { kind: "session", id: "a", until: 1.5 } },
    { name: "a negative until", data: { kind: "session", id: "a", until: -1 } },
    { name: "an empty id", data: { kind: "session", id: "", until: NOW } },
    { name: "a numeric sid", data: { kind: "sid", sid: 5, until: NOW } },
    {
      name: "an overlong sub",
      data: { kind: "subject", sub: "x".repeat(1025), before: 1, until: NOW },
    },
    { name: "a subject without before", data: { kind: "subject", sub: "a", until: NOW } },
    { name: "everyone with a string before", data: { kind: "everyone", before: "1", until: NOW } },
  ])("refuses $name", ({ data }) => {
    expect(parseRevocation(data)).toBeUndefined();
  });
});
