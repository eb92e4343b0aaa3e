import { randomFillSync } from "node:crypto";

/**
 * Cryptographically random bytes handed out from a buffer filled in one call: every browser
 * navigation without a session needs about 108 random bytes (state, nonce, PKCE verifier, IV),
 * and each separate call into OpenSSL cost more than the bytes themselves. Each byte is handed
 * out once; the buffer is refilled when it runs short.
 */
export interface RandomPool {
  /** `count` fresh bytes, copied out of the pool (the caller may keep them). */
  take(count: number): Buffer;
}

export function createRandomPool(size = 4096): RandomPool {
  const pool = Buffer.allocUnsafeSlow(size);
  let offset = size;
  return {
    take(count) {
      if (count > size) return randomFillSync(Buffer.allocUnsafe(count));
      if (offset + count > size) {
        randomFillSync(pool);
        offset = 0;
      }
      const bytes = Buffer.from(pool.subarray(offset, offset + count));
      // Zeroed as handed out, so no copy of a secret lingers in the pool.
      pool.fill(0, offset, offset + count);
      offset += count;
      return bytes;
    },
  };
}
