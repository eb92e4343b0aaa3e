import type { AddressMatcher } from "./trusted-proxies.ts";
import { parseAddress } from "./trusted-proxies.ts";

/**
 * The address of the client behind the proxies, for `networks` rules and logs; undefined when it
 * cannot be known, which no network matches.
 *
 * - An untrusted peer is the client itself: its X-Forwarded-For is ignored entirely (anyone can
 *   write one).
 * - From a trusted peer, X-Forwarded-For is walked right to left (each proxy appends the address
 *   it received the request from, RFC 7239 section 5.2 for the standard form): entries that are
 *   trusted proxies are skipped, and the first untrusted one is the client. When every entry is
 *   trusted, the leftmost is the client.
 * - A malformed entry (not a bare IPv4/IPv6 address: a port, brackets, a name, an empty item,
 *   `unknown`) stops the walk with undefined. The entries to its left were passed on by a hop
 *   that cannot be vouched for, and the hop to its right is a proxy, not the client: answering
 *   with the proxy's address would let every request through a proxy inside an allowed network.
 * - A trusted peer without X-Forwarded-For gives undefined for the same reason: the peer is a
 *   proxy asking about someone else (Traefik and Caddy always send the header; nginx must be
 *   told to, with `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`).
 *
 * Addresses come back normalised (IPv4-mapped IPv6 as IPv4, IPv6 compressed lower-case).
 */
export function clientAddress(
  peer: string | undefined,
  xForwardedFor: string | undefined,
  trusted: AddressMatcher,
): string | undefined {
  const peerAddress = parseAddress(peer);
  if (peerAddress === undefined) return undefined;
  if (peer === undefined || !trusted.contains(peer)) return peerAddress.toString();
  if (xForwardedFor === undefined || xForwardedFor.trim() === "") return undefined;

  // Several X-Forwarded-For header lines arrive joined with ", " (Node does this), which is
  // the same list (RFC 9110 section 5.3).
  const entries = xForwardedFor.split(",");
  let leftmost: string | undefined;
  for (let index = entries.length - 1; index >= 0; index--) {
    // Optional whitespace around list items (RFC 9110 section 5.6.1): spaces and tabs only.
    const entry = (entries[index] ?? "").replace(/^[ \t]+|[ \t]+$/g, "");
    const address = parseAddress(entry);
    if (address === undefined) return undefined;
    if (!trusted.contains(entry)) return address.toString();
    leftmost = address.toString();
  }
  return leftmost;
}
