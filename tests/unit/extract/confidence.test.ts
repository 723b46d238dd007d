/**
 * How sure the reader is of each meeting, from what it found, and the words it read them from:
 * what the import preview shows a person before anything is added.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';
import { TWO_MEETINGS_ENGLISH } from '../../helpers/articles.js';
import { diwanExtractor } from '../../helpers/diwan-extractor.js';
import { loadNewsCorpus, matchedExtracted } from '../../helpers/extraction-score.js';
import { seedArticle } from '../../helpers/calendar.js';

const read = (text: string, published = '2020-01-28') => extractMeetings(text, { published }).meetings;
const spans = (draft: MeetingDraft | undefined, what: string) =>
  (draft?.evidenceSpans ?? []).filter((s) => s.what === what).map((s) => `${s.from}: ${s.text}`);

describe('confidence and evidence of a meeting found', () => {
  it('a meeting word, its date, its place and its people in one clause: high, each quoted from that clause', () => {
    const [visit] = read(TWO_MEETINGS_ENGLISH);
    expect(visit?.confidence?.level).toBe('high');
    expect(visit?.confidence?.doubts).toEqual([]);
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
    const people = again?.participants.filter((p) => p.kind === 'person');
    expect(people?.map((p) => p.name).sort()).toEqual(['Geir Pedersen', 'Walid al-Muallem']);
    expect(again?.confidence?.doubts).not.toContain('nobody');
  });

  it('a bare verb is a doubt the preview tells, beside a meeting noun that is none', () => {
    const [noun] = read('اجتماع لوزير الخارجية وليد المعلم في دمشق يوم الاثنين المقبل.');
    const [verb] = read('يلتقي وزير الخارجية وليد المعلم في دمشق يوم الاثنين المقبل.');
    expect(noun?.confidence?.doubts).not.toContain('verbOnly');
    expect(verb?.confidence?.doubts).toContain('verbOnly');
  });

  it("a place in the meeting's own words is surer than the dateline's, all else alike", () => {
    const [own] = read('DAMASCUS (SANA) - Foreign Minister Walid al-Muallem met Geir Pedersen in Damascus on Monday.');
    const [filed] = read('DAMASCUS (SANA) - Foreign Minister Walid al-Muallem met Geir Pedersen on Monday.');
    expect([own?.place.name, filed?.place.name]).toEqual(['Damascus', 'Damascus']);
    expect(filed?.confidence?.doubts).toContain('placeFar');
    expect(own!.confidence!.score).toBeGreaterThan(filed!.confidence!.score);
  });

  it('a meeting recalled from before the day of publication is less sure than one on that day', () => {
    const [today] = read('Foreign Minister Walid al-Muallem met Geir Pedersen in Damascus on Tuesday.');
    const [recalled] = read('Foreign Minister Walid al-Muallem met Geir Pedersen in Damascus on Saturday.');
    expect([today?.date, recalled?.date]).toEqual(['2020-01-28', '2020-01-25']);
    expect(today!.confidence!.score).toBeGreaterThan(recalled!.confidence!.score);
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

  it('the levels mean what they say on the development corpus: high drafts are right at least 4 times in 5, and each level more often than the one below', () => {
    const tally = { high: [0, 0], medium: [0, 0], low: [0, 0] };
    for (const fixture of loadNewsCorpus('dev')) {
      const drafts = extractMeetings(fixture.text, fixture.source).meetings;
      const right = matchedExtracted(fixture, diwanExtractor(fixture.text, fixture.source));
      drafts.forEach((draft, i) => tally[draft.confidence!.level][right[i] ? 0 : 1]!++);
    }
    const share = ([right, wrong]: number[]) => right! / (right! + wrong!);
    expect(share(tally.high)).toBeGreaterThanOrEqual(0.8);
    expect(share(tally.high)).toBeGreaterThan(share(tally.medium));
    expect(share(tally.medium)).toBeGreaterThan(share(tally.low));
  });
});
