// The checks of `forward-auth check` for where revocations live: FORWARD_AUTH_DATA_DIR must take
// an fsync'd file, FORWARD_AUTH_REDIS_URL must answer the commands the Redis store sends. Each
// returns a result instead of throwing, and never names the Redis user or password.
import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { Redis } from "ioredis";
import type { ProcessUser } from "../config/load.ts";
import { fsReason, nodeFiles } from "../fs/files.ts";
import { dataDirFix } from "../revocation/file-store.ts";
import { connectionOptions, redisNamespace } from "../revocation/redis-store.ts";
import type { CheckResult } from "./provider.ts";
import { reasonOf } from "./provider.ts";

/** How to fix a data directory the process cannot write, by the errno it gave. */

/**
 * Writes, fsyncs and removes a file of a random name in the data directory, as the file store
 * does with revocations.jsonl (revocation/file-store.ts), which is never touched here.
 */
export async function checkDataDir(
  dir: string,
  user: ProcessUser | undefined,
): Promise<CheckResult> {
  const fail = (error: unknown): CheckResult => {
    const code = fsReason(error);
    return {
      ok: false,
      text: `FORWARD_AUTH_DATA_DIR: cannot keep revocations in ${dir} (${code})${dataDirFix(code, user)}`,
    };
  };
  try {
    if (!(await stat(dir)).isDirectory())
      return fail(Object.assign(new Error("not a directory"), { code: "ENOTDIR" }));
  } catch (error) {
    return fail(error);
  }
  const probe = join(dir, `.forward-auth-check-${randomBytes(8).toString("hex")}`);
  try {
    // A fresh file ("wx"), never one planted under that name (or a symlink).
    await nodeFiles.writeNewFile(probe, "forward-auth check\n", 0o600);
  } catch (error) {
    // Created before its write or fsync failed, it goes; the error reported is the write's.
    await nodeFiles.remove(probe).catch(() => undefined);
    return fail(error);
  }
  await nodeFiles.remove(probe);
  return {
    ok: true,
    text: `revocations kept on disk in ${dir} (a file written and fsync'd there)`,
  };
}

/** The commands' deadline, as the service's own (redis-store.ts). */
const REDIS_TIMEOUT_MS = 1000;
/** Connecting takes the socket (and TLS), then AUTH and INFO: each within the deadline. */
const CONNECT_STEPS = 2;
/** The whole Redis check, connection included, however the server behaves. */
const REDIS_BUDGET_MS = 5000;

/** Why Redis refused, in words that name the fix; `what` is the command that failed. */
function redisReason(error: unknown, what: string, url: URL, timeoutMs: number): string {
  const code =
    error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "";
  const message = error instanceof Error ? error.message : String(error);
  const ms = `${(what === "connecting" ? CONNECT_STEPS * timeoutMs : timeoutMs) / 1000} s`;
  if (code === "ECONNREFUSED") return "connection refused: is Redis listening there?";
  if (code === "ETIMEDOUT" || message === "Command timed out" || message === "timeout") {
    return what === "connecting"
      ? `no answer within ${ms} (timeout): is Redis reachable there (and rediss:// only for a TLS port)?`
      : `no answer to ${what} within ${ms} (timeout)`;
  }
  if (message.startsWith("Unknown RESP type")) return `the server there is not Redis (${message})`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `host not found (${code})`;
  if (message.startsWith("WRONGPASS")) {
    return "authentication failed (WRONGPASS): check the user and password in FORWARD_AUTH_REDIS_URL";
  }
  if (message.startsWith("NOAUTH")) {
    return "authentication required (NOAUTH): put the password in FORWARD_AUTH_REDIS_URL, like redis://user:password@host:6379";
  }
  if (message.startsWith("NOPERM")) {
    // Redis 7.2 names the user in the message: it is not quoted.
    return `the user may not run ${what} (NOPERM): grant the ACL user of docs/operating.md ("Several replicas")`;
  }
  if (code.startsWith("ERR_TLS") || /certificate|CERT|SSL|TLS/.test(`${code} ${message}`)) {
    // Node 24 appends advice about --use-system-ca to its message: the fix below replaces it.
    const first = message.split(";")[0] ?? message;
    return `TLS: ${first}${code === "" ? "" : ` (${code})`}; for a private CA set NODE_EXTRA_CA_CERTS to its PEM file`;
  }
  // Anything else, quoted without the URL's user and password.
  let reason = reasonOf(error);
  for (const part of [url.password, url.username]) {
    if (part !== "") reason = reason.replaceAll(decodeURIComponent(part), "<hidden>");
  }
  return reason;
}

/**
 * Connects as the service would, then sends what the store needs, with no effect on its data:
 * SCAN of its keys (load), a script declaring one of its keys (record), SUBSCRIBE to its channel.
 * PING is not used: the least-privilege ACL user of docs/operating.md may not run it.
 */
export async function checkRedis(
  url: URL,
  namespace: { issuer: string; clientId: string },
  timeoutMs = REDIS_TIMEOUT_MS,
): Promise<CheckResult> {
  const where = url.port === "" ? `${url.hostname}:6379` : url.host;
  const ns = redisNamespace(namespace.issuer, namespace.clientId);
  const client = new Redis({
    ...connectionOptions(url, timeoutMs),
    // One attempt: the check says what is wrong now instead of retrying.
    retryStrategy: () => null,
  });
  // The socket's own error (refused, TLS) comes as an event; connect() then only says "closed".
  let lastError: unknown;
  client.on("error", (error: unknown) => {
    lastError = error;
  });
  let step = "connecting";
  const timers: NodeJS.Timeout[] = [];
  const deadline = (ms: number) =>
    new Promise<never>((_, reject) => {
      timers.push(
        setTimeout(() => {
          reject(new Error("timeout"));
        }, ms),
      );
    });
  try {
    const started = performance.now();
    await Promise.race([
      (async () => {
        // The socket (and TLS) within timeoutMs, then AUTH and the ready check (INFO).
        await Promise.race([client.connect(), deadline(CONNECT_STEPS * timeoutMs)]);
        step = "SCAN";
        await client.scan("0", "MATCH", `forward-auth:${ns}:revoked:*`, "COUNT", 1);
        step = "EVAL";
        await client.eval("return 1", 1, `forward-auth:${ns}:revoked:check`);
        step = "SUBSCRIBE";
        await client.subscribe(`forward-auth:${ns}:revocations`);
      })(),
      deadline(REDIS_BUDGET_MS),
    ]);
    const ms = Math.round(performance.now() - started);
    return {
      ok: true,
      text: `revocations shared through Redis at ${where} (answered in ${ms} ms; its keys, scripts and channel allowed)`,
    };
  } catch (error) {
    const cause =
      step === "connecting" && lastError !== undefined && !isTimeout(error) ? lastError : error;
    return { ok: false, text: `Redis at ${where}: ${redisReason(cause, step, url, timeoutMs)}` };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    client.disconnect();
  }
}

const isTimeout = (error: unknown): boolean =>
  error instanceof Error && error.message === "timeout";
