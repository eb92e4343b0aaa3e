import {
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  type JWTVerifyResult,
} from "jose";
import type { Claims } from "./claims.ts";
import { OidcError } from "./errors.ts";

/**
 * Asymmetric JWS algorithms jose verifies. A bearer token is checked with the provider's public
 * keys only: an HMAC token would need a secret shared with every resource server (RFC 9068
 * section 4), and "none" is never a signature.
 */
export const BEARER_ALGORITHMS: readonly string[] = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
];

/** Allowed clock skew with the provider for "exp", "nbf" and "iat" (as for ID tokens). */
const CLOCK_TOLERANCE_SECONDS = 60;

/** Far beyond any real access token; a header this large is an attack or a mistake. */
const MAX_TOKEN_LENGTH = 16_384;

/** RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * RFC 9068 section 4 asks for typ "at+jwt", but Authentik, Keycloak and others sign access tokens
 * with typ "JWT" or none; what is refused is a token typed as something else (logout tokens,
 * DPoP proofs, security events), which the provider signs with the same keys.
 */
const ACCEPTED_TYPES = new Set(["jwt", "at+jwt", "application/at+jwt"]);

/** RFC 6750 section 3.1: the only error code a token itself earns. */
/**
 * The key set, watched: errors from it other than "no such key" mean the provider's JWKS could
 * not be had (timeout, HTTP error, bad JSON), and are kept so that they are not blamed on the
 * token (the provider's problem: 503, not 401 or 400).
 */
function watchKeySet(keys: JWTVerifyGetKey): {
  getKey: JWTVerifyGetKey;
  providerFailure: () => unknown;
} {
  let failure: unknown;
  const getKey: JWTVerifyGetKey = async (header, input) => {
    try {
      return await keys(header, input);
    } catch (error) {
      if (
        !(error instanceof joseErrors.JWKSNoMatchingKey) &&
        !(error instanceof joseErrors.JWKSMultipleMatchingKeys) &&
        !(error instanceof joseErrors.JOSENotSupported)
      ) {
        failure = error;
      }
      throw error;
    }
  };
  return { getKey, providerFailure: () => failure };
}

export type BearerErrorCode = "invalid_token";

/**
 * A token we refuse. `description` is a short fixed phrase, safe to send to the client in
 * `WWW-Authenticate` (it never echoes the token); `cause` holds jose's error for the log.
 */
export class BearerError extends Error {
  readonly code: BearerErrorCode = "invalid_token";
  readonly description: string;
  /** More than the client is told, for the log only (e.g. how many groups the token named). */
  readonly detail: string | undefined;
  constructor(description: string, options?: { cause?: unknown; detail?: string }) {
    super(`bearer token rejected: ${description}`, options);
    this.name = "BearerError";
    this.description = description;
    this.detail = options?.detail;
  }
}

export interface BearerExpectations {
  /** Compared exactly with "iss" (RFC 9068 section 4). */
  readonly issuer: string;
  /** "aud" must name at least one of these. */
  readonly audiences: readonly string[];
  /** Intersected with BEARER_ALGORITHMS: HMAC and "none" are dropped whatever is passed. */
  readonly algorithms: readonly string[];
  /** Seconds since the epoch. */
  readonly now: number;
}

/**
 * Verifies a JWT access token (RFC 9068 section 4) with the provider's keys: signature, issuer,
 * audience, "exp" (required), "nbf", "iat" not in the future and a non-empty "sub". Throws
 * BearerError for anything the token is to blame for, and OidcError "provider_unavailable" when
 * the provider's key set cannot be fetched (a 503, not the client's fault).
 */
export async function verifyBearerToken(
  token: string,
  expected: BearerExpectations,
  keys: JWTVerifyGetKey,
): Promise<Claims> {
  checkShape(token);
  const { now } = expected;
  const options: JWTVerifyOptions = {
    issuer: expected.issuer,
    audience: [...expected.audiences],
    algorithms: expected.algorithms.filter((alg) => BEARER_ALGORITHMS.includes(alg)),
    requiredClaims: ["exp"],
    currentDate: new Date(now * 1000),
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const { payload, typ } = await verifyWithProviderKeys(
    token,
    keys,
    options,
    (error) => new BearerError(descriptionFor(error), { cause: error }),
  );
  if (typ !== undefined && (typeof typ !== "string" || !ACCEPTED_TYPES.has(typ.toLowerCase()))) {
    throw new BearerError("token type not accepted");
  }
  // jose compares "iat" with the clock only when maxTokenAge is set (it then also requires it).
  if (payload.iat !== undefined && payload.iat > now + CLOCK_TOLERANCE_SECONDS) {
    throw new BearerError("token issued in the future");
  }
  if (typeof payload.sub !== "string" || payload.sub === "") {
    throw new BearerError("token has no subject");
  }
  // RFC 9449 section 7 and RFC 8705 section 3: a sender-constrained token is only good with its
  // proof of possession, which a plain Bearer header cannot carry; accepting it would undo that.
  if (payload.cnf !== undefined) {
    throw new BearerError("sender-constrained tokens are not supported");
  }
  return payload;
}

/** Refusals that need no cryptography: the RFC 6750 syntax and the JWS compact shape. */
function checkShape(token: string): void {
  if (token.length > MAX_TOKEN_LENGTH || !B64TOKEN.test(token)) {
    throw new BearerError("malformed token");
  }
  const segments = token.split(".").length;
  // Opaque tokens could only be checked by introspection (RFC 7662), which is not offered.
  if (segments === 1) throw new BearerError("opaque tokens are not supported");
  // RFC 7516 section 7.1: five segments is a JWE, whose content we cannot read.
  if (segments === 5) throw new BearerError("encrypted tokens are not supported");
  if (segments !== 3) throw new BearerError("not a JWT");
}

/**
 * jose's verification with the provider's key set (bearer and logout tokens): a key set that
 * cannot be had throws OidcError "provider_unavailable" (the provider's problem, a 503), any
 * other failure what `refuse` makes of jose's error (the token's fault).
 */
export async function verifyWithProviderKeys(
  token: string,
  keys: JWTVerifyGetKey,
  options: JWTVerifyOptions,
  refuse: (error: unknown) => Error,
): Promise<{ payload: JWTPayload; typ: unknown }> {
  const { getKey, providerFailure } = watchKeySet(keys);
  try {
    const { payload, protectedHeader } = await verifyWithCandidates(token, getKey, options);
    return { payload, typ: protectedHeader.typ };
  } catch (error) {
    const failure = providerFailure();
    if (failure !== undefined) {
      throw new OidcError("provider_unavailable", "identity provider keys could not be fetched", {
        cause: failure,
      });
    }
    throw refuse(error);
  }
}

/**
 * jose leaves several keys matching one header (no "kid", or a reused one) to the caller: each
 * candidate is tried, and only a signature failure moves on to the next (for bearer and logout
 * tokens alike, through verifyWithProviderKeys).
 */
async function verifyWithCandidates(
  token: string,
  getKey: JWTVerifyGetKey,
  options: JWTVerifyOptions,
): Promise<JWTVerifyResult> {
  try {
    return await jwtVerify(token, getKey, options);
  } catch (error) {
    if (!(error instanceof joseErrors.JWKSMultipleMatchingKeys)) throw error;
    for await (const key of error) {
      try {
        return await jwtVerify(token, key, options);
      } catch (inner) {
        if (!(inner instanceof joseErrors.JWSSignatureVerificationFailed)) throw inner;
      }
    }
    throw new joseErrors.JWSSignatureVerificationFailed();
  }
}

/** jose's error as a fixed phrase for the client; the original stays the cause, for the log. */
function descriptionFor(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "token expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    const { claim, reason } = error;
    if (claim === "exp" && reason === "missing") return "token has no expiry";
    if (claim === "iss") return "issuer not accepted";
    if (claim === "aud") return "audience not accepted";
    if (claim === "nbf" && reason === "check_failed") return "token not yet valid";
    if (["exp", "nbf", "iat"].includes(claim)) return `invalid ${claim} claim`;
    return "claims not accepted";
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "algorithm not accepted";
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "signature invalid";
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "signing key unknown";
  if (error instanceof joseErrors.JOSENotSupported) return "token format not supported";
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) {
    return "not a JWT";
  }
  return "token not accepted";
}

/**
 * The `WWW-Authenticate` value for a request without a usable token (RFC 6750 section 3). With no
 * error, only the realm: section 3.1 says a request that carried no token gets no error code.
 */
export function bearerChallenge(error: BearerError | undefined, realm: string): string {
  const params = [`realm=${quoted(realm)}`];
  if (error !== undefined) {
    params.push(`error=${quoted(error.code)}`);
    // Section 3: error_description is limited to %x20-21 / %x23-5B / %x5D-7E, so a quote or a
    // backslash cannot even be escaped there; replace whatever is outside the set.
    params.push(
      `error_description=${quoted(error.description.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "?"))}`,
    );
  }
  return `Bearer ${params.join(", ")}`;
}

/**
 * RFC 9110 section 5.6.4: a quoted-string, `"` and `\` escaped as quoted-pairs. Anything that is
 * not printable ASCII becomes "?": a header value cannot carry control characters, and the realm
 * (a host name) has no business holding anything else.
 */
function quoted(value: string): string {
  const safe = value.replace(/[^\x20-\x7e]/g, "?").replace(/["\\]/g, "\\$&");
  return `"${safe}"`;
}
