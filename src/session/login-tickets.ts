import { hash, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

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
  /** A new login's secrets, from a fresh random salt. */
  take(): LoginTicket;
  /** The secrets `reference` derives, if they are `state`'s; undefined otherwise. */
  redeem(state: string, reference: string): LoginSecrets | undefined;
}

export interface LoginTicketOptions {
  /** The service's secrets: the first makes tickets, each redeems its own. */
  readonly secrets: readonly string[];
  /** Seconds. */
  readonly now: () => number;
}

// v4: one ticket per salt (v3 derived batches of tickets and named one by an index).
const VERSION = "v4";
// State and nonce 24 bytes each (32 characters), the verifier 48 (64 characters; RFC 7636
// section 4.1 asks for 43 to 128).
const STATE_BYTES = 24;
const NONCE_BYTES = 24;
const VERIFIER_BYTES = 48;
const SALT_BYTES = 16;
const REFERENCE = /^v4\.([A-Za-z0-9_-]{22})$/;

/**
 * Login secrets are derived, not stored: each login draws a random salt, and its state, nonce
 * and verifier are one HKDF-SHA-512 output (RFC 5869) over the service secret, that salt and
 * the creation time. The login cookie keeps only `v4.<salt>`; the callback derives the secrets
 * again with each service secret in turn (newest first), and accepts them only if they yield
 * the state the provider sent back. No secret is named in the cookie: an id derived from the
 * secret would let anyone holding a cookie test guessed secrets with one unsalted hash each.
 * So the cookie holds no secret to seal, and neither the nonce nor the verifier can be learned
 * from it without the service secret. The creation time is in the derivation, so changing the
 * state's time prefix yields another state.
 */
export function createLoginTickets(options: LoginTicketOptions): LoginTickets {
  const { now } = options;
  const serviceSecrets = options.secrets;
  const [first] = serviceSecrets;
  if (first === undefined) throw new Error("createLoginTickets needs at least one secret");

  const derive = (secret: string, salt: Buffer, createdAt: number): LoginSecrets => {
    const derived = Buffer.from(
      hkdfSync(
        "sha512",
        secret,
        salt,
        `forward-auth login ${String(createdAt)}`,
        STATE_BYTES + NONCE_BYTES + VERIFIER_BYTES,
      ),
    );
    const text = (from: number, bytes: number) =>
      derived.subarray(from, from + bytes).toString("base64url");
    const secrets = {
      state: `${createdAt.toString(36)}.${text(0, STATE_BYTES)}`,
      nonce: text(STATE_BYTES, NONCE_BYTES),
      codeVerifier: text(STATE_BYTES + NONCE_BYTES, VERIFIER_BYTES),
      createdAt,
    };
    derived.fill(0);
    return secrets;
  };

  return {
    take() {
      const createdAt = now();
      const salt = randomBytes(SALT_BYTES);
      const secrets = derive(first, salt, createdAt);
      return {
        ...secrets,
        // RFC 7636 section 4.2: BASE64URL(SHA256(ASCII(code_verifier))).
        codeChallenge: hash("sha256", secrets.codeVerifier, "base64url"),
        reference: `${VERSION}.${salt.toString("base64url")}`,
      };
    },
    redeem(state, reference) {
      const saltText = REFERENCE.exec(reference)?.[1];
      const createdAt = parseInt(state.slice(0, state.indexOf(".")), 36);
      if (saltText === undefined || !Number.isSafeInteger(createdAt)) return undefined;
      const salt = Buffer.from(saltText, "base64url");
      // One salt, one spelling: base64url's unused low bits must be zero.
      if (salt.toString("base64url") !== saltText) return undefined;
      const given = Buffer.from(state);
      for (const secret of serviceSecrets) {
        const found = derive(secret, salt, createdAt);
        const expected = Buffer.from(found.state);
        if (expected.length === given.length && timingSafeEqual(expected, given)) return found;
      }
      return undefined;
    },
  };
}
