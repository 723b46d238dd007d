/**
 * Reading an article: text and its publication day in; the meetings it describes out, as
 * calendar drafts, each with the sentence it came from. Pure: no Discord, no database.
 *
 * Per clause (reader.ts): meeting words (اجتماع، قمة، زيارة, talks, summit …) are joined with
 * the nearest date and place of their stretch of the clause; clauses without a meeting word
 * of their own ("وتضم المجموعة …", "هذا الاجتماع …") add their participants to the meeting the
 * text is about. Mentions of one meeting (same place, overlapping days) are merged (drafts.ts).
 */
import type { MeetingDraft, ParticipantKind } from '../calendar/types.js';
import { parseTimeExpressions, type TimeExpression } from '../date-parser/index.js';
import { remembered } from '../remembered.js';
import { UserError } from '../errors.js';
import { isIsoDay, localInstant } from '../time/local-days.js';
import { dateline } from './dateline.js';
import { toDrafts } from './drafts.js';
import { PeopleRegistry } from './people/registry.js';
import { knownLeaders } from './people/known-leaders.js';
import { ArticlePlaces, capitalOfZone } from './places.js';
import { ArticleReader } from './reader.js';
import { meetingWords } from './triggers.js';
import { isSportsReport } from './sports.js';
import { clauses, isArabic } from './clauses.js';
import { dayPartsOnTheirDay, usableDates } from './when.js';
import { anchoredWeekdays, clockOnItsDay, onItsOwnDay } from './weekdays-told.js';
import { withDaysAfter } from './days-after.js';
import { withUndated } from './undated.js';
import { MAX_ARTICLE_KB, MAX_ARTICLE_SIZE } from './limits.js';

export interface ArticleSource {
  /** Publication day, YYYY-MM-DD: every relative date is resolved against it. */
  published: string;
  /** The outlet's zone; default Asia/Damascus for Arabic, UTC otherwise. */
  timezone?: string | undefined;
  /** Detected from the text when not given. */
  language?: 'ar' | 'en' | undefined;
  /** People the calendar already knows: found again by name, with their Latin spelling. */
  known?: readonly { name: string | null; nameAr: string | null; kind: ParticipantKind; role?: string | null }[];
}

export interface Extraction {
  language: 'ar' | 'en';
  timezone: string;
  meetings: MeetingDraft[];
}

/** Articles larger than this are refused: no news story is 200 KB of text (src/extract/limits.ts). */
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_SIZE;

/** The meetings an article describes. Throws a `UserError` for text that is not an article. */
export function extractMeetings(text: string, source: ArticleSource): Extraction {
  if (!text.trim()) throw new UserError('articleEmpty');
  if (text.length > MAX_ARTICLE_CHARS) throw new UserError('articleTooLong', MAX_ARTICLE_KB);
  if (!isIsoDay(source.published)) throw new UserError('notPublicationDay', source.published);
  const letters = countLetters(text, 20);
  if (letters === 0) throw new UserError('notArticleLanguage');
  if (letters < 20) throw new UserError('articleTooShort');
  const language = source.language ?? (isArabic(text) ? 'ar' : 'en');
  const timezone = source.timezone ?? (language === 'ar' ? 'Asia/Damascus' : 'UTC');
  const reference = { at: noonOfDay(`${source.published} ${timezone}`), zone: timezone };
  const parts = clauses(text);
  // A match report: its لقاء and قمة are games between teams. An article without a meeting
  // word describes no meeting, and its dates need not be read.
  const arabic = language === 'ar';
  if (isSportsReport(parts) || !parts.some((clause) => meetingWords(clause.tokens, arabic).length > 0))
    return { language, timezone, meetings: [] };
  // The dateline is where and when the story was filed: read apart from the clause it opens, its
  // place the place of last resort, its day no meeting's.
  const filed = dateline(text);
  const dates = withDaysAfter(
    text,
    anchoredWeekdays(
      text,
      dayPartsOnTheirDay(
        usableDates(text, parseTimeExpressions(text, reference))
          .filter((d) => filed === null || d.start >= filed.end || d.end <= filed.start)
          .map((d) => clockOnItsDay(onItsOwnDay(d, source.published), source.published)),
        source.published,
      ),
      source.published,
    ),
  );
  const registry = new PeopleRegistry((source.known ?? []).map((p) => ({ ...p, role: p.role ?? null })));
  const reader = new ArticleReader(language, source.published, timezone, registry, filed);
  // Dates (usableDates keeps them in text order) and clauses: one pass hands each clause its dates.
  let next = 0;
  for (const clause of parts) {
    while (next < dates.length && dates[next]!.start < clause.start) next++;
    const own: TimeExpression[] = [];
    for (let k = next; k < dates.length && dates[k]!.start < clause.end; k++)
      if (dates[k]!.end <= clause.end) own.push(dates[k]!);
    reader.read(clause, own);
  }
  const leaders = knownLeaders(Number(source.published.slice(0, 4)));
  const places = new ArticlePlaces(reader, filed?.place ?? null, capitalOfZone(timezone), leaders);
  return {
    language,
    timezone,
    meetings: toDrafts(withUndated(reader.meetings(), reader.undatedMentions(), reader.discourse()), {
      language,
      timezone,
      placeOf: (found) => places.of(found),
      clauses: reader.clauses(),
      published: source.published,
      leaders,
    }),
  };
}

/** Arabic and Latin letters in `text` (not Arabic digits or marks), counted up to `enough`. */
function countLetters(text: string, enough: number): number {
  let letters = 0;
  for (let i = 0; i < text.length && letters < enough; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x621 && code <= 0x64a) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters++;
  }
  return letters;
}

/** Noon of the publication day in the outlet's zone (key: "day zone"), remembered: an outlet's articles share their days. */
const noonOfDay = remembered((key: string): number => {
  const [day, zone] = key.split(' ') as [string, string];
  return localInstant(day, '12:00', zone);
}, 10_000);
