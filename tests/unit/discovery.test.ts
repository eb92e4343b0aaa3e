import { describe, expect, it } from "vitest";
import { parseMetadata, sameIssuer, type ProviderMetadata } from "../../src/oidc/discovery.ts";
import { OidcError } from "../../src/oidc/errors.ts";

const ISSUER = "https://auth.example.com/application/o/app/";
const DOC: Readonly<Record<string, unknown>> = {
  issuer: ISSUER,
  authorization_endpoint: "https://auth.example.com/application/o/authorize/",
  token_endpoint: "https://auth.example.com/application/o/token/",
  userinfo_endpoint: "https://auth.example.com/application/o/userinfo/",
  jwks_uri: "https://auth.example.com/application/o/app/jwks/",
  end_session_endpoint: "https://auth.example.com/application/o/app/end-session/",
  scopes_supported: ["openid", "email", "profile", "groups"],
  token_endpoint_auth_methods_supported: ["client_secret_post", "client_secret_basic"],
  id_token_signing_alg_values_supported: ["RS256"],
};
const METADATA: ProviderMetadata = {
  issuer: ISSUER,
  authorizationEndpoint: "https://auth.example.com/application/o/authorize/",
  tokenEndpoint: "https://auth.example.com/application/o/token/",
  userinfoEndpoint: "https://auth.example.com/application/o/userinfo/",
  jwksUri: "https://auth.example.com/application/o/app/jwks/",
  endSessionEndpoint: "https://auth.example.com/application/o/app/end-session/",
  scopesSupported: ["openid", "email", "profile", "groups"],
  tokenAuthMethod: "client_secret_basic",
  idTokenAlgorithms: ["RS256"],
};

/** Applies overrides; an undefined value removes the key, as an absent member would be. */
function doc(overrides: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({ ...DOC, ...overrides }).filter(([, value]) => value !== undefined),
  );
}

describe("parseMetadata accepts", () => {
  const rows: readonly {
    name: string;
    input: { doc: Record<string, unknown>; expected?: string };
    want: ProviderMetadata;
  }[] = [
    { name: "a full document", input: { doc: doc({}) }, want: METADATA },
    {
      name: "configured issuer without trailing slash",
      input: { doc: doc({}), expected: ISSUER.slice(0, -1) },
      want: METADATA,
    },
    {
      name: "document issuer without trailing slash",
      input: { doc: doc({ issuer: ISSUER.slice(0, -1) }) },
      want: { ...METADATA, issuer: ISSUER.slice(0, -1) },
    },
    {
      name: "optional endpoints null or empty",
      input: { doc: doc({ userinfo_endpoint: "", end_session_endpoint: null }) },
      want: { ...METADATA, userinfoEndpoint: undefined, endSessionEndpoint: undefined },
    },
    {
      name: "optional endpoints absent",
      input: {
        doc: doc({
          userinfo_endpoint: undefined,
          end_session_endpoint: undefined,
          scopes_supported: undefined,
        }),
      },
      want: {
        ...METADATA,
        userinfoEndpoint: undefined,
        endSessionEndpoint: undefined,
        scopesSupported: undefined,
      },
    },
    {
      name: "plain http endpoints",
      input: { doc: doc({ token_endpoint: "http://idp.internal:9000/token" }) },
      want: { ...METADATA, tokenEndpoint: "http://idp.internal:9000/token" },
    },
    {
      name: "auth methods absent → basic",
      input: { doc: doc({ token_endpoint_auth_methods_supported: undefined }) },
      want: METADATA,
    },
    {
      name: "only post → post",
      input: { doc: doc({ token_endpoint_auth_methods_supported: ["client_secret_post"] }) },
      want: { ...METADATA, tokenAuthMethod: "client_secret_post" },
    },
    {
      name: "post among others",
      input: {
        doc: doc({
          token_endpoint_auth_methods_supported: ["private_key_jwt", 7, "client_secret_post"],
        }),
      },
      want: { ...METADATA, tokenAuthMethod: "client_secret_post" },
    },
    {
      name: "algorithms absent → RS256",
      input: { doc: doc({ id_token_signing_alg_values_supported: undefined }) },
      want: METADATA,
    },
    {
      name: "none dropped",
      input: { doc: doc({ id_token_signing_alg_values_supported: ["none", "RS256"] }) },
      want: METADATA,
    },
    {
      name: "HS256 kept",
      input: { doc: doc({ id_token_signing_alg_values_supported: ["HS256", "ES256"] }) },
      want: { ...METADATA, idTokenAlgorithms: ["HS256", "ES256"] },
    },
    {
      name: "unknown and non-string algorithms dropped",
      input: {
        doc: doc({ id_token_signing_alg_values_supported: ["RS1", "rs256", 256, null, "EdDSA"] }),
      },
      want: { ...METADATA, idTokenAlgorithms: ["EdDSA"] },
    },
    {
      name: "non-string scopes dropped",
      input: { doc: doc({ scopes_supported: ["openid", 1, { groups: true }] }) },
      want: { ...METADATA, scopesSupported: ["openid"] },
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(parseMetadata(input.doc, input.expected ?? ISSUER)).toEqual(want);
  });
});

describe("parseMetadata refuses", () => {
  const noValid = (key: string): string => `discovery document has no valid "${key}"`;
  const notUrl = (key: string): string => `discovery "${key}" is not an http(s) URL`;
  const NO_ALG = "provider advertises no ID token algorithm we can verify";

  const rows: readonly {
    name: string;
    input: { doc: Record<string, unknown>; expected?: string };
    want: string;
  }[] = [
    {
      name: "another issuer",
      input: { doc: doc({ issuer: "https://evil.example.com/application/o/app/" }) },
      want: `discovery document names issuer "https://evil.example.com/application/o/app/", not the configured "${ISSUER}"`,
    },
    {
      name: "issuer with a different path",
      input: { doc: doc({ issuer: "https://auth.example.com/application/o/other/" }) },
      want: `discovery document names issuer "https://auth.example.com/application/o/other/", not the configured "${ISSUER}"`,
    },
    {
      name: "issuer differs in case",
      input: { doc: doc({ issuer: ISSUER.toUpperCase() }) },
      want: `discovery document names issuer "${ISSUER.toUpperCase()}", not the configured "${ISSUER}"`,
    },
    {
      name: "issuer as a prefix",
      input: { doc: doc({ issuer: "https://auth.example.com/" }) },
      want: `discovery document names issuer "https://auth.example.com/", not the configured "${ISSUER}"`,
    },
    { name: "issuer missing", input: { doc: doc({ issuer: undefined }) }, want: noValid("issuer") },
    { name: "issuer empty", input: { doc: doc({ issuer: "" }) }, want: noValid("issuer") },
    {
      name: "issuer not a string",
      input: { doc: doc({ issuer: [ISSUER] }) },
      want: noValid("issuer"),
    },
    {
      name: "authorization endpoint missing",
      input: { doc: doc({ authorization_endpoint: undefined }) },
      want: noValid("authorization_endpoint"),
    },
    {
      name: "token endpoint missing",
      input: { doc: doc({ token_endpoint: undefined }) },
      want: noValid("token_endpoint"),
    },
    {
      name: "jwks_uri missing",
      input: { doc: doc({ jwks_uri: undefined }) },
      want: noValid("jwks_uri"),
    },
    { name: "jwks_uri null", input: { doc: doc({ jwks_uri: null }) }, want: noValid("jwks_uri") },
    { name: "jwks_uri number", input: { doc: doc({ jwks_uri: 1 }) }, want: noValid("jwks_uri") },
    {
      name: "javascript authorization endpoint",
      input: { doc: doc({ authorization_endpoint: "javascript:alert(1)" }) },
      want: notUrl("authorization_endpoint"),
    },
    {
      name: "relative token endpoint",
      input: { doc: doc({ token_endpoint: "/token" }) },
      want: notUrl("token_endpoint"),
    },
    {
      name: "ftp jwks_uri",
      input: { doc: doc({ jwks_uri: "ftp://auth.example.com/jwks" }) },
      want: notUrl("jwks_uri"),
    },
    {
      name: "data end-session endpoint",
      input: { doc: doc({ end_session_endpoint: "data:text/html,hi" }) },
      want: notUrl("end_session_endpoint"),
    },
    {
      name: "scheme-relative userinfo endpoint",
      input: { doc: doc({ userinfo_endpoint: "//auth.example.com/userinfo" }) },
      want: notUrl("userinfo_endpoint"),
    },
    {
      name: "endpoint with no host",
      input: { doc: doc({ end_session_endpoint: "https://" }) },
      want: notUrl("end_session_endpoint"),
    },
    {
      name: "endpoint with a space in the host",
      input: { doc: doc({ authorization_endpoint: "https://auth example.com/authorize" }) },
      want: notUrl("authorization_endpoint"),
    },
    {
      name: "endpoint with a bad port",
      input: { doc: doc({ jwks_uri: "https://auth.example.com:99999/jwks" }) },
      want: notUrl("jwks_uri"),
    },
    {
      name: "only private_key_jwt",
      input: { doc: doc({ token_endpoint_auth_methods_supported: ["private_key_jwt"] }) },
      want: "provider supports neither client_secret_basic nor client_secret_post (it lists private_key_jwt)",
    },
    {
      name: "no auth methods",
      input: { doc: doc({ token_endpoint_auth_methods_supported: [] }) },
      want: "provider supports neither client_secret_basic nor client_secret_post (it lists )",
    },
    {
      name: "only none",
      input: { doc: doc({ id_token_signing_alg_values_supported: ["none"] }) },
      want: NO_ALG,
    },
    {
      name: "empty algorithm list",
      input: { doc: doc({ id_token_signing_alg_values_supported: [] }) },
      want: NO_ALG,
    },
    {
      name: "only unknown algorithms",
      input: { doc: doc({ id_token_signing_alg_values_supported: ["RS1", "none", "rs256"] }) },
      want: NO_ALG,
    },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    let caught: unknown;
    try {
      parseMetadata(input.doc, input.expected ?? ISSUER);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OidcError);
    expect(caught).toMatchObject({ code: "discovery_invalid", message: want });
  });
});

describe("sameIssuer", () => {
  const rows: readonly { name: string; input: [string, string]; want: boolean }[] = [
    { name: "identical", input: [ISSUER, ISSUER], want: true },
    { name: "one trailing slash", input: ["https://a/x/", "https://a/x"], want: true },
    { name: "several trailing slashes", input: ["https://a/x//", "https://a/x"], want: true },
    { name: "different host", input: ["https://a/x", "https://b/x"], want: false },
    { name: "different scheme", input: ["http://a/x", "https://a/x"], want: false },
    { name: "case differs", input: ["https://A/x", "https://a/x"], want: false },
    { name: "extra path", input: ["https://a/x/y", "https://a/x"], want: false },
  ];

  it.each(rows)("$name", ({ input, want }) => {
    expect(sameIssuer(...input)).toBe(want);
  });
});
