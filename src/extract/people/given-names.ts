/**
 * Given names, in Arabic and in Latin script, looked up by their folded key (nameKey from
 * src/names/normalize.ts): محمد، فيصل، عبد الله، جيمس، سيرغي، غير (Geir); James, Sergei, Ayman.
 *
 * The data is given-names.json, built by build-given-names.ts from @faker-js/faker,
 * arabic-personal-names, @zxcvbn-ts/language-ar and the project's typed lists (its header names
 * them). A name that is also an everyday word (أمل hope, سلام peace, حسن good, غير other, علي as
 * على folds, جمعة Friday, Will, May) is kept but marked ambiguous: a reader takes it for a name
 * only beside another cue (a title, a known surname, a name next to it).
 *
 * Built once at import: a Map of each script's names to their cue, two Sets and an object, 18,865
 * names in all (each name hashed once: the Maps answer `has` too).
 */
import { readFileSync } from 'node:fs';

// Read and parsed, not imported: under tsx (how the bot runs) a JSON import is compiled as a
// module, 60-75 ms CPU and +2.3 MB heap (+9 MB RSS) against 20-25 ms and +1.2 MB (+2 MB) for
// readFileSync + JSON.parse (5 runs each, warm cache, on a 2-core machine at load 5-9).
const data = JSON.parse(readFileSync(new URL('./given-names.json', import.meta.url), 'utf8')) as {
  arabic: string[];
  latin: string[];
  ambiguous: string[];
  other: Record<string, string>;
};

export type GivenNameScript = 'arabic' | 'latin';

export interface GivenName {
  /** The folded key (nameKey). */
  key: string;
  script: GivenNameScript;
  /** The name in the other script (Arabic for a Latin name, Latin for an Arabic one), when a source gives it. */
  other: string | null;
  /** Also an everyday word, a month, a weekday, a place or a title: a name only beside another cue. */
  ambiguous: boolean;
}

/** The first words of compound given names (عبد in عبد الله, نصر in نصر الدين): only after one is a word pair looked up. */
const compoundStarts = new Set<string>();
for (const keys of [data.arabic, data.latin]) {
  for (const key of keys) {
    const space = key.indexOf(' ');
    if (space >= 0) compoundStarts.add(key.slice(0, space));
  }
}
const ambiguous = new Set<string>(data.ambiguous);
const other: Readonly<Record<string, string>> = data.other;

/** The given name a folded key stands for (a compound such as `عبد الله` is one key), or undefined. */
export function givenName(key: string): GivenName | undefined {
  const script: GivenNameScript | null = arabicCues.has(key) ? 'arabic' : latinCues.has(key) ? 'latin' : null;
  if (!script) return undefined;
  return { key, script, other: Object.hasOwn(other, key) ? other[key]! : null, ambiguous: ambiguous.has(key) };
}

/** How a word reads as a given name: not one, one, or one that is also an everyday word. */
export type GivenNameCue = typeof NOT_GIVEN | typeof GIVEN | typeof AMBIGUOUS_GIVEN;
export const NOT_GIVEN = 0;
export const GIVEN = 1;
export const AMBIGUOUS_GIVEN = 2;

/**
 * Each script's given names with their cue: one lookup per word on the reader's hot path. Filled
 * by a loop, not from an array of pairs: 18,865 pairs made and dropped cost the start ~15 ms.
 */
function cues(keys: readonly string[]): Map<string, GivenNameCue> {
  const cue = new Map<string, GivenNameCue>();
  for (const key of keys) cue.set(key, ambiguous.has(key) ? AMBIGUOUS_GIVEN : GIVEN);
  return cue;
}
const arabicCues = cues(data.arabic);
const latinCues = cues(data.latin);

/** The cue a folded key gives in either script (the tokenizer asks once per distinct word). */
export function givenNameCue(key: string): GivenNameCue {
  return arabicCues.get(key) ?? latinCues.get(key) ?? NOT_GIVEN;
}

/** The cue a folded Arabic-script key gives (one map lookup). */
export function arabicGivenNameCue(key: string): GivenNameCue {
  return arabicCues.get(key) ?? NOT_GIVEN;
}

/** The cue a folded Latin-script key gives (one map lookup). */
export function latinGivenNameCue(key: string): GivenNameCue {
  return latinCues.get(key) ?? NOT_GIVEN;
}

/** True when the folded key is the first word of a compound given name (عبد، نصر، نور). */
export function opensCompoundGivenName(key: string): boolean {
  return compoundStarts.has(key);
}

/** True when the folded key is a given name, ambiguous ones included. */
export function isGivenName(key: string): boolean {
  return arabicCues.has(key) || latinCues.has(key);
}

/** True when the folded key is a given name and no everyday word: a name cue on its own. */
export function isUnambiguousGivenName(key: string): boolean {
  return isGivenName(key) && !ambiguous.has(key);
}

/** True when the folded key is a given name that is also an everyday word (أمل، سلام، غير، Will). */
export function isAmbiguousGivenName(key: string): boolean {
  return ambiguous.has(key);
}

/** The Arabic spelling of a Latin given name's key (`james` → `جيمس`), when one is known. */
export function arabicGivenName(latinKey: string): string | null {
  return latinCues.has(latinKey) && Object.hasOwn(other, latinKey) ? other[latinKey]! : null;
}

/** The Latin spelling of an Arabic given name's key (`جيمس` → `James`), when one is known. */
export function latinGivenName(arabicKey: string): string | null {
  return arabicCues.has(arabicKey) && Object.hasOwn(other, arabicKey) ? other[arabicKey]! : null;
}

/** How many given names there are in each script (for reports). */
export function givenNameCounts(): Record<GivenNameScript, number> {
  return { arabic: arabicCues.size, latin: latinCues.size };
}
