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
 * Each script's names are indexed at the first key of that script asked (a Map of the names to
 * their cue, which answers `has` too, and a Set of compound names' first words): the two never
 * share a key, as a key's first letter tells its script (scriptOf), and an
 * Arabic article never indexes the 15,479 Latin names (12-17 ms of a start).
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

const ambiguous = new Set<string>(data.ambiguous);
const other: Readonly<Record<string, string>> = data.other;

/** The given name a folded key stands for (a compound such as `عبد الله` is one key), or undefined. */
export function givenName(key: string): GivenName | undefined {
  const script = scriptOf(key);
  if (script === null || !namesOf(script).cues.has(key)) return undefined;
  return { key, script, other: Object.hasOwn(other, key) ? other[key]! : null, ambiguous: ambiguous.has(key) };
}

/** How a word reads as a given name: not one, one, or one that is also an everyday word. */
export type GivenNameCue = typeof NOT_GIVEN | typeof GIVEN | typeof AMBIGUOUS_GIVEN;
export const NOT_GIVEN = 0;
export const GIVEN = 1;
export const AMBIGUOUS_GIVEN = 2;

/** One script's given names: each with its cue (one lookup per word on the reader's hot path), and the first words of its compounds (عبد in عبد الله). */
interface ScriptNames {
  cues: Map<string, GivenNameCue>;
  compoundStarts: Set<string>;
}

/** Filled by a loop, not from an array of pairs: 18,865 pairs made and dropped cost the start ~15 ms. */
function index(keys: readonly string[]): ScriptNames {
  const cues = new Map<string, GivenNameCue>();
  const compoundStarts = new Set<string>();
  for (const key of keys) {
    cues.set(key, ambiguous.has(key) ? AMBIGUOUS_GIVEN : GIVEN);
    const space = key.indexOf(' ');
    if (space >= 0) compoundStarts.add(key.slice(0, space));
  }
  return { cues, compoundStarts };
}

const indexed: Partial<Record<GivenNameScript, ScriptNames>> = {};

/** A script's names, indexed when first asked. */
function namesOf(script: GivenNameScript): ScriptNames {
  return (indexed[script] ??= index(data[script]));
}

/**
 * The script a folded key is in, by its first letter: Arabic (U+0600-U+06FF) or Latin (a-z and
 * U+00C0-U+024F, as in đ, ł, ı), whose names alone may hold it; null for any other (a number, a
 * sign), which no name opens (a test holds the data to both).
 */
function scriptOf(key: string): GivenNameScript | null {
  const first = key.charCodeAt(0);
  if (first >= 0x0600 && first <= 0x06ff) return 'arabic';
  return (first >= 0x61 && first <= 0x7a) || (first >= 0xc0 && first <= 0x24f) ? 'latin' : null;
}

/** The names of the script a key is in, if any. */
function namesFor(key: string): ScriptNames | undefined {
  const script = scriptOf(key);
  return script === null ? undefined : namesOf(script);
}

/** The cue a folded key gives in either script (the tokenizer asks once per distinct word). */
export function givenNameCue(key: string): GivenNameCue {
  return namesFor(key)?.cues.get(key) ?? NOT_GIVEN;
}

/** The cue a folded Arabic-script key gives (one map lookup). */
export function arabicGivenNameCue(key: string): GivenNameCue {
  return scriptOf(key) === 'arabic' ? (namesOf('arabic').cues.get(key) ?? NOT_GIVEN) : NOT_GIVEN;
}

/** The cue a folded Latin-script key gives (one map lookup). */
export function latinGivenNameCue(key: string): GivenNameCue {
  return scriptOf(key) === 'latin' ? (namesOf('latin').cues.get(key) ?? NOT_GIVEN) : NOT_GIVEN;
}

/** True when the folded key is the first word of a compound given name (عبد، نصر، نور). */
export function opensCompoundGivenName(key: string): boolean {
  return namesFor(key)?.compoundStarts.has(key) ?? false;
}

/** True when the folded key is a given name, ambiguous ones included. */
export function isGivenName(key: string): boolean {
  return namesFor(key)?.cues.has(key) ?? false;
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
  return scriptOf(latinKey) === 'latin' && namesOf('latin').cues.has(latinKey) && Object.hasOwn(other, latinKey)
    ? other[latinKey]!
    : null;
}

/** The Latin spelling of an Arabic given name's key (`جيمس` → `James`), when one is known. */
export function latinGivenName(arabicKey: string): string | null {
  return scriptOf(arabicKey) === 'arabic' && namesOf('arabic').cues.has(arabicKey) && Object.hasOwn(other, arabicKey)
    ? other[arabicKey]!
    : null;
}

/** How many given names there are in each script (for reports). */
export function givenNameCounts(): Record<GivenNameScript, number> {
  return { arabic: namesOf('arabic').cues.size, latin: namesOf('latin').cues.size };
}
