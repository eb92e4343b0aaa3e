import { describe, expect, it } from "vitest";
import {
  mergeSlashes,
  normalizePath,
  type NormalizedPath,
  type PathProblem,
} from "../../src/auth/path.ts";

const ok = (path: string): NormalizedPath => ({ ok: true, path });
const refused = (code: PathProblem, message: string): NormalizedPath => ({
  ok: false,
  code,
  message,
});
const ENCODED = refused("encoded_separator", "path has an encoded slash, backslash or NUL");
const INVALID = refused("invalid_encoding", "path has invalid percent-encoding");
const RELATIVE = refused("relative", "path does not start with /");
const BACKSLASH = refused("backslash", "path has a backslash");
const DOT_PARAMS = refused(
  "dot_segment_parameters",
  "path has a dot segment with parameters (..; or .;)",
);
const DOT = refused("dot_segment", "path has a dot segment (. or ..)");
const TWICE = refused("double_encoded", "path has an unreserved character encoded twice (%2561)");

describe("normalizePath", () => {
  const rows: readonly { name: string; input: string; want: NormalizedPath }[] = [
    { name: "root", input: "/", want: ok("/") },
    { name: "plain", input: "/a/b", want: ok("/a/b") },
    { name: "trailing slash kept", input: "/a/b/", want: ok("/a/b/") },
    // Empty segments are kept as received: the rules judge `//` both ways (rules/readings.ts).
    { name: "leading double slash kept", input: "//admin/x", want: ok("//admin/x") },
    { name: "inner double slash kept", input: "/share//x", want: ok("/share//x") },
    { name: "inner double slash, trailing slash", input: "/rest//x/", want: ok("/rest//x/") },
    { name: "many slashes", input: "////", want: ok("////") },
    { name: "trailing double slash", input: "/a//", want: ok("/a//") },
    // Dot segments, in every spelling, anywhere: refused (browsers never send them).
    { name: "dot segment", input: "/a/./b", want: DOT },
    { name: "dot-dot segment", input: "/a/../b", want: DOT },
    { name: "plain climb out of /admin/", input: "/admin/../share/x", want: DOT },
    {
      name: "regression: /admin//../share/x was judged as /share/x, // merged before .. (issue 13, failed open)",
      input: "/admin//../share/x",
      want: DOT,
    },
    { name: "// then .. to another allow path", input: "/admin//../public/x", want: DOT },
    { name: "// then two ..", input: "/admin/x//../../share/y", want: DOT },
    { name: "/// then two ..", input: "/admin///../../share/x", want: DOT },
    { name: "// then encoded ..", input: "/admin//%2e%2e/share/x", want: DOT },
    { name: "encoded dot-dot", input: "/a/%2e%2e/b", want: DOT },
    { name: "encoded upper-case dot-dot", input: "/a/%2E%2E/b", want: DOT },
    { name: "mixed-case encoded dot-dot", input: "/a/%2E%2e/b", want: DOT },
    { name: "half-encoded .%2e", input: "/a/.%2e/b", want: DOT },
    { name: "half-encoded %2e.", input: "/a/%2e./b", want: DOT },
    { name: "half-encoded, trailing slash", input: "/a/.%2e/", want: DOT },
    { name: "encoded single dot at the end", input: "/a/%2E", want: DOT },
    { name: "encoded single dot in the middle", input: "/a/%2e/b", want: DOT },
    { name: "climb above root", input: "/%2e%2e/%2e%2e/etc", want: DOT },
    { name: "plain climb above root", input: "/../../etc/passwd", want: DOT },
    { name: "ends in ..", input: "/a/b/..", want: DOT },
    { name: "ends in .", input: "/a/b/.", want: DOT },
    { name: "ends in ./", input: "/a/b/./", want: DOT },
    { name: "ends in encoded ..", input: "/a/b/%2e%2e", want: DOT },
    { name: "only ..", input: "/..", want: DOT },
    { name: "only .", input: "/.", want: DOT },
    { name: "dot between empty segments", input: "//./x", want: DOT },
    { name: "dot-dot after empty segments", input: "///..//x", want: DOT },
    { name: "double-encoded dot-dot", input: "/a/%252e%252e/b", want: DOT },
    {
      name: "regression: a double-encoded slash hid a climb from the rules",
      input: "/x%252f..%252fadmin/s",
      want: ENCODED,
    },
    { name: "double-encoded backslash", input: "/a%255cb", want: ENCODED },
    { name: "double-encoded NUL", input: "/a%2500b", want: ENCODED },
    { name: "double-encoded single dot", input: "/a/%252E/b", want: DOT },
    { name: "three dots is a name", input: "/a/...", want: ok("/a/...") },
    { name: "dots inside a name", input: "/a/b..c", want: ok("/a/b..c") },
    { name: "a name starting with a dot", input: "/.well-known/x", want: ok("/.well-known/x") },
    { name: "a name starting with two dots", input: "/a/..b/", want: ok("/a/..b/") },
    { name: "encoded dot starting a name", input: "/a/%2ehidden", want: ok("/a/.hidden") },
    {
      name: "regression: a raw backslash was judged as a name, and some backends read it as / (failed open)",
      input: "/public\\..\\admin",
      want: BACKSLASH,
    },
    { name: "raw backslash in a plain name", input: "/a\\b", want: BACKSLASH },
    {
      name: "regression: /public/..;/admin was judged under /public/, and Tomcat, Jetty and Spring serve /admin (failed open)",
      input: "/public/..;/admin",
      want: DOT_PARAMS,
    },
    { name: "dot with parameters", input: "/public/.;x/admin", want: DOT_PARAMS },
    { name: "encoded dot-dot with parameters", input: "/public/%2e%2e;/admin", want: DOT_PARAMS },
    { name: "dot-dot with encoded parameters", input: "/public/..%3b/admin", want: DOT_PARAMS },
    {
      name: "parameters on a name are kept",
      input: "/a;jsessionid=1/b",
      want: ok("/a;jsessionid=1/b"),
    },
    { name: "encoded letters decoded once", input: "/%61dmin", want: ok("/admin") },
    { name: "double encoding decoded once", input: "/a/%2520b", want: ok("/a/%20b") },
    // Regression: /%2561dmin/x reached the rules as /%61dmin/x and missed a rule for /admin/,
    // while an app that decodes twice serves /admin/x.
    { name: "double-encoded letter", input: "/%2561dmin/x", want: TWICE },
    { name: "double-encoded upper-case letter", input: "/%2541DMIN/x", want: TWICE },
    { name: "double-encoded digit", input: "/v%2531/x", want: TWICE },
    { name: "double-encoded tilde", input: "/%257Euser", want: TWICE },
    { name: "double-encoded hyphen", input: "/a%252Db", want: TWICE },
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

describe("mergeSlashes", () => {
  it.each([
    { input: "/", want: "/" },
    { input: "/a/b/", want: "/a/b/" },
    { input: "//admin/x", want: "/admin/x" },
    { input: "/share//x", want: "/share/x" },
    { input: "///a///b///", want: "/a/b/" },
  ])("$input → $want", ({ input, want }) => {
    expect(mergeSlashes(input)).toBe(want);
  });
});
