// A real redis-server (Debian's, which .ci/run installs) on a loopback port, without persistence:
// stopping it loses its data, as a Redis without a volume does when it restarts.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { freePort } from "./process.ts";

export const REDIS_SERVER = "/usr/bin/redis-server";

/** CI=true, CI=1 or any other value but "", "false" and "0" (as tests/helpers/traefik.ts). */
function inCI(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== "" && ci !== "false" && ci !== "0";
}

/**
 * Whether this machine has redis-server. Outside CI a test file without it is skipped, saying so
 * in one line; in CI this throws: the tests must run there.
 */
export function haveRedis(testFile: string): boolean {
  if (existsSync(REDIS_SERVER)) return true;
  const reason = `${REDIS_SERVER} not found: install Debian's redis-server package`;
  if (inCI()) throw new Error(`${testFile} cannot run in CI without a real Redis: ${reason}`);
  console.log(`${testFile} skipped: ${reason}`);
  return false;
}

export interface RunningRedis {
  readonly port: number;
  /** redis://127.0.0.1:PORT, or rediss:// with TLS */
  readonly url: string;
  readonly output: () => string;
  /** Stops the server (its data is gone); start() brings up an empty one on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** One command through a plain socket (RESP), for tests that plant values; not with TLS. */
  command(...args: string[]): Promise<string>;
}

async function listening(port: number): Promise<boolean> {
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

/** Files for a TLS-only server (`rediss://`): its certificate, key and the CA that signed it. */
export interface RedisTls {
  readonly cert: string;
  readonly key: string;
  readonly ca: string;
}

export async function startRedis(tls?: RedisTls): Promise<RunningRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let out = "";

  async function start(): Promise<void> {
    if (child !== undefined && child.exitCode === null) return;
    const started = spawn(
      REDIS_SERVER,
      [
        ...(tls === undefined
          ? ["--port", String(port)]
          : ["--port", "0", "--tls-port", String(port), "--tls-cert-file", tls.cert]),
        ...(tls === undefined
          ? []
          : ["--tls-key-file", tls.key, "--tls-ca-cert-file", tls.ca, "--tls-auth-clients", "no"]),
        ...["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = started;
    started.stdout.on("data", (d: Buffer) => (out += d.toString()));
    started.stderr.on("data", (d: Buffer) => (out += d.toString()));
    for (let i = 0; i < 200; i++) {
      if (await listening(port)) return;
      if (started.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`redis-server did not start on ${port}:\n${out}`);
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  }

  function command(...args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, "127.0.0.1");
      const resp = `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join("")}`;
      let reply = "";
      socket.on("data", (d: Buffer) => {
        reply += d.toString();
        if (reply.endsWith("\r\n")) {
          socket.destroy();
          resolve(reply);
        }
      });
      socket.on("error", reject);
      socket.write(resp);
    });
  }

  await start();
  const scheme = tls === undefined ? "redis" : "rediss";
  return { port, url: `${scheme}://127.0.0.1:${port}`, output: () => out, stop, start, command };
}
