// forward-auth behind each real proxy it ships a configuration for, with the real service
// process, the test provider and an echo app that shows exactly which headers arrived:
// - Caddy (Debian's 2.6.2) running the generated Caddyfile;
// - nginx (Debian's 1.22, auth_request) running the generated server block.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../src/app.ts";
import { identityOf, smuggled } from "../helpers/echo.ts";
import { PREFIX, USERS, type Jar } from "../helpers/harness.ts";
import {
  aliceAtApp,
  appAnswer,
  cookieLine,
  FETCH,
  NAVIGATION,
  openWebSocket,
  roundTrip,
  send,
  signIn,
  spoofLines,
  startStack,
  storeCookies,
  type ProxyKind,
  type Stack,
  withOtherService,
} from "../helpers/proxies.ts";
import { freePort } from "../helpers/process.ts";

const SPOOFED = "spoofed-admin";

interface ProxyCase {
  kind: ProxyKind;
  title: string;
  /** How the proxy passes forward-auth's empty identity headers on to the app. */
  emptyHeaders: "empty" | "absent";
  /**
   * How the proxy routes odd spellings of the public paths: a status (the app sees nothing) or
   * the URL the app receives, without any identity.
   */
  normalisation: { title: string; rows: { path: string; want: number | string }[] };
}

describe.each<ProxyCase>([
  {
    kind: "caddy",
    title: "Caddy (forward_auth)",
    emptyHeaders: "empty",
    normalisation: {
      // Public only when the path Caddy matches (cleaned) and the URI the app receives (as sent)
      // both begin with a public path. Everything else reaches forward-auth as sent, which
      // refuses a dot segment or an encoded slash (400), and judges // both ways.
      title: "treats $path as protected",
      rows: [
        { path: "/REST/ping.view", want: 401 },
        { path: "/rest", want: 401 },
        { path: "/restaurant", want: 401 },
        { path: "/x/../rest/ping.view", want: 400 },
        { path: "/x/%2e%2e/rest/ping.view", want: 400 },
        { path: "//rest/ping.view", want: 401 },
        { path: "/rest/../albums", want: 400 },
        { path: "/rest/%2e%2e/albums", want: 400 },
        // Issue 13: Caddy cleans this to /share/x, and forward-auth used to collapse it so.
        { path: "/albums//../share/x", want: 400 },
        { path: "/rest%2Fping.view", want: 400 },
        { path: "/x/..%2Frest/ping.view", want: 400 },
      ],
    },
  },
  {
    kind: "nginx",
    title: "nginx (auth_request)",
    emptyHeaders: "absent",
    normalisation: {
      // nginx matches locations on the normalised path (%-escapes decoded, dot segments resolved,
      // slashes merged), case-sensitively; the public locations send the app that same path. For
      // /rest, nginx itself redirects to /rest/ (a prefix location ending in / with proxy_pass).
      // Protected paths reach forward-auth as sent ($request_uri), which refuses a dot segment.
      title: "routes $path by its normalised path",
      rows: [
        { path: "/REST/ping.view", want: 401 },
        { path: "/rest", want: 301 },
        { path: "/restaurant", want: 401 },
        { path: "/rest/../albums", want: 400 },
        { path: "/rest/%2e%2e/albums", want: 400 },
        { path: "/share/..//albums", want: 400 },
        { path: "//albums", want: 401 },
        { path: "/x/../rest/ping.view", want: "/rest/ping.view" },
        { path: "/x/%2e%2e/rest/ping.view", want: "/rest/ping.view" },
        { path: "/albums//../share/x", want: "/share/x" },
        { path: "//rest/ping.view", want: "/rest/ping.view" },
        { path: "/rest%2Fping.view?u=a%26b", want: "/rest/ping.view?u=a%26b" },
        // forward-auth refuses an encoded slash; auth_request alone would turn its 400 into a 500.
        { path: "/albums%2F7", want: 400 },
      ],
    },
  },
])("forward-auth behind $title", ({ kind, emptyHeaders, normalisation }) => {
  let stack: Stack;
  let url: string;
  /** A browser signed in as alice. */
  let alice: Jar;

  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  beforeAll(async () => {
    stack = await startStack(kind);
    cleanups.push(() => stack.stop());
    url = stack.proxy.url;
    alice = (await signIn(url, "/", USERS.alice)).jar;
  });

  it("sends a browser to the provider and back to the original URL, path and query intact", async () => {
    const { jar, challenge, callback } = await signIn(url, "/albums?id=7&x=y", USERS.alice);
    const authorize = new URL(challenge.headers.location ?? "");
    expect(authorize.origin).toBe(stack.idp.issuer);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${url}${PREFIX}/callback`);
    expect(callback.status).toBe(302);
    expect(callback.headers.location).toBe(`${url}/albums?id=7&x=y`);

    const landing = await send(callback.headers.location ?? "", [
      ...NAVIGATION,
      ...cookieLine(jar),
    ]);
    const echo = appAnswer(stack, landing);
    expect(echo.url).toBe("/albums?id=7&x=y");
    expect(Object.fromEntries(identityOf(echo))).toEqual(aliceAtApp(url, emptyHeaders));
  });

  it("gives the app forward-auth's identity headers only, whatever the client sends", async () => {
    const res = await send(`${url}/albums`, [
      ...spoofLines(SPOOFED),
      ...NAVIGATION,
      ...cookieLine(alice),
    ]);
    const echo = appAnswer(stack, res);
    expect(smuggled(echo, SPOOFED)).toEqual([]);
    expect(Object.fromEntries(identityOf(echo))).toEqual(aliceAtApp(url, emptyHeaders));
  });

  it.each([
    { name: "a Subsonic client", path: "/rest/ping.view?u=alice&f=json", signedIn: false },
    { name: "a public share link", path: "/share/abc", signedIn: false },
    { name: "a signed-in browser on a public path", path: "/share/abc", signedIn: true },
  ])("lets $name through without a login and without any identity", async ({ path, signedIn }) => {
    const res = await send(`${url}${path}`, [
      ...spoofLines(SPOOFED),
      ...FETCH,
      ...(signedIn ? cookieLine(alice) : []),
    ]);
    const echo = appAnswer(stack, res);
    expect(echo.url).toBe(path);
    expect(identityOf(echo).size).toBe(0);
    expect(smuggled(echo, SPOOFED)).toEqual([]);
  });

  // Issue 14 (GHSA-rf44-j88r-hh8c): spellings with a dot or an underscore are other headers to
  // the proxy, but CGI, PHP and WSGI back ends read them as the real one. Each alone, so that a
  // survivor is named; Caddy's output deletes them, nginx drops them (underscores_in_headers off,
  // ignore_invalid_headers on: a dot is not a valid header-name character to nginx).
  it.each(
    ["Remote.User", "Remote_User", "remote.user", "X.authentik.username", "X_authentik_username"]
      .flatMap((header) =>
        [
          { route: "protected", path: "/albums?alias=1" },
          { route: "public", path: "/rest/ping.view?alias=1" },
        ].map((r) => ({ header, ...r })),
      )
      .flatMap((row) => [true, false].map((signedIn) => ({ ...row, signedIn }))),
  )(
    "regression: Remote.User reached the app through Caddy (failed open); never lets $header reach the app ($route route, signed in: $signedIn)",
    async ({ header, route, path, signedIn }) => {
      const before = stack.echo.received.length;
      const res = await send(`${url}${path}`, [
        [header, SPOOFED],
        ...FETCH,
        ...(signedIn ? cookieLine(alice) : []),
      ]);
      if (kind === "nginx") {
        // nginx says why it dropped the line (its error log, at info).
        expect(stack.proxy.output()).toContain(
          `client sent invalid header line: "${header}: ${SPOOFED}"`,
        );
      }
      if (route === "protected" && !signedIn) {
        expect(res.status).toBe(401);
        expect(stack.echo.received.length).toBe(before);
        return;
      }
      const echo = appAnswer(stack, res);
      expect(echo.headers.filter(([name]) => name.toLowerCase() === header.toLowerCase())).toEqual(
        [],
      );
      expect(smuggled(echo, SPOOFED)).toEqual([]);
      const identity = Object.fromEntries(identityOf(echo));
      expect(identity).toEqual(route === "protected" ? aliceAtApp(url, emptyHeaders) : {});
    },
  );

  it.each([
    { name: "a navigation", headers: NAVIGATION, status: 302 },
    { name: "a fetch() call", headers: FETCH, status: 401 },
    { name: "an XHR", headers: [["X-Requested-With", "XMLHttpRequest"]] as const, status: 401 },
    { name: "an API client", headers: [["Accept", "application/json"]] as const, status: 401 },
  ])(
    "stops $name without a session before the app, spoofed headers or not",
    async ({ headers, status }) => {
      const before = stack.echo.received.length;
      const res = await send(`${url}/api/albums?id=7`, [
        ...spoofLines(SPOOFED),
        // A client's forwarded headers must not move the login to another origin.
        ["X-Forwarded-Host", "evil.example"],
        ["X-Forwarded-Proto", "https"],
        ...headers,
      ]);
      expect(res.status).toBe(status);
      expect(stack.echo.received.length).toBe(before);
      if (status === 302) {
        const authorize = new URL(res.headers.location ?? "");
        expect(authorize.origin).toBe(stack.idp.issuer);
        expect(authorize.searchParams.get("redirect_uri")).toBe(`${url}${PREFIX}/callback`);
      } else {
        expect(res.headers.location).toBeUndefined();
        expect(res.headers["www-authenticate"]).toMatch(/^Bearer /);
        expect(res.headers["x-forward-auth-login"]).toBe(
          `${url}${PREFIX}/start?rd=${encodeURIComponent(`${url}/`)}`,
        );
      }
    },
  );

  it.each(normalisation.rows)(normalisation.title, async ({ path, want }) => {
    const before = stack.echo.received.length;
    const res = await send(`${url}${path}`, [...spoofLines(SPOOFED), ...FETCH]);
    if (typeof want === "number") {
      expect(res.status).toBe(want);
      expect(stack.echo.received.length).toBe(before);
    } else {
      const echo = appAnswer(stack, res);
      expect(echo.url).toBe(want);
      expect(identityOf(echo).size).toBe(0);
    }
  });

  // Only nginx has a separate endpoint (location) for its auth subrequests; registered for nginx
  // alone rather than skipped for Caddy, so that Caddy's run lists no skipped test.
  if (kind === "nginx") {
    it("keeps the auth_request endpoint internal", async () => {
      const res = await send(`${url}${PREFIX}/auth/nginx`, [
        ["X-Original-URL", `${url}/albums`],
        ...cookieLine(alice),
      ]);
      expect(res.status).toBe(404);
      expect(res.headers["x-authentik-username"]).toBeUndefined();
    });
  }

  // Issue 13: the proxy passes the client's override headers (and the query) on to forward-auth,
  // which judges the overriding method too.
  it("denies a POST that overrides its method to one a rule denies; the app sees nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "forward-auth-overrides-"));
    const file = join(dir, "rules.yml");
    writeFileSync(
      file,
      `apps:\n  - host: 127.0.0.1\n    groups: [music]\n    rules:\n      - methods: [DELETE]\n        action: deny\n`,
    );
    try {
      await withOtherService(stack, { FORWARD_AUTH_CONFIG: file }, async (other) => {
        const plain = await send(`${other}/albums/7`, [...FETCH, ...cookieLine(alice)], "POST");
        expect(appAnswer(stack, plain).url).toBe("/albums/7");
        for (const [uri, headers] of [
          ["/albums/7", [["X-HTTP-Method-Override", "DELETE"]]],
          ["/albums/7", [["X-Method-Override", "delete"]]],
          ["/albums/7", [["X-HTTP-Method", "DELETE"]]],
          ["/albums/7?_method=DELETE", []],
        ] as const) {
          const before = stack.echo.received.length;
          const res = await send(
            `${other}${uri}`,
            [...headers, ...FETCH, ...cookieLine(alice)],
            "POST",
          );
          expect([uri, headers, res.status]).toEqual([uri, headers, 403]);
          expect(stack.echo.received.length).toBe(before);
        }
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a user outside the allowed groups at the callback; the app sees nothing", async () => {
    const before = stack.echo.received.length;
    const { jar, callback } = await signIn(url, "/albums", USERS.bob);
    // To the error page, so that the address bar no longer holds the code (issue 13, item 10).
    expect(callback.status).toBe(303);
    const location = callback.headers.location ?? "";
    expect(location).toBe(
      `${url}${PREFIX}/error?reason=forbidden&rd=${encodeURIComponent(`${url}/albums`)}`,
    );
    const page = await send(location, NAVIGATION);
    expect(page.status).toBe(403);
    expect(page.body).toContain(`may not use ${new URL(url).host}`);
    expect(jar.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(stack.echo.received.length).toBe(before);
  });

  it("shows forward-auth's 403 page to a session the policy no longer allows", async () => {
    await withOtherService(stack, { FORWARD_AUTH_ALLOWED_GROUPS: "staff" }, async (other) => {
      const before = stack.echo.received.length;
      const res = await send(`${other}/albums`, [...NAVIGATION, ...cookieLine(alice)]);
      expect(res.status).toBe(403);
      expect(res.body).toContain("You are signed in as alice");
      expect(stack.echo.received.length).toBe(before);
    });
  });

  it("answers forward-auth's 503 while the provider has been unreachable since start", async () => {
    const issuer = `http://127.0.0.1:${await freePort()}`;
    await withOtherService(stack, { FORWARD_AUTH_ISSUER: issuer }, async (other) => {
      const res = await send(`${other}/albums`, NAVIGATION);
      expect(res.status).toBe(503);
      expect(res.headers["retry-after"]).toBe("5");
      expect(res.body).toContain("Sign-in unavailable");
    });
  });

  // Issue 13, item 12: apps like Immich need WebSockets through the generated configuration.
  it.each([
    { name: "a signed-in upgrade", path: "/socket?room=1", signedIn: true, want: "alice" },
    { name: "an upgrade on a public path", path: "/rest/stream", signedIn: false, want: "" },
  ])(
    "tunnels $name to the app (regression: nginx dropped Upgrade)",
    async ({ path, signedIn, want }) => {
      const before = stack.echo.received.length;
      const open = await openWebSocket(`${url}${path}`, signedIn ? cookieLine(alice) : []);
      if (!("socket" in open)) {
        throw new Error(`handshake answered ${open.status}: ${open.body}\n${stack.proxy.output()}`);
      }
      try {
        expect(open.headers.upgrade).toBe("websocket");
        expect(await roundTrip(open.socket, "ping")).toBe("ping");
      } finally {
        open.socket.destroy();
      }
      const seen = stack.echo.received.slice(before);
      expect(seen.map((r) => r.url)).toEqual([path]);
      const headers = new Map(seen[0]?.headers.map(([k, v]) => [k.toLowerCase(), v]));
      expect(headers.get("upgrade")).toBe("websocket");
      expect(headers.get("remote-user") ?? "").toBe(want);
    },
  );

  it("answers an upgrade without a session 401, and the app sees nothing", async () => {
    const before = stack.echo.received.length;
    const refused = await openWebSocket(`${url}/socket`);
    expect(refused.status).toBe(401);
    expect(stack.echo.received.length).toBe(before);
  });

  it("signs out: the next request needs a login again", async () => {
    const { jar } = await signIn(url, "/", USERS.alice);
    expect(appAnswer(stack, await send(`${url}/`, [...NAVIGATION, ...cookieLine(jar)])).url).toBe(
      "/",
    );

    const out = await send(`${url}${PREFIX}/sign_out`, [...NAVIGATION, ...cookieLine(jar)]);
    expect(out.status).toBe(302);
    expect(new URL(out.headers.location ?? "").origin).toBe(stack.idp.issuer);
    storeCookies(jar, out);
    expect(jar.cookies.size).toBe(0);

    expect((await send(`${url}/`, [...NAVIGATION, ...cookieLine(jar)])).status).toBe(302);
    expect((await send(`${url}/`, [...FETCH, ...cookieLine(jar)])).status).toBe(401);
  });
});
