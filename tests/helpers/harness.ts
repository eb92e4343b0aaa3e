import type { RequestListener } from "node:http";
import { createHash } from "node:crypto";
import type { Hono } from "hono";
import { createApp } from "../../src/app.ts";
import type { Config } from "../../src/config/config.ts";
import { loadConfig } from "../../src/config/load.ts";
import { createLogger } from "../../src/log.ts";
import type { SigningKeys } from "../../src/identity-jwt/keys.ts";
import { createOidcClient, type OidcClient } from "../../src/oidc/client.ts";
import { parseRulesYaml } from "../../src/rules/compile.ts";
import type { CompiledRules } from "../../src/rules/types.ts";
import {
  loginAtIdp,
  startTestIdp,
  type TestIdp,
  type TestIdpOptions,
  type TestUser,
} from "./idp.ts";
import { inProcess } from "./in-process.ts";

export const SECRET_A = "a".repeat(16) + "-first-sealing-secret-0123456789";
export const SECRET_B = "b".repeat(16) + "-second-sealing-secret-987654321";
export const CLIENT_ID = "forward-auth";
export const CLIENT_SECRET = "client secret & with symbols";
export const APP_HOST = "music.example.com";
export const APP_ORIGIN = `https://${APP_HOST}`;
export const PREFIX = "/outpost.goauthentik.io";
export const TRUSTED_PEER = "127.0.0.1";
export const UNTRUSTED_PEER = "127.0.0.2";

export const USERS = {
  alice: {
    sub: "u-alice",
    username: "alice",
    password: "alice-pw",
    email: "alice@example.test",
    name: "Alice Liddell",
    groups: ["music", "admins"],
  },
  bob: {
    sub: "u-bob",
    username: "bob",
    password: "bob-pw",
    email: "bob@example.test",
    name: "Bob",
    groups: ["guests"],
  },
  mallory: {
    sub: "u-mallory",
    username: "mallory",
    password: "mallory-pw",
    preferredUsername: "mallory\r\nRemote-User: admin",
    name: "Mallory\r\nX-authentik-groups: admins",
    groups: ["guests"],
  },
  yamada: {
    sub: "u-yamada",
    username: "yamada",
    password: "yamada-pw",
    name: "山田 太郎 Zoë 🎵",
    groups: ["music"],
  },
  many: {
    sub: "u-many",
    username: "many",
    password: "many-pw",
    groups: Array.from({ length: 400 }, (_, i) => `department-${i}-music-listeners`),
  },
  xss: {
    sub: "u-xss",
    username: "xss",
    password: "xss-pw",
    name: '<script>alert("x")</script>',
    groups: ['<img src=x onerror="alert(1)">'],
  },
  /** Group names that barely compress: the session must span several cookies. */
  chunky: { sub: "u-chunky", username: "chunky", password: "chunky-pw", groups: randomGroups(100) },
  /** More than the session's 6 KB can carry even compressed. */
  huge: { sub: "u-huge", username: "huge", password: "huge-pw", groups: randomGroups(400) },
} satisfies Record<string, TestUser>;

function randomGroups(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    createHash("sha256").update(String(i)).digest("hex").slice(0, 32),
  );
}

/** A clock tests can move; seconds since the epoch. */
export interface Clock {
  readonly now: () => number;
  readonly advance: (seconds: number) => void;
}
export function createClock(start = Math.floor(Date.now() / 1000)): Clock {
  let t = start;
  return { now: () => t, advance: (s) => (t += s) };
}

export function testEnv(
  issuer: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    FORWARD_AUTH_ISSUER: issuer,
    FORWARD_AUTH_CLIENT_ID: CLIENT_ID,
    FORWARD_AUTH_CLIENT_SECRET: CLIENT_SECRET,
    FORWARD_AUTH_SECRET: SECRET_A,
    ...overrides,
  };
}

export function configFrom(env: Record<string, string>): Config {
  const loaded = loadConfig(env, () => {
    throw new Error("no files in tests");
  });
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.config;
}

export interface Service {
  readonly app: Hono;
  /** The Node listener the server runs (auth checks answered without Hono). */
  readonly listener: RequestListener;
  readonly config: Config;
  readonly oidc: OidcClient;
  readonly clock: Clock;
  readonly logs: string[];
  /**
   * In-process request with a chosen TCP peer: to an auth endpoint through `listener`, as the
   * server answers it (helpers/in-process.ts); to any other page through Hono's app.request.
   */
  readonly request: (path: string, init?: RequestInit & { peer?: string }) => Promise<Response>;
}

/** How startService builds the service, beyond its environment and clock. */
export interface ServiceOptions {
  waitReady?: boolean;
  maxBackoffMs?: number;
  /** A rules file's text, compiled as main.ts does (FORWARD_AUTH_CONFIG). */
  rulesYaml?: string;
  identityKeys?: SigningKeys;
  /** Default debug, so tests can read every decision from `logs`. */
  logLevel?: "debug" | "info" | "warn";
  /** How long a request waits for discovery in flight; default the service's own. */
  readyWaitMs?: number;
}

export async function startService(
  issuer: string,
  overrides: Record<string, string> = {},
  clock: Clock = createClock(),
  options: ServiceOptions = {},
): Promise<Service> {
  const config = configFrom(
    testEnv(issuer, {
      ...(options.rulesYaml === undefined ? {} : { FORWARD_AUTH_CONFIG: "rules.yml" }),
      ...overrides,
    }),
  );
  let rules: CompiledRules | undefined;
  if (options.rulesYaml !== undefined) {
    const compiled = parseRulesYaml(options.rulesYaml, "rules.yml", {
      groups: config.allowedGroups,
      users: config.allowedUsers,
    });
    if (!compiled.ok) throw new Error(compiled.problems.join("\n"));
    rules = compiled.rules;
  }
  const logs: string[] = [];
  const logger = createLogger(options.logLevel ?? "debug", (line) => logs.push(line));
  const oidc = createOidcClient({
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    scopes: config.scopes,
    fetch: globalThis.fetch,
    logger,
    now: clock.now,
    timeoutMs: 2000,
    maxBackoffMs: options.maxBackoffMs ?? 200,
    jwksCooldownMs: 0,
    ...(options.readyWaitMs === undefined ? {} : { readyWaitMs: options.readyWaitMs }),
  });
  const { app, listener } = createApp({
    config,
    oidc,
    logger,
    now: clock.now,
    ...(rules === undefined ? {} : { rules: () => rules }),
    ...(options.identityKeys === undefined ? {} : { identityKeys: options.identityKeys }),
  });
  oidc.start();
  if (options.waitReady !== false) await oidc.whenReady();
  const send = inProcess(listener);
  const authEndpoints = new Set(
    ["traefik", "caddy", "nginx"].map((flavour) => `${config.pathPrefix}/auth/${flavour}`),
  );
  return {
    app,
    listener,
    config,
    oidc,
    clock,
    logs,
    request: (path, init = {}) => {
      const { peer = TRUSTED_PEER, ...rest } = init;
      if (authEndpoints.has(path.split("?", 1)[0] ?? path)) return send(path, rest, peer);
      return Promise.resolve(
        app.request(path, rest, { incoming: { socket: { remoteAddress: peer } } }),
      );
    },
  };
}

export function callbackUris(origins: string[] = [APP_ORIGIN]): string[] {
  return origins.map((o) => `${o}${PREFIX}/callback`);
}

/** The harness's provider: every USERS entry, and the service registered as CLIENT_ID. */
export function harnessIdpOptions(): TestIdpOptions {
  return {
    users: Object.values(USERS),
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: callbackUris([
          APP_ORIGIN,
          "http://127.0.0.1:1",
          "https://other.example.com",
        ]),
        post_logout_redirect_uris: [`${APP_ORIGIN}${PREFIX}/signed_out`],
      },
    ],
  };
}

export function startIdp(port?: number, jwks?: TestIdp["jwks"]): Promise<TestIdp> {
  return startTestIdp({
    ...harnessIdpOptions(),
    ...(port === undefined ? {} : { port }),
    ...(jwks === undefined ? {} : { jwks }),
  });
}

/** Minimal browser-like cookie jar: name → value, Max-Age=0 deletes. */
export class Jar {
  readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0(?:;|$)/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join("; ");
  }
}

/** Traefik's forwardAuth headers for a request to the app. */
export function traefikHeaders(
  uri: string,
  extra: Record<string, string> = {},
  host = APP_HOST,
): Record<string, string> {
  return {
    "x-forwarded-method": "GET",
    "x-forwarded-proto": "https",
    "x-forwarded-host": host,
    "x-forwarded-uri": uri,
    ...extra,
  };
}

/** The proxy flavours, each with its own auth endpoint. */
export const FLAVOURS = ["traefik", "caddy", "nginx"] as const;
export type Flavour = (typeof FLAVOURS)[number];

/**
 * An API client's GET of `uri` on `host`, asked at `flavour`'s auth endpoint as that proxy asks:
 * Traefik and Caddy with X-Forwarded-*, nginx with X-Original-URL and X-Original-Method.
 */
export function askAuth(
  service: Service,
  flavour: Flavour,
  uri: string,
  options: { host?: string; jar?: Jar | undefined; headers?: Record<string, string> } = {},
): Promise<Response> {
  const { host = APP_HOST, jar, headers = {} } = options;
  const forwarded: Record<string, string> =
    flavour === "nginx"
      ? { "x-original-url": `https://${host}${uri}`, "x-original-method": "GET" }
      : traefikHeaders(uri, {}, host);
  return service.request(`${PREFIX}/auth/${flavour}`, {
    headers: {
      ...forwarded,
      accept: "application/json",
      ...(jar === undefined ? {} : { cookie: jar.header() }),
      ...headers,
    },
  });
}

export const NAVIGATE = { accept: "text/html,application/xhtml+xml", "sec-fetch-mode": "navigate" };

/** Headers of a browser-facing request that Traefik routed to the outpost. */
export function browserHeaders(jar: Jar, host = APP_HOST): Record<string, string> {
  return {
    host,
    "x-forwarded-proto": "https",
    "x-forwarded-host": host,
    accept: "text/html",
    cookie: jar.header(),
  };
}

export interface LoginResult {
  readonly jar: Jar;
  readonly callbackResponse: Response;
}

/**
 * The whole flow a browser goes through: protected page → provider login → callback.
 * Returns the jar with the session cookie and the callback's response (302 to the app).
 */
export async function login(
  service: Service,
  user: { username: string; password: string },
  uri = "/",
  jar = new Jar(),
  host = APP_HOST,
): Promise<LoginResult> {
  const check = await service.request(`${PREFIX}/auth/traefik`, {
    headers: { ...traefikHeaders(uri, NAVIGATE, host), cookie: jar.header() },
  });
  if (check.status !== 302) throw new Error(`auth check answered ${check.status}, not 302`);
  jar.store(check);
  const authorize = check.headers.get("location") ?? "";
  const back = new URL(await loginAtIdp(authorize, user));
  const callbackResponse = await service.request(back.pathname + back.search, {
    headers: browserHeaders(jar, back.host),
  });
  jar.store(callbackResponse);
  return { jar, callbackResponse };
}

/** A login begun at <prefix>/start, as a signed-in user switching accounts would. */
export async function loginFromStart(
  service: Service,
  user: { username: string; password: string },
  jar: Jar,
): Promise<LoginResult> {
  const start = await service.request(`${PREFIX}/start`, { headers: browserHeaders(jar) });
  if (start.status !== 302) throw new Error(`start answered ${start.status}, not 302`);
  jar.store(start);
  const back = new URL(await loginAtIdp(start.headers.get("location") ?? "", user));
  const callbackResponse = await service.request(back.pathname + back.search, {
    headers: browserHeaders(jar, back.host),
  });
  jar.store(callbackResponse);
  return { jar, callbackResponse };
}

/**
 * A failed callback's 303 to the error page, followed as a browser would: checks that the
 * address names the reason and carries neither the code nor the state, and returns the page.
 */
export async function followFailure(
  service: Service,
  callbackResponse: Response,
  reason: string,
): Promise<Response> {
  if (callbackResponse.status !== 303) {
    throw new Error(`callback answered ${callbackResponse.status}, not 303`);
  }
  const location = new URL(callbackResponse.headers.get("location") ?? "");
  if (location.pathname !== `${PREFIX}/error` || location.searchParams.get("reason") !== reason) {
    throw new Error(`callback sent the browser to ${location.href}, not the ${reason} page`);
  }
  if (location.searchParams.has("code") || location.searchParams.has("state")) {
    throw new Error(`the error page's address carries the code or state: ${location.href}`);
  }
  return service.request(location.pathname + location.search, {
    headers: browserHeaders(new Jar(), location.host),
  });
}

/** The audit lines logged since `from` (an index into service.logs), as objects. */
export function auditLines(service: Service, from = 0): Record<string, unknown>[] {
  return service.logs
    .slice(from)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === "audit");
}
