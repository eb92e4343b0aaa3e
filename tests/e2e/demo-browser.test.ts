import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/process.ts";

// Issue 16 item 7: `npm run demo` signs out cleanly and "Sign in as someone else" works there,
// in a real browser, through the demo's own proxy, provider and app.
const DEMO = fileURLToPath(new URL("../../demo/run.ts", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const PREFIX = "/outpost.goauthentik.io";

let demo: ChildProcess;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${String(port)}`;
  demo = spawn(process.execPath, [DEMO], {
    env: { PATH: process.env.PATH ?? "", DEMO_PORT: String(port), DEMO_PROXY: "node" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  demo.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  demo.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  for (let i = 0; i < 200 && !out.includes("DEMO READY") && demo.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!out.includes("DEMO READY")) throw new Error(`the demo did not start:\n${out}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});
afterAll(async () => {
  await browser.close();
  if (demo.exitCode === null) {
    const exited = new Promise((resolve) => demo.once("exit", resolve));
    demo.kill("SIGINT");
    await exited;
  }
});

/** Fills the provider's login form and waits until the browser is back on the demo's origin. */
async function signIn(page: Page, user: string): Promise<void> {
  expect(await page.isVisible('input[name="password"]')).toBe(true);
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', user);
  await Promise.all([
    page.waitForURL((url) => url.origin === origin, { timeout: 20_000 }),
    page.click("#signin"),
  ]);
}

describe("npm run demo in Chromium", () => {
  it("alice signs in, the app's Sign out link ends back at the app, which asks for a login again", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await signIn(page, "alice");
    expect(await page.textContent("h1")).toBe("Hello, alice");

    const navigations: string[] = [];
    page.on("request", (request) => {
      if (request.isNavigationRequest()) navigations.push(request.url());
    });
    await page.click("text=Sign out");
    // The provider confirms the logout (no id_token_hint), then sends the browser to
    // signed_out, which sends it to the app root, which asks for a login.
    if (await page.isVisible("#logout-yes")) {
      await Promise.all([
        page.waitForURL((url) => !url.pathname.startsWith("/session/end"), { timeout: 20_000 }),
        page.click("#logout-yes"),
      ]);
    }
    await page.waitForSelector('input[name="password"]', { timeout: 20_000 });
    const signedOut = navigations.indexOf(`${origin}${PREFIX}/signed_out`);
    expect(signedOut).toBeGreaterThan(-1);
    expect(navigations[signedOut + 1]).toBe(`${origin}/`);
    expect((await context.cookies()).map((c) => c.name)).not.toContain("forward_auth_session");
    await context.close();
  });

  it("bob is refused, and Sign in as someone else asks the provider again and lets alice in", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/albums/?id=3`);
    await signIn(page, "bob");
    expect(await page.title()).toBe("Access denied");
    await Promise.all([
      page.waitForSelector('input[name="password"]', { timeout: 20_000 }),
      page.click("text=Sign in as someone else"),
    ]);
    await signIn(page, "alice");
    await page.waitForURL(`${origin}/albums/?id=3`, { timeout: 20_000 });
    expect(await page.textContent("h1")).toBe("Hello, alice");
    await context.close();
  });
});
