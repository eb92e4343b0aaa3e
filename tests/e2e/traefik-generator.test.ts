// The generator's Traefik output loaded into the real Traefik (v3.7.12, file provider, the
// bundle's traefik.yml with its API on): the shared file once and three apps' files together, the
// bundled ones changed only in addresses. Traefik's own log must stay clean, its API must list
// every router enabled, and each row of the routing table is sent through Traefik and answered by
// the router its access log names.
// This table replaced a model of Traefik's router written here (issue 14): real Traefik answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTraefikDynamic, generateTraefikShared } from "../../src/proxy-config/traefik.ts";
import type { GenerateOptions } from "../../src/proxy-config/options.ts";
import { NAVIDROME } from "../helpers/bundle.ts";
import { startEcho, type EchoApp } from "../helpers/echo.ts";
import { CLIENT_ID, CLIENT_SECRET, PREFIX, testEnv, USERS } from "../helpers/harness.ts";
import { startTestIdp } from "../helpers/idp.ts";
import { runService } from "../helpers/process.ts";
import { FETCH, send, waitReady } from "../helpers/proxies.ts";
import {
  accessEntry,
  apiLists,
  bundleDynamicFiles,
  findTraefik,
  onWebsecure,
  problemsIn,
  routersLoaded,
  startTraefik,
  type ApiRouter,
  type RunningTraefik,
} from "../helpers/traefik.ts";

const traefik = findTraefik("tests/e2e/traefik-generator.test.ts");

/** The three apps: the bundle's Navidrome, nested and same-length public paths, none at all. */
const GRAFANA: GenerateOptions = {
  ...NAVIDROME,
  host: "grafana.example.org",
  name: "grafana",
  publicPaths: ["/api/", "/api/health/", "/img/", "/a-b/", "/a_b/", "/public/dashboards/"],
};
const WIKI: GenerateOptions = {
  ...NAVIDROME,
  host: "wiki.example.net",
  name: "wiki",
  publicPaths: [],
};

type Kind = "protected" | "public" | "outpost" | "none";
interface Row {
  readonly name: string;
  readonly host: string;
  readonly path: string;
  /** The router (of the file provider) that must answer; undefined: none (Traefik's 404). */
  readonly router: string | undefined;
  /** The answer on a protected row when not 401 (no session): 400 for what is refused. */
  readonly status?: number | undefined;
}
const kindOf = (router: string | undefined): Kind =>
  router === undefined
    ? "none"
    : router.endsWith("-outpost")
      ? "outpost"
      : router.includes("-public-")
        ? "public"
        : "protected";

const MUSIC = "music.example.com";
/** [name, path, router, status?] on one host. */
type HostRows = readonly (readonly [string, string, string, number?])[];

const ROWS: readonly Row[] = [
  ...(
    [
      ["root", "/", "music-example-com"],
      ["an app page", "/app/", "music-example-com"],
      ["a path that starts like rest", "/restaurant", "music-example-com"],
      ["rest in upper case (PathPrefix is case-sensitive)", "/REST/x", "music-example-com"],
      ["rest without its slash", "/rest", "music-example-com"],
      ["the Subsonic API", "/rest/ping.view", "music-example-com-public-rest"],
      ["the Subsonic API root", "/rest/", "music-example-com-public-rest"],
      ["a share link", "/share/abc", "music-example-com-public-share"],
      ["a path that starts like share", "/sharex", "music-example-com"],
      ["share without its slash", "/share", "music-example-com"],
      ["the login callback", `${PREFIX}/callback`, "music-example-com-outpost"],
      ["the auth endpoint", `${PREFIX}/auth/traefik`, "music-example-com-outpost"],
      ["sign-out", `${PREFIX}/sign_out?rd=/`, "music-example-com-outpost"],
      ["the prefix without its slash", PREFIX, "music-example-com"],
      ["the prefix in another case", "/OUTPOST.goauthentik.io/start", "music-example-com"],
      ["a look-alike of the prefix", `${PREFIX}x/start`, "music-example-com"],
      // Hostile paths: Traefik routes the cleaned path, which is also what the app gets.
      ["dot-dot out of rest", "/rest/../app", "music-example-com"],
      ["encoded dot-dot out of rest", "/rest/%2e%2e/app", "music-example-com"],
      ["dot-dot into rest", "/app/../rest/ping.view", "music-example-com-public-rest"],
      ["encoded letter", "/%72est/ping.view", "music-example-com-public-rest"],
      // traefik.yml's encodedCharacters: the router that matched refuses it before its
      // middlewares (v3.7.12 pkg/server/router/router.go, denyEncodedPathCharacters).
      ["encoded slash after rest", "/rest%2Fping.view", "music-example-com", 400],
      ["double slash", "//rest/ping.view", "music-example-com-public-rest"],
      [
        "dot-dot into the prefix",
        `/rest/../${PREFIX.slice(1)}/callback`,
        "music-example-com-outpost",
      ],
    ] satisfies HostRows
  ).map(([name, path, router, status]) => ({ name, host: MUSIC, path, router, status })),
  { name: "host in upper case", host: "MUSIC.Example.COM", path: "/", router: "music-example-com" },
  {
    name: "host with a port",
    host: `${MUSIC}:443`,
    path: "/rest/x",
    router: "music-example-com-public-rest",
  },
  {
    name: "host with a trailing dot",
    host: `${MUSIC}.`,
    path: "/",
    router: "music-example-com",
    status: 400,
  },
  { name: "another host", host: "other.example.com", path: "/", router: undefined },
  {
    name: "another host, public path",
    host: "other.example.com",
    path: "/rest/x",
    router: undefined,
  },
  { name: "a look-alike host", host: `${MUSIC}.evil.test`, path: "/", router: undefined },
  { name: "a subdomain", host: `x.${MUSIC}`, path: "/rest/x", router: undefined },
  // Nested and same-length public paths: the longest wins; same-length ones never meet.
  ...(
    [
      ["grafana root", "/", "grafana"],
      ["grafana API", "/api/search", "grafana-public-api"],
      ["grafana health, nested in the API", "/api/health/live", "grafana-public-api-health"],
      ["grafana health without its slash", "/api/health", "grafana-public-api"],
      ["grafana images", "/img/x.png", "grafana-public-img"],
      ["grafana /a-b/", "/a-b/x", "grafana-public-a-b"],
      ["grafana /a_b/, the same slug", "/a_b/x", "grafana-public-a-b-2"],
      ["grafana public dashboards", "/public/dashboards/1", "grafana-public-public-dashboards"],
      ["grafana public, another folder", "/public/x", "grafana"],
      ["grafana outpost", `${PREFIX}/start`, "grafana-outpost"],
    ] as const
  ).map(([name, path, router]) => ({ name, host: GRAFANA.host, path, router })),
  // No public paths: Navidrome's are nothing special here.
  ...(
    [
      ["wiki root", "/", "wiki"],
      ["wiki, Navidrome's public path", "/rest/ping.view", "wiki"],
      ["wiki outpost", `${PREFIX}/callback`, "wiki-outpost"],
    ] as const
  ).map(([name, path, router]) => ({ name, host: WIKI.host, path, router })),
];

describe.skipIf(!traefik.found)("the generator's Traefik output in the real Traefik", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  let proxy: RunningTraefik;
  let echo: EchoApp;
  /** The routers the files define, by name (without @file). */
  let expected: string[];

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  beforeAll(async () => {
    if (!traefik.found) return;
    const idp = await startTestIdp({
      users: [USERS.alice],
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`https://${MUSIC}${PREFIX}/callback`],
        },
      ],
    });
    cleanups.push(() => idp.close());
    echo = await startEcho();
    cleanups.push(() => echo.close());
    const service = await runService(testEnv(idp.issuer));
    cleanups.push(() => service.stop());
    await waitReady(service);

    // The bundle's two files with forward-auth's and Navidrome's addresses changed, nothing else.
    const files = {
      ...bundleDynamicFiles({
        [NAVIDROME.authAddress]: service.url,
        [NAVIDROME.upstream]: echo.url,
      }),
      "grafana.yml": generateTraefikDynamic({ ...GRAFANA, upstream: echo.url }),
      "wiki.yml": generateTraefikDynamic({ ...WIKI, upstream: echo.url }),
    };
    expected = [...ROWS.flatMap((row) => (row.router === undefined ? [] : [row.router]))].filter(
      (name, i, all) => all.indexOf(name) === i,
    );
    proxy = await startTraefik(traefik.path, {
      files,
      api: true,
      ready: routersLoaded(expected.length),
    });
    cleanups.push(() => proxy.stop());
  });

  it("loads the shared file and three apps with no warning and no error in Traefik's log", () => {
    const log = proxy.log();
    expect(log.length).toBeGreaterThan(0);
    expect(problemsIn(log)).toEqual([]);
    expect(log.filter((line) => line.message.includes("already configured"))).toEqual([]);
  });

  it("builds every router of the three apps, enabled, and no other", async () => {
    const routers = (await proxy.api("/api/http/routers")) as ApiRouter[];
    const fromFiles = routers.filter((r) => r.name.endsWith("@file"));
    // Each on web (behind the redirect) and on websecure (see onWebsecure).
    expect(fromFiles.map((r) => r.name).sort()).toEqual(
      expected.flatMap((n) => [`${n}@file`, onWebsecure(n)]).sort(),
    );
    for (const router of fromFiles) {
      expect([router.name, router.status, router.error]).toEqual([
        router.name,
        "enabled",
        undefined,
      ]);
    }
  });

  it("uses the one forward-auth middleware and service of the shared file", async () => {
    const middlewares = (await proxy.api("/api/http/middlewares")) as {
      name: string;
      status: string;
      usedBy?: string[];
    }[];
    const used = Object.fromEntries(
      middlewares
        .filter((m) => m.name.endsWith("@file"))
        .map((m) => [m.name, m.usedBy?.filter((r) => r.startsWith("websecure-")).length ?? 0]),
    );
    // Routers on websecure (the copies on web use them too). Protected routers: Navidrome,
    // Grafana, the wiki. Stripping: those and the 8 public ones.
    expect(used).toEqual({ "forward-auth@file": 3, "strip-identity-headers@file": 11 });
    const services = (await proxy.api("/api/http/services")) as { name: string }[];
    expect(
      services
        .map((s) => s.name)
        .filter((n) => n.endsWith("@file"))
        .sort(),
    ).toEqual(["forward-auth@file", "grafana@file", "music-example-com@file", "wiki@file"]);
  });

  it.each(ROWS)("$name: $host $path", async ({ host, path, router, status }) => {
    const before = proxy.access().length;
    const seen = echo.received.length;
    const res = await send(`${proxy.url}${path}`, [["Host", host], ...FETCH]);
    const entry = await accessEntry(proxy, before);
    const kind = kindOf(router);
    expect({ router: entry?.RouterName, kind }).toEqual({
      router: router === undefined ? undefined : onWebsecure(router),
      kind,
    });
    if (kind === "protected") {
      // forward-auth's answer to an API call without a session; the app saw nothing.
      expect(res.status).toBe(status ?? 401);
      expect(echo.received.length).toBe(seen);
    } else if (kind === "public") {
      expect(res.status).toBe(200);
      expect(echo.received.length).toBe(seen + 1);
    } else if (kind === "outpost") {
      expect(entry?.ServiceName).toBe("forward-auth@file");
      expect(echo.received.length).toBe(seen);
    } else {
      expect(res.status).toBe(404);
      expect(echo.received.length).toBe(seen);
    }
  });
});

describe.skipIf(!traefik.found)("an app's file without the shared file", () => {
  it("is refused by Traefik: the app is unreachable, never unprotected", async () => {
    if (!traefik.found) return;
    const echo = await startEcho();
    const proxy = await startTraefik(traefik.path, {
      files: { "wiki.yml": generateTraefikDynamic({ ...WIKI, upstream: echo.url }) },
      api: true,
      ready: routersLoaded(2),
    });
    try {
      const routers = (await proxy.api("/api/http/routers")) as ApiRouter[];
      const wiki = routers.find((r) => r.name === onWebsecure("wiki"));
      expect(wiki?.status).toBe("disabled");
      expect(wiki?.error).toEqual(['middleware "forward-auth@file" does not exist']);
      const res = await send(`${proxy.url}/`, [["Host", WIKI.host], ...FETCH]);
      expect(res.status).toBe(404);
      expect(echo.received).toEqual([]);
    } finally {
      await proxy.stop();
      await echo.close();
    }
  });
});

describe.skipIf(!traefik.found)("the shared file, generated", () => {
  it("loads without a warning for another address and prefix", async () => {
    if (!traefik.found) return;
    const proxy = await startTraefik(traefik.path, {
      files: {
        "shared.yml": generateTraefikShared({
          authAddress: "http://127.0.0.1:9",
          prefix: "/_auth/fa",
        }),
      },
      api: true,
      ready: apiLists("/api/http/middlewares", 2),
    });
    try {
      // No router uses the middlewares yet: Traefik builds them (and would warn) only then,
      // so this checks the file is read and well-formed; the first suite checks it in use.
      const middlewares = (await proxy.api("/api/http/middlewares")) as { name: string }[];
      const fromFiles = middlewares.map((m) => m.name).filter((n) => n.endsWith("@file"));
      expect(fromFiles.sort()).toEqual(["forward-auth@file", "strip-identity-headers@file"]);
      expect(problemsIn(proxy.log())).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });
});
