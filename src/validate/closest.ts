/** The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return nearest(word, candidates)[0];
}

/**
 * Every candidate as near to `word` as the nearest one, if that is near enough to be a likely typo
 * (or every candidate that `word` starts with: a full word for an abbreviated key, «januar» for «jan»).
 */
export function nearest(word: string, candidates: readonly string[], opts: { prefixes?: boolean } = {}): string[] {
  const lower = word.toLowerCase();
  const prefixes = opts.prefixes === false ? [] : candidates.filter((c) => c.length >= 3 && lower.startsWith(c.toLowerCase()));
  if (prefixes.length) return prefixes;
  let best: string[] = [];
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDist) {
      best = [c];
      bestDist = d;
    } else if (d === bestDist) best.push(c);
  }
  return bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : [];
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? prev[j - 2]! + 0 : Infinity;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), swap + 1);
    }
    prev = cur;
  }
  return prev[b.length]!;
}
