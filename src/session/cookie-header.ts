/** Attributes every cookie of the service shares; fixed at start from the configuration. */
export interface CookieAttributes {
  readonly secure: boolean;
  /** Domain attribute, or undefined for a host-only cookie. */
  readonly domain: string | undefined;
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
