import { describe, expect, it } from "vitest";
import {
  checkRedirect,
  checkReturnTarget,
  safeRedirect,
  type RedirectPolicy,
  type RedirectRejection,
} from "../../src/auth/redirect.ts";

const ORIGIN = "https://music.example.com";
const HOST_ONLY: RedirectPolicy = { cookieDomain: undefined };
const COOKIE_DOMAIN: RedirectPolicy = { cookieDomain: "example.com" };

// Codes with one message; rows with other codes give theirs.
const MESSAGES: Readonly<Partial<Record<RedirectRejection, string>>> = {
  empty: "redirect target is empty",
  too_long: "redirect target is longer than 2048 characters",
  control_chars: "redirect target has control or whitespace characters",
  backslash: "redirect target has a backslash",
  not_absolute: "redirect target is not an absolute url",
  userinfo: "redirect target has userinfo",
};

interface Hostile {
  readonly name: string;
  readonly input: string | undefined;
  readonly want: RedirectRejection;
  readonly message?: string;
  /** Also rejected with the cookie domain set, unless false. */
  readonly cookieDomainToo?: false;
}

const TWO_SLASHES = "redirect target must have exactly two slashes after the scheme";
const NOT_ASCII = "redirect target host is not plain ascii";
const NOT_CANONICAL = "redirect target host is not in canonical form";
const NOT_URL = "redirect target is not a valid url";
const hostMessage = (host: string): string => `redirect target host "${host}" is not allowed`;
const schemeMessage = (scheme: string): string =>
  `redirect target has scheme "${scheme}"; only http and https are allowed`;

const hostile: readonly Hostile[] = [
  // empty and over-long
  { name: "undefined", input: undefined, want: "empty" },
  { name: "empty string", input: "", want: "empty" },
  { name: "2049 characters", input: `${ORIGIN}/${"a".repeat(2023)}`, want: "too_long" },
  { name: "over-long evil host", input: `https://${"a".repeat(3000)}.evil.com/`, want: "too_long" },

  // relative and scheme-relative
  { name: "scheme-relative", input: "//evil.com", want: "not_absolute" },
  { name: "scheme-relative, three slashes", input: "///evil.com", want: "not_absolute" },
  { name: "slash backslash", input: "/\\evil.com", want: "backslash" },
  { name: "absolute path", input: "/admin", want: "not_absolute" },
  { name: "bare host", input: "evil.com", want: "not_absolute" },
  { name: "bare request host", input: "music.example.com/", want: "not_absolute" },
  { name: "query only", input: "?next=/", want: "not_absolute" },
  { name: "encoded scheme letter", input: "%68ttps://evil.com", want: "not_absolute" },
  { name: "encoded scheme colon", input: "https%3A//evil.com", want: "not_absolute" },

  // slashes after the scheme
  { name: "no slashes", input: "https:evil.com", want: "malformed", message: TWO_SLASHES },
  { name: "one slash", input: "https:/evil.com", want: "malformed", message: TWO_SLASHES },
  { name: "three slashes", input: "https:///evil.com", want: "malformed", message: TWO_SLASHES },
  {
    name: "encoded slashes",
    input: "https:%2F%2Fevil.com",
    want: "malformed",
    message: TWO_SLASHES,
  },
  {
    name: "one encoded slash",
    input: "https:/%2Fevil.com",
    want: "malformed",
    message: TWO_SLASHES,
  },
  {
    name: "empty host",
    input: "https://?@music.example.com",
    want: "malformed",
    message: "redirect target has an empty host",
  },

  // backslashes, raw and encoded
  { name: "backslashes for slashes", input: "https:\\\\evil.com", want: "backslash" },
  { name: "slash and backslash", input: "https:/\\evil.com", want: "backslash" },
  { name: "leading backslashes", input: "\\\\evil.com", want: "backslash" },
  {
    name: "backslash before userinfo",
    input: "https://evil.com\\@music.example.com",
    want: "backslash",
  },
  {
    name: "two backslashes before userinfo",
    input: "https://evil.com\\\\@music.example.com",
    want: "backslash",
  },
  {
    name: "backslash ends authority",
    input: "https://evil.com\\.music.example.com",
    want: "backslash",
  },
  { name: "encoded backslash", input: "https://evil.com%5C@music.example.com", want: "backslash" },
  { name: "encoded backslash lower-case", input: "https:%5c%5cevil.com", want: "backslash" },

  // control characters and whitespace, raw and encoded
  { name: "tab in scheme", input: "java\tscript:alert(1)", want: "control_chars" },
  { name: "newline in scheme", input: "java\nscript:alert(1)", want: "control_chars" },
  { name: "leading NUL", input: "\u0000https://music.example.com/", want: "control_chars" },
  { name: "leading space", input: " https://music.example.com/", want: "control_chars" },
  { name: "trailing space", input: "https://music.example.com/ ", want: "control_chars" },
  { name: "tab in host", input: "https://music.example\t.com.evil.com/", want: "control_chars" },
  {
    name: "CRLF in path",
    input: "https://music.example.com/\r\nSet-Cookie: a=b",
    want: "control_chars",
  },
  { name: "DEL", input: "https://music.example.com/\u007f", want: "control_chars" },
  { name: "C1 NEL", input: "https://music.example.com/\u0085", want: "control_chars" },
  {
    name: "no-break space",
    input: "https://music.example.com\u00a0.evil.com/",
    want: "control_chars",
  },
  { name: "line separator", input: "https://music.example.com/\u2028", want: "control_chars" },
  { name: "paragraph separator", input: "https://evil.com\u2029", want: "control_chars" },
  { name: "byte order mark", input: "\ufeffhttps://evil.com", want: "control_chars" },
  {
    name: "zero-width space",
    input: "https://music.example.com\u200b.evil.com",
    want: "control_chars",
  },
  {
    name: "right-to-left override",
    input: "https://moc.live\u202e.example.com",
    want: "control_chars",
  },
  { name: "ideographic space", input: "https://evil.com\u3000/", want: "control_chars" },
  { name: "lone surrogate", input: "https://music.example.com/\ud800", want: "control_chars" },
  {
    name: "encoded tab in host",
    input: "https://music.example.com%09.evil.com",
    want: "control_chars",
  },
  {
    name: "encoded CRLF in host",
    input: "https://evil.com%0d%0a.example.com",
    want: "control_chars",
  },
  {
    name: "encoded NUL in host",
    input: "https://evil.com%00.music.example.com",
    want: "control_chars",
  },
  {
    name: "encoded line separator in host",
    input: "https://music.example.com%E2%80%A8.evil.com",
    want: "control_chars",
  },

  // schemes other than http(s)
  {
    name: "javascript",
    input: "javascript:alert(1)",
    want: "scheme",
    message: schemeMessage("javascript"),
  },
  {
    name: "javascript, mixed case",
    input: "JaVaScRiPt:alert(document.domain)",
    want: "scheme",
    message: schemeMessage("javascript"),
  },
  {
    name: "javascript with authority",
    input: "javascript://music.example.com/%0aalert(1)",
    want: "scheme",
    message: schemeMessage("javascript"),
  },
  {
    name: "data",
    input: "data:text/html,<script>alert(1)</script>",
    want: "scheme",
    message: schemeMessage("data"),
  },
  {
    name: "vbscript",
    input: "VBScript:msgbox(1)",
    want: "scheme",
    message: schemeMessage("vbscript"),
  },
  { name: "file", input: "file:///etc/passwd", want: "scheme", message: schemeMessage("file") },
  { name: "ftp", input: "ftp://music.example.com/", want: "scheme", message: schemeMessage("ftp") },
  {
    name: "blob",
    input: "blob:https://music.example.com/0d3c",
    want: "scheme",
    message: schemeMessage("blob"),
  },
  {
    name: "websocket",
    input: "wss://music.example.com/",
    want: "scheme",
    message: schemeMessage("wss"),
  },
  {
    name: "http look-alike",
    input: "httpx://music.example.com/",
    want: "scheme",
    message: schemeMessage("httpx"),
  },
  {
    name: "host and port read as scheme",
    input: "music.example.com:443/",
    want: "scheme",
    message: schemeMessage("music.example.com"),
  },

  // userinfo, raw and encoded
  {
    name: "request host as userinfo",
    input: "https://music.example.com@evil.com",
    want: "userinfo",
  },
  { name: "user and password", input: "https://music.example.com:443@evil.com/", want: "userinfo" },
  { name: "empty userinfo", input: "https://@music.example.com/", want: "userinfo" },
  {
    name: "userinfo on request host",
    input: "https://user:pw@music.example.com/",
    want: "userinfo",
  },
  {
    name: "encoded slash before @",
    input: "https://evil.com%2F@music.example.com",
    want: "userinfo",
  },
  { name: "encoded @", input: "https://evil.com%40music.example.com", want: "userinfo" },
  {
    name: "double-encoded backslash before @",
    input: "https://evil.com%255C@music.example.com",
    want: "userinfo",
  },

  // hosts that are not ours
  {
    name: "other host",
    input: "https://evil.com/",
    want: "host",
    message: hostMessage("evil.com"),
  },
  {
    name: "request host as suffix label",
    input: "https://music.example.com.evil.com/",
    want: "host",
    message: hostMessage("music.example.com.evil.com"),
  },
  {
    name: "cookie domain without dot boundary",
    input: "https://evilexample.com/",
    want: "host",
    message: hostMessage("evilexample.com"),
  },
  {
    name: "cookie domain as prefix",
    input: "https://example.com.evil/",
    want: "host",
    message: hostMessage("example.com.evil"),
  },
  {
    name: "hyphenated look-alike",
    input: "https://music-example.com/",
    want: "host",
    message: hostMessage("music-example.com"),
  },
  {
    name: "request host in fragment",
    input: "https://evil.com#@music.example.com",
    want: "host",
    message: hostMessage("evil.com"),
  },
  {
    name: "request host in query",
    input: "https://evil.com?@music.example.com",
    want: "host",
    message: hostMessage("evil.com"),
  },
  {
    name: "request host in path",
    input: "https://evil.com/music.example.com",
    want: "host",
    message: hostMessage("evil.com"),
  },
  {
    name: "trailing dot",
    input: "https://music.example.com./",
    want: "host",
    message: hostMessage("music.example.com."),
  },
  {
    name: "punycode homograph of the cookie domain",
    input: "https://music.xn--exmple-4nf.com/",
    want: "host",
    message: hostMessage("music.xn--exmple-4nf.com"),
  },
  {
    name: "subdomain without cookie domain",
    input: "https://photos.example.com/",
    want: "host",
    message: hostMessage("photos.example.com"),
    cookieDomainToo: false,
  },
  {
    name: "cookie domain itself without cookie domain",
    input: "https://example.com/",
    want: "host",
    message: hostMessage("example.com"),
    cookieDomainToo: false,
  },
  {
    name: "other port without cookie domain",
    input: "https://music.example.com:8443/",
    want: "host",
    message: hostMessage("music.example.com"),
    cookieDomainToo: false,
  },
  {
    name: "https port over http",
    input: "http://music.example.com:443/",
    want: "host",
    message: hostMessage("music.example.com"),
    cookieDomainToo: false,
  },
  {
    name: "loopback",
    input: "https://127.0.0.1/",
    want: "host",
    message: hostMessage("127.0.0.1"),
  },
  { name: "IPv6 loopback", input: "https://[::1]/", want: "host", message: hostMessage("[::1]") },

  // hosts that the URL parser would rewrite
  { name: "hex IPv4", input: "https://0x7f.1/", want: "malformed", message: NOT_CANONICAL },
  { name: "decimal IPv4", input: "https://2130706433/", want: "malformed", message: NOT_CANONICAL },
  { name: "octal IPv4", input: "https://0177.0.0.1/", want: "malformed", message: NOT_CANONICAL },
  {
    name: "IPv4-mapped IPv6",
    input: "https://[::ffff:127.0.0.1]/",
    want: "malformed",
    message: NOT_CANONICAL,
  },
  {
    name: "IPv6 zero-padded",
    input: "https://[0:0::1]/",
    want: "malformed",
    message: NOT_CANONICAL,
  },
  {
    name: "encoded dot",
    input: "https://music%2Eexample.com/",
    want: "malformed",
    message: NOT_CANONICAL,
  },
  {
    name: "non-canonical port",
    input: "https://music.example.com:0443/",
    want: "malformed",
    message: NOT_CANONICAL,
  },
  {
    name: "empty port",
    input: "https://music.example.com:/",
    want: "malformed",
    message: NOT_CANONICAL,
  },
  {
    name: "port out of range",
    input: "https://music.example.com:99999/",
    want: "malformed",
    message: NOT_URL,
  },
  {
    name: "two ports",
    input: "https://music.example.com:443:443/",
    want: "malformed",
    message: NOT_URL,
  },
  {
    name: "double-encoded slash",
    input: "https://music.example.com%252F.evil.com",
    want: "malformed",
    message: NOT_URL,
  },
  {
    name: "fullwidth dots",
    input: "https://music\uff0eexample\uff0ecom/",
    want: "malformed",
    message: NOT_ASCII,
  },
  {
    name: "ideographic full stop",
    input: "https://music.example.com\u3002evil.com/",
    want: "malformed",
    message: NOT_ASCII,
  },
  {
    name: "Cyrillic homograph",
    input: "https://music.ex\u0430mple.com/",
    want: "malformed",
    message: NOT_ASCII,
  },
  {
    name: "Kelvin sign",
    input: "https://\u212aey.example.com/",
    want: "malformed",
    message: NOT_ASCII,
  },
  {
    name: "downgrade to http on the request host",
    input: "http://music.example.com/x",
    want: "scheme",
    message: "redirect target downgrades https to http",
  },
  {
    name: "downgrade to http with its default port",
    input: "http://music.example.com:80/x",
    want: "scheme",
    message: "redirect target downgrades https to http",
  },
  {
    name: "fullwidth letters",
    input: "https://\uff4d\uff55\uff53\uff49\uff43.example.com/",
    want: "malformed",
    message: NOT_ASCII,
  },
];

describe("checkRedirect rejects", () => {
  it.each(hostile)("$name", ({ input, want, message }) => {
    expect(checkRedirect(input, ORIGIN, HOST_ONLY)).toEqual({
      ok: false,
      code: want,
      message: message ?? MESSAGES[want],
    });
  });

  it.each(hostile.filter((row) => row.cookieDomainToo !== false))(
    "$name, with a cookie domain",
    ({ input, want, message }) => {
      expect(checkRedirect(input, ORIGIN, COOKIE_DOMAIN)).toEqual({
        ok: false,
        code: want,
        message: message ?? MESSAGES[want],
      });
    },
  );

  it("quotes at most 100 characters of a host", () => {
    const host = `${"a".repeat(120)}.evil.com`;
    expect(checkRedirect(`https://${host}/`, ORIGIN, HOST_ONLY)).toEqual({
      ok: false,
      code: "host",
      message: hostMessage(`${"a".repeat(100)}…`),
    });
  });
});

interface Accepted {
  readonly name: string;
  readonly input: string;
  readonly policy: RedirectPolicy;
  readonly want: string;
}

const accepted: readonly Accepted[] = [
  { name: "request host root", input: `${ORIGIN}/`, policy: HOST_ONLY, want: `${ORIGIN}/` },
  { name: "request host without path", input: ORIGIN, policy: HOST_ONLY, want: `${ORIGIN}/` },
  {
    name: "path, query and fragment kept",
    input: `${ORIGIN}/albums/42?sort=year&q=a%2Fb#track-3`,
    policy: HOST_ONLY,
    want: `${ORIGIN}/albums/42?sort=year&q=a%2Fb#track-3`,
  },
  {
    name: "explicit default port",
    input: "https://music.example.com:443/x",
    policy: HOST_ONLY,
    want: `${ORIGIN}/x`,
  },

  {
    name: "mixed-case host and scheme",
    input: "HTTPS://Music.EXAMPLE.com/Path",
    policy: HOST_ONLY,
    want: `${ORIGIN}/Path`,
  },
  {
    name: "backslash in the path stays on the host",
    input: `${ORIGIN}/a\\evil.com`,
    policy: HOST_ONLY,
    want: `${ORIGIN}/a/evil.com`,
  },
  {
    name: "encoded backslash in the path",
    input: `${ORIGIN}/%5C%5Cevil.com`,
    policy: HOST_ONLY,
    want: `${ORIGIN}/%5C%5Cevil.com`,
  },
  {
    name: "request host in the query",
    input: `${ORIGIN}/?next=https://evil.com@x`,
    policy: HOST_ONLY,
    want: `${ORIGIN}/?next=https://evil.com@x`,
  },
  {
    name: "exactly 2048 characters",
    input: `${ORIGIN}/${"a".repeat(2022)}`,
    policy: HOST_ONLY,
    want: `${ORIGIN}/${"a".repeat(2022)}`,
  },
  {
    name: "subdomain under cookie domain",
    input: "https://photos.example.com/a",
    policy: COOKIE_DOMAIN,
    want: "https://photos.example.com/a",
  },
  {
    name: "deep subdomain under cookie domain",
    input: "https://a.b.example.com/",
    policy: COOKIE_DOMAIN,
    want: "https://a.b.example.com/",
  },
  {
    name: "cookie domain itself",
    input: "https://example.com/",
    policy: COOKIE_DOMAIN,
    want: "https://example.com/",
  },
  {
    name: "any port under cookie domain",
    input: "https://photos.example.com:8443/",
    policy: COOKIE_DOMAIN,
    want: "https://photos.example.com:8443/",
  },
  {
    name: "mixed-case subdomain",
    input: "https://PHOTOS.Example.COM/",
    policy: COOKIE_DOMAIN,
    want: "https://photos.example.com/",
  },
  {
    name: "cookie domain written with a leading dot and capitals",
    input: "https://photos.example.com/",
    policy: { cookieDomain: ".Example.com" },
    want: "https://photos.example.com/",
  },
];

describe("checkRedirect accepts", () => {
  it.each(accepted)("$name", ({ input, policy, want }) => {
    expect(checkRedirect(input, ORIGIN, policy)).toEqual({ ok: true, url: want });
  });

  it("accepts http when the request itself came over http", () => {
    expect(
      checkRedirect("http://music.example.com/x", "http://music.example.com", HOST_ONLY),
    ).toEqual({
      ok: true,
      url: "http://music.example.com/x",
    });
  });

  it("accepts the request host and port when the origin has a port", () => {
    expect(
      checkRedirect(
        "https://music.example.com:8443/x",
        "https://music.example.com:8443",
        HOST_ONLY,
      ),
    ).toEqual({
      ok: true,
      url: "https://music.example.com:8443/x",
    });
  });

  it.each([
    { name: "default port", input: "https://music.example.com/x" },
    { name: "another port", input: "https://music.example.com:9443/x" },
  ])("rejects the request host on a different port: $name", ({ input }) => {
    expect(checkRedirect(input, "https://music.example.com:8443", HOST_ONLY)).toEqual({
      ok: false,
      code: "host",
      message: hostMessage("music.example.com"),
    });
  });

  it("treats an empty cookie domain as none", () => {
    expect(checkRedirect("https://music.example.com./", ORIGIN, { cookieDomain: "" })).toEqual({
      ok: false,
      code: "host",
      message: hostMessage("music.example.com."),
    });
  });
});

describe("safeRedirect", () => {
  it.each([
    { name: "undefined", input: undefined, want: `${ORIGIN}/` },
    { name: "other host", input: "https://evil.com/", want: `${ORIGIN}/` },
    { name: "scheme-relative", input: "//evil.com", want: `${ORIGIN}/` },
    { name: "javascript", input: "javascript:alert(1)", want: `${ORIGIN}/` },
    { name: "userinfo", input: "https://music.example.com@evil.com/", want: `${ORIGIN}/` },
    { name: "accepted target", input: `${ORIGIN}/albums?x=1#y`, want: `${ORIGIN}/albums?x=1#y` },
    { name: "normalised target", input: "HTTPS://MUSIC.example.com:443", want: `${ORIGIN}/` },
  ])("$name", ({ input, want }) => {
    expect(safeRedirect(input, ORIGIN, HOST_ONLY)).toBe(want);
  });

  it("falls back to the origin of the request, port included", () => {
    expect(safeRedirect("https://evil.com/", "http://music.example.com:8080", COOKIE_DOMAIN)).toBe(
      "http://music.example.com:8080/",
    );
  });
});

// Issue 16: the demo's "Sign out" (`sign_out?rd=%2F`) lost its relative rd.
describe("checkReturnTarget: a path of the request's origin, or an absolute target", () => {
  const origin = "https://music.example.com";
  it.each([
    { name: "the root", input: "/", want: "https://music.example.com/" },
    {
      name: "a path with a query",
      input: "/albums?id=7",
      want: "https://music.example.com/albums?id=7",
    },
    {
      name: "a protocol-relative URL stays on this host",
      input: "//evil.com/x",
      want: "https://music.example.com//evil.com/x",
    },
    {
      name: "a backslash stays on this host",
      input: "/\\evil.com",
      want: "https://music.example.com//evil.com",
    },
    {
      name: "an allowed absolute URL",
      input: "https://photos.example.com/",
      want: "https://photos.example.com/",
    },
  ])("accepts $name", ({ input, want }) => {
    expect(checkReturnTarget(input, origin, { cookieDomain: "example.com" })).toEqual({
      ok: true,
      url: want,
    });
  });

  it.each([
    { name: "a relative path without a slash", input: "albums", code: "not_absolute" },
    { name: "a foreign absolute URL", input: "https://evil.com/", code: "host" },
    { name: "a path with a newline", input: "/a\nb", code: "control_chars" },
    { name: "nothing", input: undefined, code: "empty" },
    { name: "a path too long", input: `/${"a".repeat(2048)}`, code: "too_long" },
  ])("refuses $name", ({ input, code }) => {
    const check = checkReturnTarget(input, origin, { cookieDomain: "example.com" });
    expect(check.ok ? "ok" : check.code).toBe(code);
  });
});
