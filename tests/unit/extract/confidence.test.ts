/**
 * How sure the reader is of each meeting, from what it found, and the words it read them from:
 * what the import preview shows a person before anything is added.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';
import { TWO_MEETINGS_ENGLISH } from '../../helpers/articles.js';
import { seedArticle } from '../../helpers/calendar.js';

const read = (text: string, published = '2020-01-28') => extractMeetings(text, { published }).meetings;
const spans = (draft: MeetingDraft | undefined, what: string) =>
  (draft?.evidenceSpans ?? []).filter((s) => s.what === what).map((s) => `${s.from}: ${s.text}`);

describe('confidence and evidence of a meeting found', () => {
  it('a meeting word, its date, its place and its people in one clause: high, each quoted from that clause', () => {
    const [visit] = read(TWO_MEETINGS_ENGLISH);
    expect(visit?.confidence).toEqual({ level: 'high', score: 1, doubts: [] });
    expect(spans(visit, 'event')).toEqual(['clause: visit']);
    expect(spans(visit, 'date')).toEqual(['clause: on Monday']);
    expect(spans(visit, 'place')).toEqual(['clause: Damascus']);
    expect(spans(visit, 'people')).toContain('clause: Geir Pedersen');
  });

  it('a bare verb with a day, no place and nobody: low, and it says why', () => {
    const again = read(TWO_MEETINGS_ENGLISH)[1];
    expect(again?.confidence?.level).toBe('low');
    expect(again?.confidence?.doubts).toEqual(['verbOnly', 'noPlace', 'nobody']);
    expect(spans(again, 'date')).toEqual(['clause: on Friday']);
  });

  it('"the two sides" are the people of the meeting before: not nobody', () => {
    const again = read(TWO_MEETINGS_ENGLISH.replace('delegates', 'the two sides'))[1];
    expect(again?.participants.map((p) => p.name).sort()).toEqual(['Geir Pedersen', 'Walid al-Muallem']);
    expect(again?.confidence?.doubts).not.toContain('nobody');
  });

  it('a meeting noun is surer than a verb, all else alike', () => {
    const [noun] = read('اجتماع لوزير الخارجية وليد المعلم في دمشق يوم الاثنين المقبل.');
    const [verb] = read('يلتقي وزير الخارجية وليد المعلم في دمشق يوم الاثنين المقبل.');
    expect(noun?.confidence?.doubts).not.toContain('verbOnly');
    expect(verb?.confidence?.doubts).toContain('verbOnly');
    expect(noun!.confidence!.score).toBeGreaterThan(verb!.confidence!.score);
  });

  it('a place read from the headline: a doubt, and the place quoted from there', () => {
    const [talks] = read(
      'المقداد يلتقي بيدرسون في دمشق\nالتقى وزير الخارجية فيصل المقداد المبعوث الأممي غير بيدرسون اليوم.',
    );
    expect(talks?.place.name).toBe('Damascus');
    expect(spans(talks, 'place')).toEqual([`${talks?.placeFrom}: دمشق`]);
    expect(talks?.placeFrom).not.toBe('clause');
    expect(talks?.confidence?.doubts).toContain('placeFar');
  });

  it('only the month: a vaguer date, a lower score than the day', () => {
    const [month] = read('يعقد وزراء الخارجية العرب اجتماعاً في القاهرة الشهر المقبل.');
    const [day] = read('يعقد وزراء الخارجية العرب اجتماعاً في القاهرة يوم الاثنين المقبل.');
    expect(month?.confidence?.doubts).toContain('vagueDate');
    expect(month!.confidence!.score).toBeLessThan(day!.confidence!.score);
  });

  it('a meeting the story tells without a day: on the publication day, and it says so', () => {
    const [visit] = read(
      'عون يستقبل هوكستين في بعبدا\nاستقبل الرئيس ميشال عون الوسيط الأميركي آموس هوكستين وبحث معه ملف ترسيم الحدود.',
    );
    expect(visit?.date).toBe('2020-01-28');
    expect(visit?.confidence?.doubts).toContain('publicationDay');
    expect(spans(visit, 'date')).toEqual([]);
  });

  it('held by video: no place is expected, so none is a doubt', () => {
    const [call] = read('وزير الخارجية وليد المعلم يعقد اجتماعاً عبر تقنية الفيديو يوم الاثنين المقبل مع غير بيدرسون.');
    expect(call?.place.name).toBeNull();
    expect(call?.confidence?.doubts).not.toContain('noPlace');
  });

  it('every meeting of the seed article is assessed, and each span is the article’s own words at its offsets', () => {
    const text = seedArticle();
    const drafts = read(text);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(['high', 'medium', 'low']).toContain(draft.confidence?.level);
      for (const span of draft.evidenceSpans ?? []) {
        if (span.start !== null && span.end !== null) expect(text.slice(span.start, span.end)).toBe(span.text);
        else if (span.start !== null) expect(text.slice(span.start)).toMatch(/^\S/);
      }
      expect(draft.evidenceSpans?.some((s) => s.what === 'date')).toBe(true);
    }
  });
});
