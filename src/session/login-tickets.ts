import { hash, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { canonicalBase64url } from "./base64url.ts";

/** The secrets of one login attempt. */
export interface LoginSecrets {
  /** `<createdAt in base 36>.<32 characters>`: sortable by age without deriving anything. */
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** Seconds. */
  readonly createdAt: number;
}

export interface LoginTicket extends LoginSecrets {
  /** The verifier's PKCE S256 challenge. */
  readonly codeChallenge: string;
  /** What the login cookie keeps: enough to derive the secrets again, none of them. */
  readonly reference: string;
}

export interface LoginTickets {
  /** A ticket never handed out before, made at most `maxAgeSeconds` ago. */
  take(): LoginTicket;
  /** The secrets `reference` derives, if they are `state`'s; undefined otherwise. */
  redeem(state: string, reference: string): LoginSecrets | undefined;
}

export interface LoginTicketOptions {
  /** The service's secrets: the first makes tickets, each redeems its own. */
  readonly secrets: readonly string[];
  /** Seconds. */
  readonly now: () => number;
  readonly maxBatch?: number;
  readonly maxAgeSeconds?: number;
}

export const MAX_TICKET_BATCH = 32;
export const MAX_TICKET_AGE_SECONDS = 2;

// v3: the reference no longer names the secret (v2 had 48 bits of SHA-256 of it).
const VERSION = "v3";
// State and nonce 24 bytes each (32 characters), the verifier 48 (64 characters; RFC 7636
// section 4.1 asks for 43 to 128).
const STATE_BYTES = 24;
const NONCE_BYTES = 24;
const VERIFIER_BYTES = 48;
const TICKET_BYTES = STATE_BYTES + NONCE_BYTES + VERIFIER_BYTES;
const SALT_BYTES = 16;
// RFC 5869 section 2.3: HKDF-SHA-512 gives at most 255 * 64 bytes.
const MAX_DERIVED = 255 * 64;
const REFERENCE = /^v3\.([A-Za-z0-9_-]{22})\.(0|[1-9a-z][0-9a-z]{0,3})$/;

/**
 * Login secrets are derived, not stored: a batch of tickets is one HKDF-SHA-512 call over the
 * service secret, a fresh random salt and the creation time, each ticket a 96-byte slice of its
 * output. The login cookie keeps only `v3.<salt>.<index>`; the callback derives the slice again,
 * with each secret in turn (newest first), and accepts it only if it yields the state the
 * provider sent back. No secret is named in the cookie: an id derived from the secret would let
 * anyone holding a cookie test guessed secrets with one unsalted hash each. So the cookie
 * holds no secret to seal (an earlier version sealed them with AES-256-GCM), and neither the
 * nonce nor the verifier can be learned from it without the service secret. The creation time
 * is in the derivation, so changing the state's time prefix yields another state.
 *
 * Batches, because every browser navigation without a session needs a ticket, and under load
 * each call into OpenSSL made between HTTP parsing and socket writes cost several times its
 * cost back to back. The batch adapts to demand, so a quiet service makes one ticket per login:
 * it doubles (up to `maxBatch`) when a batch is used up within `maxAgeSeconds`, and halves when
 * tickets go stale. Stale tickets are dropped, never handed out: a login's lifetime runs from
 * when its ticket was made, so at most `maxAgeSeconds` of it is lost.
 */
export function createLoginTickets(options: LoginTicketOptions): LoginTickets {
  const { now } = options;
  const maxBatch = options.maxBatch ?? MAX_TICKET_BATCH;
  const maxAge = options.maxAgeSeconds ?? MAX_TICKET_AGE_SECONDS;
  if (maxBatch < 1 || maxBatch * TICKET_BYTES > MAX_DERIVED) {
    throw new Error(
      `createLoginTickets: maxBatch must be 1 to ${String(MAX_DERIVED / TICKET_BYTES)}`,
    );
  }
  const serviceSecrets = options.secrets;
  const [first] = serviceSecrets;
  if (first === undefined) throw new Error("createLoginTickets needs at least one secret");

  const derive = (secret: string, salt: Buffer, createdAt: number, count: number): Buffer =>
    Buffer.from(
      hkdfSync(
        "sha512",
        secret,
        salt,
        `forward-auth login ${String(createdAt)}`,
        count * TICKET_BYTES,
      ),
    );
  const secretsAt = (derived: Buffer, index: number, createdAt: number): LoginSecrets => {
    const at = index * TICKET_BYTES;
    const text = (from: number, bytes: number) =>
      derived.subarray(at + from, at + from + bytes).toString("base64url");
    return {
      state: `${createdAt.toString(36)}.${text(0, STATE_BYTES)}`,
      nonce: text(STATE_BYTES, NONCE_BYTES),
      codeVerifier: text(STATE_BYTES + NONCE_BYTES, VERIFIER_BYTES),
      createdAt,
    };
  };

  /** `count` tickets, all of one salt and time; handed out from the end. */
  const make = (count: number, createdAt: number): LoginTicket[] => {
    const salt = randomBytes(SALT_BYTES);
    const derived = derive(first, salt, createdAt, count);
    const prefix = `${VERSION}.${salt.toString("base64url")}.`;
    const batch: LoginTicket[] = [];
    for (let index = 0; index < count; index++) {
      const secrets = secretsAt(derived, index, createdAt);
      batch.push({
        ...secrets,
        // RFC 7636 section 4.2: BASE64URL(SHA256(ASCII(code_verifier))).
        codeChallenge: hash("sha256", secrets.codeVerifier, "base64url"),
        reference: prefix + index.toString(36),
      });
    }
    derived.fill(0);
    return batch;
  };

  let stock: LoginTicket[] = [];
  let batch = 1;
  let madeAt = -Infinity;
  return {
    take() {
      const t = now();
      // A clock set back counts as stale too: those tickets would claim to be made later.
      const fresh = t >= madeAt && t - madeAt < maxAge;
      if (stock.length > 0 && !fresh) {
        stock = [];
        batch = Math.max(1, batch >> 1);
      }
      const ticket = stock.pop();
      if (ticket !== undefined) return ticket;
      if (fresh) batch = Math.min(maxBatch, batch * 2);
      madeAt = t;
      stock = make(batch, t);
      return stock.pop() as LoginTicket;
    },
    redeem(state, reference) {
      const match = REFERENCE.exec(reference);
      const saltText = match?.[1] ?? "";
      const index = parseInt(match?.[2] ?? "", 36);
      const createdAt = parseInt(state.slice(0, state.indexOf(".")), 36);
      // One salt, one spelling: base64url's unused low bits must be zero.
      const salt = canonicalBase64url(saltText);
      if (
        match === null ||
        !(index < maxBatch) ||
        !Number.isSafeInteger(createdAt) ||
        salt === undefined
      ) {
        return undefined;
      }
      const given = Buffer.from(state);
      for (const secret of serviceSecrets) {
        const derived = derive(secret, salt, createdAt, index + 1);
        const found = secretsAt(derived, index, createdAt);
        derived.fill(0);
        const expected = Buffer.from(found.state);
        if (expected.length === given.length && timingSafeEqual(expected, given)) return found;
      }
      return undefined;
    },
  };
}
