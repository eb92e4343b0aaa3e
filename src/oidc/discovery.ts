import { BEARER_ALGORITHMS } from "./bearer.ts";
import { fetchWithTimeout, OidcError, readJsonObject, type FetchLike } from "./errors.ts";

/** The parts of the discovery document (OpenID Connect Discovery 1.0, section 3) we use. */
export interface ProviderMetadata {
  readonly issuer: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly userinfoEndpoint: string | undefined;
  readonly jwksUri: string;
  readonly endSessionEndpoint: string | undefined;
  readonly scopesSupported: readonly string[] | undefined;
  readonly tokenAuthMethod: "client_secret_basic" | "client_secret_post";
  readonly idTokenAlgorithms: readonly string[];
}

/** Algorithms jose verifies; "none" is never among them. The asymmetric ones are also the only
 * ones a bearer token may use (bearer.ts). */
const ASYMMETRIC = BEARER_ALGORITHMS;
const SYMMETRIC = ["HS256", "HS384", "HS512"];

/** Issuer identifiers compare exactly (section 4.3), except a trailing slash users often drop. */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, "") === b.replace(/\/+$/, "");
}

export async function discover(
  issuer: URL,
  fetchImpl: FetchLike,
  timeoutMs: number,
): Promise<ProviderMetadata> {
  // Section 4: the issuer with any trailing slash removed, then /.well-known/openid-configuration.
  const url = `${issuer.href.replace(/\/+$/, "")}/.well-known/openid-configuration`;
  const response = await fetchWithTimeout(
    fetchImpl,
    url,
    { headers: { accept: "application/json" } },
    timeoutMs,
  );
  if (response.status !== 200) {
    await response.body?.cancel();
    // The whole URL: a wrong issuer path (realm, slug) shows in it at once.
    throw new OidcError("provider_unavailable", `${url} answered HTTP ${response.status}`);
  }
  const doc = await readJsonObject(response, "discovery_invalid", "discovery document");
  return parseMetadata(doc, issuer.href);
}

export function parseMetadata(
  doc: Record<string, unknown>,
  expectedIssuer: string,
): ProviderMetadata {
  const str = (key: string, required: boolean): string | undefined => {
    const v = doc[key];
    // Some providers write null or "" for an endpoint they do not offer.
    if ((v === undefined || v === null || v === "") && !required) return undefined;
    if (typeof v !== "string" || v === "") {
      throw new OidcError("discovery_invalid", `discovery document has no valid "${key}"`);
    }
    // The endpoints are later handed to `new URL`: one that passes a prefix test but does not
    // parse ("https://", "https://a b/") would throw far from here, so parse it now.
    if (key !== "issuer" && !/^https?:$/.test(URL.parse(v)?.protocol ?? "")) {
      throw new OidcError("discovery_invalid", `discovery "${key}" is not an http(s) URL`);
    }
    return v;
  };
  const list = (key: string): string[] | undefined => {
    const v = doc[key];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
  };

  const issuer = str("issuer", true) ?? "";
  if (!sameIssuer(issuer, expectedIssuer)) {
    throw new OidcError(
      "discovery_invalid",
      `discovery document names issuer "${issuer}", not the configured "${expectedIssuer}"`,
    );
  }
  // Section 3: when absent, the default is client_secret_basic.
  const methods = list("token_endpoint_auth_methods_supported") ?? ["client_secret_basic"];
  let tokenAuthMethod: ProviderMetadata["tokenAuthMethod"];
  if (methods.includes("client_secret_basic")) tokenAuthMethod = "client_secret_basic";
  else if (methods.includes("client_secret_post")) tokenAuthMethod = "client_secret_post";
  else {
    throw new OidcError(
      "discovery_invalid",
      `provider supports neither client_secret_basic nor client_secret_post (it lists ${methods.join(", ")})`,
    );
  }
  // Section 3: id_token_signing_alg_values_supported is REQUIRED and RS256 MUST be in it.
  const advertised = list("id_token_signing_alg_values_supported") ?? ["RS256"];
  const idTokenAlgorithms = advertised.filter(
    (a) => ASYMMETRIC.includes(a) || SYMMETRIC.includes(a),
  );
  if (idTokenAlgorithms.length === 0) {
    throw new OidcError(
      "discovery_invalid",
      "provider advertises no ID token algorithm we can verify",
    );
  }
  return {
    issuer,
    authorizationEndpoint: str("authorization_endpoint", true) ?? "",
    tokenEndpoint: str("token_endpoint", true) ?? "",
    userinfoEndpoint: str("userinfo_endpoint", false),
    jwksUri: str("jwks_uri", true) ?? "",
    endSessionEndpoint: str("end_session_endpoint", false),
    scopesSupported: list("scopes_supported"),
    tokenAuthMethod,
    idTokenAlgorithms,
  };
}

export function isSymmetric(alg: string): boolean {
  return SYMMETRIC.includes(alg);
}
