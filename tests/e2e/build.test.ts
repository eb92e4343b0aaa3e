import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { startTestIdp } from "../helpers/idp.ts";
import {
  callbackUris,
  CLIENT_ID,
  CLIENT_SECRET,
  PREFIX,
  testEnv,
  USERS,
} from "../helpers/harness.ts";
import { BUILT_MAIN, rawRequest, runService } from "../helpers/process.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

// npm start and the image run dist/, which the rest of the suite never loads: this compiles it
// exactly as `npm run build` does and proves the result is the same service.
describe("the build (npm run build, what npm start and the image run)", () => {
  it("compiles src/ to dist/ and serves auth checks from it", { timeout: 60_000 }, async () => {
    execFileSync(
      process.execPath,
      [`${ROOT}node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"],
      { cwd: ROOT, stdio: "pipe" },
    );
    expect(existsSync(BUILT_MAIN)).toBe(true);
    // Relative imports rewritten to the .js files: nothing in dist/ loads TypeScript.
    const app = readFileSync(`${ROOT}dist/app.js`, "utf8");
    expect(app).toContain('from "./routes/auth-check.js"');
    expect(app).not.toMatch(/from "\.{1,2}\/[^"]*\.ts"/);

    const idp = await startTestIdp({
      users: [USERS.alice],
      clients: [
        { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callbackUris() },
      ],
    });
    cleanups.push(() => idp.close());
    const service = await runService(testEnv(idp.issuer), BUILT_MAIN);
    cleanups.push(() => service.stop());
    expect(service.output()).toContain('"msg":"listening"');

    let ready = 0;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      ready = (await rawRequest(`${service.url}${PREFIX}/readyz`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ready).toBe(200);

    const check = await rawRequest(`${service.url}${PREFIX}/auth/traefik`, {
      "X-Forwarded-Method": "GET",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Host": "music.example.com",
      "X-Forwarded-Uri": "/albums?id=1",
      "Sec-Fetch-Mode": "navigate",
      Accept: "text/html",
    });
    expect(check.status).toBe(302);
    expect(check.headers.location?.startsWith(`${idp.issuer}/auth?`)).toBe(true);
    expect(check.headers["set-cookie"]?.[0]).toMatch(/^__Host-fa_login\./);

    const api = await rawRequest(`${service.url}${PREFIX}/auth/traefik`, {
      "X-Forwarded-Method": "GET",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Host": "music.example.com",
      "X-Forwarded-Uri": "/rest/ping.view",
      Accept: "application/json",
    });
    expect(api.status).toBe(401);

    // The server skips the stream lifecycle of requests without a body (optimizeEmptyRequests);
    // a request that has one is still read and answered.
    const signOut = await fetch(`${service.url}${PREFIX}/sign_out`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "music.example.com",
      },
      body: "rd=https%3A%2F%2Fmusic.example.com%2F",
      redirect: "manual",
    });
    expect(signOut.status).toBeGreaterThanOrEqual(200);
    expect(signOut.status).toBeLessThan(500);
  });
});
