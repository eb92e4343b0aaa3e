import { describe, expect, it } from "vitest";
import { normalizePath, type NormalizedPath } from "../../src/auth/path.ts";

const ok = (path: string): NormalizedPath => ({ ok: true, path });
const ENCODED = { ok: false, message: "path has an encoded slash, backslash or NUL" } as const;
const INVALID = { ok: false, message: "path has invalid percent-encoding" } as const;
const RELATIVE = { ok: false, message: "path does not start with /" } as const;
const BACKSLASH = { ok: false, message: "path has a backslash" } as const;
const DOT_PARAMS = {
  ok: false,
  message: "path has a dot segment with parameters (..; or .;)",
} as const;

describe("normalizePath", () => {
  const rows: readonly { name: string; input: string; want: NormalizedPath }[] = [
    { name: "root", input: "/", want: ok("/") },
    { name: "plain", input: "/a/b", want: ok("/a/b") },
    { name: "trailing slash kept", input: "/a/b/", want: ok("/a/b/") },
    { name: "dot segment", input: "/a/./b", want: ok("/a/b") },
    { name: "dot-dot segment", input: "/a/../b", want: ok("/b") },
    { name: "encoded dot-dot", input: "/a/%2e%2e/b", want: ok("/b") },
    { name: "encoded upper-case dot-dot", input: "/a/%2E%2E/b", want: ok("/b") },
    { name: "half-encoded dot-dot", input: "/a/.%2e/b", want: ok("/b") },
    { name: "climb above root", input: "/%2e%2e/%2e%2e/etc", want: ok("/etc") },
    { name: "plain climb above root", input: "/../../etc/passwd", want: ok("/etc/passwd") },
    { name: "leading double slash", input: "//rest/x", want: ok("/rest/x") },
    { name: "inner double slash, trailing slash", input: "/rest//x/", want: ok("/rest/x/") },
    { name: "many slashes", input: "////", want: ok("/") },
    { name: "ends in ..", input: "/a/b/..", want: ok("/a/") },
    { name: "ends in .", input: "/a/b/.", want: ok("/a/b/") },
    { name: "ends in encoded ..", input: "/a/b/%2e%2e", want: ok("/a/") },
    { name: "only ..", input: "/..", want: ok("/") },
    { name: "only .", input: "/.", want: ok("/") },
    { name: "three dots is a name", input: "/a/...", want: ok("/a/...") },
    { name: "dots inside a name", input: "/a/b..c", want: ok("/a/b..c") },
    { name: "raw backslash", input: "/public\\..\\admin", want: BACKSLASH },
    { name: "raw backslash in a plain name", input: "/a\\b", want: BACKSLASH },
    { name: "dot-dot with parameters", input: "/public/..;/admin", want: DOT_PARAMS },
    { name: "dot with parameters", input: "/public/.;x/admin", want: DOT_PARAMS },
    { name: "encoded dot-dot with parameters", input: "/public/%2e%2e;/admin", want: DOT_PARAMS },
    {
      name: "parameters on a name are kept",
      input: "/a;jsessionid=1/b",
      want: ok("/a;jsessionid=1/b"),
    },
    { name: "encoded letters decoded once", input: "/%61dmin", want: ok("/admin") },
    { name: "double encoding decoded once", input: "/a/%252e%252e/b", want: ok("/a/%2e%2e/b") },
    { name: "encoded space", input: "/a%20b", want: ok("/a b") },
    { name: "UTF-8", input: "/caf%C3%A9", want: ok("/café") },
    { name: "encoded slash", input: "/a%2fb", want: ENCODED },
    { name: "encoded slash upper-case", input: "/a%2Fb", want: ENCODED },
    { name: "encoded backslash", input: "/a%5cb", want: ENCODED },
    { name: "encoded backslash upper-case", input: "/a%5C..%5Cb", want: ENCODED },
    { name: "encoded NUL", input: "/a%00", want: ENCODED },
    { name: "bad escape", input: "/a%zz", want: INVALID },
    { name: "truncated escape", input: "/a%2", want: INVALID },
    { name: "lone percent", input: "/100%", want: INVALID },
    { name: "invalid UTF-8", input: "/%ff", want: INVALID },
    { name: "overlong UTF-8 dot", input: "/%c0%ae%c0%ae/etc", want: INVALID },
    { name: "lone surrogate", input: "/%ed%a0%80", want: INVALID },
    { name: "no leading slash", input: "no-leading-slash", want: RELATIVE },
    { name: "empty", input: "", want: RELATIVE },
    { name: "encoded leading slash", input: "%2fetc", want: RELATIVE },
    { name: "absolute URL", input: "http://evil/x", want: RELATIVE },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(normalizePath(input)).toEqual(want);
  });
});
