import { clearCookie, setCookie, type CookieAttributes } from "./cookie-header.ts";
import type { AeadSealer } from "./aead-sealer.ts";
import { createRandomPool } from "./random-pool.ts";

/** What the callback needs to finish one login attempt. */
export interface LoginState {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  /** Where to send the user afterwards; validated again at the callback. */
  readonly returnTo: string;
  readonly createdAt: number;
}

export interface PendingLogin {
  readonly state: LoginState;
  /** Set-Cookie values: the new attempt's cookie plus any evictions. */
  readonly setCookies: string[];
}

export interface LoginStateCookies {
  begin(
    redirectUri: string,
    returnTo: string,
    cookies: Readonly<Record<string, string>>,
  ): PendingLogin;
  /** The attempt named by `state`, or undefined when its cookie is missing, forged or expired. */
  find(state: string, cookies: Readonly<Record<string, string>>): LoginState | undefined;
  clear(state: string): string;
}

export interface LoginStateOptions {
  readonly sealer: AeadSealer;
  readonly attributes: CookieAttributes;
  readonly now: () => number;
  readonly random?: (bytes: number) => string;
}

const PREFIX = "fa_login.";
export const LOGIN_TTL_SECONDS = 600;
/** Parallel tabs, favicons and background polls each start an attempt; cap what they can pile up. */
export const MAX_PENDING_LOGINS = 5;
const STATE_FORMAT = /^[0-9a-z]{1,11}\.[A-Za-z0-9_-]{22,64}$/;

/**
 * One sealed cookie per login attempt, named after its state, so concurrent attempts never
 * overwrite each other. The state starts with its creation time in base 36, so the oldest
 * attempts can be evicted without unsealing anything.
 */
export function createLoginStateCookies(options: LoginStateOptions): LoginStateCookies {
  const { sealer, now } = options;
  // Login cookies are host-only even when sessions span a domain: only this host's callback reads them.
  const attributes: CookieAttributes = { secure: options.attributes.secure, domain: undefined };
  const random = options.random;
  const pool = createRandomPool();
  /** State (24 bytes), nonce (24) and PKCE verifier (48): one take from the pool, not three. */
  const randomParts = (): [string, string, string] => {
    if (random !== undefined) return [random(24), random(24), random(48)];
    const bytes = pool.take(96);
    return [
      bytes.subarray(0, 24).toString("base64url"),
      bytes.subarray(24, 48).toString("base64url"),
      bytes.subarray(48).toString("base64url"),
    ];
  };

  return {
    begin(redirectUri, returnTo, cookies) {
      const createdAt = now();
      const [stateRandom, nonce, codeVerifier] = randomParts();
      const state = `${createdAt.toString(36)}.${stateRandom}`;
      const login: LoginState = {
        state,
        nonce,
        codeVerifier,
        redirectUri,
        returnTo,
        createdAt,
      };
      const sealed = sealer.seal(login);
      const setCookies = [setCookie(PREFIX + state, sealed, LOGIN_TTL_SECONDS, attributes)];
      const pending = Object.keys(cookies)
        .filter((name) => name.startsWith(PREFIX))
        .map((name) => ({ name, created: createdAtOf(name.slice(PREFIX.length)) }))
        .sort((a, b) => a.created - b.created);
      const excess = pending.length - (MAX_PENDING_LOGINS - 1);
      for (const [index, old] of pending.entries()) {
        if (index < excess || old.created + LOGIN_TTL_SECONDS <= createdAt) {
          setCookies.push(clearCookie(old.name, attributes));
        }
      }
      return { state: login, setCookies };
    },
    find(state, cookies) {
      if (!STATE_FORMAT.test(state)) return undefined;
      const sealed = cookies[PREFIX + state];
      if (sealed === undefined) return undefined;
      const data = sealer.open(sealed);
      const login = parseLoginState(data);
      if (login?.state !== state) return undefined;
      if (login.createdAt + LOGIN_TTL_SECONDS <= now()) return undefined;
      return login;
    },
    clear(state) {
      return clearCookie(PREFIX + state, attributes);
    },
  };
}

/** Unknown or garbled names sort first, so they are the first evicted. */
function createdAtOf(state: string): number {
  const created = parseInt(state.split(".")[0] ?? "", 36);
  return Number.isFinite(created) ? created : 0;
}

function parseLoginState(data: unknown): LoginState | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const strings = ["state", "nonce", "codeVerifier", "redirectUri", "returnTo"] as const;
  if (!strings.every((key) => typeof d[key] === "string")) return undefined;
  if (typeof d.createdAt !== "number") return undefined;
  return d as unknown as LoginState;
}
