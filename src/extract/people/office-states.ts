/**
 * The states a meeting's people take part for: the state whose office the leaders' lexicon knows
 * them to hold that year, else the state their title names ("Cuban Foreign Minister").
 */
import { nameKey } from '../../names/normalize.js';
import { remembered } from '../../remembered.js';
import { gazetteer } from '../gazetteer/index.js';
import type { OfficeCode } from './leaders.js';
import type { OfficeHolders } from './offices.js';

/** Offices that speak for a state: its head, its government, its foreign policy, its parliament. */
const STATE_OFFICES: ReadonlySet<OfficeCode> = new Set(['hos', 'hog', 'fm', 'cp', 'vp', 'speaker', 'minister']);

/**
 * The states of the people a meeting names who held one of its offices that year: Sisi meeting
 * Araqchi is Egypt meeting Iran, whether or not the text says "Egyptian" or "Iranian", and a
 * reader looking for Iran's meetings finds it. (Not an envoy's or an organisation's: the UN
 * envoy speaks for no state.)
 */
export function statesOfOfficeHolders(
  people: readonly { kind: string; name: string | null; nameAr: string | null; role?: string | null }[],
  known: OfficeHolders,
): { code: string; name: string; nameAr: string }[] {
  const states: { code: string; name: string; nameAr: string }[] = [];
  for (const person of people) {
    // ("NATO Secretary General Mark Rutte", "Former Afghan President Ashraf Ghani": not for their state, or no longer)
    if (person.kind !== 'person' || NOT_FOR_THE_STATE.test(person.role ?? '')) continue;
    const leader = known.named(person.name ?? '') ?? known.named(person.nameAr ?? '');
    const office =
      leader && known.officesOf(leader).find((o) => o.country === leader.country && STATE_OFFICES.has(o.code));
    // (one the lexicon does not know holds office for the state their title names: "Cuban Foreign Minister")
    const code = office ? office.country : leader ? null : stateOfTitle(person.role ?? '');
    const country = code && gazetteer().countries.get(code);
    if (country && !states.some((s) => s.code === country.code))
      states.push({ code: country.code, name: country.name, nameAr: country.nameAr });
  }
  return states;
}

/** Words after which a country is where a post is, not whom it serves: "Ambassador to Oman", "سفير … لدى". */
const POSTED_TO = new Set(['to', 'in', 'for', 'at', 'with', 'لدى', 'إلى', 'الى', 'في', 'مع']);

/**
 * The state a title names by its name or adjective ("Cuban Foreign Minister", "Pakistan's Ambassador",
 * "وزير الخارجية الأميركي"). Remembered: the same roles recur through an article's drafts and across articles.
 */
const stateOfTitle = remembered((title: string): string | null => {
  const words = title.split(/\s+/).filter((w) => w !== '');
  const { entries } = gazetteer();
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && POSTED_TO.has(words[i - 1]!.toLowerCase())) continue;
    for (const span of [2, 1]) {
      const key = nameKey(words.slice(i, i + span).join(' ')).replace(/ s$/, '');
      const entry = span <= words.length - i ? (entries.get(key) ?? []).find((e) => e.kind === 'country') : undefined;
      if (entry?.kind === 'country') return entry.country.code;
    }
  }
  return null;
}, 10_000);

/** A role that speaks for a body, or is one held before: its holder takes part for no state. */
const NOT_FOR_THE_STATE =
  /\b(?:former|ex|outgoing|NATO|European|EU|Commissioner|Secretary[- ]General|UN|U\.N\.|envoy)\b|سابق|الأسبق|الناتو|الأوروب|المفوض|الأمين العام|الأمم المتحدة|مبعوث|المبعوث/i;
