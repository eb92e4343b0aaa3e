// Real Caddy and nginx in front of the real service, the test provider and the echo app, all on
// 127.0.0.1, with every file under a temporary directory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type IncomingHttpHeaders } from "node:http";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IDENTITY_HEADER_NAMES } from "../../src/auth/identity-headers.ts";
import { generateCaddy } from "../../src/proxy-config/caddy.ts";
import { generateNginx } from "../../src/proxy-config/nginx.ts";
import type { GenerateOptions } from "../../src/proxy-config/options.ts";
import { VERSION } from "../../src/version.ts";
import { parseEcho, startEcho, type EchoApp, type Echoed } from "./echo.ts";
import { CLIENT_ID, CLIENT_SECRET, Jar, PREFIX, testEnv, USERS } from "./harness.ts";
import { type IdpCookieJar, loginAtIdp, startTestIdp, type TestIdp } from "./idp.ts";
import { freePort, runService, type RawResponse, type RunningService } from "./process.ts";

export type ProxyKind = "caddy" | "nginx";

export const CADDY = "/usr/bin/caddy";
export const NGINX = "/usr/sbin/nginx";

export interface RunningProxy {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** The generated site configuration it runs. */
  readonly site: string;
  /** Everything the process wrote to stdout and stderr so far. */
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Runs a command to completion with a time limit; for `caddy adapt` and `nginx -t`. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory for one proxy's files; removed by stop(). */
export function scratchDir(kind: ProxyKind): string {
  return mkdtempSync(join(tmpdir(), `forward-auth-${kind}-`));
}

/** Caddy's own files (autosave.json, certificates) stay in `dir`, never in $HOME. */
export function caddyEnv(dir: string): NodeJS.ProcessEnv {
  return { HOME: dir, XDG_CONFIG_HOME: join(dir, "config"), XDG_DATA_HOME: join(dir, "data") };
}

/** Global options for tests: no admin endpoint, no certificates, no automatic redirects. */
export function caddyTestConfig(site: string): string {
  return `{\n\tadmin off\n\tauto_https off\n}\n\n${site}`;
}

/**
 * nginx.conf around a site file for a non-installed run: every path nginx writes is under
 * `dir`, errors (at info, which shows dropped header lines) go to stderr.
 */
export function nginxTestConfig(dir: string): string {
  const runAsRoot = process.getuid?.() === 0;
  return [
    // As root, nginx would hand its workers to "nobody", who cannot use the temp directories.
    ...(runAsRoot ? ["user root;"] : []),
    "worker_processes 1;",
    "error_log stderr info;",
    "events { worker_connections 64; }",
    "http {",
    `\taccess_log ${join(dir, "access.log")};`,
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
      (temp) => `\t${temp}_temp_path ${join(dir, temp)};`,
    ),
    `\tinclude ${join(dir, "site.conf")};`,
    "}",
    "",
  ].join("\n");
}

export function nginxArgs(dir: string, extra: string): string[] {
  return ["-p", dir, "-c", join(dir, "nginx.conf"), "-g", `${extra}pid ${join(dir, "nginx.pid")};`];
}

function requireBinary(path: string, pkg: string): void {
  if (!existsSync(path)) throw new Error(`${path} not found: install Debian's ${pkg} package`);
}

/** Starts Caddy with a site block on 127.0.0.1:port and waits until it accepts connections. */
export async function startCaddy(site: string, port: number): Promise<RunningProxy> {
  requireBinary(CADDY, "caddy");
  const dir = scratchDir("caddy");
  const file = join(dir, "Caddyfile");
  writeFileSync(file, caddyTestConfig(site));
  const child = spawn(CADDY, ["run", "--config", file, "--adapter", "caddyfile"], {
    env: { PATH: process.env.PATH ?? "", ...caddyEnv(dir) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return supervise(child, port, site, dir);
}

/** Starts nginx in the foreground with a server block listening on 127.0.0.1:port. */
export async function startNginx(site: string, port: number): Promise<RunningProxy> {
  requireBinary(NGINX, "nginx-light");
  const dir = scratchDir("nginx");
  writeFileSync(join(dir, "nginx.conf"), nginxTestConfig(dir));
  writeFileSync(join(dir, "site.conf"), site);
  const child = spawn(NGINX, nginxArgs(dir, "daemon off; "), {
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return supervise(child, port, site, dir);
}

async function supervise(
  child: ChildProcess,
  port: number,
  site: string,
  dir: string,
): Promise<RunningProxy> {
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) =>
    child.on("exit", () => {
      resolve();
    }),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // Both shut down on SIGTERM (nginx's fast shutdown: the master stops its workers first).
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100 && !(await accepts(port)); i++) {
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!(await accepts(port))) {
    await stop();
    throw new Error(`proxy did not start on port ${port}:\n${out}`);
  }
  return { url: `http://127.0.0.1:${port}`, site, output: () => out, stop };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      resolve(false);
    });
  });
}

/** Header lines in order, names spelt exactly as given; a name may repeat. */
export type HeaderLines = readonly (readonly [string, string])[];

/**
 * A plain node:http request with the path and the header lines sent exactly as written (case,
 * order and duplicates kept), unlike fetch, which also sets its own Sec-Fetch-Mode.
 */
export function send(url: string, headers: HeaderLines = [], method = "GET"): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // The request target is sent as written: new URL() would resolve /x/../rest/ to /rest/.
    const target = /^(https?:\/\/[^/?#]+)(.*)$/.exec(url);
    if (target === null) throw new Error(`not an absolute http URL: ${url}`);
    const { hostname, port, host } = new URL(target[1] ?? "");
    const path = target[2] === "" ? "/" : (target[2] ?? "/");
    // With header lines as an array, node:http adds no Host of its own.
    const hasHost = headers.some(([name]) => name.toLowerCase() === "host");
    const lines = hasHost ? headers : [["Host", host] as const, ...headers];
    const flat = lines.flatMap(([name, value]) => [name, value]);
    const options = { hostname, port, path, method, headers: flat, agent: false };
    const req = request(options, (res) => {
      let body = "";
      res.setEncoding("latin1");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`request to ${url} timed out`)));
    req.on("error", reject);
    req.end();
  });
}

/** A WebSocket handshake's outcome: 101 with the open tunnel, or the answer that refused it. */
export type WebSocketResult =
  | { readonly status: 101; readonly headers: IncomingHttpHeaders; readonly socket: Socket }
  | { readonly status: number; readonly headers: IncomingHttpHeaders; readonly body: string };

/**
 * Opens a WebSocket handshake (RFC 6455 section 4.1) as a browser sends it, with `headers`; a
 * Host among them replaces the URL's (a name-based route reached on a loopback address).
 */
export function openWebSocket(url: string, headers: HeaderLines = []): Promise<WebSocketResult> {
  return new Promise((resolve, reject) => {
    const { hostname, port, host, pathname, search } = new URL(url);
    const hasHost = headers.some(([name]) => name.toLowerCase() === "host");
    const lines: HeaderLines = [
      ...(hasHost ? [] : [["Host", host] as const]),
      ["Connection", "Upgrade"],
      ["Upgrade", "websocket"],
      ["Sec-WebSocket-Version", "13"],
      ["Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="],
      ["Sec-Fetch-Mode", "websocket"],
      ...headers,
    ];
    const req = request({
      hostname,
      port,
      path: pathname + search,
      headers: lines.flatMap(([name, value]) => [name, value]),
      agent: false,
    });
    req.on("upgrade", (res, socket) => {
      resolve({ status: 101, headers: res.headers, socket });
    });
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("latin1");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`handshake with ${url} timed out`)));
    req.on("error", reject);
    req.end();
  });
}

/** Sends `text` through an open tunnel and resolves with what comes back first. */
export function roundTrip(socket: Socket, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once("data", (data: Buffer) => {
      resolve(data.toString());
    });
    socket.once("error", reject);
    socket.write(text);
  });
}

/** What a browser sends for a top-level navigation. */
export const NAVIGATION: HeaderLines = [
  ["Accept", "text/html,application/xhtml+xml"],
  ["Sec-Fetch-Mode", "navigate"],
  ["Sec-Fetch-Dest", "document"],
];
/** What a browser's fetch() sends for an API call. */
export const FETCH: HeaderLines = [
  ["Accept", "application/json"],
  ["Sec-Fetch-Mode", "cors"],
  ["Sec-Fetch-Dest", "empty"],
];

/** Stores a raw answer's Set-Cookie lines in the harness's jar. */
export function storeCookies(jar: Jar, res: RawResponse): void {
  const lines = res.headers["set-cookie"] ?? [];
  const headers = new Headers();
  for (const line of lines) headers.append("set-cookie", line);
  jar.store(new Response(null, { headers }));
}

/** The jar's cookies as a header line, or nothing when it is empty. */
export function cookieLine(jar: Jar): HeaderLines {
  const value = jar.header();
  return value === "" ? [] : [["Cookie", value]];
}

/** Everything one proxy test file needs, started and stopped together. */
export interface Stack {
  readonly kind: ProxyKind;
  readonly proxy: RunningProxy;
  readonly service: RunningService;
  /** The service's environment, to start another one like it. */
  readonly serviceEnv: Record<string, string>;
  readonly idp: TestIdp;
  readonly echo: EchoApp;
  /** The generator options the running site was made from. */
  readonly options: GenerateOptions;
  stop(): Promise<void>;
}

export const PUBLIC_PATHS = ["/rest/", "/share/"];

/** Members of this group may use the app: alice may, bob may not. */
export const ALLOWED_GROUP = "music";

/**
 * The test provider with alice and bob (redirect URI on the proxy's origin), the service
 * process (plain-HTTP cookies, trusting loopback, only ALLOWED_GROUP), the echo app and Caddy
 * or nginx running the generated site.
 */
export async function startStack(kind: ProxyKind): Promise<Stack> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  };
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const idp = await startTestIdp({
      users: [USERS.alice, USERS.bob],
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${origin}${PREFIX}/callback`],
          post_logout_redirect_uris: [`${origin}${PREFIX}/signed_out`],
        },
      ],
    });
    cleanups.push(() => idp.close());
    const echo = await startEcho();
    cleanups.push(() => echo.close());
    const serviceEnv = testEnv(idp.issuer, {
      FORWARD_AUTH_COOKIE_SECURE: "false",
      FORWARD_AUTH_ALLOWED_GROUPS: ALLOWED_GROUP,
      FORWARD_AUTH_LOG_LEVEL: "debug",
    });
    const service = await runService(serviceEnv);
    cleanups.push(() => service.stop());
    await waitReady(service);
    const options: GenerateOptions = {
      host: "127.0.0.1",
      upstream: echo.url,
      publicPaths: PUBLIC_PATHS,
      authAddress: service.url,
      prefix: PREFIX,
      name: "music",
    };
    const proxy = await startSite(kind, options, port);
    cleanups.push(() => proxy.stop());
    return { kind, proxy, service, serviceEnv, idp, echo, options, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * Caddy or nginx running the generated site for options.host on 127.0.0.1:port (a free one by
 * default), over plain HTTP: the only difference from the shipped configuration.
 */
export async function startSite(
  kind: ProxyKind,
  options: GenerateOptions,
  port?: number,
): Promise<RunningProxy> {
  const listen = port ?? (await freePort());
  return kind === "caddy"
    ? startCaddy(
        generateCaddy(options, { address: `http://127.0.0.1:${listen}`, bind: "127.0.0.1" }),
        listen,
      )
    : startNginx(generateNginx(options, { listen: `127.0.0.1:${listen}` }), listen);
}

/**
 * Runs `use` with the URL of another site like the stack's, in front of another service process
 * started with `overrides` on the stack's environment (same sealing secret, so the stack's
 * sessions are valid there too). Both are stopped afterwards.
 */
export async function withOtherService(
  stack: Stack,
  overrides: Record<string, string>,
  use: (proxyUrl: string) => Promise<void>,
): Promise<void> {
  const service = await runService({ ...stack.serviceEnv, ...overrides });
  try {
    const proxy = await startSite(stack.kind, { ...stack.options, authAddress: service.url });
    try {
      await use(proxy.url);
    } finally {
      await proxy.stop();
    }
  } finally {
    await service.stop();
  }
}

/** Waits (at most 5 s) until the service has loaded the provider's discovery and keys. */
export async function waitReady(service: RunningService): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${service.url}${PREFIX}/readyz`).catch(() => undefined);
    if (res?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`service not ready:\n${service.output()}`);
}

/**
 * A browser's login through the proxy: navigate to `path`, follow to the provider, sign in,
 * follow the callback back through the proxy. Returns the jar and the callback's answer.
 */
export async function signIn(
  proxyUrl: string,
  path: string,
  user: { readonly username: string; readonly password: string },
  jar = new Jar(),
  idpJar?: IdpCookieJar,
): Promise<{ jar: Jar; challenge: RawResponse; callback: RawResponse }> {
  const challenge = await send(`${proxyUrl}${path}`, [...NAVIGATION, ...cookieLine(jar)]);
  if (challenge.status !== 302) {
    throw new Error(`navigation answered ${challenge.status}, not 302: ${challenge.body}`);
  }
  storeCookies(jar, challenge);
  // idpJar keeps the provider's session, for a later endSessionAtIdp.
  const back = await loginAtIdp(
    challenge.headers.location ?? "",
    user,
    idpJar === undefined ? {} : { jar: idpJar },
  );
  const callback = await send(back, [...NAVIGATION, ...cookieLine(jar)]);
  storeCookies(jar, callback);
  return { jar, challenge, callback };
}

/**
 * Every identity header in nine spellings (as documented, lower case, upper case, underscores,
 * upper case with underscores, one underscore among hyphens, and the same three with dots), all
 * carrying `value`.
 */
export function spoofLines(value: string): HeaderLines {
  return IDENTITY_HEADER_NAMES.flatMap((name): [string, string][] => [
    [name, value],
    [name.toLowerCase(), value],
    [name.toUpperCase(), value],
    [name.replaceAll("-", "_"), value],
    [name.toUpperCase().replaceAll("-", "_"), value],
    [name.replace("-", "_"), value],
    [name.replaceAll("-", "."), value],
    [name.toLowerCase().replaceAll("-", "."), value],
    [name.replace("-", "."), value],
  ]);
}

/** The echo app's answer; throws with the proxy's and the service's output when it did not answer. */
export function appAnswer(stack: Stack, res: RawResponse): Echoed {
  const echo = parseEcho(res.body);
  if (res.status !== 200 || echo === undefined) {
    throw new Error(
      `the app did not answer (${res.status}): ${res.body.slice(0, 300)}\n` +
        `${stack.proxy.output()}\n${stack.service.output()}`,
    );
  }
  return echo;
}

/**
 * alice's identity headers as the app must receive them through `origin`, lower-case name →
 * values. `empty` is what the proxy makes of a header forward-auth sends empty (alice has no
 * entitlements): Caddy 2.6 copies it as an empty header, nginx drops it.
 */
export function aliceAtApp(origin: string, empty: "empty" | "absent"): Record<string, string[]> {
  return {
    "x-authentik-username": ["alice"],
    "x-authentik-groups": ["music|admins"],
    "x-authentik-email": ["alice@example.test"],
    "x-authentik-name": ["Alice Liddell"],
    "x-authentik-uid": ["u-alice"],
    ...(empty === "empty" ? { "x-authentik-entitlements": [""] } : {}),
    "x-authentik-meta-outpost": ["forward-auth"],
    "x-authentik-meta-provider": [CLIENT_ID],
    "x-authentik-meta-app": [new URL(origin).host],
    "x-authentik-meta-version": [VERSION],
    // Identity JWTs are off in these stacks: present and empty at Caddy, removed by nginx.
    ...(empty === "empty" ? { "x-authentik-meta-jwks": [""], "x-authentik-jwt": [""] } : {}),
    "remote-user": ["alice"],
    "remote-groups": ["music,admins"],
    "remote-email": ["alice@example.test"],
    "remote-name": ["Alice Liddell"],
  };
}
