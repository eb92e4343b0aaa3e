import type { JWK } from "jose";
import {
  generateSigningKey,
  IdentityKeyError,
  KEY_FILE_SETTING,
  signingKeyFromFile,
  type RetiredKey,
  type SigningKey,
} from "./key-material.ts";
import { fsReason, nodeFiles } from "../fs/files.ts";
import {
  DATA_DIR_SETTING,
  readKeyStore,
  writeKeyStore,
  type KeyFs,
  type StoredKeys,
} from "./store.ts";

export type { RetiredKey, SigningAlgorithm, SigningKey } from "./key-material.ts";
export type { KeyFs } from "./store.ts";

/** Longest life of an identity JWT (issue 4: at most 60 s). */
export const IDENTITY_JWT_LIFETIME_SECONDS = 60;

/** Clock skew an app's verifier may allow on "exp" (jose's clockTolerance, typical 60 s). */
export const VERIFIER_CLOCK_SKEW_SECONDS = 60;

/**
 * Until when a retired key stays in the key set: the last token it signed was issued at
 * `retiredAt` at the latest, lives IDENTITY_JWT_LIFETIME_SECONDS, and may still be accepted for
 * the verifier's clock skew after that.
 */
export function publishedUntil(key: RetiredKey): number {
  return key.retiredAt + IDENTITY_JWT_LIFETIME_SECONDS + VERIFIER_CLOCK_SKEW_SECONDS;
}

export interface SigningKeys {
  /**
   * "file": the operator's key (rotated by replacing the file); "data-dir": generated at first
   * start and persisted; "memory": generated per process, lost at restart.
   */
  readonly source: "file" | "data-dir" | "memory";
  /** The key that signs new tokens. */
  current(): SigningKey;
  /** Former keys, newest first; publicJwks drops those past publishedUntil. */
  retired(): readonly RetiredKey[];
  /**
   * Makes a new key current and retires the old one. The store is written first: if that fails
   * nothing changes and the error is thrown. Not possible for keys given by file.
   */
  rotate(now: number): Promise<void>;
}

export interface SigningKeysOptions {
  /** A private key in PEM or JWK form (FORWARD_AUTH_IDENTITY_JWT_KEY_FILE); wins over dataDir. */
  readonly keyFile?: string | undefined;
  /** Where generated keys persist, as identity-keys.json (FORWARD_AUTH_DATA_DIR). */
  readonly dataDir?: string | undefined;
  /** Seconds since the epoch. */
  readonly now: number;
  /** Default: node:fs. */
  readonly fs?: KeyFs;
}

/**
 * The signing keys at start-up: the key file when given; else the data directory's store, created
 * with a new ES256 key at first start; else a key kept in memory only. Throws IdentityKeyError,
 * whose message names the setting and the fix, when a file is unreadable or invalid.
 */
export async function loadOrCreateSigningKeys(options: SigningKeysOptions): Promise<SigningKeys> {
  const fs = options.fs ?? nodeFiles;
  const { keyFile, dataDir, now } = options;
  if (keyFile !== undefined) {
    const key = await signingKeyFromFile(await readKeyFile(fs, keyFile), keyFile, now);
    return {
      source: "file",
      current: () => key,
      retired: () => [],
      rotate: () =>
        Promise.reject(
          new IdentityKeyError(
            "rotation_unsupported",
            `a key given by ${KEY_FILE_SETTING} is rotated by replacing "${keyFile}" and restarting`,
          ),
        ),
    };
  }
  let state: StoredKeys | undefined;
  if (dataDir !== undefined) state = await readKeyStore(fs, dataDir);
  if (state === undefined) {
    state = { current: await generateSigningKey(now), retired: [] };
    if (dataDir !== undefined) await writeKeyStore(fs, dataDir, state);
  }
  return rotatingKeys(state, dataDir === undefined ? undefined : { fs, dataDir });
}

function rotatingKeys(
  initial: StoredKeys,
  persist: { fs: KeyFs; dataDir: string } | undefined,
): SigningKeys {
  let state = initial;
  // One rotation at a time, in call order, so two callers cannot both retire the same key.
  let queue: Promise<void> = Promise.resolve();

  async function rotateNow(now: number): Promise<void> {
    const { current } = state;
    const retiring: RetiredKey = {
      kid: current.kid,
      alg: current.alg,
      publicJwk: current.publicJwk,
      createdAt: current.createdAt,
      retiredAt: now,
    };
    const next: StoredKeys = {
      current: await generateSigningKey(now),
      // Keys whose tokens have all expired are dropped from the store as well.
      retired: [retiring, ...state.retired.filter((key) => publishedUntil(key) > now)],
    };
    if (persist !== undefined) await writeKeyStore(persist.fs, persist.dataDir, next);
    state = next;
  }

  return {
    source: persist === undefined ? "memory" : "data-dir",
    current: () => state.current,
    retired: () => state.retired,
    rotate(now) {
      const run = queue.then(() => rotateNow(now));
      queue = run.catch(() => {
        // The caller gets this rotation's error from `run`; the next rotation may still try.
      });
      return run;
    },
  };
}

/** Generated signing keys are replaced after this long; the old public key stays published. */
export const KEY_LIFETIME_SECONDS = 30 * 86400;

/**
 * Rotates a generated key once it is older than maxAge. Keys given by file are the operator's
 * to replace. Returns whether it rotated; a failed write leaves the old key in use (rotate()
 * changes nothing then) and is the caller's to log.
 */
export async function rotateIfDue(
  keys: SigningKeys,
  now: number,
  maxAge = KEY_LIFETIME_SECONDS,
): Promise<boolean> {
  if (keys.source === "file") return false;
  if (now - keys.current().createdAt < maxAge) return false;
  await keys.rotate(now);
  return true;
}

/**
 * The key set an app fetches to verify identity JWTs (RFC 7517 section 5): the current key and
 * every retired key that may still have live tokens, each with kid, alg and use "sig", public
 * members only.
 */
export function publicJwks(keys: SigningKeys, now: number): { keys: JWK[] } {
  const current = keys.current();
  const published: JWK[] = [{ ...current.publicJwk }];
  const seen = new Set([current.kid]);
  for (const key of keys.retired()) {
    if (publishedUntil(key) <= now || seen.has(key.kid)) continue;
    seen.add(key.kid);
    published.push({ ...key.publicJwk });
  }
  return { keys: published };
}

async function readKeyFile(fs: KeyFs, path: string): Promise<string> {
  let text: string | undefined;
  let cause: unknown;
  try {
    text = await fs.readFile(path);
  } catch (error) {
    cause = error;
  }
  if (text === undefined) {
    const reason = cause === undefined ? "ENOENT" : fsReason(cause);
    throw new IdentityKeyError(
      "key_file_unreadable",
      `${KEY_FILE_SETTING}: cannot read "${path}" (${reason}); check the path and that the service's user may read it`,
      { cause },
    );
  }
  return text;
}

export { DATA_DIR_SETTING, IdentityKeyError, KEY_FILE_SETTING };
