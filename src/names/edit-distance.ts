/**
 * How many letters apart two folded names are: insertions, deletions, substitutions and the
 * swap of two neighbours (Jeffery, Jeffrey) each count one (Damerau-Levenshtein, optimal string
 * alignment). Work stops as soon as the distance must exceed `max`, so a search can try every
 * name of a calendar.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * How far a typed name may be from a name and still be taken for it: none for short names
 * (Oman is not Iran), one letter up to eight, two beyond. Arabic writes no short vowels, so its
 * names are shorter for the same sounds (جفري for جيفري): one letter from four.
 */
export function sureDistance(length: number, arabic: boolean): number {
  if (arabic) return length <= 3 ? 0 : length <= 7 ? 1 : 2;
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/** How far a name may be and still be offered as "did you mean": about a third of its letters. */
export function suggestDistance(length: number): number {
  return Math.max(1, Math.min(3, Math.floor(length / 3)));
}
