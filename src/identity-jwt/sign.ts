import { createHash, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { Identity } from "../auth/identity.ts";
import { createBoundedCache } from "../cache/bounded-cache.ts";
import { IDENTITY_JWT_LIFETIME_SECONDS, type SigningKeys } from "./keys.ts";

export interface IdentityJwtIssuer {
  /** "iss": the service's public URL, or "forward-auth". Apps pin it. */
  readonly issuer: string;
  readonly keys: SigningKeys;
}

/**
 * The signed identity for one app (issue 4, "Signed identity"): "aud" is the app's host, so a
 * token an app receives cannot be replayed to another app; it lives IDENTITY_JWT_LIFETIME_SECONDS.
 * Empty email and name are left out rather than sent as "".
 */
export async function signIdentityJwt(
  identity: Identity,
  audience: string,
  { issuer, keys }: IdentityJwtIssuer,
  now: number,
): Promise<string> {
  if (audience === "") throw new TypeError("identity JWT audience must not be empty");
  const key = keys.current();
  const claims: Record<string, unknown> = {
    preferred_username: identity.username,
    groups: [...identity.groups],
  };
  if (identity.email !== "") claims.email = identity.email;
  if (identity.name !== "") claims.name = identity.name;
  if (identity.entitlements.length > 0) claims.entitlements = [...identity.entitlements];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT" })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(identity.sub)
    .setIssuedAt(now)
    .setExpirationTime(now + IDENTITY_JWT_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(key.privateKey);
}

export interface IdentityJwtSigner {
  /** A token for (identity, audience): a cached one with more than half its life left, or a new one. */
  sign(identity: Identity, audience: string, now: number): Promise<string>;
}

/** A token is reused while it has more than this left, so an app always gets at least 30 s. */
const REUSE_MIN_REMAINING_SECONDS = 30;

/**
 * The auth check signs on every 200; signing an identity JWT with ES256 took about 110 µs here,
 * a cache hit about 3 µs. Requests of one user to one app reuse a token for up to 30 s. The
 * cache key is a digest of everything the token carries (and the signing kid), so changed groups
 * or a rotated key never serve a stale token. Consequence for apps: "jti" names a token, not a
 * request; it must not be used for replay detection.
 */
export function createIdentityJwtSigner(
  issuer: IdentityJwtIssuer,
  options: { maxEntries?: number; maxBytes?: number } = {},
): IdentityJwtSigner {
  // Bounded by count and by total token length: a token carries the user's groups, and ten
  // thousand users with hundreds of groups would otherwise hold a large part of the heap.
  const cache = createBoundedCache<string>(
    options.maxEntries ?? 10_000,
    options.maxBytes ?? 16 * 1024 * 1024,
  );
  return {
    async sign(identity, audience, now) {
      const key = cacheKey(issuer.keys.current().kid, audience, identity);
      return cache.get(key, now) ?? fresh(key, identity, audience, now);
    },
  };

  async function fresh(key: string, identity: Identity, audience: string, now: number) {
    const token = await signIdentityJwt(identity, audience, issuer, now);
    // Served while it has more than REUSE_MIN_REMAINING_SECONDS left.
    const reuseUntil = now + IDENTITY_JWT_LIFETIME_SECONDS - REUSE_MIN_REMAINING_SECONDS;
    cache.set(key, token, reuseUntil, token.length);
    return token;
  }
}

function cacheKey(kid: string, audience: string, identity: Identity): string {
  const { sub, username, email, name, groups, entitlements } = identity;
  const text = JSON.stringify([kid, audience, sub, username, email, name, groups, entitlements]);
  // A digest bounds the key's size: a user in a thousand groups would otherwise make 50 kB keys.
  return createHash("sha256").update(text).digest("base64url");
}
