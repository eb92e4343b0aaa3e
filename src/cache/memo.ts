/**
 * `compute` remembered per string key, for the values a proxy sends again on every request (its
 * own address, the app's host, the middleware's query). At most `limit` entries: when full, it
 * starts over rather than tracking age, so a client sending ever-new values costs only the
 * computation it would have cost anyway, and memory stays bounded. `keep` says which results
 * are remembered (default: all).
 */
export function boundedMemo<T>(
  compute: (key: string) => T,
  limit: number,
  keep: (value: T) => boolean = () => true,
): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const hit = known.get(key);
    // One lookup on the hot path; has() only for a remembered undefined.
    if (hit !== undefined || known.has(key)) return hit as T;
    const value = compute(key);
    if (keep(value)) {
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
