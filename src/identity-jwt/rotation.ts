import type { SigningKeys } from "./keys.ts";

/** Generated signing keys are replaced after this long; the old public key stays published. */
export const KEY_LIFETIME_SECONDS = 30 * 86400;

/**
 * Rotates a generated key once it is older than maxAge. Keys given by file are the operator's
 * to replace. Returns whether it rotated; a failed write leaves the old key in use (rotate()
 * changes nothing then) and is the caller's to log.
 */
export async function rotateIfDue(
  keys: SigningKeys,
  now: number,
  maxAge = KEY_LIFETIME_SECONDS,
): Promise<boolean> {
  if (keys.source === "file") return false;
  if (now - keys.current().createdAt < maxAge) return false;
  await keys.rotate(now);
  return true;
}
