// OpenID Connect Back-Channel Logout 1.0 against the real oidc-provider: it ends alice's session
// and POSTs its logout token to the service (on a real loopback server, as a provider calls it:
// directly, from an address that is no trusted proxy), and alice's cookie is refused afterwards.
// Hand-made tokens signed with the provider's own key cover the sub-only case and the refusals.
import { randomBytes } from "node:crypto";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { importJWK, SignJWT, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKCHANNEL_LOGOUT_EVENT } from "../../src/oidc/logout-token.ts";
import {
  askAuth,
  auditLines,
  browserHeaders,
  CLIENT_ID,
  CLIENT_SECRET,
  createClock,
  FLAVOURS,
  harnessIdpOptions,
  Jar,
  login,
  NAVIGATE,
  PREFIX,
  startService,
  traefikHeaders,
  UNTRUSTED_PEER,
  USERS,
  type Service,
} from "../helpers/harness.ts";
import {
  endSessionAtIdp,
  IdpCookieJar,
  loginAtIdp,
  startTestIdp,
  type TestIdp,
} from "../helpers/idp.ts";

/** A loopback HTTP server whose listener is set once the service exists (it needs the issuer). */
interface Loopback {
  readonly url: string;
  listener: RequestListener | undefined;
  readonly server: Server;
}
async function loopback(): Promise<Loopback> {
  const box: { listener: RequestListener | undefined } = { listener: undefined };
  const server = createServer((req, res) => {
    if (box.listener === undefined) {
      res.writeHead(503).end();
      return;
    }
    box.listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    server,
    get listener() {
      return box.listener;
    },
    set listener(value) {
      box.listener = value;
    },
  };
}

const SUB_ONLY_CLIENT = "forward-auth-sub-only";
let idp: TestIdp;
/** Registered with backchannel_logout_session_required: its tokens carry the sid. */
let service: Service;
/** Registered without: the provider's tokens name only the user. */
let subOnly: Service;
const servers: Server[] = [];

beforeAll(async () => {
  const [withSid, withSub] = await Promise.all([loopback(), loopback()]);
  servers.push(withSid.server, withSub.server);
  const harness = harnessIdpOptions();
  const [main] = harness.clients;
  if (main === undefined) throw new Error("the harness registers the service's client");
  idp = await startTestIdp({
    ...harness,
    backchannelLogout: true,
    clients: [
      {
        ...main,
        backchannel_logout_uri: `${withSid.url}${PREFIX}/backchannel_logout`,
        backchannel_logout_session_required: true,
      },
      {
        ...main,
        client_id: SUB_ONLY_CLIENT,
        backchannel_logout_uri: `${withSub.url}${PREFIX}/backchannel_logout`,
      },
    ],
  });
  service = await startService(idp.issuer, { FORWARD_AUTH_SESSION_LIFETIME: "1h" });
  // Ten seconds behind the provider: every login below is issued before the provider's iat
  // (the test moves this clock past it for the login after the logout, instead of sleeping).
  subOnly = await startService(
    idp.issuer,
    { FORWARD_AUTH_CLIENT_ID: SUB_ONLY_CLIENT, FORWARD_AUTH_CLIENT_SECRET: CLIENT_SECRET },
    createClock(Math.floor(Date.now() / 1000) - 10),
  );
  withSid.listener = service.listener;
  withSub.listener = subOnly.listener;
});

afterAll(async () => {
  service.oidc.stop();
  subOnly.oidc.stop();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await idp.close();
});

/** A browser's login that keeps the provider's cookies too (its session there). */
async function loginAtBoth(
  s: Service,
  user: { username: string; password: string },
): Promise<{ jar: Jar; idpJar: IdpCookieJar }> {
  const jar = new Jar();
  const idpJar = new IdpCookieJar();
  const check = await s.request(`${PREFIX}/auth/traefik`, {
    headers: traefikHeaders("/", NAVIGATE),
  });
  jar.store(check);
  const back = new URL(
    await loginAtIdp(check.headers.get("location") ?? "", user, { jar: idpJar }),
  );
  const callback = await s.request(back.pathname + back.search, {
    headers: browserHeaders(jar, back.host),
  });
  expect(callback.status).toBe(302);
  jar.store(callback);
  return { jar, idpJar };
}

async function status(s: Service, jar: Jar): Promise<number> {
  return (await askAuth(s, "traefik", "/", { jar })).status;
}

/** A logout token signed with the provider's own key, as it would send one. */
async function providerToken(
  claims: Readonly<Record<string, unknown>>,
  header: Readonly<Record<string, unknown>> = { typ: "logout+jwt" },
): Promise<string> {
  const [jwk] = idp.jwks.keys;
  if (jwk === undefined) throw new Error("the test provider has a signing key");
  const key = await importJWK(jwk, "RS256");
  const now = service.clock.now();
  const payload: JWTPayload = Object.fromEntries(
    Object.entries<unknown>({
      iss: idp.issuer,
      aud: CLIENT_ID,
      iat: now,
      exp: now + 120,
      jti: crypto.randomUUID(),
      events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
      ...claims,
    }).filter(([, value]) => value !== undefined),
  );
  return new SignJWT(payload)
    .setProtectedHeader({ ...header, alg: "RS256", kid: jwk.kid ?? "" })
    .sign(key);
}

/** The provider's POST, from an address outside the trusted proxies. */
function deliver(
  s: Service,
  body: string | URLSearchParams,
  type = "application/x-www-form-urlencoded",
): Promise<Response> {
  return s.request(`${PREFIX}/backchannel_logout`, {
    method: "POST",
    headers: { "content-type": type },
    body: typeof body === "string" ? body : body.toString(),
    peer: UNTRUSTED_PEER,
  });
}

describe("back-channel logout from the real provider", () => {
  it("ends alice's session when the provider ends hers, and only that one", async () => {
    const alice = await loginAtBoth(service, USERS.alice);
    // The same user in another browser: another provider session, another sid.
    const aliceElsewhere = await loginAtBoth(service, USERS.alice);
    const bob = await loginAtBoth(service, USERS.bob);
    const copy = alice.jar.header();
    expect(await status(service, alice.jar)).toBe(200);
    const from = service.logs.length;

    await endSessionAtIdp(idp.issuer, alice.idpJar, CLIENT_ID);

    for (const flavour of FLAVOURS) {
      const replay = await askAuth(service, flavour, "/", { headers: { cookie: copy } });
      expect(replay.status).toBe(401);
    }
    const navigation = await service.request(`${PREFIX}/auth/traefik`, {
      headers: { ...traefikHeaders("/", NAVIGATE), cookie: copy },
    });
    expect(navigation.status).toBe(302);
    expect(await status(service, aliceElsewhere.jar)).toBe(200);
    expect(await status(service, bob.jar)).toBe(200);
    const [line] = auditLines(service, from);
    expect(line).toMatchObject({ outcome: "backchannel_logout", sub: USERS.alice.sub });
    expect(line?.["sid"]).toEqual(expect.any(String));
    expect(JSON.stringify(service.logs.slice(from))).not.toContain("eyJ");
  });

  it("ends every earlier session of the user when the provider names only the user", async () => {
    const alice = await loginAtBoth(subOnly, USERS.alice);
    const aliceElsewhere = await loginAtBoth(subOnly, USERS.alice);
    const bob = await loginAtBoth(subOnly, USERS.bob);
    await endSessionAtIdp(idp.issuer, alice.idpJar, SUB_ONLY_CLIENT);

    expect(await status(subOnly, alice.jar)).toBe(401);
    expect(await status(subOnly, aliceElsewhere.jar)).toBe(401);
    expect(await status(subOnly, bob.jar)).toBe(200);
    // Signing in again afterwards (past the provider's iat) is not undone.
    subOnly.clock.advance(Math.floor(Date.now() / 1000) + 1 - subOnly.clock.now());
    const after = await loginAtBoth(subOnly, USERS.alice);
    expect(await status(subOnly, after.jar)).toBe(200);
  });
});

describe("POST <prefix>/backchannel_logout", () => {
  it("with only a sub: refuses the user's sessions issued before iat, not one issued after", async () => {
    const before = (await login(service, USERS.yamada)).jar;
    const bob = (await login(service, USERS.bob)).jar;
    service.clock.advance(10);
    const res = await deliver(
      service,
      new URLSearchParams({ logout_token: await providerToken({ sub: USERS.yamada.sub }) }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toBe("");
    expect(await status(service, before)).toBe(401);
    expect(await status(service, bob)).toBe(200);
    // Logged in again, in the same second as iat: not before it, so not revoked.
    const again = (await login(service, USERS.yamada)).jar;
    expect(await status(service, again)).toBe(200);
    service.clock.advance(5);
    expect(await status(service, again)).toBe(200);
  });

  it("with only a sub from a provider whose clock is ahead: a login after the logout stays", async () => {
    const current = (await login(service, USERS.chunky)).jar;
    const iat = service.clock.now() + 240;
    const res = await deliver(
      service,
      new URLSearchParams({ logout_token: await providerToken({ sub: USERS.chunky.sub, iat }) }),
    );
    expect(res.status).toBe(200);
    expect(await status(service, current)).toBe(401);
    service.clock.advance(5);
    const after = (await login(service, USERS.chunky)).jar;
    expect(await status(service, after)).toBe(200);
  });

  it("with a sid and a sub: ends the provider session (the sid), not the user's other sessions", async () => {
    const alice = (await login(service, USERS.alice)).jar;
    const res = await deliver(
      service,
      new URLSearchParams({
        logout_token: await providerToken({ sid: "a-sid-no-session-has", sub: USERS.alice.sub }),
      }),
    );
    expect(res.status).toBe(200);
    expect(await status(service, alice)).toBe(200);
  });

  // Regression: a token with a sid ended only sessions that kept that sid; a session whose ID
  // token carried none (this client's, or a cookie from before sessions kept it) stayed valid.
  it("with a sid and a sub: also ends the user's earlier sessions that kept no sid", async () => {
    const bob = (await login(subOnly, USERS.bob)).jar;
    const alice = (await login(subOnly, USERS.alice)).jar;
    expect(await status(subOnly, bob)).toBe(200);
    const res = await deliver(
      subOnly,
      new URLSearchParams({
        logout_token: await providerToken({
          aud: SUB_ONLY_CLIENT,
          sid: "a-provider-session",
          sub: USERS.bob.sub,
        }),
      }),
    );
    expect(res.status).toBe(200);
    expect(await status(subOnly, bob)).toBe(401);
    expect(await status(subOnly, alice)).toBe(200);
  });

  it("refuses a token used twice", async () => {
    const body = new URLSearchParams({ logout_token: await providerToken({ sub: "u-replayed" }) });
    expect((await deliver(service, body)).status).toBe(200);
    const again = await deliver(service, body);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      error: "invalid_request",
      error_description: "logout token already used",
    });
  });

  const signed = (claims: Record<string, unknown>, header?: Record<string, unknown>) => () =>
    providerToken({ sub: USERS.bob.sub, ...claims }, header);
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  it.each([
    {
      name: 'alg "none"',
      token: () =>
        Promise.resolve(
          `${b64({ alg: "none" })}.${b64({ iss: idp.issuer, aud: CLIENT_ID, sub: "u-bob" })}.`,
        ),
      want: "algorithm not accepted",
    },
    {
      name: "HS256 with the client secret",
      token: () =>
        new SignJWT({
          iss: idp.issuer,
          aud: CLIENT_ID,
          iat: service.clock.now(),
          jti: "hs",
          sub: USERS.bob.sub,
          events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
        })
          .setProtectedHeader({ alg: "HS256" })
          .sign(new TextEncoder().encode(CLIENT_SECRET.repeat(2))),
      want: "algorithm not accepted",
    },
    {
      name: "another issuer",
      token: signed({ iss: "https://evil.example" }),
      want: "issuer not accepted",
    },
    { name: "another audience", token: signed({ aud: "other" }), want: "audience not accepted" },
    {
      name: "an old iat",
      token: signed({ iat: Math.floor(Date.now() / 1000) - 3600, exp: undefined }),
      want: "token issued too long ago",
    },
    {
      name: "a future iat",
      token: signed({ iat: Math.floor(Date.now() / 1000) + 3600 }),
      want: "token issued in the future",
    },
    { name: "no jti", token: signed({ jti: undefined }), want: "missing or invalid jti claim" },
    {
      name: "no events",
      token: signed({ events: undefined }),
      want: "events claim lacks the back-channel logout event",
    },
    {
      name: "an event that is no object",
      token: signed({ events: { [BACKCHANNEL_LOGOUT_EVENT]: "yes" } }),
      want: "events claim lacks the back-channel logout event",
    },
    { name: "a nonce", token: signed({ nonce: "abc" }), want: "nonce claim not allowed" },
    {
      name: "neither sid nor sub",
      token: signed({ sub: undefined }),
      want: "token has neither sid nor sub",
    },
    {
      name: 'typ "at+jwt"',
      token: signed({}, { typ: "at+jwt" }),
      want: "token type not accepted",
    },
    { name: "not a JWT", token: () => Promise.resolve("hello"), want: "logout_token is not a JWT" },
  ])("refuses $name with 400 naming the check", async ({ token, want }) => {
    const bob = (await login(service, USERS.bob)).jar;
    const from = service.logs.length;
    const res = await deliver(service, new URLSearchParams({ logout_token: await token() }));
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ error: "invalid_request", error_description: want });
    expect(await status(service, bob)).toBe(200);
    expect(auditLines(service, from)).toEqual([
      expect.objectContaining({ outcome: "backchannel_logout_refused" }),
    ]);
  });

  it.each([
    {
      name: "no logout_token",
      body: "token=abc",
      type: undefined,
      want: "missing logout_token",
    },
    {
      name: "logout_token twice",
      body: "logout_token=a&logout_token=b",
      type: undefined,
      want: "logout_token sent more than once",
    },
    {
      name: "a JSON body",
      body: '{"logout_token":"abc"}',
      type: "application/json",
      want: "content type must be application/x-www-form-urlencoded",
    },
    {
      name: "no content type",
      body: "logout_token=abc",
      type: "",
      want: "content type must be application/x-www-form-urlencoded",
    },
    {
      name: "bad percent-encoding",
      body: "logout_token=%E0%A4%A",
      type: undefined,
      want: "logout_token is not a JWT",
    },
  ])("refuses a request with $name", async ({ body, type, want }) => {
    const res = await deliver(service, body, type);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "invalid_request", error_description: want });
  });

  it("answers 400, never a 5xx, to 300 random garbage tokens", async () => {
    const b64 = (bytes: number) => randomBytes(bytes).toString("base64url");
    const shapes = [
      () => randomBytes(40).toString("latin1"),
      () => `${b64(20)}.${b64(60)}.${b64(30)}`,
      () =>
        `${Buffer.from('{"alg":"RS256","kid":1}').toString("base64url")}.${b64(60)}.${b64(256)}`,
      () => `${Buffer.from('{"alg":"ES256","crit":["x"]}').toString("base64url")}.e30.${b64(64)}`,
      () => `${b64(10)}..${b64(10)}`,
      () => ".".repeat(randomBytes(1)[0] ?? 0),
    ];
    const statuses = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const token = (shapes[i % shapes.length] ?? shapes[0])?.() ?? "";
      const res = await deliver(service, new URLSearchParams({ logout_token: token }));
      statuses.add(res.status);
      await res.body?.cancel();
    }
    expect([...statuses]).toEqual([400]);
  });

  it("refuses a body over 17 KB with 413, unread", async () => {
    const res = await deliver(service, `logout_token=${"a".repeat(20_000)}`);
    expect(res.status).toBe(413);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({
      error: "invalid_request",
      error_description: "body larger than 17408 bytes",
    });
  });

  it("answers GET with the not-found page, never a logout", async () => {
    const res = await service.request(`${PREFIX}/backchannel_logout`, {
      headers: { accept: "application/json" },
    });
    expect(res.status).toBe(404);
  });

  it("answers 503 with Retry-After while the provider is not ready: it may retry", async () => {
    const down = await startService("http://127.0.0.1:1", {}, undefined, {
      waitReady: false,
      readyWaitMs: 50,
    });
    try {
      const res = await deliver(
        down,
        new URLSearchParams({ logout_token: await providerToken({ sub: "u-bob" }) }),
      );
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.json()).toEqual({
        error: "temporarily_unavailable",
        error_description: "identity provider not ready",
      });
    } finally {
      down.oidc.stop();
    }
  });
});
