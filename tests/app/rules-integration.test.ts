import { createLocalJWKSet, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { loadOrCreateSigningKeys } from "../../src/identity-jwt/keys.ts";
import {
  APP_ORIGIN,
  browserHeaders,
  callbackUris,
  CLIENT_ID,
  CLIENT_SECRET,
  Jar,
  followFailure,
  login,
  NAVIGATE,
  PREFIX,
  startService,
  traefikHeaders,
  USERS,
} from "../helpers/harness.ts";
import { useService } from "../helpers/use-service.ts";

const RULES = `
apps:
  - host: music.example.com
    groups: [music]
    rules:
      - path: /rest/
        action: allow
      - path: /share/
        action: allow
      - path: /admin/
        groups: [admins]
      - path: /private/
        action: deny
  - host: admin.example.com
    groups: [admins]
  - host: "*.lab.example.com"
    users: [bob]
`;
const API_RESOURCE = "https://music.example.com/api";
const SCRIPT = { id: "backup-script", secret: "script secret" };

const { idp, service, signedIn } = useService({
  idp: {
    users: [USERS.alice, USERS.bob],
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: callbackUris([
          APP_ORIGIN,
          "https://admin.example.com",
          "https://x.lab.example.com",
        ]),
      },
      {
        client_id: SCRIPT.id,
        client_secret: SCRIPT.secret,
        redirect_uris: [],
        grant_types: ["client_credentials"],
      },
    ],
    clientCredentials: {
      resource: API_RESOURCE,
      audience: CLIENT_ID,
      claims: { preferred_username: "backup", groups: ["music"] },
    },
  },
  rulesYaml: RULES,
  identityKeys: await loadOrCreateSigningKeys({ now: Math.floor(Date.now() / 1000) }),
});
const alice = signedIn(USERS.alice);
// bob is not in "music", so his login must start at an app he may use.
const bob = signedIn(USERS.bob, "x.lab.example.com");

function check(
  host: string,
  uri: string,
  jar: Jar | undefined,
  extra: Record<string, string> = {},
  endpoint = "traefik",
): Promise<Response> {
  return service.request(`${PREFIX}/auth/${endpoint}`, {
    headers: {
      ...traefikHeaders(uri, { accept: "application/json", ...extra }, host),
      ...(jar ? { cookie: jar.header() } : {}),
    },
  });
}

describe("rules file", () => {
  it.each([
    { name: "alice on music", host: "music.example.com", uri: "/", who: "alice", want: 200 },
    { name: "bob on music", host: "music.example.com", uri: "/", who: "bob", want: 403 },
    { name: "nobody on music", host: "music.example.com", uri: "/", who: "nobody", want: 401 },
    {
      name: "nobody on /rest/",
      host: "music.example.com",
      uri: "/rest/ping.view?u=x",
      who: "nobody",
      want: 200,
    },
    { name: "nobody on /rest", host: "music.example.com", uri: "/rest", who: "nobody", want: 200 },
    {
      name: "nobody on /restaurant",
      host: "music.example.com",
      uri: "/restaurant",
      who: "nobody",
      want: 401,
    },
    {
      name: "nobody on /REST/x",
      host: "music.example.com",
      uri: "/REST/x",
      who: "nobody",
      want: 401,
    },
    {
      name: "nobody on /rest/../admin/: a dot segment is refused",
      host: "music.example.com",
      uri: "/rest/../admin/",
      who: "nobody",
      want: 400,
    },
    {
      name: "nobody on /rest/%2e%2e/admin/: a dot segment is refused",
      host: "music.example.com",
      uri: "/rest/%2e%2e/admin/",
      who: "nobody",
      want: 400,
    },
    {
      name: "nobody on //rest/x: not under /rest/ as received",
      host: "music.example.com",
      uri: "//rest/x",
      who: "nobody",
      want: 401,
    },
    {
      name: "nobody on /rest//x",
      host: "music.example.com",
      uri: "/rest//x",
      who: "nobody",
      want: 200,
    },
    {
      name: "query that looks like a path",
      host: "music.example.com",
      uri: "/x?/rest/",
      who: "nobody",
      want: 401,
    },
    {
      name: "alice on /admin/",
      host: "music.example.com",
      uri: "/admin/users",
      who: "alice",
      want: 200,
    },
    {
      name: "bob on /admin/",
      host: "music.example.com",
      uri: "/admin/users",
      who: "bob",
      want: 403,
    },
    {
      name: "alice on /private/",
      host: "music.example.com",
      uri: "/private/x",
      who: "alice",
      want: 403,
    },
    {
      name: "nobody on /private/",
      host: "music.example.com",
      uri: "/private/x",
      who: "nobody",
      want: 403,
    },
    { name: "alice on admin app", host: "admin.example.com", uri: "/", who: "alice", want: 200 },
    { name: "bob on admin app", host: "admin.example.com", uri: "/", who: "bob", want: 403 },
    { name: "bob on a lab host", host: "x.lab.example.com", uri: "/", who: "bob", want: 200 },
    { name: "alice on a lab host", host: "x.lab.example.com", uri: "/", who: "alice", want: 403 },
    { name: "bob two labels deep", host: "a.x.lab.example.com", uri: "/", who: "bob", want: 200 },
  ])("$name → $want", async ({ host, uri, who, want }) => {
    const jar = who === "alice" ? alice : who === "bob" ? bob : undefined;
    const res = await check(host, uri, jar);
    expect(res.status).toBe(want);
  });

  it("an allow rule carries the user when there is a session, empty headers otherwise", async () => {
    const signedIn = await check("music.example.com", "/share/abc", alice);
    expect(signedIn.headers.get("x-authentik-username")).toBe("alice");
    const anonymous = await check("music.example.com", "/share/abc", undefined, {
      "x-authentik-username": "admin",
    });
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("x-authentik-username")).toBe("");
    expect(anonymous.headers.get("remote-user")).toBe("");
  });

  it("refuses at the callback a user the destination's rules refuse", async () => {
    const { callbackResponse } = await login(service, USERS.bob, "/", new Jar());
    const page = await followFailure(service, callbackResponse, "forbidden");
    expect(page.status).toBe(403);
  });
});

describe("rules from the middleware address", () => {
  it.each([
    {
      name: "allow= opens a path on a host the file does not list",
      query: "allow=/status/",
      host: "other.example.com",
      uri: "/status/x",
      who: "nobody",
      want: 200,
    },
    {
      name: "allow= does not open other paths",
      query: "allow=/status/",
      host: "other.example.com",
      uri: "/x",
      who: "nobody",
      want: 401,
    },
    {
      name: "allow= never loosens the file",
      query: "allow=/",
      host: "music.example.com",
      uri: "/",
      who: "nobody",
      want: 401,
    },
    {
      name: "allow= never opens a denied path",
      query: "allow=/private/",
      host: "music.example.com",
      uri: "/private/x",
      who: "alice",
      want: 403,
    },
    {
      name: "groups= adds a requirement",
      query: "groups=nobody-has-this",
      host: "music.example.com",
      uri: "/",
      who: "alice",
      want: 403,
    },
    {
      name: "groups= met",
      query: "groups=admins",
      host: "music.example.com",
      uri: "/",
      who: "alice",
      want: 200,
    },
    {
      name: "unknown parameter",
      query: "grups=admins",
      host: "music.example.com",
      uri: "/",
      who: "alice",
      want: 400,
    },
  ])("$name", async ({ query, host, uri, who, want }) => {
    const jar = who === "alice" ? alice : undefined;
    const res = await service.request(`${PREFIX}/auth/traefik?${query}`, {
      headers: {
        ...traefikHeaders(uri, { accept: "application/json" }, host),
        ...(jar ? { cookie: jar.header() } : {}),
      },
    });
    expect(res.status).toBe(want);
  });

  it("ignores a query on the Caddy endpoint: Caddy forwards the client's own query there", async () => {
    const res = await service.request(`${PREFIX}/auth/caddy?allow=/`, {
      headers: traefikHeaders("/x", { accept: "application/json" }, "other.example.com"),
    });
    expect(res.status).toBe(401);
  });
});

describe("API clients with bearer tokens", () => {
  async function token(): Promise<string> {
    const res = await fetch(`${idp.issuer}/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${SCRIPT.id}:${encodeURIComponent(SCRIPT.secret).replace(/%20/g, "+")}`).toString("base64")}`,
      },
      body: new URLSearchParams({ grant_type: "client_credentials", resource: API_RESOURCE }),
    });
    const json = (await res.json()) as { access_token?: string };
    if (json.access_token === undefined) throw new Error(`no token: ${JSON.stringify(json)}`);
    return json.access_token;
  }

  it("accepts a token from the provider's client-credentials grant, with the same rules", async () => {
    const res = await check("music.example.com", "/api/x", undefined, {
      authorization: `Bearer ${await token()}`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-username")).toBe("backup");
    expect(res.headers.get("x-authentik-groups")).toBe("music");
    // Same rules: the token's groups do not include admins.
    const admin = await check("admin.example.com", "/", undefined, {
      authorization: `Bearer ${await token()}`,
    });
    expect(admin.status).toBe(403);
  });

  it.each([
    {
      name: "tampered",
      mangle: (t: string) => t.slice(0, -4) + (t.endsWith("AAAA") ? "BBBB" : "AAAA"),
      want: 'Bearer realm="music.example.com", error="invalid_token", error_description="signature invalid"',
    },
    {
      name: "opaque",
      mangle: () => "not-a-jwt",
      want: 'Bearer realm="music.example.com", error="invalid_token", error_description="opaque tokens are not supported"',
    },
  ])("refuses a $name token with 401 and says why", async ({ mangle, want }) => {
    const res = await check("music.example.com", "/api/x", undefined, {
      authorization: `Bearer ${mangle(await token())}`,
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe(want);
  });

  it("lets a token that is not ours pass an allow path without a user, as without the header", async () => {
    const res = await check("music.example.com", "/rest/ping.view", undefined, {
      authorization: "Bearer the-app's-own-api-token",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-authentik-username")).toBe("");
  });

  it("refuses an expired token", async () => {
    const t = await token();
    service.clock.advance(3600);
    try {
      const res = await check("music.example.com", "/api/x", undefined, {
        authorization: `Bearer ${t}`,
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain('error_description="token expired"');
    } finally {
      service.clock.advance(-3600);
    }
  });

  it("refuses a token for another audience", async () => {
    const other = await startService(
      idp.issuer,
      { FORWARD_AUTH_TOKEN_AUDIENCES: "someone-else" },
      undefined,
      {
        rulesYaml: RULES,
      },
    );
    const res = await other.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/api/x", {
        accept: "application/json",
        authorization: `Bearer ${await token()}`,
      }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain(
      'error_description="audience not accepted"',
    );
  });
});

describe("signed identity for apps", () => {
  it("adds a short-lived JWT for the app's host, verifiable with the service's JWKS", async () => {
    const res = await check("music.example.com", "/", alice);
    const jwt = res.headers.get("x-authentik-jwt") ?? "";
    const jwksUrl = res.headers.get("x-authentik-meta-jwks") ?? "";
    expect(jwksUrl).toBe(`${APP_ORIGIN}${PREFIX}/jwks`);
    const jwks = (await (
      await service.request(new URL(jwksUrl).pathname, { headers: browserHeaders(new Jar()) })
    ).json()) as Parameters<typeof createLocalJWKSet>[0];
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      audience: "music.example.com",
      issuer: "forward-auth",
      currentDate: new Date(service.clock.now() * 1000),
    });
    expect(payload.sub).toBe("u-alice");
    expect(payload.preferred_username).toBe("alice");
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(60);
    // Not accepted for another app.
    await expect(
      jwtVerify(jwt, createLocalJWKSet(jwks), {
        audience: "admin.example.com",
        currentDate: new Date(service.clock.now() * 1000),
      }),
    ).rejects.toThrow();
  });

  it("sends no JWT (an empty header) without a user", async () => {
    const res = await check("music.example.com", "/rest/x", undefined);
    expect(res.headers.get("x-authentik-jwt")).toBe("");
  });
});

describe("navigation with rules", () => {
  it("still redirects a browser to log in on a protected path", async () => {
    const res = await service.request(`${PREFIX}/auth/traefik`, {
      headers: traefikHeaders("/albums", NAVIGATE),
    });
    expect(res.status).toBe(302);
  });
});

describe("the anonymous answer of allow rules", () => {
  it("names the app asked about, for more apps than are kept", async () => {
    const open = await startService(idp.issuer, {}, undefined, {
      rulesYaml: `
apps:
  - host: "*.apps.example.com"
    rules:
      - path: /public/
        action: allow
`,
    });
    const hosts = Array.from({ length: 260 }, (_, i) => `app${String(i)}.apps.example.com`);
    for (const round of [1, 2]) {
      for (const host of hosts) {
        const res = await open.request(`${PREFIX}/auth/traefik`, {
          headers: traefikHeaders("/public/x", { accept: "application/json" }, host),
        });
        expect([
          round,
          res.status,
          res.headers.get("x-authentik-meta-app"),
          res.headers.get("x-authentik-username"),
        ]).toEqual([round, 200, host, ""]);
      }
    }
  });
});
