/**
 * Plans told in the past in English: "was to hold talks on January 17", "had proposed to hold on June
 * 12-13", "had been due to take place on Sunday". Their day may still be to come, or the nearest such day is meant.
 */
import { ClauseSide, englishTense, lastCueWord } from './english-tense.js';
import { PLANNED_FOR, PLANS_TO, SAYING, TO_THE_DAY } from './english-tense-words.js';

/**
 * The past clause around [start, end) tells a plan for the date or reports what was said of it,
 * rather than an event that took place: "was to hold talks on January 17", "previously fixed for
 * January 17", "said the September 13 meeting would cover". Its date may still be to come
 * (english-bare-dates.ts keeps such a day of the current month in this year). Asked only for a
 * day of the current month still to come in a past clause: rare, so it reads the clause again.
 */
export function plannedDay(text: string, start: number, end: number): boolean {
  englishTense(text, start, end);
  if (SAYING.has(lastCueWord())) return true;
  const words = new ClauseSide(text, start, -1, () => false).all();
  const first = words[0]?.text === 'on' ? 1 : 0;
  if (words[first]?.text === 'for' && PLANNED_FOR.has(words[first + 1]?.text ?? '')) return true;
  // "was to hold talks on …", "had proposed to hold on June 12-13", "agreed to meet on the 20th"
  return beforeTo(words, PLANS_TO, WAS);
}

const WAS = new Set(['was', 'were']);

/** A word of one of `sets` right before a "to" among `words` (a clause read back from its date, nearest first). */
function beforeTo(words: readonly { text: string }[], ...sets: ReadonlySet<string>[]): boolean {
  return words.some((w, k) => k > 0 && words[k - 1]!.text === 'to' && sets.some((set) => set.has(w.text)));
}

/**
 * A plan told as the future of a past ("Westerwelle was to hold talks with Davutoglu on Thursday", "were to meet
 * on Friday"): "was to" or "were to" before the date in its clause.
 */
export function wasTo(text: string, start: number): boolean {
  return beforeTo(new ClauseSide(text, start, -1, () => false).all(), WAS);
}

/**
 * A plan told in the pluperfect right before the date at `start`: "that had been set for
 * Wednesday", "had been due to take place on Sunday". Whether its day is gone by or still to
 * come, the clause does not say; the nearest such day is meant (placeBare's `plan`).
 */
export function pluperfectPlan(text: string, start: number): boolean {
  const words = new ClauseSide(text, start, -1, () => false);
  let k = 0;
  while (k < 6 && TO_THE_DAY.has(words.word(k)?.text ?? '')) k++;
  if (planAt(words, k)) return true;
  // "had been due to meet President Michel Aoun at the Baabda palace on November 22": the plan's verb and its object first
  if (!TO_THE_DAY.has(words.word(0)?.text ?? '')) return false;
  for (k = 1; k < PLAN_OBJECT_REACH; k++) if (planAt(words, k) && words.word(k - 1)?.text === 'to') return true;
  return false;
}

/** How many words a plan's verb and object may take between "had been due to" and the day. */
const PLAN_OBJECT_REACH = 12;

/** Words k, k+1, k+2 before the day, in reading order, are "had been due", "had been set" … */
function planAt(words: ClauseSide, k: number): boolean {
  return (
    PLANNED_FOR.has(words.word(k)?.text ?? '') &&
    words.word(k + 1)?.text === 'been' &&
    words.word(k + 2)?.text === 'had'
  );
}
