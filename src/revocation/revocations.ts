import type { Logger } from "../log.ts";
import { createRevocationList, type Revocable, type Revocation } from "./revocation-list.ts";

export type StoreHealth =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: string;
      /**
       * The store's list was never loaded (a shared store unreachable since the start): this
       * process may let a session through that another replica revoked. /readyz answers 503.
       * Without it, the process serves from the list it has and /readyz stays 200.
       */
      readonly unloaded?: true;
    };

/**
 * Where revocations outlive this process (file-store.ts) or reach the other replicas (a shared
 * store). The list in memory answers every check; stores only feed it and keep it.
 */
export interface RevocationStore {
  /** For logs and /readyz: "file", "redis". */
  readonly name: string;
  /** The entries recorded before this start (or before a reconnect), expired ones left out. */
  load(now: number): Promise<Revocation[]>;
  /**
   * Records one entry: resolves once it is durable (written and fsync'd) or shared, or, for a
   * shared store that is unreachable, once it is queued to be sent when it is back. Never
   * rejects: a failure is logged by the store and shows in health().
   */
  record(revocation: Revocation): Promise<void>;
  /**
   * Entries other replicas record, as they arrive, or that the store loads again after a
   * reconnect (shared stores only). `entries` is the list in memory, which a shared store writes
   * back after an outage: what was revoked meanwhile, or all of it when Redis restarted empty.
   */
  subscribe?(
    listener: (revocation: Revocation) => void,
    entries: (now: number) => readonly Revocation[],
  ): void;
  health(): StoreHealth;
  close(): Promise<void>;
}

export interface Revocations {
  /** On every request (session-cookie.ts): Map lookups in memory, no I/O. */
  isRevoked(session: Revocable): boolean;
  /** Revokes at once in memory; resolves when every store has recorded it (see record). */
  revoke(revocation: Revocation): Promise<void>;
  /** Each store's health, for /readyz and the metrics. */
  health(): readonly { readonly store: string; readonly health: StoreHealth }[];
  /** Loads what the stores hold (at start, before the server listens). */
  load(): Promise<void>;
  /** Entries in memory (metric). */
  readonly size: number;
  close(): Promise<void>;
}

export interface RevocationsOptions {
  readonly stores: readonly RevocationStore[];
  /** Seconds since the epoch. */
  readonly now: () => number;
  readonly logger: Logger;
  /** Entries kept at most (see MAX_ENTRIES). */
  readonly maxEntries?: number;
}

/** Expired entries are dropped this often, besides when the list is full. */
const PRUNE_EVERY_MS = 60_000;

/** Keeps every revocation in memory, where checks read it, and in each store. */
export function createRevocations(options: RevocationsOptions): Revocations {
  const { stores, now, logger } = options;
  const list = createRevocationList(options.maxEntries);
  for (const store of stores) {
    store.subscribe?.(
      (revocation) => {
        list.add(revocation, now());
      },
      (at) => list.entries(at),
    );
  }
  const pruning = setInterval(() => {
    list.prune(now());
  }, PRUNE_EVERY_MS);
  pruning.unref();

  return {
    async load() {
      for (const store of stores) {
        for (const revocation of await store.load(now())) list.add(revocation, now());
      }
      if (list.size > 0) logger.info("revocations loaded", { entries: list.size });
    },
    isRevoked: (session) => list.isRevoked(session),
    async revoke(revocation) {
      const kept = list.add(revocation, now());
      if (kept === undefined) return;
      await Promise.all(stores.map((store) => store.record(kept)));
    },
    health: () => stores.map((store) => ({ store: store.name, health: store.health() })),
    get size() {
      return list.size;
    },
    async close() {
      clearInterval(pruning);
      await Promise.all(stores.map((store) => store.close()));
    },
  };
}
