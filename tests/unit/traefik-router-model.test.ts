import { describe, expect, it } from "vitest";
import {
  labelsToHttpConfig,
  matches,
  parseRule,
  route,
  routingPath,
  samePriorityOverlaps,
} from "../helpers/traefik-router.ts";

// The routing tests lean on this model of Traefik; these rows keep the model honest.

describe("parseRule", () => {
  it.each([
    {
      rule: "Host(`a`) && PathPrefix(`/x/`)",
      want: {
        kind: "and",
        left: { kind: "matcher", name: "Host", args: ["a"] },
        right: { kind: "matcher", name: "PathPrefix", args: ["/x/"] },
      },
    },
    {
      rule: 'Host("a") || Host(`b`) && !Path(`/p`)',
      want: {
        kind: "or",
        left: { kind: "matcher", name: "Host", args: ["a"] },
        right: {
          kind: "and",
          left: { kind: "matcher", name: "Host", args: ["b"] },
          right: { kind: "not", rule: { kind: "matcher", name: "Path", args: ["/p"] } },
        },
      },
    },
    {
      rule: "(Host(`a`) || Host(`b`)) && Path(`/p`)",
      want: {
        kind: "and",
        left: {
          kind: "or",
          left: { kind: "matcher", name: "Host", args: ["a"] },
          right: { kind: "matcher", name: "Host", args: ["b"] },
        },
        right: { kind: "matcher", name: "Path", args: ["/p"] },
      },
    },
  ])("$rule", ({ rule, want }) => {
    expect(parseRule(rule)).toEqual(want);
  });

  it.each([
    { rule: "Host(`a`", message: "expected ) at token 4 in Host(`a`" },
    { rule: "Host(`a) ", message: "unterminated backtick string in Host(`a) " },
    { rule: "Hots(`a`)", message: "unknown matcher Hots in Hots(`a`)" },
    {
      rule: "PathPrefix(`rest/`)",
      message: "path \"rest/\" does not start with a '/' in PathPrefix(`rest/`)",
    },
    { rule: "Host(`a`, `b`)", message: "Host takes one argument in Host(`a`, `b`)" },
    {
      rule: "Host(`a`) Host(`b`)",
      message: "unexpected tokens after position 4 in Host(`a`) Host(`b`)",
    },
    { rule: "Host(`a`) & Host(`b`)", message: 'unexpected "&" in Host(`a`) & Host(`b`)' },
  ])("rejects $rule", ({ rule, message }) => {
    expect(() => parseRule(rule)).toThrow(message);
  });
});

describe("routingPath", () => {
  it.each([
    { input: "/", want: "/" },
    { input: "/rest/x", want: "/rest/x" },
    { input: "/%72est/x", want: "/rest/x" },
    { input: "/rest/%2e%2e/app", want: "/app" },
    { input: "/rest/../app/", want: "/app/" },
    { input: "/a/b/..", want: "/a" },
    { input: "//rest//x", want: "/rest/x" },
    { input: "/../../etc", want: "/etc" },
    { input: "/rest%2fx", want: "/rest%2Fx" },
    { input: "/a%20b", want: "/a b" },
    { input: "/caf%C3%A9", want: "/café" },
    { input: "/100%25", want: "/100%25" },
  ])("$input → $want", ({ input, want }) => {
    expect(routingPath(input)).toBe(want);
  });
});

describe("matches", () => {
  const req = { host: "Music.Example.com:8443", path: "/Rest/x" };
  it.each([
    { rule: "Host(`music.example.com`)", want: true },
    { rule: "Host(`MUSIC.example.com`)", want: true },
    { rule: "Host(`example.com`)", want: false },
    { rule: "HostRegexp(`^[a-z]+\\.example\\.com$`)", want: true },
    { rule: "PathPrefix(`/Rest/`)", want: true },
    { rule: "PathPrefix(`/rest/`)", want: false },
    { rule: "Path(`/Rest/x`)", want: true },
    { rule: "Path(`/Rest`)", want: false },
    { rule: "PathRegexp(`^/rest/`)", want: false },
    { rule: "!PathPrefix(`/rest/`)", want: true },
    { rule: "Host(`other`) || PathPrefix(`/Rest`)", want: true },
  ])("$rule: $want", ({ rule, want }) => {
    expect(matches(parseRule(rule), req)).toBe(want);
  });
});

describe("route", () => {
  const routers = {
    low: { rule: "Host(`a`)", priority: 1, service: "s1" },
    high: {
      rule: "Host(`a`) && PathPrefix(`/x/`)",
      priority: 5,
      middlewares: ["m"],
      service: "s2",
    },
    byLength: { rule: "Host(`a`) && PathPrefix(`/y/`)", service: "s3" },
  };

  it.each([
    { path: "/", want: { router: "low", middlewares: [], service: "s1" } },
    { path: "/x/1", want: { router: "high", middlewares: ["m"], service: "s2" } },
    // No priority: the rule's length (30) outranks 5 and 1.
    { path: "/y/1", want: { router: "byLength", middlewares: [], service: "s3" } },
  ])("$path", ({ path, want }) => {
    expect(route(routers, { host: "a", path })).toEqual(want);
  });

  it("reports a tie between matching routers", () => {
    const tied = {
      one: { rule: "Host(`a`)", priority: 7, service: "s" },
      two: { rule: "PathPrefix(`/`)", priority: 7, service: "t" },
    };
    expect(() => route(tied, { host: "a", path: "/" })).toThrow(
      "routers one and two both match a/ with priority 7: Traefik's choice between them is undefined",
    );
  });
});

describe("samePriorityOverlaps", () => {
  it("finds routers that share a priority and a request", () => {
    const routers = {
      rest: { rule: "Host(`a`) && PathPrefix(`/rest/`)", priority: 10, service: "s" },
      restAdmin: { rule: "Host(`a`) && PathPrefix(`/rest/admin/`)", priority: 10, service: "s" },
      abcd: { rule: "Host(`a`) && PathPrefix(`/abcd/`)", priority: 10, service: "s" },
      otherHost: { rule: "Host(`b`) && PathPrefix(`/rest/`)", priority: 10, service: "s" },
    };
    expect(samePriorityOverlaps(routers)).toEqual([
      { a: "rest", b: "restAdmin", request: { host: "a", path: "/rest/admin/" } },
    ]);
  });

  it("counts a missing priority as the rule's length", () => {
    const routers = {
      x: { rule: "Host(`a`) && PathPrefix(`/x/`)", service: "s" },
      y: { rule: "Host(`a`) && PathPrefix(`/`)", priority: 30, service: "s" },
    };
    expect(samePriorityOverlaps(routers)).toEqual([
      { a: "x", b: "y", request: { host: "a", path: "/x/" } },
    ]);
  });
});

describe("labelsToHttpConfig", () => {
  it("reads option names in any case and keeps names as written", () => {
    expect(
      labelsToHttpConfig([
        "traefik.enable=true",
        "traefik.http.routers.App.Rule=Host(`a`)",
        "traefik.http.routers.App.PRIORITY=7",
        "traefik.http.routers.App.middlewares=one, two",
        "traefik.http.routers.App.service=svc",
        "traefik.http.middlewares.one.ForwardAuth.Address=http://fa/auth",
        "traefik.http.middlewares.two.headers.customRequestHeaders.X-Mixed-Case=",
        "traefik.http.services.svc.loadBalancer.server.URL=http://app:1",
      ]),
    ).toEqual({
      routers: {
        App: { rule: "Host(`a`)", priority: 7, middlewares: ["one", "two"], service: "svc" },
      },
      middlewares: {
        one: { forwardAuth: { address: "http://fa/auth" } },
        two: { headers: { customRequestHeaders: { "X-Mixed-Case": "" } } },
      },
      services: { svc: { url: "http://app:1" } },
    });
  });

  it.each([
    {
      label: "traefik.http.routers.a.tls=true",
      message: "unexpected router option: traefik.http.routers.a.tls=true",
    },
    {
      label: "traefik.tcp.routers.a.rule=x",
      message: "unexpected label: traefik.tcp.routers.a.rule=x",
    },
    { label: "other.enable=true", message: "not a traefik label: other.enable=true" },
    { label: "traefik.enable", message: 'label without "=": traefik.enable' },
  ])("refuses what it does not model: $label", ({ label, message }) => {
    expect(() => labelsToHttpConfig([label])).toThrow(message);
  });
});
