import { describe, expect, it } from "vitest";
import {
  KEY_LIFETIME_SECONDS,
  loadOrCreateSigningKeys,
  publicJwks,
  rotateIfDue,
} from "../../src/identity-jwt/keys.ts";

const T0 = 1_800_000_000;

describe("rotateIfDue", () => {
  it.each([
    { name: "a fresh key", age: 0, want: false },
    { name: "a key one second short of its lifetime", age: KEY_LIFETIME_SECONDS - 1, want: false },
    { name: "a key at its lifetime", age: KEY_LIFETIME_SECONDS, want: true },
  ])("rotates $name: $want", async ({ age, want }) => {
    const keys = await loadOrCreateSigningKeys({ now: T0 });
    const before = keys.current().kid;
    expect(await rotateIfDue(keys, T0 + age)).toBe(want);
    expect(keys.current().kid !== before).toBe(want);
  });

  it("keeps the old public key published while its tokens can still be valid", async () => {
    const keys = await loadOrCreateSigningKeys({ now: T0 });
    const old = keys.current().kid;
    const at = T0 + KEY_LIFETIME_SECONDS;
    await rotateIfDue(keys, at);
    expect(publicJwks(keys, at + 60).keys.map((k) => k.kid)).toContain(old);
    expect(publicJwks(keys, at + 3600).keys.map((k) => k.kid)).not.toContain(old);
  });
});
