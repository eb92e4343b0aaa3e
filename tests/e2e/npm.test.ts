// `forward-auth config npm`: the Advanced-tab text of an Nginx Proxy Manager proxy host, inside a
// server block shaped like the one NPM's backend/templates/proxy_host.conf renders (the Details
// tab's set $forward_scheme/$server/$port, listen, server_name, the includes of its Block Common
// Exploits, SSL and HSTS options stubbed here, the Websockets Support lines, its logs, the
// Advanced text, the custom include), checked with the real nginx (Debian's 1.22) and run in
// front of the real service, the test provider, the echo app and Chromium.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateNpm, NPM_DETAILS_UPSTREAM } from "../../src/proxy-config/npm.ts";
import type { GenerateOptions } from "../../src/proxy-config/options.ts";
import { identityOf, parseEcho, smuggled, startEcho, type EchoApp } from "../helpers/echo.ts";
import { CLIENT_ID, CLIENT_SECRET, PREFIX, testEnv, USERS, type Jar } from "../helpers/harness.ts";
import { startTestIdp, type TestIdp } from "../helpers/idp.ts";
import { freePort, runService, type RunningService } from "../helpers/process.ts";
import {
  aliceAtApp,
  appAnswer,
  cookieLine,
  FETCH,
  NAVIGATION,
  NGINX,
  nginxArgs,
  nginxTestConfig,
  openWebSocket,
  roundTrip,
  runTool,
  scratchDir,
  send,
  signIn,
  spoofLines,
  startNginx,
  waitReady,
  type RunningProxy,
  type Stack,
} from "../helpers/proxies.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = "test-artifacts";
const SPOOFED = "spoofed-admin";
const PUBLIC_PATHS = ["/rest/", "/share/"];

/**
 * The stub files the server block includes, under `root`: written here, with lines of the same
 * kind as NPM's (server-level if/return, an ACME location, a redirect to HTTPS, ciphers).
 */
function writeNpmIncludes(root: string, tls: boolean): void {
  const include = join(root, "conf.d", "include");
  mkdirSync(include, { recursive: true });
  mkdirSync(join(root, "custom"), { recursive: true });
  mkdirSync(join(root, "acme"), { recursive: true });
  writeFileSync(
    join(include, "block-exploits.conf"),
    'if ($query_string ~ "union.*select.*\\(") {\n\treturn 403;\n}\n',
  );
  writeFileSync(
    join(include, "letsencrypt-acme-challenge.conf"),
    `location ^~ /.well-known/acme-challenge/ {\n\tdefault_type "text/plain";\n\troot ${join(root, "acme")};\n}\n`,
  );
  writeFileSync(join(include, "ssl-ciphers.conf"), "ssl_protocols TLSv1.2 TLSv1.3;\n");
  writeFileSync(
    join(include, "force-ssl.conf"),
    tls ? 'if ($scheme = "http") {\n\treturn 301 https://$host$request_uri;\n}\n' : "",
  );
}

interface NpmHost {
  /** Where the includes live (NPM: /etc/nginx, relative conf.d/include/…). */
  readonly root: string;
  readonly listen: readonly string[];
  readonly host: string;
  /** The Details tab: scheme, forward host, port. */
  readonly details: { readonly scheme: string; readonly server: string; readonly port: number };
  /** A certificate for the SSL tab, or none. */
  readonly cert?: { readonly cert: string; readonly key: string };
  readonly advanced: string;
}

/**
 * A proxy host's server block in the order proxy_host.conf renders it, with the default
 * location / left out because the Advanced text has one.
 */
function npmServerBlock(h: NpmHost): string {
  const inc = (file: string) => `\tinclude ${join(h.root, "conf.d", "include", file)};`;
  return [
    "server {",
    `\tset $forward_scheme ${h.details.scheme};`,
    `\tset $server "${h.details.server}";`,
    `\tset $port ${String(h.details.port)};`,
    ...h.listen.map((l) => `\tlisten ${l};`),
    `\tserver_name ${h.host};`,
    ...(h.cert === undefined
      ? []
      : [
          inc("letsencrypt-acme-challenge.conf"),
          inc("ssl-ciphers.conf"),
          `\tssl_certificate ${h.cert.cert};`,
          `\tssl_certificate_key ${h.cert.key};`,
        ]),
    // Details tab: Block Common Exploits on, Cache Assets off (see the docs).
    inc("block-exploits.conf"),
    // SSL tab: HSTS and Force SSL.
    `\tadd_header Strict-Transport-Security "max-age=63072000; preload" always;`,
    inc("force-ssl.conf"),
    // Details tab: Websockets Support on.
    "\tproxy_set_header Upgrade $http_upgrade;",
    "\tproxy_set_header Connection $http_connection;",
    "\tproxy_http_version 1.1;",
    `\taccess_log ${join(h.root, "proxy-host-1_access.log")};`,
    `\terror_log ${join(h.root, "proxy-host-1_error.log")} warn;`,
    "",
    h.advanced,
    `\tinclude ${join(h.root, "custom", "server_proxy[.]conf")};`,
    "}",
    "",
  ].join("\n");
}

const options = (o: Partial<GenerateOptions>): GenerateOptions => ({
  host: "music.example.com",
  upstream: NPM_DETAILS_UPSTREAM,
  publicPaths: PUBLIC_PATHS,
  authAddress: "http://127.0.0.1:9000",
  prefix: PREFIX,
  name: "music-example-com",
  ...o,
});

describe("config npm inside an NPM proxy host's server block", () => {
  it("has the location / that makes NPM leave out its own", () => {
    // NPM (internal/nginx.js) writes its default location / only when the Advanced text has no
    // line "location / {"; one more location / here would fail with "duplicate location".
    expect(generateNpm(options({}))).toMatch(/^location \/ \{$/m);
  });

  it.each([
    { name: "the Details tab's upstream", upstream: NPM_DETAILS_UPSTREAM },
    { name: "--upstream", upstream: "http://127.0.0.1:4533" },
  ])("passes nginx -t with HTTPS, NPM's includes and $name", ({ upstream }) => {
    const dir = scratchDir("nginx");
    try {
      const cert = join(dir, "cert.pem");
      const key = join(dir, "key.pem");
      const openssl = runTool("openssl", [
        ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
        ...["-subj", "/CN=music.example.com", "-keyout", key, "-out", cert],
      ]);
      expect(openssl.status).toBe(0);
      writeNpmIncludes(dir, true);
      const site = npmServerBlock({
        root: dir,
        listen: ["127.0.0.1:18080", "127.0.0.1:18443 ssl"],
        host: "music.example.com",
        details: { scheme: "http", server: "navidrome", port: 4533 },
        cert: { cert, key },
        advanced: generateNpm(options({ upstream })),
      });
      writeFileSync(join(dir, "site.conf"), site);
      writeFileSync(join(dir, "nginx.conf"), nginxTestConfig(dir));
      const test = runTool(NGINX, ["-t", ...nginxArgs(dir, "")]);
      expect(test.stderr).toContain("test is successful");
      expect(test.stderr).not.toMatch(/\[(warn|emerg|crit|alert)\]/);
      expect(test.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("forward-auth behind an NPM proxy host (real nginx, Details-tab upstream)", () => {
  let idp: TestIdp;
  let echo: EchoApp;
  let service: RunningService;
  let proxy: RunningProxy;
  let browser: Browser;
  let url: string;
  let alice: Jar;
  let includes: string;
  let stack: Stack;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${String(port)}`;
    idp = await startTestIdp({
      users: [USERS.alice, USERS.bob],
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${url}${PREFIX}/callback`],
          post_logout_redirect_uris: [`${url}${PREFIX}/signed_out`],
        },
      ],
    });
    cleanups.push(() => idp.close());
    echo = await startEcho();
    cleanups.push(() => echo.close());
    const serviceEnv = testEnv(idp.issuer, {
      FORWARD_AUTH_COOKIE_SECURE: "false",
      FORWARD_AUTH_ALLOWED_GROUPS: "music",
    });
    service = await runService(serviceEnv);
    cleanups.push(() => service.stop());
    await waitReady(service);
    includes = scratchDir("nginx");
    cleanups.push(() => {
      rmSync(includes, { recursive: true, force: true });
      return Promise.resolve();
    });
    writeNpmIncludes(includes, false);
    const o = options({ host: "127.0.0.1", authAddress: service.url });
    proxy = await startNginx(
      npmServerBlock({
        root: includes,
        listen: [`127.0.0.1:${String(port)}`],
        host: "127.0.0.1",
        details: { scheme: "http", server: "127.0.0.1", port: Number(new URL(echo.url).port) },
        advanced: generateNpm(o),
      }),
      port,
    );
    cleanups.push(() => proxy.stop());
    // appAnswer() reads only proxy and service output from a stack.
    stack = {
      kind: "nginx",
      proxy,
      service,
      serviceEnv,
      idp,
      echo,
      options: o,
      stop: () => Promise.resolve(),
    };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    cleanups.push(() => browser.close());
    alice = (await signIn(url, "/", USERS.alice)).jar;
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("logs a real browser in at the provider and lands on the original page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const original = `${url}/albums/?id=7&sort=year`;
    await page.goto(original);
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.fill('input[name="username"]', USERS.alice.username);
    await page.fill('input[name="password"]', USERS.alice.password);
    await Promise.all([
      page.waitForURL((u) => u.href === original, { timeout: 20_000 }),
      page.click("#signin"),
    ]);
    const echoed = parseEcho((await page.textContent("body")) ?? "");
    const seen = new Map(echoed?.headers.map(([k, v]) => [k.toLowerCase(), v]));
    expect(echoed?.url).toBe("/albums/?id=7&sort=year");
    expect(seen.get("x-authentik-username")).toBe("alice");
    expect(seen.get("remote-user")).toBe("alice");
    expect(seen.get("host")).toBe(new URL(url).host);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/npm-browser-login.png`, fullPage: true });
    await context.close();
  });

  it("gives the app forward-auth's identity headers only, whatever the client sends", async () => {
    const res = await send(`${url}/albums`, [
      ...spoofLines(SPOOFED),
      ...NAVIGATION,
      ...cookieLine(alice),
    ]);
    const echoed = appAnswer(stack, res);
    expect(smuggled(echoed, SPOOFED)).toEqual([]);
    expect(Object.fromEntries(identityOf(echoed))).toEqual(aliceAtApp(url, "absent"));
  });

  it("stops a fetch() without a session before the app", async () => {
    const before = echo.received.length;
    const res = await send(`${url}/api/albums`, [...spoofLines(SPOOFED), ...FETCH]);
    expect(res.status).toBe(401);
    expect(echo.received.length).toBe(before);
  });

  // The same rows as config nginx in proxies.test.ts: the public locations send the app the
  // normalised path nginx matched, here through rewrite and the Details tab's variables.
  it.each([
    { path: "/rest/ping.view?u=alice&f=json", want: "/rest/ping.view?u=alice&f=json" },
    { path: "/share/abc", want: "/share/abc" },
    { path: "/REST/ping.view", want: 401 },
    { path: "/restaurant", want: 401 },
    { path: "/rest/../albums", want: 400 },
    { path: "/rest/%2e%2e/albums", want: 400 },
    { path: "/x/../rest/ping.view", want: "/rest/ping.view" },
    { path: "/x/%2e%2e/rest/ping.view", want: "/rest/ping.view" },
    { path: "/albums//../share/x", want: "/share/x" },
    { path: "//rest/ping.view", want: "/rest/ping.view" },
    { path: "/rest%2Fping.view?u=a%26b", want: "/rest/ping.view?u=a%26b" },
    { path: "/rest/a%20b%3Fc?q=1", want: "/rest/a%20b%3Fc?q=1" },
    { path: "/albums%2F7", want: 400 },
  ])(
    "routes $path by its normalised path, public ones without identity",
    async ({ path, want }) => {
      const before = echo.received.length;
      const res = await send(`${url}${path}`, [...spoofLines(SPOOFED), ...FETCH]);
      if (typeof want === "number") {
        expect(res.status).toBe(want);
        expect(echo.received.length).toBe(before);
      } else {
        const echoed = appAnswer(stack, res);
        expect(echoed.url).toBe(want);
        expect(identityOf(echoed).size).toBe(0);
        expect(smuggled(echoed, SPOOFED)).toEqual([]);
      }
    },
  );

  it("tunnels a signed-in WebSocket to the app and refuses one without a session", async () => {
    const open = await openWebSocket(`${url}/ws`, cookieLine(alice));
    if (!("socket" in open)) {
      throw new Error(`handshake answered ${String(open.status)}: ${open.body}\n${proxy.output()}`);
    }
    try {
      expect(open.headers.upgrade).toBe("websocket");
      expect(await roundTrip(open.socket, "ping")).toBe("ping");
    } finally {
      open.socket.destroy();
    }
    const refused = await openWebSocket(`${url}/ws`);
    expect(refused.status).toBe(401);
  });
});
