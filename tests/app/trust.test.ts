import { describe, expect, it } from "vitest";
import { loginAtIdp } from "../helpers/idp.ts";
import {
  APP_ORIGIN,
  browserHeaders,
  Jar,
  followFailure,
  login,
  NAVIGATE,
  PREFIX,
  traefikHeaders,
  UNTRUSTED_PEER,
  USERS,
} from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const { service, another, signedIn } = useService();
const alice = signedIn(USERS.alice);

describe("trusted proxies", () => {
  const ADD =
    "is not from a trusted proxy; add it (or its network) to FORWARD_AUTH_TRUSTED_PROXIES";
  const UNKNOWN =
    "request from an unknown address is not from a trusted proxy; FORWARD_AUTH_TRUSTED_PROXIES lists the proxies that may ask";

  // Regression: a Quick start behind Traefik in Docker got only "this endpoint only answers
  // trusted proxies"; the refusal now names the address to add and the variable to add it to.
  it.each([
    {
      name: "untrusted IPv4 peer",
      peer: UNTRUSTED_PEER,
      want: `request from ${UNTRUSTED_PEER} ${ADD}`,
    },
    {
      name: "untrusted IPv4-mapped peer, named as the IPv4 address to list",
      peer: "::ffff:172.18.0.3",
      want: `request from 172.18.0.3 ${ADD}`,
    },
    { name: "untrusted IPv6 peer", peer: "fd00:0:0::3", want: `request from fd00::3 ${ADD}` },
    { name: "unknown peer", peer: "", want: UNKNOWN },
    { name: "garbage peer", peer: "not-an-ip", want: UNKNOWN },
  ])("refuses auth checks from an $name with 403 and logs why", async ({ peer, want }) => {
    const before = service.logs.length;
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      peer,
      headers: { ...traefikHeaders("/"), cookie: alice.header() },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-authentik-username")).toBeNull();
    expect(await res.json()).toEqual({ error: "untrusted_proxy", message: want });
    const logged = service.logs
      .slice(before)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({
        level: "warn",
        msg: `auth request refused: ${want}`,
        peer,
        endpoint: "traefik",
      }),
    ]);
  });

  it("accepts an IPv4-mapped IPv6 peer inside the trusted range", async () => {
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      peer: "::ffff:127.0.0.1",
      headers: { ...traefikHeaders("/"), cookie: alice.header() },
    });
    expect(res.status).toBe(200);
  });

  it("ignores forwarded headers from untrusted peers on /start", async () => {
    const res = await service.request(`${PREFIX}/start`, {
      peer: UNTRUSTED_PEER,
      headers: {
        host: "music.example.com",
        "x-forwarded-host": "evil.com",
        "x-forwarded-proto": "http",
      },
    });
    expect(res.status).toBe(302);
    const authorize = new URL(res.headers.get("location") ?? "");
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${APP_ORIGIN}${PREFIX}/callback`);
  });

  it.each([
    { name: "scheme ftp", headers: { "x-forwarded-proto": "ftp" } },
    { name: "host with userinfo", headers: { "x-forwarded-host": "user@music.example.com" } },
    { name: "several hosts", headers: { "x-forwarded-host": "music.example.com, evil.com" } },
    { name: "URI without leading slash", headers: { "x-forwarded-uri": "https://evil.com/" } },
    { name: "URI with a space", headers: { "x-forwarded-uri": "/a b" } },
    { name: "URI with bad encoding", headers: { "x-forwarded-uri": "/%zz" } },
    { name: "URI with encoded slash", headers: { "x-forwarded-uri": "/a%2f..%2fadmin" } },
    { name: "URI with a dot segment", headers: { "x-forwarded-uri": `/app/..${PREFIX}/start` } },
    {
      name: "URI with an encoded dot segment",
      headers: { "x-forwarded-uri": `/app/%2e%2e${PREFIX}/auth/traefik` },
    },
    { name: "missing host", headers: { "x-forwarded-host": "" } },
  ])(
    "answers 400, never a redirect, for a malformed forwarded request: $name",
    async ({ headers }) => {
      const res = await service.request(`${PREFIX}/auth/traefik`, {
        headers: { ...traefikHeaders("/", NAVIGATE), ...headers },
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("location")).toBeNull();
      expect((await res.json()) as unknown).toMatchObject({ error: "bad_forwarded_request" });
    },
  );

  it.each([`${PREFIX}/ping`, `${PREFIX}/callback?code=x&state=y`, `/${PREFIX}/start`])(
    "a forwarded URI under the prefix still needs a login: %s",
    async (uri) => {
      const res = await service.request(`${PREFIX}/auth/traefik`, {
        headers: traefikHeaders(uri, { accept: "application/json" }),
      });
      expect(res.status).toBe(401);
    },
  );
});

describe("nginx auth_request", () => {
  const nginx = (url: string, extra: Record<string, string> = {}) =>
    service.request(`${PREFIX}/auth/nginx`, {
      headers: { "x-original-url": url, "x-original-method": "GET", ...NAVIGATE, ...extra },
    });

  it("answers 401 instead of a redirect, even for a navigation", async () => {
    const res = await nginx(`${APP_ORIGIN}/`);
    expect(res.status).toBe(401);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-forward-auth-login")).toContain(`${PREFIX}/start`);
  });

  it("answers 200 with identity headers for a session", async () => {
    const res = await nginx(`${APP_ORIGIN}/x?y=1`, { cookie: alice.header() });
    expect(res.status).toBe(200);
    expect(res.headers.get("remote-user")).toBe("alice");
  });

  it("answers without X-Original-Method, as authentik's own nginx snippet asks (rules name no methods)", async () => {
    const res = await service.request(`${PREFIX}/auth/nginx`, {
      headers: { "x-original-url": `${APP_ORIGIN}/x`, cookie: alice.header() },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("remote-user")).toBe("alice");
  });

  it("ignores X-Forwarded-* (only X-Original-URL counts)", async () => {
    const res = await service.request(`${PREFIX}/auth/nginx`, {
      headers: { ...traefikHeaders("/"), cookie: alice.header() },
    });
    expect(res.status).toBe(400);
  });

  it("judges the original method from X-Original-Method (the subrequest itself is a GET)", async () => {
    const res = await service.request(`${PREFIX}/auth/nginx`, {
      method: "POST",
      headers: {
        "x-original-url": `${APP_ORIGIN}/`,
        "x-original-method": "POST",
        cookie: alice.header(),
      },
    });
    expect(res.status).toBe(200);
  });
});

describe("caddy forward_auth", () => {
  it("speaks the same X-Forwarded-* as Traefik", async () => {
    const res = await service.request(`${PREFIX}/auth/caddy`, {
      headers: { ...traefikHeaders("/"), cookie: alice.header() },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-username")).toBe("alice");
  });
});

describe("hostile claims", () => {
  it("never emits CR or LF from a user name or display name", async () => {
    const { jar } = await login(service, USERS.mallory);
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/"), cookie: jar.header() },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-username")).toBe("mallory%0D%0ARemote-User: admin");
    expect(res.headers.get("remote-user")).toBe("mallory%0D%0ARemote-User: admin");
    expect(res.headers.get("x-authentik-name")).toBe("Mallory%0D%0AX-authentik-groups: admins");
    expect(res.headers.get("x-authentik-groups")).toBe("guests");
  });

  it("sends a non-Latin-1 display name as UTF-8 octets", async () => {
    const { jar } = await login(service, USERS.yamada);
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/"), cookie: jar.header() },
    });
    expect(res.status).toBe(200);
    const raw = res.headers.get("x-authentik-name") ?? "";
    expect(Buffer.from(raw, "latin1").toString("utf8")).toBe(USERS.yamada.name);
  });
});

describe("allowed users and groups", () => {
  const restricted = another({
    env: {
      FORWARD_AUTH_ALLOWED_GROUPS: "music",
      FORWARD_AUTH_ALLOWED_USERS: "mallory\r\nRemote-User: admin",
    },
  });

  it("lets a member of an allowed group in", async () => {
    const { callbackResponse } = await login(restricted, USERS.alice);
    expect(callbackResponse.status).toBe(302);
  });

  it("refuses a user outside them at the callback with a page, and sets no session", async () => {
    const { callbackResponse } = await login(restricted, USERS.bob);
    expect(
      callbackResponse.headers.getSetCookie().some((c) => c.includes("forward_auth_session")),
    ).toBe(false);
    const page = await followFailure(restricted, callbackResponse, "forbidden");
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Sign in as someone else");
  });

  it("answers 403 (HTML for browsers, JSON otherwise) for a session the policy no longer allows", async () => {
    const bobJar = (await login(service, USERS.bob)).jar;
    const html = await restricted.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/", NAVIGATE), cookie: bobJar.header() },
    });
    expect(html.status).toBe(403);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(await html.text()).toContain("signed in as bob");
    const json = await restricted.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/", { accept: "application/json" }), cookie: bobJar.header() },
    });
    expect(json.status).toBe(403);
    expect(await json.json()).toMatchObject({ error: "forbidden" });
  });

  it("compares user names exactly, control characters included", async () => {
    const { callbackResponse } = await login(restricted, USERS.mallory);
    expect(callbackResponse.status).toBe(302);
  });
});

describe("browser-facing endpoints", () => {
  it("refuses a garbage Host with 400", async () => {
    const res = await service.request(`${PREFIX}/start`, {
      peer: UNTRUSTED_PEER,
      headers: { host: "evil.com/x@y" },
    });
    expect(res.status).toBe(400);
  });

  it("survives a malformed rd without a 5xx", async () => {
    const jar = new Jar();
    const res = await service.request(`${PREFIX}/start?rd=%zz%00`, {
      headers: browserHeaders(jar),
    });
    expect(res.status).toBe(302);
    jar.store(res);
    const back = new URL(await loginAtIdp(res.headers.get("location") ?? "", USERS.alice));
    const done = await service.request(back.pathname + back.search, {
      headers: browserHeaders(jar),
    });
    expect(done.headers.get("location")).toBe(`${APP_ORIGIN}/`);
  });

  it("answers unknown paths with 404 JSON", async () => {
    const res = await service.request("/nope");
    expect(res.status).toBe(404);
  });
});
