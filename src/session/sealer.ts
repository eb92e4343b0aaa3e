import { createHash } from "node:crypto";
import { sealData, unsealData } from "iron-session";

export interface Sealer {
  seal(data: object, ttlSeconds: number): Promise<string>;
  /** Any failure (tampered, truncated, foreign, expired, unknown secret) is undefined. */
  unseal(sealed: string, ttlSeconds: number): Promise<unknown>;
}

/**
 * iron-session seals with the highest-numbered password and unseals with whichever id the seal
 * names. Numbering secrets by position would renumber them when a new one is prepended and log
 * everyone out, so each secret's id is derived from the secret itself: stable across rotations.
 */
function passwordId(secret: string): number {
  // 48 bits fit a JavaScript integer exactly; a collision between two secrets is negligible.
  return parseInt(createHash("sha256").update(secret).digest("hex").slice(0, 12), 16) + 1;
}

export function createSealer(
  secrets: readonly string[],
  onRejected?: (reason: string) => void,
): Sealer {
  const [first] = secrets;
  if (first === undefined) throw new Error("createSealer needs at least one secret");
  const sealWith = { [passwordId(first)]: first };
  const unsealWith = Object.fromEntries(secrets.map((s) => [passwordId(s), s]));
  return {
    seal: (data, ttlSeconds) => sealData(data, { password: sealWith, ttl: ttlSeconds }),
    async unseal(sealed, ttlSeconds) {
      const data: unknown = await unsealData(sealed, {
        password: unsealWith,
        ttl: ttlSeconds,
        onUnsealError: (reason) => onRejected?.(reason),
      });
      // iron-session answers {} for every failure.
      if (typeof data !== "object" || data === null || Object.keys(data).length === 0) {
        return undefined;
      }
      return data;
    },
  };
}
