/**
 * At most `limit` tasks at once; the rest wait their turn in arrival order. Opening a seal runs
 * on libuv's thread pool (WebCrypto), which DNS lookups for the provider share: a burst of
 * unknown cookies must not take all of it, nor keep hundreds of half-done unseals in memory.
 */
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createGate(limit: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next === undefined) running--;
    else next();
  };
  return {
    async run(task) {
      if (running < limit) running++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
