import ipaddr from "ipaddr.js";
import { boundedMemo } from "../cache/memo.ts";

/** A compiled CIDR list: parse once at start, answer per request without allocating parsers. */
export interface AddressMatcher {
  readonly cidrs: readonly string[];
  contains(address: string | undefined): boolean;
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Throws with a message naming the bad entry; config loading turns that into a collected problem. */
export function compileCidrs(entries: readonly string[]): AddressMatcher {
  const ranges: Range[] = entries.map((entry) => {
    const text = entry.includes("/") ? entry : `${entry}/${entry.includes(":") ? 128 : 32}`;
    // A zone id (fe80::1%eth0/64) would be dropped by the matcher, silently widening the range
    // to every interface; legacy IPv4 forms are refused here as in parseAddress.
    const valid = text.includes(":")
      ? ipaddr.IPv6.isValidCIDR(text) &&
        !text.includes("%") &&
        embeddedIpv4IsDecimal(text.slice(0, text.indexOf("/")))
      : ipaddr.IPv4.isValidCIDRFourPartDecimal(text);
    if (!valid) throw new Error(`"${entry}" is not an IP address or CIDR`);
    const [addr, bits] = ipaddr.parseCIDR(text);
    // An IPv4-mapped IPv6 range (::ffff:10.0.0.0/104) means the IPv4 range it maps.
    if (addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
      return [(addr as ipaddr.IPv6).toIPv4Address(), bits - 96];
    }
    return [addr, bits];
  });
  const match = (address: string | undefined): boolean => {
    const addr = parseAddress(address);
    if (addr === undefined) return false;
    for (const [net, bits] of ranges) {
      if (net.kind() === addr.kind() && addr.match(net, bits)) return true;
    }
    return false;
  };
  // The same few proxies call on every request: remember their answers instead of parsing the
  // address each time. Bounded, so a scan from many addresses cannot grow it.
  const matchKnown = boundedMemo(match, 256);
  return Object.freeze({
    cidrs: Object.freeze([...entries]),
    contains: (address: string | undefined) => address !== undefined && matchKnown(address),
  });
}

/**
 * An IPv6 address may end in dotted IPv4 (::ffff:127.0.0.1). ipaddr.js reads that part with
 * leading zeros as decimal ("0177" is 177) where inet_aton reads octal (127): refuse the
 * ambiguity, as for plain IPv4.
 */
function embeddedIpv4IsDecimal(address: string): boolean {
  if (!address.includes(".")) return true;
  return ipaddr.IPv4.isValidFourPartDecimal(address.slice(address.lastIndexOf(":") + 1));
}

/**
 * Parses a peer or forwarded address; IPv4-mapped IPv6 (::ffff:127.0.0.1, what a dual-stack
 * Node socket reports for IPv4 peers) becomes the IPv4 address so IPv4 CIDRs match it.
 * Zone ids and anything unparsable give undefined, which never matches: fail closed.
 */
export function parseAddress(address: string | undefined): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (address === undefined || address === "" || address.includes("%")) return undefined;
  if (!ipaddr.isValid(address)) return undefined;
  // ipaddr.isValid accepts legacy IPv4 forms (octal, hex, fewer parts): only the four-part
  // decimal form is an address a socket reports.
  if (!address.includes(":") && !ipaddr.IPv4.isValidFourPartDecimal(address)) return undefined;
  if (!embeddedIpv4IsDecimal(address)) return undefined;
  const addr = ipaddr.parse(address);
  if (addr.kind() === "ipv6" && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (addr as ipaddr.IPv6).toIPv4Address();
  }
  return addr;
}
