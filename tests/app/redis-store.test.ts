// Issue 16, item 5: replicas share revocations through a real redis-server (no mock). Each test
// builds "replicas" as Revocations services over their own Redis store, as main.ts does.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LogFields, Logger } from "../../src/log.ts";
import { createRedisStore, redisNamespace } from "../../src/revocation/redis-store.ts";
import type { Revocable, Revocation } from "../../src/revocation/revocation-list.ts";
import { createRevocations, type Revocations } from "../../src/revocation/revocations.ts";
import { readRepoFile } from "../helpers/bundle.ts";
import { haveRedis, startRedis, type RunningRedis } from "../helpers/redis.ts";

const ISSUER = "https://id.example.test/";
const CLIENT_ID = "app";
const now = () => Math.floor(Date.now() / 1000);
const NS = redisNamespace(ISSUER, CLIENT_ID);

interface Line {
  readonly level: string;
  readonly msg: string;
  readonly fields: LogFields | undefined;
}
function recordingLogger(): Logger & { lines: Line[] } {
  const lines: Line[] = [];
  const at =
    (level: string) =>
    (msg: string, fields?: LogFields): void => {
      lines.push({ level, msg, fields });
    };
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

const session = (ref: string, over: Partial<Revocable> = {}): Revocable => ({
  ref,
  sid: "",
  identity: { sub: "alice" },
  issuedAt: now() - 10,
  ...over,
});

async function eventually(what: string, check: () => boolean, ms = 5000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - start;
}

const run = haveRedis("tests/app/redis-store.test.ts");

describe.runIf(run)("revocations shared through Redis", { timeout: 20_000 }, () => {
  let redis: RunningRedis;
  const open: Revocations[] = [];

  async function replica(
    options: { clientId?: string; logger?: Logger; url?: string } = {},
  ): Promise<Revocations> {
    const logger = options.logger ?? recordingLogger();
    const store = createRedisStore({
      url: new URL(options.url ?? redis.url),
      issuer: ISSUER,
      clientId: options.clientId ?? CLIENT_ID,
      logger,
      now,
      startWaitMs: 1000,
    });
    const revocations = createRevocations({ stores: [store], now, logger });
    open.push(revocations);
    await revocations.load();
    return revocations;
  }

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.close()));
    await redis.start().catch(() => undefined);
    await redis.command("FLUSHALL");
  });
  afterAll(async () => {
    await redis.stop();
  });

  it("a sign-out through one replica is refused by another within a second", async () => {
    const [a, b] = [await replica(), await replica()];
    expect(a.health()).toEqual([{ store: "redis", health: { ok: true } }]);
    await a.revoke({ kind: "session", id: "s-1", until: now() + 3600 });
    expect(a.isRevoked(session("s-1"))).toBe(true);
    const took = await eventually("b learns s-1", () => b.isRevoked(session("s-1")));
    expect(took).toBeLessThan(1000);
    expect(b.isRevoked(session("s-2"))).toBe(false);
  });

  it("a replica that starts later loads every kind, with its expiry set in Redis", async () => {
    const a = await replica();
    const until = now() + 3600;
    await a.revoke({ kind: "session", id: "s-1", until });
    await a.revoke({ kind: "sid", sid: "op-1", until });
    await a.revoke({ kind: "subject", sub: "bob", before: now(), until });
    const c = await replica();
    expect(c.size).toBe(3);
    expect(c.isRevoked(session("s-1"))).toBe(true);
    expect(c.isRevoked(session("x", { sid: "op-1" }))).toBe(true);
    expect(c.isRevoked(session("y", { identity: { sub: "bob" } }))).toBe(true);
    const ttl = Number(
      (await redis.command("TTL", `forward-auth:${NS}:revoked:sid:op-1`)).slice(1),
    );
    expect(ttl).toBeGreaterThan(3590);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it("a subject's smaller `before` from a slower replica never overwrites a larger one", async () => {
    const [a, b] = [await replica(), await replica()];
    const t = now();
    await a.revoke({ kind: "subject", sub: "bob", before: t, until: t + 3600 });
    await b.revoke({ kind: "subject", sub: "bob", before: t - 100, until: t + 3000 });
    const stored = await redis.command("GET", `forward-auth:${NS}:revoked:subject:bob`);
    expect(stored).toContain(`{"kind":"subject","sub":"bob","before":${t},"until":${t + 3600}}`);
    const c = await replica();
    expect(c.isRevoked(session("y", { identity: { sub: "bob" }, issuedAt: t - 50 }))).toBe(true);
  });

  it("another deployment (client id) sharing the Redis sees none of these entries", async () => {
    const a = await replica();
    await a.revoke({ kind: "session", id: "s-1", until: now() + 3600 });
    const other = await replica({ clientId: "other-app" });
    expect(other.size).toBe(0);
  });

  it.each([
    { name: "not JSON", value: "not json" },
    { name: "JSON but no entry", value: '{"kind":"session"}' },
    { name: "an unknown kind", value: '{"kind":"all","until":9999999999}' },
    { name: "a negative time", value: '{"kind":"session","id":"x","until":-1}' },
  ])("a stored value that is $name is skipped, and logged once", async ({ value }) => {
    await redis.command("SET", `forward-auth:${NS}:revoked:session:junk`, value);
    await redis.command(
      "SET",
      `forward-auth:${NS}:revoked:session:good`,
      `{"kind":"session","id":"good","until":${now() + 3600}}`,
    );
    const logger = recordingLogger();
    const c = await replica({ logger });
    expect(c.size).toBe(1);
    expect(c.isRevoked(session("good"))).toBe(true);
    expect(logger.lines.filter((l) => l.level === "warn")).toEqual([
      {
        level: "warn",
        msg: "revocation store: values that are no revocation skipped",
        fields: { store: "redis", skipped: 1 },
      },
    ]);
  });

  it("Redis down then up (restarted empty): sign-outs meanwhile reach every replica, nothing is lost", async () => {
    const logger = recordingLogger();
    const a = await replica({ logger });
    const b = await replica();
    await a.revoke({ kind: "session", id: "before-outage", until: now() + 3600 });
    await eventually("b learns before-outage", () => b.isRevoked(session("before-outage")));

    await redis.stop();
    await eventually("a sees Redis down", () => a.health()[0]?.health.ok === false);
    const started = Date.now();
    await a.revoke({ kind: "session", id: "during-outage", until: now() + 3600 });
    expect(Date.now() - started).toBeLessThan(100);
    expect(a.isRevoked(session("during-outage"))).toBe(true);
    expect(a.health()[0]?.health).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^unreachable at redis:\/\/127\.0\.0\.1:\d+: /) as unknown,
    });
    expect(a.health()[0]?.health).not.toHaveProperty("unloaded");

    await redis.start();
    await eventually("b learns during-outage", () => b.isRevoked(session("during-outage")));
    await eventually("a is healthy again", () => a.health()[0]?.health.ok === true);
    // Redis restarted empty: the replicas wrote their lists back.
    const c = await replica();
    expect(c.isRevoked(session("before-outage"))).toBe(true);
    expect(c.isRevoked(session("during-outage"))).toBe(true);
    const states = logger.lines.filter((l) => l.msg.startsWith("revocation store"));
    expect(states.map((l) => l.msg)).toEqual([
      "revocation store unreachable: checks go on from this replica's copy",
      "revocation store reachable again",
    ]);
  });

  it("a replica whose subscription dropped loads what it missed when it reconnects", async () => {
    const logger = recordingLogger();
    const b = await replica({ logger });
    await redis.command("CLIENT", "KILL", "TYPE", "pubsub");
    // Written without a message, while b is not listening: only a load finds it.
    await redis.command(
      "SET",
      `forward-auth:${NS}:revoked:session:missed`,
      `{"kind":"session","id":"missed","until":${now() + 3600}}`,
    );
    await eventually("b loads it", () => b.isRevoked(session("missed")));
    expect(logger.lines.map((l) => l.msg)).toEqual([
      "revocation store unreachable: checks go on from this replica's copy",
      "revocation store reachable again",
    ]);
  });

  it("a replica that starts while Redis is down serves, says it has not loaded, and loads once it is up", async () => {
    const a = await replica();
    await a.revoke({ kind: "session", id: "s-1", until: now() + 3600 });
    // Redis keeps nothing across a restart here; a's list is written back when it returns.
    await redis.stop();
    const logger = recordingLogger();
    const started = Date.now();
    const late = await replica({ logger });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(late.health()[0]?.health).toMatchObject({ ok: false, unloaded: true });
    expect(logger.lines.map((l) => l.msg)).toEqual([
      "revocation store unreachable at start: this replica knows no shared revocation until it answers",
    ]);
    await redis.start();
    await eventually("late loads s-1", () => late.isRevoked(session("s-1")));
    await eventually("late is healthy", () => late.health()[0]?.health.ok === true);
  });

  it("works as the ACL user docs/operating.md describes, limited to its keys and channel", async () => {
    const line = /^\s*ACL SETUSER forward-auth on >password (.+)$/m.exec(
      readRepoFile("docs/operating.md"),
    );
    expect(line).not.toBeNull();
    await redis.command(
      "ACL",
      "SETUSER",
      "forward-auth",
      "on",
      ">pw",
      ...(line?.[1] ?? "").split(" "),
    );
    const url = redis.url.replace("redis://", "redis://forward-auth:pw@");
    const [a, b] = [await replica({ url }), await replica({ url })];
    await a.revoke({ kind: "subject", sub: "bob", before: now(), until: now() + 3600 });
    await eventually("b learns it", () => b.isRevoked(session("y", { identity: { sub: "bob" } })));
    expect((await replica({ url })).size).toBe(1);
    expect(a.health()).toEqual([{ store: "redis", health: { ok: true } }]);
    await redis.command("ACL", "DELUSER", "forward-auth");
  });

  it("a revocation never waits on a Redis that does not answer", async () => {
    const a = await replica();
    await redis.command("DEBUG", "SLEEP", "0");
    // SIGSTOP: the server holds its connections open and answers nothing, like a hung host.
    const pid = Number(
      (await redis.command("INFO", "server")).match(/process_id:(\d+)/)?.[1] ?? "0",
    );
    process.kill(pid, "SIGSTOP");
    try {
      const started = Date.now();
      const revocation: Revocation = { kind: "session", id: "hung", until: now() + 3600 };
      await a.revoke(revocation);
      expect(Date.now() - started).toBeLessThan(1500);
      expect(a.isRevoked(session("hung"))).toBe(true);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    const c = await replica();
    await eventually("the hung entry reaches Redis", () => {
      void c.load();
      return c.isRevoked(session("hung"));
    });
  });
});
