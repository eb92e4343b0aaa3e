// Real Traefik (the binary tests/tools/build-traefik.sh builds) running the bundle's static and
// dynamic configuration, changed only where a test must change it (addresses, files), on
// 127.0.0.1 with every file under a temporary directory.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { readRepoFile, ROOT } from "./bundle.ts";
import { send } from "./proxies.ts";

export const BUILD_TRAEFIK = `${ROOT}tests/tools/build-traefik.sh`;

/** The cached Traefik binary, or why this machine has none. */
export type TraefikBinary =
  | { readonly found: true; readonly path: string }
  | { readonly found: false; readonly reason: string };

/**
 * Asks tests/tools/build-traefik.sh for the binary: it prints the cached path, or builds it first
 * (minutes, on a fresh machine; .ci/run builds it before the tests). Exit 3 means no Go on this
 * machine; any other failure is a broken build and throws.
 */
export function findTraefik(): TraefikBinary {
  const result = spawnSync("bash", [BUILD_TRAEFIK], {
    encoding: "utf8",
    env: process.env,
    timeout: 60 * 60_000,
  });
  const stderr = result.stderr.trim();
  if (result.status === 3) return { found: false, reason: stderr.replace(/^build-traefik: /, "") };
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
  readonly dynamicDir: string;
  readonly logFile: string;
  readonly accessLogFile: string;
}

/**
 * traefik/traefik.yml as the tests run it; every other setting is kept as users get it
 * (aliasHeadersStrategy, the redirect of web to websecure, forwardedHeaders, the log level, the
 * access log's dropped headers):
 * - the entry points listen on loopback ports instead of :80 and :443;
 * - websecure serves plain HTTP: its `tls: {}` would make Traefik serve its self-signed default
 *   certificate, which the clients here would have to be told to accept; forward-auth's cookies
 *   are set without Secure for the test (FORWARD_AUTH_COOKIE_SECURE=false), as with Caddy and
 *   nginx. Any certificatesResolvers (ACME) go too: they would call Let's Encrypt;
 * - the file provider reads a temporary directory; the Docker provider goes, as no Docker engine
 *   runs here (Traefik would log a connection error every time it retries);
 * - Traefik's log and access log go to files the test reads.
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
  delete config.certificatesResolvers;
  const providers = mapping(config, "providers", "");
  mapping(providers, "file", "providers.").directory = places.dynamicDir;
  delete providers.docker;
  mapping(config, "log", "").filePath = places.logFile;
  mapping(config, "accessLog", "").filePath = places.accessLogFile;
  return stringify(config);
}

/** A dynamic-configuration file for the file provider. */
export interface DynamicFile {
  readonly name: string;
  readonly text: string;
}

/**
 * The files of traefik/dynamic/ with only the addresses changed: each key of `addresses` (as the
 * bundle writes it, e.g. http://forward-auth:9000) becomes its value everywhere it appears. Throws
 * when an address is not in the bundle, so a renamed service cannot leave a file unchanged.
 */
export function bundleDynamicFiles(addresses: Readonly<Record<string, string>>): DynamicFile[] {
  const files = readdirSync(`${ROOT}traefik/dynamic`)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ name, text: readRepoFile(`traefik/dynamic/${name}`) }));
  for (const from of Object.keys(addresses)) {
    if (!files.some(({ text }) => text.includes(from))) {
      throw new Error(`no file in traefik/dynamic/ names ${from}`);
    }
  }
  return files.map(({ name, text }) => ({
    name,
    text: Object.entries(addresses).reduce((t, [from, to]) => t.replaceAll(from, to), text),
  }));
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

export interface RunningTraefik {
  /** The websecure entry point, http://127.0.0.1:PORT. */
  readonly url: string;
  /** The web entry point, which redirects to websecure. */
  readonly webUrl: string;
  /** The static configuration it runs. */
  readonly staticConfig: string;
  /** Traefik's log file as written so far. */
  log(): string;
  /** What Traefik wrote to stdout and stderr (its log goes to the file). */
  output(): string;
  stop(): Promise<void>;
}

/** One request Traefik must route before the test starts: Host header and path, answered 200. */
export interface ReadyProbe {
  readonly host: string;
  readonly path: string;
}

/**
 * Runs Traefik with traefik/traefik.yml (as testStaticConfig changes it) and `files` in its
 * dynamic directory, written before it starts so that it loads them together. Waits (at most
 * 10 s) until every probe is answered 200 through the websecure entry point: the file provider
 * has loaded the routers and the services behind them answer.
 */
export async function startTraefik(
  binary: string,
  files: readonly DynamicFile[],
  ports: { readonly web: number; readonly websecure: number },
  probes: readonly ReadyProbe[],
): Promise<RunningTraefik> {
  const dir = mkdtempSync(join(tmpdir(), "forward-auth-traefik-"));
  const dynamicDir = join(dir, "dynamic");
  mkdirSync(dynamicDir);
  for (const { name, text } of files) writeFileSync(join(dynamicDir, name), text);
  const logFile = join(dir, "traefik.log");
  const staticConfig = testStaticConfig(readRepoFile("traefik/traefik.yml"), {
    ...ports,
    dynamicDir,
    logFile,
    accessLogFile: join(dir, "access.log"),
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
  const log = () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : "");
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
  const url = `http://127.0.0.1:${ports.websecure}`;
  const answered = async ({ host, path }: ReadyProbe) =>
    (await send(`${url}${path}`, [["Host", host]]).catch(() => undefined))?.status === 200;
  let pending = [...probes];
  for (let i = 0; i < 100 && pending.length > 0 && child.exitCode === null; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const results = await Promise.all(pending.map(answered));
    pending = pending.filter((_, n) => results[n] !== true);
  }
  if (pending.length > 0) {
    const why = `Traefik did not route ${pending.map((p) => p.host + p.path).join(", ")} in 10 s`;
    const logs = `${out}\n${log()}`;
    await stop();
    throw new Error(`${why}:\n${logs}`);
  }
  return {
    url,
    webUrl: `http://127.0.0.1:${ports.web}`,
    staticConfig,
    log,
    output: () => out,
    stop,
  };
}

/** Traefik's log lines at warning level or above (its default "common" format: `time WRN msg`). */
export function warningsIn(log: string): string[] {
  return log.split("\n").filter((line) => /^\S+ (WRN|ERR|FTL|PNC) /.test(line));
}
