/**
 * Garbage and forgeries of every shape, from a real session `name=value[; more chunks]`:
 * truncated, flipped, foreign (an iron seal's shape), random, oversized, undecodable. The same
 * list shape for every service the bench measures.
 */
export function forgeries(cookie: string): string[] {
  const eq = cookie.indexOf("=");
  const name = cookie.slice(0, eq);
  const value = cookie.slice(eq + 1);
  const out: string[] = [];
  for (let i = 0; i < 200; i++) {
    const at = 20 + ((i * 37) % (value.length - 40));
    const kind = i % 5;
    const forged =
      kind === 0
        ? value.slice(0, at)
        : kind === 1
          ? value.slice(0, at) + (value[at] === "A" ? "B" : "A") + value.slice(at + 1)
          : kind === 2
            ? `Fe26.2*1*${"x".repeat(i)}*y*z*w*v*u~2`
            : kind === 3
              ? Buffer.from(`garbage-${String(i)}`.repeat(10)).toString("base64url")
              : "%".repeat(i % 7) + "\u00ff".repeat(3);
    out.push(`${name}=${forged}`);
  }
  return out;
}
