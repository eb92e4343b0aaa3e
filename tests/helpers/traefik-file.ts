// The real Traefik (tests/tools/build-traefik.sh builds and caches it) with the file provider, on
// loopback ports, its log and access log in files under a temporary directory, and its API on a
// second loopback entry point, so a test can ask which routers Traefik built and which one
// answered a request.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./bundle.ts";
import { freePort } from "./process.ts";

export type TraefikBinary =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/**
 * The cached Traefik binary, built on first use (minutes on a fresh machine). The script exits 3
 * when there is no Go toolchain: the caller skips, except in CI (CI=true), where it must fail.
 */
export function findTraefik(): TraefikBinary {
  const result = spawnSync("bash", [`${ROOT}tests/tools/build-traefik.sh`], {
    encoding: "utf8",
    timeout: 40 * 60_000,
  });
  if (result.status === 3) {
    const reason = result.stderr.trim().split("\n").at(-1) ?? "no Go toolchain";
    const ci = process.env.CI;
    if (ci !== undefined && ci !== "" && ci !== "false" && ci !== "0") {
      throw new Error(`CI needs the real Traefik: ${reason}`);
    }
    return { ok: false, reason };
  }
  const path = result.stdout.trim();
  if (result.status !== 0 || !existsSync(path)) {
    throw new Error(
      `tests/tools/build-traefik.sh failed (${String(result.status)}):\n${result.stderr}`,
    );
  }
  return { ok: true, path };
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
  readonly middlewares?: readonly string[];
  readonly error?: readonly string[];
}

export interface RunningTraefik {
  /** http://127.0.0.1:PORT: the entry point the dynamic files' routers serve. */
  readonly url: string;
  /** Traefik's JSON log, line by line. */
  log(): LogLine[];
  /** The access log, one entry per answered request, oldest first. */
  access(): AccessLine[];
  /** GET on Traefik's API, e.g. "/api/http/routers". */
  api(path: string): Promise<unknown>;
  stop(): Promise<void>;
}

const readLines = (file: string): unknown[] =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as unknown)
    : [];

type Api = (path: string) => Promise<unknown>;

/** Ready when the API lists `count` routers of the file provider. */
export const routersLoaded =
  (count: number) =>
  async (api: Api): Promise<boolean> => {
    const routers = (await api("/api/http/routers")) as ApiRouter[];
    return routers.filter((r) => r.name.endsWith("@file")).length >= count;
  };

/**
 * Starts Traefik with `dynamic` (file name → content) as its file provider's folder and waits
 * (at most 10 s) until `ready` says the configuration is loaded.
 */
export async function startTraefik(
  binary: string,
  dynamic: Readonly<Record<string, string>>,
  ready: (api: Api) => Promise<boolean>,
): Promise<RunningTraefik> {
  const dir = mkdtempSync(join(tmpdir(), "forward-auth-traefik-"));
  mkdirSync(join(dir, "dynamic"));
  for (const [name, content] of Object.entries(dynamic)) {
    writeFileSync(join(dir, "dynamic", name), content);
  }
  const [port, apiPort] = [await freePort(), await freePort()];
  const logFile = join(dir, "traefik.log");
  const accessFile = join(dir, "access.log");
  // aliasHeadersStrategy: without it Traefik v3.7.12 warns at start (and lets Remote.User
  // through). A short graceTimeOut: stop() need not wait Traefik's default 10 s for idle
  // connections. api.insecure serves the API on the entry point named traefik; the dashboard
  // is off because the binary built from the module has no web UI files (it logs an error).
  const entryPoint = (address: string) => ({
    address,
    http: { aliasHeadersStrategy: "delete" },
    transport: { lifeCycle: { graceTimeOut: "1s" } },
  });
  const config = {
    global: { checkNewVersion: false, sendAnonymousUsage: false },
    entryPoints: {
      web: entryPoint(`127.0.0.1:${port}`),
      traefik: entryPoint(`127.0.0.1:${apiPort}`),
    },
    api: { insecure: true, dashboard: false },
    providers: { file: { directory: join(dir, "dynamic"), watch: false } },
    log: { level: "INFO", format: "json", filePath: logFile },
    accessLog: { format: "json", filePath: accessFile },
  };
  // JSON is YAML: Traefik reads the file by its extension.
  writeFileSync(join(dir, "traefik.yml"), JSON.stringify(config, null, 2));

  const child = spawn(binary, [`--configfile=${join(dir, "traefik.yml")}`], {
    env: { PATH: process.env.PATH ?? "" },
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

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const api: Api = async (path) => {
    const res = await fetch(`${apiUrl}${path}`);
    if (res.status !== 200) throw new Error(`Traefik API ${path}: ${res.status}`);
    return res.json();
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  for (let i = 0; i < 200 && child.exitCode === null; i++) {
    // Until Traefik listens, fetch fails: not ready yet.
    if (await ready(api).catch(() => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (child.exitCode !== null) {
    const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
    await stop();
    throw new Error(`Traefik exited (${String(child.exitCode)}):\n${out}\n${log}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => readLines(logFile) as LogLine[],
    access: () => readLines(accessFile) as AccessLine[],
    api,
    stop,
  };
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
