/**
 * A bounded map of verification results, so the per-request cost of a session is a hash and a
 * lookup instead of an unseal. Entries carry the expiry they were verified with; a hit past it
 * is a miss. Eviction is first-in-first-out: cheaper than LRU bookkeeping on every hit, and a
 * session evicted early only costs one more unseal.
 */
export interface BoundedCache<V> {
  get(key: string, now: number): V | undefined;
  set(key: string, value: V, expiresAt: number): void;
  readonly size: number;
}

export function createBoundedCache<V>(maxEntries: number): BoundedCache<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    get(key, now) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= now) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, expiresAt) {
      if (entries.size >= maxEntries && !entries.has(key)) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entries.set(key, { value, expiresAt });
    },
    get size() {
      return entries.size;
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
