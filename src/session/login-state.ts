import { canonicalBase64url } from "./base64url.ts";
import { clearCookie, cookieName, setCookie, type CookieAttributes } from "./cookie-header.ts";
import { createLoginTickets } from "./login-tickets.ts";

/** What the callback needs to finish one login attempt. */
export interface LoginState {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  /** Where to send the user afterwards. Not sealed: the callback validates it before use. */
  readonly returnTo: string;
  readonly createdAt: number;
  /**
   * This attempt asked the provider for a fresh authentication ("Sign in as someone else":
   * prompt=login, max_age=0): the callback refuses an ID token whose auth_time is before
   * createdAt, since a provider that ignores the prompt would sign the previous user in again.
   */
  readonly freshLogin: boolean;
}

export interface PendingLogin {
  readonly state: LoginState;
  /** The PKCE S256 challenge of `state.codeVerifier`, for the authorization request. */
  readonly codeChallenge: string;
  /** Set-Cookie values: the new attempt's cookie plus any evictions. */
  readonly setCookies: string[];
}

export interface LoginStateCookies {
  begin(
    redirectUri: string,
    returnTo: string,
    cookies: Readonly<Record<string, string>>,
    options?: { readonly freshLogin?: boolean },
  ): PendingLogin;
  /**
   * The attempt named by `state`, or undefined when its cookie is missing, forged or expired.
   * Its returnTo is as the cookie says: validate it before use.
   */
  find(state: string, cookies: Readonly<Record<string, string>>): LoginState | undefined;
  clear(state: string): string;
}

export interface LoginStateOptions {
  /** The service's secrets: the first makes login tickets, each redeems its own. */
  readonly secrets: readonly string[];
  readonly attributes: CookieAttributes;
  readonly now: () => number;
}

/** Followed by the state; `__Host-fa_login.` where cookies are Secure (see cookieName). */
const LOGIN_COOKIE_PREFIX = "fa_login.";
export const LOGIN_TTL_SECONDS = 600;
/** Parallel tabs, favicons and background polls each start an attempt; cap what they can pile up. */
export const MAX_PENDING_LOGINS = 5;
const STATE_FORMAT = /^[0-9a-z]{1,11}\.[A-Za-z0-9_-]{22,64}$/;

/**
 * One cookie per login attempt, named after its state, so concurrent attempts never overwrite
 * each other. The state starts with its creation time in base 36, so the oldest attempts can be
 * evicted without deriving anything.
 *
 * Value: `<ticket reference>.<redirect URI>.<return URL>`, the last two base64url, followed by
 * FRESH_MARK when the attempt asked for a fresh authentication (LoginState.freshLogin). The reference
 * derives the attempt's secrets again with the service secret (see login-tickets.ts) and holds
 * none of them. The two request-dependent URLs need no seal: the cookie is HttpOnly and named
 * after a random state that only this browser and the provider see, so no one else can read or
 * target it; the callback validates the return URL with the same redirect rules as `rd` (a
 * foreign target becomes the host's root), as oauth2-proxy does with the redirect it carries in
 * `state`; and the provider binds the code to the redirect URI it was issued for (RFC 6749
 * section 4.1.3), so a changed one fails the exchange. The fresh-login mark is not sealed either:
 * only this browser can drop it, and it protects this browser's user (see LoginState.freshLogin).
 */
export function createLoginStateCookies(options: LoginStateOptions): LoginStateCookies {
  const { now } = options;
  // Login cookies are host-only even when sessions span a domain: only this host's callback reads them.
  const attributes: CookieAttributes = { secure: options.attributes.secure, domain: undefined };
  const prefix = cookieName(LOGIN_COOKIE_PREFIX, attributes);
  const tickets = createLoginTickets({ secrets: options.secrets, now });

  return {
    begin(redirectUri, returnTo, cookies, beginOptions) {
      const { reference, codeChallenge, ...secrets } = tickets.take();
      const freshLogin = beginOptions?.freshLogin === true;
      const login: LoginState = { ...secrets, redirectUri, returnTo, freshLogin };
      const value =
        `${reference}.${toBase64url(redirectUri)}.${toBase64url(returnTo)}` +
        (freshLogin ? FRESH_MARK : "");
      const setCookies = [setCookie(prefix + login.state, value, LOGIN_TTL_SECONDS, attributes)];
      const pending = Object.keys(cookies)
        .filter((name) => name.startsWith(prefix))
        .map((name) => ({ name, created: createdAtOf(name.slice(prefix.length)) }))
        .sort((a, b) => a.created - b.created);
      const excess = pending.length - (MAX_PENDING_LOGINS - 1);
      for (const [index, old] of pending.entries()) {
        if (index < excess || old.created + LOGIN_TTL_SECONDS <= login.createdAt) {
          setCookies.push(clearCookie(old.name, attributes));
        }
      }
      return { state: login, codeChallenge, setCookies };
    },
    find(state, cookies) {
      if (!STATE_FORMAT.test(state)) return undefined;
      const raw = cookies[prefix + state];
      if (raw === undefined || raw.length > MAX_VALUE) return undefined;
      const freshLogin = raw.endsWith(FRESH_MARK);
      const value = freshLogin ? raw.slice(0, -FRESH_MARK.length) : raw;
      const returnAt = value.lastIndexOf(".");
      const redirectAt = value.lastIndexOf(".", returnAt - 1);
      if (redirectAt <= 0) return undefined;
      const redirectUri = fromBase64url(value.slice(redirectAt + 1, returnAt));
      const returnTo = fromBase64url(value.slice(returnAt + 1));
      if (redirectUri === undefined || returnTo === undefined) return undefined;
      const secrets = tickets.redeem(state, value.slice(0, redirectAt));
      if (secrets === undefined) return undefined;
      if (secrets.createdAt + LOGIN_TTL_SECONDS <= now()) return undefined;
      return { ...secrets, redirectUri, returnTo, freshLogin };
    },
    clear(state) {
      return clearCookie(prefix + state, attributes);
    },
  };
}

const MAX_VALUE = 8192;
/**
 * Cannot be mistaken for the end of the return URL: "!" is no base64url character, and it is a
 * cookie-octet (RFC 6265 section 4.1.1).
 */
const FRESH_MARK = "!fresh";
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

const toBase64url = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

/**
 * undefined unless `text` is non-empty base64url of valid UTF-8, in the one spelling we write
 * (no padding, unused low bits zero): Node's decoder ignores stray trailing characters.
 */
function fromBase64url(text: string): string | undefined {
  if (!BASE64URL.test(text)) return undefined;
  const bytes = canonicalBase64url(text);
  if (bytes === undefined) return undefined;
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Unknown or garbled names sort first, so they are the first evicted. */
function createdAtOf(state: string): number {
  const created = parseInt(state.split(".")[0] ?? "", 36);
  return Number.isFinite(created) ? created : 0;
}
