import { describe, expect, it } from "vitest";
import { createRandomPool } from "../../src/session/random-pool.ts";

describe("random pool", () => {
  it.each([1, 12, 96, 4096, 5000])("hands out exactly %i bytes", (count) => {
    expect(createRandomPool().take(count)).toHaveLength(count);
  });

  it("never hands out the same bytes twice, across refills", () => {
    const pool = createRandomPool(256);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) seen.add(pool.take(24).toString("hex"));
    expect(seen.size).toBe(1000);
  });

  it("gives the caller a copy that the next take does not overwrite", () => {
    const pool = createRandomPool(64);
    const first = pool.take(32);
    const copy = Buffer.from(first);
    for (let i = 0; i < 10; i++) pool.take(32);
    expect(first.equals(copy)).toBe(true);
  });

  it("is not all zeros (the pool is filled before the first take)", () => {
    expect(
      createRandomPool()
        .take(64)
        .some((b) => b !== 0),
    ).toBe(true);
  });
});
