import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "../../src/config/suggest.ts";

describe("editDistance", () => {
  it.each([
    { name: "equal", a: "ISSUER", b: "ISSUER", want: 0 },
    { name: "both empty", a: "", b: "", want: 0 },
    { name: "from empty", a: "", b: "ABC", want: 3 },
    { name: "to empty", a: "ABC", b: "", want: 3 },
    { name: "one deleted", a: "ISUER", b: "ISSUER", want: 1 },
    { name: "one inserted", a: "ALLOWED_GROUPSS", b: "ALLOWED_GROUPS", want: 1 },
    { name: "one replaced", a: "LOG_LEVEL", b: "LOG-LEVEL", want: 1 },
    { name: "neighbours swapped count once", a: "DOMIAN", b: "DOMAIN", want: 1 },
    { name: "swap at the start", a: "SICSSUER", b: "ISCSSUER", want: 1 },
    { name: "swap and delete", a: "DOMAN", b: "DOMIAN", want: 1 },
    { name: "nothing in common", a: "ABC", b: "XYZ", want: 3 },
    { name: "kitten, sitting", a: "kitten", b: "sitting", want: 3 },
    { name: "letter case counts", a: "issuer", b: "ISSUER", want: 6 },
  ])("$name", ({ a, b, want }) => {
    expect(editDistance(a, b)).toBe(want);
    expect(editDistance(b, a)).toBe(want);
  });
});

describe("closestName", () => {
  const SETTINGS = [
    "ISSUER",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "SECRET",
    "LISTEN",
    "TRUSTED_PROXIES",
    "ALLOWED_GROUPS",
    "ALLOWED_USERS",
    "CONFIG",
    "LOG_LEVEL",
    "CLIENT_SECRET_FILE",
    "SECRET_FILE",
  ];

  it.each([
    { name: "one letter short", word: "ALLOWED_GROUP", want: "ALLOWED_GROUPS" },
    { name: "one letter missing inside", word: "ISUER", want: "ISSUER" },
    { name: "letter case ignored", word: "allowed_groups", want: "ALLOWED_GROUPS" },
    { name: "swapped letters", word: "CONIFG", want: "CONFIG" },
    { name: "singular of a plural", word: "TRUSTED_PROXY", want: "TRUSTED_PROXIES" },
    { name: "word separator missing", word: "LOGLEVEL", want: "LOG_LEVEL" },
    { name: "secret's file form misspelt", word: "SECRET_FIEL", want: "SECRET_FILE" },
    { name: "a plural of a singular", word: "SECRETS", want: "SECRET" },
    { name: "tie goes to the earlier candidate", word: "AX", want: "AB", candidates: ["AB", "AC"] },
    { name: "a short word allows one edit", word: "SECRE", want: "SECRET" },
    { name: "too far: another name", word: "LISTEN_ADDR", want: undefined },
    { name: "too far: a wild name", word: "TOKEN_FILE", want: undefined },
    { name: "too far for a short word", word: "SEC", want: undefined },
    { name: "empty", word: "", want: undefined },
    { name: "no candidates", word: "ISSUER", want: undefined, candidates: [] },
  ])("$name", ({ word, want, candidates }) => {
    expect(closestName(word, candidates ?? SETTINGS)).toBe(want);
  });
});
