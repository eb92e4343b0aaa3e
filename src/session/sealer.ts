import { sealData, unsealData } from "iron-session";
import { canonicalBase64url } from "./base64url.ts";

export interface Sealer {
  seal(data: object, ttlSeconds: number): Promise<string>;
  /**
   * Any failure (malformed, tampered, truncated, foreign, expired, unknown secret) is undefined;
   * `onRejected` hears why ("malformed", or iron-session's "expired", "invalid").
   */
  unseal(sealed: string, ttlSeconds: number): Promise<unknown>;
}

/**
 * The whole seal, as iron-webcrypto 2 writes it and iron-session 9 appends its version to it:
 * `Fe26.2*<password id>*<encryption salt>*<iv>*<ciphertext>*<expiry>*<hmac salt>*<hmac>~2`, the
 * salts 256 bits in lower-case hex, the iv (128 bits) and the HMAC-SHA-256 base64url without
 * padding, the expiry in milliseconds (always set: we seal with a ttl). iron-session drops
 * everything from the first `~` before unsealing, so `…~2x` or `…~2<anything>` would open as the
 * seal itself; a cookie value is accepted only in exactly this form.
 *
 * The password id is any decimal number: iron-session puts it in the seal, and sessions sealed
 * before this version carry a larger one; it selects nothing here (see createSealer).
 */
const SEAL =
  /^Fe26\.2\*([1-9][0-9]{0,15})\*[0-9a-f]{64}\*([A-Za-z0-9_-]{22})\*([A-Za-z0-9_-]+)\*[1-9][0-9]{0,15}\*[0-9a-f]{64}\*([A-Za-z0-9_-]{43})~2$/;

/** The password id of a seal in the exact form above, or undefined for anything else. */
export function sealPasswordId(sealed: string): string | undefined {
  const match = SEAL.exec(sealed);
  if (match === null) return undefined;
  const [, id, iv = "", ciphertext = "", mac = ""] = match;
  if (canonicalBase64url(iv) === undefined || canonicalBase64url(mac) === undefined) {
    return undefined;
  }
  // AES-256-CBC: whole 16-byte blocks, at least one.
  const encrypted = canonicalBase64url(ciphertext);
  if (encrypted === undefined || encrypted.length === 0 || encrypted.length % 16 !== 0) {
    return undefined;
  }
  return id;
}

/**
 * The first secret seals, every secret is tried on unseal, newest first: the seal's own HMAC
 * says whether a secret made it. The cookie names no secret: iron-session writes the id of the
 * password used into the seal, and it is always 1 here. (Earlier versions made the id 48 bits of
 * SHA-256 of the secret, so a rotation kept its ids; that was an unsalted fingerprint anyone with
 * a cookie could test guessed secrets against, and against other deployments' cookies, at the
 * speed of one SHA-256.) The seal's HMAC is keyed by the secret with a random salt per seal, so
 * it is the only check against a guessed secret a cookie offers: which is why the secret must be
 * random and long, not a phrase (config requires 32 characters).
 */
export function createSealer(
  secrets: readonly string[],
  onRejected?: (reason: string) => void,
): Sealer {
  const [first] = secrets;
  if (first === undefined) throw new Error("createSealer needs at least one secret");
  const sealWith = { 1: first };
  return {
    seal: (data, ttlSeconds) => sealData(data, { password: sealWith, ttl: ttlSeconds }),
    async unseal(sealed, ttlSeconds) {
      const id = sealPasswordId(sealed);
      if (id === undefined) {
        onRejected?.("malformed");
        return undefined;
      }
      let reason = "invalid";
      for (const secret of secrets) {
        const data: unknown = await unsealData(sealed, {
          password: { [id]: secret },
          ttl: ttlSeconds,
          onUnsealError: (r) => {
            reason = r;
          },
        });
        // iron-session answers {} for every failure.
        if (typeof data === "object" && data !== null && Object.keys(data).length > 0) {
          return data;
        }
        // The expiry is read before the HMAC is checked: no other secret would change that.
        if (reason === "expired") break;
      }
      onRejected?.(reason);
      return undefined;
    },
  };
}
