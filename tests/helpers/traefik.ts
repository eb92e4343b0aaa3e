// Real Traefik (the binary tests/tools/build-traefik.sh builds) running the bundle's static
// configuration, changed only where a test must change it (addresses, files, log format, the API
// when a test asks for it), on 127.0.0.1 with every file under a temporary directory.
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { readRepoFile, ROOT } from "./bundle.ts";
import { freePort } from "./process.ts";
import { send } from "./proxies.ts";

export const BUILD_TRAEFIK = `${ROOT}tests/tools/build-traefik.sh`;

/** The cached Traefik binary, or why this machine has none. */
export type TraefikBinary =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly reason: string };

/** CI=true, CI=1 or any other value but "", "false" and "0". */
function inCI(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== "" && ci !== "false" && ci !== "0";
}

/**
 * Asks tests/tools/build-traefik.sh for the binary: it prints the cached path, or builds it first
 * (minutes, on a fresh machine; .ci/run builds it before the tests). Exit 3 means no Go on this
 * machine: `testFile` is skipped, saying so in one line, except in CI, where the tests must run
 * and this throws. Any other failure is a broken build and throws.
 */
export function findTraefik(testFile: string): TraefikBinary {
  const result = spawnSync("bash", [BUILD_TRAEFIK], {
    encoding: "utf8",
    env: process.env,
    timeout: 60 * 60_000,
  });
  const stderr = result.stderr.trim();
  if (result.status === 3) {
    const reason = (stderr.split("\n").at(-1) ?? "").replace(/^build-traefik: /, "");
    if (inCI()) throw new Error(`${testFile} cannot run in CI without the real Traefik: ${reason}`);
    console.log(`${testFile} skipped, no real Traefik: ${reason}`);
    return { found: false, reason };
  }
  const path = result.stdout.trim();
  if (result.status !== 0 || !existsSync(path)) {
    throw new Error(`${BUILD_TRAEFIK} failed (exit ${String(result.status)}):\n${stderr}`);
  }
  return { found: true, path };
}

type Tree = Record<string, unknown>;

function mapping(tree: Tree, key: string, where: string): Tree {
  const value = tree[key];
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new Error(`traefik/traefik.yml: expected a mapping at ${where}${key}`);
  }
  return value as Tree;
}

export interface StaticPlaces {
  /** Loopback ports for the two entry points of traefik.yml. */
  readonly web: number;
  readonly websecure: number;
  /** A loopback port for Traefik's API, on a third entry point; undefined: no API, as bundled. */
  readonly api?: number | undefined;
  readonly dynamicDir: string;
  readonly logFile: string;
  readonly accessLogFile: string;
}

/**
 * traefik/traefik.yml as the tests run it; every other setting is kept as users get it
 * (aliasHeadersStrategy, encodedCharacters, the redirect of web to websecure, forwardedHeaders,
 * the log level, the access log's dropped headers):
 * - the entry points listen on loopback ports instead of :80 and :443;
 * - websecure serves plain HTTP: its `tls: {}` would make Traefik serve its self-signed default
 *   certificate, which the clients here would have to be told to accept; forward-auth's cookies
 *   are set without Secure for the test (FORWARD_AUTH_COOKIE_SECURE=false), as with Caddy and
 *   nginx. Any certificatesResolvers (ACME) go too: they would call Let's Encrypt;
 * - the file provider reads a temporary directory; the Docker provider goes, as no Docker engine
 *   runs here (Traefik would log a connection error every time it retries);
 * - Traefik's log and access log go to files, as JSON lines the tests parse;
 * - with `api`, api.insecure serves the API on the entry point named traefik. The dashboard stays
 *   off: the binary built from the module has no web UI files (Traefik logs an error for them).
 */
export function testStaticConfig(bundle: string, places: StaticPlaces): string {
  const config = parse(bundle, { uniqueKeys: true }) as Tree;
  const entryPoints = mapping(config, "entryPoints", "");
  const names = Object.keys(entryPoints);
  if (names.join(",") !== "web,websecure") {
    throw new Error(`traefik/traefik.yml: entry points ${names.join(", ")}; give each a port here`);
  }
  mapping(entryPoints, "web", "entryPoints.").address = `127.0.0.1:${places.web}`;
  const websecure = mapping(entryPoints, "websecure", "entryPoints.");
  websecure.address = `127.0.0.1:${places.websecure}`;
  delete mapping(websecure, "http", "entryPoints.websecure.").tls;
  if (places.api !== undefined) {
    // Without aliasHeadersStrategy v3.7.12 warns at start about this entry point too.
    entryPoints.traefik = {
      address: `127.0.0.1:${places.api}`,
      http: { aliasHeadersStrategy: "delete" },
    };
    config.api = { insecure: true, dashboard: false };
  }
  delete config.certificatesResolvers;
  const providers = mapping(config, "providers", "");
  mapping(providers, "file", "providers.").directory = places.dynamicDir;
  delete providers.docker;
  Object.assign(mapping(config, "log", ""), { filePath: places.logFile, format: "json" });
  Object.assign(mapping(config, "accessLog", ""), {
    filePath: places.accessLogFile,
    format: "json",
  });
  return stringify(config);
}

/** Dynamic-configuration files for the file provider: file name → content. */
export type DynamicFiles = Readonly<Record<string, string>>;

/**
 * The files of traefik/dynamic/ with only the addresses changed: each key of `addresses` (as the
 * bundle writes it, e.g. http://forward-auth:9000) becomes its value everywhere it appears. Throws
 * when an address is not in the bundle, so a renamed service cannot leave a file unchanged.
 */
export function bundleDynamicFiles(addresses: Readonly<Record<string, string>>): DynamicFiles {
  const files = readdirSync(`${ROOT}traefik/dynamic`)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => [name, readRepoFile(`traefik/dynamic/${name}`)] as const);
  for (const from of Object.keys(addresses)) {
    if (!files.some(([, text]) => text.includes(from))) {
      throw new Error(`no file in traefik/dynamic/ names ${from}`);
    }
  }
  return Object.fromEntries(
    files.map(([name, text]) => [
      name,
      Object.entries(addresses).reduce((t, [from, to]) => t.replaceAll(from, to), text),
    ]),
  );
}

/** `forward-auth config traefik ARGS` as a user runs it (bin/forward-auth.js); its stdout. */
export function configTraefik(args: readonly string[]): string {
  const result = spawnSync(
    process.execPath,
    [`${ROOT}bin/forward-auth.js`, "config", "traefik", ...args],
    { encoding: "utf8", env: { PATH: process.env.PATH ?? "" }, timeout: 20_000 },
  );
  if (result.status !== 0) {
    throw new Error(
      `forward-auth config traefik ${args.join(" ")}: exit ${String(result.status)}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** One line of Traefik's JSON log. */
export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly [field: string]: unknown;
}

/** One line of Traefik's JSON access log (the fields the tests read). */
export interface AccessLine {
  readonly RouterName?: string;
  readonly ServiceName?: string;
  readonly RequestHost: string;
  readonly RequestPath: string;
  readonly DownstreamStatus: number;
}

/** A router as Traefik's API lists it (GET /api/http/routers). */
export interface ApiRouter {
  readonly name: string;
  readonly status: string;
  readonly rule: string;
  readonly priority: number;
  readonly service: string;
  readonly entryPoints: readonly string[];
  readonly middlewares?: readonly string[];
  readonly error?: readonly string[];
}

export interface RunningTraefik {
  /** The websecure entry point, http://127.0.0.1:PORT. */
  readonly url: string;
  /** The web entry point, which redirects to websecure. */
  readonly webUrl: string;
  /** The static configuration it runs. */
  readonly staticConfig: string;
  /** Traefik's JSON log so far, line by line. */
  log(): LogLine[];
  /** The access log, one entry per answered request, oldest first. */
  access(): AccessLine[];
  /** GET on Traefik's API, e.g. "/api/http/routers" (started with `api: true` only). */
  api(path: string): Promise<unknown>;
  /** What Traefik wrote to stdout and stderr (its log goes to the file). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * When the test may start: resolves to what Traefik has not done yet, or undefined once ready.
 * Throwing (Traefik does not listen yet) counts as not ready.
 */
export type Readiness = (traefik: RunningTraefik) => Promise<string | undefined>;

/** One request Traefik must route before the test starts: Host header and path, answered 200. */
export interface ReadyProbe {
  readonly host: string;
  readonly path: string;
}

/** Ready when every probe is answered 200 through the websecure entry point. */
export const routes =
  (probes: readonly ReadyProbe[]): Readiness =>
  async (traefik) => {
    const answered = await Promise.all(
      probes.map(
        async ({ host, path }) =>
          (await send(`${traefik.url}${path}`, [["Host", host]]).catch(() => undefined))?.status ===
          200,
      ),
    );
    const pending = probes.filter((_, n) => answered[n] !== true);
    return pending.length === 0
      ? undefined
      : `route ${pending.map((p) => p.host + p.path).join(", ")}`;
  };

/**
 * The name Traefik gives a file-provider router where it serves requests, on websecure. A router
 * that names no entry point is on all of them; for each entry point with options that apply to
 * its routers (traefik.yml gives websecure tls and encodedCharacters), Traefik serves a copy
 * named ENTRYPOINT-ROUTER when the router has more than one entry point (v3.7.12
 * pkg/server/aggregator.go). The one on web, under its own name, is never reached: web's redirect
 * router outranks it.
 */
export const onWebsecure = (router: string): string => `websecure-${router}@file`;

/** Ready when the API lists at least `count` items of the file provider at `path`. */
export const apiLists =
  (path: string, count: number, match = (name: string) => name.endsWith("@file")): Readiness =>
  async (traefik) => {
    const items = (await traefik.api(path)) as readonly { readonly name: string }[];
    const found = items.filter((item) => match(item.name)).length;
    return found >= count ? undefined : `list ${count} items at ${path} (${found})`;
  };

/** Ready when the API lists `count` routers of the file provider on websecure. */
export const routersLoaded = (count: number): Readiness =>
  apiLists("/api/http/routers", count, (name) => /^websecure-.*@file$/.test(name));

export interface TraefikOptions {
  /** Written to the dynamic directory before Traefik starts, so that it loads them together. */
  readonly files: DynamicFiles;
  /** Loopback ports for web and websecure; free ones when not given. */
  readonly ports?: { readonly web: number; readonly websecure: number };
  /** Serve Traefik's API on a third loopback entry point. */
  readonly api?: boolean;
  readonly ready: Readiness;
}

const readLines = (file: string): unknown[] =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as unknown)
    : [];

/**
 * Runs Traefik with traefik/traefik.yml (as testStaticConfig changes it) and the dynamic `files`,
 * and waits (at most 10 s) until `ready` says the file provider has loaded what the test needs.
 */
export async function startTraefik(
  binary: string,
  options: TraefikOptions,
): Promise<RunningTraefik> {
  const dir = mkdtempSync(join(tmpdir(), "forward-auth-traefik-"));
  const dynamicDir = join(dir, "dynamic");
  mkdirSync(dynamicDir);
  for (const [name, text] of Object.entries(options.files)) {
    writeFileSync(join(dynamicDir, name), text);
  }
  const ports = options.ports ?? { web: await freePort(), websecure: await freePort() };
  const apiPort = options.api === true ? await freePort() : undefined;
  const logFile = join(dir, "traefik.log");
  const accessLogFile = join(dir, "access.log");
  const staticConfig = testStaticConfig(readRepoFile("traefik/traefik.yml"), {
    ...ports,
    api: apiPort,
    dynamicDir,
    logFile,
    accessLogFile,
  });
  const configFile = join(dir, "traefik.yml");
  writeFileSync(configFile, staticConfig);
  const child = spawn(binary, [`--configFile=${configFile}`], {
    env: { PATH: process.env.PATH ?? "", HOME: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) =>
    child.on("exit", () => {
      resolve();
    }),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // SIGTERM starts Traefik's graceful shutdown, which waits up to its graceTimeOut (10 s by
      // default) for open connections such as WebSocket tunnels; the tests need no grace.
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const traefik: RunningTraefik = {
    url: `http://127.0.0.1:${ports.websecure}`,
    webUrl: `http://127.0.0.1:${ports.web}`,
    staticConfig,
    log: () => readLines(logFile) as LogLine[],
    access: () => readLines(accessLogFile) as AccessLine[],
    api: async (path) => {
      if (apiPort === undefined) throw new Error("Traefik was started without its API");
      const res = await fetch(`http://127.0.0.1:${apiPort}${path}`);
      if (res.status !== 200) throw new Error(`Traefik API ${path}: ${res.status}`);
      return (await res.json()) as unknown;
    },
    output: () => out,
    stop,
  };
  let waiting: string | undefined = "start";
  for (let i = 0; i < 200 && waiting !== undefined && child.exitCode === null; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    waiting = await options.ready(traefik).catch((e: unknown) => String(e));
  }
  if (waiting !== undefined) {
    const why =
      child.exitCode === null
        ? `Traefik did not ${waiting} in 10 s`
        : `Traefik exited (${String(child.exitCode)})`;
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    await stop();
    throw new Error(`${why}:\n${out}\n${log}`);
  }
  return traefik;
}

/**
 * The access-log entry of the next request: Traefik writes it after the answer, so this waits
 * (at most 2 s) for the line after the `before`th.
 */
export async function accessEntry(
  traefik: RunningTraefik,
  before: number,
): Promise<AccessLine | undefined> {
  for (let i = 0; i < 40; i++) {
    const lines = traefik.access();
    if (lines.length > before) return lines[before];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/**
 * Traefik logs this warning at every start, whatever the configuration (v3.7.12
 * cmd/traefik/traefik.go, runCmd): it is not about the configuration under test.
 */
const ALWAYS_LOGGED = /^Traefik can reject some encoded characters in the request path\./;

/** Log lines above info (warnings, errors), but for the warning Traefik always writes. */
export function problemsIn(log: readonly LogLine[]): LogLine[] {
  return log.filter(
    (line) => !["info", "debug", "trace"].includes(line.level) && !ALWAYS_LOGGED.test(line.message),
  );
}
