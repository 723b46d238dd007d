/**
 * Where a host receives: at home. A head of state or government, a crown prince or a foreign
 * minister, known to the leaders' lexicon for the article's year, receives a guest in their own
 * capital when the story names no city ("ترامب يستقبل الرئيس السيسي"). The last guess of
 * places.ts: after the article's own places, the outlet's capital for a ministry, a body's seat.
 */
import { nameKeyOf } from '../names/normalize.js';
import { gazetteer, type Place } from './gazetteer/index.js';
import type { Found } from './mentions.js';
import type { KnownLeaders } from './people/known-leaders.js';
import type { OfficeCode } from './people/leaders.js';
import type { ClauseRecord } from './mentions.js';

/** "استقبل", "received": a host receives a guest at home. */
export const RECEIVED = /^(?:[وف]?(?:س?[يت])?ا?ستقبل|[وف]?مستقبلي|receiv)/i;

/** Offices that receive guests at home, in their capital: heads of state and government, crown princes, foreign ministers. */
const RECEIVING_OFFICES: ReadonlySet<OfficeCode> = new Set(['hos', 'hog', 'fm', 'cp']);

/** The capital of the country whose leader receives in one of the meeting's mentions (the person right before or after the verb). */
export function hostCapital(found: Found, leaders: KnownLeaders, records: readonly ClauseRecord[]): Place | null {
  for (const mention of found.mentions) {
    const trigger = mention.spans?.trigger;
    if (!trigger || !RECEIVED.test(trigger.text)) continue;
    const clause = records[mention.clause]?.clause;
    const people = mention.participants.filter((p) => p.kind === 'person');
    // "…، وكذلك الرئيس السيسي، ولهذا يستقبل ترامب الرئيس المصري": a name before a comma and other words
    // is not the verb's subject ("Jordan's foreign minister, Ayman Safadi, received …" closes its name).
    const subject = people.filter((p) => p.start < trigger.start && !cutOff(clause, p.start, trigger.start)).at(-1);
    const host = subject ?? people.find((p) => p.start > trigger.start);
    const leader = host && leaders.named(host.name ?? host.nameAr ?? '');
    // (an office of the leader's own state: not an organisation's)
    const office = leader && leaders.officesOf(leader).find((o) => RECEIVING_OFFICES.has(o.code));
    if (!leader || !office || office.country !== leader.country) continue;
    // A head of state receives at the presidency, which some states keep outside the capital (Lebanon's in Baabda).
    const seat = office.code === 'hos' ? presidencySeat(leader.country) : undefined;
    return seat ?? gazetteer().countries.get(leader.country)?.capital ?? null;
  }
  return null;
}

/** Where a country keeps its presidential palace, when not in its capital (the gazetteer's institutions). */
function presidencySeat(country: string): Place | undefined {
  const entries = gazetteer().entries.get(nameKeyOf('Presidential palace')) ?? [];
  for (const entry of entries) if (entry.kind === 'institution') return entry.institution.seats.get(country);
  return undefined;
}

/** Between a name at `from` and the verb at `to`, a comma with words after it: another phrase opens before the verb. */
function cutOff(clause: ClauseRecord['clause'] | undefined, from: number, to: number): boolean {
  if (!clause || from < clause.start) return false;
  const between = clause.text.slice(from - clause.start, to - clause.start);
  const last = Math.max(between.lastIndexOf('،'), between.lastIndexOf(','));
  return last >= 0 && /\S/.test(between.slice(last + 1));
}
