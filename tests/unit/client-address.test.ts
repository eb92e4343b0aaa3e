import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/proxy/client-address.ts";
import { compileCidrs } from "../../src/proxy/trusted-proxies.ts";

// Traefik on a Docker network, a CDN-like front proxy range, and an IPv6 proxy.
const TRUSTED = compileCidrs(["172.16.0.0/12", "10.1.0.0/16", "fd00::/64", "127.0.0.1"]);
const PROXY = "172.18.0.2";

describe("clientAddress", () => {
  const rows: readonly {
    name: string;
    peer: string | undefined;
    xff: string | undefined;
    want: string | undefined;
  }[] = [
    // The walk, right to left.
    { name: "one hop", peer: PROXY, xff: "203.0.113.7", want: "203.0.113.7" },
    {
      name: "forged entries left of the client",
      peer: PROXY,
      xff: "1.1.1.1, 2.2.2.2, 203.0.113.7",
      want: "203.0.113.7",
    },
    {
      name: "trusted hops skipped",
      peer: PROXY,
      xff: "203.0.113.7, 10.1.2.3, 172.18.0.9",
      want: "203.0.113.7",
    },
    {
      name: "forged trusted address left of the client",
      peer: PROXY,
      xff: "10.1.2.3, 203.0.113.7",
      want: "203.0.113.7",
    },
    {
      name: "every entry trusted: the leftmost",
      peer: PROXY,
      xff: "10.1.2.3, 172.18.0.9",
      want: "10.1.2.3",
    },
    {
      name: "loopback client on the proxy's host",
      peer: "127.0.0.1",
      xff: "127.0.0.1",
      want: "127.0.0.1",
    },
    // No header, or an untrusted peer.
    { name: "trusted peer, no header: unknown", peer: PROXY, xff: undefined, want: undefined },
    { name: "trusted peer, empty header: unknown", peer: PROXY, xff: "", want: undefined },
    { name: "trusted peer, blank header: unknown", peer: PROXY, xff: "  ", want: undefined },
    {
      name: "untrusted peer ignores the header",
      peer: "198.51.100.9",
      xff: "10.1.2.3",
      want: "198.51.100.9",
    },
    {
      name: "untrusted peer without header",
      peer: "198.51.100.9",
      xff: undefined,
      want: "198.51.100.9",
    },
    {
      name: "untrusted peer with garbage header",
      peer: "198.51.100.9",
      xff: "garbage",
      want: "198.51.100.9",
    },
    { name: "no peer", peer: undefined, xff: "203.0.113.7", want: undefined },
    { name: "unparsable peer", peer: "localhost", xff: "203.0.113.7", want: undefined },
    // Malformed entries stop the walk: never the proxy's own address, never what lies beyond.
    { name: "garbage entry", peer: PROXY, xff: "garbage", want: undefined },
    {
      name: "garbage behind a good client",
      peer: PROXY,
      xff: "garbage, 203.0.113.7",
      want: "203.0.113.7",
    },
    {
      name: "garbage between client and proxy",
      peer: PROXY,
      xff: "203.0.113.7, garbage, 10.1.2.3",
      want: undefined,
    },
    { name: "port", peer: PROXY, xff: "203.0.113.7:51234", want: undefined },
    { name: "bracketed IPv6", peer: PROXY, xff: "[2001:db8::1]", want: undefined },
    { name: "bracketed IPv6 with port", peer: PROXY, xff: "[2001:db8::1]:443", want: undefined },
    { name: "unknown (RFC 7239 obfuscation)", peer: PROXY, xff: "unknown", want: undefined },
    { name: "host name", peer: PROXY, xff: "client.example.com", want: undefined },
    { name: "octal IPv4", peer: PROXY, xff: "0300.0250.0001.0024", want: undefined },
    { name: "short IPv4", peer: PROXY, xff: "192.168.1", want: undefined },
    { name: "zone id", peer: PROXY, xff: "fe80::1%eth0", want: undefined },
    { name: "CIDR", peer: PROXY, xff: "203.0.113.0/24", want: undefined },
    { name: "quoted", peer: PROXY, xff: '"203.0.113.7"', want: undefined },
    { name: "Forwarded syntax", peer: PROXY, xff: "for=203.0.113.7", want: undefined },
    { name: "space inside an entry", peer: PROXY, xff: "203.0.113 .7", want: undefined },
    { name: "semicolon list", peer: PROXY, xff: "1.1.1.1;203.0.113.7", want: undefined },
    // Empty items.
    { name: "trailing comma", peer: PROXY, xff: "203.0.113.7,", want: undefined },
    { name: "leading comma, good client", peer: PROXY, xff: ",203.0.113.7", want: "203.0.113.7" },
    {
      name: "empty item between trusted hops",
      peer: PROXY,
      xff: "203.0.113.7, , 10.1.2.3",
      want: undefined,
    },
    { name: "only commas", peer: PROXY, xff: ",,", want: undefined },
    // Whitespace (RFC 9110 section 5.6.1: OWS is spaces and tabs).
    { name: "no spaces", peer: PROXY, xff: "203.0.113.7,10.1.2.3", want: "203.0.113.7" },
    {
      name: "many spaces and tabs",
      peer: PROXY,
      xff: " \t203.0.113.7 \t,\t 10.1.2.3  ",
      want: "203.0.113.7",
    },
    { name: "newline is not whitespace here", peer: PROXY, xff: "203.0.113.7\n", want: undefined },
    // IPv6 and IPv4-mapped.
    { name: "IPv6 client", peer: PROXY, xff: "2001:DB8::1", want: "2001:db8::1" },
    {
      name: "IPv6 client through an IPv6 proxy",
      peer: "fd00::2",
      xff: "2001:db8::1, fd00::3",
      want: "2001:db8::1",
    },
    { name: "IPv4-mapped client", peer: PROXY, xff: "::ffff:203.0.113.7", want: "203.0.113.7" },
    {
      name: "IPv4-mapped trusted hop skipped",
      peer: PROXY,
      xff: "203.0.113.7, ::ffff:10.1.2.3",
      want: "203.0.113.7",
    },
    {
      name: "IPv4-mapped peer is trusted",
      peer: "::ffff:172.18.0.2",
      xff: "203.0.113.7",
      want: "203.0.113.7",
    },
    {
      name: "IPv4-mapped untrusted peer comes back as IPv4",
      peer: "::ffff:198.51.100.9",
      xff: undefined,
      want: "198.51.100.9",
    },
    {
      name: "long-form IPv6 normalised",
      peer: PROXY,
      xff: "2001:0db8:0000:0000:0000:0000:0000:0001",
      want: "2001:db8::1",
    },
  ];

  it.each(rows)("$name", ({ peer, xff, want }) => {
    expect(clientAddress(peer, xff, TRUSTED)).toBe(want);
  });

  it("walks a long chain of trusted hops", () => {
    const hops = Array.from(
      { length: 500 },
      (_, i) => `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`,
    );
    expect(clientAddress(PROXY, ["203.0.113.7", ...hops].join(", "), TRUSTED)).toBe("203.0.113.7");
  });

  it("ignores a huge forged header left of the client", () => {
    const forged = Array.from({ length: 2000 }, () => "garbage").join(",");
    expect(clientAddress(PROXY, `${forged}, 203.0.113.7`, TRUSTED)).toBe("203.0.113.7");
  });
});
