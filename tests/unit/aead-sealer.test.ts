import { describe, expect, it } from "vitest";
import { createAeadSealer } from "../../src/session/aead-sealer.ts";

const A = "a".repeat(40);
const B = "b".repeat(40);
const sealer = createAeadSealer([A], "login state");
const value = { state: "abc", nonce: "n", createdAt: 1 };
const sealed = sealer.seal(value);

function flip(text: string, at: number): string {
  const ch = text[at] === "A" ? "B" : "A";
  return text.slice(0, at) + ch + text.slice(at + 1);
}

describe("createAeadSealer", () => {
  it("opens what it sealed, and seals the same value differently each time", () => {
    expect(sealer.open(sealed)).toEqual(value);
    expect(sealer.seal(value)).not.toBe(sealed);
    expect(sealed).not.toContain("abc");
  });

  const [version = "", id = "", iv = "", body = ""] = sealed.split(".");
  it.each([
    { name: "empty", input: "" },
    { name: "garbage", input: "not a seal" },
    { name: "another version", input: `v2.${id}.${iv}.${body}` },
    { name: "unknown key id", input: `${version}.AAAAAAAA.${iv}.${body}` },
    { name: "flipped iv", input: `${version}.${id}.${flip(iv, 3)}.${body}` },
    { name: "flipped ciphertext", input: `${version}.${id}.${iv}.${flip(body, 2)}` },
    { name: "flipped tag", input: `${version}.${id}.${iv}.${flip(body, body.length - 3)}` },
    { name: "truncated", input: sealed.slice(0, -5) },
    { name: "short iv", input: `${version}.${id}.${iv.slice(2)}.${body}` },
    { name: "tag only", input: `${version}.${id}.${iv}.${body.slice(-22)}` },
    { name: "extra part", input: `${sealed}.x` },
    { name: "over-long", input: `${sealed}${"A".repeat(5000)}` },
  ])("refuses a $name seal", ({ input }) => {
    expect(sealer.open(input)).toBeUndefined();
  });

  it("rotates: a new first secret seals, the old one still opens", () => {
    const rotated = createAeadSealer([B, A], "login state");
    expect(rotated.open(sealed)).toEqual(value);
    expect(sealer.open(rotated.seal(value))).toBeUndefined();
    expect(createAeadSealer([B], "login state").open(sealed)).toBeUndefined();
  });

  it("derives different keys for different purposes", () => {
    expect(createAeadSealer([A], "something else").open(sealed)).toBeUndefined();
  });
});
