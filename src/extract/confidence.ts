/**
 * How sure the reader is of a meeting it found, from what it actually found: a meeting noun
 * (اجتماع، قمة, talks) or only a verb (التقى, met); a date read in the meeting's own clause,
 * borrowed from the mention before it, or none (the day of publication), a day or only a week
 * or a month; a place from the meeting's clause or from further out (its sentence … the
 * headline, the dateline); people in the meeting's clause, elsewhere, countries only, or
 * nobody; its status and whether it is before, on or after the day of publication. These
 * facts are the doubts a draft lists and the features of a logistic model fitted on the news
 * corpus's development part (confidence-weights.json, written by `npm run fit:confidence`):
 * the score is the share of such drafts the reader got right there. Each draft also keeps the
 * words it was read from (its evidence spans), so a person can check them in the import preview.
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
import { datingMention, type Found } from './mentions.js';
import type { ClauseRecord } from './mentions.js';
import type { MeetingPlace } from './places.js';
import fitted from './confidence-weights.json' with { type: 'json' };

/** Read this far out, a place is a doubt worth telling. */
const FAR_PLACES = new Set<EvidenceScope>(['lead', 'headline', 'capital', 'dateline', 'outlet', 'seat', 'article']);

/** A score at or above `high` is high, at or above `medium` medium, else low: the share of such drafts that were right. */
export const CONFIDENCE_THRESHOLDS = { high: 0.75, medium: 0.5 } as const;

/** The fitted model: a weight per feature (absent: 0) and the bias. */
const MODEL: { bias: number; weights: Readonly<Record<string, number>> } = fitted;

/** What the draft-maker knows about a meeting besides the draft: its mentions, its place, the clauses read. */
export interface MeetingReading {
  found: Found;
  placed: MeetingPlace | null;
  /** Held by video or phone: no place is expected. */
  remote: boolean;
  clauses: readonly ClauseRecord[];
  /** The article's language: names are quoted in its script. */
  language: 'ar' | 'en';
  /** The article's day of publication (YYYY-MM-DD). */
  published: string;
}

/** A draft's confidence and the words it was read from. */
export function assessMeeting(
  draft: MeetingDraft,
  reading: MeetingReading,
): { confidence: DraftConfidence; evidenceSpans: EvidenceSpan[] } {
  const { found, placed, remote, clauses, language, published } = reading;
  const doubts: ConfidenceDoubt[] = [];
  const spans: EvidenceSpan[] = [];
  const first = found.mentions[0]!;

  // The meeting word: a noun names a meeting; a verb alone (التقى, met) may be a greeting or a call.
  const trigger = first.spans?.trigger ?? null;
  const noun = trigger === null || holdsNoun(trigger.key, first.noun);
  if (!noun) doubts.push('verbOnly');
  if (trigger) spans.push({ what: 'event', from: 'clause', ...copy(trigger) });

  // The date: the mention whose day the draft took (its most precise, as drafts.ts takes it),
  // read in its own words or borrowed from the mention before it.
  // The clauses that name the meeting: what is read in any of them is read in "its clause".
  const own = found.mentions.flatMap((m) => clauses[m.clause]?.clause ?? []);
  const where = (offset: number) => scopeOf(clauses, offset, own);
  const dated = datingMention(found.mentions);
  const dateSpan = dated.spans?.date ?? null;
  const dayless = dated.spans?.publicationDay === true;
  if (dateSpan) spans.push({ what: 'date', from: where(dateSpan.start), ...copy(dateSpan) });
  else if (dated.spans) doubts.push(dayless ? 'publicationDay' : 'dateBorrowed');
  if (draft.precision === 'week' || draft.precision === 'month') doubts.push('vagueDate');

  // The place, as places.ts read it outward from the meeting's clause.
  if (placed) {
    if (FAR_PLACES.has(placed.from)) doubts.push('placeFar');
    const words = placed.span ? textAt(clauses, placed.span.start, placed.span.end) : null;
    spans.push({
      what: 'place',
      from: placed.from,
      text: words ?? (language === 'ar' ? placed.place.nameAr : placed.place.name) ?? placed.place.name,
      start: words ? placed.span!.start : null,
      end: words ? placed.span!.end : null,
    });
  } else if (!remote) doubts.push('noPlace');

  // The people, each quoted once (participants come merged, drafts.ts): countries only is a doubt.
  let somePerson = false;
  const seen = new Set<string>();
  const person = (
    p: { kind: string; name: string | null; nameAr: string | null; start: number },
    from: EvidenceScope,
  ) => {
    const text = (language === 'ar' ? (p.nameAr ?? p.name) : (p.name ?? p.nameAr)) ?? '';
    if (seen.has(text)) return;
    seen.add(text);
    somePerson ||= p.kind === 'person';
    spans.push({ what: 'people', from, text, start: p.start, end: null });
  };
  for (const mention of found.mentions) for (const p of mention.participants) person(p, 'clause');
  for (const p of found.participants) person(p, where(p.start));
  if (seen.size === 0) doubts.push('nobody');
  else if (!somePerson) doubts.push('noPerson');

  const features = confidenceFeatures({ ...draft, placeFrom: placed?.from ?? null }, doubts, published, language);
  const score = Math.round(scoreOf(features) * 100) / 100;
  return { confidence: { level: levelOf(score), score, doubts }, evidenceSpans: spans };
}

/**
 * The facts a draft's score is weighed from, named as confidence-weights.json names them: its
 * doubts, where its place was read, its status, its day against the day of publication, how
 * many people it names, the article's language.
 */
export function confidenceFeatures(
  draft: Pick<MeetingDraft, 'date' | 'status' | 'participants' | 'placeFrom'>,
  doubts: readonly ConfidenceDoubt[],
  published: string,
  language: 'ar' | 'en',
): string[] {
  const persons = draft.participants.filter((p) => p.kind === 'person').length;
  const day = draft.date < published ? 'before' : draft.date > published ? 'after' : 'published';
  return [
    ...doubts,
    `place:${draft.placeFrom ?? 'none'}`,
    `status:${draft.status}`,
    `day:${day}`,
    `persons:${Math.min(persons, 3)}`,
    `language:${language}`,
  ];
}

/**
 * A doubt that lowers the score (its weight is below nothing): the ones worth telling a person.
 * On the development part a bare verb ("met") was right more often than not, so it lowers nothing.
 */
export function lowersConfidence(doubt: ConfidenceDoubt): boolean {
  return (MODEL.weights[doubt] ?? 0) < 0;
}

/** The model's probability that a draft with these features is right. */
export function scoreOf(features: readonly string[]): number {
  let z = MODEL.bias;
  for (const feature of features) z += MODEL.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
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
