import { describe, expect, it } from "vitest";
import { compileCidrs, parseAddress } from "../../src/proxy/trusted-proxies.ts";

describe("parseAddress", () => {
  const rows: readonly { name: string; input: string | undefined; want: string | undefined }[] = [
    { name: "IPv4", input: "127.0.0.1", want: "127.0.0.1" },
    { name: "IPv4 zero", input: "0.0.0.0", want: "0.0.0.0" },
    { name: "IPv6 loopback", input: "::1", want: "::1" },
    { name: "IPv6 long form", input: "0:0:0:0:0:0:0:1", want: "::1" },
    { name: "IPv6 upper-case", input: "FD00::ABCD", want: "fd00::abcd" },
    { name: "IPv4-mapped dotted", input: "::ffff:127.0.0.1", want: "127.0.0.1" },
    { name: "IPv4-mapped hex", input: "::ffff:7f00:1", want: "127.0.0.1" },
    { name: "IPv4-mapped upper-case", input: "::FFFF:10.1.2.3", want: "10.1.2.3" },
    { name: "undefined", input: undefined, want: undefined },
    { name: "empty string", input: "", want: undefined },
    { name: "garbage", input: "not-an-ip", want: undefined },
    { name: "hostname", input: "localhost", want: undefined },
    { name: "two-part IPv4", input: "127.1", want: undefined },
    { name: "octal IPv4", input: "0177.0.0.1", want: undefined },
    { name: "hex IPv4", input: "0x7f.0.0.1", want: undefined },
    { name: "hex two-part IPv4", input: "0x7f.1", want: undefined },
    { name: "single number IPv4", input: "2130706433", want: undefined },
    { name: "leading zero octet", input: "127.0.0.01", want: undefined },
    { name: "octet over 255", input: "256.0.0.1", want: undefined },
    { name: "five octets", input: "1.2.3.4.5", want: undefined },
    { name: "mapped with octal IPv4", input: "::ffff:0177.0.0.1", want: undefined },
    { name: "mapped with two-part IPv4", input: "::ffff:127.1", want: undefined },
    { name: "mapped with hex IPv4", input: "::ffff:0x7f.0.0.1", want: undefined },
    { name: "zone id", input: "fe80::1%eth0", want: undefined },
    { name: "zone id on loopback", input: "::1%lo", want: undefined },
    { name: "IPv4 with port", input: "127.0.0.1:80", want: undefined },
    { name: "bracketed IPv6", input: "[::1]", want: undefined },
    { name: "leading space", input: " 127.0.0.1", want: undefined },
    { name: "trailing space", input: "127.0.0.1 ", want: undefined },
    { name: "two double colons", input: "1::2::3", want: undefined },
    { name: "comma list", input: "127.0.0.1,10.0.0.1", want: undefined },
    { name: "CIDR", input: "127.0.0.1/32", want: undefined },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(parseAddress(input)?.toString()).toBe(want);
  });
});

describe("compileCidrs matching", () => {
  const rows: readonly {
    name: string;
    input: { cidrs: readonly string[]; peer: string | undefined };
    want: boolean;
  }[] = [
    { name: "exact IPv4", input: { cidrs: ["127.0.0.1/32"], peer: "127.0.0.1" }, want: true },
    { name: "bare IPv4 is /32", input: { cidrs: ["10.0.0.5"], peer: "10.0.0.5" }, want: true },
    { name: "bare IPv4, neighbour", input: { cidrs: ["10.0.0.5"], peer: "10.0.0.6" }, want: false },
    { name: "next address", input: { cidrs: ["127.0.0.1/32"], peer: "127.0.0.2" }, want: false },
    { name: "inside /12", input: { cidrs: ["172.16.0.0/12"], peer: "172.31.255.255" }, want: true },
    { name: "outside /12", input: { cidrs: ["172.16.0.0/12"], peer: "172.32.0.0" }, want: false },
    {
      name: "host bits set in range",
      input: { cidrs: ["10.1.2.3/8"], peer: "10.200.0.1" },
      want: true,
    },
    { name: "IPv4 /0", input: { cidrs: ["0.0.0.0/0"], peer: "203.0.113.9" }, want: true },
    { name: "IPv4 /0 vs IPv6", input: { cidrs: ["0.0.0.0/0"], peer: "2001:db8::1" }, want: false },
    { name: "IPv6 /0", input: { cidrs: ["::/0"], peer: "2001:db8::1" }, want: true },
    { name: "IPv6 /0 vs IPv4", input: { cidrs: ["::/0"], peer: "203.0.113.9" }, want: false },
    { name: "IPv6 loopback", input: { cidrs: ["::1/128"], peer: "::1" }, want: true },
    { name: "bare IPv6 is /128", input: { cidrs: ["fd00::1"], peer: "fd00::2" }, want: false },
    { name: "IPv6 range", input: { cidrs: ["fd00::/8"], peer: "fd12:3456::1" }, want: true },
    { name: "IPv6 range miss", input: { cidrs: ["fd00::/8"], peer: "fe80::1" }, want: false },
    {
      name: "mapped peer, IPv4 CIDR",
      input: { cidrs: ["127.0.0.1/32"], peer: "::ffff:127.0.0.1" },
      want: true,
    },
    {
      name: "mapped peer outside",
      input: { cidrs: ["127.0.0.1/32"], peer: "::ffff:127.0.0.2" },
      want: false,
    },
    {
      name: "mapped CIDR, IPv4 peer",
      input: { cidrs: ["::ffff:10.0.0.0/104"], peer: "10.9.8.7" },
      want: true,
    },
    {
      name: "mapped CIDR, mapped peer",
      input: { cidrs: ["::ffff:10.0.0.0/104"], peer: "::ffff:10.9.8.7" },
      want: true,
    },
    {
      name: "mapped CIDR, outside",
      input: { cidrs: ["::ffff:10.0.0.0/104"], peer: "11.0.0.1" },
      want: false,
    },
    {
      name: "bare mapped address",
      input: { cidrs: ["::ffff:127.0.0.1"], peer: "127.0.0.1" },
      want: true,
    },
    {
      name: "mapped /96 is all IPv4",
      input: { cidrs: ["::ffff:0:0/96"], peer: "8.8.8.8" },
      want: true,
    },
    { name: "zone id peer", input: { cidrs: ["fe80::/10"], peer: "fe80::1%eth0" }, want: false },
    {
      name: "undefined peer",
      input: { cidrs: ["0.0.0.0/0", "::/0"], peer: undefined },
      want: false,
    },
    { name: "empty peer", input: { cidrs: ["0.0.0.0/0", "::/0"], peer: "" }, want: false },
    { name: "garbage peer", input: { cidrs: ["0.0.0.0/0", "::/0"], peer: "garbage" }, want: false },
    { name: "127.1 peer", input: { cidrs: ["127.0.0.1/32"], peer: "127.1" }, want: false },
    { name: "octal peer", input: { cidrs: ["127.0.0.1/32"], peer: "0177.0.0.1" }, want: false },
    {
      name: "octal peer under /0",
      input: { cidrs: ["0.0.0.0/0"], peer: "0177.0.0.1" },
      want: false,
    },
    { name: "empty list", input: { cidrs: [], peer: "127.0.0.1" }, want: false },
    {
      name: "second entry matches",
      input: { cidrs: ["10.0.0.0/8", "192.168.1.0/24"], peer: "192.168.1.77" },
      want: true,
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(compileCidrs(input.cidrs).contains(input.peer)).toBe(want);
  });
});

describe("compileCidrs refuses bad entries", () => {
  const rows: readonly { name: string; input: string }[] = [
    { name: "garbage", input: "garbage" },
    { name: "empty", input: "" },
    { name: "two-part IPv4", input: "127.1" },
    { name: "hex two-part IPv4", input: "0x7f.1" },
    { name: "octal IPv4", input: "0177.0.0.1" },
    { name: "octal IPv4 CIDR", input: "0177.0.0.0/8" },
    { name: "prefix too long IPv4", input: "10.0.0.0/33" },
    { name: "prefix too long IPv6", input: "::/129" },
    { name: "negative prefix", input: "10.0.0.0/-1" },
    { name: "plus prefix", input: "10.0.0.0/+8" },
    { name: "empty prefix", input: "10.0.0.0/" },
    { name: "prefix only", input: "/8" },
    { name: "zone id", input: "fe80::1%eth0" },
    { name: "zone id range", input: "fe80::1%eth0/64" },
    { name: "mapped octal", input: "::ffff:0177.0.0.1" },
    { name: "mapped two-part", input: "::ffff:127.1/128" },
    { name: "space inside", input: "10.0.0.0 /8" },
    { name: "leading space", input: " 10.0.0.1" },
    { name: "hostname", input: "proxy.local" },
    { name: "wildcard", input: "*" },
    { name: "bracketed IPv6", input: "[::1]" },
  ];

  it.each(rows)("$name", ({ input }) => {
    expect(() => compileCidrs(["127.0.0.1/32", input])).toThrow(
      new Error(`"${input}" is not an IP address or CIDR`),
    );
  });
});

describe("compileCidrs result", () => {
  it("keeps the entries as written, frozen and detached from the caller's array", () => {
    const entries = ["10.0.0.0/8", "::1"];
    const matcher = compileCidrs(entries);
    entries.push("0.0.0.0/0");
    expect(matcher.cidrs).toEqual(["10.0.0.0/8", "::1"]);
    expect(Object.isFrozen(matcher)).toBe(true);
    expect(Object.isFrozen(matcher.cidrs)).toBe(true);
    expect(matcher.contains("8.8.8.8")).toBe(false);
  });
});
