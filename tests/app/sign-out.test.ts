// Issue 16 items 2 and 3: sign-out that ends where the user asked, never at another site's
// request, and "Sign in as someone else" as a fresh login, against the real oidc-provider.
import { describe, expect, it } from "vitest";
import { createSealer } from "../../src/session/sealer.ts";
import { loginAtIdp, logoutAtIdp } from "../helpers/idp.ts";
import {
  APP_ORIGIN,
  askAuth,
  auditLines,
  browserHeaders,
  createClock,
  followFailure,
  Jar,
  login,
  NAVIGATE,
  PREFIX,
  SECRET_A,
  traefikHeaders,
  USERS,
  type Service,
} from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const { idp, service, another } = useService();
const restricted = another({ env: { FORWARD_AUTH_ALLOWED_GROUPS: "music" } });
const clock = createClock();
const clocked = another({ clock });

const SESSION = "__Host-forward_auth_session";
const SIGNED_OUT = "__Host-forward_auth_signed_out";
const SIGNED_OUT_URI = `${APP_ORIGIN}${PREFIX}/signed_out`;
const rd = (url: string) => encodeURIComponent(url);

/** Fetch Metadata of a request, as Chromium sends it. */
const meta = (site: string, mode: string, dest: string): Record<string, string> => ({
  "sec-fetch-site": site,
  "sec-fetch-mode": mode,
  "sec-fetch-dest": dest,
});
const SAME_ORIGIN_LINK = meta("same-origin", "navigate", "document");
const CROSS_SITE_LINK = meta("cross-site", "navigate", "document");

const signOut = (on: Service, jar: Jar, query: string, headers: Record<string, string> = {}) =>
  on.request(`${PREFIX}/sign_out${query}`, { headers: { ...browserHeaders(jar), ...headers } });

/** Still signed in: the auth check answers 200 to this cookie. */
async function signedInWith(on: Service, cookie: string): Promise<boolean> {
  return (await askAuth(on, "traefik", "/", { headers: { cookie } })).status === 200;
}

describe("sign_out with RP-initiated logout", () => {
  it("sign_out?rd=%2F ends back at the app root via signed_out (the demo's link)", async () => {
    const { jar } = await login(service, USERS.alice);
    const copy = jar.header();
    const out = await signOut(service, jar, "?rd=%2F", SAME_ORIGIN_LINK);
    expect(out.status).toBe(302);
    const end = new URL(out.headers.get("location") ?? "");
    expect(`${end.origin}${end.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(Object.fromEntries(end.searchParams)).toEqual({
      client_id: "forward-auth",
      post_logout_redirect_uri: SIGNED_OUT_URI,
    });
    const kept = out.headers.getSetCookie().find((c) => c.startsWith(`${SIGNED_OUT}=`)) ?? "";
    expect(kept).toMatch(
      /^__Host-forward_auth_signed_out=Fe26\.2\*[^;]+; Max-Age=600; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    jar.store(out);
    expect(jar.cookies.has(SESSION)).toBe(false);

    // The provider accepts the fixed URI it has registered, and sends the browser there.
    const back = new URL(await logoutAtIdp(end.href));
    expect(back.href).toBe(SIGNED_OUT_URI);
    const done = await service.request(back.pathname, { headers: browserHeaders(jar) });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`${APP_ORIGIN}/`);
    expect(done.headers.getSetCookie()).toEqual([
      `${SIGNED_OUT}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax`,
    ]);
    jar.store(done);

    // Used once: the same address again shows the page.
    const again = await service.request(back.pathname, { headers: browserHeaders(jar) });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("<title>You are signed out</title>");
    expect(await signedInWith(service, copy)).toBe(false);
  });

  it.each([
    { name: "the root", query: "?rd=%2F", want: `${APP_ORIGIN}/` },
    { name: "a deep path", query: `?rd=${rd("/albums?id=7")}`, want: `${APP_ORIGIN}/albums?id=7` },
    {
      name: "an absolute URL on this host",
      query: `?rd=${rd(`${APP_ORIGIN}/x`)}`,
      want: `${APP_ORIGIN}/x`,
    },
    {
      name: "a path that looks protocol-relative",
      query: `?rd=${rd("//evil.com/")}`,
      want: `${APP_ORIGIN}//evil.com/`,
    },
    { name: "a foreign host", query: `?rd=${rd("https://evil.com/")}`, want: undefined },
    { name: "a javascript: URL", query: `?rd=${rd("javascript:alert(1)")}`, want: undefined },
    { name: "no rd", query: "", want: undefined },
  ])("signed_out goes to $name, or shows the page", async ({ query, want }) => {
    const jar = new Jar();
    const out = await signOut(service, jar, query);
    expect(out.status).toBe(302);
    expect(
      new URL(out.headers.get("location") ?? "").searchParams.get("post_logout_redirect_uri"),
    ).toBe(SIGNED_OUT_URI);
    jar.store(out);
    expect(jar.cookies.has(SIGNED_OUT)).toBe(want !== undefined);
    const done = await service.request(`${PREFIX}/signed_out`, { headers: browserHeaders(jar) });
    if (want === undefined) {
      expect(done.status).toBe(200);
      const body = await done.text();
      expect(body).toContain("<p>You have been signed out of music.example.com.</p>");
      expect(body).toContain(
        `href="${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/`)}">Sign in again</a>`,
      );
    } else {
      expect(done.status).toBe(302);
      expect(done.headers.get("location")).toBe(want);
    }
  });

  it.each([
    { name: "a forged value", value: "Fe26.2*1*forged~2" },
    { name: "a seal of another kind (the session's own)", value: "session" },
    { name: "a destination the redirect rules refuse, sealed by this service", value: "evil" },
  ])("signed_out never follows $name: it shows the page", async ({ value }) => {
    const { jar } = await login(service, USERS.alice);
    const sealer = createSealer([SECRET_A]);
    const cookie =
      value === "session"
        ? (jar.cookies.get(SESSION) ?? "")
        : value === "evil"
          ? await sealer.seal({ d: "https://evil.com/" }, 600)
          : value;
    const done = await service.request(`${PREFIX}/signed_out`, {
      headers: { ...browserHeaders(new Jar()), cookie: `${SIGNED_OUT}=${cookie}` },
    });
    expect(done.status).toBe(200);
    expect(done.headers.getSetCookie()).toEqual([
      `${SIGNED_OUT}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax`,
    ]);
  });

  it("a sign-out without rd clears a destination an unfinished sign-out left", async () => {
    const jar = new Jar();
    jar.store(await signOut(service, jar, "?rd=%2F"));
    expect(jar.cookies.has(SIGNED_OUT)).toBe(true);
    const out = await signOut(service, jar, "");
    expect(out.headers.getSetCookie()).toContain(
      `${SIGNED_OUT}=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax`,
    );
  });
});

describe("sign_out asked by another site", () => {
  it.each([
    {
      name: "an <img>",
      headers: { ...meta("cross-site", "no-cors", "image"), accept: "image/avif,image/webp,*/*" },
    },
    { name: "a fetch", headers: { ...meta("cross-site", "cors", "empty"), accept: "*/*" } },
    {
      name: "an iframe",
      headers: { ...meta("cross-site", "navigate", "iframe"), accept: "application/json" },
    },
  ])("never signs out for $name: 403, no cookie changed", async ({ headers }) => {
    const { jar } = await login(service, USERS.alice);
    const before = auditLines(service).length;
    const res = await signOut(service, jar, "?rd=%2F", headers);
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await res.json()).toEqual({
      error: "cross_site_sign_out",
      message:
        "Another site asked to end your session at music.example.com without you; nothing was changed.",
    });
    expect(await signedInWith(service, jar.header())).toBe(true);
    expect(auditLines(service).length).toBe(before);
  });

  it("asks first on a cross-site navigation, and the page's button signs out", async () => {
    const { jar } = await login(service, USERS.alice);
    const page = await signOut(service, jar, "?rd=%2F", CROSS_SITE_LINK);
    expect(page.status).toBe(200);
    expect(page.headers.getSetCookie()).toEqual([]);
    expect(page.headers.get("content-security-policy")).toContain(
      `form-action 'self' ${idp.issuer} ${APP_ORIGIN}; frame-ancestors 'none'`,
    );
    const body = await page.text();
    expect(body).toContain("<title>Sign out?</title>");
    const action = `${APP_ORIGIN}${PREFIX}/sign_out?rd=%2F`;
    expect(body).toContain(
      `<form class="actions" method="post" action="${action}"><button class="button" type="submit">Sign out</button>`,
    );
    expect(await signedInWith(service, jar.header())).toBe(true);

    // The button: a same-origin form POST, as Chromium sends it.
    const copy = jar.header();
    const out = await service.request(`${PREFIX}/sign_out?rd=%2F`, {
      method: "POST",
      headers: { ...browserHeaders(jar), ...SAME_ORIGIN_LINK, origin: APP_ORIGIN },
    });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toContain(`${idp.issuer}/session/end?`);
    expect(await signedInWith(service, copy)).toBe(false);
  });

  it.each([
    { name: "another origin", origin: "https://evil.com", want: 200 },
    { name: "an opaque origin", origin: "null", want: 200 },
    { name: "this origin", origin: APP_ORIGIN, want: 303 },
    {
      name: "a sibling host, without a cookie domain",
      origin: "https://photos.example.com",
      want: 200,
    },
  ])("a POST without Fetch Metadata from $name: $want", async ({ origin, want }) => {
    const { jar } = await login(service, USERS.alice);
    const res = await service.request(`${PREFIX}/sign_out`, {
      method: "POST",
      headers: { ...browserHeaders(jar), origin },
    });
    expect(res.status).toBe(want);
    expect(await signedInWith(service, jar.header())).toBe(want === 200);
  });

  it("signs out a client without Fetch Metadata (curl) at once", async () => {
    const { jar } = await login(service, USERS.alice);
    const res = await signOut(service, jar, "");
    expect(res.status).toBe(302);
    expect(await signedInWith(service, jar.header())).toBe(false);
  });
});

describe("Sign in as someone else", () => {
  it("bob → 403 → a fresh login at the provider → alice, with bob's session revoked", async () => {
    const { jar } = await login(service, USERS.bob);
    const bobsCookie = jar.header();
    const denied = await restricted.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/albums", NAVIGATE), cookie: jar.header() },
    });
    expect(denied.status).toBe(403);
    const link = /href="([^"]*)">Sign in as someone else</.exec(await denied.text())?.[1] ?? "";
    const href = link.replaceAll("&amp;", "&");
    expect(href).toBe(`${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/albums`)}&prompt=login`);

    const start = await restricted.request(new URL(href).pathname + new URL(href).search, {
      headers: { ...browserHeaders(jar), ...SAME_ORIGIN_LINK },
    });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get("location") ?? "");
    expect(authorize.searchParams.get("prompt")).toBe("login");
    expect(authorize.searchParams.get("max_age")).toBe("0");
    expect(start.headers.getSetCookie().some((c) => c.startsWith(`${SESSION}=;`))).toBe(true);
    expect(
      start.headers.getSetCookie().some((c) => /^__Host-fa_login\.[^=]+=[^;]+!fresh;/.test(c)),
    ).toBe(true);
    jar.store(start);
    expect(await signedInWith(restricted, bobsCookie)).toBe(false);

    const back = new URL(await loginAtIdp(authorize.href, USERS.alice));
    const done = await restricted.request(back.pathname + back.search, {
      headers: browserHeaders(jar, back.host),
    });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe(`${APP_ORIGIN}/albums`);
    jar.store(done);
    const page = await askAuth(restricted, "traefik", "/albums", { jar });
    expect(page.status).toBe(200);
    expect(page.headers.get("x-authentik-username")).toBe("alice");
    expect(auditLines(restricted).filter((l) => l.outcome === "sign_out")).toContainEqual(
      expect.objectContaining({ user: "bob", reason: "switch_account" }),
    );
  });

  it("links the sign-in error page's switch to the fresh login too", async () => {
    const { callbackResponse } = await login(restricted, USERS.bob, "/library");
    const page = await followFailure(restricted, callbackResponse, "forbidden");
    expect(await page.text()).toContain(
      `href="${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/library`)}&amp;prompt=login">Sign in as someone else</a>`,
    );
  });

  it.each([
    {
      name: "another site's <img>",
      headers: meta("cross-site", "no-cors", "image"),
      status: 403,
      ended: false,
    },
    { name: "another site's link", headers: CROSS_SITE_LINK, status: 302, ended: false },
    {
      name: "a same-site link (the login host)",
      headers: meta("same-site", "navigate", "document"),
      status: 302,
      ended: true,
    },
    { name: "curl", headers: {}, status: 302, ended: true },
  ])("ends the session behind sign_out's gate: $name", async ({ headers, status, ended }) => {
    const { jar } = await login(service, USERS.bob);
    const res = await service.request(`${PREFIX}/start?rd=%2F&prompt=login`, {
      headers: { ...browserHeaders(jar), ...headers },
    });
    expect(res.status).toBe(status);
    if (status === 403) expect(res.headers.getSetCookie()).toEqual([]);
    expect(await signedInWith(service, jar.header())).toBe(!ended);
  });

  it("refuses any other prompt", async () => {
    const res = await service.request(`${PREFIX}/start?prompt=none`, {
      headers: { ...browserHeaders(new Jar()), accept: "application/json" },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "bad_prompt",
      message: 'The only prompt a sign-in can ask for is "login" (got "none").',
    });
  });

  it("refuses an ID token whose auth_time is before the attempt (stale_authentication)", async () => {
    // The service's clock runs 5 minutes ahead of the provider's: the provider's fresh
    // authentication looks 5 minutes old, as one a provider that ignored prompt=login reuses.
    clock.advance(300);
    const jar = new Jar();
    const start = await clocked.request(
      `${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/albums`)}&prompt=login`,
      {
        headers: browserHeaders(jar),
      },
    );
    jar.store(start);
    const back = new URL(await loginAtIdp(start.headers.get("location") ?? "", USERS.alice));
    const done = await clocked.request(back.pathname + back.search, {
      headers: browserHeaders(jar, back.host),
    });
    jar.store(done);
    expect(jar.cookies.has(SESSION)).toBe(false);
    const page = await followFailure(clocked, done, "stale_authentication");
    expect(page.status).toBe(403);
    const body = await page.text();
    expect(body).toContain(
      "<p>The identity provider did not ask for your credentials again, so this may still be the previous account. Try again, or sign out at the identity provider first, to continue to music.example.com.</p>",
    );
    expect(clocked.logs.join("\n")).toContain('"msg":"login without fresh authentication"');

    // The same login without prompt=login is not checked.
    const plain = await login(clocked, USERS.alice);
    expect(plain.callbackResponse.status).toBe(302);
  });
});
