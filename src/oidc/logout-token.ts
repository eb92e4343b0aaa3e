import { errors as joseErrors, type JWTVerifyGetKey, type JWTVerifyOptions } from "jose";
import { BEARER_ALGORITHMS, verifyWithProviderKeys } from "./bearer.ts";
import { MAX_CLAIM_LENGTH } from "./claims.ts";

/** OpenID Connect Back-Channel Logout 1.0 section 2.4: the member `events` must hold. */
export const BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

/**
 * How far "iat" may be from now, either way. Section 2.6 leaves the bound to the RP ("reject
 * Logout Tokens that are too old"); providers send at once (oidc-provider's tokens live 120 s,
 * section 4 suggests at most two minutes), so five minutes is clock skew with room to spare.
 * The replay cache keeps each jti this long after its iat, after which the token is too old.
 */
export const LOGOUT_TOKEN_MAX_AGE_SECONDS = 300;

/** Allowed skew on "exp", as for ID tokens and access tokens. */
const EXP_TOLERANCE_SECONDS = 60;

/** A logout token is a few hundred bytes; the request body is bounded at this too. */
export const MAX_LOGOUT_TOKEN_LENGTH = 16_384;

/** JWS compact serialization: three base64url segments (RFC 7515 section 7.1). */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Section 2.4 recommends typ "logout+jwt"; accepted as media type too (RFC 7515 section 4.1.9
 * lets "application/" be left out). "JWT" is the generic type Keycloak before 25 and Authentik
 * before 2025.12 send (keycloak#28939): no statement about what the token is, like no typ at
 * all, as Nimbus's LogoutTokenValidator treats it. Any other type is another kind of token.
 */
const ACCEPTED_TYPES = new Set(["logout+jwt", "application/logout+jwt", "jwt"]);

/** Which check a token failed: a closed set, for the log and the tests. */
export type LogoutTokenCheck =
  | "malformed"
  | "signature"
  | "typ"
  | "iss"
  | "aud"
  | "exp"
  | "iat"
  | "jti"
  | "events"
  | "subject"
  | "nonce"
  | "replayed";

/**
 * A logout token we refuse. `description` is a short fixed phrase naming the failed check, safe
 * to send back as error_description (it never echoes the token); `cause` keeps jose's error.
 */
export class LogoutTokenError extends Error {
  readonly check: LogoutTokenCheck;
  readonly description: string;
  constructor(check: LogoutTokenCheck, description: string, options?: { cause?: unknown }) {
    super(`logout token rejected: ${description}`, options);
    this.name = "LogoutTokenError";
    this.check = check;
    this.description = description;
  }
}

/** What a verified logout token names (section 2.4): a sid, a sub, or both. */
export type LogoutClaims = { readonly iat: number; readonly jti: string } & (
  | { readonly sid: string; readonly sub: string | undefined }
  | { readonly sid: undefined; readonly sub: string }
);

export interface LogoutTokenExpectations {
  /** Compared exactly with "iss". */
  readonly issuer: string;
  /** "aud" must name it. */
  readonly clientId: string;
  /** Seconds since the epoch. */
  readonly now: number;
}

/**
 * Verifies a logout token as section 2.6 lists the steps: the signature with the provider's keys
 * (asymmetric algorithms only: "none" is no signature, and an HMAC would need the client secret,
 * which a refused algorithm never gets to try), "iss", "aud", "iat" within
 * LOGOUT_TOKEN_MAX_AGE_SECONDS of now, "exp" when present, a "jti", the back-channel logout event,
 * a "sid" or "sub", and no "nonce" (which keeps an ID token from passing for a logout token,
 * section 4.1). Whether the jti was seen before is the caller's (it holds the replay cache).
 * Throws LogoutTokenError for the token's faults, OidcError "provider_unavailable" when the
 * provider's key set cannot be fetched.
 */
export async function verifyLogoutToken(
  token: string,
  expected: LogoutTokenExpectations,
  keys: JWTVerifyGetKey,
): Promise<LogoutClaims> {
  if (token.length > MAX_LOGOUT_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
    // RFC 7516 section 7.1: five segments is a JWE; no encryption key is registered for it.
    const encrypted = token.split(".").length === 5;
    throw new LogoutTokenError(
      "malformed",
      encrypted ? "encrypted logout tokens are not supported" : "logout_token is not a JWT",
    );
  }
  const { now } = expected;
  const options: JWTVerifyOptions = {
    issuer: expected.issuer,
    audience: expected.clientId,
    algorithms: [...BEARER_ALGORITHMS],
    currentDate: new Date(now * 1000),
    clockTolerance: EXP_TOLERANCE_SECONDS,
  };
  // As for bearer tokens: a key set that cannot be fetched is the provider's problem (503, and
  // the provider retries), not a fault of the token.
  const { payload, typ } = await verifyWithProviderKeys(token, keys, options, refusalFor);
  if (typ !== undefined && (typeof typ !== "string" || !ACCEPTED_TYPES.has(typ.toLowerCase()))) {
    throw new LogoutTokenError("typ", "token type not accepted");
  }
  const { iat, jti, sid, sub } = payload;
  if (typeof iat !== "number" || !Number.isSafeInteger(iat)) {
    throw new LogoutTokenError("iat", "missing or invalid iat claim");
  }
  if (iat < now - LOGOUT_TOKEN_MAX_AGE_SECONDS) {
    throw new LogoutTokenError("iat", "token issued too long ago");
  }
  if (iat > now + LOGOUT_TOKEN_MAX_AGE_SECONDS) {
    throw new LogoutTokenError("iat", "token issued in the future");
  }
  if (typeof jti !== "string" || jti === "" || jti.length > MAX_CLAIM_LENGTH) {
    throw new LogoutTokenError("jti", "missing or invalid jti claim");
  }
  const events = payload["events"];
  const event: unknown =
    typeof events === "object" && events !== null && !Array.isArray(events)
      ? (events as Record<string, unknown>)[BACKCHANNEL_LOGOUT_EVENT]
      : undefined;
  if (typeof event !== "object" || event === null || Array.isArray(event)) {
    throw new LogoutTokenError("events", "events claim lacks the back-channel logout event");
  }
  const named = (value: unknown): value is string =>
    typeof value === "string" && value !== "" && value.length <= MAX_CLAIM_LENGTH;
  if (sid === undefined && sub === undefined) {
    throw new LogoutTokenError("subject", "token has neither sid nor sub");
  }
  // The same bounds as at login (client.ts keeps no longer sid): a value no session can hold.
  if ((sid !== undefined && !named(sid)) || (sub !== undefined && !named(sub))) {
    throw new LogoutTokenError("subject", "invalid sid or sub claim");
  }
  if ("nonce" in payload) throw new LogoutTokenError("nonce", "nonce claim not allowed");
  // One of them is present (checked above), and each present one is named.
  return sid !== undefined
    ? { sid, sub, iat, jti }
    : { sid: undefined, sub: sub as string, iat, jti };
}

/** jose's error as the check it failed; the original stays the cause, for the log. */
function refusalFor(error: unknown): LogoutTokenError {
  const refuse = (check: LogoutTokenCheck, description: string) =>
    new LogoutTokenError(check, description, { cause: error });
  if (error instanceof joseErrors.JWTExpired) return refuse("exp", "token expired");
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return refuse("iss", "issuer not accepted");
    if (error.claim === "aud") return refuse("aud", "audience not accepted");
    if (error.claim === "exp") return refuse("exp", "invalid exp claim");
    if (error.claim === "iat") return refuse("iat", "missing or invalid iat claim");
    return refuse("malformed", "claims not accepted");
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) {
    return refuse("signature", "algorithm not accepted");
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return refuse("signature", "signature invalid");
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return refuse("signature", "signing key unknown");
  }
  return refuse("malformed", "logout_token is not a JWT");
}
