// Issue 13, item 10: every page the service renders names the app's host, offers the next step,
// shares one inline stylesheet (with a dark variant) allowed by the page's own CSP; an unknown
// path is a page for browsers and JSON for API clients; a failed callback leaves no code in the
// address bar.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGN_IN_FAILURES } from "../../src/routes/sign-in-error.ts";
import { loginAtIdp } from "../helpers/idp.ts";
import {
  APP_ORIGIN,
  browserHeaders,
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

const { service, another } = useService();
const restricted = another({ env: { FORWARD_AUTH_ALLOWED_GROUPS: "music" } });

const HTML = { ...browserHeaders(new Jar()), accept: "text/html,application/xhtml+xml" };
const JSON_CLIENT = { ...browserHeaders(new Jar()), accept: "application/json" };
const rd = (url: string) => encodeURIComponent(url);

/** The page's look, checked the same way for every page: one stylesheet, allowed by its hash. */
async function expectPage(res: Response): Promise<string> {
  expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
  expect(res.headers.get("cache-control")).toBe("no-store");
  const body = await res.text();
  const styles = [...body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
  expect(styles).toHaveLength(1);
  const css = styles[0] ?? "";
  expect(css).toContain("@media (prefers-color-scheme:dark)");
  const hash = createHash("sha256").update(css).digest("base64");
  expect(res.headers.get("content-security-policy")).toBe(
    `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  // Nothing to load: no scripts, no external styles, images or fonts.
  expect(body).not.toMatch(/<script|<link|<img|url\(/);
  return body;
}

/** The buttons of a page, as [label, href]. */
function actions(body: string): [string, string][] {
  return [...body.matchAll(/<a class="button" href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [
    m[2] ?? "",
    (m[1] ?? "").replaceAll("&amp;", "&"),
  ]);
}

describe("unknown paths (regression: an unknown path under the prefix answered JSON to browsers)", () => {
  it.each([
    { name: "a path under the prefix", path: `${PREFIX}/nope` },
    { name: "a known endpoint with a trailing slash", path: `${PREFIX}/callback/` },
    { name: "a path outside the prefix", path: "/favicon.ico" },
    { name: "the prefix itself", path: PREFIX },
  ])("answers $name with an HTML 404 that leads back to the app", async ({ path }) => {
    const res = await service.request(path, { headers: HTML });
    expect(res.status).toBe(404);
    const body = await expectPage(res);
    expect(body).toContain("<title>Page not found</title>");
    expect(body).toContain("<p>music.example.com has no page at this address.</p>");
    expect(actions(body)).toEqual([["Back to music.example.com", `${APP_ORIGIN}/`]]);
  });

  it.each([
    { name: "an API client", headers: JSON_CLIENT },
    { name: "a client without Accept", headers: { host: "music.example.com" } },
  ])("answers $name with JSON", async ({ headers }) => {
    const res = await service.request(`${PREFIX}/nope`, { headers });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(await res.json()).toEqual({
      error: "not_found",
      message: "music.example.com has no page at this address.",
    });
  });

  it("answers 404 without a way back when the host cannot be known", async () => {
    const res = await service.request(`${PREFIX}/nope`, {
      headers: { host: "bad host", accept: "text/html" },
    });
    expect(res.status).toBe(404);
    const body = await expectPage(res);
    expect(body).toContain("<p>There is no page at this address.</p>");
    expect(actions(body)).toEqual([]);
  });
});

describe("a failed callback (regression: the address bar kept callback?code=…, and a reload said the link had expired)", () => {
  async function deniedAtProvider(): Promise<Response> {
    const jar = new Jar();
    const check = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/album/7?sort=name&x=1", NAVIGATE),
    });
    jar.store(check);
    const back = new URL(
      await loginAtIdp(check.headers.get("location") ?? "", USERS.alice, { deny: true }),
    );
    return service.request(back.pathname + back.search, { headers: browserHeaders(jar) });
  }

  it("sends the browser to the error page with the reason and the return URL only", async () => {
    const res = await deniedAtProvider();
    expect(res.status).toBe(303);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("location")).toBe(
      `${APP_ORIGIN}${PREFIX}/error?reason=access_denied&rd=${rd(`${APP_ORIGIN}/album/7?sort=name&x=1`)}`,
    );
    // The spent login cookie is still cleared on the way.
    expect(
      res.headers.getSetCookie().some((c) => /^__Host-fa_login\.[^=]+=;.*Max-Age=0/.test(c)),
    ).toBe(true);
  });

  it("shows the same page on every reload, and offers to sign in again to the same page", async () => {
    const first = await followFailure(service, await deniedAtProvider(), "access_denied");
    const body = await expectPage(first);
    expect(first.status).toBe(403);
    expect(body).toContain("<p>The identity provider answered: access_denied.</p>");
    expect(actions(body)).toEqual([
      [
        "Sign in again",
        `${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/album/7?sort=name&x=1`)}`,
      ],
    ]);
    const location = `${PREFIX}/error?reason=access_denied&rd=${rd(`${APP_ORIGIN}/album/7?sort=name&x=1`)}`;
    const reload = await service.request(location, { headers: HTML });
    expect(reload.status).toBe(403);
    expect(await reload.text()).toBe(body);
  });

  it("answers a reloaded callback?code=… with the expired page's address, not a page under the code", async () => {
    const { callbackResponse } = await login(service, USERS.alice);
    expect(callbackResponse.status).toBe(302);
    const again = await service.request(
      `${PREFIX}/callback?code=spent-code&state=lz0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
      { headers: HTML },
    );
    const page = await followFailure(service, again, "login_expired");
    expect(page.status).toBe(400);
    const body = await expectPage(page);
    expect(actions(body)).toEqual([
      ["Sign in again", `${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/`)}`],
      ["Back to music.example.com", `${APP_ORIGIN}/`],
    ]);
  });

  it("answers an API client at the callback with JSON at once", async () => {
    const res = await service.request(
      `${PREFIX}/callback?code=abc&state=lz0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
      { headers: JSON_CLIENT },
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "login_expired",
      message:
        "The sign-in took too long, was already completed, or was started in another browser. Start again to continue to music.example.com.",
    });
  });

  it("refuses a user the policy refuses with a way to switch accounts, naming the app", async () => {
    const { callbackResponse } = await login(restricted, USERS.bob, "/library");
    const page = await followFailure(restricted, callbackResponse, "forbidden");
    expect(page.status).toBe(403);
    const body = await expectPage(page);
    expect(body).toContain("<p>The account you signed in with may not use music.example.com.</p>");
    expect(actions(body)).toEqual([
      [
        "Sign in as someone else",
        `${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/library`)}&prompt=login`,
      ],
    ]);
  });
});

describe("the error page", () => {
  const start = (to: string) => ["Sign in again", `${APP_ORIGIN}${PREFIX}/start?rd=${rd(to)}`];
  const app = `${APP_ORIGIN}/library`;
  it.each([
    {
      reason: "login_expired",
      want: {
        status: 400,
        title: "This sign-in link has expired",
        actions: [start(app), ["Back to music.example.com", `${APP_ORIGIN}/`]],
      },
    },
    {
      reason: "missing_code",
      want: { status: 400, title: "Sign-in was not completed", actions: [start(app)] },
    },
    {
      reason: "code_rejected",
      want: { status: 400, title: "Sign-in was not completed", actions: [start(app)] },
    },
    {
      reason: "client_rejected",
      want: { status: 502, title: "Sign-in is misconfigured", actions: [] },
    },
    {
      reason: "provider_unavailable",
      want: { status: 503, title: "Sign-in unavailable", actions: [start(app)] },
    },
    {
      reason: "id_token_invalid",
      want: { status: 502, title: "Sign-in failed", actions: [start(app)] },
    },
    { reason: "session_too_large", want: { status: 500, title: "Sign-in failed", actions: [] } },
    {
      reason: "provider_error",
      want: { status: 403, title: "Sign-in was not completed", actions: [start(app)] },
    },
    {
      reason: "consent_required",
      want: { status: 403, title: "Sign-in was not completed", actions: [start(app)] },
    },
  ])("shows $reason", async ({ reason, want }) => {
    const res = await service.request(`${PREFIX}/error?reason=${reason}&rd=${rd(app)}`, {
      headers: HTML,
    });
    expect(res.status).toBe(want.status);
    const body = await expectPage(res);
    expect(body).toContain(`<title>${want.title}</title>`);
    expect(actions(body)).toEqual(want.actions);
  });

  it.each(SIGN_IN_FAILURES.map((reason) => ({ reason })))(
    "has a page for $reason, and its JSON twin",
    async ({ reason }) => {
      const page = await service.request(`${PREFIX}/error?reason=${reason}&rd=${rd(app)}`, {
        headers: HTML,
      });
      expect(page.status).toBeGreaterThanOrEqual(400);
      await expectPage(page);
      const json = await service.request(`${PREFIX}/error?reason=${reason}`, {
        headers: JSON_CLIENT,
      });
      expect(json.status).toBe(page.status);
      expect(((await json.json()) as { error: string }).error).toBe(reason);
    },
  );

  it.each([
    { name: "an unknown reason", query: "reason=nope" },
    { name: "no reason", query: "" },
    { name: "a prototype property", query: "reason=__proto__" },
    { name: "an inherited method", query: "reason=toString" },
    { name: "an authorization code in place of a reason", query: "reason=code&code=abc" },
  ])("answers $name with the 404 page", async ({ query }) => {
    const res = await service.request(`${PREFIX}/error?${query}`, { headers: HTML });
    expect(res.status).toBe(404);
    expect(await expectPage(res)).toContain("<title>Page not found</title>");
  });

  it.each([
    { name: "an off-site rd", rd: "https://evil.example.net/x" },
    { name: "a javascript: rd", rd: "javascript:alert(1)" },
    { name: "a scheme-relative rd", rd: "//evil.example.net/" },
    { name: "no rd", rd: undefined },
  ])("sends $name back to the host's own root", async ({ rd: target }) => {
    const query = target === undefined ? "" : `&rd=${rd(target)}`;
    const res = await service.request(`${PREFIX}/error?reason=code_rejected${query}`, {
      headers: HTML,
    });
    const body = await expectPage(res);
    expect(body).not.toContain("evil");
    expect(body).not.toContain("javascript:");
    expect(actions(body)).toEqual([start(`${APP_ORIGIN}/`)]);
  });
});

describe("the other pages", () => {
  it("names the app on the 403 of a signed-in user the policy refuses", async () => {
    const { jar } = await login(service, USERS.bob);
    const res = await restricted.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/albums", NAVIGATE), cookie: jar.header() },
    });
    expect(res.status).toBe(403);
    const body = await expectPage(res);
    expect(body).toContain(
      "<p>You are signed in as bob, but this account may not use music.example.com.</p>",
    );
    expect(actions(body)).toEqual([
      [
        "Sign in as someone else",
        `${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/albums`)}&prompt=login`,
      ],
    ]);
  });

  it("names the app on the 401 and links the login", async () => {
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/albums", { accept: "text/html", "sec-fetch-mode": "cors" }),
    });
    expect(res.status).toBe(401);
    const body = await expectPage(res);
    expect(body).toContain("<p>Sign in to continue to music.example.com.</p>");
    expect(actions(body)).toEqual([
      ["Sign in", `${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/`)}`],
    ]);
  });

  it("signs out to a page that names the host and offers to sign in again", async () => {
    // The page is what a sign-out without rd shows when there is no end-session endpoint to go
    // on to: here, a provider not reached (yet). The session, sealed with the same secret, reads.
    const { jar } = await login(service, USERS.alice);
    const unreached = await startService("http://127.0.0.1:1", {}, undefined, { waitReady: false });
    const res = await unreached.request(`${PREFIX}/sign_out`, { headers: browserHeaders(jar) });
    expect(res.status).toBe(200);
    const body = await expectPage(res);
    expect(body).toContain("<title>You are signed out</title>");
    expect(body).toContain("<p>You have been signed out of music.example.com.</p>");
    expect(actions(body)).toEqual([
      ["Sign in again", `${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/`)}`],
      ["Back to music.example.com", `${APP_ORIGIN}/`],
    ]);
  });

  it.each([
    {
      name: "a sign-in started at /start",
      path: `${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/albums`)}`,
      headers: HTML,
      want: {
        message:
          "The identity provider cannot be reached right now, so you cannot sign in to music.example.com. Try again in a moment.",
        retry: `${APP_ORIGIN}${PREFIX}/start?rd=${rd(`${APP_ORIGIN}/albums`)}`,
      },
    },
    {
      name: "a navigation without a session",
      path: `${PREFIX}/auth/traefik`,
      headers: traefikHeaders("/albums", NAVIGATE),
      want: {
        message:
          "The identity provider cannot be reached right now, so music.example.com cannot check who you are. Try again in a moment.",
        retry: `${APP_ORIGIN}/albums`,
      },
    },
  ])("names the app on the 503 of $name while the provider is unreachable", async (row) => {
    const unreached = await startService("http://127.0.0.1:1", {}, undefined, { waitReady: false });
    const res = await unreached.request(row.path, { headers: row.headers });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await expectPage(res);
    expect(body).toContain(`<p>${row.want.message}</p>`);
    expect(actions(body)).toEqual([["Try again", row.want.retry]]);
  });

  it("shows userinfo with the same look, a way back and a way out", async () => {
    const { jar } = await login(service, USERS.alice);
    const res = await service.request(`${PREFIX}/userinfo`, { headers: browserHeaders(jar) });
    const body = await expectPage(res);
    expect(actions(body)).toEqual([
      ["Back to music.example.com", `${APP_ORIGIN}/`],
      ["Sign out", `${APP_ORIGIN}${PREFIX}/sign_out`],
    ]);
  });
});
