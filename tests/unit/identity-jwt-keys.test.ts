import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { calculateJwkThumbprint, createLocalJWKSet, jwtVerify } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import {
  IdentityKeyError,
  loadOrCreateSigningKeys,
  publicJwks,
  publishedUntil,
  type KeyFs,
  type SigningKeys,
} from "../../src/identity-jwt/keys.ts";
import { signIdentityJwt } from "../../src/identity-jwt/sign.ts";

const NOW = 1_760_000_000;
const DIR = "/var/lib/forward-auth";
const STORE = `${DIR}/identity-keys.json`;
const ISSUER = "https://auth.example.com";
const ALICE = {
  sub: "u-alice",
  username: "alice",
  email: "alice@example.test",
  name: "Alice",
  groups: ["music"],
  entitlements: [],
};

interface MemoryFile {
  data: string;
  mode: number;
}

/** An in-memory KeyFs that records every call and can be told to fail one operation. */
function memoryFs(initial: Record<string, string> = {}) {
  const files = new Map<string, MemoryFile>(
    Object.entries(initial).map(([path, data]) => [path, { data, mode: 0o644 }]),
  );
  const calls: string[] = [];
  const failures = new Map<string, string>();
  const fail = (op: string) => {
    const code = failures.get(op);
    if (code !== undefined) throw Object.assign(new Error(`${op} failed`), { code });
  };
  const fs: KeyFs = {
    readFile(path) {
      calls.push(`readFile ${path}`);
      fail("readFile");
      return Promise.resolve(files.get(path)?.data);
    },
    writeNewFile(path, data, mode) {
      calls.push(
        `writeNewFile ${path.replace(/\.[0-9a-f]{12}\.tmp$/, ".TMP")} ${mode.toString(8)}`,
      );
      fail("writeNewFile");
      if (files.has(path)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      files.set(path, { data, mode });
      return Promise.resolve();
    },
    rename(from, to) {
      calls.push(`rename ${from.replace(/\.[0-9a-f]{12}\.tmp$/, ".TMP")} ${to}`);
      fail("rename");
      const file = files.get(from);
      if (file === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      files.delete(from);
      files.set(to, file);
      return Promise.resolve();
    },
    remove(path) {
      calls.push(`remove ${path.replace(/\.[0-9a-f]{12}\.tmp$/, ".TMP")}`);
      files.delete(path);
      return Promise.resolve();
    },
    mkdir(path, mode) {
      calls.push(`mkdir ${path} ${mode.toString(8)}`);
      fail("mkdir");
      return Promise.resolve();
    },
  };
  return { fs, files, calls, failures };
}

/** What an app does: verify with the published key set, for its own host. */
async function verifyAsApp(token: string, keys: SigningKeys, now: number, audience = "app") {
  const { payload, protectedHeader } = await jwtVerify(
    token,
    createLocalJWKSet(publicJwks(keys, now)),
    { issuer: ISSUER, audience, currentDate: new Date(now * 1000) },
  );
  return { payload, protectedHeader };
}

const sign = (keys: SigningKeys, now: number) =>
  signIdentityJwt(ALICE, "app", { issuer: ISSUER, keys }, now);

/** What verifyAsApp returns for a token `sign` made at `signedAt` with the key `kid`. */
const aliceFor = (kid: string, signedAt: number) => ({
  protectedHeader: { alg: "ES256", kid, typ: "JWT" },
  payload: {
    iss: ISSUER,
    aud: "app",
    sub: "u-alice",
    preferred_username: "alice",
    email: "alice@example.test",
    name: "Alice",
    groups: ["music"],
    iat: signedAt,
    exp: signedAt + 60,
    jti: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
  },
});

describe("generated keys in the data directory", () => {
  it("are created at first start: ES256, kid = RFC 7638 thumbprint, written atomically 0600", async () => {
    const { fs, files, calls } = memoryFs();
    const keys = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs });
    const current = keys.current();
    expect(keys.source).toBe("data-dir");
    expect(current).toMatchObject({ alg: "ES256", createdAt: NOW });
    expect(current.kid).toBe(await calculateJwkThumbprint(current.publicJwk, "sha256"));
    expect(current.publicJwk).toEqual({
      kty: "EC",
      crv: "P-256",
      x: expect.any(String) as string,
      y: expect.any(String) as string,
      kid: current.kid,
      alg: "ES256",
      use: "sig",
    });
    expect(calls).toEqual([
      `readFile ${STORE}`,
      `mkdir ${DIR} 700`,
      `writeNewFile ${STORE}.TMP 600`,
      `rename ${STORE}.TMP ${STORE}`,
    ]);
    expect([...files.keys()]).toEqual([STORE]);
    expect(files.get(STORE)?.mode).toBe(0o600);
    const stored = JSON.parse(files.get(STORE)?.data ?? "") as Record<string, unknown>;
    expect(stored).toMatchObject({
      version: 1,
      current: { kid: current.kid, alg: "ES256", createdAt: NOW },
      retired: [],
    });
  });

  it("reload identically: same kid, key and creation time; tokens verify across restarts", async () => {
    const { fs } = memoryFs();
    const first = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs });
    const again = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW + 3600, fs });
    expect(again.current().kid).toBe(first.current().kid);
    expect(again.current().publicJwk).toEqual(first.current().publicJwk);
    expect(again.current().createdAt).toBe(NOW);
    expect(publicJwks(again, NOW)).toEqual(publicJwks(first, NOW));
    // A token signed before the restart verifies with the key set after it, and the reverse.
    const kid = first.current().kid;
    await expect(verifyAsApp(await sign(first, NOW), again, NOW)).resolves.toEqual(
      aliceFor(kid, NOW),
    );
    await expect(verifyAsApp(await sign(again, NOW), first, NOW)).resolves.toEqual(
      aliceFor(kid, NOW),
    );
  });

  it("rotate keeps the old public key until its tokens have expired, then drops it", async () => {
    const { fs, files } = memoryFs();
    const keys = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs });
    const old = keys.current();
    const oldToken = await sign(keys, NOW + 100);
    await keys.rotate(NOW + 100);
    const fresh = keys.current();
    expect(fresh.kid).not.toBe(old.kid);
    expect(fresh.createdAt).toBe(NOW + 100);
    expect(keys.retired()).toEqual([
      {
        kid: old.kid,
        alg: "ES256",
        publicJwk: old.publicJwk,
        createdAt: NOW,
        retiredAt: NOW + 100,
      },
    ]);
    const [retired] = keys.retired();
    // Token lifetime 60 s + verifier clock skew 60 s.
    expect(retired && publishedUntil(retired)).toBe(NOW + 220);

    const kids = (now: number) => publicJwks(keys, now).keys.map((k) => k.kid);
    expect(kids(NOW + 100)).toEqual([fresh.kid, old.kid]);
    expect(kids(NOW + 219)).toEqual([fresh.kid, old.kid]);
    expect(kids(NOW + 220)).toEqual([fresh.kid]);
    // The last token of the old key, signed at rotation time, verifies while it is published.
    const lastOld = await sign({ ...keys, current: () => old }, NOW + 100);
    await expect(verifyAsApp(oldToken, keys, NOW + 150)).resolves.toEqual(
      aliceFor(old.kid, NOW + 100),
    );
    await expect(verifyAsApp(lastOld, keys, NOW + 159)).resolves.toEqual(
      aliceFor(old.kid, NOW + 100),
    );
    await expect(verifyAsApp(await sign(keys, NOW + 100), keys, NOW + 100)).resolves.toMatchObject({
      protectedHeader: { kid: fresh.kid },
    });

    // Persisted: a restart still publishes the retired key.
    const reloaded = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW + 150, fs });
    expect(publicJwks(reloaded, NOW + 150)).toEqual(publicJwks(keys, NOW + 150));
    expect(reloaded.retired()).toEqual(keys.retired());

    // The next rotation after the window drops the expired key from the store too.
    await keys.rotate(NOW + 1000);
    expect(keys.retired().map((k) => k.kid)).toEqual([fresh.kid]);
    const stored = JSON.parse(files.get(STORE)?.data ?? "") as { retired: { kid: string }[] };
    expect(stored.retired.map((k) => k.kid)).toEqual([fresh.kid]);
    expect(files.get(STORE)?.mode).toBe(0o600);
  });

  it("a failed write changes nothing: old store, old key, no temporary file", async () => {
    const { fs, files, calls, failures } = memoryFs();
    const keys = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs });
    const before = files.get(STORE)?.data;
    const kid = keys.current().kid;
    failures.set("rename", "EACCES");
    calls.length = 0;
    const error = await keys.rotate(NOW + 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityKeyError);
    expect(error).toMatchObject({
      code: "key_store_unwritable",
      message: `FORWARD_AUTH_DATA_DIR: cannot write "${STORE}" (EACCES); make "${DIR}" writable by the service's user`,
    });
    expect(keys.current().kid).toBe(kid);
    expect(keys.retired()).toEqual([]);
    expect(files.get(STORE)?.data).toBe(before);
    expect([...files.keys()]).toEqual([STORE]);
    expect(calls.at(-1)).toBe(`remove ${STORE}.TMP`);
    // The next attempt may succeed.
    failures.clear();
    await keys.rotate(NOW + 20);
    expect(keys.current().kid).not.toBe(kid);
  });

  it("concurrent rotations run one after the other, each retiring a different key", async () => {
    const { fs } = memoryFs();
    const keys = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs });
    const first = keys.current().kid;
    await Promise.all([keys.rotate(NOW + 1), keys.rotate(NOW + 2)]);
    const retired = keys.retired();
    expect(retired).toHaveLength(2);
    expect(retired[1]?.kid).toBe(first);
    expect(new Set([keys.current().kid, ...retired.map((k) => k.kid)]).size).toBe(3);
  });

  it("an unwritable data directory stops the start with the setting named", async () => {
    const { fs, failures } = memoryFs();
    failures.set("mkdir", "EROFS");
    const error = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      name: "IdentityKeyError",
      code: "key_store_unwritable",
      message: `FORWARD_AUTH_DATA_DIR: cannot write "${STORE}" (EROFS); make "${DIR}" writable by the service's user`,
    });
  });
});

describe("a damaged key store is refused, never replaced", () => {
  async function validStore(): Promise<Record<string, unknown>> {
    const { fs, files } = memoryFs();
    const keys = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs });
    await keys.rotate(NOW + 10);
    return JSON.parse(files.get(STORE)?.data ?? "") as Record<string, unknown>;
  }
  const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({
    format: "jwk",
  });
  const rows: readonly {
    name: string;
    edit: (store: Record<string, unknown>) => unknown;
    want: string;
  }[] = [
    { name: "not JSON", edit: () => "{", want: "not JSON" },
    { name: "a list", edit: () => [], want: "the file is not an object" },
    { name: "another version", edit: (s) => ({ ...s, version: 2 }), want: 'unknown "version" 2' },
    {
      name: "no current key",
      edit: (s) => ({ ...s, current: undefined }),
      want: '"current" is not an object',
    },
    {
      name: "an unknown algorithm",
      edit: (s) => ({ ...s, current: { ...(s.current as object), alg: "HS256" } }),
      want: '"current.alg" is not one of ES256, ES384, EdDSA, RS256',
    },
    {
      name: "an algorithm that does not fit the key",
      edit: (s) => ({ ...s, current: { ...(s.current as object), alg: "RS256" } }),
      want: '"current.privateJwk" is not an RS256 key',
    },
    {
      name: "a private key that is not one",
      edit: (s) => ({ ...s, current: { ...(s.current as object), privateJwk: { kty: "EC" } } }),
      want: '"current.privateJwk" is not a private key',
    },
    {
      name: "a key swapped without its kid",
      edit: (s) => ({ ...s, current: { ...(s.current as object), privateJwk: other } }),
      want: '"current.kid" is not the key\'s thumbprint',
    },
    {
      name: "a creation time that is not a number",
      edit: (s) => ({ ...s, current: { ...(s.current as object), createdAt: "yesterday" } }),
      want: '"current.createdAt" is not a time in seconds',
    },
    {
      name: "retired not a list",
      edit: (s) => ({ ...s, retired: {} }),
      want: '"retired" is not a list',
    },
    {
      name: "a retired key with a foreign kid",
      edit: (s) => ({ ...s, retired: [{ ...(s.retired as object[])[0], kid: "x" }] }),
      want: '"retired[0].kid" is not the key\'s thumbprint',
    },
    {
      name: "a retired key without retiredAt",
      edit: (s) => ({ ...s, retired: [{ ...(s.retired as object[])[0], retiredAt: undefined }] }),
      want: '"retired[0].retiredAt" is not a time in seconds',
    },
  ];
  it.each(rows)("$name", async ({ edit, want }) => {
    const edited = edit(await validStore());
    const text = typeof edited === "string" ? edited : JSON.stringify(edited);
    const { fs, files, calls } = memoryFs({ [STORE]: text });
    const error = await loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IdentityKeyError);
    expect(error).toMatchObject({
      code: "key_store_invalid",
      message: `FORWARD_AUTH_DATA_DIR: "${STORE}" is not a valid key store (${want}); restore it from a backup, or delete it to generate a new key`,
    });
    expect(files.get(STORE)?.data).toBe(text);
    expect(calls).toEqual([`readFile ${STORE}`]);
  });

  it("an unreadable store names the errno", async () => {
    const { fs, failures } = memoryFs();
    failures.set("readFile", "EACCES");
    await expect(loadOrCreateSigningKeys({ dataDir: DIR, now: NOW, fs })).rejects.toMatchObject({
      code: "key_store_invalid",
      message: `FORWARD_AUTH_DATA_DIR: cannot read "${STORE}" (EACCES); let the service's user read it`,
    });
  });
});

describe("a key given by file", () => {
  const FILE = "/run/secrets/identity-key";
  const pem = (key: KeyObject, type: "pkcs8" | "sec1" | "pkcs1") =>
    key.export({ type, format: "pem" }) as string;
  const ec256 = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const ec384 = generateKeyPairSync("ec", { namedCurve: "P-384" });
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const ed = generateKeyPairSync("ed25519");

  const accepted: readonly { name: string; text: string; alg: string; publicKey: KeyObject }[] = [
    {
      name: "EC P-256, PKCS#8 PEM",
      text: pem(ec256.privateKey, "pkcs8"),
      alg: "ES256",
      publicKey: ec256.publicKey,
    },
    {
      name: "EC P-256, SEC1 PEM",
      text: pem(ec256.privateKey, "sec1"),
      alg: "ES256",
      publicKey: ec256.publicKey,
    },
    {
      name: "EC P-384",
      text: pem(ec384.privateKey, "pkcs8"),
      alg: "ES384",
      publicKey: ec384.publicKey,
    },
    {
      name: "RSA 2048, PKCS#1 PEM",
      text: pem(rsa.privateKey, "pkcs1"),
      alg: "RS256",
      publicKey: rsa.publicKey,
    },
    { name: "Ed25519", text: pem(ed.privateKey, "pkcs8"), alg: "EdDSA", publicKey: ed.publicKey },
    {
      name: "a private JWK",
      text: JSON.stringify(ec256.privateKey.export({ format: "jwk" })),
      alg: "ES256",
      publicKey: ec256.publicKey,
    },
    {
      name: 'a private JWK naming its "alg"',
      text: JSON.stringify({ ...ec256.privateKey.export({ format: "jwk" }), alg: "ES256" }),
      alg: "ES256",
      publicKey: ec256.publicKey,
    },
  ];
  it.each(accepted)("$name", async ({ text, alg, publicKey }) => {
    const { fs, calls } = memoryFs({ [FILE]: `\n${text}\n` });
    const keys = await loadOrCreateSigningKeys({ keyFile: FILE, dataDir: DIR, now: NOW, fs });
    expect(keys.source).toBe("file");
    expect(calls).toEqual([`readFile ${FILE}`]);
    const { kid } = keys.current();
    expect(keys.current().alg).toBe(alg);
    expect(kid).toBe(await calculateJwkThumbprint(publicKey.export({ format: "jwk" }), "sha256"));
    const { protectedHeader } = await verifyAsApp(await sign(keys, NOW), keys, NOW);
    expect(protectedHeader).toEqual({ alg, kid, typ: "JWT" });
  });

  it("is rotated by replacing the file", async () => {
    const { fs } = memoryFs({ [FILE]: pem(ec256.privateKey, "pkcs8") });
    const keys = await loadOrCreateSigningKeys({ keyFile: FILE, now: NOW, fs });
    await expect(keys.rotate(NOW)).rejects.toMatchObject({
      name: "IdentityKeyError",
      code: "rotation_unsupported",
      message: `a key given by FORWARD_AUTH_IDENTITY_JWT_KEY_FILE is rotated by replacing "${FILE}" and restarting`,
    });
  });

  const hint =
    "create one with: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out identity-key.pem";
  const refused: readonly { name: string; text: string; want: string }[] = [
    {
      name: "a public key",
      text: ec256.publicKey.export({ type: "spki", format: "pem" }) as string,
      want: "holds a public key; the service needs the private key",
    },
    {
      name: "an encrypted PEM",
      text: ec256.privateKey.export({
        type: "pkcs8",
        format: "pem",
        cipher: "aes-256-cbc",
        passphrase: "secret",
      }) as string,
      want: "is encrypted; store the key unencrypted, readable only by the service's user",
    },
    {
      name: "garbage",
      text: "not a key",
      want: `holds no private key (PEM in PKCS#8, SEC1 or PKCS#1 form, or a private JWK); ${hint}`,
    },
    {
      name: "a public JWK",
      text: JSON.stringify(ec256.publicKey.export({ format: "jwk" })),
      want: `holds no private key (PEM in PKCS#8, SEC1 or PKCS#1 form, or a private JWK); ${hint}`,
    },
    {
      name: "a secret JWK",
      text: JSON.stringify({ kty: "oct", k: "c2VjcmV0" }),
      want: `holds no private key (PEM in PKCS#8, SEC1 or PKCS#1 form, or a private JWK); ${hint}`,
    },
    {
      name: "broken JSON",
      text: "{ kty: EC",
      want: `holds no private key (PEM in PKCS#8, SEC1 or PKCS#1 form, or a private JWK); ${hint}`,
    },
    {
      name: "RSA 1024",
      text: pem(generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey, "pkcs8"),
      want: "holds a 1024-bit RSA key; use EC P-256 (ES256), P-384, Ed25519, or RSA of 2048 bits or more",
    },
    {
      name: "EC secp256k1",
      text: pem(generateKeyPairSync("ec", { namedCurve: "secp256k1" }).privateKey, "pkcs8"),
      want: "holds an EC key on curve secp256k1; use EC P-256 (ES256), P-384, Ed25519, or RSA of 2048 bits or more",
    },
    {
      name: "Ed448",
      text: pem(generateKeyPairSync("ed448").privateKey, "pkcs8"),
      want: "holds a key of type ed448; use EC P-256 (ES256), P-384, Ed25519, or RSA of 2048 bits or more",
    },
    {
      name: 'a JWK whose "alg" does not fit',
      text: JSON.stringify({ ...ec256.privateKey.export({ format: "jwk" }), alg: "RS256" }),
      want: 'names "alg" "RS256", but its key signs ES256; remove "alg" or set it to "ES256"',
    },
  ];
  it.each(refused)("refuses $name", async ({ text, want }) => {
    const { fs } = memoryFs({ [FILE]: text });
    const error = await loadOrCreateSigningKeys({ keyFile: FILE, now: NOW, fs }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IdentityKeyError);
    expect(error).toMatchObject({
      code: "key_file_invalid",
      message: `FORWARD_AUTH_IDENTITY_JWT_KEY_FILE: "${FILE}" ${want}`,
    });
  });

  it.each([
    { name: "missing", failure: undefined, want: "ENOENT" },
    { name: "unreadable", failure: "EACCES", want: "EACCES" },
  ])("refuses a $name file", async ({ failure, want }) => {
    const { fs, failures } = memoryFs();
    if (failure !== undefined) failures.set("readFile", failure);
    await expect(loadOrCreateSigningKeys({ keyFile: FILE, now: NOW, fs })).rejects.toMatchObject({
      name: "IdentityKeyError",
      code: "key_file_unreadable",
      message: `FORWARD_AUTH_IDENTITY_JWT_KEY_FILE: cannot read "${FILE}" (${want}); check the path and that the service's user may read it`,
    });
  });
});

describe("without a key file or data directory", () => {
  it("keeps a generated key in memory, and rotates it there", async () => {
    const { fs, calls } = memoryFs();
    const keys = await loadOrCreateSigningKeys({ now: NOW, fs });
    expect(keys.source).toBe("memory");
    const kid = keys.current().kid;
    await keys.rotate(NOW + 5);
    expect(keys.retired().map((k) => k.kid)).toEqual([kid]);
    expect(calls).toEqual([]);
  });
});

describe("on a real file system", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("creates the store mode 0600 in a new 0700 directory, leaves no temporary file, reloads it", async () => {
    dir = await mkdtemp(join(tmpdir(), "forward-auth-keys-"));
    const dataDir = join(dir, "data", "nested");
    const keys = await loadOrCreateSigningKeys({ dataDir, now: NOW });
    const store = join(dataDir, "identity-keys.json");
    expect((await stat(store)).mode & 0o777).toBe(0o600);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    await keys.rotate(NOW + 10);
    expect((await stat(store)).mode & 0o777).toBe(0o600);
    expect(await readdir(dataDir)).toEqual(["identity-keys.json"]);
    const reloaded = await loadOrCreateSigningKeys({ dataDir, now: NOW + 20 });
    expect(publicJwks(reloaded, NOW + 20)).toEqual(publicJwks(keys, NOW + 20));
    expect(reloaded.current().kid).toBe(keys.current().kid);
    // The private key is in the store, and nowhere in the published set.
    expect(await readFile(store, "utf8")).toContain('"d":');
    expect(JSON.stringify(publicJwks(reloaded, NOW + 20))).not.toContain('"d"');
  });

  it("reads a PEM key file", async () => {
    dir = await mkdtemp(join(tmpdir(), "forward-auth-keys-"));
    const file = join(dir, "key.pem");
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    await writeFile(file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    const keys = await loadOrCreateSigningKeys({ keyFile: file, now: NOW });
    await expect(verifyAsApp(await sign(keys, NOW), keys, NOW)).resolves.toEqual(
      aliceFor(keys.current().kid, NOW),
    );
    await expect(
      loadOrCreateSigningKeys({ keyFile: join(dir, "missing.pem"), now: NOW }),
    ).rejects.toMatchObject({ code: "key_file_unreadable" });
  });
});
