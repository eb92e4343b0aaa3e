// Issue 16, item 5: two replicas (real processes) behind Caddy's round-robin, sharing one real
// redis-server. A sign-out through either is honoured by both within a second, so is a
// back-channel logout the provider delivers to one of them, and a Redis stopped and started
// (empty: it keeps nothing on disk) during the test loses nothing.
import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCaddy } from "../../src/proxy-config/caddy.ts";
import type { Jar } from "../helpers/harness.ts";
import { CLIENT_ID, CLIENT_SECRET, PREFIX, testEnv, USERS } from "../helpers/harness.ts";
import { startEcho, type EchoApp } from "../helpers/echo.ts";
import { endSessionAtIdp, IdpCookieJar, startTestIdp, type TestIdp } from "../helpers/idp.ts";
import {
  freePort,
  rawRequest,
  runService,
  type RawResponse,
  type RunningService,
} from "../helpers/process.ts";
import {
  ALLOWED_GROUP,
  cookieLine,
  NAVIGATION,
  send,
  signIn,
  startCaddy,
  waitReady,
  type RunningProxy,
} from "../helpers/proxies.ts";
import { haveRedis, startRedis, type RunningRedis } from "../helpers/redis.ts";

const run = haveRedis("tests/e2e/replicas.test.ts");

/** The generated site with every request to forward-auth spread over `upstreams` in turn. */
function roundRobinSite(port: number, upstreams: string, echo: string): string {
  const site = generateCaddy(
    {
      host: "127.0.0.1",
      upstream: echo,
      publicPaths: [],
      authAddress: upstreams,
      prefix: PREFIX,
      name: "music",
    },
    { address: `http://127.0.0.1:${port}`, bind: "127.0.0.1" },
  );
  const balanced = site
    .replace(
      `reverse_proxy ${upstreams}\n`,
      `reverse_proxy ${upstreams} {\n\t\t\tlb_policy round_robin\n\t\t}\n`,
    )
    .replace(
      `forward_auth ${upstreams} {\n`,
      `forward_auth ${upstreams} {\n\t\t\t\tlb_policy round_robin\n`,
    );
  if (balanced.split("lb_policy round_robin").length !== 3) {
    throw new Error(`the generated Caddyfile changed shape:\n${site}`);
  }
  return balanced;
}

async function eventually(
  what: string,
  check: () => Promise<boolean>,
  ms: number,
): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

describe.runIf(run)("two replicas sharing one Redis, behind Caddy round-robin", () => {
  let redis: RunningRedis;
  let idp: TestIdp;
  let echo: EchoApp;
  let proxy: RunningProxy;
  let env: Record<string, string>;
  const replicas: RunningService[] = [];
  let metricsPort = 0;

  /** The auth check as Caddy asks it, straight at one replica: 200 or 401. */
  const checkAt = (replica: RunningService, jar: Jar): Promise<RawResponse> => {
    const host = new URL(proxy.url).host;
    return rawRequest(`${replica.url}${PREFIX}/auth/caddy`, {
      "X-Forwarded-Method": "GET",
      "X-Forwarded-Proto": "http",
      "X-Forwarded-Host": host,
      "X-Forwarded-Uri": "/",
      Accept: "application/json",
      Cookie: jar.header(),
    });
  };
  const refusedByAll = async (jar: Jar, among = replicas): Promise<boolean> => {
    const answers = await Promise.all(among.map((r) => checkAt(r, jar)));
    return answers.every((a) => a.status === 401);
  };
  const metric = async (): Promise<string> =>
    (await rawRequest(`http://127.0.0.1:${metricsPort}/metrics`)).body;

  beforeAll(async () => {
    redis = await startRedis();
    const port = await freePort();
    idp = await startTestIdp({
      users: [USERS.alice, USERS.bob],
      backchannelLogout: true,
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`http://127.0.0.1:${port}${PREFIX}/callback`],
          post_logout_redirect_uris: [`http://127.0.0.1:${port}/`],
          // Through Caddy, so round-robin delivers each logout token to one replica.
          backchannel_logout_uri: `http://127.0.0.1:${port}${PREFIX}/backchannel_logout`,
          backchannel_logout_session_required: true,
        },
      ],
    });
    echo = await startEcho();
    env = testEnv(idp.issuer, {
      FORWARD_AUTH_COOKIE_SECURE: "false",
      FORWARD_AUTH_ALLOWED_GROUPS: ALLOWED_GROUP,
      FORWARD_AUTH_REDIS_URL: redis.url,
    });
    metricsPort = await freePort();
    for (const extra of [{ FORWARD_AUTH_METRICS_LISTEN: `127.0.0.1:${metricsPort}` }, {}]) {
      const replica = await runService({ ...env, ...extra });
      replicas.push(replica);
      await waitReady(replica);
    }
    const upstreams = replicas.map((r) => r.url).join(" ");
    proxy = await startCaddy(roundRobinSite(port, upstreams, echo.url), port);
  }, 60_000);

  afterAll(async () => {
    await proxy.stop();
    await Promise.all(replicas.map((r) => r.stop()));
    await echo.close();
    await idp.close();
    await redis.stop();
  });

  it("a sign-out through one replica: the cookie is refused by both within a second", async () => {
    const { jar } = await signIn(proxy.url, "/", USERS.alice);
    for (const replica of replicas) expect((await checkAt(replica, jar)).status).toBe(200);
    // Round-robin: four requests through Caddy reach both replicas; all let alice in.
    for (let i = 0; i < 4; i++) {
      expect((await send(`${proxy.url}/`, [...NAVIGATION, ...cookieLine(jar)])).status).toBe(200);
    }
    // The jar keeps the cookie sign_out clears (send stores nothing): the copy a thief replays.
    const signedOut = await send(`${proxy.url}${PREFIX}/sign_out`, [
      ...NAVIGATION,
      ...cookieLine(jar),
    ]);
    expect(signedOut.status).toBeLessThan(400);
    const took = await eventually("both replicas refuse the cookie", () => refusedByAll(jar), 1000);
    expect(took).toBeLessThan(1000);
    for (let i = 0; i < 4; i++) {
      const res = await send(`${proxy.url}/`, [...NAVIGATION, ...cookieLine(jar)]);
      expect(res.status).toBe(302);
    }
  });

  it("a back-channel logout delivered to one replica is honoured by both", async () => {
    const idpJar = new IdpCookieJar();
    const { jar } = await signIn(proxy.url, "/", USERS.alice, undefined, idpJar);
    // alice on another device: another provider session, another sid.
    const { jar: elsewhere } = await signIn(proxy.url, "/", USERS.alice);
    for (const replica of replicas) expect((await checkAt(replica, jar)).status).toBe(200);
    const before = replicas.map((r) => r.output().length);
    // The provider ends alice's session and POSTs its logout token before it answers.
    await endSessionAtIdp(idp.issuer, idpJar, CLIENT_ID);
    const received = replicas.filter((r, i) =>
      r.output().slice(before[i]).includes('"outcome":"backchannel_logout"'),
    );
    expect(received).toHaveLength(1);
    const took = await eventually("both replicas refuse alice", () => refusedByAll(jar), 1000);
    expect(took).toBeLessThan(1000);
    // Her other provider session did not end.
    for (const replica of replicas) expect((await checkAt(replica, elsewhere)).status).toBe(200);
  });

  it("Redis stopped and started (empty) during the test loses nothing", async () => {
    const { jar: before } = await signIn(proxy.url, "/", USERS.alice);
    await send(`${proxy.url}${PREFIX}/sign_out`, [...NAVIGATION, ...cookieLine(before)]);
    await eventually("both refuse the first cookie", () => refusedByAll(before), 1000);

    const { jar: during } = await signIn(proxy.url, "/", USERS.alice);
    for (const replica of replicas) expect((await checkAt(replica, during)).status).toBe(200);
    await redis.stop();
    await eventually(
      "the replicas notice",
      async () =>
        (await Promise.all(replicas.map((r) => rawRequest(`${r.url}${PREFIX}/readyz`)))).every(
          (res) => res.body.includes('"revocationStores"'),
        ),
      5000,
    );
    // Serving from memory: ready, saying Redis is unreachable; the metric says so too.
    const ready = await rawRequest(`${replicas[0]?.url ?? ""}${PREFIX}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({
      ready: true,
      revocationStores: {
        redis: expect.stringMatching(/^unreachable at redis:\/\/127\.0\.0\.1:/) as unknown,
      },
    });
    expect(await metric()).toContain('forward_auth_revocation_store_up{store="redis"} 0');

    // Signed out through one replica while Redis is down: answered at once, refused there.
    const started = Date.now();
    const out = await send(`${proxy.url}${PREFIX}/sign_out`, [
      ...NAVIGATION,
      ...cookieLine(during),
    ]);
    expect(out.status).toBeLessThan(400);
    expect(Date.now() - started).toBeLessThan(1000);
    const refusing = await Promise.all(replicas.map((r) => checkAt(r, during)));
    expect(refusing.some((res) => res.status === 401)).toBe(true);

    await redis.start();
    await eventually(
      "both refuse the cookie signed out during the outage",
      () => refusedByAll(during),
      5000,
    );
    await eventually(
      "the metric says Redis is back",
      async () => (await metric()).includes('forward_auth_revocation_store_up{store="redis"} 1'),
      5000,
    );
    expect(await metric()).toMatch(/^forward_auth_revocations [1-9]/m);

    // A replica started now loads both sign-outs from Redis, which restarted empty.
    const third = await runService(env);
    try {
      await waitReady(third);
      expect(await refusedByAll(before, [third])).toBe(true);
      expect(await refusedByAll(during, [third])).toBe(true);
    } finally {
      await third.stop();
    }
    // Each replica said so once: down, then back; never per request.
    for (const replica of replicas) {
      const lines = replica.output().split("\n");
      expect(lines.filter((l) => l.includes("revocation store unreachable"))).toHaveLength(1);
      expect(lines.filter((l) => l.includes("revocation store reachable again"))).toHaveLength(1);
    }
  });
  it("a replica started while Redis is down is not ready until it has loaded the shared list", async () => {
    await redis.stop();
    const late = await runService(env);
    try {
      const res = await eventually(
        "the provider is ready and only Redis is missing",
        async () => (await rawRequest(`${late.url}${PREFIX}/readyz`)).body.includes("revocation"),
        5000,
      ).then(() => rawRequest(`${late.url}${PREFIX}/readyz`));
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body)).toEqual({
        ready: false,
        reason: expect.stringMatching(
          /^revocation store redis not loaded: unreachable at redis:\/\/127\.0\.0\.1:\d+: /,
        ) as unknown,
      });
      await redis.start();
      await waitReady(late);
    } finally {
      await late.stop();
      await redis.start();
    }
  });
});

// Issue 16, item 6: each replica's /jwks serves only its own keys, so replicas must share one key
// file; the service says so at start when Redis (several replicas) is set and the file is not.
describe.runIf(run)("identity JWT keys across replicas", () => {
  const WARNING =
    "FORWARD_AUTH_IDENTITY_JWT with FORWARD_AUTH_REDIS_URL (several replicas): set FORWARD_AUTH_IDENTITY_JWT_KEY_FILE to the same key file on every replica, or apps reject JWTs signed by a replica whose /jwks they did not read";
  let redis: RunningRedis;
  const dir = mkdtempSync(join(tmpdir(), "forward-auth-replica-key-"));
  const keyFile = join(dir, "signing.pem");

  beforeAll(async () => {
    redis = await startRedis();
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  });
  afterAll(async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    { name: "Redis and no key file: warned", extra: {}, warned: true },
    {
      name: "Redis and a key file: not warned",
      extra: { FORWARD_AUTH_IDENTITY_JWT_KEY_FILE: keyFile },
      warned: false,
    },
  ])("$name", async ({ extra, warned }) => {
    const service = await runService({
      ...testEnv("http://127.0.0.1:1"),
      FORWARD_AUTH_IDENTITY_JWT: "true",
      FORWARD_AUTH_REDIS_URL: redis.url,
      ...extra,
    });
    try {
      expect(service.output()).toContain('"msg":"listening"');
      expect(service.output().includes(WARNING)).toBe(warned);
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });
});

// rediss://: TLS to Redis, the server's certificate checked against the CAs Node trusts.
describe.runIf(run)("a Redis behind TLS (rediss://)", () => {
  const dir = mkdtempSync(join(tmpdir(), "forward-auth-redis-tls-"));
  let redis: RunningRedis;

  beforeAll(async () => {
    const openssl = (...args: string[]) => {
      const result = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
      if (result.status !== 0) throw new Error(`openssl ${args.join(" ")}: ${result.stderr}`);
    };
    openssl(
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"],
      ...["-keyout", "ca.key", "-out", "ca.pem", "-days", "1", "-subj", "/CN=test CA"],
    );
    openssl(
      ...["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"],
      ...["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"],
    );
    writeFileSync(join(dir, "san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    openssl(
      ...["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key"],
      ...["-CAcreateserial", "-out", "server.pem", "-days", "1", "-extfile", "san.ext"],
    );
    redis = await startRedis({
      cert: join(dir, "server.pem"),
      key: join(dir, "server.key"),
      ca: join(dir, "ca.pem"),
    });
  });
  afterAll(async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    { name: "the CA trusted (NODE_EXTRA_CA_CERTS): connected", trust: true, up: 1 },
    { name: "the CA unknown: refused, and said once", trust: false, up: 0 },
  ])("$name", async ({ trust, up }) => {
    const metrics = await freePort();
    const service = await runService({
      ...testEnv("http://127.0.0.1:1"),
      FORWARD_AUTH_REDIS_URL: redis.url,
      FORWARD_AUTH_METRICS_LISTEN: `127.0.0.1:${metrics}`,
      ...(trust ? { NODE_EXTRA_CA_CERTS: join(dir, "ca.pem") } : {}),
    });
    try {
      expect(redis.url).toMatch(/^rediss:\/\//);
      const text = (await rawRequest(`http://127.0.0.1:${metrics}/metrics`)).body;
      expect(text).toContain(`forward_auth_revocation_store_up{store="redis"} ${up}`);
      const unreachable = service
        .output()
        .split("\n")
        .filter((l) => l.includes("revocation store unreachable"));
      expect(unreachable).toHaveLength(trust ? 0 : 1);
      if (!trust) expect(unreachable[0]).toMatch(/certificate/);
    } finally {
      expect(await service.stop()).toBe(0);
    }
  });
});
