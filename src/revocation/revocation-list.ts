// Longer ids, sids or subs are no one's: the ID token's claims are bounded the same way.
import { MAX_CLAIM_LENGTH as MAX_VALUE_LENGTH } from "../oidc/claims.ts";

/**
 * What makes a session void before its cookie expires. Times are seconds since the epoch.
 *
 * - `session`: one login, by the random id sealed in its cookie (sign-out).
 * - `sid`: every session that came from one provider session, by the ID token's `sid`
 *   (back-channel logout with a sid).
 * - `subject`: every session of one user (the ID token's `sub`) issued before `before`
 *   (back-channel logout with only a sub; a later login is not affected).
 * - `sidless`: the same, but only sessions whose ID token carried no `sid` (back-channel logout
 *   with a sid and a sub: such sessions cannot be matched by sid, so they end by user; they are
 *   logins from before the provider sent sids, or cookies from before sessions kept them).
 * - `everyone`: every session issued before `before` (only when the list is full, see below).
 *
 * `until` is when no session the entry could hit can still be alive; the entry is dropped then.
 */
export type Revocation =
  | { readonly kind: "session"; readonly id: string; readonly until: number }
  | { readonly kind: "sid"; readonly sid: string; readonly until: number }
  | {
      readonly kind: "subject" | "sidless";
      readonly sub: string;
      readonly before: number;
      readonly until: number;
    }
  | { readonly kind: "everyone"; readonly before: number; readonly until: number };

/** What the list needs to know of a session. */
export interface Revocable {
  /** The random id sealed in its cookie at login. */
  readonly ref: string;
  /** The provider session it came from (ID token `sid`), "" when the provider sent none. */
  readonly sid: string;
  readonly identity: { readonly sub: string };
  readonly issuedAt: number;
}

export interface RevocationList {
  /** The auth check's question, on every request: a few Map lookups, none while empty. */
  isRevoked(session: Revocable): boolean;
  /**
   * Adds (or merges) an entry. Returns the entry as kept, which is wider than asked when the
   * list was full (see MAX_ENTRIES), or undefined when it changed nothing (known or expired).
   */
  add(revocation: Revocation, now: number): Revocation | undefined;
  /** Every entry still in force, to persist or share. */
  entries(now: number): Revocation[];
  /** Drops entries whose sessions have all expired. */
  prune(now: number): void;
  readonly size: number;
}

/**
 * The bound beyond time: entries of all kinds together. An entry holds well under 200 bytes, so
 * a full list is about 20 MB. Reached only by 100 000 sign-outs within one session lifetime.
 * There, nothing is forgotten early: an entry that does not fit ends every session issued until
 * now (`everyone`, lasting as long as the longest entry it replaces), which makes every other
 * entry redundant and empties the list. Users sign in again; no revoked session comes back.
 */
export const MAX_ENTRIES = 100_000;

export function createRevocationList(maxEntries: number = MAX_ENTRIES): RevocationList {
  const sessions = new Map<string, number>();
  const sids = new Map<string, number>();
  // A user's sessions issued before a time: all of them, or only those without a sid.
  const subjects = new Map<string, { before: number; until: number }>();
  const sidless = new Map<string, { before: number; until: number }>();
  let everyone = { before: 0, until: 0 };
  let count = 0;

  const recount = (): void => {
    count = sessions.size + sids.size + subjects.size + sidless.size;
  };

  function prune(now: number): void {
    for (const [id, until] of sessions) if (until <= now) sessions.delete(id);
    for (const [sid, until] of sids) if (until <= now) sids.delete(sid);
    for (const [sub, entry] of subjects) if (entry.until <= now) subjects.delete(sub);
    for (const [sub, entry] of sidless) if (entry.until <= now) sidless.delete(sub);
    if (everyone.until <= now) everyone = { before: 0, until: 0 };
    recount();
  }

  /** Room for one more entry, pruning first; false when the list is full of live entries. */
  function room(now: number): boolean {
    if (count < maxEntries) return true;
    prune(now);
    return count < maxEntries;
  }

  function addEveryone(before: number, until: number): Revocation | undefined {
    if (before <= everyone.before && until <= everyone.until) return undefined;
    // Every session any entry could hit was issued before now, so `everyone` covers them all.
    // (A sid names a provider session that has ended: no later login carries it.) It must also
    // last as long as the longest of them: an entry it replaces may outlive the one being added.
    let last = Math.max(until, everyone.until);
    for (const entryUntil of sessions.values()) last = Math.max(last, entryUntil);
    for (const entryUntil of sids.values()) last = Math.max(last, entryUntil);
    const widened = Math.max(before, everyone.before);
    for (const byUser of [subjects, sidless]) {
      for (const [sub, entry] of byUser) {
        if (entry.before <= widened) {
          last = Math.max(last, entry.until);
          byUser.delete(sub);
        }
      }
    }
    everyone = { before: widened, until: last };
    sessions.clear();
    sids.clear();
    recount();
    return { kind: "everyone", ...everyone };
  }

  function addByUser(
    kind: "subject" | "sidless",
    sub: string,
    before: number,
    until: number,
    now: number,
  ): Revocation | undefined {
    const byUser = kind === "subject" ? subjects : sidless;
    const known = byUser.get(sub);
    if (known !== undefined) {
      if (before <= known.before && until <= known.until) return undefined;
      const merged = {
        before: Math.max(before, known.before),
        until: Math.max(until, known.until),
      };
      byUser.set(sub, merged);
      return { kind, sub, ...merged };
    }
    if (before <= everyone.before) return undefined;
    if (!room(now)) return addEveryone(now + 1, until);
    byUser.set(sub, { before, until });
    count++;
    return { kind, sub, before, until };
  }

  return {
    isRevoked(session) {
      if (count === 0) return session.issuedAt < everyone.before;
      if (session.issuedAt < everyone.before) return true;
      if (sessions.has(session.ref)) return true;
      if (session.sid !== "" && sids.has(session.sid)) return true;
      const subject = subjects.get(session.identity.sub);
      if (subject !== undefined && session.issuedAt < subject.before) return true;
      if (session.sid !== "" || sidless.size === 0) return false;
      const withoutSid = sidless.get(session.identity.sub);
      return withoutSid !== undefined && session.issuedAt < withoutSid.before;
    },
    add(revocation, now) {
      if (revocation.until <= now) return undefined;
      switch (revocation.kind) {
        case "session": {
          const known = sessions.get(revocation.id);
          if (known !== undefined && known >= revocation.until) return undefined;
          if (known === undefined && !room(now)) {
            // No sub here (the id is all a peer may share): end every session until now.
            return addEveryone(now + 1, revocation.until);
          }
          if (known === undefined) count++;
          sessions.set(revocation.id, revocation.until);
          return revocation;
        }
        case "sid": {
          const known = sids.get(revocation.sid);
          if (known !== undefined && known >= revocation.until) return undefined;
          if (known === undefined && !room(now)) return addEveryone(now + 1, revocation.until);
          if (known === undefined) count++;
          sids.set(revocation.sid, revocation.until);
          return revocation;
        }
        case "subject":
        case "sidless":
          return addByUser(
            revocation.kind,
            revocation.sub,
            revocation.before,
            revocation.until,
            now,
          );
        case "everyone":
          return addEveryone(revocation.before, revocation.until);
      }
    },
    entries(now) {
      const live: Revocation[] = [];
      if (everyone.until > now) live.push({ kind: "everyone", ...everyone });
      for (const [id, until] of sessions)
        if (until > now) live.push({ kind: "session", id, until });
      for (const [sid, until] of sids) if (until > now) live.push({ kind: "sid", sid, until });
      for (const [sub, e] of subjects) if (e.until > now) live.push({ kind: "subject", sub, ...e });
      for (const [sub, e] of sidless) if (e.until > now) live.push({ kind: "sidless", sub, ...e });
      return live;
    },
    prune,
    get size() {
      return count + (everyone.until > 0 ? 1 : 0);
    },
  };
}

/**
 * The entry as stored or sent (file lines, Redis values), checked field by field: anything else
 * is undefined, never a partial entry.
 */
export function parseRevocation(data: unknown): Revocation | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const r = data as Record<string, unknown>;
  const time = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
  const text = (v: unknown): v is string =>
    typeof v === "string" && v !== "" && v.length <= MAX_VALUE_LENGTH;
  if (!time(r["until"])) return undefined;
  const until = r["until"];
  switch (r["kind"]) {
    case "session":
      return text(r["id"]) ? { kind: "session", id: r["id"], until } : undefined;
    case "sid":
      return text(r["sid"]) ? { kind: "sid", sid: r["sid"], until } : undefined;
    case "subject":
    case "sidless":
      return text(r["sub"]) && time(r["before"])
        ? { kind: r["kind"], sub: r["sub"], before: r["before"], until }
        : undefined;
    case "everyone":
      return time(r["before"]) ? { kind: "everyone", before: r["before"], until } : undefined;
    default:
      return undefined;
  }
}
