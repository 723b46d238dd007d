/**
 * Where a body sits: a meeting of a body that sits only at its seat (the Security Council in New
 * York), one held on the sidelines of its session, or an organisation's own reception, is there.
 */
import type { Place } from './gazetteer/index.js';
import { gazetteer } from './gazetteer/index.js';
import { nameKey } from '../names/normalize.js';
import { RECEIVED } from './hosts.js';
import { SIDELINES } from './meeting-words.js';
import type { Found } from './mentions.js';
import type { ClauseRecord } from './mentions.js';

/** The seat of an organisation whose own reception the meeting is (or of the one it is an organ of), when it has one. */
export function organizationSeat(found: Found): Place | null {
  if (!found.mentions.some((m) => m.spans && RECEIVED.test(m.spans.trigger.text))) return null;
  const { entries } = gazetteer();
  for (const p of found.mentions.flatMap((m) => m.participants).concat(found.participants)) {
    if (p.kind !== 'organization' || p.name === null) continue;
    const entry = entries.get(nameKey(p.name))?.find((e) => e.kind === 'organization');
    if (entry?.kind !== 'organization') continue;
    const { seat, partOf } = entry.organization;
    const city = seat ?? (partOf ? organizationNamed(partOf)?.seat : undefined);
    if (city) return placeNamed(city);
  }
  return null;
}

function organizationNamed(name: string) {
  const entry = gazetteer()
    .entries.get(nameKey(name))
    ?.find((e) => e.kind === 'organization');
  return entry?.kind === 'organization' ? entry.organization : null;
}

/** Where the UN's bodies and the Arab League's council sit: their sessions (and the meetings beside them) are there. */
const SEATS: ReadonlyMap<string, string> = new Map([
  ['UN Security Council', 'New York'],
  ['UN General Assembly', 'New York'],
  ['UN Human Rights Council', 'Geneva'],
  // (the League's council sits in session at its headquarters; its summits move, and are not this body)
  ['Arab League Council', 'Cairo'],
]);
const SUMMIT_LEVEL = /\bsummit level\b|مستوى\s+القمة|مستوى\s+القادة/i;
/** Of those, the one whose own meeting is never elsewhere, whatever city the clause names (the Security Council). */
const NEVER_ELSEWHERE = new Set(['UN Security Council']);

/** How near its meeting word a body that sits at its seat is named ("جلسة لمجلس الأمن", "Security Council members are due to meet"), in characters. */
const SEAT_REACH = 45;

/**
 * The seat of a body that sits only there, named with the meeting word (not "قرار مجلس الأمن"
 * further on); or of a UN body whose session a meeting is "on the sidelines of" ("على هامش
 * اجتماعات الجمعية العامة") when the clause names no city: who met beside its session met where it
 * sits, wherever the story was filed ("in Paris … ahead of the UN General Assembly" stays in Paris).
 */
export function seatOf(found: Found, records: readonly ClauseRecord[]): Place | null {
  for (const mention of found.mentions) {
    const clause = records[mention.clause]?.clause;
    const sidelines = clause && !mention.place ? SIDELINES.exec(clause.text) : null;
    const beside = sidelines ? clause!.start + sidelines.index : null;
    for (const p of mention.participants) {
      const city = p.kind === 'organization' && p.name !== null ? SEATS.get(p.name) : undefined;
      // ("the Arab League Council at the summit level", "على مستوى القمة": the summit, which moves)
      if (!city || SUMMIT_LEVEL.test(clause?.text ?? '')) continue;
      const named =
        NEVER_ELSEWHERE.has(p.name!) && mention.spans && Math.abs(p.start - mention.spans.trigger.start) <= SEAT_REACH;
      const besideIt = beside !== null && p.start > beside && p.start - beside <= SEAT_REACH;
      if (named || besideIt) return placeNamed(city);
    }
  }
  return null;
}

/** A seat's city, by its English name (the gazetteer's own index). */
const placeNamed = (name: string): Place | null => gazetteer().placesByName.get(name) ?? null;
