/**
 * Clock times as news gives them, read into a meeting's local time: a zone named (the outlet's own
 * too), local time, several times in one sentence, an ordinal hour after عند, hours counted from
 * "now". Sentences written for the test; publication days and zones named.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';

/** Tuesday 2021-03-16: Cairo UTC+2, Tunis UTC+1, Washington on summer time (UTC-4) since the 14th. */
const PUBLISHED = '2021-03-16';

function cairoPaper(text: string): MeetingDraft[] {
  return extractMeetings(text, { published: PUBLISHED, timezone: 'Africa/Cairo', language: 'ar' }).meetings;
}

const at = (m: MeetingDraft | undefined) => m && { place: m.place.name, date: m.date, time: m.time };

describe('clock times in a named zone', () => {
  it("the outlet's own zone named for a meeting elsewhere is converted to the meeting's place", () => {
    const [m] = cairoPaper('تنطلق القمة غداً في تونس، وفي تمام الواحدة ظهراً بتوقيت القاهرة تبدأ جلسة العمل الأولى.');
    expect(at(m)).toEqual({ place: 'Tunis', date: '2021-03-17', time: '12:00' });
  });

  it('two spellings of one time in two zones give the wall clock of the place', () => {
    const [m] = cairoPaper(
      'يجتمع الرئيس بنظيره الأمريكي اليوم في واشنطن، في تمام السادسة مساءً بتوقيت القاهرة، الموافقة للثانية عشرة ظهراً بتوقيت واشنطن.',
    );
    expect(at(m)).toEqual({ place: 'Washington', date: PUBLISHED, time: '12:00' });
  });

  it('a clock time named by a people or a capital ("Kenyan time", "Kyiv time") is converted to the place', () => {
    const [m] = extractMeetings(
      'At about 8.55pm Kenyan time on Monday, President Uhuru Kenyatta will hold talks with President Donald Trump at the White House in Washington.',
      { published: '2018-08-26', timezone: 'Africa/Nairobi', language: 'en' },
    ).meetings;
    // (Nairobi UTC+3, Washington on summer time UTC-4)
    expect(at(m)).toEqual({ place: 'Washington', date: '2018-08-27', time: '13:55' });
  });

  it("the body's clock time in a named zone is the meeting's, not the headline's of no zone, and the zone's city is no place", () => {
    const [m] = extractMeetings(
      'Ukraine talks: foreign ministers to meet tomorrow at noon\n\nThe foreign ministers of Ukraine, Russia, Germany and France will meet for talks on February 24 at 12:00 Kyiv time at the French foreign ministry in Paris, a diplomatic source said.',
      { published: '2015-02-23', timezone: 'Europe/Kyiv', language: 'en' },
    ).meetings;
    expect(at(m)).toEqual({ place: 'Paris', date: '2015-02-24', time: '11:00' });
  });

  it('local time is the place’s own, whatever the outlet’s zone', () => {
    const [m] = cairoPaper('تبدأ المحادثات غداً في إسطنبول في الساعة العاشرة صباحاً بالتوقيت المحلي.');
    expect(at(m)).toEqual({ place: 'Istanbul', date: '2021-03-17', time: '10:00' });
  });
});

describe('which clock time is the meeting’s', () => {
  it('"عند الساعة الثانية ظهر اليوم الأربعاء" names its own day: not the day of the meeting told before it', () => {
    const found = extractMeetings(
      'وصل الوفد الحكومي اليمني إلى عمّان مساء الثلاثاء بعد لقائه رئيس الوزراء معين عبد الملك.\n\nوأفاد مصدر حكومي بأن أول اجتماع سيُعقد مع مكتب المبعوث الأممي إلى اليمن عند الساعة الثانية ظهر اليوم الأربعاء.',
      { published: '2022-05-25', timezone: 'Asia/Amman', language: 'ar' },
    ).meetings;
    const timed = found.find((m) => m.time !== null && m.time !== undefined);
    expect(timed && { ...at(timed), status: timed.status }).toEqual({
      place: 'Amman',
      date: '2022-05-25',
      time: '14:00',
      status: 'scheduled',
    });
  });

  it('of several clock times in a sentence, the one nearest the meeting word', () => {
    const [m] = cairoPaper(
      'تقام مراسم التوقيع غداً في تونس.\n' +
        'وعند الساعة العاشرة صباحاً يغادر الوزير عمّان قاصداً تونس، ومن المنتظر أن يصل إليها في الساعة 11:30، فيما تقرر أن تنطلق مراسم التوقيع في الساعة الواحدة ظهراً.',
    );
    expect(at(m)).toEqual({ place: 'Tunis', date: '2021-03-17', time: '13:00' });
  });

  it('an ordinal hour after عند, with its minutes (عند الرابعة إلا ربعاً), is a clock time of the afternoon', () => {
    const [m] = cairoPaper('يلتقي الوزير غداً في تونس رئيس البرلمان عند الرابعة إلا ربعاً.');
    expect(at(m)).toEqual({ place: 'Tunis', date: '2021-03-17', time: '15:45' });
  });

  it('hours counted from now (بعد ساعتين) are no clock time: the article does not say when it was written', () => {
    const [m] = cairoPaper(
      'بعد ساعتين من الآن، يجتمع الرئيس بنظيره الفرنسي في باريس، في تمام الرابعة عصراً بتوقيت باريس.',
    );
    expect(at(m)).toEqual({ place: 'Paris', date: PUBLISHED, time: '16:00' });
  });
});
