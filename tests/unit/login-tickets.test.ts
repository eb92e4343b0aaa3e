import { hash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createLoginTickets, type LoginTicket } from "../../src/session/login-tickets.ts";

const A = "a-long-enough-secret-for-the-login-tickets-000A";
const B = "a-long-enough-secret-for-the-login-tickets-000B";

function setup(options: { secrets?: string[]; maxBatch?: number; maxAgeSeconds?: number } = {}) {
  const clock = { t: 1_700_000_000 };
  const tickets = createLoginTickets({ secrets: [A], now: () => clock.t, ...options });
  return { tickets, clock };
}

/** `v3.<salt>.<index>` */
const parts = (t: LoginTicket) => {
  const [version = "", salt = "", index = ""] = t.reference.split(".");
  return { version, salt, index: parseInt(index, 36) };
};

describe("login tickets", () => {
  it("gives every ticket fresh secrets, its challenge the S256 of its verifier", () => {
    const { tickets, clock } = setup();
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      if (i % 50 === 0) clock.t += 5;
      const t = tickets.take();
      expect(t.state).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{32}$/);
      expect(t.nonce).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(t.codeVerifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
      expect(t.codeChallenge).toBe(hash("sha256", t.codeVerifier, "base64url"));
      expect(t.state.split(".")[0]).toBe(t.createdAt.toString(36));
      expect(t.createdAt).toBe(clock.t);
      for (const value of [t.state, t.nonce, t.codeVerifier]) {
        expect(seen.has(value)).toBe(false);
        seen.add(value);
      }
    }
  });

  it("keeps in the reference none of the secrets, and redeems it for exactly them", () => {
    const { tickets } = setup();
    for (let i = 0; i < 40; i++) {
      const t = tickets.take();
      expect(t.reference).toMatch(/^v3\.[A-Za-z0-9_-]{22}\.[0-9a-z]+$/);
      for (const secret of [t.nonce, t.codeVerifier, t.state.split(".")[1] ?? ""]) {
        expect(t.reference).not.toContain(secret.slice(0, 8));
      }
      const { state, nonce, codeVerifier, createdAt } = t;
      expect(tickets.redeem(t.state, t.reference)).toEqual({
        state,
        nonce,
        codeVerifier,
        createdAt,
      });
    }
  });

  // Each a change to a genuine ticket; none may be redeemed.
  it.each<[string, (t: LoginTicket, other: LoginTicket) => [string, string]]>([
    ["another ticket's state", (t, o) => [o.state, t.reference]],
    ["another ticket's reference", (t, o) => [t.state, o.reference]],
    [
      "another index",
      (t) => [t.state, t.reference.replace(/\.[0-9a-z]+$/, (m) => (m === ".0" ? ".1" : ".0"))],
    ],
    [
      "an index past the largest batch",
      (t) => [t.state, t.reference.replace(/\.[0-9a-z]+$/, ".w")],
    ],
    [
      "an index with a leading zero",
      (t) => [t.state, t.reference.replace(/\.([0-9a-z]+)$/, ".0$1")],
    ],
    [
      "another salt",
      (t) => [
        t.state,
        t.reference.replace(/^(v3\.)(.)/, (_, a: string, c: string) => a + (c === "A" ? "B" : "A")),
      ],
    ],
    [
      "a salt spelled with non-zero unused bits",
      (t) => {
        const p = t.reference.split(".");
        const salt = p[1] ?? "";
        const last = salt.at(-1) ?? "A";
        const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        p[1] = salt.slice(0, -1) + (alphabet[alphabet.indexOf(last) + 1] ?? "A");
        return [t.state, p.join(".")];
      },
    ],
    ["a secret id, as v2 had", (t) => [t.state, t.reference.replace(/^v3\./, "v3.AAAAAAAA.")]],
    ["the previous version", (t) => [t.state, t.reference.replace(/^v3/, "v2")]],
    ["an extra segment", (t) => [t.state, `${t.reference}.0`]],
    [
      "an earlier time prefix",
      (t) => [`${(t.createdAt - 1).toString(36)}.${t.state.split(".")[1] ?? ""}`, t.reference],
    ],
    [
      "a later time prefix",
      (t) => [`${(t.createdAt + 1).toString(36)}.${t.state.split(".")[1] ?? ""}`, t.reference],
    ],
    ["a time prefix with a leading zero", (t) => [`0${t.state}`, t.reference]],
    ["an empty reference", (t) => [t.state, ""]],
  ])("redeems nothing for %s", (_, change) => {
    const { tickets, clock } = setup();
    const t = tickets.take();
    clock.t += 10;
    const other = tickets.take();
    const [state, reference] = change(t, other);
    expect(tickets.redeem(state, reference)).toBeUndefined();
  });

  it("names no secret in the reference: a fingerprint of it would test guessed secrets offline", () => {
    // Regression: v2 references carried 8 base64url characters of SHA-256(secret).
    const fingerprint = (secret: string) => hash("sha256", secret, "base64url").slice(0, 8);
    for (const secret of [A, B]) {
      const t = setup({ secrets: [secret] }).tickets.take();
      expect(t.reference).not.toContain(fingerprint(secret));
      expect(t.reference.split(".")).toHaveLength(3);
    }
  });

  it("redeems tickets of a previous secret after rotation, never of a foreign one", () => {
    const before = setup({ secrets: [A] }).tickets.take();
    const rotated = setup({ secrets: [B, A] }).tickets;
    expect(rotated.redeem(before.state, before.reference)?.nonce).toBe(before.nonce);
    const fresh = rotated.take();
    expect(setup({ secrets: [A] }).tickets.redeem(fresh.state, fresh.reference)).toBeUndefined();
    expect(setup({ secrets: [B] }).tickets.redeem(before.state, before.reference)).toBeUndefined();
  });

  // [what happens, steps of (seconds to advance, tickets to take), sizes of the batches made]
  it.each<[string, [number, number][], number[]]>([
    [
      "a quiet service makes one ticket per login",
      [
        [0, 1],
        [5, 1],
        [5, 1],
        [60, 1],
      ],
      [1, 1, 1, 1],
    ],
    // Each batch doubles while the last was used up within two seconds.
    [
      "a busy one makes them in doubling batches",
      [
        [0, 1],
        [0, 1],
        [0, 2],
        [0, 4],
        [0, 8],
      ],
      [1, 2, 4, 8, 16],
    ],
    [
      "up to the largest batch",
      [
        [0, 63],
        [0, 1],
        [0, 32],
      ],
      [1, 2, 4, 8, 16, 32, 32, 32],
    ],
    // Made at t, taken up to t+1; at t+2 the rest is dropped, the batch halved, and one made.
    [
      "stale tickets are dropped and the batch halved",
      [
        [0, 1],
        [0, 1],
        [0, 3],
        [2, 1],
      ],
      [1, 2, 4, 2],
    ],
    [
      "a clock set back drops the batch as stale",
      [
        [0, 1],
        [0, 1],
        [0, 3],
        [-60, 1],
      ],
      [1, 2, 4, 2],
    ],
  ])("%s", (_, steps, expected) => {
    const { tickets, clock } = setup();
    // Handed out from the end: a new batch shows itself by a new salt, its size by the index.
    const batches: number[] = [];
    let salt = "";
    for (const [advance, takes] of steps) {
      clock.t += advance;
      for (let i = 0; i < takes; i++) {
        const p = parts(tickets.take());
        if (p.salt !== salt) batches.push(p.index + 1);
        salt = p.salt;
      }
    }
    expect(batches).toEqual(expected);
  });

  it("never hands out a ticket older than its maximum age, nor one twice", () => {
    const { tickets, clock } = setup({ maxBatch: 8 });
    const states = new Set<string>();
    for (let i = 0; i < 500; i++) {
      if (i % 7 === 0) clock.t += 1;
      if (i % 61 === 0) clock.t += 3;
      if (i % 97 === 0) clock.t -= 30;
      const t = tickets.take();
      expect(clock.t - t.createdAt).toBeLessThan(2);
      expect(t.createdAt).toBeLessThanOrEqual(clock.t);
      states.add(t.state);
    }
    expect(states.size).toBe(500);
  });

  it.each([0, 171])(
    "refuses a largest batch of %i (HKDF-SHA-512 gives 170 tickets)",
    (maxBatch) => {
      expect(() => setup({ maxBatch })).toThrow(/maxBatch/);
    },
  );
});
