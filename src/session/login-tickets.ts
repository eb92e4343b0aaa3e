import { createHmac, createSecretKey, hash, randomBytes, timingSafeEqual } from "node:crypto";

/** The secrets of one login attempt. */
export interface LoginSecrets {
  /** `<createdAt in base 36>.<32 random characters>`: sortable by age without deriving anything. */
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** Seconds. */
  readonly createdAt: number;
}

export interface LoginTicket extends LoginSecrets {
  /** The verifier's PKCE S256 challenge. */
  readonly codeChallenge: string;
  /** What the login cookie keeps: a tag binding it to the state, none of the secrets. */
  readonly reference: string;
}

export interface LoginTickets {
  /** A new login's secrets: a random state, and what the service secret derives from it. */
  take(): LoginTicket;
  /** The secrets of `state`, if `reference` is its tag under one of the secrets; else undefined. */
  redeem(state: string, reference: string): LoginSecrets | undefined;
}

export interface LoginTicketOptions {
  /** The service's secrets: the first makes tickets, each redeems its own. */
  readonly secrets: readonly string[];
  /** Seconds. */
  readonly now: () => number;
}

// v4: the state is the random part, nothing is derived ahead (v3 derived batches from a salt).
const VERSION = "v4";
// The state's random part: 24 bytes (32 characters).
const STATE_BYTES = 24;
// Cut from one HMAC-SHA-512 output (64 bytes): the nonce 24 bytes (32 characters), the verifier
// 32 (43 characters, the size RFC 7636 section 4.1 recommends), the tag 8.
const NONCE_END = 24;
const VERIFIER_END = 56;
const REFERENCE = /^v4\.([A-Za-z0-9_-]{11})$/;

/**
 * Login secrets are derived, not stored: each login draws a random state, and its nonce, PKCE
 * verifier and a tag are cut from HMAC-SHA-512 (RFC 2104) of that state under the service
 * secret. The login cookie, named after the state, keeps only `v4.<tag>`; the callback derives
 * the secrets again with each service secret in turn (newest first) and accepts them only if
 * that secret gives the same tag, so a cookie binds to its state and a rotated secret's logins
 * still finish. No secret is named in the cookie (an id derived from the secret would let anyone
 * holding a cookie test guessed secrets with one unsalted hash each), and neither the nonce nor
 * the verifier can be learned from it, nor from the state, without the service secret. The
 * state's time prefix is part of what is signed, so changing it yields another tag.
 */
export function createLoginTickets(options: LoginTicketOptions): LoginTickets {
  const { now } = options;
  const keys = options.secrets.map((secret) => createSecretKey(Buffer.from(secret, "utf8")));
  const [first] = keys;
  if (first === undefined) throw new Error("createLoginTickets needs at least one secret");

  const derive = (key: (typeof keys)[number], state: string) => {
    const mac = createHmac("sha512", key).update(state).digest();
    return {
      nonce: mac.subarray(0, NONCE_END).toString("base64url"),
      codeVerifier: mac.subarray(NONCE_END, VERIFIER_END).toString("base64url"),
      tag: mac.subarray(VERIFIER_END).toString("base64url"),
    };
  };

  return {
    take() {
      const createdAt = now();
      const state = `${createdAt.toString(36)}.${randomBytes(STATE_BYTES).toString("base64url")}`;
      const { nonce, codeVerifier, tag } = derive(first, state);
      return {
        state,
        nonce,
        codeVerifier,
        createdAt,
        // RFC 7636 section 4.2: BASE64URL(SHA256(ASCII(code_verifier))).
        codeChallenge: hash("sha256", codeVerifier, "base64url"),
        reference: `${VERSION}.${tag}`,
      };
    },
    redeem(state, reference) {
      const given = REFERENCE.exec(reference)?.[1];
      const createdAt = parseInt(state.slice(0, state.indexOf(".")), 36);
      if (given === undefined || !Number.isSafeInteger(createdAt)) return undefined;
      const givenTag = Buffer.from(given);
      for (const key of keys) {
        const { nonce, codeVerifier, tag } = derive(key, state);
        // Compared as text: a tag spelled another way (unused low bits set) is refused.
        const expected = Buffer.from(tag);
        if (expected.length === givenTag.length && timingSafeEqual(expected, givenTag)) {
          return { state, nonce, codeVerifier, createdAt };
        }
      }
      return undefined;
    },
  };
}
