import { errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { isSymmetric, type ProviderMetadata } from "./discovery.ts";
import { fetchWithTimeout, OidcError, readJsonObject, type FetchLike } from "./errors.ts";
import type { Claims } from "./claims.ts";

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface TokenSet {
  readonly idToken: string;
  readonly accessToken: string | undefined;
}

/** RFC 6749 section 2.3.1: id and secret are form-urlencoded before the Basic encoding. */
function basicAuth({ clientId, clientSecret }: ClientCredentials): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, "+");
  return "Basic " + Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString("base64");
}

/**
 * Adds the client's credentials to a token request (OpenID Connect Core section 9): a Basic
 * header for client_secret_basic, form fields for client_secret_post.
 */
export function authenticateClient(
  method: ProviderMetadata["tokenAuthMethod"],
  client: ClientCredentials,
  headers: Record<string, string>,
  body: URLSearchParams,
): void {
  if (method === "client_secret_basic") {
    headers.authorization = basicAuth(client);
  } else {
    body.set("client_id", client.clientId);
    body.set("client_secret", client.clientSecret);
  }
}

/** Authorization code grant with PKCE (RFC 6749 section 4.1.3, RFC 7636 section 4.5). */
export async function exchangeCode(
  metadata: ProviderMetadata,
  client: ClientCredentials,
  params: { code: string; redirectUri: string; codeVerifier: string },
  fetchImpl: FetchLike,
  timeoutMs: number,
): Promise<TokenSet> {
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code: params.code,
    redirect_uri: params.redirectUri,
    code_verifier: params.codeVerifier,
  });
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  };
  authenticateClient(metadata.tokenAuthMethod, client, headers, body);
  const response = await fetchWithTimeout(
    fetchImpl,
    metadata.tokenEndpoint,
    { method: "POST", headers, body },
    timeoutMs,
  );
  if (response.status >= 500) {
    await response.body?.cancel();
    throw new OidcError("provider_unavailable", `token endpoint answered HTTP ${response.status}`);
  }
  const json = await readJsonObject(response, "token_response_invalid", "token response");
  if (response.status !== 200) {
    // RFC 6749 section 5.2: invalid_grant covers replayed, expired and foreign codes.
    const error = typeof json.error === "string" ? json.error.slice(0, 64) : "unknown";
    // invalid_client (or a 401) is the operator's problem, not the user's: a wrong client id or
    // secret, or an auth method the client is not registered for.
    if (error === "invalid_client" || response.status === 401) {
      throw new OidcError(
        "client_rejected",
        `token endpoint refused the client credentials: ${error}`,
      );
    }
    throw new OidcError("token_rejected", `token endpoint refused the code: ${error}`);
  }
  if (typeof json.id_token !== "string") {
    throw new OidcError("token_response_invalid", 'token response has no "id_token"');
  }
  return {
    idToken: json.id_token,
    accessToken: typeof json.access_token === "string" ? json.access_token : undefined,
  };
}

/** Allowed clock skew with the provider for "exp" and "iat". */
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * OpenID Connect Core section 3.1.3.7: signature with an advertised algorithm, issuer, audience,
 * azp when there are several audiences, exp and iat present (iat not in the future), and the
 * nonce we sent.
 */
export async function verifyIdToken(
  idToken: string,
  expected: {
    metadata: ProviderMetadata;
    clientId: string;
    clientSecret: string;
    nonce: string;
    now: number;
  },
  keys: JWTVerifyGetKey,
): Promise<Claims> {
  const { metadata, clientId, clientSecret, nonce, now } = expected;
  const secretKey = new TextEncoder().encode(clientSecret);
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(
      idToken,
      // Section 10.1: HMAC-signed ID tokens use the client secret as the key.
      (header, token) => (isSymmetric(header.alg) ? secretKey : keys(header, token)),
      {
        issuer: metadata.issuer,
        audience: clientId,
        algorithms: [...metadata.idTokenAlgorithms],
        requiredClaims: ["sub", "exp", "iat"],
        currentDate: new Date(now * 1000),
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      },
    ));
  } catch (error) {
    const detail =
      error instanceof joseErrors.JOSEError ? `${error.code}: ${error.message}` : "unverifiable";
    throw new OidcError("id_token_invalid", `ID token rejected (${detail})`, { cause: error });
  }
  // jose compares "iat" with the clock only when maxTokenAge is set; a token issued in the future
  // is refused here with the same tolerance as "exp" (section 3.1.3.7 step 10).
  if (typeof payload.iat !== "number" || payload.iat > now + CLOCK_TOLERANCE_SECONDS) {
    throw new OidcError("id_token_invalid", 'ID token "iat" is in the future');
  }
  if (payload.nonce !== nonce) {
    throw new OidcError("id_token_invalid", 'ID token "nonce" does not match this login');
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== clientId) {
    throw new OidcError("id_token_invalid", 'ID token "azp" is not this client');
  }
  if (typeof payload.sub !== "string" || payload.sub === "") {
    throw new OidcError("id_token_invalid", 'ID token "sub" is empty');
  }
  return payload;
}

/** Section 5.3: userinfo with the access token; its `sub` must be the ID token's. */
export async function fetchUserinfo(
  endpoint: string,
  accessToken: string,
  sub: string,
  fetchImpl: FetchLike,
  timeoutMs: number,
): Promise<Claims> {
  const response = await fetchWithTimeout(
    fetchImpl,
    endpoint,
    { headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" } },
    timeoutMs,
  );
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new OidcError("userinfo_failed", `userinfo answered HTTP ${response.status}`);
  }
  const claims = await readJsonObject(response, "userinfo_failed", "userinfo response");
  if (claims.sub !== sub) {
    throw new OidcError("userinfo_failed", 'userinfo "sub" differs from the ID token');
  }
  return claims;
}
