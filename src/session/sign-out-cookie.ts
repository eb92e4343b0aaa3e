import { clearCookie, cookieName, setCookie, type CookieAttributes } from "./cookie-header.ts";
import type { Sealer } from "./sealer.ts";

/**
 * Where to send the browser after the provider's logout. RP-initiated logout returns to one
 * fixed URI per login host (`<prefix>/signed_out`, the only one the operator registers), so the
 * destination waits in this cookie meanwhile: sealed, so that no one can make signed_out
 * redirect elsewhere by planting a value, and short-lived.
 */
export interface SignOutCookie {
  readonly name: string;
  /** Set-Cookie for the destination (an absolute URL, already validated). */
  set(destination: string): Promise<string>;
  /** The destination in the cookie; undefined when missing, forged, expired or foreign. */
  read(cookie: (name: string) => string | undefined): Promise<string | undefined>;
  clear(): string;
}

/** A sign-out at the provider (a confirmation page, perhaps a password) takes minutes at most. */
const SIGN_OUT_TTL_SECONDS = 600;
/** Before its `__Host-` prefix where allowed (see cookieName). */
const SIGN_OUT_COOKIE = "forward_auth_signed_out";

const MAX_VALUE = 4096;
const PURPOSE = "signed_out";

/**
 * With the session's attributes: with FORWARD_AUTH_COOKIE_DOMAIN the sign-out may start on an
 * app's host and the provider returns to the login host's signed_out, which must see it.
 */
export function createSignOutCookie(options: {
  readonly sealer: Sealer;
  readonly attributes: CookieAttributes;
}): SignOutCookie {
  const { sealer, attributes } = options;
  const name = cookieName(SIGN_OUT_COOKIE, attributes);
  return {
    name,
    async set(destination) {
      // `p` names what the seal is for: the session cookie is sealed with the same secrets.
      const sealed = await sealer.seal({ p: PURPOSE, d: destination }, SIGN_OUT_TTL_SECONDS);
      return setCookie(name, sealed, SIGN_OUT_TTL_SECONDS, attributes);
    },
    async read(cookie) {
      const sealed = cookie(name);
      if (sealed === undefined || sealed === "" || sealed.length > MAX_VALUE) return undefined;
      const data = await sealer.unseal(sealed, SIGN_OUT_TTL_SECONDS);
      if (typeof data !== "object" || data === null) return undefined;
      const { p, d: destination } = data as { p?: unknown; d?: unknown };
      if (p !== PURPOSE) return undefined;
      return typeof destination === "string" && destination !== "" ? destination : undefined;
    },
    clear: () => clearCookie(name, attributes),
  };
}
