import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateLabels } from "../../src/generate/labels.ts";
import { generateTraefikDynamic } from "../../src/generate/traefik.ts";
import { NAVIDROME, OPTION_SETS, readRepoFile } from "../helpers/bundle.ts";
import {
  fileToHttpConfig,
  labelsToHttpConfig,
  route,
  samePriorityOverlaps,
  type HttpConfig,
  type Routed,
} from "../helpers/traefik-router.ts";

const fromFile = (yaml: string): HttpConfig =>
  fileToHttpConfig((parse(yaml) as { http: unknown }).http);

const compose = parse(readRepoFile("docker-compose.yml")) as {
  services: { navidrome: { labels: string[] } };
};

/** The example app's routing in each form a user can deploy it. */
const SOURCES: readonly { name: string; http: HttpConfig }[] = [
  {
    name: "traefik/dynamic/navidrome.yml",
    http: fromFile(readRepoFile("traefik/dynamic/navidrome.yml")),
  },
  {
    name: "docker-compose.yml labels",
    http: labelsToHttpConfig(compose.services.navidrome.labels),
  },
  {
    name: "generateLabels",
    http: labelsToHttpConfig(parse(generateLabels(NAVIDROME)) as string[]),
  },
];

const HOST = "music.example.com";
const PROTECTED: Routed = {
  router: "music-example-com",
  middlewares: ["strip-identity-headers", "forward-auth"],
  service: "music-example-com",
};
const REST: Routed = {
  router: "music-example-com-public-rest",
  middlewares: ["strip-identity-headers"],
  service: "music-example-com",
};
const SHARE: Routed = { ...REST, router: "music-example-com-public-share" };
const OUTPOST: Routed = {
  router: "music-example-com-outpost",
  middlewares: [],
  service: "forward-auth",
};

const ROWS: readonly { name: string; host?: string; path: string; want: Routed | undefined }[] = [
  { name: "root", path: "/", want: PROTECTED },
  { name: "an app page", path: "/app/", want: PROTECTED },
  { name: "a path that starts like rest", path: "/restaurant", want: PROTECTED },
  { name: "rest in upper case (PathPrefix is case-sensitive)", path: "/REST/x", want: PROTECTED },
  { name: "rest without its slash", path: "/rest", want: PROTECTED },
  { name: "the Subsonic API", path: "/rest/ping.view", want: REST },
  { name: "the Subsonic API root", path: "/rest/", want: REST },
  { name: "a share link", path: "/share/abc", want: SHARE },
  { name: "a path that starts like share", path: "/sharex", want: PROTECTED },
  { name: "share without its slash", path: "/share", want: PROTECTED },
  { name: "the login callback", path: "/outpost.goauthentik.io/callback", want: OUTPOST },
  { name: "the auth endpoint", path: "/outpost.goauthentik.io/auth/traefik", want: OUTPOST },
  { name: "sign-out", path: "/outpost.goauthentik.io/sign_out?rd=/", want: OUTPOST },
  { name: "the prefix without its slash", path: "/outpost.goauthentik.io", want: PROTECTED },
  { name: "the prefix in another case", path: "/OUTPOST.goauthentik.io/start", want: PROTECTED },
  { name: "a look-alike of the prefix", path: "/outpost.goauthentik.iox/start", want: PROTECTED },
  // Hostile paths: what Traefik routes is the cleaned path, which is also what the app gets.
  { name: "dot-dot out of rest", path: "/rest/../app", want: PROTECTED },
  { name: "encoded dot-dot out of rest", path: "/rest/%2e%2e/app", want: PROTECTED },
  { name: "dot-dot into rest", path: "/app/../rest/ping.view", want: REST },
  { name: "encoded letter", path: "/%72est/ping.view", want: REST },
  { name: "encoded slash after rest", path: "/rest%2Fping.view", want: PROTECTED },
  { name: "double slash", path: "//rest/ping.view", want: REST },
  {
    name: "dot-dot into the prefix",
    path: "/rest/../outpost.goauthentik.io/callback",
    want: OUTPOST,
  },
  { name: "host in upper case", host: "MUSIC.Example.COM", path: "/", want: PROTECTED },
  { name: "host with a port", host: "music.example.com:443", path: "/rest/x", want: REST },
  { name: "host with a trailing dot", host: "music.example.com.", path: "/", want: PROTECTED },
  { name: "another host", host: "other.example.com", path: "/", want: undefined },
  {
    name: "another host, public path",
    host: "other.example.com",
    path: "/rest/x",
    want: undefined,
  },
  { name: "a look-alike host", host: "music.example.com.evil.test", path: "/", want: undefined },
  { name: "a subdomain", host: "x.music.example.com", path: "/rest/x", want: undefined },
];

describe.each(SOURCES)("routing of $name", ({ http }) => {
  it.each(ROWS)("$name: $path", ({ host, path, want }) => {
    // Traefik routes on the path alone; a query string never reaches the matchers.
    const [pathOnly = ""] = path.split("?");
    expect(route(http.routers, { host: host ?? HOST, path: pathOnly })).toEqual(want);
  });

  it("no two routers that can match the same request share a priority", () => {
    expect(samePriorityOverlaps(http.routers)).toEqual([]);
  });
});

describe.each(OPTION_SETS)("generated routing: $name", ({ options }) => {
  const http = fromFile(generateTraefikDynamic(options));
  const prefix = `${options.prefix}/`;

  it("no two routers that can match the same request share a priority", () => {
    expect(samePriorityOverlaps(http.routers)).toEqual([]);
  });

  it("sends the prefix to forward-auth, public paths to the app without login, the rest through it", () => {
    const at = (path: string) => route(http.routers, { host: options.host, path });
    expect(at(`${prefix}callback`)).toMatchObject({ middlewares: [], service: "forward-auth" });
    // What a request should reach: the app without login under a public path, else the login.
    const expected = (path: string) =>
      options.publicPaths.some((p) => path.startsWith(p))
        ? { middlewares: ["strip-identity-headers"], service: options.name }
        : { router: options.name, middlewares: ["strip-identity-headers", "forward-auth"] };
    for (const publicPath of options.publicPaths) {
      for (const path of [`${publicPath}x`, publicPath.slice(0, -1), publicPath.toUpperCase()]) {
        expect(at(path), path).toMatchObject(expected(path));
      }
    }
    expect(at("/")).toEqual({
      router: options.name,
      middlewares: ["strip-identity-headers", "forward-auth"],
      service: options.name,
    });
    expect(route(http.routers, { host: `other-${options.host}`, path: "/" })).toBeUndefined();
  });
});
