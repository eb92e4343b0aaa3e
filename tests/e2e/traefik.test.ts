// forward-auth behind real Traefik (tests/tools/build-traefik.sh's release), running the bundle as
// users get it: traefik/traefik.yml (loopback ports, plain HTTP, files in a temporary directory)
// and every file of traefik/dynamic/ changed only in addresses, plus two more apps written by
// `forward-auth config traefik`, all loaded together by the file provider. Behind it: the service
// process, the test provider and one echo app per app host, which records what it receives.
//
// The hosts stay the bundle's (music.example.com) and the generator's: requests reach Traefik on
// 127.0.0.1 with a Host header, and Chromium maps *.example.com to 127.0.0.1.
import { mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY_HEADER_NAMES } from "../../src/auth/identity-headers.ts";
import { identityOf, parseEcho, startEcho, type EchoApp, type Echoed } from "../helpers/echo.ts";
import { CLIENT_ID, CLIENT_SECRET, Jar, PREFIX, testEnv, USERS } from "../helpers/harness.ts";
import { loginAtIdp, startTestIdp, type TestIdp } from "../helpers/idp.ts";
import { freePort, runService, type RawResponse, type RunningService } from "../helpers/process.ts";
import {
  aliceAtApp,
  ALLOWED_GROUP,
  cookieLine,
  FETCH,
  NAVIGATION,
  openWebSocket,
  roundTrip,
  send,
  spoofLines as spoofSpellings,
  storeCookies,
  waitReady,
  type HeaderLines,
} from "../helpers/proxies.ts";
import {
  bundleDynamicFiles,
  configTraefik,
  findTraefik,
  problemsIn,
  routes,
  startTraefik,
  type RunningTraefik,
} from "../helpers/traefik.ts";

// CI installs Go (.ci/run builds Traefik first): there these tests must run, never skip.
const traefikBinary = findTraefik("tests/e2e/traefik.test.ts");

/** Debian's Chromium, as in browser.test.ts. */
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = "test-artifacts";
const SPOOFED = "spoofed-admin";

/** The bundle's app (traefik/dynamic/navidrome.yml) and the two the test generates. */
const MUSIC = "music.example.com";
const PHOTOS = "photos.example.com";
const WIKI = "wiki.example.com";
const HOSTS = [MUSIC, PHOTOS, WIKI];

/**
 * Every identity header in the spellings a client could try: proxies.ts's nine (as documented,
 * lower and upper case, and the aliases that Go, so Traefik, treats as other names but CGI, PHP,
 * WSGI and nginx read as the same variable: underscores, dots, one of them among hyphens), and the
 * other characters a header name may hold (RFC 9110 section 5.6.2 tchar).
 */
function spoofLines(value: string): HeaderLines {
  return [
    ...spoofSpellings(value),
    ...IDENTITY_HEADER_NAMES.flatMap((name): [string, string][] => [
      [name.replaceAll("-", "~"), value],
      [name.replaceAll("-", "+"), value],
    ]),
  ];
}

/** The variable a CGI-style app reads a header name as (RFC 3875 section 4.1.18). */
const cgiName = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
const IDENTITY_CGI = new Set(IDENTITY_HEADER_NAMES.map(cgiName));

/**
 * Header lines an app could take for an identity header that did not come from forward-auth:
 * any aliasing spelling at all, or the client's value under any spelling.
 */
function smuggled(echoed: Echoed): (readonly [string, string])[] {
  return echoed.headers.filter(
    ([name, value]) =>
      IDENTITY_CGI.has(cgiName(name)) && (/[^A-Za-z0-9-]/.test(name) || value.includes(SPOOFED)),
  );
}

/**
 * The path an app may act on after decoding %-escapes (up to three times) and then resolving dot
 * segments, the way a careless router or a PHP front controller might.
 */
function resolvedByApp(target: string): string {
  const [raw = ""] = target.split("?");
  let path = raw;
  for (let i = 0; i < 3; i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      // A malformed escape stays as it is: the app sees the same bytes.
      break;
    }
  }
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return `/${out.join("/")}${path.endsWith("/") && out.length > 0 ? "/" : ""}`;
}

const skip = !traefikBinary.found;

describe.skipIf(skip)("forward-auth behind real Traefik (file provider)", () => {
  let traefik: RunningTraefik;
  let service: RunningService;
  let idp: TestIdp;
  let browser: Browser;
  const echoes = new Map<string, EchoApp>();
  let port = 0;
  /** A browser signed in as alice (raw requests). */
  let alice: Jar;
  const cleanups: (() => Promise<unknown>)[] = [];

  const origin = (host: string) => `http://${host}:${port}`;
  const echo = (host: string): EchoApp => {
    const app = echoes.get(host);
    if (app === undefined) throw new Error(`no echo app for ${host}`);
    return app;
  };
  const receivedCount = () => [...echoes.values()].reduce((n, e) => n + e.received.length, 0);

  /** A request to `url` (an app host's URL) through Traefik's websecure entry point, as written. */
  const via = (url: string, headers: HeaderLines = [], method = "GET"): Promise<RawResponse> => {
    const parts = /^https?:\/\/([^/?#]+)(.*)$/.exec(url);
    if (parts === null) throw new Error(`not an absolute URL: ${url}`);
    return send(`${traefik.url}${parts[2] ?? ""}`, [["Host", parts[1] ?? ""], ...headers], method);
  };

  /** The echo app's answer; throws with Traefik's and the service's output when it did not answer. */
  const appAnswer = (res: RawResponse): Echoed => {
    const echoed = parseEcho(res.body);
    if (res.status !== 200 || echoed === undefined) {
      throw new Error(
        `the app did not answer (${res.status}): ${res.body.slice(0, 300)}\n` +
          `${traefik
            .log()
            .map((line) => JSON.stringify(line))
            .join("\n")}\n` +
          service.output().slice(-3000),
      );
    }
    return echoed;
  };

  /** A raw-request login: navigate to `path`, sign in at the provider, follow the callback back. */
  const signIn = async (host: string, path: string, jar = new Jar()) => {
    const challenge = await via(`${origin(host)}${path}`, [...NAVIGATION, ...cookieLine(jar)]);
    if (challenge.status !== 302) {
      throw new Error(`navigation answered ${challenge.status}: ${challenge.body}`);
    }
    storeCookies(jar, challenge);
    const back = await loginAtIdp(challenge.headers.location ?? "", USERS.alice);
    const callback = await via(back, [...NAVIGATION, ...cookieLine(jar)]);
    storeCookies(jar, callback);
    return { jar, challenge, callback };
  };

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  beforeAll(async () => {
    if (!traefikBinary.found) return;
    const started = Date.now();
    port = await freePort();
    const webPort = await freePort();
    idp = await startTestIdp({
      users: [USERS.alice, USERS.bob],
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: HOSTS.map((host) => `${origin(host)}${PREFIX}/callback`),
          post_logout_redirect_uris: HOSTS.map((host) => `${origin(host)}${PREFIX}/signed_out`),
        },
      ],
    });
    cleanups.push(() => idp.close());
    for (const host of HOSTS) {
      const app = await startEcho();
      cleanups.push(() => app.close());
      echoes.set(host, app);
    }
    service = await runService(
      testEnv(idp.issuer, {
        FORWARD_AUTH_COOKIE_SECURE: "false",
        FORWARD_AUTH_ALLOWED_GROUPS: ALLOWED_GROUP,
        FORWARD_AUTH_LOG_LEVEL: "debug",
      }),
    );
    cleanups.push(() => service.stop());
    await waitReady(service);

    // The bundle's addresses are Docker service names; here everything is on 127.0.0.1.
    const addresses = {
      "http://forward-auth:9000": service.url,
      "http://navidrome:4533": echo(MUSIC).url,
    };
    const generated = [
      { name: "photos.yml", args: ["--host", PHOTOS, "--public", "/api/public/"] },
      { name: "wiki.yml", args: ["--host", WIKI] },
    ].map(({ name, args }) => {
      const host = args[1] ?? "";
      const text = configTraefik([...args, "--upstream", echo(host).url]);
      // forward-auth's address as the generator writes it by default, changed like the bundle's.
      return [name, text.replaceAll("http://forward-auth:9000", service.url)] as const;
    });
    traefik = await startTraefik(traefikBinary.path, {
      files: { ...bundleDynamicFiles(addresses), ...Object.fromEntries(generated) },
      ports: { web: webPort, websecure: port },
      ready: routes(HOSTS.map((host) => ({ host: `${host}:${port}`, path: `${PREFIX}/readyz` }))),
    });
    cleanups.push(() => traefik.stop());
    console.log(`Traefik and the stack ready in ${Date.now() - started} ms`);

    alice = (await signIn(MUSIC, "/")).jar;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        // The app hosts are names; Traefik listens on 127.0.0.1 (the port stays in the URL).
        "--host-resolver-rules=MAP *.example.com 127.0.0.1",
      ],
    });
    cleanups.push(() => browser.close());
  });

  it("logs in a real browser at the provider and lands on the deep link, query intact", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const deepLink = `${origin(MUSIC)}/albums/?id=7&sort=year`;
    await page.goto(deepLink);
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.fill('input[name="username"]', USERS.alice.username);
    await page.fill('input[name="password"]', USERS.alice.password);
    await Promise.all([
      page.waitForURL((url) => url.href === deepLink, { timeout: 20_000 }),
      page.click("#signin"),
    ]);
    const echoed = parseEcho((await page.textContent("body")) ?? "");
    expect(echoed?.url).toBe("/albums/?id=7&sort=year");
    const seen = new Map(echoed?.headers.map(([k, v]) => [k.toLowerCase(), v]));
    expect(seen.get("x-authentik-username")).toBe("alice");
    expect(seen.get("remote-user")).toBe("alice");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/traefik-login.png`, fullPage: true });
    await context.close();
  });

  it.each(HOSTS)("brings a deep link back after a login on %s", async (host) => {
    const { jar, challenge, callback } = await signIn(host, "/albums?id=7&x=a%26b");
    const authorize = new URL(challenge.headers.location ?? "");
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${origin(host)}${PREFIX}/callback`);
    expect(callback.headers.location).toBe(`${origin(host)}/albums?id=7&x=a%26b`);
    const landing = appAnswer(await via(callback.headers.location ?? "", cookieLine(jar)));
    expect(landing.url).toBe("/albums?id=7&x=a%26b");
    expect(echo(host).received.at(-1)).toEqual(landing);
  });

  // Which router answers: the app without a login (public paths), forward-auth (its own paths), or
  // the login. FETCH: a script's request, answered 401 rather than redirected.
  it.each([
    { host: MUSIC, path: "/rest/ping.view?u=alice&f=json", want: "app" },
    { host: MUSIC, path: "/share/abc", want: "app" },
    { host: MUSIC, path: `${PREFIX}/healthz`, want: "forward-auth" },
    { host: MUSIC, path: "/", want: 401 },
    { host: MUSIC, path: "/albums/7", want: 401 },
    { host: MUSIC, path: "/rest", want: 401 },
    { host: MUSIC, path: "/restaurant", want: 401 },
    { host: MUSIC, path: "/REST/ping.view", want: 401 },
    { host: MUSIC, path: "/api/public/x", want: 401 },
    { host: PHOTOS, path: "/api/public/album/1", want: "app" },
    { host: PHOTOS, path: `${PREFIX}/healthz`, want: "forward-auth" },
    { host: PHOTOS, path: "/rest/ping.view", want: 401 },
    { host: PHOTOS, path: "/api/private", want: 401 },
    { host: WIKI, path: `${PREFIX}/healthz`, want: "forward-auth" },
    { host: WIKI, path: "/share/abc", want: 401 },
    { host: WIKI, path: "/", want: 401 },
  ] as const)("routes $path on $host to $want", async ({ host, path, want }) => {
    const before = receivedCount();
    const res = await via(`${origin(host)}${path}`, FETCH);
    if (want === "app") {
      expect(appAnswer(res).url).toBe(path);
      expect(echo(host).received.at(-1)?.url).toBe(path);
    } else if (want === "forward-auth") {
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ status: "ok" });
      expect(receivedCount()).toBe(before);
    } else {
      expect(res.status).toBe(want);
      expect(res.headers["www-authenticate"]).toMatch(/^Bearer /);
      expect(receivedCount()).toBe(before);
    }
  });

  it("gives the app forward-auth's identity only, whatever spelling the client sends", async () => {
    const res = await via(`${origin(MUSIC)}/albums`, [
      ...spoofLines(SPOOFED),
      ...NAVIGATION,
      ...cookieLine(alice),
    ]);
    const echoed = appAnswer(res);
    expect(smuggled(echoed)).toEqual([]);
    expect(Object.fromEntries(identityOf(echoed))).toEqual(aliceAtApp(origin(MUSIC), "empty"));
  });

  it.each([
    { host: MUSIC, path: "/rest/ping.view", signedIn: false },
    { host: MUSIC, path: "/share/abc", signedIn: true },
    { host: PHOTOS, path: "/api/public/x", signedIn: false },
    { host: PHOTOS, path: "/api/public/x", signedIn: true },
  ])(
    "lets no identity through on the public path $path of $host (signed in: $signedIn)",
    async ({ host, path, signedIn }) => {
      const res = await via(`${origin(host)}${path}`, [
        ...spoofLines(SPOOFED),
        ...FETCH,
        ...(signedIn ? cookieLine(alice) : []),
      ]);
      const echoed = appAnswer(res);
      expect(smuggled(echoed)).toEqual([]);
      expect(identityOf(echoed).size).toBe(0);
    },
  );

  it.each([
    { path: "/albums", signedIn: false },
    { path: `${PREFIX}/auth/traefik`, signedIn: false },
    { path: `${PREFIX}/userinfo`, signedIn: true },
    { path: `${PREFIX}/auth/traefik`, signedIn: true },
    { path: `${PREFIX}/start?rd=%2Falbums`, signedIn: true },
  ])(
    "keeps spoofed identity headers from the app on $path (signed in: $signedIn)",
    async ({ path, signedIn }) => {
      const before = receivedCount();
      const res = await via(`${origin(MUSIC)}${path}`, [
        ...spoofLines(SPOOFED),
        ...FETCH,
        ...(signedIn ? cookieLine(alice) : []),
      ]);
      expect(parseEcho(res.body)).toBeUndefined();
      expect(receivedCount()).toBe(before);
      // What forward-auth answers names its own user, never the client's.
      expect(JSON.stringify(res.headers) + res.body).not.toContain(SPOOFED);
      // Asked directly, the auth endpoint lacks the X-Forwarded-Uri and -Method that only
      // Traefik's forwardAuth sends, and answers 400 with no identity, session or not.
      if (path === `${PREFIX}/auth/traefik`) {
        expect(res.status).toBe(400);
        expect(res.headers["x-authentik-username"]).toBeUndefined();
      }
    },
  );

  it.each([
    { name: "a public path", path: "/rest/ping.view", jar: false },
    { name: "the protected app, signed in", path: "/albums", jar: true },
  ])("replaces the client's X-Forwarded-* with Traefik's on $name", async ({ path, jar }) => {
    const res = await via(`${origin(MUSIC)}${path}`, [
      ["X-Forwarded-Host", "evil.example"],
      ["X-Forwarded-Proto", "https"],
      ["X-Forwarded-For", "203.0.113.9"],
      ["X-Forwarded-Port", "1"],
      ["X-Forwarded-Server", "evil"],
      ["X-Real-Ip", "203.0.113.9"],
      ...FETCH,
      ...(jar ? cookieLine(alice) : []),
    ]);
    const echoed = appAnswer(res);
    const seen = (name: string) =>
      echoed.headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
    expect(seen("x-forwarded-host")).toEqual([`${MUSIC}:${port}`]);
    expect(seen("x-forwarded-proto")).toEqual(["http"]);
    expect(seen("x-forwarded-for")).toEqual(["127.0.0.1"]);
    expect(seen("x-forwarded-port")).toEqual([String(port)]);
    expect(seen("x-real-ip")).toEqual(["127.0.0.1"]);
    expect(seen("x-forwarded-server")).not.toContain("evil");
  });

  it.each([
    { name: "a navigation", headers: NAVIGATION, status: 302 },
    { name: "a fetch() call", headers: FETCH, status: 401 },
    { name: "an XHR", headers: [["X-Requested-With", "XMLHttpRequest"]] as const, status: 401 },
    { name: "an API client", headers: [["Accept", "application/json"]] as const, status: 401 },
    { name: "a CORS request", headers: [["Sec-Fetch-Mode", "cors"]] as const, status: 401 },
  ])("answers $name without a session with $status; the app sees nothing", async (row) => {
    const before = receivedCount();
    const res = await via(`${origin(MUSIC)}/api/albums?id=7`, [
      // A client's forwarded headers must not move the login to another origin.
      ["X-Forwarded-Host", "evil.example"],
      ["X-Forwarded-Proto", "https"],
      ...row.headers,
    ]);
    expect(res.status).toBe(row.status);
    expect(receivedCount()).toBe(before);
    if (row.status === 302) {
      const authorize = new URL(res.headers.location ?? "");
      expect(authorize.origin).toBe(idp.issuer);
      expect(authorize.searchParams.get("redirect_uri")).toBe(`${origin(MUSIC)}${PREFIX}/callback`);
    } else {
      expect(res.headers.location).toBeUndefined();
      expect(res.headers["x-forward-auth-login"]).toBe(
        `${origin(MUSIC)}${PREFIX}/start?rd=${encodeURIComponent(`${origin(MUSIC)}/`)}`,
      );
    }
  });

  it("tunnels a WebSocket with a session, and answers 401 without one", async () => {
    const url = `${traefik.url}/socket?room=1`;
    const host: HeaderLines = [["Host", `${MUSIC}:${port}`]];
    const before = receivedCount();
    const refused = await openWebSocket(url, [...host, ...spoofLines(SPOOFED)]);
    expect(refused.status).toBe(401);
    expect(receivedCount()).toBe(before);

    const opened = await openWebSocket(url, [
      ...host,
      ...spoofLines(SPOOFED),
      ...cookieLine(alice),
    ]);
    expect(opened.status).toBe(101);
    if (!("socket" in opened)) return;
    try {
      expect(await roundTrip(opened.socket, "ping through Traefik")).toBe("ping through Traefik");
    } finally {
      opened.socket.destroy();
    }
    const handshake = echo(MUSIC).received.at(-1);
    expect(handshake?.url).toBe("/socket?room=1");
    expect(smuggled(handshake ?? { method: "", url: "", headers: [] })).toEqual([]);
    expect(
      identityOf(handshake ?? { method: "", url: "", headers: [] }).get("remote-user"),
    ).toEqual(["alice"]);
  });

  // Public-path prefixes that an app may decode or resolve into a protected path: without a
  // login, Traefik must either stop them or send the app a path that stays public however the
  // app reads it.
  it.each([
    "/rest/%2e%2e/admin",
    "/rest/%2E%2E/admin",
    "/rest/../admin",
    "/rest/./../admin",
    "/rest%2F..%2Fadmin",
    "/rest%2f..%2fadmin",
    "/rest;/../admin",
    "/rest/%2e%2e%2fadmin",
    "/share/..%2f..%2fadmin",
    "/share/%2e%2e/%2e%2e/admin",
    "/share/..%5c..%5cadmin",
    "/share%2f..%2fadmin",
    "//rest/../admin",
    "/rest/%252e%252e/admin",
  ])("never lets %s reach a protected path of the app without a login", async (path) => {
    const app = echo(MUSIC);
    const before = app.received.length;
    const res = await via(`${origin(MUSIC)}${path}`, [...spoofLines(SPOOFED), ...FETCH]);
    const reached = app.received.slice(before);
    for (const request of reached) {
      const resolved = resolvedByApp(request.url);
      expect([
        request.url,
        resolved.startsWith("/rest/") || resolved.startsWith("/share/"),
      ]).toEqual([request.url, true]);
      expect(smuggled(request)).toEqual([]);
    }
    if (reached.length === 0) expect(res.status).toBeGreaterThanOrEqual(400);
  });

  // Traefik has no option for a literal ";" (RFC 3986 path parameters): "..;" is an ordinary
  // segment to it and to Go, Node or PHP apps, so the app receives the path as sent, under /rest/.
  // Tomcat and other Java servlet containers strip ";..." from each segment and would serve
  // /admin: such an app should have no public path, or a router rule that refuses ";".
  it("passes /rest/..;/admin on as sent, a public path to RFC 3986 (not to Tomcat)", async () => {
    const res = await via(`${origin(MUSIC)}/rest/..;/admin`, [...spoofLines(SPOOFED), ...FETCH]);
    const echoed = appAnswer(res);
    expect(echoed.url).toBe("/rest/..;/admin");
    expect(identityOf(echoed).size).toBe(0);
    expect(smuggled(echoed)).toEqual([]);
  });

  it("redirects the web entry point to websecure before any router (traefik.yml)", async () => {
    const before = receivedCount();
    const res = await send(`${traefik.webUrl}/albums?id=7`, [["Host", MUSIC], ...NAVIGATION]);
    expect([res.status, res.headers.location]).toEqual([
      301,
      `https://${MUSIC}:${port}/albums?id=7`,
    ]);
    expect(receivedCount()).toBe(before);
  });

  // With the bundle's former underscoreHeadersStrategy, v3.7.12 logs "The underscoreHeadersStrategy
  // option is deprecated, please use the aliasHeadersStrategy option instead" once per entry point
  // (pkg/server/server_entrypoint_tcp.go), and "aliasHeadersStrategy is not configured" for one
  // without either option.
  it("logs no error, and no warning about traefik.yml (deprecated or missing options)", () => {
    const log = traefik.log();
    expect(log.map((line) => line.message)).toContain("Starting provider *file.Provider");
    const aboutDynamicFiles = ["middlewareName", "routerName", "serviceName", "origin"];
    const problems = problemsIn(log).filter(
      (line) => line.level !== "warn" || !aboutDynamicFiles.some((field) => field in line),
    );
    expect(problems).toEqual([]);
    expect(JSON.stringify(log)).not.toMatch(/deprecated|HeadersStrategy/);
  });

  // Before the generator wrote the shared pieces once (issue 14, item 3), every generated file
  // defined the forward-auth and strip-identity-headers middlewares and the forward-auth service
  // again; the file provider keeps the first file's and logs "already configured, skipping" for
  // the others (v3.7.12 pkg/provider/merge.go), and forwardAuth without maxResponseBodySize
  // logs a warning per router (pkg/middlewares/auth/forward.go).
  it("logs no warning at all with three apps loaded (the generator composes)", () => {
    expect(problemsIn(traefik.log())).toEqual([]);
  });
});
