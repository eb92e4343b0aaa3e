import { describe, expect, it } from "vitest";
import {
  createClock,
  followFailure,
  login,
  loginFromStart,
  NAVIGATE,
  PREFIX,
  SECRET_A,
  SECRET_B,
  startIdp,
  startService,
  traefikHeaders,
  USERS,
  type Service,
} from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const { idp, service, signedIn } = useService({ env: { FORWARD_AUTH_SESSION_LIFETIME: "1h" } });
const aliceJar = signedIn(USERS.alice);

function check(s: Service, cookie: string, extra: Record<string, string> = {}): Promise<Response> {
  return s.request(`${PREFIX}/auth/traefik`, {
    headers: { ...traefikHeaders("/", { accept: "application/json", ...extra }), cookie },
  });
}

describe("session cookies", () => {
  it("accepts the session it sealed", async () => {
    expect((await check(service, aliceJar.header())).status).toBe(200);
  });

  const value = (): string => aliceJar.cookies.get("__Host-forward_auth_session") ?? "";
  it.each([
    { name: "truncated", cookie: () => `__Host-forward_auth_session=${value().slice(0, -10)}` },
    { name: "one character flipped", cookie: () => `__Host-forward_auth_session=${flip(value())}` },
    { name: "empty", cookie: () => "__Host-forward_auth_session=" },
    { name: "garbage", cookie: () => "__Host-forward_auth_session=%%%not-a-seal%%%" },
    {
      name: "a JSON object",
      cookie: () => `__Host-forward_auth_session=${encodeURIComponent('{"u":"admin"}')}`,
    },
    {
      name: "foreign seal prefix",
      cookie: () => "__Host-forward_auth_session=Fe26.2*1*a*b*c*d*e*f*g~2",
    },
    { name: "huge", cookie: () => `__Host-forward_auth_session=${"A".repeat(20000)}` },
    { name: "stray chunk only", cookie: () => `__Host-forward_auth_session.1=${value()}` },
    {
      name: "duplicated",
      cookie: () => `__Host-forward_auth_session=${value()}; __Host-forward_auth_session=x`,
    },
    // Regression: iron-session ignores whatever follows the seal's ~2 suffix.
    { name: "text after ~2", cookie: () => `__Host-forward_auth_session=${value()}x` },
    { name: "~2 twice", cookie: () => `__Host-forward_auth_session=${value()}~2` },
    // Regression: a sibling subdomain can set a plain-named cookie, never a __Host- one.
    { name: "plain-named (planted by a sibling)", cookie: () => `forward_auth_session=${value()}` },
  ])("treats a $name cookie as no session, never a 5xx", async ({ cookie }) => {
    const res = await check(service, cookie());
    // Duplicate names: the first wins (RFC 6265 section 5.4 orders them), which here is valid.
    expect([200, 401]).toContain(res.status);
    if (!cookie().includes("; __Host-forward_auth_session=x")) expect(res.status).toBe(401);
  });

  it("names the cookie __Host- (Secure, Path=/, no Domain), and the plain name where it cannot", async () => {
    const { callbackResponse } = await login(service, USERS.bob);
    const [line = ""] = callbackResponse.headers
      .getSetCookie()
      .filter((l) => l.includes("forward_auth_session"));
    expect(line).toMatch(
      /^__Host-forward_auth_session=Fe26\.2\*1\*[^;]+~2; Max-Age=3600; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const plain = await startService(
      idp.issuer,
      { FORWARD_AUTH_COOKIE_SECURE: "false", FORWARD_AUTH_SESSION_LIFETIME: "1h" },
      service.clock,
    );
    const { jar } = await login(plain, USERS.bob);
    expect([...jar.cookies.keys()]).toEqual(["forward_auth_session"]);
    expect((await check(plain, jar.header())).status).toBe(200);
    // Each service reads only the name it sets.
    const value = jar.cookies.get("forward_auth_session") ?? "";
    expect((await check(service, `forward_auth_session=${value}`)).status).toBe(401);
    expect((await check(plain, `__Host-forward_auth_session=${value}`)).status).toBe(401);
  });

  it("sends a browser with a tampered cookie to log in again", async () => {
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: {
        ...traefikHeaders("/", NAVIGATE),
        cookie: `__Host-forward_auth_session=${flip(value())}`,
      },
    });
    expect(res.status).toBe(302);
  });

  it("ends the session at its absolute lifetime, whatever the cookie says", async () => {
    const clock = createClock(service.clock.now());
    const s = await startService(idp.issuer, { FORWARD_AUTH_SESSION_LIFETIME: "90s" }, clock);
    const { jar } = await login(s, USERS.alice);
    clock.advance(89);
    expect((await check(s, jar.header())).status).toBe(200);
    clock.advance(1);
    expect((await check(s, jar.header())).status).toBe(401);
  });

  it("survives a restart with the same secret", async () => {
    const restarted = await startService(
      idp.issuer,
      { FORWARD_AUTH_SESSION_LIFETIME: "1h" },
      service.clock,
    );
    expect((await check(restarted, aliceJar.header())).status).toBe(200);
  });

  it("rotates: a new first secret still opens sessions sealed with the old one", async () => {
    const rotated = await startService(
      idp.issuer,
      { FORWARD_AUTH_SECRET: `${SECRET_B},${SECRET_A}`, FORWARD_AUTH_SESSION_LIFETIME: "1h" },
      service.clock,
    );
    expect((await check(rotated, aliceJar.header())).status).toBe(200);
    // New sessions are sealed with the new secret only...
    const { jar } = await login(rotated, USERS.bob);
    const onlyNew = await startService(
      idp.issuer,
      { FORWARD_AUTH_SECRET: SECRET_B },
      service.clock,
    );
    expect((await check(onlyNew, jar.header())).status).toBe(200);
    // ...and once the old secret is removed, its sessions end.
    expect((await check(onlyNew, aliceJar.header())).status).toBe(401);
  });

  it("keeps every group of a user in 400 groups, within browser cookie limits", async () => {
    const { jar, callbackResponse } = await login(service, USERS.many);
    for (const line of callbackResponse.headers.getSetCookie()) {
      expect(line.length).toBeLessThan(4096);
    }
    const res = await check(service, jar.header());
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-groups")?.split("|")).toEqual(USERS.many.groups);
  });

  it("splits a session that does not fit one cookie, and reads it back whole", async () => {
    const { jar, callbackResponse } = await login(service, USERS.chunky);
    const lines = callbackResponse.headers
      .getSetCookie()
      .filter((l) => l.startsWith("__Host-forward_auth_session"));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.length).toBeLessThan(4096);
    const res = await check(service, jar.header());
    expect(res.headers.get("x-authentik-groups")?.split("|")).toEqual(USERS.chunky.groups);
  });

  it("refuses, with a clear page, a session too large for four cookies", async () => {
    const { callbackResponse } = await login(service, USERS.huge);
    expect(
      callbackResponse.headers
        .getSetCookie()
        .some((l) => l.startsWith("__Host-forward_auth_session")),
    ).toBe(false);
    const page = await followFailure(service, callbackResponse, "session_too_large");
    expect(page.status).toBe(500);
    expect(await page.text()).toContain("more groups than fit");
  });

  it("clears chunks a larger session left behind when a smaller one replaces it", async () => {
    const { jar } = await login(service, USERS.chunky);
    const chunks = [...jar.cookies.keys()].filter((n) =>
      n.startsWith("__Host-forward_auth_session"),
    );
    const { jar: after } = await loginFromStart(service, USERS.alice, jar);
    expect(
      [...after.cookies.keys()].filter((n) => n.startsWith("__Host-forward_auth_session")),
    ).toEqual(["__Host-forward_auth_session"]);
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    const res = await check(service, after.header());
    expect(res.headers.get("x-authentik-username")).toBe("alice");
  });

  it("reads a one-cookie session whole when a stale chunk of a larger one is still sent", async () => {
    // A browser that missed the clearing of `.1` sends it beside the new, shorter session: a
    // first chunk shorter than a full one is the whole seal, and the leftover is not read.
    const { jar } = await login(service, USERS.chunky);
    const leftover = jar.cookies.get("__Host-forward_auth_session.1") ?? "";
    expect(leftover).not.toBe("");
    const res = await check(
      service,
      `${aliceJar.header()}; __Host-forward_auth_session.1=${leftover}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-username")).toBe("alice");
  });

  it("names the app asked about in every answer, for more apps than are kept per user", async () => {
    const hosts = Array.from({ length: 7 }, (_, i) => `app${String(i)}.example.com`);
    for (const round of [1, 2]) {
      for (const host of hosts) {
        const res = await service.request(`${PREFIX}/auth/traefik`, {
          headers: { ...traefikHeaders("/", {}, host), cookie: aliceJar.header() },
        });
        expect([round, res.status, res.headers.get("x-authentik-meta-app")]).toEqual([
          round,
          200,
          host,
        ]);
        expect(res.headers.get("x-authentik-username")).toBe("alice");
      }
    }
  });

  // Regression guard for the kept 200 (routes/render-auth.ts), keyed by session id and host: two
  // sessions of one user and a session of another, asked about one app in turn, each get their
  // own answer; a second session of alice is its own entry, not another session's.
  it("answers each session with its own user when their 200s for one app are kept", async () => {
    const { jar: bobJar } = await login(service, USERS.bob);
    const { jar: aliceAgain } = await login(service, USERS.alice);
    const jars = [
      { jar: aliceJar, want: "alice" },
      { jar: bobJar, want: "bob" },
      { jar: aliceAgain, want: "alice" },
    ];
    for (const round of [1, 2, 3]) {
      for (const { jar, want } of jars) {
        const res = await service.request(`${PREFIX}/auth/traefik`, {
          headers: { ...traefikHeaders("/", {}, "shared.example.com"), cookie: jar.header() },
        });
        expect([round, res.status, res.headers.get("x-authentik-username")]).toEqual([
          round,
          200,
          want,
        ]);
      }
    }
  });

  it("checks a valid session without calling the provider", async () => {
    const down = await startIdp();
    const s = await startService(down.issuer, {}, service.clock);
    const { jar } = await login(s, USERS.alice);
    await down.close();
    expect((await check(s, jar.header())).status).toBe(200);
  });
});

function flip(sealed: string): string {
  const i = Math.floor(sealed.length / 2);
  const ch = sealed[i] === "A" ? "B" : "A";
  return sealed.slice(0, i) + ch + sealed.slice(i + 1);
}
