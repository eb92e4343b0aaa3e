import { NO_IDENTITY, type Identity } from "./identity.ts";

/** Values that describe this service rather than the user (authentik's X-authentik-meta-*). */
export interface HeaderMeta {
  readonly outpost: string;
  readonly provider: string;
  readonly app: string;
  readonly version: string;
}

/** Every identity header, in the order emitted; the proxy copies exactly these. */
export const IDENTITY_HEADER_NAMES = [
  "X-authentik-username",
  "X-authentik-groups",
  "X-authentik-email",
  "X-authentik-name",
  "X-authentik-uid",
  "X-authentik-entitlements",
  "X-authentik-meta-outpost",
  "X-authentik-meta-provider",
  "X-authentik-meta-app",
  "X-authentik-meta-version",
  "X-authentik-meta-jwks",
  "X-authentik-jwt",
  "Remote-User",
  "Remote-Groups",
  "Remote-Email",
  "Remote-Name",
] as const;

/**
 * Header-safe form of a claim value:
 * - control characters (U+0000-U+001F, U+007F-U+009F) become %XX, so CR/LF can never split a
 *   header and the value stays readable;
 * - everything else is sent as its UTF-8 bytes, one byte per header octet (RFC 9110 section 5.5
 *   obs-text). That is what authentik's Go outpost puts on the wire, so apps that decode the
 *   header as UTF-8 (Navidrome, Grafana, ...) see the original name. Node only writes octets
 *   0-255, so the string handed to it holds each UTF-8 byte as one Latin-1 character.
 */
export function encodeHeaderValue(value: string): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  if (/^[\u0020-\u007e]*$/.test(escaped)) return escaped;
  return Buffer.from(escaped, "utf8").toString("latin1");
}

/**
 * The full set of identity headers. Without an identity every header is present and empty, so a
 * proxy that copies them overwrites whatever the client sent instead of passing it on.
 */
export function identityHeaders(
  identity: Identity | undefined,
  meta: HeaderMeta,
): [name: (typeof IDENTITY_HEADER_NAMES)[number], value: string][] {
  const id = identity ?? NO_IDENTITY;
  const e = encodeHeaderValue;
  return [
    ["X-authentik-username", e(id.username)],
    ["X-authentik-groups", e(id.groups.join("|"))],
    ["X-authentik-email", e(id.email)],
    ["X-authentik-name", e(id.name)],
    ["X-authentik-uid", e(id.sub)],
    ["X-authentik-entitlements", e(id.entitlements.join("|"))],
    ["X-authentik-meta-outpost", e(meta.outpost)],
    ["X-authentik-meta-provider", e(meta.provider)],
    ["X-authentik-meta-app", e(meta.app)],
    ["X-authentik-meta-version", e(meta.version)],
    // Filled per request when FORWARD_AUTH_IDENTITY_JWT is on; present and empty otherwise.
    ["X-authentik-meta-jwks", ""],
    ["X-authentik-jwt", ""],
    ["Remote-User", e(id.username)],
    ["Remote-Groups", e(id.groups.join(","))],
    ["Remote-Email", e(id.email)],
    ["Remote-Name", e(id.name)],
  ];
}
