import { describe, expect, it } from "vitest";
import { loginAtIdp, logoutAtIdp } from "../helpers/idp.ts";
import {
  browserHeaders,
  CLIENT_ID,
  CLIENT_SECRET,
  Jar,
  NAVIGATE,
  PREFIX,
  traefikHeaders,
  USERS,
} from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const AUTH = "https://auth.example.com";
const ENV = {
  FORWARD_AUTH_AUTH_HOST: "auth.example.com",
  FORWARD_AUTH_COOKIE_DOMAIN: "example.com",
};
const { service, another } = useService({
  idp: {
    users: [USERS.alice],
    // One redirect URI registered, on the login host only.
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${AUTH}${PREFIX}/callback`],
        post_logout_redirect_uris: [`${AUTH}${PREFIX}/signed_out`],
      },
    ],
  },
  env: ENV,
});
const restricted = another({ env: { ...ENV, FORWARD_AUTH_ALLOWED_GROUPS: "nobody" } });

const check = (
  host: string,
  jar: Jar,
  extra: Record<string, string> = { accept: "application/json" },
) =>
  service.request(`${PREFIX}/auth/traefik`, {
    headers: { ...traefikHeaders("/albums?id=7", extra, host), cookie: jar.header() },
  });

async function loginVia(host: string, jar: Jar): Promise<Response> {
  const first = await check(host, jar, NAVIGATE);
  expect(first.status).toBe(302);
  const start = new URL(first.headers.get("location") ?? "");
  expect(start.origin).toBe(AUTH);
  expect(start.searchParams.get("rd")).toBe(`https://${host}/albums?id=7`);
  // No login cookie on the app host: the attempt lives on the login host.
  expect(first.headers.getSetCookie()).toEqual([]);
  const atAuth = await service.request(start.pathname + start.search, {
    headers: browserHeaders(jar, "auth.example.com"),
  });
  expect(atAuth.status).toBe(302);
  jar.store(atAuth);
  const authorize = new URL(atAuth.headers.get("location") ?? "");
  expect(authorize.searchParams.get("redirect_uri")).toBe(`${AUTH}${PREFIX}/callback`);
  const back = new URL(await loginAtIdp(authorize.href, USERS.alice));
  const done = await service.request(back.pathname + back.search, {
    headers: browserHeaders(jar, back.host),
  });
  jar.store(done);
  return done;
}

describe("one login host for every subdomain", () => {
  it("logs in through the login host and returns to the app it started from", async () => {
    const jar = new Jar();
    const done = await loginVia("music.example.com", jar);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("https://music.example.com/albums?id=7");
    const session = done.headers.getSetCookie().find((c) => c.startsWith("forward_auth_session="));
    expect(session).toContain("Domain=example.com");
  });

  it("one login covers the other subdomains; signing out anywhere signs out everywhere", async () => {
    const jar = new Jar();
    await loginVia("music.example.com", jar);
    expect((await check("music.example.com", jar)).status).toBe(200);
    const photos = await check("photos.example.com", jar);
    expect(photos.status).toBe(200);
    expect(photos.headers.get("x-authentik-meta-app")).toBe("photos.example.com");

    const out = await service.request(`${PREFIX}/sign_out`, {
      headers: browserHeaders(jar, "photos.example.com"),
    });
    jar.store(out);
    expect((await check("music.example.com", jar)).status).toBe(401);
    expect((await check("photos.example.com", jar)).status).toBe(401);
  });

  // Issue 16: one post-logout URI, the login host's, whichever app host the sign-out starts on.
  it("signs out from an app host through the login host's signed_out, back to the app", async () => {
    const jar = new Jar();
    await loginVia("music.example.com", jar);
    const out = await service.request(`${PREFIX}/sign_out?rd=%2Falbums`, {
      headers: browserHeaders(jar, "photos.example.com"),
    });
    expect(out.status).toBe(302);
    const end = new URL(out.headers.get("location") ?? "");
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(`${AUTH}${PREFIX}/signed_out`);
    // A Domain cookie, so that the login host's signed_out reads it.
    expect(out.headers.getSetCookie()).toContainEqual(
      expect.stringMatching(
        /^forward_auth_signed_out=Fe26[^;]*; Max-Age=600; Path=\/; Domain=example\.com; HttpOnly; Secure; SameSite=Lax$/,
      ),
    );
    jar.store(out);
    const back = new URL(await logoutAtIdp(end.href));
    expect(back.href).toBe(`${AUTH}${PREFIX}/signed_out`);
    const done = await service.request(back.pathname, {
      headers: browserHeaders(jar, "auth.example.com"),
    });
    expect(done.headers.get("location")).toBe("https://photos.example.com/albums");
  });

  it("links Sign in as someone else to the login host", async () => {
    const jar = new Jar();
    await loginVia("music.example.com", jar);
    const denied = await restricted.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/albums", NAVIGATE), cookie: jar.header() },
    });
    expect(denied.status).toBe(403);
    expect(await denied.text()).toContain(
      `href="${AUTH}${PREFIX}/start?rd=${encodeURIComponent("https://music.example.com/albums")}&amp;prompt=login">Sign in as someone else</a>`,
    );
  });

  it("points API clients at the login host too", async () => {
    const res = await check("music.example.com", new Jar());
    expect(res.status).toBe(401);
    expect(res.headers.get("x-forward-auth-login")).toBe(
      `${AUTH}${PREFIX}/start?rd=${encodeURIComponent("https://music.example.com/")}`,
    );
  });

  it.each([
    { rd: "https://evil.com/", want: `${AUTH}/` },
    { rd: "https://evilexample.com/", want: `${AUTH}/` },
    { rd: "https://example.com.evil.com/", want: `${AUTH}/` },
    { rd: "https://photos.example.com/x", want: "https://photos.example.com/x" },
  ])("returns only to hosts under the cookie domain: $rd", async ({ rd, want }) => {
    const jar = new Jar();
    const start = await service.request(`${PREFIX}/start?rd=${encodeURIComponent(rd)}`, {
      headers: browserHeaders(jar, "auth.example.com"),
    });
    jar.store(start);
    const back = new URL(await loginAtIdp(start.headers.get("location") ?? "", USERS.alice));
    const done = await service.request(back.pathname + back.search, {
      headers: browserHeaders(jar, back.host),
    });
    expect(done.headers.get("location")).toBe(want);
  });
});
