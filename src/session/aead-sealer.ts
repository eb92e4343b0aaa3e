import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  hkdfSync,
} from "node:crypto";
import { createRandomPool, type RandomPool } from "./random-pool.ts";

/**
 * Seals small, short-lived values (login attempts) with AES-256-GCM from node:crypto: one
 * synchronous call of a few microseconds, where an iron-session seal costs two PBKDF2
 * derivations and three WebCrypto round trips. Every browser navigation without a session pays
 * for one, so it is on a hot path; the long-lived session cookie stays an iron-session seal.
 *
 * Format: v1.<key id>.<iv>.<ciphertext and tag>, base64url. Keys are derived per secret with
 * HKDF-SHA-256 and a purpose label, so they never equal the secret or each other's; the first
 * secret seals, every secret opens (the same rotation rule as the session cookie).
 */
export interface AeadSealer {
  seal(data: object): string;
  /** Any failure (forged, truncated, unknown key, not JSON) is undefined. */
  open(sealed: string): unknown;
}

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const MAX_SEALED = 4096;

export function createAeadSealer(
  secrets: readonly string[],
  purpose: string,
  random: RandomPool = createRandomPool(),
): AeadSealer {
  const keys = secrets.map((secret) => {
    const id = createHash("sha256").update(secret).digest("base64url").slice(0, 8);
    return {
      id,
      // A KeyObject made once: handing createCipheriv raw bytes builds a new one on every call.
      key: createSecretKey(Buffer.from(hkdfSync("sha256", secret, "forward-auth", purpose, 32))),
      // The key id and version are bound to the ciphertext as associated data.
      aad: Buffer.from(`${VERSION}.${id}`),
    };
  });
  const [first] = keys;
  if (first === undefined) throw new Error("createAeadSealer needs at least one secret");
  const prefix = `${VERSION}.${first.id}.`;
  return {
    seal(data) {
      const iv = random.take(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", first.key, iv);
      cipher.setAAD(first.aad);
      // GCM is a stream mode: update() returns all of the ciphertext, final() nothing.
      const body = cipher.update(JSON.stringify(data), "utf8");
      cipher.final();
      const sealed = Buffer.concat([body, cipher.getAuthTag()]).toString("base64url");
      return `${prefix}${iv.toString("base64url")}.${sealed}`;
    },
    open(sealed) {
      if (sealed.length > MAX_SEALED) return undefined;
      const [version, id, ivText, bodyText, extra] = sealed.split(".");
      if (version !== VERSION || extra !== undefined || bodyText === undefined) return undefined;
      const entry = keys.find((k) => k.id === id);
      const iv = Buffer.from(ivText ?? "", "base64url");
      const body = Buffer.from(bodyText, "base64url");
      if (entry === undefined || iv.length !== IV_BYTES || body.length <= TAG_BYTES)
        return undefined;
      try {
        const decipher = createDecipheriv("aes-256-gcm", entry.key, iv, {
          authTagLength: TAG_BYTES,
        });
        decipher.setAAD(entry.aad);
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(body.subarray(0, body.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return JSON.parse(plain.toString("utf8")) as unknown;
      } catch {
        // Authentication failure or malformed JSON: either way, not ours.
        return undefined;
      }
    },
  };
}
