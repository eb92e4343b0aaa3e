import { hash } from "node:crypto";
import { sealData, unsealData } from "iron-session";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSealer, sealPasswordId } from "../../src/session/sealer.ts";

const A = "a".repeat(16) + "-first-sealing-secret-0123456789";
const B = "b".repeat(16) + "-second-sealing-secret-987654321";
const DATA = { v: 1, who: "alice" };
const TTL = 600;

/** The password id earlier versions put in every seal: 48 bits of SHA-256 of the secret, plus 1. */
const legacyId = (secret: string) => parseInt(hash("sha256", secret, "hex").slice(0, 12), 16) + 1;

function sealer(secrets: string[]) {
  const reasons: string[] = [];
  return { sealer: createSealer(secrets, (r) => reasons.push(r)), reasons };
}

let sealed: string;
beforeAll(async () => {
  sealed = await createSealer([A]).seal(DATA, TTL);
});

describe("seal format", () => {
  it("is iron's, with iron-session's ~2 suffix", () => {
    expect(sealed).toMatch(
      /^Fe26\.2\*1\*[0-9a-f]{64}\*[\w-]{22}\*[\w-]+\*\d{13}\*[0-9a-f]{64}\*[\w-]{43}~2$/,
    );
    expect(sealPasswordId(sealed)).toBe("1");
  });

  it("shows why: iron-session itself opens a seal with text after its suffix", async () => {
    // iron-session 9 drops everything from the first "~" (stripVersion).
    await expect(unsealData(`${sealed}x`, { password: { 1: A }, ttl: TTL })).resolves.toEqual(DATA);
  });
});

describe("a session or login cookie with anything after the seal's ~2 suffix is none", () => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const bump = (c: string) => alphabet[(alphabet.indexOf(c) + 1) % 64] ?? "A";
  const field = (s: string, i: number, change: (f: string) => string) => {
    const [body = "", suffix] = s.split("~");
    const parts = body.split("*");
    parts[i] = change(parts[i] ?? "");
    return `${parts.join("*")}~${suffix ?? ""}`;
  };
  const rows: readonly { name: string; change: (s: string) => string }[] = [
    { name: "~2x", change: (s) => `${s}x` },
    { name: "~2~2", change: (s) => `${s}~2` },
    { name: "~23", change: (s) => `${s}3` },
    { name: "~2 and a space", change: (s) => `${s} ` },
    { name: "~2 and a stale chunk", change: (s) => `${s}${s}` },
    { name: "no suffix", change: (s) => s.slice(0, -2) },
    { name: "another version suffix", change: (s) => `${s.slice(0, -1)}1` },
    { name: "text before the seal", change: (s) => `x${s}` },
    { name: "a ninth field", change: (s) => s.replace("~2", "*x~2") },
    { name: "no password id", change: (s) => field(s, 1, () => "") },
    { name: "a password id that is not a number", change: (s) => field(s, 1, () => "a") },
    { name: "a password id with a leading zero", change: (s) => field(s, 1, (f) => `0${f}`) },
    { name: "an upper-case salt", change: (s) => field(s, 2, (f) => f.toUpperCase()) },
    { name: "a short salt", change: (s) => field(s, 2, (f) => f.slice(1)) },
    { name: "no expiry", change: (s) => field(s, 5, () => "") },
    {
      name: "an iv spelled with non-zero unused bits",
      change: (s) => field(s, 3, (f) => f.slice(0, -1) + bump(f.at(-1) ?? "A")),
    },
    {
      name: "an HMAC spelled with non-zero unused bits",
      change: (s) => field(s, 7, (f) => f.slice(0, -1) + bump(f.at(-1) ?? "A")),
    },
    { name: "a ciphertext not of whole blocks", change: (s) => field(s, 4, (f) => f.slice(0, -4)) },
    { name: "an empty ciphertext", change: (s) => field(s, 4, () => "") },
  ];

  it.each(rows)("$name: malformed, not opened", async ({ change }) => {
    const { sealer: s, reasons } = sealer([A]);
    const changed = change(sealed);
    expect(changed).not.toBe(sealed);
    expect(sealPasswordId(changed)).toBeUndefined();
    expect(await s.unseal(changed, TTL)).toBeUndefined();
    expect(reasons).toEqual(["malformed"]);
  });

  it("opens the seal exactly as made", async () => {
    const { sealer: s, reasons } = sealer([A]);
    expect(await s.unseal(sealed, TTL)).toEqual(DATA);
    expect(reasons).toEqual([]);
  });
});

describe("the cookie reveals no fingerprint of the secret", () => {
  it.each([A, B])("seals with password id 1 whatever the secret", async (secret) => {
    const seal = await createSealer([secret]).seal(DATA, TTL);
    // Regression: the id was 48 bits of SHA-256 of the secret, an unsalted offline check.
    expect(seal).not.toContain(String(legacyId(secret)));
    expect(seal.split("*")[1]).toBe("1");
  });

  it("opens seals of the previous secret after a rotation, never of a foreign one", async () => {
    const old = await createSealer([A]).seal(DATA, TTL);
    const fresh = await createSealer([B, A]).seal(DATA, TTL);
    expect(await sealer([B, A]).sealer.unseal(old, TTL)).toEqual(DATA);
    expect(await sealer([A]).sealer.unseal(fresh, TTL)).toBeUndefined();
    const { sealer: onlyB, reasons } = sealer([B]);
    expect(await onlyB.unseal(old, TTL)).toBeUndefined();
    expect(reasons).toEqual(["invalid"]);
  });

  it("still opens a session sealed by an earlier version (its id names the secret)", async () => {
    const earlier = await sealData(DATA, { password: { [legacyId(A)]: A }, ttl: TTL });
    expect(await sealer([B, A]).sealer.unseal(earlier, TTL)).toEqual(DATA);
  });

  it("says expired once, without trying the other secrets", async () => {
    const expired = await sealData(DATA, { password: { 1: A }, ttl: 1 });
    const { sealer: s, reasons } = sealer([B, A]);
    // iron-session allows 60 s of skew past the seal's own expiry: move the clock past both.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 120_000 });
    try {
      expect(await s.unseal(expired, TTL)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    expect(reasons).toEqual(["expired"]);
  });
});
