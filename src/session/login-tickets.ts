import { hash } from "node:crypto";
import type { AeadSealer } from "./aead-sealer.ts";
import { createRandomPool } from "./random-pool.ts";

/**
 * The request-independent half of a login attempt: its state, nonce and PKCE verifier, the
 * verifier's S256 challenge, and those secrets already sealed for the login cookie.
 */
export interface LoginTicket {
  /** `<createdAt in base 36>.<32 random characters>`: sortable by age without unsealing. */
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly codeChallenge: string;
  readonly createdAt: number;
  /** { state, nonce, codeVerifier, createdAt }, sealed. */
  readonly sealed: string;
}

export interface LoginTickets {
  /** A ticket never handed out before, made at most `maxAgeSeconds` ago. */
  take(): LoginTicket;
}

export interface LoginTicketOptions {
  readonly sealer: AeadSealer;
  /** Seconds. */
  readonly now: () => number;
  /** Tests: base64url text of `bytes` random bytes. */
  readonly random?: (bytes: number) => string;
  readonly maxBatch?: number;
  readonly maxAgeSeconds?: number;
}

export const MAX_TICKET_BATCH = 32;
export const MAX_TICKET_AGE_SECONDS = 2;

/**
 * Tickets are made in batches. Every browser navigation without a session needs one, and made
 * one at a time, between HTTP parsing and socket writes, the seal, the SHA-256 and the random
 * bytes cost several times what they cost back to back: under load the redirect ran at half
 * the rate it reached with the crypto made in batches of 64.
 *
 * The batch adapts to demand, so a quiet service makes one ticket per login, as before: it
 * doubles (up to `maxBatch`) when a batch is used up within `maxAgeSeconds`, and halves when
 * tickets go stale. Stale tickets are dropped, never handed out: a ticket's login lifetime
 * runs from when it was made, so at most `maxAgeSeconds` of it is lost.
 */
export function createLoginTickets(options: LoginTicketOptions): LoginTickets {
  const { sealer, now } = options;
  const maxBatch = options.maxBatch ?? MAX_TICKET_BATCH;
  const maxAge = options.maxAgeSeconds ?? MAX_TICKET_AGE_SECONDS;
  const pool = createRandomPool();
  const random = options.random ?? ((bytes) => pool.take(bytes).toString("base64url"));

  const make = (createdAt: number): LoginTicket => {
    // 24 random bytes each for state and nonce, 48 for the verifier (RFC 7636: 43-128 chars).
    const state = `${createdAt.toString(36)}.${random(24)}`;
    const nonce = random(24);
    const codeVerifier = random(48);
    return {
      state,
      nonce,
      codeVerifier,
      // RFC 7636 section 4.2: BASE64URL(SHA256(ASCII(code_verifier))).
      codeChallenge: hash("sha256", codeVerifier, "base64url"),
      createdAt,
      sealed: sealer.seal({ state, nonce, codeVerifier, createdAt }),
    };
  };

  // Handed out from the end; one batch at a time, all made at `madeAt`.
  let stock: LoginTicket[] = [];
  let batch = 1;
  let madeAt = -Infinity;
  return {
    take() {
      const t = now();
      if (stock.length > 0 && t - madeAt >= maxAge) {
        stock = [];
        batch = Math.max(1, batch >> 1);
      }
      const ticket = stock.pop();
      if (ticket !== undefined) return ticket;
      if (t - madeAt < maxAge) batch = Math.min(maxBatch, batch * 2);
      madeAt = t;
      // One handed out now, the rest kept.
      stock = Array.from({ length: batch - 1 }, () => make(t));
      return make(t);
    },
  };
}
