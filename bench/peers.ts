/**
 * The Go peers of `npm run bench`: forward-auth services users weigh against this one, built
 * from the Go module proxy by tests/tools/build-go-peers.sh and measured in the same rounds as
 * forward-auth and bare Hono. A peer that cannot be built or started is reported in one line
 * and the bench goes on; without Go the bench runs as before.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestClient } from "../tests/helpers/idp.ts";
import { loginAtIdp } from "../tests/helpers/idp.ts";
import { freePort, rawRequest } from "../tests/helpers/process.ts";
import { forgeries } from "./forgeries.ts";
import { onCpu } from "./load.ts";

const BUILD_SCRIPT = fileURLToPath(new URL("../tests/tools/build-go-peers.sh", import.meta.url));

/** What the build script reported for one peer. */
export type PeerBuild =
  | { readonly name: string; readonly version: string; readonly ok: true; readonly bin: string }
  | { readonly name: string; readonly version: string; readonly ok: false; readonly why: string };

/** The peers the build script knows of, or why there are none (no Go, build script failed). */
export type PeerBuilds =
  | { readonly ok: true; readonly peers: readonly PeerBuild[] }
  | { readonly ok: false; readonly why: string };

/**
 * Runs the build script (instant once the binaries are cached). Its stdout has one line per
 * peer, `<name> <version> ok <path>` or `<name> <version> missing <why>`; exit 3 means no Go.
 */
export function buildPeers(): PeerBuilds {
  if (process.env.BENCH_PEERS === "0") return { ok: false, why: "BENCH_PEERS=0" };
  const run = spawnSync(BUILD_SCRIPT, [], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    // A fresh machine pays a build of a few minutes; a hung download must not hang the bench.
    timeout: 30 * 60_000,
  });
  if (run.status === 3) {
    return {
      ok: false,
      why: "no Go toolchain on PATH and no cached binaries (Go 1.26 builds them)",
    };
  }
  if (run.status !== 0) {
    const how = run.error?.message ?? `exit ${String(run.status ?? run.signal)}`;
    return { ok: false, why: `tests/tools/build-go-peers.sh failed (${how})` };
  }
  const peers: PeerBuild[] = [];
  for (const line of run.stdout.split("\n")) {
    const match = /^(\S+) (\S+) (ok|missing) (.+)$/.exec(line);
    if (match === null) continue;
    const [, name = "", version = "", state, rest = ""] = match;
    peers.push(
      state === "ok"
        ? { name, version, ok: true, bin: rest }
        : { name, version, ok: false, why: rest },
    );
  }
  return { ok: true, peers };
}

/** One load scenario of a peer, the same three as forward-auth's. */
export interface PeerScenario {
  /** "authenticated check", "unauthenticated browser redirect" or "garbage and forged cookies". */
  readonly kind: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly cookies?: readonly string[];
  /** Every answer must have this status, checked once before the load. */
  readonly expect: number;
}

export interface RunningPeer {
  /** "oauth2-proxy v7.15.6" */
  readonly label: string;
  readonly pid: number | undefined;
  readonly scenarios: readonly PeerScenario[];
  stop(): Promise<void>;
}

/** Client registered in the test provider for oauth2-proxy, with its port fixed beforehand. */
export interface PeerClient {
  readonly port: number;
  readonly client: TestClient;
}

const O2P_CLIENT_ID = "oauth2-proxy";
const O2P_CLIENT_SECRET = randomBytes(16).toString("hex");

/** The test provider must know oauth2-proxy's callback before it starts: pick its port now. */
export async function oauth2ProxyClient(): Promise<PeerClient> {
  const port = await freePort();
  return {
    port,
    client: {
      client_id: O2P_CLIENT_ID,
      client_secret: O2P_CLIENT_SECRET,
      redirect_uris: [`http://127.0.0.1:${String(port)}/oauth2/callback`],
    },
  };
}

/**
 * oauth2-proxy v7 as its documentation sets it up behind Traefik's forwardAuth ("ForwardAuth
 * with static upstreams"): `--upstream=static://202 --reverse-proxy`, cookie sessions, OIDC
 * against the bench's provider. Its per-request access log is off (`--request-logging=false`)
 * because forward-auth runs at log level warn, which writes no line per request; its standard
 * log stays on as it ships, and goes to a file.
 */
export async function startOauth2Proxy(
  build: Extract<PeerBuild, { ok: true }>,
  peer: PeerClient,
  issuer: string,
  user: { username: string; password: string },
  appHeaders: Record<string, string>,
): Promise<RunningPeer> {
  const base = `http://127.0.0.1:${String(peer.port)}`;
  const dir = mkdtempSync(join(tmpdir(), "forward-auth-bench-oauth2-proxy-"));
  const logFile = join(dir, "oauth2-proxy.log");
  const log = openSync(logFile, "w");
  const args = [
    "--provider=oidc",
    `--oidc-issuer-url=${issuer}`,
    `--client-id=${O2P_CLIENT_ID}`,
    `--client-secret=${O2P_CLIENT_SECRET}`,
    // The test provider requires PKCE (S256) on every authorization request, as forward-auth sends.
    "--code-challenge-method=S256",
    `--redirect-url=${base}/oauth2/callback`,
    // 32 characters: oauth2-proxy takes a 16-, 24- or 32-byte secret (AES-256 here).
    `--cookie-secret=${randomBytes(16).toString("hex")}`,
    "--cookie-secure=false",
    "--email-domain=*",
    `--http-address=127.0.0.1:${String(peer.port)}`,
    "--upstream=static://202",
    "--reverse-proxy",
    // Trust X-Forwarded-* from the proxy's address only, as forward-auth's test settings do
    // (oauth2-proxy warns at start that it trusts every address otherwise).
    "--trusted-proxy-ip=127.0.0.1/32",
    "--skip-provider-button",
    "--set-xauthrequest",
    `--whitelist-domain=${appHeaders["X-Forwarded-Host"] ?? ""}`,
    "--request-logging=false",
  ];
  const child = spawn(...onCpu(0, build.bin, args), {
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", log, log],
  });
  // A binary that cannot be run (deleted cache, no taskset) reports here, not as a crash.
  let spawnError: Error | undefined;
  child.on("error", (err) => (spawnError = err));
  closeSync(log);
  const label = `${build.name} ${build.version}`;
  const stop = async () => {
    await stopChild(child);
    if (process.env.DEBUG_PEERS === "1") console.error(readFileSync(logFile, "utf8"));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUp(`${base}/ping`, child, logFile, () => spawnError);
    const session = await loginOauth2Proxy(base, user);
    const authHeaders = { ...appHeaders, Cookie: session };
    const scenarios: PeerScenario[] = [
      // What Traefik's forwardAuth (or nginx's auth_request) asks on every request.
      {
        kind: "authenticated check",
        url: `${base}/oauth2/auth`,
        headers: authHeaders,
        expect: 202,
      },
      // A browser without a session, as the static-upstream setup serves it: oauth2-proxy answers
      // the forwardAuth request itself with 302 to the provider and a CSRF cookie
      // (--skip-provider-button), like forward-auth. /oauth2/auth would answer 401 and leave the
      // redirect to a second request through an errors middleware.
      {
        kind: "unauthenticated browser redirect",
        url: `${base}/`,
        headers: { ...appHeaders, "Sec-Fetch-Mode": "navigate", Accept: "text/html" },
        expect: 302,
      },
      {
        kind: "garbage and forged cookies",
        url: `${base}/oauth2/auth`,
        headers: { ...appHeaders, Accept: "application/json" },
        cookies: forgeries(session),
        expect: 401,
      },
    ];
    for (const s of scenarios) {
      const cookie = s.cookies?.[0];
      const got = await rawRequest(
        s.url,
        cookie === undefined ? s.headers : { ...s.headers, Cookie: cookie },
      );
      if (got.status !== s.expect) {
        throw new Error(
          `${s.kind}: ${s.url} answered ${String(got.status)}, not ${String(s.expect)}`,
        );
      }
    }
    return { label, pid: child.pid, scenarios, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * A real login, as a browser does it: /oauth2/start sets the CSRF cookie and sends the browser to
 * the provider; the provider's answer goes to /oauth2/callback with that cookie, which sets the
 * session cookie(s) `_oauth2_proxy` (split into _0, _1, … past 4 KB).
 */
async function loginOauth2Proxy(
  base: string,
  user: { username: string; password: string },
): Promise<string> {
  const start = await rawRequest(`${base}/oauth2/start?rd=%2F`, { Accept: "text/html" });
  const location = start.headers.location;
  if (start.status !== 302 || location === undefined) {
    throw new Error(`/oauth2/start answered ${String(start.status)}: ${start.body.slice(0, 200)}`);
  }
  const csrf = pairs(start.headers["set-cookie"]).join("; ");
  const back = new URL(await loginAtIdp(location, user));
  const done = await rawRequest(`${base}${back.pathname}${back.search}`, {
    Accept: "text/html",
    Cookie: csrf,
  });
  // The CSRF cookie comes back emptied (`_oauth2_proxy_csrf=; Max-Age=0`); the session's value
  // ends in the base64 padding of its signature, so only an empty value marks a deletion.
  const session = pairs(done.headers["set-cookie"]).filter((c) =>
    /^_oauth2_proxy(_\d+)?=./.test(c),
  );
  if (session.length === 0) {
    throw new Error(
      `no session cookie: /oauth2/callback answered ${String(done.status)}: ${done.body.slice(0, 200)}`,
    );
  }
  return session.join("; ");
}

function pairs(setCookies: readonly string[] | undefined): string[] {
  return (setCookies ?? []).map((c) => c.split(";")[0] ?? "");
}

async function waitUp(
  url: string,
  child: ChildProcess,
  logFile: string,
  spawnError: () => Error | undefined,
): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const failed = spawnError();
    if (failed !== undefined) throw failed;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `exited (${String(child.exitCode ?? child.signalCode)}): ${lastLine(logFile)}`,
      );
    }
    // Connection refused until the server listens.
    const got = await rawRequest(url).then(
      (r) => r.status,
      () => 0,
    );
    if (got === 200) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer 200 within 10 s: ${lastLine(logFile)}`);
}

function lastLine(logFile: string): string {
  const lines = readFileSync(logFile, "utf8").trim().split("\n");
  return lines.at(-1) ?? "(no log)";
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    child.on("exit", () => {
      resolve();
    });
    child.kill("SIGTERM");
  });
}
