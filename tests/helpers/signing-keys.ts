import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTVerifyGetKey } from "jose";

/** A key pair as a provider holds it: the private half signs, the public half is published. */
export interface SigningKey {
  readonly alg: string;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

export async function signingKey(alg: string, kid: string): Promise<SigningKey> {
  return { alg, kid, ...(await generateKeyPair(alg, { extractable: true })) };
}

/** The key set a provider would publish for these keys, as a jose key resolver. */
export async function publishedKeys(keys: readonly SigningKey[]): Promise<JWTVerifyGetKey> {
  return createLocalJWKSet({
    keys: await Promise.all(
      keys.map(async (k) => ({
        ...(await exportJWK(k.publicKey)),
        kid: k.kid,
        alg: k.alg,
        use: "sig",
      })),
    ),
  });
}
