// Host names, spelled once: the label syntax every host check builds on, and the cookie-domain
// match. The forwarded Host, the rules' host patterns, FORWARD_AUTH_COOKIE_DOMAIN and the
// `config` command's names all use the same label, so a host one accepts the others can match.

/**
 * One DNS label, lower-case: letters, digits and inner hyphens, 1 to 63 characters (RFC 1035
 * section 2.3.1, with RFC 1123 section 2.1 allowing a leading digit). A regular-expression source
 * to compose; callers lower-case first (host names compare case-insensitively, RFC 4343).
 */
export const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

const ONE_LABEL = new RegExp(`^${LABEL}$`);
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);

/** RFC 1035 section 2.3.4: a name is at most 255 octets on the wire, 253 characters as text. */
const MAX_HOST_NAME = 253;

/** Whether `name` is one lower-case DNS label (`music`, `media-1`). */
export function isLabel(name: string): boolean {
  return ONE_LABEL.test(name);
}

/** Whether `name` is a lower-case host name of one or more labels (`localhost`, `a.example.com`). */
export function isHostName(name: string): boolean {
  return name.length <= MAX_HOST_NAME && HOST_NAME.test(name);
}

/**
 * RFC 6265 section 5.1.3 (domain-match): a cookie for `domain` reaches `host` when host is the
 * domain or ends with "." + domain; case-insensitive. Both are host names without a port or a
 * leading dot. An empty domain covers nothing, as a browser ignores an empty Domain attribute.
 */
export function domainCovers(domain: string, host: string): boolean {
  if (domain === "") return false;
  const d = domain.toLowerCase();
  const h = host.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}
