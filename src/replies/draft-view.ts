/**
 * How a meeting found in an article reads before it is added: as the calendar would show it,
 * with how sure the reader is and the words it was read from; in full (an embed), as a compact
 * entry of a longer preview, as a choice of the preview's menu, or as data.
 */
import { resolveMeetingTime } from '../calendar/meeting-time.js';
import type { Meeting, MeetingDraft } from '../calendar/types.js';
import { messages } from '../i18n/index.js';
import { lowersConfidence } from '../extract/confidence.js';
import { formatDay, meetingEmbed, meetingTitle, placeName, placeText, whenText, type View } from './meeting-view.js';
import { clip, LIMITS, type ReplyEmbed, type ReplySelectOption } from './reply.js';

const LEVEL_ICONS = { high: '🟢', medium: '🟡', low: '⚠️' } as const;

/** A found meeting, shown as the calendar would show it, with its confidence and evidence, and what it would update. */
export function draftEmbed(
  view: View,
  calendarZone: string,
  draft: MeetingDraft,
  existing: Meeting | null,
): ReplyEmbed {
  const shown = meetingEmbed(asMeeting(draft, calendarZone), view);
  const t = messages(view.locale);
  const fields = [...(shown.fields ?? [])];
  const sure = confidenceText(view, draft);
  const read = evidenceLines(view, draft);
  // Before the source sentence (the last field): how sure, and from which words.
  const at = draft.evidence ? fields.length - 1 : fields.length;
  if (read.length > 0) fields.splice(at, 0, { name: t.evidenceField, value: read.join('\n') });
  if (sure) fields.splice(at, 0, { name: t.confidenceField, value: sure });
  return {
    ...shown,
    title: clip(
      `${draftHeading(view, draft, existing)} · ${shown.title?.replace(/^#0 · /, '') ?? ''}`,
      LIMITS.embedTitle,
    ),
    fields,
  };
}

/**
 * A found meeting in three lines, for a preview of many: its number in the preview and title;
 * when, where, status; how sure and where its date, place and people were read.
 */
export function draftEntry(
  view: View,
  calendarZone: string,
  draft: MeetingDraft,
  existing: Meeting | null,
  index: number,
): string {
  const meeting = asMeeting(draft, calendarZone);
  const t = messages(view.locale);
  const title = view.present.bold(
    `${index + 1} · ${draftHeading(view, draft, existing)} · ${view.present.text(meetingTitle(meeting, view.locale))}`,
  );
  const lines = [title, `${whenText(meeting, view)} · ${placeText(meeting, view)} · ${t.status[draft.status]}`];
  const sure = confidenceText(view, draft);
  if (sure) {
    const from = (['date', 'place', 'people'] as const).flatMap((what) => {
      const span = draft.evidenceSpans?.find((s) => s.what === what);
      return span ? [`${t.evidenceWhat[what]}: ${t.evidenceFrom[span.from]}`] : [];
    });
    lines.push([sure, ...from].join(' · '));
  }
  return lines.join('\n');
}

/** A found meeting as a choice of the preview's menu: its number and title; its day and place, plain (menus show no timestamps). */
export function draftOption(view: View, draft: MeetingDraft, index: number, selected: boolean): ReplySelectOption {
  const title = meetingTitle(draft, view.locale);
  const low = draft.confidence?.level === 'low' ? `${LEVEL_ICONS.low} ` : '';
  const place = placeName(draft.place, view.locale);
  return {
    value: String(index),
    label: clip(`${index + 1} · ${low}${title}`, LIMITS.optionLabel),
    description: clip(
      [formatDay(draft.date, view.locale), place].filter(Boolean).join(' · '),
      LIMITS.optionDescription,
    ),
    selected,
  };
}

/** "⚠️ low (0.54): no place given; nobody named", or null for a draft no reader assessed. */
export function confidenceText(view: View, draft: MeetingDraft): string | null {
  const sure = draft.confidence;
  if (!sure) return null;
  const t = messages(view.locale);
  // (only what lowered the score: a fact the model found no reason to doubt is not told as one)
  const doubts = sure.doubts.filter(lowersConfidence).map((doubt) => t.doubts[doubt]);
  const level = `${LEVEL_ICONS[sure.level]} ${t.confidence[sure.level]} (${sure.score.toFixed(2)})`;
  return doubts.length > 0 ? `${level}: ${doubts.join(view.locale === 'ar' ? '؛ ' : '; ')}` : level;
}

/** One line per fact: "date: «الاثنين المقبل» (its clause)"; people on one line. */
export function evidenceLines(view: View, draft: MeetingDraft): string[] {
  const spans = draft.evidenceSpans ?? [];
  const t = messages(view.locale);
  const quote = (text: string) => `«${view.present.text(text)}»`;
  const lines: string[] = [];
  for (const what of ['event', 'date', 'place'] as const) {
    const span = spans.find((s) => s.what === what);
    if (span) lines.push(`${t.evidenceWhat[what]}: ${quote(span.text)} (${t.evidenceFrom[span.from]})`);
  }
  const people = spans.filter((s) => s.what === 'people');
  if (people.length > 0)
    lines.push(
      `${t.evidenceWhat.people}: ${people.map((s) => `${view.present.text(s.text)} (${t.evidenceFrom[s.from]})`).join(', ')}`,
    );
  return lines;
}

/** "New", "Updates #4", with a warning sign when the reader is not sure of it. */
function draftHeading(view: View, draft: MeetingDraft, existing: Meeting | null): string {
  const t = messages(view.locale);
  const what = existing ? t.importUpdates(existing.number) : t.importNew;
  return draft.confidence?.level === 'low' ? `${LEVEL_ICONS.low} ${what}` : what;
}

/** A draft dressed as a meeting (number 0) so that it reads exactly as a stored one would. */
export function asMeeting(draft: MeetingDraft, calendarZone: string): Meeting {
  const zone = draft.timezone ?? calendarZone;
  const time = resolveMeetingTime(draft, zone);
  return {
    number: 0,
    calendarId: 0,
    title: draft.title,
    titleAr: draft.titleAr,
    precision: draft.precision,
    date: time.date,
    endDate: time.endDate,
    time: time.time,
    startsAt: time.startsAt,
    endsAt: time.endsAt,
    timezone: draft.timezone,
    zone,
    place: draft.place,
    status: draft.status,
    evidence: draft.evidence,
    participants: draft.participants.map((p, i) => ({
      participantId: -i - 1,
      name: p.name,
      nameAr: p.nameAr,
      kind: p.kind,
      role: p.role ?? null,
    })),
    sources: [],
    createdAt: 0,
    updatedAt: 0,
    revision: 0,
  };
}

/** A found meeting as the calendar's JSON shape (`meetings extract --json`), with how sure the reader is and why. */
export function draftJson(draft: MeetingDraft) {
  return {
    title: draft.title,
    titleAr: draft.titleAr,
    date: draft.date,
    endDate: draft.endDate ?? draft.date,
    time: draft.time ?? null,
    precision: draft.precision,
    timezone: draft.timezone,
    location: draft.place.name,
    locationAr: draft.place.nameAr,
    country: draft.place.country,
    status: draft.status,
    participants: draft.participants.map((p) => ({
      name: p.name,
      nameAr: p.nameAr,
      kind: p.kind,
      role: p.role ?? null,
    })),
    evidence: draft.evidence,
    confidence: draft.confidence ?? null,
    evidenceSpans: draft.evidenceSpans ?? [],
  };
}
