/**
 * A bounded map of results that hold until their own expiry: verified sessions (a hash and a
 * lookup instead of an unseal on every check) and signed identity tokens (reused while they have
 * time left). A hit past its expiry is a miss. Eviction is first-in-first-out: cheaper than LRU
 * bookkeeping on every hit, and an entry evicted early only costs its work once more.
 *
 * Two bounds: a count, and a total weight (each entry's weight is given by the caller, e.g. the
 * length of the cookie it came from), so that ten thousand users with hundreds of groups each
 * cannot hold the process's heap limit (npm start and the image run with 512 MB).
 */
export interface BoundedCache<V> {
  get(key: string, now: number): V | undefined;
  set(key: string, value: V, expiresAt: number, weight?: number): void;
  readonly size: number;
  readonly weight: number;
}

export function createBoundedCache<V>(
  maxEntries: number,
  maxWeight = Number.POSITIVE_INFINITY,
): BoundedCache<V> {
  const entries = new Map<string, { value: V; expiresAt: number; weight: number }>();
  let total = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (entry === undefined) return;
    total -= entry.weight;
    entries.delete(key);
  };
  return {
    get(key, now) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= now) {
        remove(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, expiresAt, weight = 1) {
      // Heavier than the whole budget: never kept, rather than emptying the cache for it.
      if (weight > maxWeight) return;
      remove(key);
      for (const oldest of entries.keys()) {
        if (entries.size < maxEntries && total + weight <= maxWeight) break;
        remove(oldest);
      }
      entries.set(key, { value, expiresAt, weight });
      total += weight;
    },
    get size() {
      return entries.size;
    },
    get weight() {
      return total;
    },
  };
}

/**
 * The last few (value, answer) pairs, found by comparing the value whole: for a handful of
 * long keys that repeat (the cookies of the browsers active right now), cheaper than hashing the
 * key for a Map. The oldest pair is overwritten; nothing here checks expiry.
 */
export interface RecentValues<V> {
  find(value: string): V | undefined;
  add(value: string, answer: V): void;
}

export function createRecentValues<V>(size: number): RecentValues<V> {
  const values: (string | undefined)[] = new Array<string | undefined>(size).fill(undefined);
  const answers: (V | undefined)[] = new Array<V | undefined>(size).fill(undefined);
  let next = 0;
  return {
    find(value) {
      for (let i = 0; i < size; i++) if (values[i] === value) return answers[i];
      return undefined;
    },
    add(value, answer) {
      values[next] = value;
      answers[next] = answer;
      next = (next + 1) % size;
    },
  };
}
