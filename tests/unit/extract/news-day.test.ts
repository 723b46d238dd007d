/**
 * A news story's own meeting, told without a day: the headline and the lead report the day's
 * news, so the meeting is on the publication day; its status comes from the verb. Articles
 * written for the test (Tuesday 2020-01-28).
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';

const PUBLISHED = '2020-01-28';
const ar = (text: string): MeetingDraft[] =>
  extractMeetings(text, { published: PUBLISHED, timezone: 'Asia/Beirut', language: 'ar' }).meetings;
const en = (text: string): MeetingDraft[] =>
  extractMeetings(text, { published: PUBLISHED, timezone: 'UTC', language: 'en' }).meetings;
const brief = (m: MeetingDraft) => ({ date: m.date, place: m.place.name, status: m.status });

describe('the day of a meeting the story tells without one', () => {
  it('a past-tense lead without a day is the publication day, held', () => {
    const found = ar(
      'الرئيس يستقبل الموفد الأوروبي\n\nاستقبل رئيس الجمهورية العماد ميشال عون في قصر بعبدا الموفد الأوروبي هانز شميدت، وبحث معه الأوضاع في المنطقة والعلاقات الثنائية بين البلدين.',
    );
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Baabda', status: 'held' }]);
  });

  it('a headline in the present tense is the day’s news: held, not scheduled', () => {
    const found = en(
      'Foreign minister meets Gulf envoy in Muscat\n\nThe talks covered shipping in the Strait of Hormuz and the next round of regional consultations, officials said.',
    );
    expect(found.map(brief)).toEqual([{ date: PUBLISHED, place: 'Muscat', status: 'held' }]);
  });

  it('a headline in the future stays scheduled', () => {
    const found = ar(
      'وزير الخارجية سيلتقي نظيره العماني في مسقط\n\nقالت مصادر دبلوماسية إن الجانبين سيبحثان العلاقات الثنائية والأوضاع في المنطقة وملفات التعاون الاقتصادي.',
    );
    expect(found.map((m) => m.status)).toEqual(['scheduled']);
  });

  it('a day-less headline joins the dated meeting of its lead instead of making a second one', () => {
    const found = ar(
      'المقداد يلتقي بيدرسون في دمشق\n\nالتقى وزير الخارجية فيصل المقداد يوم الخميس المقبل المبعوث الأممي غير بيدرسون لبحث مسار اللجنة الدستورية.',
    );
    expect(found.map(brief)).toEqual([{ date: '2020-01-30', place: 'Damascus', status: 'scheduled' }]);
  });

  it('a day-less meeting deep in the body is background, not the day’s news', () => {
    const found = ar(
      'وزير الخارجية في القاهرة\n\nوصل وزير الخارجية أيمن الصفدي إلى القاهرة اليوم في زيارة رسمية تستمر يومين يلتقي خلالها كبار المسؤولين المصريين ويبحث معهم الأوضاع الإقليمية.\n\nوكانت الحكومة قد أعلنت عن خطة جديدة للنقل.\n\nوسبق أن التقى الصفدي الأمين العام للجامعة العربية أحمد أبو الغيط في عمّان.',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Cairo']);
  });

  it('"قبل ظهر اليوم" is this morning: the day of the meeting, not a bound before it', () => {
    const found = ar(
      'استقبل رئيس الحكومة قبل ظهر اليوم في السراي سفير فرنسا هيرفيه ماغرو وعرض معه الأوضاع العامة في البلاد.',
    );
    expect(found.map((m) => ({ date: m.date, status: m.status }))).toEqual([{ date: PUBLISHED, status: 'held' }]);
  });

  it('a past meeting verb spelled like the article (التقى) reads as held on the day', () => {
    const [m] = ar('التقى وزير الخارجية اليوم في عمّان نظيره الأردني أيمن الصفدي وبحث معه العلاقات الثنائية.');
    expect(m?.status).toBe('held');
  });
});
