// Regression: `forward-auth check --host` took only bare host names, so `localhost:8080` and the
// plain-http origins of test setups were refused; their redirect URIs must carry the scheme and
// port the service builds them with.
import { describe, expect, it } from "vitest";
import { appOrigin, parseAppHost } from "../../src/self-check/app-host.ts";

describe("parseAppHost", () => {
  it.each([
    {
      name: "host name",
      input: "music.example.com",
      want: { host: "music.example.com", scheme: undefined },
    },
    {
      name: "upper case",
      input: "Music.Example.COM",
      want: { host: "music.example.com", scheme: undefined },
    },
    {
      name: "host:port",
      input: "localhost:8080",
      want: { host: "localhost:8080", scheme: undefined },
    },
    {
      name: "IPv4:port",
      input: "127.0.0.1:8080",
      want: { host: "127.0.0.1:8080", scheme: undefined },
    },
    { name: "IPv6:port", input: "[::1]:8080", want: { host: "[::1]:8080", scheme: undefined } },
    {
      name: "https origin",
      input: "https://music.example.com",
      want: { host: "music.example.com", scheme: "https" },
    },
    {
      name: "http origin with port",
      input: "http://music.localhost:8080",
      want: { host: "music.localhost:8080", scheme: "http" },
    },
    {
      name: "origin with a trailing slash",
      input: "https://music.example.com/",
      want: { host: "music.example.com", scheme: "https" },
    },
    {
      name: "scheme in capitals",
      input: "HTTP://Music.Example.com",
      want: { host: "music.example.com", scheme: "http" },
    },
  ])("accepts $name", ({ input, want }) => {
    expect(parseAppHost(input)).toEqual(want);
  });

  const BAD = (raw: string) =>
    `must be a host, host:port or http(s) origin, like music.example.com or http://localhost:8080 (got ${JSON.stringify(raw)})`;
  const PATH = (raw: string) =>
    `must have no path, query or fragment, like https://music.example.com (got ${JSON.stringify(raw)})`;

  it.each([
    { name: "a space", input: "a b", want: BAD("a b") },
    { name: "empty", input: "", want: BAD("") },
    { name: "scheme only", input: "https://", want: BAD("https://") },
    {
      name: "another scheme",
      input: "ftp://music.example.com",
      want: BAD("ftp://music.example.com"),
    },
    {
      name: "user info",
      input: "https://user@music.example.com",
      want: BAD("https://user@music.example.com"),
    },
    { name: "port 0", input: "localhost:0", want: BAD("localhost:0") },
    { name: "port too high", input: "localhost:65536", want: BAD("localhost:65536") },
    { name: "two ports", input: "localhost:80:81", want: BAD("localhost:80:81") },
    { name: "an underscore", input: "my_app.example.com", want: BAD("my_app.example.com") },
    {
      name: "a path",
      input: "https://music.example.com/app",
      want: PATH("https://music.example.com/app"),
    },
    {
      name: "a path without scheme",
      input: "music.example.com/app",
      want: PATH("music.example.com/app"),
    },
    { name: "a query", input: "music.example.com?x=1", want: PATH("music.example.com?x=1") },
    {
      name: "a fragment",
      input: "https://music.example.com#x",
      want: PATH("https://music.example.com#x"),
    },
  ])("refuses $name", ({ input, want }) => {
    expect(() => parseAppHost(input)).toThrow(new Error(want));
  });
});

describe("appOrigin", () => {
  it.each([
    {
      name: "no scheme, secure cookies: https",
      host: "music.example.com",
      scheme: undefined,
      secure: true,
      want: "https://music.example.com",
    },
    {
      name: "no scheme, insecure cookies: http",
      host: "localhost:8080",
      scheme: undefined,
      secure: false,
      want: "http://localhost:8080",
    },
    {
      name: "a written scheme wins",
      host: "music.localhost:8080",
      scheme: "http" as const,
      secure: true,
      want: "http://music.localhost:8080",
    },
    {
      name: "https default port left out",
      host: "music.example.com:443",
      scheme: "https" as const,
      secure: true,
      want: "https://music.example.com",
    },
    {
      name: "http default port left out",
      host: "music.example.com:80",
      scheme: "http" as const,
      secure: true,
      want: "http://music.example.com",
    },
    {
      name: "implied scheme's default port left out",
      host: "music.example.com:80",
      scheme: undefined,
      secure: false,
      want: "http://music.example.com",
    },
    {
      name: "the other scheme's default port kept",
      host: "music.example.com:80",
      scheme: "https" as const,
      secure: true,
      want: "https://music.example.com:80",
    },
    {
      name: "a port ending in 443 kept",
      host: "music.example.com:8443",
      scheme: "https" as const,
      secure: true,
      want: "https://music.example.com:8443",
    },
    {
      name: "IPv6 default port left out",
      host: "[::1]:443",
      scheme: undefined,
      secure: true,
      want: "https://[::1]",
    },
  ])("$name", ({ host, scheme, secure, want }) => {
    expect(appOrigin({ host, scheme }, secure)).toBe(want);
  });
});
