import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../src/cache/memo.ts";

/** A memo of `key.length` (or undefined for "u") counting the computations. */
function counted(limit: number, keep?: (v: number | undefined) => boolean) {
  let calls = 0;
  const memo = boundedMemo(
    (key) => {
      calls++;
      return key === "u" ? undefined : key.length;
    },
    limit,
    keep,
  );
  return { memo, calls: () => calls };
}

describe("bounded memo", () => {
  // [what happens, keys asked in order, computations made]
  it.each<[string, string[], number]>([
    ["computes each key once", ["a", "bb", "a", "bb", "a"], 2],
    ["remembers an undefined result too", ["u", "u", "u"], 1],
    ["starts over when full (limit 2)", ["a", "bb", "ccc", "a", "bb"], 5],
    ["keeps answering right after starting over", ["a", "bb", "ccc", "ccc", "ccc"], 3],
  ])("%s", (_, keys, computations) => {
    const { memo, calls } = counted(2);
    for (const key of keys) expect(memo(key)).toBe(key === "u" ? undefined : key.length);
    expect(calls()).toBe(computations);
  });

  it("remembers only what `keep` accepts", () => {
    const { memo, calls } = counted(8, (v) => v !== undefined);
    for (const key of ["u", "u", "a", "a"]) memo(key);
    expect(calls()).toBe(3);
  });

  it("never holds more than its limit", () => {
    const { memo, calls } = counted(16);
    for (let i = 0; i < 1000; i++) memo(String(i));
    const before = calls();
    // Only the last few (at most 16) are still known.
    for (let i = 984; i < 1000; i++) memo(String(i));
    expect(calls() - before).toBeLessThanOrEqual(16);
    expect(calls() - before).toBeGreaterThan(0);
  });
});
