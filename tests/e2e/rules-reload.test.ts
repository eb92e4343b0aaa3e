import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PREFIX, startIdp, testEnv } from "../helpers/harness.ts";
import type { TestIdp } from "../helpers/idp.ts";
import { rawRequest, runService, runToExit } from "../helpers/process.ts";

const dir = mkdtempSync(join(tmpdir(), "forward-auth-rules-"));
const file = join(dir, "rules.yml");
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const rules = (open: string) =>
  `apps:\n  - host: music.example.com\n    rules:\n      - path: ${open}\n        action: allow\n`;

async function until(what: string, condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("the rules file in the running service", () => {
  it("refuses to start on a broken file, naming the file and the place in it", async () => {
    writeFileSync(
      file,
      "apps:\n  - host: music.example.com\n    rules:\n      - path: rest\n        action: maybe\n",
    );
    const { code, output } = await runToExit({
      ...testEnv("http://127.0.0.1:1"),
      FORWARD_AUTH_CONFIG: file,
    });
    expect(code).toBe(2);
    expect(output).toContain(`${file}: apps[0].rules[0].path`);
    expect(output).toContain(`${file}: apps[0].rules[0].action`);
    expect(output).not.toContain("listening");
  });

  it("reloads a changed file, keeps the running rules when the new one is broken, and reloads on SIGHUP", async () => {
    const idp: TestIdp = await startIdp();
    cleanups.push(() => idp.close());
    writeFileSync(file, rules("/rest/"));
    const service = await runService({ ...testEnv(idp.issuer), FORWARD_AUTH_CONFIG: file });
    cleanups.push(() => service.stop());
    const status = async (uri: string) =>
      (
        await rawRequest(`${service.url}${PREFIX}/auth/traefik`, {
          "x-forwarded-method": "GET",
          "x-forwarded-proto": "https",
          "x-forwarded-host": "music.example.com",
          "x-forwarded-uri": uri,
          accept: "application/json",
        }).catch(() => ({ status: 0 }))
      ).status;
    await until("the service to answer", async () => (await status("/rest/x")) === 200);
    await until(
      "readiness",
      async () => (await rawRequest(`${service.url}${PREFIX}/readyz`)).status === 200,
    );
    expect(await status("/open/x")).toBe(401);

    writeFileSync(file, rules("/open/"));
    await until("the changed file to apply", async () => (await status("/open/x")) === 200);
    expect(await status("/rest/x")).toBe(401);

    writeFileSync(file, "apps: [ {host: ");
    await until("the broken file to be refused", () =>
      Promise.resolve(service.output().includes("rules file refused; the running rules stay")),
    );
    expect(await status("/open/x")).toBe(200);

    // Fix it without waiting for the watcher: SIGHUP reloads at once.
    writeFileSync(file, rules("/share/"));
    service.child.kill("SIGHUP");
    await until("the SIGHUP reload", async () => (await status("/share/x")) === 200);
    expect(service.child.exitCode).toBeNull();
  });
});
