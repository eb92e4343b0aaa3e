/**
 * npm run demo: the whole flow on one machine, without Docker. A DEMO identity provider (the
 * test suite's oidc-provider, with made-up users; never use it for anything real), forward-auth
 * itself (src/main.ts, as `npm run dev` runs it), a small app that shows the headers it received,
 * and Caddy in front when it is installed (else a small Node stand-in for the proxy).
 *
 * DEMO_PORT (default 8080) is where to open it; DEMO_PROXY=node skips Caddy.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCaddy } from "../src/proxy-config/caddy.ts";
import { startTestIdp, type TestUser } from "../tests/helpers/idp.ts";
import { createDemoApp } from "./app.ts";
import { createGateway } from "./gateway.ts";

const PREFIX = "/outpost.goauthentik.io";
const PUBLIC_PATHS = ["/rest/", "/share/"];
const DEMO_USERS: TestUser[] = [
  {
    sub: "demo-alice",
    username: "alice",
    password: "alice",
    email: "alice@demo.invalid",
    name: "Alice Demo",
    groups: ["music", "admins"],
  },
  {
    sub: "demo-bob",
    username: "bob",
    password: "bob",
    email: "bob@demo.invalid",
    name: "Bob Demo",
    groups: ["guests"],
  },
];

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => {
      resolve(false);
    });
    probe.listen(port, "127.0.0.1", () =>
      probe.close(() => {
        resolve(true);
      }),
    );
  });
}

async function pickPort(preferred: number): Promise<number> {
  if (preferred !== 0 && (await portFree(preferred))) return preferred;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
}

const hasCaddy = () =>
  process.env.DEMO_PROXY !== "node" && spawnSync("caddy", ["version"]).error === undefined;

async function main(): Promise<void> {
  const frontPort = await pickPort(Number(process.env.DEMO_PORT ?? 8080));
  const origin = `http://127.0.0.1:${String(frontPort)}`;
  const stops: (() => Promise<void> | void)[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const stop of stops.reverse()) await stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  try {
    const clientSecret = randomBytes(24).toString("base64url");
    const idp = await startTestIdp({
      users: DEMO_USERS,
      clients: [
        {
          client_id: "forward-auth-demo",
          client_secret: clientSecret,
          redirect_uris: [`${origin}${PREFIX}/callback`],
          post_logout_redirect_uris: [`${origin}${PREFIX}/signed_out`],
        },
      ],
    });
    stops.push(() => idp.close());

    const app = createDemoApp(PREFIX);
    await listen(app, 0);
    const appAddress = app.address();
    const appPort = typeof appAddress === "object" && appAddress !== null ? appAddress.port : 0;
    stops.push(
      () =>
        new Promise<void>((resolve) =>
          app.close(() => {
            resolve();
          }),
        ),
    );
    app.unref();

    const authPort = await pickPort(9000);
    const service: ChildProcess = spawn(
      process.execPath,
      [fileURLToPath(new URL("../src/main.ts", import.meta.url))],
      {
        env: {
          PATH: process.env.PATH ?? "",
          FORWARD_AUTH_ISSUER: idp.issuer,
          FORWARD_AUTH_CLIENT_ID: "forward-auth-demo",
          FORWARD_AUTH_CLIENT_SECRET: clientSecret,
          FORWARD_AUTH_SECRET: randomBytes(32).toString("base64url"),
          FORWARD_AUTH_LISTEN: `127.0.0.1:${String(authPort)}`,
          FORWARD_AUTH_COOKIE_SECURE: "false",
          FORWARD_AUTH_ALLOWED_GROUPS: "music",
          FORWARD_AUTH_LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          if (service.exitCode !== null) resolve();
          else {
            service.once("exit", () => {
              resolve();
            });
            service.kill("SIGTERM");
          }
        }),
    );

    const options = {
      host: "127.0.0.1",
      upstream: `http://127.0.0.1:${String(appPort)}`,
      publicPaths: PUBLIC_PATHS,
      authAddress: `http://127.0.0.1:${String(authPort)}`,
      prefix: PREFIX,
      name: "demo",
    };
    let front: string;
    if (hasCaddy()) {
      const dir = mkdtempSync(join(tmpdir(), "forward-auth-demo-"));
      const file = join(dir, "Caddyfile");
      const site = generateCaddy(options, { address: origin, bind: "127.0.0.1" });
      writeFileSync(file, `{\n\tadmin off\n\tauto_https off\n}\n\n${site}`);
      const caddy = spawn("caddy", ["run", "--config", file, "--adapter", "caddyfile"], {
        env: { PATH: process.env.PATH ?? "", HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir },
        stdio: ["ignore", "ignore", "ignore"],
      });
      stops.push(
        () =>
          new Promise<void>((resolve) => {
            rmSync(dir, { recursive: true, force: true });
            if (caddy.exitCode !== null) resolve();
            else {
              caddy.once("exit", () => {
                resolve();
              });
              caddy.kill("SIGTERM");
            }
          }),
      );
      front = "Caddy (forward_auth), configured by `forward-auth config caddy`";
    } else {
      const gateway = createGateway(options);
      await listen(gateway, frontPort);
      stops.push(
        () =>
          new Promise<void>((resolve) =>
            gateway.close(() => {
              resolve();
            }),
          ),
      );
      front = "a small Node stand-in for the proxy (install Caddy to use a real one)";
    }

    for (let i = 0; i < 100; i++) {
      const ready = await fetch(`http://127.0.0.1:${String(authPort)}${PREFIX}/readyz`).then(
        (r) => r.status === 200,
        () => false, // not listening yet
      );
      const proxied = await fetch(`${origin}/rest/ping.view`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready && proxied) break;
      if (i === 99) throw new Error("the demo did not come up; see the messages above");
      await new Promise((r) => setTimeout(r, 100));
    }

    process.stdout.write(`
forward-auth demo is running.

  Open   ${origin}/
  Log in as alice / alice  (in group "music": allowed)
         or bob / bob      (not in "music": forward-auth answers 403)

  In front: ${front}
  Public without login: ${origin}/rest/ping.view, ${origin}/share/abc

  The identity provider at ${idp.issuer} is a DEMO with made-up users.
  Never point a real forward-auth at it. Press Ctrl-C to stop.
DEMO READY
`);
  } catch (error) {
    process.stderr.write(
      `demo failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    await stopAll(1);
  }
}

await main();
