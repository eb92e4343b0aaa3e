import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { startTestIdp, type TestIdp } from "../helpers/idp.ts";
import {
  APP_ORIGIN,
  browserHeaders,
  CLIENT_ID,
  CLIENT_SECRET,
  callbackUris,
  Jar,
  followFailure,
  login,
  NAVIGATE,
  PREFIX,
  startIdp,
  startService,
  traefikHeaders,
  USERS,
  type Service,
} from "../helpers/harness.ts";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("identity provider outages", () => {
  it("starts without the provider, says why, answers 503, and recovers without a restart", async () => {
    const port = await freePort();
    const service = await startService(`http://127.0.0.1:${port}`, {}, undefined, {
      waitReady: false,
    });
    cleanups.push(() => {
      service.oidc.stop();
      return Promise.resolve();
    });

    await until(async () => {
      const ready = await service.request(`${PREFIX}/readyz`);
      const { reason } = (await ready.json()) as { reason: string };
      return (
        ready.status === 503 &&
        /request to http:\/\/127\.0\.0\.1:\d+\/\.well-known\/openid-configuration failed/.test(
          reason,
        )
      );
    }, "readyz to say why");
    expect((await service.request(`${PREFIX}/ping`)).status).toBe(204);
    expect((await service.request(`${PREFIX}/healthz`)).status).toBe(200);

    const browser = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/", NAVIGATE),
    });
    expect(browser.status).toBe(503);
    expect(browser.headers.get("retry-after")).toBe("5");
    expect(await browser.text()).toContain("identity provider cannot be reached");
    const api = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/", { accept: "application/json" }),
    });
    expect(await api.json()).toMatchObject({ error: "provider_unavailable" });

    const idp = await startIdp(port);
    cleanups.push(() => idp.close());
    await until(
      async () => (await service.request(`${PREFIX}/readyz`)).status === 200,
      "readyz 200",
    );
    const { callbackResponse } = await login(service, USERS.alice);
    expect(callbackResponse.status).toBe(302);
  });

  it("keeps serving sessions while the provider is down, and logs in again once it is back", async () => {
    const idp = await startIdp();
    const service = await startService(idp.issuer);
    const { jar } = await login(service, USERS.alice);
    const { port, jwks } = idp;
    await idp.close();

    const check = () =>
      service.request(`${PREFIX}/auth/traefik`, {
        headers: { ...traefikHeaders("/", { accept: "application/json" }), cookie: jar.header() },
      });
    expect((await check()).status).toBe(200);

    const idp2 = await startIdp(port, jwks);
    cleanups.push(() => idp2.close());
    const { callbackResponse } = await login(service, USERS.bob);
    expect(callbackResponse.status).toBe(302);
    expect((await check()).status).toBe(200);
  });

  it("answers 503 at the callback when the token endpoint is unreachable", async () => {
    const idp = await startIdp();
    const service = await startService(idp.issuer);
    const check = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/", NAVIGATE),
    });
    const cookie = check.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    const state = new URL(check.headers.get("location") ?? "").searchParams.get("state") ?? "";
    await idp.close();
    const res = await service.request(`${PREFIX}/callback?code=abc&state=${state}`, {
      headers: {
        host: "music.example.com",
        "x-forwarded-proto": "https",
        accept: "text/html",
        cookie,
      },
    });
    const page = await followFailure(service, res, "provider_unavailable");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain("Sign in again");
  });

  it("answers 503 after the wait's bound, not a hang, while discovery hangs; then times it out", async () => {
    const sockets = new Set<Socket>();
    const hanging: Server = createServer(() => {
      // Never answers.
    });
    hanging.on("connection", (s) => sockets.add(s));
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    cleanups.push(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => hanging.close(resolve));
    });
    const { port } = hanging.address() as AddressInfo;
    const service: Service = await startService(`http://127.0.0.1:${port}`, {}, undefined, {
      waitReady: false,
      readyWaitMs: 400,
    });
    cleanups.push(() => {
      service.oidc.stop();
      return Promise.resolve();
    });
    const started = performance.now();
    // The navigation waits for the discovery in flight, but no longer than the bound.
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/", NAVIGATE),
    });
    const waited = performance.now() - started;
    expect(res.status).toBe(503);
    expect(waited).toBeGreaterThanOrEqual(390);
    expect(waited).toBeLessThan(1500);
    // A session never waits for the provider: only requests that need it do.
    const start = performance.now();
    const api = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/rest/x", { accept: "application/json" }),
    });
    expect(api.status).toBe(503);
    expect(performance.now() - start).toBeLessThan(1500);
    await until(async () => {
      const body = (await (await service.request(`${PREFIX}/readyz`)).json()) as { reason: string };
      return /timeout|aborted/i.test(body.reason);
    }, "discovery to time out");
  });

  // Issue 13 item 6: the first navigation after a restart used to get an immediate 503 while the
  // first discovery was still running.
  it.each([
    { name: "an app navigation (auth check)", path: `${PREFIX}/auth/traefik`, traefik: true },
    {
      name: "the start page",
      path: `${PREFIX}/start?rd=${encodeURIComponent(APP_ORIGIN + "/")}`,
      traefik: false,
    },
  ])(
    "sends $name to the provider once a slow first discovery completes, instead of a 503",
    async ({ path, traefik }) => {
      let delayed = 0;
      const slow = await startTestIdp({
        users: [USERS.alice],
        clients: [
          { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callbackUris() },
        ],
        // The provider answers discovery after 1.5 s, as one still starting would.
        beforeRequest: async (pathname) => {
          if (pathname !== "/.well-known/openid-configuration") return;
          delayed++;
          await new Promise((resolve) => setTimeout(resolve, 1500));
        },
      });
      cleanups.push(() => slow.close());
      const service = await startService(slow.issuer, {}, undefined, { waitReady: false });
      cleanups.push(() => {
        service.oidc.stop();
        return Promise.resolve();
      });
      expect(service.oidc.readiness().ready).toBe(false);
      const started = performance.now();
      const res = await service.request(path, {
        headers: traefik ? traefikHeaders("/", NAVIGATE) : browserHeaders(new Jar()),
      });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")?.startsWith(`${slow.issuer}/auth?`)).toBe(true);
      expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
      // One discovery, shared by the service's start and the waiting request.
      expect(delayed).toBe(1);
      const { callbackResponse } = await login(service, USERS.alice);
      expect(callbackResponse.status).toBe(302);
    },
  );

  it("refuses a discovery document that names another issuer", async () => {
    const idp: TestIdp = await startTestIdp({
      users: [],
      clients: [
        { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callbackUris() },
      ],
    });
    cleanups.push(() => idp.close());
    const service = await startService(`http://localhost:${idp.port}`, {}, undefined, {
      waitReady: false,
    });
    cleanups.push(() => {
      service.oidc.stop();
      return Promise.resolve();
    });
    await until(async () => {
      const body = (await (await service.request(`${PREFIX}/readyz`)).json()) as {
        reason?: string;
      };
      return body.reason?.includes("names issuer") === true;
    }, "issuer mismatch");
  });
});

describe("provider key rotation", () => {
  it("fetches the key set again when an ID token names an unknown key", async () => {
    const idp = await startIdp();
    const service = await startService(idp.issuer);
    await login(service, USERS.alice);
    const { port } = idp;
    await idp.close();
    // Same issuer, new signing key: the cached key set no longer has the token's kid.
    const rotated = await startIdp(port);
    cleanups.push(() => rotated.close());
    const { callbackResponse } = await login(service, USERS.alice);
    expect(callbackResponse.status).toBe(302);
  });
});
