import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loginAtIdp, startTestIdp, type TestIdp } from "../helpers/idp.ts";
import {
  APP_ORIGIN,
  callbackUris,
  CLIENT_ID,
  CLIENT_SECRET,
  PREFIX,
  SECRET_A,
  testEnv,
  USERS,
} from "../helpers/harness.ts";
import { rawRequest, runService, runToExit } from "../helpers/process.ts";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("the service process", () => {
  it("exits non-zero before listening, naming every bad variable and no secret", async () => {
    const { code, output } = await runToExit({
      FORWARD_AUTH_ISSUER: "not a url",
      FORWARD_AUTH_SECRET: "too-short-secret-value",
      FORWARD_AUTH_LISTEN: "0.0.0.0:99999",
      FORWARD_AUTH_SESSION_LIFETIME: "forever",
    });
    expect(code).toBe(2);
    expect(output).toContain("FORWARD_AUTH_ISSUER: must be an absolute URL");
    expect(output).toContain("FORWARD_AUTH_CLIENT_ID: is required and not set");
    expect(output).toContain("FORWARD_AUTH_CLIENT_SECRET: is required and not set");
    expect(output).toContain("FORWARD_AUTH_SECRET: secret #1 is too short (got 22 characters)");
    expect(output).toContain("FORWARD_AUTH_LISTEN: must be host:port");
    expect(output).toContain(
      "FORWARD_AUTH_SESSION_LIFETIME: must be a number followed by s, m, h or d",
    );
    expect(output).not.toContain("too-short-secret-value");
    expect(output).not.toContain("listening");
  });

  // Regression: FORWARD_AUTH_ALLOWED_GROUP=music started the service with a warning and no group
  // restriction at all.
  it("refuses to start when FORWARD_AUTH_DATA_DIR cannot keep revocations, saying how to fix it", async () => {
    const { code, output } = await runToExit({
      ...testEnv("https://id.example.com/"),
      FORWARD_AUTH_DATA_DIR: "/nonexistent/forward-auth-data",
    });
    expect(code).toBe(2);
    expect(output).toContain(
      "forward-auth: FORWARD_AUTH_DATA_DIR: cannot keep revocations there (ENOENT: no such file or directory",
    );
    expect(output).toContain("create the directory (in a container, mount a volume there)");
  });

  it("refuses to start with a misspelt setting, exit 2, naming the real one", async () => {
    const { code, output } = await runToExit({
      ...testEnv("https://id.example.com/"),
      FORWARD_AUTH_ALLOWED_GROUP: "music",
    });
    expect(code).toBe(2);
    expect(output).toBe(
      "forward-auth: invalid configuration\n" +
        "  FORWARD_AUTH_ALLOWED_GROUP: is not a forward-auth setting; did you mean FORWARD_AUTH_ALLOWED_GROUPS?\n",
    );
  });

  // Regression: `umask 077 && openssl rand ... > secrets/forward_auth_secret` as root leaves a
  // file the image's user (uid 1000) cannot read; the problem names that user and the fix. Only
  // root can start a process as another user, so other runs skip it.
  it.skipIf(process.getuid?.() !== 0)(
    "names the user it runs as when a secret file is not readable (run as uid 1000; needs root)",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "forward-auth-secret-"));
      try {
        chmodSync(dir, 0o755);
        const file = join(dir, "forward_auth_secret");
        writeFileSync(file, `${SECRET_A}\n`, { mode: 0o600 });
        const env: Record<string, string> = testEnv("https://id.example.com/", {
          FORWARD_AUTH_SECRET_FILE: file,
        });
        delete env.FORWARD_AUTH_SECRET;
        const { code, output } = await runToExit(env, { uid: 1000, gid: 1000 });
        expect([code, output]).toEqual([
          2,
          "forward-auth: invalid configuration\n" +
            `  FORWARD_AUTH_SECRET_FILE: cannot read the file (EACCES, got "${file}"); the service runs as uid 1000 (gid 1000): chown 1000:1000 the file on the host, or chmod 0444 it\n`,
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it("serves a real login over HTTP, then drains an in-flight request on SIGTERM and exits 0", async () => {
    let slowToken = false;
    const idp: TestIdp = await startTestIdp({
      users: [USERS.alice],
      clients: [
        { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callbackUris() },
      ],
      beforeRequest: async (pathname) => {
        if (slowToken && pathname === "/token") await new Promise((r) => setTimeout(r, 1500));
      },
    });
    cleanups.push(() => idp.close());
    const service = await runService({ ...testEnv(idp.issuer), FORWARD_AUTH_LOG_LEVEL: "debug" });
    cleanups.push(() => service.stop());

    let ready = false;
    for (let i = 0; i < 100 && !ready; i++) {
      ready = (await fetch(`${service.url}${PREFIX}/readyz`)).status === 200;
      if (!ready) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ready).toBe(true);

    const check = await rawRequest(`${service.url}${PREFIX}/auth/traefik`, {
      "x-forwarded-method": "GET",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "music.example.com",
      "x-forwarded-uri": "/albums?page=2",
      "sec-fetch-mode": "navigate",
      accept: "text/html",
    });
    expect(check.status).toBe(302);
    const loginCookie = check.headers["set-cookie"]?.[0]?.split(";")[0] ?? "";
    const back = new URL(await loginAtIdp(check.headers.location ?? "", USERS.alice));

    slowToken = true;
    const inFlight = rawRequest(`${service.url}${back.pathname}${back.search}`, {
      host: "music.example.com",
      "x-forwarded-proto": "https",
      cookie: loginCookie,
    });
    await new Promise((r) => setTimeout(r, 300));
    service.child.kill("SIGTERM");
    const res = await inFlight;
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${APP_ORIGIN}/albums?page=2`);
    expect(await service.exited).toBe(0);

    const logs = service.output();
    expect(logs).toContain('"msg":"stopping: finishing in-flight requests"');
    // Logs never carry cookies, codes, tokens or secrets.
    for (const secret of [
      SECRET_A,
      CLIENT_SECRET,
      back.searchParams.get("code") ?? "-",
      "Fe26.2",
    ]) {
      expect(logs).not.toContain(secret);
    }
    for (const line of logs.trim().split("\n"))
      expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});

describe("revocations across a restart", () => {
  /** Logs alice in through `service` and returns her session cookie ("name=value"). */
  async function signIn(url: string): Promise<string> {
    const forwarded = {
      "x-forwarded-method": "GET",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "music.example.com",
      "x-forwarded-uri": "/",
      "sec-fetch-mode": "navigate",
      accept: "text/html",
    };
    const check = await rawRequest(`${url}${PREFIX}/auth/traefik`, forwarded);
    const loginCookie = check.headers["set-cookie"]?.[0]?.split(";")[0] ?? "";
    const back = new URL(await loginAtIdp(check.headers.location ?? "", USERS.alice));
    const done = await rawRequest(`${url}${back.pathname}${back.search}`, {
      host: "music.example.com",
      "x-forwarded-proto": "https",
      cookie: loginCookie,
    });
    const session = (done.headers["set-cookie"] ?? []).find((c) =>
      c.includes("forward_auth_session="),
    );
    return session?.split(";")[0] ?? "";
  }
  const ask = (url: string, cookie: string) =>
    rawRequest(`${url}${PREFIX}/auth/traefik`, {
      "x-forwarded-method": "GET",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "music.example.com",
      "x-forwarded-uri": "/",
      accept: "application/json",
      cookie,
    });

  it("with FORWARD_AUTH_DATA_DIR, a signed-out cookie stays refused after a restart; without, the start says it would not", async () => {
    const idp: TestIdp = await startTestIdp({
      users: [USERS.alice],
      clients: [
        { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callbackUris() },
      ],
    });
    cleanups.push(() => idp.close());
    const dataDir = mkdtempSync(join(tmpdir(), "fa-data-"));
    cleanups.push(() => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const env = { ...testEnv(idp.issuer), FORWARD_AUTH_DATA_DIR: dataDir };

    const first = await runService(env);
    cleanups.push(() => first.stop());
    const cookie = await signIn(first.url);
    const kept = await signIn(first.url);
    expect(cookie).toMatch(/forward_auth_session=Fe26\.2/);
    expect((await ask(first.url, cookie)).status).toBe(200);
    const out = await rawRequest(`${first.url}${PREFIX}/sign_out`, {
      host: "music.example.com",
      "x-forwarded-proto": "https",
      cookie,
    });
    expect(out.status).toBe(302);
    expect((await ask(first.url, cookie)).status).toBe(401);
    expect(await first.stop()).toBe(0);

    const second = await runService(env);
    cleanups.push(() => second.stop());
    expect(second.output()).toContain('"msg":"revocations loaded"');
    expect((await ask(second.url, cookie)).status).toBe(401);
    // Only that session ended: alice's other login is untouched.
    expect((await ask(second.url, kept)).status).toBe(200);
    expect(second.output()).not.toContain("kept in memory only");
    await second.stop();

    const memoryOnly = await runService(testEnv(idp.issuer));
    cleanups.push(() => memoryOnly.stop());
    expect(memoryOnly.output()).toContain("a revoked session is valid again after a restart");
    await memoryOnly.stop();
  });
});
