import { describe, expect, it } from "vitest";
import { domainCovers, isHostName, isLabel } from "../../src/proxy/host-names.ts";

describe("domainCovers: RFC 6265 domain-match", () => {
  it.each([
    { name: "the domain itself", domain: "example.com", host: "example.com", want: true },
    { name: "one label below", domain: "example.com", host: "music.example.com", want: true },
    { name: "two labels below", domain: "example.com", host: "a.b.example.com", want: true },
    { name: "host in upper case", domain: "example.com", host: "Music.EXAMPLE.com", want: true },
    { name: "domain in upper case", domain: "Example.COM", host: "music.example.com", want: true },
    { name: "suffix without a dot", domain: "example.com", host: "evilexample.com", want: false },
    { name: "the parent domain", domain: "music.example.com", host: "example.com", want: false },
    { name: "a sibling", domain: "music.example.com", host: "video.example.com", want: false },
    {
      name: "domain as a prefix",
      domain: "example.com",
      host: "example.com.evil.org",
      want: false,
    },
    { name: "empty domain", domain: "", host: "example.com", want: false },
    { name: "empty domain, host ending in a dot", domain: "", host: "example.", want: false },
    { name: "empty host", domain: "example.com", host: "", want: false },
  ])("$name", ({ domain, host, want }) => {
    expect(domainCovers(domain, host)).toBe(want);
  });
});

describe("isHostName and isLabel: lower-case DNS names", () => {
  const long = (n: number): string => "a".repeat(n);
  it.each([
    { name: "one label", input: "localhost", host: true, label: true },
    { name: "several labels", input: "music.example.com", host: true, label: false },
    { name: "leading digit", input: "1password.example.com", host: true, label: false },
    { name: "inner hyphen", input: "media-1", host: true, label: true },
    { name: "63-character label", input: long(63), host: true, label: true },
    { name: "64-character label", input: long(64), host: false, label: false },
    {
      name: "253 characters",
      input: `${long(63)}.${long(63)}.${long(63)}.${long(61)}`,
      host: true,
      label: false,
    },
    {
      name: "254 characters",
      input: `${long(63)}.${long(63)}.${long(63)}.${long(62)}`,
      host: false,
      label: false,
    },
    { name: "empty", input: "", host: false, label: false },
    { name: "leading hyphen", input: "-music.example.com", host: false, label: false },
    { name: "trailing hyphen", input: "music-", host: false, label: false },
    { name: "upper case", input: "Music.example.com", host: false, label: false },
    { name: "empty label", input: "music..example.com", host: false, label: false },
    { name: "trailing dot", input: "example.com.", host: false, label: false },
    { name: "leading dot", input: ".example.com", host: false, label: false },
    { name: "underscore", input: "my_app.example.com", host: false, label: false },
    { name: "port", input: "example.com:443", host: false, label: false },
    { name: "wildcard", input: "*.example.com", host: false, label: false },
    { name: "IPv6 literal", input: "[::1]", host: false, label: false },
    { name: "space", input: "example.com ", host: false, label: false },
    { name: "non-ASCII", input: "exämple.com", host: false, label: false },
  ])("$name", ({ input, host, label }) => {
    expect({ host: isHostName(input), label: isLabel(input) }).toEqual({ host, label });
  });
});
