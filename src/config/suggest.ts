// "Did you mean …?" for misspelt setting names: the closest known name by edit distance, or none
// when every known name is too far away to be the one meant.

/**
 * Optimal string alignment distance (Levenshtein plus the swap of two neighbours): the number of
 * single-character insertions, deletions, substitutions and adjacent swaps between a and b.
 * A swap counts once, so DOMIAN is one edit from DOMAIN, as a typing slip is.
 */
export function editDistance(a: string, b: string): number {
  // d(i, j): the distance between the first i characters of a and the first j of b, in one flat
  // table. Names are short (under 40 characters), so the whole table is cheap.
  const width = b.length + 1;
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const d = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) table[i * width] = i;
  for (let j = 0; j <= b.length; j++) table[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d(i - 2, j - 2) + 1);
      }
      table[i * width + j] = best;
    }
  }
  return d(a.length, b.length);
}

/**
 * The candidate closest to `word` (letter case ignored), or undefined when the closest is more
 * than a third of the word's length away (at least one edit is always allowed): a name that far
 * off is another name, not a slip, and a wrong suggestion misleads more than none. Ties go to
 * the earlier candidate.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  const upper = word.toUpperCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(upper, candidate.toUpperCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
