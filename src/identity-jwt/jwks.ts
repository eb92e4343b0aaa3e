import type { JWK } from "jose";
import { publishedUntil, type SigningKeys } from "./keys.ts";

/**
 * The key set an app fetches to verify identity JWTs (RFC 7517 section 5): the current key and
 * every retired key that may still have live tokens, each with kid, alg and use "sig", public
 * members only.
 */
export function publicJwks(keys: SigningKeys, now: number): { keys: JWK[] } {
  const current = keys.current();
  const published: JWK[] = [{ ...current.publicJwk }];
  const seen = new Set([current.kid]);
  for (const key of keys.retired()) {
    if (publishedUntil(key) <= now || seen.has(key.kid)) continue;
    seen.add(key.kid);
    published.push({ ...key.publicJwk });
  }
  return { keys: published };
}
