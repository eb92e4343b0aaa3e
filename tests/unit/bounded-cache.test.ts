import { describe, expect, it } from "vitest";
import { createBoundedCache } from "../../src/cache/bounded-cache.ts";

describe("createBoundedCache", () => {
  it.each([
    { name: "before expiry", now: 99, want: "v" },
    { name: "at expiry", now: 100, want: undefined },
    { name: "after expiry", now: 101, want: undefined },
  ])("answers $name", ({ now, want }) => {
    const cache = createBoundedCache<string>(2);
    cache.set("k", "v", 100);
    expect(cache.get("k", now)).toBe(want);
  });

  it("never holds more than its bound, evicting the oldest entry first", () => {
    const cache = createBoundedCache<number>(3);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, i, 1000);
    expect(cache.size).toBe(3);
    expect([
      cache.get("k6", 0),
      cache.get("k7", 0),
      cache.get("k8", 0),
      cache.get("k9", 0),
    ]).toEqual([undefined, 7, 8, 9]);
  });

  it("drops an expired entry when it is read", () => {
    const cache = createBoundedCache<number>(3);
    cache.set("k", 1, 10);
    expect(cache.get("k", 20)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("replacing a key does not evict another", () => {
    const cache = createBoundedCache<number>(2);
    cache.set("a", 1, 10);
    cache.set("b", 2, 10);
    cache.set("b", 3, 10);
    expect([cache.get("a", 0), cache.get("b", 0)]).toEqual([1, 3]);
  });
});

describe("createBoundedCache's weight bound", () => {
  it.each([
    { name: "under both bounds", weights: [3, 3, 3], want: ["a", "b", "c"] },
    { name: "over the weight: the oldest go first", weights: [4, 4, 4], want: ["b", "c"] },
    {
      name: "one heavy entry pushes out as many as it needs",
      weights: [2, 2, 2, 8],
      want: ["c", "d"],
    },
    { name: "an entry heavier than the budget is not kept", weights: [3, 3, 11], want: ["a", "b"] },
  ])("$name", ({ weights, want }) => {
    const cache = createBoundedCache<number>(10, 10);
    const keys = ["a", "b", "c", "d"];
    weights.forEach((w, i) => {
      cache.set(keys[i] ?? "", i, 1000, w);
    });
    expect(keys.filter((k) => cache.get(k, 0) !== undefined)).toEqual(want);
    expect(cache.weight).toBeLessThanOrEqual(10);
  });

  it("gives back an entry's weight when it expires or is replaced", () => {
    const cache = createBoundedCache<number>(10, 10);
    cache.set("a", 1, 5, 6);
    cache.set("a", 2, 50, 4);
    expect(cache.weight).toBe(4);
    cache.get("a", 60);
    expect([cache.size, cache.weight]).toEqual([0, 0]);
  });
});
