import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAtIdp, startTestIdp } from "./idp.ts";
import type { TestClient, TestIdp, TestUser } from "./idp.ts";

const REDIRECT_URI = "http://app.test:1234/outpost.goauthentik.io/callback";
const POST_LOGOUT_URI = "http://app.test:1234/signed-out";
const client: TestClient = {
  client_id: "forward-auth",
  client_secret: "s3cret with spaces & symbols",
  redirect_uris: [REDIRECT_URI],
  post_logout_redirect_uris: [POST_LOGOUT_URI],
};
const alice: TestUser = {
  sub: "u-alice",
  username: "alice",
  password: "correct horse",
  email: "alice@example.test",
  name: "Alice Ærøskøbing 山田",
  groups: ["admins", "users"],
};
const mallory: TestUser = {
  sub: "u-mallory",
  username: "mallory",
  password: "pw",
  name: "Mallory\r\nX-Injected: 1",
  preferredUsername: "mallory\r\nRemote-User: admin",
};

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint: string;
  jwks_uri: string;
  end_session_endpoint: string;
  scopes_supported: string[];
  claims_supported: string[];
  code_challenge_methods_supported: string[];
}

async function discover(idp: TestIdp): Promise<Discovery> {
  const res = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
  expect(res.status).toBe(200);
  return (await res.json()) as Discovery;
}

function authorizeUrl(
  discovery: Discovery,
  params: { state: string; nonce: string; challenge?: string },
): string {
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid profile email groups",
    state: params.state,
    nonce: params.nonce,
    ...(params.challenge !== undefined && {
      code_challenge: params.challenge,
      code_challenge_method: "S256",
    }),
  }).toString();
  return url.href;
}

const random = () => randomBytes(16).toString("base64url");

// The whole authorization code flow an RP performs, with plain fetch and jose.
async function codeFlow(idp: TestIdp, user: TestUser) {
  const discovery = await discover(idp);
  const state = random();
  const nonce = random();
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");

  const callback = new URL(
    await loginAtIdp(authorizeUrl(discovery, { state, nonce, challenge }), user),
  );
  expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
  expect(callback.searchParams.get("state")).toBe(state);
  expect(callback.searchParams.get("iss")).toBe(idp.issuer);
  const code = callback.searchParams.get("code") ?? "";

  // RFC 6749 section 2.3.1: id and secret are form-urlencoded before Basic encoding.
  const basic = Buffer.from(
    `${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret)}`,
  ).toString("base64");
  const tokenRes = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: { authorization: `Basic ${basic}` },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }),
  });
  expect(tokenRes.status).toBe(200);
  const tokens = (await tokenRes.json()) as { id_token: string; access_token: string };

  const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
  const { payload: idToken } = await jwtVerify(tokens.id_token, jwks, {
    issuer: idp.issuer,
    audience: client.client_id,
  });
  expect(idToken.nonce).toBe(nonce);

  const userinfoRes = await fetch(discovery.userinfo_endpoint, {
    headers: { authorization: `Bearer ${tokens.access_token}` },
  });
  expect(userinfoRes.status).toBe(200);
  const userinfo = (await userinfoRes.json()) as Record<string, unknown>;
  return { idToken, userinfo, tokens };
}

describe("test IdP helper", () => {
  let idp: TestIdp;
  beforeAll(async () => {
    idp = await startTestIdp({ users: [alice, mallory], clients: [client] });
  });
  afterAll(async () => {
    await idp.close();
  });

  it("serves discovery with end_session_endpoint, groups scope and S256", async () => {
    expect(idp.issuer).toBe(`http://127.0.0.1:${idp.port}`);
    const discovery = await discover(idp);
    expect(discovery.issuer).toBe(idp.issuer);
    expect(discovery.end_session_endpoint).toBe(`${idp.issuer}/session/end`);
    expect(discovery.scopes_supported).toEqual(
      expect.arrayContaining(["openid", "profile", "email", "groups"]),
    );
    expect(discovery.claims_supported).toEqual(
      expect.arrayContaining(["sub", "preferred_username", "name", "email", "groups"]),
    );
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
  });

  it.each([
    {
      name: "alice",
      user: alice,
      want: {
        sub: "u-alice",
        preferred_username: "alice",
        name: "Alice Ærøskøbing 山田",
        email: "alice@example.test",
        email_verified: true,
        groups: ["admins", "users"],
      },
    },
    {
      name: "hostile claims come back byte for byte",
      user: mallory,
      want: {
        sub: "u-mallory",
        preferred_username: "mallory\r\nRemote-User: admin",
        name: "Mallory\r\nX-Injected: 1",
      },
    },
  ])("runs the code flow with PKCE: $name", async ({ user, want }) => {
    const { idToken, userinfo } = await codeFlow(idp, user);
    expect(idToken.sub).toBe(user.sub);
    // conformIdTokenClaims: scope claims are only released by userinfo in the code flow.
    expect(idToken).not.toHaveProperty("groups");
    expect(idToken).not.toHaveProperty("email");
    expect(userinfo).toEqual(want);
  });

  it("returns error=access_denied when the user presses Deny", async () => {
    const discovery = await discover(idp);
    const url = authorizeUrl(discovery, { state: "st", nonce: "n", challenge: "x".repeat(43) });
    const callback = new URL(await loginAtIdp(url, alice, { deny: true }));
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe("st");
    expect(callback.searchParams.has("code")).toBe(false);
  });

  it("rejects a wrong password by re-rendering the form", async () => {
    const discovery = await discover(idp);
    const url = authorizeUrl(discovery, { state: "st", nonce: "n", challenge: "x".repeat(43) });
    await expect(loginAtIdp(url, { username: "alice", password: "nope" })).rejects.toThrow(
      'loginAtIdp: login failed for "alice": Invalid username or password.',
    );
  });

  it("renders a login form a browser can fill", async () => {
    const discovery = await discover(idp);
    const url = authorizeUrl(discovery, { state: "st", nonce: "n", challenge: "x".repeat(43) });
    const authorize = await fetch(url, { redirect: "manual" });
    expect(authorize.status).toBe(303);
    const cookie = authorize.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const form = await fetch(new URL(authorize.headers.get("location") ?? "", url), {
      headers: { cookie },
    });
    expect(form.status).toBe(200);
    const html = await form.text();
    for (const part of ['name="username"', 'name="password"', 'id="signin"', 'id="deny"']) {
      expect(html).toContain(part);
    }
  });

  it("requires PKCE", async () => {
    const discovery = await discover(idp);
    const url = authorizeUrl(discovery, { state: "st", nonce: "n" });
    const callback = new URL(await loginAtIdp(url, alice));
    expect(callback.searchParams.get("error")).toBe("invalid_request");
    expect(callback.searchParams.get("error_description")).toContain("PKCE");
  });

  // RP-initiated logout 1.0 as oidc-provider 9 implements it: neither id_token_hint nor client_id
  // is required, but post_logout_redirect_uri is honoured only with one of them and only when
  // registered; the end_session page always needs a POST to /session/end/confirm to finish.
  it.each([
    {
      name: "client_id and a registered post_logout_redirect_uri",
      params: { client_id: client.client_id, post_logout_redirect_uri: POST_LOGOUT_URI },
      want: `${POST_LOGOUT_URI}?state=bye`,
    },
    {
      name: "id_token_hint instead of client_id",
      params: { id_token_hint: "from code flow", post_logout_redirect_uri: POST_LOGOUT_URI },
      want: `${POST_LOGOUT_URI}?state=bye`,
    },
    {
      name: "no client: post_logout_redirect_uri silently ignored",
      params: { post_logout_redirect_uri: POST_LOGOUT_URI },
      want: "/session/end/success",
    },
    {
      name: "unregistered post_logout_redirect_uri",
      params: { client_id: client.client_id, post_logout_redirect_uri: "http://evil.test/" },
      want: "400 invalid_request: post_logout_redirect_uri not registered",
    },
  ])("end_session: $name", async ({ params, want }) => {
    const discovery = await discover(idp);
    const url = new URL(discovery.end_session_endpoint);
    const hint =
      "id_token_hint" in params
        ? { id_token_hint: (await codeFlow(idp, alice)).tokens.id_token }
        : {};
    url.search = new URLSearchParams({ ...params, ...hint, state: "bye" }).toString();
    const res = await fetch(url, { redirect: "manual" });
    const html = await res.text();
    if (res.status !== 200) {
      const { error, error_description } = JSON.parse(html) as Record<string, string>;
      expect(`${res.status} ${error}: ${error_description}`).toBe(want);
      return;
    }
    // Without an IdP session the page is an auto-submitting form; with one it is logoutSource's
    // confirmation form. Either way the xsrf value is bound to the session cookie just set.
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const confirm = await fetch(`${idp.issuer}/session/end/confirm`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie },
      body: new URLSearchParams({ xsrf, logout: "yes" }),
    });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get("location")?.replace(idp.issuer, "")).toBe(want);
  });
});

describe("test IdP restart", () => {
  it("restarts on the same port with the same keys", async () => {
    const first = await startTestIdp({ users: [alice], clients: [client], idTokenTtlSeconds: 120 });
    const { port, jwks } = first;
    let second: TestIdp | undefined;
    try {
      const before = await codeFlow(first, alice);
      expect((before.idToken.exp ?? 0) - (before.idToken.iat ?? 0)).toBe(120);
      await first.close();
      await first.close(); // idempotent
      await expect(fetch(`${first.issuer}/jwks`)).rejects.toThrow();

      second = await startTestIdp({ users: [alice], clients: [client], port, jwks });
      expect(second.issuer).toBe(first.issuer);
      const after = await codeFlow(second, alice);
      const kid = (token: string) => JSON.parse(atob(token.split(".")[0] ?? "")) as { kid: string };
      expect(kid(after.tokens.id_token).kid).toBe(kid(before.tokens.id_token).kid);
      expect(after.userinfo["groups"]).toEqual(["admins", "users"]);
    } finally {
      await first.close();
      await second?.close();
    }
  });
});
