import {
  createPrivateKey,
  createPublicKey,
  randomBytes,
  type JsonWebKey,
  type KeyObject,
} from "node:crypto";
import { join } from "node:path";
import { calculateJwkThumbprint, type JWK } from "jose";
import { fsReason, type Files } from "../fs/files.ts";
import {
  algorithmFor,
  IdentityKeyError,
  publicJwkOf,
  SIGNING_ALGORITHMS,
  signingKeyFrom,
  type RetiredKey,
  type SigningAlgorithm,
  type SigningKey,
} from "./key-material.ts";

export const DATA_DIR_SETTING = "FORWARD_AUTH_DATA_DIR";

/** The file operations the key store needs; tests pass an in-memory one. */
export type KeyFs = Files;

export const KEY_STORE_FILE = "identity-keys.json";

export interface StoredKeys {
  readonly current: SigningKey;
  readonly retired: readonly RetiredKey[];
}

interface StoredFormat {
  version: 1;
  current: { kid: string; alg: SigningAlgorithm; createdAt: number; privateJwk: JWK };
  retired: {
    kid: string;
    alg: SigningAlgorithm;
    createdAt: number;
    retiredAt: number;
    publicJwk: JWK;
  }[];
}

export function keyStorePath(dataDir: string): string {
  return join(dataDir, KEY_STORE_FILE);
}

/** Undefined when the store does not exist yet; an IdentityKeyError when it is unusable. */
export async function readKeyStore(fs: KeyFs, dataDir: string): Promise<StoredKeys | undefined> {
  const path = keyStorePath(dataDir);
  let text: string | undefined;
  try {
    text = await fs.readFile(path);
  } catch (error) {
    throw new IdentityKeyError(
      "key_store_invalid",
      `${DATA_DIR_SETTING}: cannot read "${path}" (${fsReason(error)}); let the service's user read it`,
      { cause: error },
    );
  }
  if (text === undefined) return undefined;
  try {
    return await parseKeyStore(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "unreadable";
    // Never silently replace it: apps may hold tokens signed with the key inside.
    throw new IdentityKeyError(
      "key_store_invalid",
      `${DATA_DIR_SETTING}: "${path}" is not a valid key store (${detail}); restore it from a backup, or delete it to generate a new key`,
      { cause: error },
    );
  }
}

/**
 * Writes the whole store to a temporary file beside it (mode 0600, flushed), then renames it over
 * the old one: a crash leaves either the old store or the new one, never half of either.
 */
export async function writeKeyStore(fs: KeyFs, dataDir: string, keys: StoredKeys): Promise<void> {
  const path = keyStorePath(dataDir);
  const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await fs.mkdir(dataDir, 0o700);
    await fs.writeNewFile(temp, serialize(keys), 0o600);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.remove(temp).catch(() => {
      // The write already failed; a leftover temporary file is harmless and reported below.
    });
    throw new IdentityKeyError(
      "key_store_unwritable",
      `${DATA_DIR_SETTING}: cannot write "${path}" (${fsReason(error)}); make "${dataDir}" writable by the service's user`,
      { cause: error },
    );
  }
}

function serialize({ current, retired }: StoredKeys): string {
  const stored: StoredFormat = {
    version: 1,
    current: {
      kid: current.kid,
      alg: current.alg,
      createdAt: current.createdAt,
      privateJwk: current.privateKey.export({ format: "jwk" }),
    },
    retired: retired.map(({ kid, alg, createdAt, retiredAt, publicJwk }) => ({
      kid,
      alg,
      createdAt,
      retiredAt,
      publicJwk,
    })),
  };
  return `${JSON.stringify(stored, null, 2)}\n`;
}

async function parseKeyStore(text: string): Promise<StoredKeys> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error("not JSON");
  }
  const root = record(doc, "the file");
  if (root.version !== 1) throw new Error(`unknown "version" ${JSON.stringify(root.version)}`);
  const cur = record(root.current, '"current"');
  const alg = algorithm(cur.alg, '"current.alg"');
  const privateKey = importJwk(cur.privateJwk, '"current.privateJwk"', "private");
  const found = algorithmFor(privateKey);
  if (!found.ok || found.alg !== alg) throw new Error(`"current.privateJwk" is not an ${alg} key`);
  const current = await signingKeyFrom(privateKey, alg, time(cur.createdAt, '"current.createdAt"'));
  if (current.kid !== cur.kid) throw new Error('"current.kid" is not the key\'s thumbprint');
  if (!Array.isArray(root.retired)) throw new Error('"retired" is not a list');
  const retired: RetiredKey[] = [];
  for (const [i, item] of (root.retired as unknown[]).entries()) {
    const at = `"retired[${i}]`;
    const entry = record(item, `${at}"`);
    const publicKey = importJwk(entry.publicJwk, `${at}.publicJwk"`, "public");
    const members = publicJwkOf(publicKey);
    const kid = await calculateJwkThumbprint(members, "sha256");
    if (entry.kid !== kid) throw new Error(`${at}.kid" is not the key's thumbprint`);
    const retiredAlg = algorithm(entry.alg, `${at}.alg"`);
    retired.push({
      kid,
      alg: retiredAlg,
      publicJwk: Object.freeze({ ...members, kid, alg: retiredAlg, use: "sig" }),
      createdAt: time(entry.createdAt, `${at}.createdAt"`),
      retiredAt: time(entry.retiredAt, `${at}.retiredAt"`),
    });
  }
  return { current, retired };
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${what} is not an object`);
  }
  return value as Record<string, unknown>;
}

function algorithm(value: unknown, what: string): SigningAlgorithm {
  const found = SIGNING_ALGORITHMS.find((alg) => alg === value);
  if (found === undefined)
    throw new Error(`${what} is not one of ${SIGNING_ALGORITHMS.join(", ")}`);
  return found;
}

function time(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${what} is not a time in seconds`);
  }
  return value;
}

function importJwk(value: unknown, what: string, kind: "private" | "public"): KeyObject {
  const jwk = record(value, what) as JsonWebKey;
  try {
    return kind === "private"
      ? createPrivateKey({ key: jwk, format: "jwk" })
      : createPublicKey({ key: jwk, format: "jwk" });
  } catch {
    throw new Error(`${what} is not a ${kind} key`);
  }
}
