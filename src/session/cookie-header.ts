/** Attributes every cookie of the service shares; fixed at start from the configuration. */
export interface CookieAttributes {
  readonly secure: boolean;
  /** Domain attribute, or undefined for a host-only cookie. */
  readonly domain: string | undefined;
}

/**
 * The name a cookie of the service goes by. RFC 6265bis section 4.1.3.2: a browser stores a
 * `__Host-` cookie only when it is Secure, has Path=/ and no Domain, so no other host (a sibling
 * subdomain, a plain-http page) can set or overwrite one; where those hold the prefix is used.
 * A Domain cookie shared by subdomains (FORWARD_AUTH_COOKIE_DOMAIN) or one sent over plain http
 * (FORWARD_AUTH_COOKIE_SECURE=false) cannot carry it and keeps the plain name. The service reads
 * only the name it sets, so a plain-named cookie planted beside a `__Host-` one is never read.
 */
export function cookieName(base: string, attrs: CookieAttributes): string {
  return attrs.secure && attrs.domain === undefined ? `__Host-${base}` : base;
}

/**
 * Serialises one Set-Cookie value. Values are seals (base64url and `*~.-_` characters) or
 * counters, so no encoding is needed; names are ours. HttpOnly, SameSite=Lax and Path=/ always:
 * Lax still sends the cookie on the top-level GET that returns from the provider.
 */
export function setCookie(
  name: string,
  value: string,
  maxAgeSeconds: number,
  attrs: CookieAttributes,
): string {
  let cookie = `${name}=${value}; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; Path=/`;
  if (attrs.domain !== undefined) cookie += `; Domain=${attrs.domain}`;
  cookie += "; HttpOnly";
  if (attrs.secure) cookie += "; Secure";
  return cookie + "; SameSite=Lax";
}

export function clearCookie(name: string, attrs: CookieAttributes): string {
  return setCookie(name, "", 0, attrs);
}
