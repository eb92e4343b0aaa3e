import { hash } from "node:crypto";
import type { Identity } from "../auth/identity.ts";
import { createBoundedCache, createRecentValues } from "../cache/bounded-cache.ts";
import { createGate } from "../cache/gate.ts";

export interface Session {
  /**
   * Names this session in memory: the SHA-256 of its sealed cookie value. Whatever is kept per
   * session (routes/render-auth.ts keeps its 200 answers) is keyed by it.
   */
  readonly id: string;
  /**
   * The random id sealed in the cookie at login, which a sign-out revokes (revocation/). A
   * cookie sealed before sessions had one is named by `id` instead.
   */
  readonly ref: string;
  /** The provider session it came from (the ID token's `sid`), "" when the provider sent none. */
  readonly sid: string;
  readonly identity: Identity;
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/**
 * What a seal holds once opened and shape-checked, before its times are checked; `ref` is ""
 * for a cookie sealed without one.
 */
export type OpenedSession = Omit<Session, "id">;

export interface SessionCache {
  /**
   * The session sealed in `sealed`, or undefined for a forged, foreign or expired one. Answered
   * synchronously when the value is known (the auth check's hot path stays off the microtask
   * queue); a promise only when the seal has to be opened.
   */
  read(sealed: string): Session | undefined | Promise<Session | undefined>;
}

export interface SessionCacheOptions {
  /** Opens a seal (session-cookie.ts); undefined for anything that is not one of ours. */
  readonly open: (sealed: string) => Promise<OpenedSession | undefined>;
  /** Seconds. */
  readonly now: () => number;
  /** Verified sessions kept in memory (default 10 000); 0 keeps none. */
  readonly size?: number | undefined;
  /** Total length of the cookie values behind them (default CACHE_BYTES). */
  readonly bytes?: number | undefined;
  /** Told whether each read was answered from memory (metrics). */
  readonly onResult?: ((hit: boolean) => void) | undefined;
}

/**
 * The cache's second bound: the total length of the cookie values it answers for. A session
 * takes several times its (compressed) cookie in memory, with its identity headers; 10 000
 * ordinary sessions (600-byte cookies) take 6 MB of this, and users with hundreds of groups
 * (6 KB cookies) are kept up to about 2 700 at once instead of filling the heap.
 */
const CACHE_BYTES = 16 * 1024 * 1024;

/** Seals opened at once; libuv's thread pool has four threads by default. */
const UNSEAL_CONCURRENCY = 4;

/** Cookie values kept whole in front of the hashed cache. */
const RECENT = 8;

/** How long a cookie that failed verification is remembered as bad (seconds). */
const REJECTED_TTL = 60;

/** Seconds of clock skew allowed for a session issued by another replica. */
const ISSUED_SKEW = 60;

/**
 * Unsealing is the whole cost of an auth check; a cookie value verified once gives the same
 * answer until its own expiry, so the answer is kept, keyed by a hash of the exact value. A hit
 * never extends anything: the expiry stored with it is checked on every request. Rejected
 * values have their own, smaller cache so a flood of forgeries cannot evict real sessions.
 */
export function createSessionCache(options: SessionCacheOptions): SessionCache {
  const { open, now, onResult } = options;
  const size = options.size ?? 10_000;
  const verified = createBoundedCache<Session>(size, options.bytes ?? CACHE_BYTES);
  const rejected = createBoundedCache<true>(Math.ceil(size / 10));
  // In front of it, the last few values themselves, compared whole: the browsers active right
  // now skip the SHA-256 that was a quarter of a cached check. A Map keyed by the value would
  // hash all of it on every request, which cost as much; comparing strings stops at the first
  // differing byte (seals differ within their first 40). Few, because each holds a whole value
  // (which may keep its request's Cookie header alive): RECENT × 8 KB at worst.
  const recent = createRecentValues<Session>(RECENT);

  // A page load sends its new cookie on a dozen requests at once: one unseal answers them all.
  const inflight = new Map<string, Promise<Session | undefined>>();
  const gate = createGate(UNSEAL_CONCURRENCY);

  function verify(sealed: string, id: string): Promise<Session | undefined> {
    const pending = inflight.get(sealed);
    if (pending !== undefined) return pending;
    const verifying = gate.run(() => check(sealed, id)).finally(() => inflight.delete(sealed));
    inflight.set(sealed, verifying);
    return verifying;
  }

  async function check(sealed: string, id: string): Promise<Session | undefined> {
    const opened = await open(sealed);
    // The time after the unseal, not when the request arrived: it may have waited at the gate.
    const t = now();
    if (opened === undefined || opened.expiresAt <= t || opened.issuedAt > t + ISSUED_SKEW) {
      if (size > 0) rejected.set(id, true, t + REJECTED_TTL);
      return undefined;
    }
    const session: Session = { id, ...opened, ref: opened.ref === "" ? id : opened.ref };
    if (size > 0) {
      verified.set(id, session, session.expiresAt, sealed.length);
      recent.add(sealed, session);
    }
    return session;
  }

  return {
    read(sealed) {
      const t = now();
      const seen = recent.find(sealed);
      if (seen !== undefined && seen.expiresAt > t) {
        onResult?.(true);
        return seen;
      }
      const id = hash("sha256", sealed, "base64");
      const hit = verified.get(id, t);
      if (hit !== undefined) {
        recent.add(sealed, hit);
        onResult?.(true);
        return hit;
      }
      if (rejected.get(id, t) !== undefined) {
        onResult?.(true);
        return undefined;
      }
      onResult?.(false);
      return verify(sealed, id);
    },
  };
}
