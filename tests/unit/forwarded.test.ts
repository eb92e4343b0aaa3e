import { describe, expect, it } from "vitest";
import {
  parseForwardedHeaders,
  parseHost,
  parseOriginalUrl,
  type ForwardedRequest,
  type HeaderReader,
  type ParseResult,
} from "../../src/proxy/forwarded.ts";

type Headers = Readonly<Record<string, string | undefined>>;

/** Header lookup as Hono does it: case-insensitive, absent → undefined. */
function reader(headers: Headers): HeaderReader {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return (name) => lower.get(name.toLowerCase());
}

const ok = (request: ForwardedRequest): ParseResult => ({ ok: true, request });
const fail = (message: string): ParseResult => ({ ok: false, message });

const TRAEFIK: Headers = {
  "X-Forwarded-Method": "GET",
  "X-Forwarded-Proto": "https",
  "X-Forwarded-Host": "music.example.com",
  "X-Forwarded-Uri": "/library?sort=artist",
};
const MUSIC: ForwardedRequest = {
  method: "GET",
  proto: "https",
  host: "music.example.com",
  uri: "/library?sort=artist",
  path: "/library",
  methodOverrides: [],
  origin: "https://music.example.com",
  url: "https://music.example.com/library?sort=artist",
};
const DOT_SEGMENT = fail("forwarded URI path has a dot segment (. or ..)");

const NO_METHOD = fail("X-Forwarded-Method is missing or not an HTTP method");
const NO_PROTO = fail("X-Forwarded-Proto is missing or not http, https, ws or wss");
const NO_HOST = fail("X-Forwarded-Host is missing or not a single host[:port]");
const BAD_URI = fail("forwarded URI does not start with / or has invalid characters");

describe("parseForwardedHeaders", () => {
  const rows: readonly { name: string; input: Headers; want: ParseResult }[] = [
    { name: "good request", input: TRAEFIK, want: ok(MUSIC) },
    // Regression: a missing method was judged as GET, which a rule for GET only would allow.
    {
      name: "missing method is refused, never guessed",
      input: { ...TRAEFIK, "X-Forwarded-Method": undefined },
      want: NO_METHOD,
    },
    {
      name: "lower-case method and proto, upper-case host",
      input: {
        ...TRAEFIK,
        "X-Forwarded-Method": "post",
        "X-Forwarded-Proto": "HTTPS",
        "X-Forwarded-Host": "Music.Example.COM",
      },
      want: ok({ ...MUSIC, method: "POST" }),
    },
    {
      name: "padded values",
      input: {
        ...TRAEFIK,
        "X-Forwarded-Method": " GET ",
        "X-Forwarded-Proto": " https ",
        "X-Forwarded-Host": " music.example.com ",
      },
      want: ok(MUSIC),
    },
    {
      name: "hyphenated method",
      input: { ...TRAEFIK, "X-Forwarded-Method": "VERSION-CONTROL" },
      want: ok({ ...MUSIC, method: "VERSION-CONTROL" }),
    },
    {
      name: "plain http with port",
      input: { ...TRAEFIK, "X-Forwarded-Proto": "http", "X-Forwarded-Host": "app.lan:8080" },
      want: ok({
        ...MUSIC,
        proto: "http",
        host: "app.lan:8080",
        origin: "http://app.lan:8080",
        url: "http://app.lan:8080/library?sort=artist",
      }),
    },
    {
      name: "ws maps to an http origin",
      input: { ...TRAEFIK, "X-Forwarded-Proto": "ws", "X-Forwarded-Uri": "/socket" },
      want: ok({
        ...MUSIC,
        proto: "ws",
        uri: "/socket",
        path: "/socket",
        methodOverrides: [],
        origin: "http://music.example.com",
        url: "http://music.example.com/socket",
      }),
    },
    {
      name: "wss maps to an https origin",
      input: { ...TRAEFIK, "X-Forwarded-Proto": "wss", "X-Forwarded-Uri": "/socket" },
      want: ok({
        ...MUSIC,
        proto: "wss",
        uri: "/socket",
        path: "/socket",
        methodOverrides: [],
        origin: "https://music.example.com",
        url: "https://music.example.com/socket",
      }),
    },
    {
      name: "IPv6 host with port",
      input: { ...TRAEFIK, "X-Forwarded-Host": "[::1]:8443", "X-Forwarded-Uri": "/" },
      want: ok({
        ...MUSIC,
        host: "[::1]:8443",
        uri: "/",
        path: "/",
        origin: "https://[::1]:8443",
        url: "https://[::1]:8443/",
      }),
    },
    {
      name: "IPv4 host",
      input: { ...TRAEFIK, "X-Forwarded-Host": "192.168.1.10", "X-Forwarded-Uri": "/" },
      want: ok({
        ...MUSIC,
        host: "192.168.1.10",
        uri: "/",
        path: "/",
        origin: "https://192.168.1.10",
        url: "https://192.168.1.10/",
      }),
    },
    {
      name: "path decoded once, empty segments kept, uri kept as sent",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/public/%61dmin//x?next=%2F" },
      want: ok({
        ...MUSIC,
        uri: "/public/%61dmin//x?next=%2F",
        path: "/public/admin//x",
        url: "https://music.example.com/public/%61dmin//x?next=%2F",
      }),
    },
    {
      name: "scheme-relative-looking URI stays on the host, its path as sent",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "//evil.com/x" },
      want: ok({
        ...MUSIC,
        uri: "//evil.com/x",
        path: "//evil.com/x",
        url: "https://music.example.com//evil.com/x",
      }),
    },
    {
      name: "method overrides read from the headers and the query",
      input: {
        ...TRAEFIK,
        "X-Forwarded-Method": "POST",
        "X-HTTP-Method-Override": "delete",
        "X-Forwarded-Uri": "/library?_method=PUT",
      },
      want: ok({
        ...MUSIC,
        method: "POST",
        uri: "/library?_method=PUT",
        methodOverrides: ["DELETE", "PUT"],
        url: "https://music.example.com/library?_method=PUT",
      }),
    },
    {
      name: "URI of 8192 characters",
      input: { ...TRAEFIK, "X-Forwarded-Uri": `/${"a".repeat(8191)}` },
      want: ok({
        ...MUSIC,
        uri: `/${"a".repeat(8191)}`,
        path: `/${"a".repeat(8191)}`,
        url: `https://music.example.com/${"a".repeat(8191)}`,
      }),
    },

    // missing
    { name: "no headers", input: {}, want: NO_METHOD },
    { name: "no proto", input: { ...TRAEFIK, "X-Forwarded-Proto": undefined }, want: NO_PROTO },
    { name: "no host", input: { ...TRAEFIK, "X-Forwarded-Host": undefined }, want: NO_HOST },
    {
      name: "no uri",
      input: { ...TRAEFIK, "X-Forwarded-Uri": undefined },
      want: fail("X-Forwarded-Uri is missing"),
    },

    // method
    { name: "empty method", input: { ...TRAEFIK, "X-Forwarded-Method": "" }, want: NO_METHOD },
    {
      name: "method with space",
      input: { ...TRAEFIK, "X-Forwarded-Method": "G ET" },
      want: NO_METHOD,
    },
    {
      name: "method list",
      input: { ...TRAEFIK, "X-Forwarded-Method": "GET, POST" },
      want: NO_METHOD,
    },
    {
      name: "method with digit",
      input: { ...TRAEFIK, "X-Forwarded-Method": "G3T" },
      want: NO_METHOD,
    },
    {
      name: "method with CRLF",
      input: { ...TRAEFIK, "X-Forwarded-Method": "GET\r\nX: y" },
      want: NO_METHOD,
    },
    {
      name: "method too long",
      input: { ...TRAEFIK, "X-Forwarded-Method": "A".repeat(21) },
      want: NO_METHOD,
    },

    // proto
    { name: "proto ftp", input: { ...TRAEFIK, "X-Forwarded-Proto": "ftp" }, want: NO_PROTO },
    {
      name: "proto javascript",
      input: { ...TRAEFIK, "X-Forwarded-Proto": "javascript" },
      want: NO_PROTO,
    },
    {
      name: "proto list",
      input: { ...TRAEFIK, "X-Forwarded-Proto": "https, http" },
      want: NO_PROTO,
    },
    { name: "proto empty", input: { ...TRAEFIK, "X-Forwarded-Proto": "" }, want: NO_PROTO },
    {
      name: "proto with colon",
      input: { ...TRAEFIK, "X-Forwarded-Proto": "https:" },
      want: NO_PROTO,
    },

    // host
    { name: "host with userinfo", input: { ...TRAEFIK, "X-Forwarded-Host": "a@b" }, want: NO_HOST },
    {
      name: "host list",
      input: { ...TRAEFIK, "X-Forwarded-Host": "a.com, b.com" },
      want: NO_HOST,
    },
    {
      name: "host list no space",
      input: { ...TRAEFIK, "X-Forwarded-Host": "a.com,b.com" },
      want: NO_HOST,
    },
    { name: "host with space", input: { ...TRAEFIK, "X-Forwarded-Host": "a .com" }, want: NO_HOST },
    { name: "host empty", input: { ...TRAEFIK, "X-Forwarded-Host": "" }, want: NO_HOST },
    { name: "port 0", input: { ...TRAEFIK, "X-Forwarded-Host": "a.com:0" }, want: NO_HOST },
    { name: "port 99999", input: { ...TRAEFIK, "X-Forwarded-Host": "a.com:99999" }, want: NO_HOST },
    { name: "port 65536", input: { ...TRAEFIK, "X-Forwarded-Host": "a.com:65536" }, want: NO_HOST },
    {
      name: "port six digits",
      input: { ...TRAEFIK, "X-Forwarded-Host": "a.com:100000" },
      want: NO_HOST,
    },
    { name: "empty port", input: { ...TRAEFIK, "X-Forwarded-Host": "a.com:" }, want: NO_HOST },
    { name: "host with path", input: { ...TRAEFIK, "X-Forwarded-Host": "a.com/x" }, want: NO_HOST },
    {
      name: "host with backslash",
      input: { ...TRAEFIK, "X-Forwarded-Host": "a.com\\x" },
      want: NO_HOST,
    },
    {
      name: "host with query",
      input: { ...TRAEFIK, "X-Forwarded-Host": "a.com?x" },
      want: NO_HOST,
    },
    { name: "host with hash", input: { ...TRAEFIK, "X-Forwarded-Host": "a.com#x" }, want: NO_HOST },
    {
      name: "host with CRLF",
      input: { ...TRAEFIK, "X-Forwarded-Host": "a.com\r\nx" },
      want: NO_HOST,
    },
    { name: "unicode host", input: { ...TRAEFIK, "X-Forwarded-Host": "bücher.de" }, want: NO_HOST },
    { name: "trailing dot", input: { ...TRAEFIK, "X-Forwarded-Host": "a.com." }, want: NO_HOST },
    { name: "leading dot", input: { ...TRAEFIK, "X-Forwarded-Host": ".a.com" }, want: NO_HOST },
    {
      name: "leading hyphen label",
      input: { ...TRAEFIK, "X-Forwarded-Host": "-a.com" },
      want: NO_HOST,
    },
    { name: "unbracketed IPv6", input: { ...TRAEFIK, "X-Forwarded-Host": "::1" }, want: NO_HOST },
    {
      name: "bracket garbage",
      input: { ...TRAEFIK, "X-Forwarded-Host": "[evil.com]" },
      want: NO_HOST,
    },
    {
      name: "over-long host",
      input: { ...TRAEFIK, "X-Forwarded-Host": `${"a".repeat(60)}.`.repeat(5) + "com" },
      want: NO_HOST,
    },

    // uri
    {
      name: "uri without slash",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "library" },
      want: BAD_URI,
    },
    { name: "uri empty", input: { ...TRAEFIK, "X-Forwarded-Uri": "" }, want: BAD_URI },
    {
      name: "absolute uri",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "http://evil/x" },
      want: BAD_URI,
    },
    { name: "uri with space", input: { ...TRAEFIK, "X-Forwarded-Uri": "/a b" }, want: BAD_URI },
    { name: "uri with tab", input: { ...TRAEFIK, "X-Forwarded-Uri": "/a\tb" }, want: BAD_URI },
    { name: "uri with CRLF", input: { ...TRAEFIK, "X-Forwarded-Uri": "/a\r\nb" }, want: BAD_URI },
    { name: "uri with NUL", input: { ...TRAEFIK, "X-Forwarded-Uri": "/a\0" }, want: BAD_URI },
    { name: "uri with DEL", input: { ...TRAEFIK, "X-Forwarded-Uri": "/a\x7f" }, want: BAD_URI },
    { name: "uri non-ASCII", input: { ...TRAEFIK, "X-Forwarded-Uri": "/café" }, want: BAD_URI },
    { name: "uri leading space", input: { ...TRAEFIK, "X-Forwarded-Uri": " /a" }, want: BAD_URI },
    {
      name: "uri with fragment",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/a#b" },
      want: fail("forwarded URI has a fragment"),
    },
    {
      name: "uri of 8193 characters",
      input: { ...TRAEFIK, "X-Forwarded-Uri": `/${"a".repeat(8192)}` },
      want: fail("forwarded URI is longer than 8192 characters"),
    },
    {
      name: "uri with encoded slash",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/a%2fb" },
      want: fail("forwarded URI path has an encoded slash, backslash or NUL"),
    },
    {
      name: "uri with bad escape",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/a%zz" },
      want: fail("forwarded URI path has invalid percent-encoding"),
    },
    {
      name: "uri with a dot segment",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/public/%2e%2e/admin/" },
      want: DOT_SEGMENT,
    },
    {
      name: "uri with // then .. (issue 13)",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/admin//../share/x?a=1" },
      want: DOT_SEGMENT,
    },
    {
      name: "a dot segment in the query is the app's business",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/a?next=/../x" },
      want: ok({
        ...MUSIC,
        uri: "/a?next=/../x",
        path: "/a",
        url: "https://music.example.com/a?next=/../x",
      }),
    },
    {
      name: "too many method overrides",
      input: {
        ...TRAEFIK,
        "X-Forwarded-Uri": `/a?${Array.from({ length: 17 }, () => "_method=PUT").join("&")}`,
      },
      want: fail("forwarded request has more than 16 method overrides"),
    },
    {
      name: "bad escape in the query is the app's business",
      input: { ...TRAEFIK, "X-Forwarded-Uri": "/a?q=%zz%2f" },
      want: ok({
        ...MUSIC,
        uri: "/a?q=%zz%2f",
        path: "/a",
        url: "https://music.example.com/a?q=%zz%2f",
      }),
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(parseForwardedHeaders(reader(input))).toEqual(want);
  });
});

describe("parseOriginalUrl", () => {
  const NO_URL = fail("X-Original-URL is missing or not an absolute URL");
  const BAD_SCHEME = fail("X-Original-URL scheme is not http, https, ws or wss");
  const BAD_HOST = fail("X-Original-URL host is not a single host[:port]");
  // nginx as the generated configuration sets it up: X-Original-Method is always sent.
  const nginx = (url: string | undefined, method = "GET"): Headers => ({
    "X-Original-URL": url,
    "X-Original-Method": method,
  });

  const rows: readonly {
    name: string;
    input: Headers;
    want: ParseResult;
  }[] = [
    {
      name: "good request",
      input: nginx("https://music.example.com/library?sort=artist", "GET"),
      want: ok(MUSIC),
    },
    // Regression: a missing X-Original-Method was judged as GET. The auth_request subrequest
    // itself is always a GET (nginx 1.22), so the app request's method is unknown: every method
    // (rules/readings.ts judges ANY_METHOD as each method a rule names).
    {
      name: "missing method: unknown, judged as every method",
      input: { "X-Original-URL": "https://music.example.com/library?sort=artist" },
      want: ok({ ...MUSIC, methodOverrides: ["*"] }),
    },
    {
      name: "POST, upper-case scheme and host",
      input: nginx("HTTPS://MUSIC.example.com/library?sort=artist", "post"),
      want: ok({ ...MUSIC, method: "POST" }),
    },
    {
      name: "padded URL",
      input: nginx("  https://music.example.com/library?sort=artist  "),
      want: ok(MUSIC),
    },
    {
      name: "no path",
      input: nginx("https://h"),
      want: ok({
        method: "GET",
        proto: "https",
        host: "h",
        uri: "/",
        path: "/",
        methodOverrides: [],
        origin: "https://h",
        url: "https://h/",
      }),
    },
    {
      name: "wss with port",
      input: nginx("wss://h:8443/socket"),
      want: ok({
        method: "GET",
        proto: "wss",
        host: "h:8443",
        uri: "/socket",
        path: "/socket",
        methodOverrides: [],
        origin: "https://h:8443",
        url: "https://h:8443/socket",
      }),
    },
    {
      name: "IPv6 host",
      input: nginx("http://[fd00::1]:81/a//b"),
      want: ok({
        method: "GET",
        proto: "http",
        host: "[fd00::1]:81",
        uri: "/a//b",
        path: "/a//b",
        methodOverrides: [],
        origin: "http://[fd00::1]:81",
        url: "http://[fd00::1]:81/a//b",
      }),
    },
    {
      name: "dot segment",
      input: nginx("https://h/admin//%2e%2e/share/x"),
      want: DOT_SEGMENT,
    },
    {
      name: "method override header on an nginx subrequest",
      input: {
        ...nginx("https://music.example.com/library?sort=artist", "POST"),
        "X-HTTP-Method": "DELETE",
      },
      want: ok({ ...MUSIC, method: "POST", methodOverrides: ["DELETE"] }),
    },
    { name: "missing", input: nginx(undefined), want: NO_URL },
    { name: "empty", input: nginx(""), want: NO_URL },
    { name: "scheme-relative", input: nginx("//h/x"), want: NO_URL },
    { name: "path only", input: nginx("/x"), want: NO_URL },
    { name: "empty host", input: nginx("https:///x"), want: NO_URL },
    { name: "javascript", input: nginx("javascript:alert(1)"), want: NO_URL },
    { name: "scheme with digit", input: nginx("h2c://h/"), want: NO_URL },
    { name: "ftp", input: nginx("ftp://h/x"), want: BAD_SCHEME },
    { name: "userinfo", input: nginx("https://a@b/"), want: BAD_HOST },
    { name: "userinfo with password", input: nginx("https://u:p@b/"), want: BAD_HOST },
    { name: "host list", input: nginx("https://a.com,b.com/"), want: BAD_HOST },
    { name: "port 0", input: nginx("https://h:0/"), want: BAD_HOST },
    { name: "port 99999", input: nginx("https://h:99999/"), want: BAD_HOST },
    { name: "host with backslash", input: nginx("https://evil.com\\@good.com/"), want: BAD_HOST },
    { name: "query right after host", input: nginx("https://h?x=1"), want: BAD_URI },
    {
      name: "fragment right after host",
      input: nginx("https://h#x"),
      want: BAD_URI,
    },
    { name: "fragment", input: nginx("https://h/a#x"), want: fail("forwarded URI has a fragment") },
    { name: "space in path", input: nginx("https://h/a b"), want: BAD_URI },
    { name: "CRLF in path", input: nginx("https://h/a\r\nb"), want: NO_URL },
    { name: "CR in path", input: nginx("https://h/a\rb"), want: NO_URL },
    { name: "space after host", input: nginx("https://h /x"), want: BAD_HOST },
    { name: "tab in host", input: nginx("https://h\t.com/x"), want: BAD_HOST },
    { name: "CRLF in host", input: nginx("https://h\r\n/x"), want: BAD_HOST },
    {
      name: "bad method",
      input: nginx("https://h/", "GET /"),
      want: fail("X-Original-Method is not an HTTP method"),
    },
    {
      name: "empty method",
      input: nginx("https://h/", ""),
      want: fail("X-Original-Method is not an HTTP method"),
    },
    {
      name: "encoded slash",
      input: nginx("https://h/a%2Fb"),
      want: fail("forwarded URI path has an encoded slash, backslash or NUL"),
    },
    {
      name: "over-long",
      input: nginx(`https://h/${"a".repeat(8192)}`),
      want: fail("forwarded URI is longer than 8192 characters"),
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(parseOriginalUrl(reader(input))).toEqual(want);
  });
});

describe("parseHost", () => {
  const rows: readonly { name: string; input: string | undefined; want: string | undefined }[] = [
    { name: "undefined", input: undefined, want: undefined },
    { name: "name", input: "a.example.com", want: "a.example.com" },
    { name: "name and port", input: "A.example.com:443", want: "a.example.com:443" },
    { name: "single label", input: "localhost", want: "localhost" },
    { name: "port 65535", input: "h:65535", want: "h:65535" },
    { name: "port 1", input: "h:1", want: "h:1" },
    { name: "port 0", input: "h:0", want: undefined },
    { name: "label of 63", input: `${"a".repeat(63)}.com`, want: `${"a".repeat(63)}.com` },
    { name: "label of 64", input: `${"a".repeat(64)}.com`, want: undefined },
    { name: "underscore", input: "my_app.lan", want: undefined },
    { name: "two ports", input: "h:80:80", want: undefined },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(parseHost(input)).toBe(want);
  });

  it("refuses a long hostile host quickly", () => {
    const started = performance.now();
    expect(parseHost(`${"a-".repeat(50_000)}!`)).toBeUndefined();
    expect(parseHost(`${"a.".repeat(50_000)}!`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
