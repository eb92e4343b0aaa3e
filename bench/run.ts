/**
 * npm run bench: the authenticated check against bare baselines measured in the same run.
 * Figures are printed as ratios because this machine is shared and noisy; absolute numbers
 * only mean something next to the baseline taken minutes earlier.
 *
 * Each server runs in its own process and the load generator (autocannon's CLI) in another,
 * so none of them shares an event loop with what it measures.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loginAtIdp, startTestIdp } from "../tests/helpers/idp.ts";
import {
  callbackUris,
  CLIENT_ID,
  CLIENT_SECRET,
  PREFIX,
  testEnv,
  USERS,
} from "../tests/helpers/harness.ts";
import { freePort, rawRequest } from "../tests/helpers/process.ts";

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = 50;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface Result {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function startServer(
  script: string,
  env: Record<string, string>,
  ready: string,
): Promise<ChildProcess> {
  // BENCH_PROFILE=1 writes a CPU profile of every server into bench-profiles/ (open in DevTools).
  const profile =
    process.env.BENCH_PROFILE === "1" ? ["--cpu-prof", "--cpu-prof-dir=bench-profiles"] : [];
  const child = spawn(process.execPath, [...profile, script], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes(ready)) resolve();
    });
    child.on("exit", (code) => {
      reject(new Error(`${script} exited with ${String(code)}`));
    });
  });
  child.stdout.resume();
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve();
    child.on("exit", () => {
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** BENCH_ONLY=authenticated (a substring of scenario names) runs only those, e.g. to profile one. */
const ONLY = process.env.BENCH_ONLY;

async function load(name: string, url: string, headers: Record<string, string>): Promise<Result> {
  if (ONLY !== undefined && !name.includes(ONLY)) {
    return { name, requestsPerSecond: NaN, p50: NaN, p99: NaN, non2xx: 0, errors: 0 };
  }
  const args = [
    here("../node_modules/autocannon/autocannon.js"),
    "-c",
    String(CONNECTIONS),
    "-d",
    String(DURATION),
    "-j",
  ];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}=${v}`);
  args.push(url);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "ignore"] });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => child.on("exit", resolve));
  const json = JSON.parse(out) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    name,
    requestsPerSecond: Math.round(json.requests.average),
    p50: json.latency.p50,
    p99: json.latency.p99,
    non2xx: json.non2xx,
    errors: json.errors,
  };
}

async function main(): Promise<void> {
  const results: Result[] = [];
  const appHeaders = {
    "X-Forwarded-Method": "GET",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "music.example.com",
    "X-Forwarded-Uri": "/rest/ping.view",
  };

  for (const [name, script] of [
    ["bare Hono handler", "servers/bare-hono.ts"],
    ["bare node:http handler", "servers/bare-node.ts"],
  ] as const) {
    const port = await freePort();
    const server = await startServer(here(script), { PORT: String(port) }, "listening");
    results.push(await load(name, `http://127.0.0.1:${port}/`, appHeaders));
    await stop(server);
  }

  const idp = await startTestIdp({
    users: [USERS.alice],
    clients: [
      { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callbackUris() },
    ],
  });
  const port = await freePort();
  const service = await startServer(
    here("../src/main.ts"),
    {
      ...testEnv(idp.issuer),
      FORWARD_AUTH_LISTEN: `127.0.0.1:${port}`,
      FORWARD_AUTH_LOG_LEVEL: "warn",
    },
    "",
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const status = await rawRequest(`${base}${PREFIX}/readyz`).then(
      (r) => r.status,
      () => 0, // not listening yet
    );
    if (status === 200) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const check = await rawRequest(`${base}${PREFIX}/auth/traefik`, {
    ...appHeaders,
    "X-Forwarded-Uri": "/",
    "Sec-Fetch-Mode": "navigate",
    Accept: "text/html",
  });
  const loginCookie = check.headers["set-cookie"]?.[0]?.split(";")[0] ?? "";
  const back = new URL(await loginAtIdp(check.headers.location ?? "", USERS.alice));
  const done = await rawRequest(`${base}${back.pathname}${back.search}`, {
    host: "music.example.com",
    "x-forwarded-proto": "https",
    cookie: loginCookie,
  });
  const session = (done.headers["set-cookie"] ?? [])
    .filter((c) => c.startsWith("forward_auth_session"))
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!session.startsWith("forward_auth_session=")) {
    await stop(service);
    await idp.close();
    throw new Error(
      `could not obtain a session: callback answered ${done.status} ${done.body.slice(0, 300)}`,
    );
  }

  const authUrl = `${base}${PREFIX}/auth/traefik`;
  results.push(await load("authenticated check", authUrl, { ...appHeaders, Cookie: session }));
  results.push(
    await load("unauthenticated browser redirect", authUrl, {
      ...appHeaders,
      "Sec-Fetch-Mode": "navigate",
      Accept: "text/html",
    }),
  );
  const forged = session.slice(0, -20) + "A".repeat(20);
  results.push(
    await load("forged session cookie", authUrl, {
      ...appHeaders,
      Accept: "application/json",
      Cookie: forged,
    }),
  );
  await stop(service);
  await idp.close();

  const [hono, node, authed, redirect, garbage] = results;
  const ratio = (a: Result | undefined, b: Result | undefined) =>
    a && b ? Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100 : NaN;
  console.log(`\n${CONNECTIONS} connections, ${DURATION}s each, keep-alive\n`);
  console.log("scenario                           req/s    p50 ms  p99 ms  non-2xx");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(34)} ${String(r.requestsPerSecond).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.non2xx).padStart(7)}`,
    );
  }
  const ratios = {
    "authenticated / bare Hono": ratio(authed, hono),
    "authenticated / bare node:http": ratio(authed, node),
    "redirect / bare Hono": ratio(redirect, hono),
    "forged cookie / bare Hono": ratio(garbage, hono),
  };
  console.log("");
  for (const [k, v] of Object.entries(ratios)) console.log(`${k.padEnd(34)} ${v.toFixed(2)}`);
  writeFileSync(
    "bench-results.json",
    JSON.stringify(
      {
        date: new Date().toISOString(),
        connections: CONNECTIONS,
        duration: DURATION,
        results,
        ratios,
      },
      null,
      2,
    ) + "\n",
  );
}

await main();
