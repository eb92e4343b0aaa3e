import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREFIX, USERS } from "../helpers/harness.ts";
import { parseEcho } from "../helpers/echo.ts";
import { startStack, type Stack } from "../helpers/proxies.ts";

/** Debian's Chromium (CI installs it with apt-get); `npx playwright install` cannot work here. */
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = "test-artifacts";

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack("caddy");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Root in a container needs --no-sandbox; the network flags keep Chromium from calling out
    // (this machine's closed network refuses it, slowly).
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});
afterAll(async () => {
  await browser.close();
  await stack.stop();
});

describe("a real browser through Caddy", () => {
  it("logs in at the provider and lands on the original page with its identity", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const original = `${stack.proxy.url}/albums/?id=7&sort=year`;

    await page.goto(original);
    // forward-auth sent the browser to the provider's login form.
    expect(new URL(page.url()).origin).toBe(stack.idp.issuer);
    await page.fill('input[name="username"]', USERS.alice.username);
    await page.fill('input[name="password"]', USERS.alice.password);
    await Promise.all([
      page.waitForURL((url) => url.href === original, { timeout: 20_000 }),
      page.click("#signin"),
    ]);

    const echoed = parseEcho((await page.textContent("body")) ?? "");
    const seen = new Map(echoed?.headers.map(([k, v]) => [k.toLowerCase(), v]));
    expect(echoed?.url).toBe("/albums/?id=7&sort=year");
    expect(seen.get("x-authentik-username")).toBe("alice");
    expect(seen.get("remote-user")).toBe("alice");
    expect(seen.get("x-authentik-groups")).toBe("music|admins");

    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === "forward_auth_session");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/browser-login.png`, fullPage: true });
    await context.close();
  });

  // Issue 13, item 10: the failure page replaces callback?code=… in the address bar, survives a
  // reload, and its inline stylesheet passes its own Content-Security-Policy in both schemes.
  it.each([
    { scheme: "light" as const, background: "rgb(255, 255, 255)" },
    { scheme: "dark" as const, background: "rgb(13, 17, 23)" },
  ])(
    "shows a refused sign-in on the error page ($scheme), reload included",
    async ({ scheme, background }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const refused: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          refused.push(message.text());
      });
      await page.goto(`${stack.proxy.url}/albums/`);
      await page.fill('input[name="username"]', USERS.bob.username);
      await page.fill('input[name="password"]', USERS.bob.password);
      await Promise.all([
        page.waitForURL((url) => url.pathname === `${PREFIX}/error`, { timeout: 20_000 }),
        page.click("#signin"),
      ]);
      const url = new URL(page.url());
      expect(url.searchParams.get("reason")).toBe("forbidden");
      expect(url.searchParams.has("code")).toBe(false);
      expect(url.searchParams.has("state")).toBe(false);
      await page.reload();
      expect(await page.title()).toBe("Access denied");
      expect(await page.textContent("p")).toBe(
        `The account you signed in with may not use ${url.host}.`,
      );
      // The stylesheet applied: the page's colours, not the browser's defaults.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        background,
      );
      expect(refused).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}/error-page-${scheme}.png` });
      await context.close();
    },
  );

  // Issue 16 item 3: the provider keeps bob's session, so without prompt=login it would sign bob
  // in again at once; with it, it asks for credentials and alice reaches the app.
  it("Sign in as someone else: bob → 403 → the provider asks again → alice → the app", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const original = `${stack.proxy.url}/albums/?id=9`;
    await page.goto(original);
    await page.fill('input[name="username"]', USERS.bob.username);
    await page.fill('input[name="password"]', USERS.bob.password);
    await Promise.all([
      page.waitForURL((url) => url.pathname === `${PREFIX}/error`, { timeout: 20_000 }),
      page.click("#signin"),
    ]);
    expect(await page.title()).toBe("Access denied");

    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.isNavigationRequest()) asked.push(request.url());
    });
    await Promise.all([
      page.waitForURL((url) => url.origin === stack.idp.issuer, { timeout: 20_000 }),
      page.click("text=Sign in as someone else"),
    ]);
    // The provider still has bob's session: only prompt=login makes it show the form again.
    const authorize = new URL(asked.find((u) => u.startsWith(`${stack.idp.issuer}/auth?`)) ?? "");
    expect(authorize.searchParams.get("prompt")).toBe("login");
    expect(authorize.searchParams.get("max_age")).toBe("0");
    expect(await page.isVisible('input[name="password"]')).toBe(true);
    await page.fill('input[name="username"]', USERS.alice.username);
    await page.fill('input[name="password"]', USERS.alice.password);
    await Promise.all([
      page.waitForURL((url) => url.href === original, { timeout: 20_000 }),
      page.click("#signin"),
    ]);
    const echoed = parseEcho((await page.textContent("body")) ?? "");
    const seen = new Map(echoed?.headers.map(([k, v]) => [k.toLowerCase(), v]));
    expect(seen.get("x-authentik-username")).toBe("alice");
    await context.close();
  });

  // Issue 16 item 2: the demo's "Sign out" link ended on the provider's bare "Signed out" page.
  it("sign_out?rd=%2F goes through the provider's logout and back to the app root", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAsAlice(page, `${stack.proxy.url}/`);
    const navigations: string[] = [];
    page.on("request", (request) => {
      if (request.isNavigationRequest()) navigations.push(request.url());
    });
    await page.goto(`${stack.proxy.url}${PREFIX}/sign_out?rd=%2F`);
    // The provider's own confirmation (oidc-provider asks without an id_token_hint).
    expect(new URL(page.url()).origin).toBe(stack.idp.issuer);
    await Promise.all([
      page.waitForURL(
        (url) => url.origin === stack.idp.issuer && url.pathname.startsWith("/interaction/"),
        { timeout: 20_000 },
      ),
      page.click("#logout-yes"),
    ]);
    // signed_out sent the browser to the app root, which (signed out) asks for a login.
    const signedOut = navigations.indexOf(`${stack.proxy.url}${PREFIX}/signed_out`);
    expect(signedOut).toBeGreaterThan(-1);
    expect(navigations[signedOut + 1]).toBe(`${stack.proxy.url}/`);
    expect((await context.cookies()).map((c) => c.name)).not.toContain("forward_auth_session");
    await context.close();
  });

  // Issue 16 item 2: another site's <img> never signs out; its link asks first.
  it("another site's <img> does not sign out; its link shows a page whose button does", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAsAlice(page, `${stack.proxy.url}/`);
    const signOutUrl = `${stack.proxy.url}${PREFIX}/sign_out?rd=%2F`;
    // Another site: "localhost" is not the site "127.0.0.1", though both are this machine (so
    // Chromium's Private Network Access has nothing to block).
    const attacker = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<!doctype html><img id="img" src="${signOutUrl}"><a id="link" href="${signOutUrl}">win</a>`,
      );
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    const attackerUrl = `http://localhost:${String((attacker.address() as AddressInfo).port)}/`;
    try {
      // The request is sent; its 403 (JSON) is then hidden from the page by Chromium's opaque
      // response blocking, so the image load fails either way.
      const imageDone = page.waitForEvent("requestfailed", (r) => r.url() === signOutUrl);
      await page.goto(attackerUrl);
      expect((await imageDone).failure()?.errorText).toBe("net::ERR_BLOCKED_BY_ORB");
      await page.goto(`${stack.proxy.url}/`);
      expect(parseEcho((await page.textContent("body")) ?? "")?.url).toBe("/");
      await page.goto(attackerUrl);
    } finally {
      attacker.close();
    }
    await Promise.all([page.waitForURL(signOutUrl), page.click("#link")]);
    expect(await page.title()).toBe("Sign out?");
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    // The button's POST is redirected to the provider: the page's form-action must allow it.
    await Promise.all([
      page.waitForURL((url) => url.origin === stack.idp.issuer, { timeout: 20_000 }),
      page.click("button[type=submit]"),
    ]);
    expect(refused).toEqual([]);
    expect((await context.cookies()).map((c) => c.name)).not.toContain("forward_auth_session");
    await context.close();
  });
});

async function signInAsAlice(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.fill('input[name="username"]', USERS.alice.username);
  await page.fill('input[name="password"]', USERS.alice.password);
  await Promise.all([
    page.waitForURL((u) => u.href === url, { timeout: 20_000 }),
    page.click("#signin"),
  ]);
}
