// OpenID Connect Back-Channel Logout 1.0 section 2.6, step by step: a table of tokens each
// failing one check, with the check and the exact description the provider is told.
import { CompactSign, SignJWT, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { describe, expect, it } from "vitest";
import { OidcError } from "../../src/oidc/errors.ts";
import {
  BACKCHANNEL_LOGOUT_EVENT,
  LogoutTokenError,
  verifyLogoutToken,
  type LogoutTokenCheck,
} from "../../src/oidc/logout-token.ts";
import { publishedKeys, signingKey } from "../helpers/signing-keys.ts";

const NOW = 1_760_000_000;
const ISSUER = "https://auth.example.com/application/o/app/";
const CLIENT_ID = "forward-auth";
const EXPECTED = { issuer: ISSUER, clientId: CLIENT_ID, now: NOW };

const rs256 = await signingKey("RS256", "rs256");
const es256 = await signingKey("ES256", "es256");
/** Published nowhere. */
const rogue = await signingKey("RS256", "rogue");
/** Published nowhere, but claims the kid of a trusted key. */
const impostor = await signingKey("RS256", "rs256");
const KEYS = await publishedKeys([rs256, es256]);

const CLAIMS: Readonly<JWTPayload> = {
  iss: ISSUER,
  aud: CLIENT_ID,
  iat: NOW - 5,
  exp: NOW + 115,
  jti: "jti-1",
  sub: "u-alice",
  sid: "sid-1",
  events: { [BACKCHANNEL_LOGOUT_EVENT]: {} },
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
  header: Readonly<Record<string, unknown>> = { typ: "logout+jwt" },
): Promise<string> {
  return new SignJWT(claims(overrides))
    .setProtectedHeader({ ...header, alg: key.alg, kid: key.kid })
    .sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("verifyLogoutToken", () => {
  it.each([
    { name: "sid and sub", token: () => sign(), want: { sid: "sid-1", sub: "u-alice" } },
    { name: "sub only", token: () => sign({ sid: undefined }), want: { sid: undefined } },
    { name: "sid only", token: () => sign({ sub: undefined }), want: { sub: undefined } },
    { name: "ES256", token: () => sign({}, es256), want: {} },
    { name: "no typ", token: () => sign({}, rs256, {}), want: {} },
    // Keycloak before 25 and Authentik before 2025.12 type them as plain JWTs.
    { name: 'typ "JWT"', token: () => sign({}, rs256, { typ: "JWT" }), want: {} },
    {
      name: 'typ "application/logout+jwt"',
      token: () => sign({}, rs256, { typ: "application/logout+jwt" }),
      want: {},
    },
    { name: "no exp", token: () => sign({ exp: undefined }), want: {} },
    { name: "aud a list naming us", token: () => sign({ aud: ["other", CLIENT_ID] }), want: {} },
    { name: "iat 300 s ago", token: () => sign({ iat: NOW - 300 }), want: { iat: NOW - 300 } },
    { name: "iat 300 s ahead", token: () => sign({ iat: NOW + 300 }), want: { iat: NOW + 300 } },
    {
      name: "an event object with members",
      token: () => sign({ events: { [BACKCHANNEL_LOGOUT_EVENT]: { reason: "admin" }, x: 1 } }),
      want: {},
    },
  ])("accepts a token with $name", async ({ token, want }) => {
    const got = await verifyLogoutToken(await token(), EXPECTED, KEYS);
    expect(got).toEqual({ sid: "sid-1", sub: "u-alice", iat: NOW - 5, jti: "jti-1", ...want });
  });

  const hostile: {
    name: string;
    token: () => Promise<string> | string;
    check: LogoutTokenCheck;
    description: string;
  }[] = [
    {
      name: 'alg "none"',
      token: () => `${b64({ alg: "none", typ: "logout+jwt" })}.${b64(claims({}))}.`,
      check: "signature",
      description: "algorithm not accepted",
    },
    {
      name: "HS256 (a shared secret)",
      token: () =>
        new SignJWT(claims({}))
          .setProtectedHeader({ alg: "HS256", typ: "logout+jwt" })
          .sign(new TextEncoder().encode(CLIENT_ID.repeat(4))),
      check: "signature",
      description: "algorithm not accepted",
    },
    {
      name: "a key published nowhere",
      token: () => sign({}, rogue),
      check: "signature",
      description: "signing key unknown",
    },
    {
      name: "a known kid on an unknown key",
      token: () => sign({}, impostor),
      check: "signature",
      description: "signature invalid",
    },
    {
      name: "a payload changed after signing",
      token: async () => {
        const [header, , signature] = (await sign()).split(".");
        return `${header ?? ""}.${b64(claims({ sub: "u-bob" }))}.${signature ?? ""}`;
      },
      check: "signature",
      description: "signature invalid",
    },
    {
      name: 'typ "at+jwt" (an access token)',
      token: () => sign({}, rs256, { typ: "at+jwt" }),
      check: "typ",
      description: "token type not accepted",
    },
    {
      name: "another issuer",
      token: () => sign({ iss: "https://evil.example.com/" }),
      check: "iss",
      description: "issuer not accepted",
    },
    {
      name: "no issuer",
      token: () => sign({ iss: undefined }),
      check: "iss",
      description: "issuer not accepted",
    },
    {
      name: "another audience",
      token: () => sign({ aud: "other-client" }),
      check: "aud",
      description: "audience not accepted",
    },
    {
      name: "no audience",
      token: () => sign({ aud: undefined }),
      check: "aud",
      description: "audience not accepted",
    },
    {
      name: "exp past (beyond the 60 s tolerance)",
      token: () => sign({ exp: NOW - 61 }),
      check: "exp",
      description: "token expired",
    },
    {
      name: "exp not a number",
      token: () => sign({ exp: "soon" }),
      check: "exp",
      description: "invalid exp claim",
    },
    {
      name: "no iat",
      token: () => sign({ iat: undefined }),
      check: "iat",
      description: "missing or invalid iat claim",
    },
    {
      name: "iat not a number",
      token: () => sign({ iat: "now" }),
      check: "iat",
      description: "missing or invalid iat claim",
    },
    {
      name: "iat 301 s ago",
      token: () => sign({ iat: NOW - 301, exp: undefined }),
      check: "iat",
      description: "token issued too long ago",
    },
    {
      name: "iat 301 s ahead",
      token: () => sign({ iat: NOW + 301 }),
      check: "iat",
      description: "token issued in the future",
    },
    {
      name: "no jti",
      token: () => sign({ jti: undefined }),
      check: "jti",
      description: "missing or invalid jti claim",
    },
    {
      name: "an empty jti",
      token: () => sign({ jti: "" }),
      check: "jti",
      description: "missing or invalid jti claim",
    },
    {
      name: "a jti that is a number",
      token: () => sign({ jti: 7 }),
      check: "jti",
      description: "missing or invalid jti claim",
    },
    ...[
      { what: "no events", events: undefined },
      { what: "events a string", events: BACKCHANNEL_LOGOUT_EVENT },
      { what: "events a list", events: [BACKCHANNEL_LOGOUT_EVENT] },
      { what: "events without the logout event", events: { "urn:other": {} } },
      { what: "the event true", events: { [BACKCHANNEL_LOGOUT_EVENT]: true } },
      { what: "the event a list", events: { [BACKCHANNEL_LOGOUT_EVENT]: [] } },
      { what: "the event null", events: { [BACKCHANNEL_LOGOUT_EVENT]: null } },
    ].map(({ what, events }) => ({
      name: what,
      token: () => sign({ events }),
      check: "events" as const,
      description: "events claim lacks the back-channel logout event",
    })),
    {
      name: "neither sid nor sub",
      token: () => sign({ sid: undefined, sub: undefined }),
      check: "subject",
      description: "token has neither sid nor sub",
    },
    {
      name: "a sid that is a number",
      token: () => sign({ sid: 42 }),
      check: "subject",
      description: "invalid sid or sub claim",
    },
    {
      name: "an empty sub",
      token: () => sign({ sub: "" }),
      check: "subject",
      description: "invalid sid or sub claim",
    },
    {
      name: "a sid longer than a session keeps",
      token: () => sign({ sid: "s".repeat(1025) }),
      check: "subject",
      description: "invalid sid or sub claim",
    },
    {
      name: "a nonce (an ID token passed off as a logout token)",
      token: () => sign({ nonce: "n-0S6_WzA2Mj" }),
      check: "nonce",
      description: "nonce claim not allowed",
    },
    {
      name: "a payload that is not JSON",
      token: () =>
        new CompactSign(new TextEncoder().encode("not json"))
          .setProtectedHeader({ alg: "RS256", kid: "rs256" })
          .sign(rs256.privateKey),
      check: "malformed",
      description: "logout_token is not a JWT",
    },
    {
      name: "an opaque string",
      token: () => "abc",
      check: "malformed",
      description: "logout_token is not a JWT",
    },
    {
      name: "an empty string",
      token: () => "",
      check: "malformed",
      description: "logout_token is not a JWT",
    },
    {
      name: "whitespace around a token",
      token: async () => ` ${await sign()}`,
      check: "malformed",
      description: "logout_token is not a JWT",
    },
    {
      name: "a header that is not JSON",
      token: () => "bm90IGpzb24.e30.c2ln",
      check: "malformed",
      description: "logout_token is not a JWT",
    },
    {
      name: "five segments (a JWE)",
      token: () => "a.b.c.d.e",
      check: "malformed",
      description: "encrypted logout tokens are not supported",
    },
    {
      name: "20 KB",
      token: () => `${"a".repeat(10_000)}.${"b".repeat(10_000)}.c`,
      check: "malformed",
      description: "logout_token is not a JWT",
    },
  ];
  it.each(hostile)("refuses $name: $check", async ({ token, check, description }) => {
    const error = await verifyLogoutToken(await token(), EXPECTED, KEYS).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LogoutTokenError);
    expect(error).toMatchObject({ check, description });
  });

  it("blames the provider, not the token, when its key set cannot be fetched", async () => {
    const unreachable: JWTVerifyGetKey = () => Promise.reject(new Error("fetch failed"));
    const error = await verifyLogoutToken(await sign(), EXPECTED, unreachable).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OidcError);
    expect(error).toMatchObject({ code: "provider_unavailable" });
  });
});
