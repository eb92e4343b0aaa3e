import { createPrivateKey, createPublicKey, KeyObject, type JsonWebKey } from "node:crypto";
import { calculateJwkThumbprint, generateKeyPair, type JWK } from "jose";

/** Stable codes callers branch on; every message names the setting and the fix. */
export type IdentityKeyErrorCode =
  | "key_file_unreadable"
  | "key_file_invalid"
  | "key_store_invalid"
  | "key_store_unwritable"
  | "rotation_unsupported";

/** A start-up problem with the identity-JWT signing keys: the service must not start. */
export class IdentityKeyError extends Error {
  readonly code: IdentityKeyErrorCode;
  constructor(code: IdentityKeyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IdentityKeyError";
    this.code = code;
  }
}

export const KEY_FILE_SETTING = "FORWARD_AUTH_IDENTITY_JWT_KEY_FILE";

/** JWS algorithms an identity JWT may be signed with, one per supported key type. */
export type SigningAlgorithm = "ES256" | "ES384" | "EdDSA" | "RS256";
export const SIGNING_ALGORITHMS: readonly SigningAlgorithm[] = ["ES256", "ES384", "EdDSA", "RS256"];

/** The key that signs new identity JWTs. */
export interface SigningKey {
  /** RFC 7638 thumbprint (SHA-256) of the public key: the same key always has the same kid. */
  readonly kid: string;
  readonly alg: SigningAlgorithm;
  readonly privateKey: KeyObject;
  /** The public half as published: key members plus kid, alg and use "sig". */
  readonly publicJwk: Readonly<JWK>;
  /** Seconds since the epoch. */
  readonly createdAt: number;
}

/** A former signing key, still published while tokens it signed may be alive. */
export interface RetiredKey {
  readonly kid: string;
  readonly alg: SigningAlgorithm;
  readonly publicJwk: Readonly<JWK>;
  readonly createdAt: number;
  /** When it stopped signing (seconds since the epoch). */
  readonly retiredAt: number;
}

const OPENSSL_HINT =
  "create one with: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out identity-key.pem";

/** The algorithm for a private key, or why it cannot sign identity JWTs. */
export function algorithmFor(
  key: KeyObject,
): { ok: true; alg: SigningAlgorithm } | { ok: false; reason: string } {
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case "ec":
      if (details.namedCurve === "prime256v1") return { ok: true, alg: "ES256" };
      if (details.namedCurve === "secp384r1") return { ok: true, alg: "ES384" };
      return { ok: false, reason: `an EC key on curve ${details.namedCurve ?? "unknown"}` };
    case "ed25519":
      return { ok: true, alg: "EdDSA" };
    case "rsa":
      // RFC 7518 section 3.3: RS* keys MUST be 2048 bits or larger.
      if ((details.modulusLength ?? 0) >= 2048) return { ok: true, alg: "RS256" };
      return { ok: false, reason: `a ${details.modulusLength ?? 0}-bit RSA key` };
    default:
      return { ok: false, reason: `a key of type ${key.asymmetricKeyType ?? "unknown"}` };
  }
}

/** The public key members only (kty, crv, x, y, n, e), never a private or extra member. */
export function publicJwkOf(key: KeyObject): JWK {
  const publicKey = key.type === "public" ? key : createPublicKey(key);
  const { kty, crv, x, y, n, e } = publicKey.export({ format: "jwk" });
  return Object.fromEntries(
    Object.entries({ kty, crv, x, y, n, e }).filter(([, v]) => v !== undefined),
  );
}

export async function signingKeyFrom(
  privateKey: KeyObject,
  alg: SigningAlgorithm,
  createdAt: number,
): Promise<SigningKey> {
  const members = publicJwkOf(privateKey);
  const kid = await calculateJwkThumbprint(members, "sha256");
  return {
    kid,
    alg,
    privateKey,
    publicJwk: Object.freeze({ ...members, kid, alg, use: "sig" }),
    createdAt,
  };
}

/** A fresh ES256 key: P-256 is short, fast, and verified by every JOSE library. */
export async function generateSigningKey(now: number): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  return signingKeyFrom(KeyObject.from(privateKey), "ES256", now);
}

/**
 * An operator-given private key: PEM (PKCS#8, SEC1 "EC PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY")
 * or a private JWK. EC P-256 signs ES256, P-384 ES384, Ed25519 EdDSA, RSA (2048 bits or more)
 * RS256.
 */
export async function signingKeyFromFile(
  text: string,
  path: string,
  now: number,
): Promise<SigningKey> {
  const invalid = (what: string, cause?: unknown) =>
    new IdentityKeyError("key_file_invalid", `${KEY_FILE_SETTING}: "${path}" ${what}`, { cause });
  const trimmed = text.trim();
  if (/-----BEGIN (?:RSA |EC )?PUBLIC KEY-----/.test(trimmed)) {
    throw invalid("holds a public key; the service needs the private key");
  }
  if (
    trimmed.includes("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
    /Proc-Type:.*ENCRYPTED/.test(trimmed)
  ) {
    throw invalid("is encrypted; store the key unencrypted, readable only by the service's user");
  }
  let key: KeyObject;
  let declaredAlg: unknown;
  try {
    if (trimmed.startsWith("{")) {
      const jwk = JSON.parse(trimmed) as JsonWebKey & { alg?: unknown };
      declaredAlg = jwk.alg;
      key = createPrivateKey({ key: jwk, format: "jwk" });
    } else {
      key = createPrivateKey(trimmed);
    }
  } catch (error) {
    throw invalid(
      `holds no private key (PEM in PKCS#8, SEC1 or PKCS#1 form, or a private JWK); ${OPENSSL_HINT}`,
      error,
    );
  }
  const found = algorithmFor(key);
  if (!found.ok) {
    throw invalid(
      `holds ${found.reason}; use EC P-256 (ES256), P-384, Ed25519, or RSA of 2048 bits or more`,
    );
  }
  if (declaredAlg !== undefined && declaredAlg !== found.alg) {
    throw invalid(
      `names "alg" ${JSON.stringify(declaredAlg)}, but its key signs ${found.alg}; remove "alg" or set it to "${found.alg}"`,
    );
  }
  return signingKeyFrom(key, found.alg, now);
}
