import { describe, expect, it } from "vitest";
import { methodOverrides, type OverrideResult } from "../../src/proxy/method-override.ts";

const found = (...methods: string[]): OverrideResult => ({ ok: true, methods });
const TOO_MANY: OverrideResult = {
  ok: false,
  message: "forwarded request has more than 16 method overrides",
};

describe("methodOverrides", () => {
  const rows: readonly {
    name: string;
    method?: string;
    headers?: Readonly<Record<string, string>>;
    uri?: string;
    want: OverrideResult;
  }[] = [
    { name: "none", want: found() },
    { name: "a query without one", uri: "/x?a=1&b=%20", want: found() },
    {
      name: "X-HTTP-Method-Override",
      headers: { "x-http-method-override": "DELETE" },
      want: found("DELETE"),
    },
    { name: "X-Method-Override", headers: { "x-method-override": "PUT" }, want: found("PUT") },
    { name: "X-HTTP-Method", headers: { "x-http-method": "PATCH" }, want: found("PATCH") },
    {
      name: "all three and the query, in that order, without repeats",
      headers: {
        "x-http-method-override": "DELETE",
        "x-method-override": "PUT",
        "x-http-method": "delete",
      },
      uri: "/x?_method=PATCH",
      want: found("DELETE", "PUT", "PATCH"),
    },
    {
      name: "upper-cased and trimmed",
      headers: { "x-http-method": " delete " },
      want: found("DELETE"),
    },
    {
      name: "each item of a comma list",
      headers: { "x-http-method-override": "PUT, DELETE" },
      want: found("PUT", "DELETE"),
    },
    {
      name: "the method itself is left out",
      method: "POST",
      uri: "/x?_method=post",
      want: found(),
    },
    { name: "query", uri: "/x?_method=DELETE", want: found("DELETE") },
    { name: "query, repeated", uri: "/x?_method=PUT&_method=DELETE", want: found("PUT", "DELETE") },
    { name: "query, after ;", uri: "/x?a=1;_method=DELETE", want: found("DELETE") },
    { name: "query, + in the value", uri: "/x?_method=+DELETE+", want: found("DELETE") },
    { name: "query, encoded name", uri: "/x?%5fmethod=DELETE", want: found("DELETE") },
    { name: "query, encoded letters", uri: "/x?_%6Dethod=%44ELETE", want: found("DELETE") },
    { name: "query, PHP's . for _", uri: "/x?.method=DELETE", want: found("DELETE") },
    { name: "query, PHP's [ for _", uri: "/x?[method=DELETE", want: found("DELETE") },
    { name: "query, PHP drops leading spaces", uri: "/x?+_method=DELETE", want: found("DELETE") },
    // Ignored: no framework reads a method from these.
    { name: "not a token", headers: { "x-http-method-override": "DE LETE" }, want: found() },
    { name: "a digit", headers: { "x-http-method": "GET2" }, want: found() },
    { name: "too long", headers: { "x-http-method": "A".repeat(21) }, want: found() },
    { name: "empty header", headers: { "x-method-override": "" }, want: found() },
    { name: "empty value", uri: "/x?_method=", want: found() },
    { name: "no value", uri: "/x?_method", want: found() },
    { name: "undecodable value", uri: "/x?_method=%E0%A4%A", want: found() },
    { name: "undecodable name", uri: "/x?_method%zz=DELETE", want: found() },
    { name: "upper-case name", uri: "/x?_METHOD=DELETE", want: found() },
    { name: "longer name", uri: "/x?_methods=DELETE", want: found() },
    { name: "in a value", uri: "/x?next=_method%3DDELETE", want: found() },
    { name: "in the path", uri: "/_method=DELETE", want: found() },
    // Bounded: 16 values are judged, 17 are refused.
    {
      name: "16 query values",
      uri: `/x?${Array.from({ length: 16 }, (_, i) => `_method=M${"A".repeat(i)}`).join("&")}`,
      want: found(...Array.from({ length: 16 }, (_, i) => `M${"A".repeat(i)}`)),
    },
    {
      name: "17 query values",
      uri: `/x?${Array.from({ length: 17 }, () => "_method=PUT").join("&")}`,
      want: TOO_MANY,
    },
    {
      name: "17 values, invalid ones included",
      headers: { "x-http-method": ",".repeat(16) },
      want: TOO_MANY,
    },
    {
      name: "17 values over headers and query",
      headers: { "x-http-method-override": "A,B,C,D,E,F,G,H", "x-method-override": "I,J,K,L" },
      uri: "/x?_method=M&_method=N&_method=O&_method=P&_method=Q",
      want: TOO_MANY,
    },
  ];

  it.each(rows)("$name", ({ method, headers, uri, want }) => {
    const header = (name: string) => headers?.[name];
    expect(methodOverrides(header, method ?? "GET", uri ?? "/x")).toEqual(want);
  });

  it("answers the common request with one shared frozen value", () => {
    const none = methodOverrides(() => undefined, "GET", "/library?sort=artist");
    expect(none).toBe(methodOverrides(() => undefined, "POST", "/"));
    expect(Object.isFrozen(none)).toBe(true);
  });
});
