import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTVerifyOptions,
} from "jose";
import { describe, expect, it } from "vitest";
import type { Identity } from "../../src/auth/identity.ts";
import {
  loadOrCreateSigningKeys,
  publicJwks,
  type SigningKeys,
} from "../../src/identity-jwt/keys.ts";
import { createIdentityJwtSigner, signIdentityJwt } from "../../src/identity-jwt/sign.ts";

const NOW = 1_760_000_000;
const ISSUER = "https://auth.example.com/outpost.goauthentik.io";
const HOST = "music.example.com";

const ALICE: Identity = {
  sub: "u-alice",
  username: "alice",
  email: "alice@example.test",
  name: "Alice Liddell",
  groups: ["music", "admins"],
  entitlements: [],
};

const newKeys = () => loadOrCreateSigningKeys({ now: NOW });

/** The claims of ALICE's token for HOST signed at `signedAt`. */
const aliceClaims = (signedAt: number) => ({
  iss: ISSUER,
  aud: HOST,
  sub: "u-alice",
  preferred_username: "alice",
  email: "alice@example.test",
  name: "Alice Liddell",
  groups: ["music", "admins"],
  iat: signedAt,
  exp: signedAt + 60,
  jti: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
});

/** An app (or sidecar) verifying the header with nothing but the published key set. */
async function verifyAsApp(
  token: string,
  keys: SigningKeys,
  now: number,
  options: JWTVerifyOptions = {},
) {
  return jwtVerify(token, createLocalJWKSet(publicJwks(keys, now)), {
    issuer: ISSUER,
    audience: HOST,
    algorithms: ["ES256"],
    currentDate: new Date(now * 1000),
    ...options,
  });
}

describe("signIdentityJwt", () => {
  it("signs what an app verifies with the published key set: audience, identity, 60 s", async () => {
    const keys = await newKeys();
    const token = await signIdentityJwt(ALICE, HOST, { issuer: ISSUER, keys }, NOW);
    const { payload, protectedHeader } = await verifyAsApp(token, keys, NOW);
    expect(protectedHeader).toEqual({ alg: "ES256", kid: keys.current().kid, typ: "JWT" });
    expect(payload).toEqual(aliceClaims(NOW));
  });

  it("leaves out an empty email and name, and sends entitlements when there are some", async () => {
    const keys = await newKeys();
    const identity: Identity = {
      sub: "svc",
      username: "svc",
      email: "",
      name: "",
      groups: [],
      entitlements: ["read"],
    };
    const token = await signIdentityJwt(identity, HOST, { issuer: ISSUER, keys }, NOW);
    const { payload } = await verifyAsApp(token, keys, NOW);
    expect(payload).not.toHaveProperty("email");
    expect(payload).not.toHaveProperty("name");
    expect(payload).toMatchObject({ groups: [], entitlements: ["read"] });
  });

  const refused: readonly {
    name: string;
    now: number;
    options?: JWTVerifyOptions;
    want: string;
  }[] = [
    {
      name: "at another app (audience)",
      now: NOW,
      options: { audience: "photos.example.com" },
      want: 'unexpected "aud" claim value',
    },
    {
      name: "by an app pinning another issuer",
      now: NOW,
      options: { issuer: "https://idp.example.com" },
      want: 'unexpected "iss" claim value',
    },
    {
      name: "60 s after signing (no tolerance)",
      now: NOW + 60,
      want: '"exp" claim timestamp check failed',
    },
    {
      name: "beyond the verifier's 60 s tolerance",
      now: NOW + 121,
      options: { clockTolerance: 60 },
      want: '"exp" claim timestamp check failed',
    },
  ];
  it.each(refused)("is refused $name", async ({ now, options, want }) => {
    const keys = await newKeys();
    const token = await signIdentityJwt(ALICE, HOST, { issuer: ISSUER, keys }, NOW);
    await expect(verifyAsApp(token, keys, now, options)).rejects.toMatchObject({ message: want });
  });

  it("is refused by a key set that never held its key", async () => {
    const token = await signIdentityJwt(
      ALICE,
      HOST,
      { issuer: ISSUER, keys: await newKeys() },
      NOW,
    );
    await expect(verifyAsApp(token, await newKeys(), NOW)).rejects.toBeInstanceOf(
      joseErrors.JWKSNoMatchingKey,
    );
  });

  it("refuses an empty audience", async () => {
    await expect(
      signIdentityJwt(ALICE, "", { issuer: ISSUER, keys: await newKeys() }, NOW),
    ).rejects.toThrow(new TypeError("identity JWT audience must not be empty"));
  });
});

describe("publicJwks", () => {
  it("holds public members, kid, alg and use only", async () => {
    const keys = await newKeys();
    const { keys: published } = publicJwks(keys, NOW);
    expect(published).toHaveLength(1);
    expect(Object.keys(published[0] ?? {}).sort()).toEqual([
      "alg",
      "crv",
      "kid",
      "kty",
      "use",
      "x",
      "y",
    ]);
  });

  it("across a rotation: tokens of the old key verify until they expire, then the key is gone", async () => {
    const keys = await newKeys();
    const issuer = { issuer: ISSUER, keys };
    const before = await signIdentityJwt(ALICE, HOST, issuer, NOW + 30);
    const oldKid = keys.current().kid;
    await keys.rotate(NOW + 30);
    const after = await signIdentityJwt(ALICE, HOST, issuer, NOW + 30);
    expect(decodeProtectedHeader(after).kid).not.toBe(decodeProtectedHeader(before).kid);
    // Apps allowing 60 s of skew accept the old token until NOW + 90 + 60.
    for (const [token, kid] of [
      [before, oldKid],
      [after, keys.current().kid],
    ] as const) {
      const verified = await verifyAsApp(token, keys, NOW + 149, { clockTolerance: 60 });
      expect(verified.protectedHeader).toEqual({ alg: "ES256", kid, typ: "JWT" });
      expect(verified.payload).toEqual(aliceClaims(NOW + 30));
    }
    expect(publicJwks(keys, NOW + 149).keys).toHaveLength(2);
    expect(publicJwks(keys, NOW + 150).keys.map((k) => k.kid)).toEqual([keys.current().kid]);
    await expect(
      verifyAsApp(before, keys, NOW + 150, { clockTolerance: 60 }),
    ).rejects.toBeInstanceOf(joseErrors.JWKSNoMatchingKey);
  });
});

describe("createIdentityJwtSigner (the per-request cache)", () => {
  async function signer(maxEntries?: number) {
    const keys = await newKeys();
    const options = maxEntries === undefined ? {} : { maxEntries };
    return { keys, signer: createIdentityJwtSigner({ issuer: ISSUER, keys }, options) };
  }

  it("reuses a token while more than 30 s of it are left, then signs a new one", async () => {
    const { signer: s, keys } = await signer();
    const first = await s.sign(ALICE, HOST, NOW);
    expect(await s.sign(ALICE, HOST, NOW + 29)).toBe(first);
    const second = await s.sign(ALICE, HOST, NOW + 30);
    expect(second).not.toBe(first);
    const { payload } = await verifyAsApp(second, keys, NOW + 30);
    expect(payload).toMatchObject({ iat: NOW + 30, exp: NOW + 90 });
    expect(await s.sign(ALICE, HOST, NOW + 59)).toBe(second);
  });

  const differs: readonly { name: string; identity: Identity; audience: string }[] = [
    { name: "another app", identity: ALICE, audience: "photos.example.com" },
    { name: "changed groups", identity: { ...ALICE, groups: ["music"] }, audience: HOST },
    { name: "a changed name", identity: { ...ALICE, name: "Alice L." }, audience: HOST },
    { name: "another user", identity: { ...ALICE, sub: "u-bob", username: "bob" }, audience: HOST },
  ];
  it.each(differs)("never serves a cached token for $name", async ({ identity, audience }) => {
    const { signer: s, keys } = await signer();
    const first = await s.sign(ALICE, HOST, NOW);
    const other = await s.sign(identity, audience, NOW + 1);
    expect(other).not.toBe(first);
    const { payload } = await verifyAsApp(other, keys, NOW + 1, { audience });
    expect(payload).toMatchObject({ sub: identity.sub, groups: identity.groups, aud: audience });
  });

  it("signs with the new key at once after a rotation", async () => {
    const { signer: s, keys } = await signer();
    await s.sign(ALICE, HOST, NOW);
    await keys.rotate(NOW + 1);
    const token = await s.sign(ALICE, HOST, NOW + 2);
    expect(decodeProtectedHeader(token).kid).toBe(keys.current().kid);
  });

  it("drops the oldest entries beyond maxEntries", async () => {
    const { signer: s } = await signer(2);
    const users = ["a", "b", "c"].map((sub) => ({ ...ALICE, sub }));
    const [a, b, c] = users;
    if (a === undefined || b === undefined || c === undefined) throw new Error("three users");
    const tokenA = await s.sign(a, HOST, NOW);
    const tokenB = await s.sign(b, HOST, NOW);
    await s.sign(c, HOST, NOW);
    expect(await s.sign(b, HOST, NOW + 1)).toBe(tokenB);
    expect(await s.sign(a, HOST, NOW + 1)).not.toBe(tokenA);
  });
});
