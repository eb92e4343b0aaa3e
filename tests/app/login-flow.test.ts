import { describe, expect, it } from "vitest";
import { loginAtIdp } from "../helpers/idp.ts";
import {
  APP_HOST,
  APP_ORIGIN,
  askAuth,
  browserHeaders,
  FLAVOURS,
  followFailure,
  Jar,
  login,
  NAVIGATE,
  PREFIX,
  startService,
  traefikHeaders,
  USERS,
} from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const { idp, service } = useService({ env: { FORWARD_AUTH_COOKIE_SECURE: "true" } });

describe("login flow against a real OpenID provider", () => {
  it("redirects a navigation to the provider with PKCE S256, state and nonce", async () => {
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/app/?q=1", NAVIGATE),
    });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get("location") ?? "");
    expect(location.origin).toBe(idp.issuer);
    const params = Object.fromEntries(location.searchParams);
    expect(params).toMatchObject({
      response_type: "code",
      client_id: "forward-auth",
      redirect_uri: `${APP_ORIGIN}${PREFIX}/callback`,
      code_challenge_method: "S256",
      scope: "openid profile email groups",
    });
    expect(params.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.state).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{32}$/);
    expect(params.nonce).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const [cookie = ""] = res.headers.getSetCookie();
    // What derives the secrets (none of them), then the redirect URI and the return URL.
    const value =
      /^__Host-fa_login\.[^=]+=v3\.[A-Za-z0-9_-]{22}\.[0-9a-z]+\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+);/.exec(
        cookie,
      );
    expect(value).not.toBeNull();
    expect(value?.slice(1).map((part) => Buffer.from(part, "base64url").toString())).toEqual([
      `${APP_ORIGIN}${PREFIX}/callback`,
      `${APP_ORIGIN}/app/?q=1`,
    ]);
    expect(cookie).not.toContain(params.nonce);
    expect(cookie).toContain("Max-Age=600");
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Domain=");
  });

  it("logs in, returns to the original URL and answers 200 with identity headers", async () => {
    const { jar, callbackResponse } = await login(
      service,
      USERS.alice,
      "/app/album?id=7&sort=name",
    );
    expect(callbackResponse.status).toBe(302);
    expect(callbackResponse.headers.get("location")).toBe(`${APP_ORIGIN}/app/album?id=7&sort=name`);
    const sessionCookie = callbackResponse.headers
      .getSetCookie()
      .find((c) => c.startsWith("__Host-forward_auth_session="));
    expect(sessionCookie).toMatch(/Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    // The login attempt's cookie is spent.
    expect([...jar.cookies.keys()].filter((n) => n.startsWith("__Host-fa_login."))).toEqual([]);
    // The seal reveals nothing of its contents.
    expect(sessionCookie).not.toMatch(/alice|music|example/);

    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/app/", { accept: "application/json" }), cookie: jar.header() },
    });
    expect(res.status).toBe(200);
    const h = Object.fromEntries(res.headers);
    expect(h).toMatchObject({
      "x-authentik-username": "alice",
      "x-authentik-groups": "music|admins",
      "x-authentik-email": "alice@example.test",
      "x-authentik-name": "Alice Liddell",
      "x-authentik-uid": "u-alice",
      "x-authentik-entitlements": "",
      "x-authentik-meta-outpost": "forward-auth",
      "x-authentik-meta-app": APP_HOST,
      "remote-user": "alice",
      "remote-groups": "music,admins",
      "remote-email": "alice@example.test",
      "remote-name": "Alice Liddell",
      "cache-control": "no-store",
    });
  });

  it("answers a POST navigation with 303 and never a replay", async () => {
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/form", { ...NAVIGATE, "x-forwarded-method": "POST" }),
    });
    expect(res.status).toBe(303);
  });

  it.each([
    { name: "fetch", headers: { accept: "*/*", "sec-fetch-mode": "cors" } },
    { name: "XHR", headers: { accept: "text/html", "x-requested-with": "XMLHttpRequest" } },
    { name: "API client", headers: { accept: "application/json" } },
    {
      name: "WebSocket (Traefik's wss proto)",
      headers: { ...NAVIGATE, "x-forwarded-proto": "wss" },
    },
    { name: "WebSocket upgrade", headers: { ...NAVIGATE, upgrade: "websocket" } },
  ])(
    "answers $name with 401, a challenge and the login URL, and stores nothing",
    async ({ headers }) => {
      const res = await service.request(`${PREFIX}/auth/traefik`, {
        headers: traefikHeaders("/api/data", headers),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe(`Bearer realm="${APP_HOST}"`);
      expect(res.headers.get("x-forward-auth-login")).toBe(
        `${APP_ORIGIN}${PREFIX}/start?rd=${encodeURIComponent(`${APP_ORIGIN}/`)}`,
      );
      expect(res.headers.getSetCookie()).toEqual([]);
    },
  );

  it("keeps parallel logins from different tabs apart", async () => {
    const jar = new Jar();
    const first = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/tab-one", NAVIGATE),
    });
    jar.store(first);
    const second = await service.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/tab-two", NAVIGATE), cookie: jar.header() },
    });
    jar.store(second);
    // Finish the first tab's login after the second started: both attempts are still valid.
    const back = new URL(await loginAtIdp(first.headers.get("location") ?? "", USERS.alice));
    const done = await service.request(back.pathname + back.search, {
      headers: browserHeaders(jar),
    });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`${APP_ORIGIN}/tab-one`);
  });

  it("keeps at most five login attempts, evicting the oldest", async () => {
    const jar = new Jar();
    for (let i = 0; i < 8; i++) {
      service.clock.advance(1);
      const res = await service.request(`${PREFIX}/auth/traefik`, {
        headers: { ...traefikHeaders(`/poll/${i}`, NAVIGATE), cookie: jar.header() },
      });
      jar.store(res);
    }
    const pending = [...jar.cookies.keys()].filter((n) => n.startsWith("__Host-fa_login."));
    expect(pending).toHaveLength(5);
  });

  it("starts from /start?rd= and returns to a validated target", async () => {
    const jar = new Jar();
    const res = await service.request(
      `${PREFIX}/start?rd=${encodeURIComponent(`${APP_ORIGIN}/library`)}`,
      { headers: browserHeaders(jar) },
    );
    expect(res.status).toBe(302);
    jar.store(res);
    const back = new URL(await loginAtIdp(res.headers.get("location") ?? "", USERS.alice));
    const done = await service.request(back.pathname + back.search, {
      headers: browserHeaders(jar),
    });
    expect(done.headers.get("location")).toBe(`${APP_ORIGIN}/library`);
  });

  it("falls back to the app root for an off-site rd", async () => {
    const jar = new Jar();
    const res = await service.request(
      `${PREFIX}/start?rd=${encodeURIComponent("https://evil.com/")}`,
      {
        headers: browserHeaders(jar),
      },
    );
    jar.store(res);
    const back = new URL(await loginAtIdp(res.headers.get("location") ?? "", USERS.alice));
    const done = await service.request(back.pathname + back.search, {
      headers: browserHeaders(jar),
    });
    expect(done.headers.get("location")).toBe(`${APP_ORIGIN}/`);
  });

  // The return URL and redirect URI ride unsealed in the login cookie: whatever they are changed
  // to, the callback sends the browser nowhere the `rd` rules refuse, and the provider refuses a
  // code for another redirect URI.
  /** A login whose cookie has its `fromEnd`-th last segment replaced by `text`, base64url. */
  async function callbackWithChangedCookie(fromEnd: 1 | 2, text: string): Promise<Response> {
    const jar = new Jar();
    const check = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/library", NAVIGATE),
    });
    jar.store(check);
    const [name = ""] = [...jar.cookies.keys()].filter((n) => n.startsWith("__Host-fa_login."));
    const parts = (jar.cookies.get(name) ?? "").split(".");
    parts[parts.length - fromEnd] = Buffer.from(text).toString("base64url");
    jar.cookies.set(name, parts.join("."));
    const back = new URL(await loginAtIdp(check.headers.get("location") ?? "", USERS.alice));
    return service.request(back.pathname + back.search, { headers: browserHeaders(jar) });
  }

  it.each([
    ["an off-site return URL", "https://evil.com/", `${APP_ORIGIN}/`],
    ["a scheme-relative return URL", "//evil.com/x", `${APP_ORIGIN}/`],
    ["a javascript: return URL", "javascript:alert(1)", `${APP_ORIGIN}/`],
    ["another path on the host", `${APP_ORIGIN}/elsewhere`, `${APP_ORIGIN}/elsewhere`],
  ])("validates %s changed in the login cookie", async (_, changed, landing) => {
    const done = await callbackWithChangedCookie(1, changed);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(landing);
  });

  it("fails the login when the redirect URI in the login cookie was changed", async () => {
    const done = await callbackWithChangedCookie(
      2,
      "https://evil.com/outpost.goauthentik.io/callback",
    );
    expect(
      done.headers.getSetCookie().some((c) => c.startsWith("__Host-forward_auth_session=")),
    ).toBe(false);
    const page = await followFailure(service, done, "code_rejected");
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("Start again");
  });

  it("offers to start again when the state cookie is missing or forged", async () => {
    const res = await service.request(
      `${PREFIX}/callback?code=abc&state=lz0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
      {
        headers: browserHeaders(new Jar()),
      },
    );
    const page = await followFailure(service, res, "login_expired");
    expect(page.status).toBe(400);
    const body = await page.text();
    expect(body).toContain("This sign-in link has expired");
    expect(body).toContain(`href="${APP_ORIGIN}${PREFIX}/start?rd=`);
  });

  it("refuses a replayed code", async () => {
    const jar = new Jar();
    const check = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/replay", NAVIGATE),
    });
    jar.store(check);
    const saved = jar.header();
    const back = new URL(await loginAtIdp(check.headers.get("location") ?? "", USERS.alice));
    const first = await service.request(back.pathname + back.search, {
      headers: browserHeaders(jar),
    });
    expect(first.status).toBe(302);
    // An attacker replays the callback with the login cookie as it was before.
    const replay = await service.request(back.pathname + back.search, {
      headers: { ...browserHeaders(jar), cookie: saved },
    });
    expect(
      replay.headers.getSetCookie().some((c) => c.startsWith("__Host-forward_auth_session=")),
    ).toBe(false);
    const page = await followFailure(service, replay, "code_rejected");
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("Start again");
  });

  it("shows the provider's access_denied with a way to try again", async () => {
    const jar = new Jar();
    const check = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/denied", NAVIGATE),
    });
    jar.store(check);
    const back = new URL(
      await loginAtIdp(check.headers.get("location") ?? "", USERS.alice, { deny: true }),
    );
    expect(back.searchParams.get("error")).toBe("access_denied");
    const res = await service.request(back.pathname + back.search, {
      headers: browserHeaders(jar),
    });
    const page = await followFailure(service, res, "access_denied");
    expect(page.status).toBe(403);
    const body = await page.text();
    expect(body).toContain("The identity provider answered: access_denied.");
    expect(body).toContain("Sign in again");
  });

  it("shares the session across subdomains with a cookie domain; login cookies stay host-only", async () => {
    const shared = await startService(idp.issuer, { FORWARD_AUTH_COOKIE_DOMAIN: "example.com" });
    const { jar, callbackResponse } = await login(shared, USERS.alice);
    const lines = callbackResponse.headers.getSetCookie();
    // A Domain cookie cannot have the __Host- prefix; the host-only login cookies have it.
    expect(lines.find((l) => l.startsWith("forward_auth_session="))).toContain(
      "; Domain=example.com;",
    );
    expect(lines.find((l) => l.startsWith("__Host-fa_login."))).not.toContain("Domain=");
    const res = await shared.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/", {}, "photos.example.com"), cookie: jar.header() },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-meta-app")).toBe("photos.example.com");
  });

  it("signs out: clears the session and goes to the provider's end_session_endpoint", async () => {
    const { jar } = await login(service, USERS.alice);
    const res = await service.request(
      `${PREFIX}/sign_out?rd=${encodeURIComponent(`${APP_ORIGIN}/`)}`,
      {
        headers: browserHeaders(jar),
      },
    );
    expect(res.status).toBe(302);
    const end = new URL(res.headers.get("location") ?? "");
    expect(`${end.origin}${end.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(end.searchParams.get("client_id")).toBe("forward-auth");
    // One fixed post-logout URI; the destination waits in a sealed cookie (tests/app/sign-out.test.ts).
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(
      `${APP_ORIGIN}${PREFIX}/signed_out`,
    );
    jar.store(res);
    expect(jar.cookies.has("__Host-forward_auth_session")).toBe(false);
    const after = await service.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/"), accept: "application/json", cookie: jar.header() },
    });
    expect(after.status).toBe(401);
  });

  it("revokes on sign-out: a copy of the cookie replayed afterwards gets the login on every flavour", async () => {
    const { jar } = await login(service, USERS.alice);
    const copy = jar.header();
    const before = await askAuth(service, "traefik", "/", { headers: { cookie: copy } });
    expect(before.status).toBe(200);
    const res = await service.request(`${PREFIX}/sign_out`, { headers: browserHeaders(jar) });
    expect(res.status).toBe(302);
    for (const flavour of FLAVOURS) {
      const replay = await askAuth(service, flavour, "/", { headers: { cookie: copy } });
      expect([302, 401]).toContain(replay.status);
    }
    const userinfo = await service.request(`${PREFIX}/userinfo`, {
      headers: { ...browserHeaders(jar), cookie: copy, accept: "application/json" },
    });
    expect(userinfo.status).toBe(401);
  });
});

describe("a misconfigured client", () => {
  it("tells the user it is not their fault when the provider refuses the client secret", async () => {
    const wrong = await startService(idp.issuer, { FORWARD_AUTH_CLIENT_SECRET: "not the secret" });
    const { callbackResponse } = await login(wrong, USERS.alice);
    const page = await followFailure(wrong, callbackResponse, "client_rejected");
    expect(page.status).toBe(502);
    const body = await page.text();
    expect(body).toContain("Sign-in is misconfigured");
    expect(body).toContain("forward-auth check");
    expect(wrong.logs.join("")).toContain('"error":"client_rejected"');
    expect(wrong.logs.join("")).not.toContain("not the secret");
  });
});

describe("userinfo", () => {
  it("shows a signed-in user who they are and which groups the service sees", async () => {
    const { jar } = await login(service, USERS.alice);
    const page = await service.request(`${PREFIX}/userinfo`, { headers: browserHeaders(jar) });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Signed in as alice");
    expect(html).toContain("<li>music</li><li>admins</li>");
    const json = await service.request(`${PREFIX}/userinfo`, {
      headers: { ...browserHeaders(jar), accept: "application/json" },
    });
    expect(await json.json()).toMatchObject({ username: "alice", groups: ["music", "admins"] });
  });

  it("escapes what the provider sent", async () => {
    const { jar } = await login(service, USERS.xss);
    const html = await (
      await service.request(`${PREFIX}/userinfo`, { headers: browserHeaders(jar) })
    ).text();
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("sends a browser without a session to log in, and answers API clients 401", async () => {
    const page = await service.request(`${PREFIX}/userinfo`, {
      headers: browserHeaders(new Jar()),
    });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe(
      `${APP_ORIGIN}${PREFIX}/start?rd=${encodeURIComponent(`${APP_ORIGIN}${PREFIX}/userinfo`)}`,
    );
    const api = await service.request(`${PREFIX}/userinfo`, {
      headers: { ...browserHeaders(new Jar()), accept: "application/json" },
    });
    expect(api.status).toBe(401);
  });
});
