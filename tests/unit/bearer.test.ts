import {
  CompactSign,
  errors as joseErrors,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import { describe, expect, it } from "vitest";
import {
  BEARER_ALGORITHMS,
  BearerError,
  bearerChallenge,
  verifyBearerToken,
} from "../../src/oidc/bearer.ts";
import { OidcError } from "../../src/oidc/errors.ts";
import { publishedKeys, signingKey } from "../helpers/signing-keys.ts";

const NOW = 1_760_000_000;
const ISSUER = "https://auth.example.com/application/o/app/";
const AUDIENCE = "forward-auth";

const rs256 = await signingKey("RS256", "rs256");
const es256 = await signingKey("ES256", "es256");
/** Two published keys sharing one kid (a provider mid-rotation): both must be tried. */
const dupA = await signingKey("RS256", "dup");
const dupB = await signingKey("RS256", "dup");
/** Published nowhere. */
const rogue = await signingKey("RS256", "rogue");
/** Published nowhere, but claims the kid of a trusted key. */
const impostor = await signingKey("RS256", "rs256");

const KEYS = await publishedKeys([rs256, es256, dupA, dupB]);

const CLAIMS: Readonly<JWTPayload> = {
  iss: ISSUER,
  aud: AUDIENCE,
  sub: "u-alice",
  client_id: "script",
  iat: NOW - 10,
  exp: NOW + 300,
  preferred_username: "alice",
  groups: ["music"],
};

/** Applies overrides; an undefined value removes the claim. */
function claims(overrides: Readonly<Record<string, unknown>>): JWTPayload {
  return Object.fromEntries(
    Object.entries({ ...CLAIMS, ...overrides }).filter(([, value]) => value !== undefined),
  );
}

function sign(
  overrides: Readonly<Record<string, unknown>> = {},
  key = rs256,
  header: Readonly<Record<string, unknown>> = { typ: "at+jwt" },
): Promise<string> {
  return new SignJWT(claims(overrides))
    .setProtectedHeader({ ...header, alg: key.alg, kid: key.kid })
    .sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** RFC 7519 section 6.1: an unsecured JWT, which no library helper will produce. */
function unsecured(): string {
  return `${b64({ alg: "none", typ: "JWT" })}.${b64(claims({}))}.`;
}

function hmac(): Promise<string> {
  return new SignJWT(claims({}))
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(new TextEncoder().encode("a shared secret nobody should accept".repeat(2)));
}

/** A properly signed JWS whose payload is not a JSON object. */
function signedPayload(payload: string): Promise<string> {
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: "RS256", kid: "rs256" })
    .sign(rs256.privateKey);
}

/** RS256 over any header, signed without jose (which refuses to sign unknown "crit" headers). */
async function rawRs256(header: Record<string, unknown>): Promise<string> {
  const input = `${b64(header)}.${b64(claims({}))}`;
  const signature = await crypto.subtle.sign(
    "RSASSA-PKCS1-v1_5",
    rs256.privateKey,
    new TextEncoder().encode(input),
  );
  return `${input}.${Buffer.from(signature).toString("base64url")}`;
}

/** A valid token whose payload is swapped for another after signing. */
async function tampered(): Promise<string> {
  const [header = "", , signature = ""] = (await sign()).split(".");
  return `${header}.${b64(claims({ groups: ["admins"] }))}.${signature}`;
}

interface Input {
  readonly token: () => Promise<string> | string;
  readonly audiences?: readonly string[];
  readonly algorithms?: readonly string[];
  readonly issuer?: string;
  readonly keys?: JWTVerifyGetKey;
}

function verify(input: Input) {
  return Promise.resolve(input.token()).then((token) =>
    verifyBearerToken(
      token,
      {
        issuer: input.issuer ?? ISSUER,
        audiences: input.audiences ?? [AUDIENCE],
        algorithms: input.algorithms ?? BEARER_ALGORITHMS,
        now: NOW,
      },
      input.keys ?? KEYS,
    ),
  );
}

describe("verifyBearerToken accepts", () => {
  const rows: readonly { name: string; input: Input; want: JWTPayload }[] = [
    { name: "RS256 with a published key", input: { token: () => sign() }, want: claims({}) },
    {
      name: "ES256 with a published key",
      input: { token: () => sign({}, es256) },
      want: claims({}),
    },
    {
      name: 'typ "JWT" (Authentik, Keycloak)',
      input: { token: () => sign({}, rs256, { typ: "JWT" }) },
      want: claims({}),
    },
    {
      name: 'typ "application/at+jwt"',
      input: { token: () => sign({}, rs256, { typ: "application/at+jwt" }) },
      want: claims({}),
    },
    { name: "no typ", input: { token: () => sign({}, rs256, {}) }, want: claims({}) },
    {
      name: "an aud array naming one accepted audience",
      input: { token: () => sign({ aud: ["https://api.example.com", AUDIENCE] }) },
      want: claims({ aud: ["https://api.example.com", AUDIENCE] }),
    },
    {
      name: "an aud naming the second of several accepted audiences",
      input: { token: () => sign(), audiences: ["other", AUDIENCE] },
      want: claims({}),
    },
    {
      name: "exp 59 s ago (clock tolerance)",
      input: { token: () => sign({ exp: NOW - 59 }) },
      want: claims({ exp: NOW - 59 }),
    },
    {
      name: "nbf 59 s ahead (clock tolerance)",
      input: { token: () => sign({ nbf: NOW + 59 }) },
      want: claims({ nbf: NOW + 59 }),
    },
    {
      name: "iat 60 s ahead (clock tolerance)",
      input: { token: () => sign({ iat: NOW + 60 }) },
      want: claims({ iat: NOW + 60 }),
    },
    {
      name: "no iat",
      input: { token: () => sign({ iat: undefined }) },
      want: claims({ iat: undefined }),
    },
    {
      name: "the second of two keys sharing a kid",
      input: { token: () => sign({}, dupB) },
      want: claims({}),
    },
  ];
  it.each(rows)("$name", async ({ input, want }) => {
    expect(await verify(input)).toEqual(want);
  });
});

describe("verifyBearerToken refuses", () => {
  const rows: readonly { name: string; input: Input; want: string }[] = [
    {
      name: "expired (61 s ago)",
      input: { token: () => sign({ exp: NOW - 61 }) },
      want: "token expired",
    },
    {
      name: "no exp",
      input: { token: () => sign({ exp: undefined }) },
      want: "token has no expiry",
    },
    {
      name: "exp as a string",
      input: { token: () => sign({ exp: String(NOW + 300) }) },
      want: "invalid exp claim",
    },
    {
      name: "nbf in the future",
      input: { token: () => sign({ nbf: NOW + 61 }) },
      want: "token not yet valid",
    },
    {
      name: "nbf as a string",
      input: { token: () => sign({ nbf: "0" }) },
      want: "invalid nbf claim",
    },
    {
      name: "iat in the future",
      input: { token: () => sign({ iat: NOW + 61 }) },
      want: "token issued in the future",
    },
    {
      name: "iat as a string",
      input: { token: () => sign({ iat: "0" }) },
      want: "invalid iat claim",
    },
    {
      name: "another issuer",
      input: { token: () => sign({ iss: "https://evil.example.com/" }) },
      want: "issuer not accepted",
    },
    {
      name: "the issuer without its trailing slash (exact match)",
      input: { token: () => sign({ iss: ISSUER.slice(0, -1) }) },
      want: "issuer not accepted",
    },
    {
      name: "no iss",
      input: { token: () => sign({ iss: undefined }) },
      want: "issuer not accepted",
    },
    {
      name: "another audience",
      input: { token: () => sign({ aud: "other-api" }) },
      want: "audience not accepted",
    },
    {
      name: "an aud array naming no accepted audience",
      input: { token: () => sign({ aud: ["a", "b"] }) },
      want: "audience not accepted",
    },
    {
      name: "no aud",
      input: { token: () => sign({ aud: undefined }) },
      want: "audience not accepted",
    },
    {
      name: "an empty list of accepted audiences",
      input: { token: () => sign(), audiences: [] },
      want: "audience not accepted",
    },
    { name: 'alg "none"', input: { token: unsecured }, want: "algorithm not accepted" },
    {
      name: 'alg "none" even when passed as allowed',
      input: { token: unsecured, algorithms: ["none", "RS256"] },
      want: "algorithm not accepted",
    },
    { name: "HS256", input: { token: hmac }, want: "algorithm not accepted" },
    {
      name: "HS256 even when passed as allowed",
      input: { token: hmac, algorithms: ["HS256", "RS256"] },
      want: "algorithm not accepted",
    },
    {
      name: "an algorithm outside the given list",
      input: { token: () => sign({}, es256), algorithms: ["RS256"] },
      want: "algorithm not accepted",
    },
    {
      name: "an unknown key",
      input: { token: () => sign({}, rogue) },
      want: "signing key unknown",
    },
    {
      name: "a forged key claiming a trusted kid",
      input: { token: () => sign({}, impostor) },
      want: "signature invalid",
    },
    {
      name: "a forged key claiming a kid two keys share",
      input: { token: () => sign({}, { ...rogue, kid: "dup" }) },
      want: "signature invalid",
    },
    {
      name: "a payload swapped after signing",
      input: { token: tampered },
      want: "signature invalid",
    },
    {
      name: "a signed payload that is an array",
      input: { token: () => signedPayload("[1]") },
      want: "not a JWT",
    },
    {
      name: "a signed payload that is not JSON",
      input: { token: () => signedPayload("hello") },
      want: "not a JWT",
    },
    { name: "three segments of garbage", input: { token: () => "abc.def.ghi" }, want: "not a JWT" },
    { name: "two segments", input: { token: () => "abc.def" }, want: "not a JWT" },
    { name: "four segments", input: { token: () => "a.b.c.d" }, want: "not a JWT" },
    {
      name: "five segments (JWE)",
      input: { token: () => "a.b.c.d.e" },
      want: "encrypted tokens are not supported",
    },
    {
      name: "an opaque token",
      input: { token: () => "2YotnFZFEjr1zCsicMWpAA" },
      want: "opaque tokens are not supported",
    },
    { name: "an empty token", input: { token: () => "" }, want: "malformed token" },
    {
      name: "characters outside b64token",
      input: { token: () => "abc def.ghi" },
      want: "malformed token",
    },
    { name: "a CR LF", input: { token: () => "abc\r\n.def.ghi" }, want: "malformed token" },
    {
      name: "a token over 16 KiB",
      input: { token: () => "a".repeat(16_385) },
      want: "malformed token",
    },
    {
      name: 'typ "logout+jwt"',
      input: { token: () => sign({}, rs256, { typ: "logout+jwt" }) },
      want: "token type not accepted",
    },
    {
      name: "typ as a number",
      input: { token: () => sign({}, rs256, { typ: 1 }) },
      want: "token type not accepted",
    },
    {
      name: 'an unknown "crit" header',
      input: {
        token: () => rawRs256({ alg: "RS256", kid: "rs256", crit: ["x-custom"], "x-custom": 1 }),
      },
      want: "token format not supported",
    },
    {
      name: "no sub",
      input: { token: () => sign({ sub: undefined }) },
      want: "token has no subject",
    },
    {
      name: "an empty sub",
      input: { token: () => sign({ sub: "" }) },
      want: "token has no subject",
    },
    {
      name: "a DPoP-bound token (cnf)",
      input: { token: () => sign({ cnf: { jkt: "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I" } }) },
      want: "sender-constrained tokens are not supported",
    },
  ];
  it.each(rows)("$name", async ({ input, want }) => {
    const error = await verify(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BearerError);
    expect(error).toMatchObject({
      code: "invalid_token",
      description: want,
      message: `bearer token rejected: ${want}`,
    });
  });
});

describe("verifyBearerToken blames the provider, not the token", () => {
  const rows: readonly { name: string; failure: Error }[] = [
    { name: "key set unreachable", failure: new TypeError("fetch failed") },
    { name: "key set timeout", failure: new joseErrors.JWKSTimeout() },
    { name: "key set answering HTTP 500", failure: new joseErrors.JOSEError("Expected 200 OK") },
    { name: "key set malformed", failure: new joseErrors.JWKSInvalid() },
  ];
  it.each(rows)("$name", async ({ failure }) => {
    const keys: JWTVerifyGetKey = () => Promise.reject(failure);
    const error = await verify({ token: () => sign(), keys }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OidcError);
    expect(error).toMatchObject({
      code: "provider_unavailable",
      message: "identity provider keys could not be fetched",
      cause: failure,
    });
  });
});

describe("bearerChallenge (RFC 6750 section 3)", () => {
  const rows: readonly {
    name: string;
    error: BearerError | undefined;
    realm: string;
    want: string;
  }[] = [
    {
      name: "no token: the realm only",
      error: undefined,
      realm: "music.example.com",
      want: 'Bearer realm="music.example.com"',
    },
    {
      name: "a refused token",
      error: new BearerError("token expired"),
      realm: "music.example.com",
      want: 'Bearer realm="music.example.com", error="invalid_token", error_description="token expired"',
    },
    {
      name: "quotes and backslashes in the realm, escaped",
      error: undefined,
      realm: 'a "quoted" \\realm\\',
      want: 'Bearer realm="a \\"quoted\\" \\\\realm\\\\"',
    },
    {
      name: "CR, LF and non-ASCII in the realm, replaced",
      error: undefined,
      realm: "évil\r\nSet-Cookie: x",
      want: 'Bearer realm="?vil??Set-Cookie: x"',
    },
    {
      name: "quotes and backslashes in a description, which section 3 forbids outright",
      error: new BearerError('say "hi" \\ now\n'),
      realm: "r",
      want: 'Bearer realm="r", error="invalid_token", error_description="say ?hi? ? now?"',
    },
  ];
  it.each(rows)("$name", ({ error, realm, want }) => {
    expect(bearerChallenge(error, realm)).toBe(want);
  });

  it("is a valid header value", () => {
    const value = bearerChallenge(new BearerError("x\r\ny"), "\u0000\u00ff\u2028");
    expect(() => new Headers({ "www-authenticate": value })).not.toThrow();
  });
});
