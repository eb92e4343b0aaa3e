import { mkdirSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
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
});
