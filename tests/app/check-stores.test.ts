// `forward-auth check` on where revocations live: FORWARD_AUTH_DATA_DIR against real directories,
// FORWARD_AUTH_REDIS_URL against a real redis-server, a closed port and a server that never answers.
import { execFile, spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAppHost } from "../../src/self-check/app-host.ts";
import { runCheck } from "../../src/self-check/run-check.ts";
import { ROOT } from "../helpers/bundle.ts";
import { testEnv } from "../helpers/harness.ts";
import { freePort } from "../helpers/process.ts";
import { haveRedis, startRedis, type RunningRedis } from "../helpers/redis.ts";
import { useIdp } from "../helpers/use-service.ts";

const idp = useIdp();
const isRoot = process.getuid?.() === 0;

async function check(
  overrides: Record<string, string>,
  user = { uid: 1000, gid: 1000 },
): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runCheck(testEnv(idp.issuer, overrides), () => "", {
    hosts: [parseAppHost("music.example.com")],
    fetch: globalThis.fetch,
    write: (line) => lines.push(line),
    user,
  });
  return { code, lines };
}

/** The store lines: after the three provider checks, before the redirect URIs. */
const storeLines = (lines: string[]) => lines.slice(4).filter((l) => !l.startsWith("  "));

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "forward-auth-check-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("check: FORWARD_AUTH_DATA_DIR", () => {
  it("passes for a writable directory, leaving it as it was (revocations.jsonl untouched)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "revocations.jsonl"), "kept\n", { mode: 0o600 });
    const before = statSync(join(dir, "revocations.jsonl")).mtimeMs;
    const result = await check({ FORWARD_AUTH_DATA_DIR: dir });
    expect([result.code, storeLines(result.lines)[0]]).toEqual([
      0,
      `✓ revocations kept on disk in ${dir} (a file written and fsync'd there)`,
    ]);
    expect(readdirSync(dir)).toEqual(["revocations.jsonl"]);
    expect(readFileSync(join(dir, "revocations.jsonl"), "utf8")).toBe("kept\n");
    expect(statSync(join(dir, "revocations.jsonl")).mtimeMs).toBe(before);
    expect(result.lines.join("\n")).not.toContain("in memory only");
  });

  it.each([
    {
      name: "a missing directory",
      dir: (base: string) => join(base, "missing"),
      want: (dir: string) =>
        `✗ FORWARD_AUTH_DATA_DIR: cannot keep revocations in ${dir} (ENOENT); nothing is at that path as the service sees it: create the directory (in a container, mount a volume there)`,
    },
    {
      name: "a file, not a directory",
      dir: (base: string) => {
        writeFileSync(join(base, "file"), "");
        return join(base, "file");
      },
      want: (dir: string) =>
        `✗ FORWARD_AUTH_DATA_DIR: cannot keep revocations in ${dir} (ENOTDIR); it is not a directory: give the path of a directory`,
    },
  ])("fails for $name, exit 1", async ({ dir, want }) => {
    const path = dir(tempDir());
    const result = await check({ FORWARD_AUTH_DATA_DIR: path });
    expect([result.code, storeLines(result.lines)[0]]).toEqual([1, want(path)]);
  });

  const readOnly = (dir: string) =>
    `✗ FORWARD_AUTH_DATA_DIR: cannot keep revocations in ${dir} (EACCES); the service runs as uid 1000 (gid 1000): chown 1000:1000 the directory on the host, or chmod u+w it`;

  // Root writes anyway: as root, the real bin runs as the image's user (uid 1000) on root's
  // directory, as tests/e2e/process.test.ts does for a secret file; as another user, in process
  // on a 0555 directory. One test either way, so that nothing is skipped.
  it("fails for a directory the service's user cannot write, naming the user", async () => {
    if (!isRoot) {
      const dir = tempDir();
      chmodSync(dir, 0o555);
      const result = await check({ FORWARD_AUTH_DATA_DIR: dir });
      expect([result.code, storeLines(result.lines)[0]]).toEqual([1, readOnly(dir)]);
      return;
    }
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const failure = await promisify(execFile)(
      process.execPath,
      [`${ROOT}bin/forward-auth.js`, "check", "--host", "music.example.com"],
      {
        env: {
          PATH: process.env.PATH ?? "",
          ...testEnv(idp.issuer, { FORWARD_AUTH_DATA_DIR: dir }),
        },
        encoding: "utf8",
        timeout: 10_000,
        uid: 1000,
        gid: 1000,
      },
    ).then(
      () => undefined,
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect([failure?.code, storeLines(failure?.stdout.split("\n") ?? [])[0]]).toEqual([
      1,
      readOnly(dir),
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe.runIf(haveRedis("tests/app/check-stores.test.ts"))("check: FORWARD_AUTH_REDIS_URL", () => {
  let redis: RunningRedis;
  let silent: Server;
  let silentPort = 0;
  beforeAll(async () => {
    redis = await startRedis();
    // The least-privilege user of docs/operating.md, as written there.
    const acl = /^ {2}(ACL SETUSER forward-auth .*)$/m.exec(
      readFileSync(`${ROOT}docs/operating.md`, "utf8"),
    )?.[1];
    if (acl === undefined) throw new Error("docs/operating.md: no ACL SETUSER line");
    const [, , ...args] = acl.replace(">password", ">pa:ss@word").split(" ");
    expect(await redis.command("ACL", "SETUSER", ...args)).toBe("+OK\r\n");
    expect(
      await redis.command("ACL", "SETUSER", "reader", "on", ">reader-pw", "+@read", "+info"),
    ).toBe("+OK\r\n");
    // Accepts connections and never answers, like a firewall that lets SYN through.
    silent = createServer((socket) => {
      // Reads (and drops) what the client sends, so its close is seen and close() returns.
      socket.resume();
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    await redis.stop();
    await new Promise((resolve) => silent.close(resolve));
  });

  const ok = (port: number) =>
    new RegExp(
      `^✓ revocations shared through Redis at 127\\.0\\.0\\.1:${port} \\(answered in \\d+ ms; its keys, scripts and channel allowed\\)$`,
    );

  it.each([
    { name: "no password", url: (p: number) => `redis://127.0.0.1:${p}` },
    {
      name: "the ACL user of docs/operating.md, database 0",
      url: (p: number) => `redis://forward-auth:pa%3Ass%40word@127.0.0.1:${p}/0`,
    },
  ])("passes with $name, exit 0", async ({ url }) => {
    const result = await check({ FORWARD_AUTH_REDIS_URL: url(redis.port) });
    expect(result.code).toBe(0);
    expect(storeLines(result.lines)[0]).toMatch(ok(redis.port));
    expect(result.lines.join("\n")).not.toMatch(/pa:ss@word|pa%3Ass|forward-auth:pa/);
    expect(result.lines.join("\n")).not.toContain("in memory only");
  });

  it.each([
    {
      name: "a wrong password",
      url: (p: number) => `redis://forward-auth:not-the-password@127.0.0.1:${p}`,
      want: "authentication failed (WRONGPASS): check the user and password in FORWARD_AUTH_REDIS_URL",
    },
    {
      name: "a user who may only read",
      url: (p: number) => `redis://reader:reader-pw@127.0.0.1:${p}`,
      want: 'the user may not run EVAL (NOPERM): grant the ACL user of docs/operating.md ("Several replicas")',
    },
    {
      name: "a closed port",
      url: () => "redis://127.0.0.1:CLOSED",
      want: "connection refused: is Redis listening there?",
    },
    {
      name: "a server that never answers",
      url: () => "redis://127.0.0.1:SILENT",
      want: "no answer within 2 s (timeout): is Redis reachable there (and rediss:// only for a TLS port)?",
    },
    {
      name: "rediss:// to a plain port",
      url: (p: number) => `rediss://127.0.0.1:${p}`,
      want: "no answer within 2 s (timeout): is Redis reachable there (and rediss:// only for a TLS port)?",
    },
  ])("fails with $name, exit 1, within a few seconds", async ({ url, want }) => {
    const closed = await freePort();
    const raw = url(redis.port)
      .replace("CLOSED", String(closed))
      .replace("SILENT", String(silentPort));
    const port = new URL(raw).port;
    const started = Date.now();
    const result = await check({ FORWARD_AUTH_REDIS_URL: raw });
    expect(Date.now() - started).toBeLessThan(4000);
    // Disconnected: the server that never answers holds no socket of ours.
    await new Promise((r) => setTimeout(r, 100));
    expect(await promisify(silent.getConnections.bind(silent))()).toBe(0);
    expect([result.code, storeLines(result.lines)[0]]).toEqual([
      1,
      `✗ Redis at 127.0.0.1:${port}: ${want}`,
    ]);
    expect(result.lines.join("\n")).not.toMatch(/not-the-password|reader-pw|reader:/);
  });

  // Last: the default user needs a password from here on.
  it("fails with no password where Redis requires one (NOAUTH), exit 1", async () => {
    expect(await redis.command("CONFIG", "SET", "requirepass", "default-pw")).toBe("+OK\r\n");
    const result = await check({ FORWARD_AUTH_REDIS_URL: redis.url });
    expect([result.code, storeLines(result.lines)[0]]).toEqual([
      1,
      `✗ Redis at 127.0.0.1:${redis.port}: authentication required (NOAUTH): put the password in FORWARD_AUTH_REDIS_URL, like redis://user:password@host:6379`,
    ]);
  });
});

describe.runIf(haveRedis("tests/app/check-stores.test.ts"))("check: rediss://", () => {
  let redis: RunningRedis;
  beforeAll(async () => {
    // A self-signed certificate that Node does not trust.
    const dir = tempDir();
    const made = spawnSync(
      "openssl",
      [
        ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"],
        ...["-keyout", "server.key", "-out", "server.pem", "-days", "1", "-subj", "/CN=127.0.0.1"],
        ...["-addext", "subjectAltName=IP:127.0.0.1"],
      ],
      { cwd: dir, encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
    redis = await startRedis({
      cert: join(dir, "server.pem"),
      key: join(dir, "server.key"),
      ca: join(dir, "server.pem"),
    });
  });
  afterAll(async () => {
    await redis.stop();
  });

  it("fails with a certificate Node does not trust, naming the TLS error, exit 1", async () => {
    const result = await check({ FORWARD_AUTH_REDIS_URL: redis.url });
    expect([result.code, storeLines(result.lines)[0]]).toEqual([
      1,
      `✗ Redis at 127.0.0.1:${redis.port}: TLS: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT); for a private CA set NODE_EXTRA_CA_CERTS to its PEM file`,
    ]);
  });
});

describe("check without FORWARD_AUTH_DATA_DIR or FORWARD_AUTH_REDIS_URL", () => {
  it("notes that revocations last until a restart, and still exits 0", async () => {
    const result = await check({});
    expect(result.code).toBe(0);
    expect(result.lines[4]).toBe(
      "  revocations (sign-outs, back-channel logouts) are kept in memory only, until a restart; set FORWARD_AUTH_DATA_DIR to keep them on disk",
    );
  });
});
