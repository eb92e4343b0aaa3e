import { randomBytes } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Identity } from "../auth/identity.ts";
import type { RevocationList } from "../revocation/revocation-list.ts";
import { clearCookie, setCookie, type CookieAttributes } from "./cookie-header.ts";
import type { Sealer } from "./sealer.ts";
import { createSessionCache, type OpenedSession, type Session } from "./session-cache.ts";

export type { Session } from "./session-cache.ts";

export interface SessionCookies {
  readonly name: string;
  /**
   * The session in these cookies, or undefined for missing, forged, foreign, expired or revoked
   * ones; synchronous when the session cache knows the value (session-cache.ts).
   */
  read(
    cookie: (name: string) => string | undefined,
  ): Session | undefined | Promise<Session | undefined>;
  /**
   * Set-Cookie values for a new session; clears chunks a previous, larger session left. `sid`:
   * the ID token's, kept so that the provider can end this session (back-channel logout).
   */
  write(
    identity: Identity,
    cookies: Readonly<Record<string, string>>,
    provider?: { readonly sid?: string | undefined },
  ): Promise<string[]>;
  clear(cookies: Readonly<Record<string, string>>): string[];
}

export interface SessionCookieOptions {
  readonly name: string;
  readonly sealer: Sealer;
  readonly lifetimeSeconds: number;
  readonly attributes: CookieAttributes;
  readonly now: () => number;
  /** Verified sessions kept in memory (session-cache.ts; default 10 000); 0 keeps none. */
  readonly cacheSize?: number;
  /** Total length of the cookie values behind them (default CACHE_BYTES). */
  readonly cacheBytes?: number;
  /** Told whether each read was answered from the cache (metrics). */
  readonly onCacheResult?: (hit: boolean) => void;
  /** Sessions that ended early (sign-out, back-channel logout); none when undefined. */
  readonly revoked?: Pick<RevocationList, "isRevoked">;
}

/**
 * A browser keeps at most 4096 bytes per cookie (name, value and attributes, RFC 6265 section
 * 6.1): a larger seal is split into `name`, `name.1`. The whole session is capped at 6 KB
 * because the Cookie header must also fit the proxies' limit for one header line (nginx's
 * large_client_header_buffers default is 8 KB, answering 400 above it) next to the app's own
 * cookies; a larger session is refused at login with a clear page instead.
 */
const CHUNK = 3072;
const MAX_CHUNKS = 2;
/** Below this the identity is stored as JSON; above, deflated (hundreds of groups compress well). */
const COMPRESS_ABOVE = 1024;

interface Stored {
  /** 1: before sessions had `r` (still read, see Session.ref); 2: with it. */
  v: 1 | 2;
  iat: number;
  exp: number;
  /** The session's random id (RANDOM_ID_BYTES, base64url), which a sign-out revokes. */
  r?: string;
  /** The ID token's `sid`, when the provider sent one. */
  d?: string;
  /** Either the identity fields, or `z`: the same object deflated and base64url-encoded. */
  i?: StoredIdentity;
  z?: string;
}
type StoredIdentity = [
  sub: string,
  username: string,
  email: string,
  name: string,
  groups: string[],
  entitlements: string[],
];

const RANDOM_ID_BYTES = 16;
const RANDOM_ID = /^[A-Za-z0-9_-]{22}$/;

export class SessionTooLargeError extends Error {
  readonly code = "session_too_large";
}

export function createSessionCookies(options: SessionCookieOptions): SessionCookies {
  const { name, sealer, lifetimeSeconds, attributes, now } = options;
  // iron-session adds 60 s of clock skew to its own check; ours, on `exp`, is the exact one.
  const sealTtl = lifetimeSeconds + 120;

  const chunkNames = (count: number): string[] =>
    Array.from({ length: count }, (_, i) => (i === 0 ? name : `${name}.${i}`));

  // Computed once: read() runs on every auth check.
  const readOrder = chunkNames(MAX_CHUNKS);
  const presentChunks = (cookies: Readonly<Record<string, string>>): string[] =>
    chunkNames(MAX_CHUNKS + 1).filter((n) => n in cookies);

  const revoked = options.revoked;
  const unlessRevoked = (session: Session | undefined): Session | undefined =>
    session !== undefined && revoked?.isRevoked(session) === true ? undefined : session;

  const cache = createSessionCache({
    open: async (sealed) => parseStored(await sealer.unseal(sealed, sealTtl)),
    now,
    size: options.cacheSize,
    bytes: options.cacheBytes,
    onResult: options.onCacheResult,
  });

  return {
    name,
    read(cookie) {
      let sealed = "";
      for (const chunk of readOrder) {
        const part = cookie(chunk);
        if (part === undefined) break;
        sealed += part;
        // write() fills every chunk but the last: a shorter one is the end, and a stale `name.1`
        // left beside it (a browser that missed the clearing) is not glued onto it. A seal of
        // exactly one chunk ends in its version suffix, which no other chunk can (a seal has
        // one `~`, at its end): nothing is glued after that either, since the sealer refuses any
        // text after the suffix.
        if (part.length < CHUNK || part.endsWith("~2")) break;
      }
      if (sealed === "" || sealed.length > CHUNK * MAX_CHUNKS) return undefined;
      const session = cache.read(sealed);
      if (revoked === undefined) return session;
      // Checked on every read, never cached: a revocation ends a session the cache still knows.
      return session instanceof Promise ? session.then(unlessRevoked) : unlessRevoked(session);
    },
    async write(identity, cookies, provider) {
      const iat = now();
      const exp = iat + lifetimeSeconds;
      const fields: StoredIdentity = [
        identity.sub,
        identity.username,
        identity.email,
        identity.name,
        [...identity.groups],
        [...identity.entitlements],
      ];
      const json = JSON.stringify(fields);
      const stored: Stored = {
        v: 2,
        iat,
        exp,
        r: randomBytes(RANDOM_ID_BYTES).toString("base64url"),
      };
      const sid = provider?.sid;
      if (sid !== undefined && sid !== "") stored.d = sid;
      if (json.length > COMPRESS_ABOVE) stored.z = deflateRawSync(json).toString("base64url");
      else stored.i = fields;
      const sealed = await sealer.seal(stored, sealTtl);
      const count = Math.ceil(sealed.length / CHUNK);
      if (count > MAX_CHUNKS) {
        // Dropping groups silently would change what the user may do; refusing is honest.
        throw new SessionTooLargeError(
          `session of ${sealed.length} bytes exceeds ${CHUNK * MAX_CHUNKS} bytes even compressed`,
        );
      }
      const names = chunkNames(count);
      const headers = names.map((n, i) =>
        setCookie(n, sealed.slice(i * CHUNK, (i + 1) * CHUNK), lifetimeSeconds, attributes),
      );
      for (const stale of presentChunks(cookies)) {
        if (!names.includes(stale)) headers.push(clearCookie(stale, attributes));
      }
      return headers;
    },
    clear(cookies) {
      const present = presentChunks(cookies);
      return (present.length > 0 ? present : [name]).map((n) => clearCookie(n, attributes));
    },
  };
}

const isString = (v: unknown): v is string => typeof v === "string";
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** Shape-checks what came out of a seal; anything unexpected is "no session". */
function parseStored(data: unknown): OpenedSession | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const stored = data as Partial<Record<keyof Stored, unknown>>;
  if (stored.v !== 1 && stored.v !== 2) return undefined;
  if (!Number.isFinite(stored.iat) || !Number.isFinite(stored.exp)) return undefined;
  // Version 2 always has its random id; a sid, when present, is a non-empty string.
  const ref = stored.v === 2 ? stored.r : "";
  if (typeof ref !== "string" || (stored.v === 2 && !RANDOM_ID.test(ref))) return undefined;
  const sid = stored.d ?? "";
  if (typeof sid !== "string" || (stored.d !== undefined && sid === "")) return undefined;
  let fields: unknown = stored.i;
  if (isString(stored.z)) {
    try {
      fields = JSON.parse(inflateRawSync(Buffer.from(stored.z, "base64url")).toString("utf8"));
    } catch {
      // A seal we made always inflates; failing here means a bug or a foreign seal: no session.
      return undefined;
    }
  }
  if (!Array.isArray(fields) || fields.length !== 6) return undefined;
  const [sub, username, email, name, groups, entitlements] = fields as unknown[];
  if (!isString(sub) || !isString(username) || !isString(email) || !isString(name)) {
    return undefined;
  }
  if (!isStringArray(groups) || !isStringArray(entitlements)) return undefined;
  return {
    ref,
    sid,
    identity: { sub, username, email, name, groups, entitlements },
    issuedAt: stored.iat as number,
    expiresAt: stored.exp as number,
  };
}
