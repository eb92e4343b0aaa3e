import { hash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAeadSealer } from "../../src/session/aead-sealer.ts";
import { createLoginTickets, type LoginTicket } from "../../src/session/login-tickets.ts";

const SECRET = "a-long-enough-secret-for-the-login-tickets-0001";

/** Tickets over a clock the test moves, counting the seals made. */
function setup(options: { maxBatch?: number; maxAgeSeconds?: number } = {}) {
  const real = createAeadSealer([SECRET], "login state");
  let seals = 0;
  const clock = { t: 1_000_000 };
  const tickets = createLoginTickets({
    sealer: {
      seal: (data) => {
        seals++;
        return real.seal(data);
      },
      open: (sealed) => real.open(sealed),
    },
    now: () => clock.t,
    ...options,
  });
  return { tickets, clock, seals: () => seals, open: (sealed: string) => real.open(sealed) };
}

describe("login tickets", () => {
  it("makes each ticket's secrets fresh, its challenge the S256 of its verifier, and seals them", () => {
    const { tickets, open } = setup();
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const t: LoginTicket = tickets.take();
      expect(t.state).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{32}$/);
      expect(t.nonce).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(t.codeVerifier).toMatch(/^[A-Za-z0-9_-]{64}$/);
      expect(t.codeChallenge).toBe(hash("sha256", t.codeVerifier, "base64url"));
      expect(t.state.split(".")[0]).toBe(t.createdAt.toString(36));
      expect(open(t.sealed)).toEqual({
        state: t.state,
        nonce: t.nonce,
        codeVerifier: t.codeVerifier,
        createdAt: t.createdAt,
      });
      for (const value of [t.state, t.nonce, t.codeVerifier]) {
        expect(seen.has(value)).toBe(false);
        seen.add(value);
      }
    }
  });

  // [what happens, steps of (seconds to advance, tickets to take), seals made after each step]
  it.each<[string, [number, number][], number[]]>([
    [
      "a quiet service makes one ticket per login",
      [
        [0, 1],
        [5, 1],
        [5, 1],
        [60, 1],
      ],
      [1, 2, 3, 4],
    ],
    // Batches of 1, 2, 4, 8 and 16: each doubles while the last was used up within two seconds.
    [
      "a busy one makes them in doubling batches",
      [
        [0, 1],
        [0, 1],
        [0, 2],
        [0, 4],
        [0, 8],
      ],
      [1, 3, 7, 15, 31],
    ],
    [
      "up to the largest batch",
      [
        [0, 63],
        [0, 1],
        [0, 32],
      ],
      [63, 95, 127],
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
      [1, 3, 7, 9],
    ],
  ])("%s", (_, steps, expected) => {
    const { tickets, clock, seals } = setup();
    const made: number[] = [];
    for (const [advance, takes] of steps) {
      clock.t += advance;
      for (let i = 0; i < takes; i++) tickets.take();
      made.push(seals());
    }
    expect(made).toEqual(expected);
  });

  it("never hands out a ticket older than its maximum age", () => {
    const { tickets, clock } = setup({ maxAgeSeconds: 2 });
    for (let i = 0; i < 500; i++) {
      if (i % 7 === 0) clock.t += 1;
      const t = tickets.take();
      expect(clock.t - t.createdAt).toBeLessThan(2);
    }
  });

  it("never hands out a ticket twice, however the batches run", () => {
    const { tickets, clock } = setup({ maxBatch: 8 });
    const states = new Set<string>();
    for (let i = 0; i < 300; i++) {
      if (i % 11 === 0) clock.t += 3;
      states.add(tickets.take().state);
    }
    expect(states.size).toBe(300);
  });
});
