/** "Did you mean": the known option nearest to a mistyped one (`--dayz` → `--days`). */

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known option within two edits of `typed` (the nearest), or null. */
export function closestOption(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const option of known) {
    const distance = editDistance(typed, option);
    if (distance < bestDistance) [best, bestDistance] = [option, distance];
  }
  return best;
}
