// API clients (issue 4): a JWT access token from the provider's client_credentials grant
// (RFC 6749 section 4.4, RFC 9068 format via an RFC 8707 resource indicator) is verified by
// OidcClient.verifyBearer against the provider's real key set; tampered, expired, foreign and
// opaque tokens are refused with the reason RFC 6750 section 3 lets us give.
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { Logger } from "../../src/log.ts";
import { BearerError } from "../../src/oidc/bearer.ts";
import { createOidcClient, type OidcClient } from "../../src/oidc/client.ts";
import { OidcError } from "../../src/oidc/errors.ts";
import { createClock, type Clock } from "../helpers/harness.ts";
import { startTestIdp } from "../helpers/idp.ts";
import { useIdp } from "../helpers/use-service.ts";

const SCRIPT = { id: "backup-script", secret: "script secret & symbols" };
const RESOURCE = "https://music.example.com/api";
/** The audience the provider writes into tokens for RESOURCE. */
const AUDIENCE = "music-api";
const TTL = 600;

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const idp = useIdp({
  users: [],
  clients: [
    {
      client_id: SCRIPT.id,
      client_secret: SCRIPT.secret,
      redirect_uris: [],
      grant_types: ["client_credentials"],
    },
  ],
  clientCredentials: {
    resource: RESOURCE,
    audience: AUDIENCE,
    scope: "read",
    ttlSeconds: TTL,
    claims: { preferred_username: "backup", groups: ["robots", "music"] },
  },
});

async function startClient(clock: Clock): Promise<OidcClient> {
  const client = createOidcClient({
    issuer: new URL(idp.issuer),
    clientId: "forward-auth",
    clientSecret: "unused here",
    scopes: undefined,
    fetch: globalThis.fetch,
    logger: silent,
    now: clock.now,
    timeoutMs: 2000,
    maxBackoffMs: 200,
    jwksCooldownMs: 0,
  });
  client.start();
  await client.whenReady();
  return client;
}

/** RFC 6749 section 2.3.1: each part form-urlencoded, then Base64. */
function basicAuth(id: string, secret: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");
  return `Basic ${Buffer.from(`${enc(id)}:${enc(secret)}`).toString("base64")}`;
}

/** POST to the token endpoint as the script would (client_secret_basic). */
async function requestToken(params: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(`${idp.issuer}/token`, {
    method: "POST",
    headers: {
      authorization: basicAuth(SCRIPT.id, SCRIPT.secret),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "client_credentials", ...params }),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (response.status !== 200) throw new Error(`token endpoint: ${JSON.stringify(json)}`);
  return json;
}

async function accessToken(): Promise<string> {
  const json = await requestToken({ resource: RESOURCE, scope: "read" });
  if (typeof json.access_token !== "string") throw new Error("no access_token");
  return json.access_token;
}

function claimsOf(token: string): { iat: number; exp: number } {
  const [, payload = ""] = token.split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString()) as { iat: number; exp: number };
}

/** The rejection verifyBearer ended with, or a failure when it accepted. */
async function refusal(client: OidcClient, token: string, audiences: readonly string[]) {
  const error = await client.verifyBearer(token, audiences).then(
    () => new Error("accepted"),
    (e: unknown) => e,
  );
  return error;
}

describe("bearer tokens from the test provider's client_credentials grant", () => {
  it("issues a JWT access token for the resource (the helper works as the tests assume)", async () => {
    const json = await requestToken({ resource: RESOURCE, scope: "read" });
    expect(json).toMatchObject({ token_type: "Bearer", expires_in: TTL, scope: "read" });
    const [header = "", payload = ""] = String(json.access_token).split(".");
    expect(JSON.parse(Buffer.from(header, "base64url").toString())).toMatchObject({
      alg: "RS256",
      typ: "at+jwt",
      kid: idp.jwks.keys[0]?.kid,
    });
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toMatchObject({
      iss: idp.issuer,
      aud: AUDIENCE,
      sub: SCRIPT.id,
      client_id: SCRIPT.id,
      groups: ["robots", "music"],
    });
  });

  it("accepts a real token and returns the identity in its claims", async () => {
    const client = await startClient(createClock());
    const identity = await client.verifyBearer(await accessToken(), ["forward-auth", AUDIENCE]);
    expect(identity).toEqual({
      sub: SCRIPT.id,
      username: "backup",
      email: "",
      name: "",
      groups: ["robots", "music"],
      entitlements: [],
    });
    client.stop();
  });

  it("accepts it until exp plus the 60 s tolerance, then refuses it as expired", async () => {
    const clock = createClock();
    const client = await startClient(clock);
    const token = await accessToken();
    const { iat, exp } = claimsOf(token);
    expect(exp - iat).toBe(TTL);
    // The provider's clock is the real one; ours is moved to the token's own exp.
    clock.advance(exp - clock.now() + 59);
    await expect(client.verifyBearer(token, [AUDIENCE])).resolves.toMatchObject({
      sub: SCRIPT.id,
    });
    clock.advance(1);
    expect(await refusal(client, token, [AUDIENCE])).toMatchObject({
      name: "BearerError",
      code: "invalid_token",
      description: "token expired",
    });
    client.stop();
  });

  const refused: readonly {
    name: string;
    token: (real: string) => Promise<string> | string;
    audiences?: readonly string[];
    want: string;
  }[] = [
    {
      name: "a token whose claims were changed after signing",
      token: (real) => {
        const [header, payload = "", signature] = real.split(".");
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as object;
        const forged = { ...claims, groups: ["admins"] };
        return `${header}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`;
      },
      want: "signature invalid",
    },
    {
      name: "a token whose signature was altered",
      token: (real) => real.slice(0, -4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA"),
      want: "signature invalid",
    },
    {
      name: "a token for another audience",
      token: (real) => real,
      audiences: ["forward-auth"],
      want: "audience not accepted",
    },
    {
      name: "a token signed by a key the provider never published (the key set is refetched)",
      token: async (real) => {
        const [, payload = ""] = real.split(".");
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as object;
        const { privateKey } = await generateKeyPair("RS256");
        return new SignJWT({ ...claims })
          .setProtectedHeader({ alg: "RS256", kid: "not-published", typ: "at+jwt" })
          .sign(privateKey);
      },
      want: "signing key unknown",
    },
    {
      name: "a token signed by another key claiming the provider's kid",
      token: async (real) => {
        const [, payload = ""] = real.split(".");
        const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as object;
        const { privateKey } = await generateKeyPair("RS256");
        return new SignJWT({ ...claims })
          .setProtectedHeader({ alg: "RS256", kid: idp.jwks.keys[0]?.kid ?? "", typ: "at+jwt" })
          .sign(privateKey);
      },
      want: "signature invalid",
    },
  ];
  it.each(refused)("refuses $name", async ({ token, audiences, want }) => {
    const client = await startClient(createClock());
    const error = await refusal(client, await token(await accessToken()), audiences ?? [AUDIENCE]);
    expect(error).toBeInstanceOf(BearerError);
    expect(error).toMatchObject({ code: "invalid_token", description: want });
    client.stop();
  });

  it("refuses the opaque token the provider issues without a resource indicator", async () => {
    const client = await startClient(createClock());
    const json = await requestToken({});
    expect(json.access_token).toMatch(/^[\w-]+$/);
    expect(await refusal(client, String(json.access_token), [AUDIENCE])).toMatchObject({
      name: "BearerError",
      description: "opaque tokens are not supported",
    });
    client.stop();
  });

  it("is provider_unavailable before discovery, not a verdict on the token", async () => {
    const client = createOidcClient({
      issuer: new URL(idp.issuer),
      clientId: "forward-auth",
      clientSecret: "unused here",
      scopes: undefined,
      fetch: globalThis.fetch,
      logger: silent,
      now: createClock().now,
    });
    const error = await refusal(client, await accessToken(), [AUDIENCE]);
    expect(error).toBeInstanceOf(OidcError);
    expect(error).toMatchObject({ code: "provider_unavailable" });
  });

  it("is provider_unavailable when an unknown kid needs the key set and the provider is down", async () => {
    const down = await startTestIdp({ users: [], clients: [] });
    const client = createOidcClient({
      issuer: new URL(down.issuer),
      clientId: "forward-auth",
      clientSecret: "unused here",
      scopes: undefined,
      fetch: globalThis.fetch,
      logger: silent,
      now: createClock().now,
      timeoutMs: 2000,
      jwksCooldownMs: 0,
    });
    client.start();
    await client.whenReady();
    await down.close();
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const token = await new SignJWT({ sub: "x", aud: AUDIENCE })
      .setProtectedHeader({ alg: "ES256", kid: (await exportJWK(publicKey)).x ?? "k" })
      .setIssuer(down.issuer)
      .setIssuedAt()
      .setExpirationTime("1m")
      .sign(privateKey);
    const error = await refusal(client, token, [AUDIENCE]);
    expect(error).toBeInstanceOf(OidcError);
    expect(error).toMatchObject({
      code: "provider_unavailable",
      message: "identity provider keys could not be fetched",
    });
    client.stop();
  });
});
