import { CompactSign, exportSPKI, SignJWT, type JWTPayload } from "jose";
import { describe, expect, it } from "vitest";
import type { ProviderMetadata } from "../../src/oidc/discovery.ts";
import { OidcError } from "../../src/oidc/errors.ts";
import { verifyIdToken } from "../../src/oidc/tokens.ts";
import { publishedKeys, signingKey } from "../helpers/signing-keys.ts";

const NOW = 1_760_000_000;
const ISSUER = "https://auth.example.com/application/o/app/";
const CLIENT_ID = "forward-auth";
const CLIENT_SECRET = "client secret & with symbols, long enough for HS256";
const NONCE = "n-0S6_WzA2Mj-this-login";

const rs256 = await signingKey("RS256", "rs256");
const es256 = await signingKey("ES256", "es256");
const rs512 = await signingKey("RS512", "rs512");
/** Published nowhere. */
const rogue = await signingKey("RS256", "rogue");
/** Published nowhere, but claims the kid of a trusted key. */
const impostor = await signingKey("RS256", "rs256");

const KEYS = await publishedKeys([rs256, es256, rs512]);

const CLAIMS: Readonly<JWTPayload> = {
  iss: ISSUER,
  aud: CLIENT_ID,
  sub: "u-alice",
  iat: NOW - 10,
  exp: NOW + 300,
  nonce: NONCE,
};

/** Applies overrides; an undefined value removes the claim. */
function claims(overrides: Readonly<Record<string, unknown>>): JWTPayload {
  return Object.fromEntries(
    Object.entries({ ...CLAIMS, ...overrides }).filter(([, value]) => value !== undefined),
  );
}

function sign(overrides: Readonly<Record<string, unknown>> = {}, key = rs256): Promise<string> {
  return new SignJWT(claims(overrides))
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT" })
    .sign(key.privateKey);
}

function hmac(secret: string, overrides: Readonly<Record<string, unknown>> = {}): Promise<string> {
  return new SignJWT(claims(overrides))
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .sign(new TextEncoder().encode(secret));
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** RFC 7519 section 6.1: an unsecured JWT, which no library helper will produce. */
function unsecured(): string {
  return `${b64({ alg: "none", typ: "JWT" })}.${b64(claims({}))}.`;
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
  return `${header}.${b64(claims({ sub: "u-admin" }))}.${signature}`;
}

function metadata(idTokenAlgorithms: readonly string[], issuer: string): ProviderMetadata {
  return {
    issuer,
    authorizationEndpoint: "https://auth.example.com/application/o/authorize/",
    tokenEndpoint: "https://auth.example.com/application/o/token/",
    userinfoEndpoint: undefined,
    jwksUri: "https://auth.example.com/application/o/app/jwks/",
    endSessionEndpoint: undefined,
    scopesSupported: undefined,
    tokenAuthMethod: "client_secret_basic",
    idTokenAlgorithms,
  };
}

interface Input {
  readonly token: () => Promise<string> | string;
  /** metadata.idTokenAlgorithms; default ["RS256"]. */
  readonly algorithms?: readonly string[];
  /** metadata.issuer; default ISSUER. */
  readonly issuer?: string;
}

async function verify(input: Input): Promise<JWTPayload> {
  return verifyIdToken(
    await input.token(),
    {
      metadata: metadata(input.algorithms ?? ["RS256"], input.issuer ?? ISSUER),
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      nonce: NONCE,
      now: NOW,
    },
    KEYS,
  );
}

const rejected = (detail: string) => `ID token rejected (${detail})`;

describe("verifyIdToken accepts", () => {
  const rows: readonly { name: string; input: Input; want: JWTPayload }[] = [
    { name: "RS256 with a published key", input: { token: () => sign() }, want: claims({}) },
    {
      name: "ES256 when advertised",
      input: { token: () => sign({}, es256), algorithms: ["RS256", "ES256"] },
      want: claims({}),
    },
    {
      name: "RS512 when advertised",
      input: { token: () => sign({}, rs512), algorithms: ["RS512"] },
      want: claims({}),
    },
    {
      // OpenID Connect Core section 10.1: the client secret is the HMAC key.
      name: "HS256 signed with the client secret when advertised",
      input: { token: () => hmac(CLIENT_SECRET), algorithms: ["RS256", "HS256"] },
      want: claims({}),
    },
    {
      name: "audience array holding only this client, no azp",
      input: { token: () => sign({ aud: [CLIENT_ID] }) },
      want: claims({ aud: [CLIENT_ID] }),
    },
    {
      name: "audience array with another audience and azp naming this client",
      input: { token: () => sign({ aud: [CLIENT_ID, "other-api"], azp: CLIENT_ID }) },
      want: claims({ aud: [CLIENT_ID, "other-api"], azp: CLIENT_ID }),
    },
    {
      name: "single audience with azp naming this client",
      input: { token: () => sign({ azp: CLIENT_ID }) },
      want: claims({ azp: CLIENT_ID }),
    },
    {
      name: "expired 59 s ago, within the 60 s tolerance",
      input: { token: () => sign({ exp: NOW - 59 }) },
      want: claims({ exp: NOW - 59 }),
    },
    {
      name: "issued 60 s in the future, within the tolerance",
      input: { token: () => sign({ iat: NOW + 60 }) },
      want: claims({ iat: NOW + 60 }),
    },
  ];
  it.each(rows)("$name", async ({ input, want }) => {
    expect(await verify(input)).toEqual(want);
  });
});

describe("verifyIdToken refuses", () => {
  const rows: readonly { name: string; input: Input; want: { code: string; message: string } }[] = [
    {
      name: "HS256 when only RS256 is advertised",
      input: { token: () => hmac(CLIENT_SECRET) },
      want: {
        code: "id_token_invalid",
        message: rejected(
          'ERR_JOSE_ALG_NOT_ALLOWED: "alg" (Algorithm) Header Parameter value not allowed',
        ),
      },
    },
    {
      name: "HS256 signed with another secret",
      input: { token: () => hmac("some other secret"), algorithms: ["HS256"] },
      want: {
        code: "id_token_invalid",
        message: rejected("ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature verification failed"),
      },
    },
    {
      // The classic algorithm confusion: the public key used as an HMAC secret.
      name: "HS256 signed with the provider's public key as the secret",
      input: {
        token: async () => hmac(await exportSPKI(rs256.publicKey)),
        algorithms: ["RS256", "HS256"],
      },
      want: {
        code: "id_token_invalid",
        message: rejected("ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature verification failed"),
      },
    },
    {
      name: 'alg "none"',
      input: { token: unsecured },
      want: {
        code: "id_token_invalid",
        message: rejected(
          'ERR_JOSE_ALG_NOT_ALLOWED: "alg" (Algorithm) Header Parameter value not allowed',
        ),
      },
    },
    {
      name: 'alg "none" even when the metadata lists it',
      input: { token: unsecured, algorithms: ["RS256", "none"] },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JOSE_NOT_SUPPORTED: Unsupported "alg" value for a JSON Web Key Set'),
      },
    },
    {
      name: "signed by an unpublished key",
      input: { token: () => sign({}, rogue) },
      want: {
        code: "id_token_invalid",
        message: rejected(
          "ERR_JWKS_NO_MATCHING_KEY: no applicable key found in the JSON Web Key Set",
        ),
      },
    },
    {
      name: "signed by an unpublished key reusing a published kid",
      input: { token: () => sign({}, impostor) },
      want: {
        code: "id_token_invalid",
        message: rejected("ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature verification failed"),
      },
    },
    {
      name: "payload changed after signing",
      input: { token: tampered },
      want: {
        code: "id_token_invalid",
        message: rejected("ERR_JWS_SIGNATURE_VERIFICATION_FAILED: signature verification failed"),
      },
    },
    {
      name: "RS512 when only RS256 is advertised",
      input: { token: () => sign({}, rs512) },
      want: {
        code: "id_token_invalid",
        message: rejected(
          'ERR_JOSE_ALG_NOT_ALLOWED: "alg" (Algorithm) Header Parameter value not allowed',
        ),
      },
    },
    {
      name: "ES256 when only RS256 is advertised",
      input: { token: () => sign({}, es256) },
      want: {
        code: "id_token_invalid",
        message: rejected(
          'ERR_JOSE_ALG_NOT_ALLOWED: "alg" (Algorithm) Header Parameter value not allowed',
        ),
      },
    },
    {
      name: "an unknown critical header",
      input: {
        token: () => rawRs256({ alg: "RS256", kid: "rs256", crit: ["x-must"], "x-must": 1 }),
      },
      want: {
        code: "id_token_invalid",
        message: rejected(
          'ERR_JOSE_NOT_SUPPORTED: Extension Header Parameter "x-must" is not recognized',
        ),
      },
    },
    {
      name: "a signed payload that is not a JSON object",
      input: {
        token: () =>
          new CompactSign(new TextEncoder().encode("[1]"))
            .setProtectedHeader({ alg: "RS256", kid: "rs256" })
            .sign(rs256.privateKey),
      },
      want: {
        code: "id_token_invalid",
        message: rejected("ERR_JWT_INVALID: JWT Claims Set must be a top-level JSON object"),
      },
    },
    {
      name: "another issuer",
      input: { token: () => sign({ iss: "https://evil.example.com/application/o/app/" }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "iss" claim value'),
      },
    },
    {
      // Discovery tolerates the slash; the token must carry the document's issuer exactly.
      name: "issuer without the trailing slash",
      input: { token: () => sign({ iss: ISSUER.slice(0, -1) }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "iss" claim value'),
      },
    },
    {
      name: "issuer with a trailing slash the metadata lacks",
      input: { token: () => sign(), issuer: ISSUER.slice(0, -1) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "iss" claim value'),
      },
    },
    {
      name: "missing issuer",
      input: { token: () => sign({ iss: undefined }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: missing required "iss" claim'),
      },
    },
    {
      name: "another audience",
      input: { token: () => sign({ aud: "other-client" }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "aud" claim value'),
      },
    },
    {
      name: "audience differing only in case",
      input: { token: () => sign({ aud: CLIENT_ID.toUpperCase() }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: unexpected "aud" claim value'),
      },
    },
    {
      name: "missing audience",
      input: { token: () => sign({ aud: undefined }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: missing required "aud" claim'),
      },
    },
    {
      // Section 3.1.3.7 step 4: several audiences need azp.
      name: "audience array with another audience and no azp",
      input: { token: () => sign({ aud: [CLIENT_ID, "other-api"] }) },
      want: { code: "id_token_invalid", message: 'ID token "azp" is not this client' },
    },
    {
      name: "audience array with another audience and azp naming the other",
      input: { token: () => sign({ aud: [CLIENT_ID, "other-api"], azp: "other-api" }) },
      want: { code: "id_token_invalid", message: 'ID token "azp" is not this client' },
    },
    {
      name: "single audience with azp naming another client",
      input: { token: () => sign({ azp: "other-client" }) },
      want: { code: "id_token_invalid", message: 'ID token "azp" is not this client' },
    },
    {
      name: "missing exp",
      input: { token: () => sign({ exp: undefined }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: missing required "exp" claim'),
      },
    },
    {
      name: "exp that is not a number",
      input: { token: () => sign({ exp: String(NOW + 300) }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: "exp" claim must be a number'),
      },
    },
    {
      name: "expired 61 s ago, beyond the 60 s tolerance",
      input: { token: () => sign({ exp: NOW - 61 }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_EXPIRED: "exp" claim timestamp check failed'),
      },
    },
    {
      name: "expired long ago",
      input: { token: () => sign({ iat: NOW - 7200, exp: NOW - 3600 }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_EXPIRED: "exp" claim timestamp check failed'),
      },
    },
    {
      name: "missing iat",
      input: { token: () => sign({ iat: undefined }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: missing required "iat" claim'),
      },
    },
    {
      name: "iat that is not a number",
      input: { token: () => sign({ iat: null }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: "iat" claim must be a number'),
      },
    },
    {
      name: "issued 61 s in the future, beyond the tolerance",
      input: { token: () => sign({ iat: NOW + 61, exp: NOW + 3600 }) },
      want: { code: "id_token_invalid", message: 'ID token "iat" is in the future' },
    },
    {
      name: "issued a day in the future",
      input: { token: () => sign({ iat: NOW + 86_400, exp: NOW + 90_000 }) },
      want: { code: "id_token_invalid", message: 'ID token "iat" is in the future' },
    },
    {
      name: "nbf beyond the tolerance",
      input: { token: () => sign({ nbf: NOW + 61 }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: "nbf" claim timestamp check failed'),
      },
    },
    {
      name: "missing sub",
      input: { token: () => sign({ sub: undefined }) },
      want: {
        code: "id_token_invalid",
        message: rejected('ERR_JWT_CLAIM_VALIDATION_FAILED: missing required "sub" claim'),
      },
    },
    {
      name: "empty sub",
      input: { token: () => sign({ sub: "" }) },
      want: { code: "id_token_invalid", message: 'ID token "sub" is empty' },
    },
    {
      name: "sub that is not a string",
      input: { token: () => sign({ sub: 42 }) },
      want: { code: "id_token_invalid", message: 'ID token "sub" is empty' },
    },
    {
      name: "missing nonce",
      input: { token: () => sign({ nonce: undefined }) },
      want: { code: "id_token_invalid", message: 'ID token "nonce" does not match this login' },
    },
    {
      name: "another login's nonce",
      input: { token: () => sign({ nonce: "n-another-login" }) },
      want: { code: "id_token_invalid", message: 'ID token "nonce" does not match this login' },
    },
    {
      name: "nonce differing only by a suffix",
      input: { token: () => sign({ nonce: `${NONCE}x` }) },
      want: { code: "id_token_invalid", message: 'ID token "nonce" does not match this login' },
    },
    {
      name: "not a JWT: abc",
      input: { token: () => "abc" },
      want: { code: "id_token_invalid", message: rejected("ERR_JWS_INVALID: Invalid Compact JWS") },
    },
    {
      name: "not a JWT: empty",
      input: { token: () => "" },
      want: { code: "id_token_invalid", message: rejected("ERR_JWS_INVALID: Invalid Compact JWS") },
    },
    {
      name: "not a JWT: three dots",
      input: { token: () => "..." },
      want: { code: "id_token_invalid", message: rejected("ERR_JWS_INVALID: Invalid Compact JWS") },
    },
    {
      name: "not a JWT: two empty dots",
      input: { token: () => ".." },
      want: {
        code: "id_token_invalid",
        message: rejected("ERR_JWS_INVALID: JWS Protected Header is invalid"),
      },
    },
    {
      name: "not a JWT: three garbage segments",
      input: { token: () => "abc.def.ghi" },
      want: {
        code: "id_token_invalid",
        message: rejected("ERR_JWS_INVALID: JWS Protected Header is invalid"),
      },
    },
    {
      name: "a header without alg",
      input: { token: () => `${b64({ typ: "JWT" })}.${b64(claims({}))}.` },
      want: {
        code: "id_token_invalid",
        message: rejected(
          'ERR_JWS_INVALID: JWS "alg" (Algorithm) Header Parameter missing or invalid',
        ),
      },
    },
    {
      name: "not a JWT: five segments (a JWE)",
      input: { token: () => "a.b.c.d.e" },
      want: { code: "id_token_invalid", message: rejected("ERR_JWS_INVALID: Invalid Compact JWS") },
    },
  ];
  it.each(rows)("$name", async ({ input, want }) => {
    const error = await verify(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OidcError);
    expect(error).toMatchObject(want);
  });
});
