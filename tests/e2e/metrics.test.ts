import { afterAll, describe, expect, it } from "vitest";
import { startIdp, PREFIX, testEnv, USERS } from "../helpers/harness.ts";
import { loginAtIdp, type TestIdp } from "../helpers/idp.ts";
import { freePort, rawRequest, runService, type RunningService } from "../helpers/process.ts";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const forwarded = (uri: string) => ({
  "x-forwarded-method": "GET",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "music.example.com",
  "x-forwarded-uri": uri,
});

describe("metrics", () => {
  it("counts checks, provider calls and cache hits on a listener of its own", async () => {
    const idp: TestIdp = await startIdp();
    cleanups.push(() => idp.close());
    const metricsPort = await freePort();
    const service: RunningService = await runService({
      ...testEnv(idp.issuer),
      FORWARD_AUTH_METRICS_LISTEN: `127.0.0.1:${String(metricsPort)}`,
    });
    cleanups.push(() => service.stop());
    for (let i = 0; i < 100; i++) {
      const ready = await rawRequest(`${service.url}${PREFIX}/readyz`).catch(() => undefined);
      if (ready?.status === 200) break;
      await new Promise((r) => setTimeout(r, 50));
    }

    const auth = `${service.url}${PREFIX}/auth/traefik`;
    const first = await rawRequest(auth, {
      ...forwarded("/"),
      "sec-fetch-mode": "navigate",
      accept: "text/html",
    });
    expect(first.status).toBe(302);
    const loginCookie = first.headers["set-cookie"]?.[0]?.split(";")[0] ?? "";
    const back = new URL(await loginAtIdp(first.headers.location ?? "", USERS.alice));
    const done = await rawRequest(`${service.url}${back.pathname}${back.search}`, {
      host: "music.example.com",
      "x-forwarded-proto": "https",
      cookie: loginCookie,
    });
    const session = (done.headers["set-cookie"] ?? [])
      .filter((c) => c.startsWith("__Host-forward_auth_session="))
      .map((c) => c.split(";")[0])
      .join("; ");
    for (let i = 0; i < 3; i++) {
      expect((await rawRequest(auth, { ...forwarded("/"), cookie: session })).status).toBe(200);
    }
    expect((await rawRequest(auth, { ...forwarded("/"), accept: "application/json" })).status).toBe(
      401,
    );
    expect((await rawRequest(auth, forwarded("no-slash"))).status).toBe(400);

    const text = (await rawRequest(`http://127.0.0.1:${String(metricsPort)}/metrics`)).body;
    expect(text).toContain(
      'forward_auth_requests_total{endpoint="traefik",decision="allow",status="200"} 3',
    );
    expect(text).toContain(
      'forward_auth_requests_total{endpoint="traefik",decision="redirect",status="302"} 1',
    );
    expect(text).toContain(
      'forward_auth_requests_total{endpoint="traefik",decision="unauthorized",status="401"} 1',
    );
    expect(text).toContain(
      'forward_auth_requests_total{endpoint="traefik",decision="bad_request",status="400"} 1',
    );
    expect(text).toMatch(/forward_auth_check_duration_seconds_count\{endpoint="traefik"\} 6/);
    expect(text).toContain('forward_auth_provider_requests_total{kind="discovery",outcome="ok"} 1');
    expect(text).toContain('forward_auth_provider_requests_total{kind="token",outcome="ok"} 1');
    expect(text).toContain('forward_auth_provider_requests_total{kind="userinfo",outcome="ok"} 1');
    expect(text).toMatch(/forward_auth_key_set_refreshes_total\{outcome="ok"\} [1-9]/);
    expect(text).toContain('forward_auth_session_cache_total{result="hit"} 2');
    expect(text).toContain('forward_auth_session_cache_total{result="miss"} 1');
    expect(text).toMatch(/forward_auth_build_info\{version="\d+\.\d+\.\d+"\} 1/);
    expect(text).toContain("process_resident_memory_bytes");

    // Never through the main listener, which the proxy routes.
    expect((await rawRequest(`${service.url}/metrics`)).status).toBe(404);
    expect((await rawRequest(`${service.url}${PREFIX}/metrics`)).status).toBe(404);
  });
});
