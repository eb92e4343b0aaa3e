import { describe, expect, it } from "vitest";
import type { Sealer } from "../../src/session/sealer.ts";
import { createGate } from "../../src/cache/gate.ts";
import { createSessionCookies } from "../../src/session/session-cookie.ts";
import { createRecentValues } from "../../src/cache/bounded-cache.ts";

const IDENTITY = {
  sub: "u-1",
  username: "alice",
  email: "alice@example.test",
  name: "Alice",
  groups: ["music"],
  entitlements: [],
};

/** A sealer whose seals are "ok:<exp>" (anything else is forged), counting unseals in flight. */
function stubSealer() {
  const stats = { unseals: 0, inFlight: 0, maxInFlight: 0 };
  const sealer: Sealer = {
    seal: () => Promise.reject(new Error("not used")),
    async unseal(sealed) {
      stats.unseals++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      await new Promise((r) => setTimeout(r, 5));
      stats.inFlight--;
      const m = /^ok:(\d+)(?::.*)?$/.exec(sealed);
      if (m === null) return undefined;
      const s = IDENTITY;
      return {
        v: 1,
        iat: 1000,
        exp: Number(m[1]),
        i: [s.sub, s.username, s.email, s.name, s.groups, s.entitlements],
      };
    },
  };
  return { sealer, stats };
}

function setup(now: { t: number }, cacheBytes?: number) {
  const { sealer, stats } = stubSealer();
  const sessions = createSessionCookies({
    name: "s",
    sealer,
    lifetimeSeconds: 3600,
    attributes: { secure: true, domain: undefined },
    now: () => now.t,
    ...(cacheBytes === undefined ? {} : { cacheBytes }),
  });
  const read = (value: string) => sessions.read((n) => (n === "s" ? value : undefined));
  return { read, stats };
}

describe("reading the session cookie", () => {
  it("answers synchronously once the value is verified, and opens each value once", async () => {
    const now = { t: 1000 };
    const { read, stats } = setup(now);
    const first = read("ok:5000");
    expect(first).toBeInstanceOf(Promise);
    expect((await first)?.identity.username).toBe("alice");
    const again = read("ok:5000");
    expect(again).not.toBeInstanceOf(Promise);
    expect((again as { identity: { username: string } }).identity.username).toBe("alice");
    expect(stats.unseals).toBe(1);
  });

  it("opens a new value once for all the requests that bring it at the same time", async () => {
    const { read, stats } = setup({ t: 1000 });
    const all = await Promise.all(Array.from({ length: 12 }, async () => read("ok:5000")));
    expect(all.every((s) => s?.identity.username === "alice")).toBe(true);
    expect(stats.unseals).toBe(1);
  });

  it("opens at most four seals at once, and answers every request", async () => {
    const { read, stats } = setup({ t: 1000 });
    const values = Array.from({ length: 20 }, (_, i) => `ok:5000:${String(i)}`);
    const all = await Promise.all(values.map(async (v) => read(v)));
    expect(all.filter((s) => s !== undefined)).toHaveLength(20);
    expect(stats.unseals).toBe(20);
    expect(stats.maxInFlight).toBe(4);
  });

  it.each([
    { name: "the recent values", warm: 1 },
    { name: "the hashed cache", warm: 9 },
  ])("never answers an expired session from $name", async ({ warm }) => {
    const now = { t: 1000 };
    const { read } = setup(now);
    await read("ok:2000");
    // Push the value out of the 8 recent ones (warm 9), or leave it there (warm 1).
    for (let i = 1; i < warm; i++) await read(`ok:5000:${String(i)}`);
    expect((await read("ok:2000"))?.identity.username).toBe("alice");
    now.t = 2000;
    expect(await read("ok:2000")).toBeUndefined();
  });

  it("remembers a forged value as bad without opening it again", async () => {
    const { read, stats } = setup({ t: 1000 });
    expect(await read("forged")).toBeUndefined();
    expect(read("forged")).toBeUndefined();
    expect(stats.unseals).toBe(1);
  });

  it.each(["ok:5000x", "ok:500", "ok:5001"])(
    "never answers %s from the recent value ok:5000: it is opened on its own",
    async (other) => {
      const { read, stats } = setup({ t: 1000 });
      await read("ok:5000");
      const session = await read(other);
      expect(stats.unseals).toBe(2);
      expect(session?.expiresAt).toBe(other === "ok:5001" ? 5001 : undefined);
    },
  );
});

describe("joining chunks", () => {
  // write() splits a seal into 3072-character chunks; a browser that missed the clearing of
  // `name.1` still sends it. The sealer refuses any text after the seal's ~2 (iron-session would
  // ignore it), so gluing the stale chunk onto a seal of exactly one chunk would sign the user
  // out: a full chunk that already ends the seal is read alone.
  it("reads a seal of exactly one chunk alone when a stale second chunk is sent", async () => {
    const opened: string[] = [];
    const sealer: Sealer = {
      seal: () => Promise.reject(new Error("not used")),
      unseal(sealed) {
        opened.push(sealed);
        return Promise.resolve(undefined);
      },
    };
    const sessions = createSessionCookies({
      name: "s",
      sealer,
      lifetimeSeconds: 3600,
      attributes: { secure: true, domain: undefined },
      now: () => 1000,
    });
    const whole = `Fe26.2*1*${"x".repeat(3072 - 11)}~2`;
    expect(whole).toHaveLength(3072);
    const cookies: Record<string, string> = { s: whole, "s.1": "stale-chunk" };
    await sessions.read((n) => cookies[n]);
    // A full first chunk that does not end the seal is joined with the next, as before.
    const first = "y".repeat(3072);
    const split: Record<string, string> = { s: first, "s.1": "rest~2" };
    await sessions.read((n) => split[n]);
    expect(opened).toEqual([whole, `${first}rest~2`]);
  });
});

describe("the cache's byte bound", () => {
  it("keeps no more cookie bytes than its budget: the oldest large sessions are opened again", async () => {
    const { read, stats } = setup({ t: 1000 }, 100);
    // Nine 40-byte values (past the 8 recent ones): at most two fit in 100 bytes.
    const values = Array.from({ length: 9 }, (_, i) => `ok:5000:${String(i).padStart(32, "x")}`);
    for (const v of values) await read(v);
    expect(stats.unseals).toBe(9);
    // The first value is neither among the recent ones nor in the hashed cache any more.
    await read(values[0] ?? "");
    expect(stats.unseals).toBe(10);
    // The last one is still cached.
    expect(read(values[8] ?? "")).not.toBeInstanceOf(Promise);
  });
});

describe("createRecentValues", () => {
  it("finds only the exact value, and forgets the oldest of its slots", () => {
    const recent = createRecentValues<number>(2);
    recent.add("a", 1);
    recent.add("b", 2);
    expect([recent.find("a"), recent.find("b"), recent.find("A")]).toEqual([1, 2, undefined]);
    recent.add("c", 3);
    expect([recent.find("a"), recent.find("b"), recent.find("c")]).toEqual([undefined, 2, 3]);
  });
});

describe("createGate", () => {
  it("runs at most `limit` tasks at once, in arrival order, and passes failures on", async () => {
    const gate = createGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (i: number) =>
      gate.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 2));
        running--;
        order.push(i);
        if (i === 3) throw new Error("task 3 failed");
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(task));
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results[3]).toEqual({ status: "rejected", reason: new Error("task 3 failed") });
    expect(results[5]).toEqual({ status: "fulfilled", value: 5 });
  });
});
