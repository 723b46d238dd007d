/**
 * How sure the reader is of a meeting it found, from what it actually found: a meeting noun
 * (اجتماع، قمة, talks) or only a verb (التقى, met); a date read in the meeting's own clause,
 * borrowed from the mention before it, or none (the day of publication), a day or only a week
 * or a month; a place from the
 * meeting's clause or from further out (its sentence … the headline, the dateline); people in
 * the meeting's clause, elsewhere, countries only, or nobody. Each draft also keeps the words it
 * was read from (its evidence spans), so a person can check them in the import preview.
 */
import type {
  ConfidenceDoubt,
  ConfidenceLevel,
  DraftConfidence,
  EvidenceScope,
  EvidenceSpan,
  MeetingDraft,
} from '../calendar/types.js';
import { nameKey } from '../names/normalize.js';
import type { Clause } from './clauses.js';
import type { Found } from './mentions.js';
import type { ClauseRecord } from './reader.js';
import type { MeetingPlace } from './places.js';
import { precisionRank } from './when.js';

/** How much each fact weighs in the score (they add up to 1). */
const WEIGHTS = { event: 0.2, date: 0.3, place: 0.25, people: 0.25 } as const;

/** How much a place is worth by where it was read: the meeting's own clause is the surest. */
const PLACE_SCORES: Record<EvidenceScope, number> = {
  clause: 1,
  sentence: 0.85,
  paragraph: 0.75,
  lead: 0.65,
  headline: 0.65,
  capital: 0.55,
  dateline: 0.5,
  outlet: 0.45,
  seat: 0.5,
  article: 0.5,
};
/** Read this far out, a place is a doubt worth telling. */
const FAR_PLACES = new Set<EvidenceScope>(['lead', 'headline', 'capital', 'dateline', 'outlet', 'seat', 'article']);

/** A score at or above `high` is high, at or above `medium` medium, else low. */
export const CONFIDENCE_THRESHOLDS = { high: 0.8, medium: 0.6 } as const;

/** What the draft-maker knows about a meeting besides the draft: its mentions, its place, the clauses read. */
export interface MeetingReading {
  found: Found;
  placed: MeetingPlace | null;
  /** Held by video or phone: no place is expected. */
  remote: boolean;
  clauses: readonly ClauseRecord[];
  /** The article's language: names are quoted in its script. */
  language: 'ar' | 'en';
}

/** A draft's confidence and the words it was read from. */
export function assessMeeting(
  draft: MeetingDraft,
  reading: MeetingReading,
): { confidence: DraftConfidence; evidenceSpans: EvidenceSpan[] } {
  const { found, placed, remote, clauses, language } = reading;
  const doubts: ConfidenceDoubt[] = [];
  const spans: EvidenceSpan[] = [];
  const first = found.mentions[0]!;

  // The meeting word: a noun names a meeting; a verb alone (التقى, met) may be a greeting or a call.
  const trigger = first.spans?.trigger ?? null;
  const noun = trigger === null || holdsNoun(trigger.key, first.noun);
  if (!noun) doubts.push('verbOnly');
  if (trigger) spans.push({ what: 'event', from: 'clause', ...copy(trigger) });
  const event = noun ? 1 : 0.6;

  // The date: the mention whose day the draft took (its most precise, as drafts.ts takes it),
  // read in its own words or borrowed from the mention before it.
  // The clauses that name the meeting: what is read in any of them is read in "its clause".
  const own = found.mentions.flatMap((m) => clauses[m.clause]?.clause ?? []);
  const where = (offset: number) => scopeOf(clauses, offset, own);
  const dated = found.mentions.reduce((best, m) => (precisionRank(m.when) < precisionRank(best.when) ? m : best));
  const dateSpan = dated.spans?.date ?? null;
  const dayless = dated.spans?.publicationDay === true;
  let date = dateSpan || !dated.spans ? 1 : dayless ? 0.6 : 0.7;
  if (dateSpan) spans.push({ what: 'date', from: where(dateSpan.start), ...copy(dateSpan) });
  else if (dated.spans) doubts.push(dayless ? 'publicationDay' : 'dateBorrowed');
  if (draft.precision === 'week' || draft.precision === 'month') {
    date *= 0.75;
    doubts.push('vagueDate');
  }

  // The place, as places.ts read it outward from the meeting's clause.
  let place: number;
  if (placed) {
    place = PLACE_SCORES[placed.from];
    if (FAR_PLACES.has(placed.from)) doubts.push('placeFar');
    const words = placed.span ? textAt(clauses, placed.span.start, placed.span.end) : null;
    spans.push({
      what: 'place',
      from: placed.from,
      text: words ?? (language === 'ar' ? placed.place.nameAr : placed.place.name) ?? placed.place.name,
      start: words ? placed.span!.start : null,
      end: words ? placed.span!.end : null,
    });
  } else {
    place = remote ? 0.8 : 0.2;
    if (!remote) doubts.push('noPlace');
  }

  // The people: someone named in a clause of the meeting is worth more than a country.
  let people = 0.2;
  const seen = new Set<string>();
  const person = (
    p: { kind: string; name: string | null; nameAr: string | null; start: number },
    from: EvidenceScope,
  ) => {
    const text = (language === 'ar' ? (p.nameAr ?? p.name) : (p.name ?? p.nameAr)) ?? '';
    // Participants come merged (drafts.ts); a name repeated by another mention is the same text.
    if (seen.has(text)) return;
    seen.add(text);
    const worth = p.kind === 'person' ? (from === 'clause' ? 1 : 0.8) : 0.6;
    people = Math.max(people, worth);
    spans.push({ what: 'people', from, text, start: p.start, end: null });
  };
  for (const mention of found.mentions) for (const p of mention.participants) person(p, 'clause');
  for (const p of found.participants) person(p, where(p.start));
  if (seen.size === 0) doubts.push('nobody');
  else if (people < 0.8) doubts.push('noPerson');

  // Told again by another clause of the article: a little surer.
  const again = found.mentions.length > 1 ? 0.05 : 0;
  const raw = WEIGHTS.event * event + WEIGHTS.date * date + WEIGHTS.place * place + WEIGHTS.people * people + again;
  const score = Math.round(Math.min(1, raw) * 100) / 100;
  return { confidence: { level: levelOf(score), score, doubts }, evidenceSpans: spans };
}

/** The level of a score. */
export function levelOf(score: number): ConfidenceLevel {
  if (score >= CONFIDENCE_THRESHOLDS.high) return 'high';
  return score >= CONFIDENCE_THRESHOLDS.medium ? 'medium' : 'low';
}

/** The folded first word of each meeting noun (a dozen of them). */
const nounKeys = new Map<string, string>();

/**
 * The word holds its meeting noun ("الاجتماع" holds اجتماع, "talks" Talks); a verb does not
 * ("التقى" is لقاء's verb, "met" Meeting's). `word` is folded (the token's key); so is the
 * noun's first word.
 */
function holdsNoun(word: string, noun: string): boolean {
  let key = nounKeys.get(noun);
  if (key === undefined) {
    key = nameKey(noun.split(' ')[0]!);
    nounKeys.set(noun, key);
  }
  return word.includes(key);
}

/** Where something at `offset` was read: a clause naming the meeting (`own`), else the sentence or paragraph of one, else further. */
function scopeOf(clauses: readonly ClauseRecord[], offset: number, own: readonly Clause[]): EvidenceScope {
  const clause = clauseAt(clauses, offset);
  if (!clause) return 'article';
  if (own.some((c) => c.start === clause.start)) return 'clause';
  if (own.some((c) => c.sentence === clause.sentence)) return 'sentence';
  return own.some((c) => c.paragraph === clause.paragraph) ? 'paragraph' : 'article';
}

/** The clause holding `offset` (clauses are in text order: a binary search). */
function clauseAt(clauses: readonly ClauseRecord[], offset: number): Clause | null {
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const clause = clauses[middle]!.clause;
    if (offset < clause.start) high = middle - 1;
    else if (offset >= clause.end) low = middle + 1;
    else return clause;
  }
  return null;
}

/** The article's words from `start` to `end`, when one clause holds them. */
function textAt(clauses: readonly ClauseRecord[], start: number, end: number): string | null {
  const clause = clauseAt(clauses, start);
  if (!clause || end > clause.end) return null;
  return clause.text.slice(start - clause.start, end - clause.start);
}

function copy(span: { start: number; end: number; text: string }) {
  return { text: span.text, start: span.start, end: span.end };
}
