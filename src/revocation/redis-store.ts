import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "../log.ts";
import { parseRevocation, type Revocation } from "./revocation-list.ts";
import type { RevocationStore, StoreHealth } from "./revocations.ts";

export interface RedisStoreOptions {
  /** FORWARD_AUTH_REDIS_URL, checked by parseRedisUrl. */
  readonly url: URL;
  /** Issuer and client id: replicas of one deployment share entries, other deployments do not. */
  readonly issuer: string;
  readonly clientId: string;
  readonly logger: Logger;
  /** Seconds since the epoch. */
  readonly now: () => number;
  /** How long a connection attempt or a command may take (ms), so a sign-out never hangs. */
  readonly timeoutMs?: number;
  /** How long load() at start waits for a first connection (ms). */
  readonly startWaitMs?: number;
}

const TIMEOUT_MS = 1000;
const START_WAIT_MS = 3000;
/** While an entry did not reach Redis on a live connection (a timeout), it is retried this often. */
const RETRY_MS = 2000;
/** Keys read per SCAN and MGET, and entries sent per pipeline. */
const BATCH = 500;

/**
 * Writes one entry unless the stored one already covers it, merging the two (the larger
 * `before`, the larger `until`), sets its expiry and publishes what is stored. Atomic in Redis,
 * so a smaller `before` written by a slower replica never overwrites a larger one. A stored value
 * that is not an entry (garbage) is overwritten. Returns the stored value, or nil when unchanged.
 *
 * KEYS[1]: the entry's key. ARGV: the entry's JSON up to its times (`{"kind":..,"id":..`),
 * "1" when it has `before`, before, until, now, the channel.
 */
const RECORD_SCRIPT = `
local has_before = ARGV[2] == '1'
local before, till, now = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local stored = redis.call('GET', KEYS[1])
if stored then
  local ok, known = pcall(cjson.decode, stored)
  if ok and type(known) == 'table' and type(known['until']) == 'number'
      and (not has_before or type(known['before']) == 'number') then
    local covered = known['until'] >= till
    if has_before then
      covered = covered and known['before'] >= before
      before = math.max(before, known['before'])
    end
    if covered then return false end
    till = math.max(till, known['until'])
  end
end
if till <= now then return false end
local value = ARGV[1]
if has_before then value = value .. ',"before":' .. string.format('%d', before) end
value = value .. ',"until":' .. string.format('%d', till) .. '}'
redis.call('SET', KEYS[1], value, 'EX', string.format('%d', till - now))
redis.call('PUBLISH', ARGV[6], value)
return value
`;

type ScriptArgs = [
  key: string,
  head: string,
  hasBefore: string,
  before: number,
  until: number,
  now: number,
  channel: string,
];
/** The client with the script defined on it (ioredis adds it to pipelines as well). */
type Connection = Redis & { recordRevocation(...args: ScriptArgs): Promise<string | null> };
interface RecordPipeline {
  recordRevocation(...args: ScriptArgs): RecordPipeline;
  exec(): Promise<[Error | null, unknown][] | null>;
}

/** The namespace of one deployment: a hash, so issuer and client id are not readable in Redis. */
export function redisNamespace(issuer: string, clientId: string): string {
  return createHash("sha256").update(`${issuer}\n${clientId}`).digest("hex").slice(0, 16);
}

/**
 * ioredis options from the URL; every value is decoded here, none left to the client's parser.
 * `forward-auth check` connects with the same ones (self-check/stores.ts).
 */
export function connectionOptions(url: URL, timeoutMs: number) {
  const db = url.pathname.replace("/", "");
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port === "" ? 6379 : Number(url.port),
    ...(url.username === "" ? {} : { username: decodeURIComponent(url.username) }),
    ...(url.password === "" ? {} : { password: decodeURIComponent(url.password) }),
    db: db === "" ? 0 : Number(db),
    // Node checks the certificate against the host (and sends it as SNI unless it is an IP
    // address), with the system's CAs; NODE_EXTRA_CA_CERTS adds a private CA.
    ...(url.protocol === "rediss:" ? { tls: {} } : {}),
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    // Commands fail at once while disconnected: the store keeps what must be sent (see resync),
    // and a sign-out is answered without waiting for Redis.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Reconnects forever, at most every 2 s: Redis coming back is noticed within that.
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
    lazyConnect: true,
  };
}

/**
 * Revocations shared by replicas through Redis (or Valkey). Each entry is a key
 * `forward-auth:<namespace>:revoked:<kind>:<id>` holding its JSON, expiring when the entry does,
 * and is published on `forward-auth:<namespace>:revocations`; every replica subscribes and adds
 * what it receives to its list in memory, which alone answers the checks.
 *
 * Redis unreachable: record() resolves at once, the entry is already revoked in this replica's
 * list; when both connections are back, the store writes every entry of the local list (the
 * merge script skips those Redis holds, so only missing ones are published) and then loads
 * Redis's list. The local list is the queue: nothing is lost, and it is bounded the same way
 * (MAX_ENTRIES, see revocation-list.ts). This also restores a Redis that restarted empty.
 */
export function createRedisStore(options: RedisStoreOptions): RevocationStore {
  const { url, logger, now } = options;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const namespace = redisNamespace(options.issuer, options.clientId);
  const prefix = `forward-auth:${namespace}:revoked:`;
  const channel = `forward-auth:${namespace}:revocations`;
  const where = `${url.protocol}//${url.host}`;

  const client = new Redis(connectionOptions(url, timeoutMs)) as Connection;
  client.defineCommand("recordRevocation", { numberOfKeys: 1, lua: RECORD_SCRIPT });
  // SUBSCRIBE is sent on every connect (below); ioredis's own resubscribing is not relied on, as
  // it only repeats a SUBSCRIBE that once succeeded.
  const subscriber = new Redis({ ...connectionOptions(url, timeoutMs), autoResubscribe: false });

  const listeners: ((revocation: Revocation) => void)[] = [];
  let known: (now: number) => readonly Revocation[] = () => [];
  let lastError = "not connected yet";
  let loaded = false;
  /** Set when Redis may lack an entry of the local list or the local list one of Redis's. */
  let resyncDue = false;
  let syncing: Promise<void> | undefined;
  let reported: "up" | "down" | undefined;
  let closed = false;
  /** Until load() at start has run, it alone loads. */
  let starting = true;

  let subscribed = false;
  const up = (): boolean => client.status === "ready" && subscribed;

  /** Logs a change of reachability once, never per request or per reconnect attempt. */
  const report = (): void => {
    if (closed) return;
    const state = up() ? "up" : "down";
    if (state === reported || (state === "down" && reported === undefined && !loaded)) return;
    if (state === "down") {
      logger.error("revocation store unreachable: checks go on from this replica's copy", {
        store: "redis",
        redis: where,
        reason: lastError,
      });
    } else if (reported === "down") {
      logger.info("revocation store reachable again", { store: "redis", redis: where });
    }
    reported = state;
  };

  const onError = (error: Error): void => {
    lastError = error.message;
  };
  const onReady = (): void => {
    report();
    if (up() && !starting && (resyncDue || !loaded)) void resync();
  };
  const onDown = (): void => {
    if (closed) return;
    // Published entries are missed while the subscriber is away: load again once back.
    resyncDue = true;
    report();
  };
  // Before onDown, which reports with up() false.
  subscriber.on("close", () => {
    subscribed = false;
  });
  for (const connection of [client, subscriber]) {
    connection.on("error", onError);
    connection.on("close", onDown);
  }
  client.on("ready", onReady);
  // Ready only once subscribed: a load after that misses nothing published later.
  subscriber.on("ready", () => {
    subscriber.subscribe(channel).then(() => {
      subscribed = true;
      onReady();
    }, onError);
  });
  subscriber.on("message", (from: string, message: string) => {
    if (from !== channel) return;
    const revocation = decode(message);
    if (revocation !== undefined) for (const listener of listeners) listener(revocation);
  });
  void subscriber.connect().catch(onError);
  void client.connect().catch(onError);

  const retry = setInterval(() => {
    if (resyncDue && up()) void resync();
  }, RETRY_MS);
  retry.unref();

  /** The merge script's key and arguments for one entry. */
  const scriptArgs = (revocation: Revocation): ScriptArgs => {
    const { until, ...rest } = revocation;
    // JSON.stringify leaves `before` out; the script appends the merged times.
    const head = JSON.stringify({ ...rest, before: undefined }).slice(0, -1);
    const hasBefore = "before" in rest;
    return [
      keyOf(prefix, revocation),
      head,
      hasBefore ? "1" : "0",
      hasBefore ? rest.before : 0,
      until,
      now(),
      channel,
    ];
  };

  /** Every live entry in Redis; values that are no entry are skipped (and counted). */
  async function readAll(): Promise<Revocation[]> {
    const entries: Revocation[] = [];
    let skipped = 0;
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", BATCH);
      cursor = next;
      if (keys.length === 0) continue;
      const values = await client.mget(...keys);
      for (const value of values) {
        const revocation = value === null ? undefined : decode(value);
        if (revocation === undefined) skipped += value === null ? 0 : 1;
        else if (revocation.until > now()) entries.push(revocation);
      }
    } while (cursor !== "0");
    if (skipped > 0) {
      logger.warn("revocation store: values that are no revocation skipped", {
        store: "redis",
        skipped,
      });
    }
    return entries;
  }

  /** Local entries to Redis, then Redis's entries to the local list (see above). */
  function resync(): Promise<void> {
    syncing ??= (async () => {
      try {
        resyncDue = false;
        const local = known(now());
        for (let i = 0; i < local.length; i += BATCH) {
          const pipeline = client.pipeline() as unknown as RecordPipeline;
          for (const revocation of local.slice(i, i + BATCH)) {
            pipeline.recordRevocation(...scriptArgs(revocation));
          }
          const results = (await pipeline.exec()) ?? [];
          const failed = results.find(([error]) => error !== null);
          if (failed?.[0]) throw failed[0];
        }
        const entries = await readAll();
        loaded = true;
        for (const revocation of entries) for (const listener of listeners) listener(revocation);
        report();
      } catch (error) {
        resyncDue = true;
        lastError = error instanceof Error ? error.message : String(error);
      } finally {
        syncing = undefined;
      }
    })();
    return syncing;
  }

  /** The load at start: Redis's list, or nothing (and a load later) while it is unreachable. */
  async function firstLoad(): Promise<Revocation[]> {
    const deadline = Date.now() + (options.startWaitMs ?? START_WAIT_MS);
    while (!up() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    if (!up()) {
      logger.error(
        "revocation store unreachable at start: this replica knows no shared revocation until it answers",
        { store: "redis", redis: where, reason: lastError },
      );
      reported = "down";
      resyncDue = true;
      return [];
    }
    try {
      const entries = await readAll();
      loaded = true;
      reported = "up";
      // What this replica holds already (FORWARD_AUTH_DATA_DIR's file) goes to Redis too, soon
      // after the start: a Redis that lost its data while every replica restarted gets it back.
      resyncDue = known(now()).length > 0;
      return entries;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      resyncDue = true;
      return [];
    }
  }

  return {
    name: "redis",
    async load() {
      // Waits a little for a first connection; a replica that starts while Redis is down serves
      // anyway (its /readyz says it has not loaded the list) and loads once Redis answers.
      try {
        return await firstLoad();
      } finally {
        starting = false;
      }
    },
    async record(revocation) {
      if (client.status !== "ready") {
        resyncDue = true;
        return;
      }
      try {
        await client.recordRevocation(...scriptArgs(revocation));
      } catch (error) {
        // A timeout on a connection that still looks alive: retried by the timer above.
        lastError = error instanceof Error ? error.message : String(error);
        resyncDue = true;
        logger.warn("revocation not shared yet; retried while Redis answers", {
          store: "redis",
          reason: lastError,
        });
      }
    },
    subscribe(listener, entries) {
      listeners.push(listener);
      known = entries;
    },
    health(): StoreHealth {
      if (up() && loaded) return { ok: true };
      const reason = up() ? "loading" : `unreachable at ${where}: ${lastError}`;
      return loaded ? { ok: false, reason } : { ok: false, reason, unloaded: true };
    },
    async close() {
      closed = true;
      clearInterval(retry);
      await syncing;
      client.disconnect();
      subscriber.disconnect();
    },
  };
}

/** One key per session id, sid, subject (all sessions or those without a sid), and one for everyone. */
function keyOf(prefix: string, revocation: Revocation): string {
  switch (revocation.kind) {
    case "session":
      return `${prefix}session:${revocation.id}`;
    case "sid":
      return `${prefix}sid:${revocation.sid}`;
    case "subject":
      return `${prefix}subject:${revocation.sub}`;
    case "sidless":
      return `${prefix}sidless:${revocation.sub}`;
    case "everyone":
      return `${prefix}everyone`;
  }
}

/** A stored or published value, or undefined for anything that is no entry. */
function decode(value: string): Revocation | undefined {
  try {
    return parseRevocation(JSON.parse(value));
  } catch {
    // Not JSON: someone else's value under our prefix, or a torn write. Skipped like garbage.
    return undefined;
  }
}
