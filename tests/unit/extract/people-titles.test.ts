/**
 * Who takes part, read through titles: long titles with a post's place in them, two holders of one
 * title, family names that look like other words, and where a name stops. Sentences written for
 * the test; publication day and zones named.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';

/** Tuesday 2021-03-16. */
const PUBLISHED = '2021-03-16';

function ar(text: string): MeetingDraft[] {
  return extractMeetings(text, { published: PUBLISHED, timezone: 'Asia/Amman', language: 'ar' }).meetings;
}
function en(text: string): MeetingDraft[] {
  return extractMeetings(text, { published: PUBLISHED, timezone: 'UTC', language: 'en' }).meetings;
}
const people = (m: MeetingDraft | undefined) =>
  (m?.participants ?? []).filter((p) => p.kind === 'person').map((p) => p.nameAr ?? p.name);

describe('Arabic titles and the names after them', () => {
  it.each([
    [
      'a country adjective after two words of a name is its family name (محمد شياع السوداني)',
      'استقبل رئيس الوزراء كريم جاسم العراقي، أمس في عمّان، الوزير سمير الطراونة.',
      ['كريم جاسم العراقي', 'سمير الطراونة'],
    ],
    [
      'a word spelled as a name is not the title it folds to (الباجي قايد السبسي, not قائد)',
      'ألقى الرئيس التونسي الباجي قايد السبسي كلمة في القمة أمس في عمّان.',
      ['الباجي قايد السبسي'],
    ],
    [
      'a name right after the place of a post is the title holder, past the preposition (… في ليبيا X)',
      'بحث الوزير سمير الطراونة أمس في عمّان مع منسق البعثة الأممية في ليبيا هانس أداما الوضع الأمني.',
      ['سمير الطراونة', 'هانس أداما'],
    ],
    [
      'a run that opens with a clinging preposition is a file, not a name: the run after it is (لملف المياه …)',
      'شاركت في الاجتماع أمس في عمّان كبيرة المستشارين لملف المياه ندى حداد.',
      ['ندى حداد'],
    ],
    [
      'two holders of one title: و and another country adjective open the second name',
      'اجتمع وزيرا الخارجية الأردني سمير الطراونة والعماني بدر السعدي أمس في عمّان.',
      ['سمير الطراونة', 'بدر السعدي'],
    ],
    [
      'الياس without its hamza opens a name',
      'استقبل رئيس الوزراء أمس في عمّان نائب رئيس مجلس النواب الياس بو فارس.',
      ['الياس بو فارس'],
    ],
    [
      'مار before a patriarch’s name is a title, so the whole name fits (… بشارة بطرس الحداد)',
      'يلتقي الوزير سمير الطراونة غداً في عمّان البطريرك الكاردينال مار يوحنا بطرس الحداد.',
      ['سمير الطراونة', 'يوحنا بطرس الحداد'],
    ],
  ])('%s', (_behaviour, text, expected) => {
    expect(people(ar(text)[0])).toEqual(expected);
  });
});

describe('Arabic name boundaries at clock times, pronouns and verbs', () => {
  it.each([
    [
      'a clock time after a name is not part of it (… عند الرابعة، … الساعة الخامسة)',
      'يلتقي الموفد الفرنسي غداً في عمّان رئيس الحزب رامي خوري عند الرابعة، ثم النائب سليم حداد الساعة الخامسة.',
      ['رامي خوري', 'سليم حداد'],
    ],
    [
      'a noun with a dual pronoun ends a name (كلمتيهما)',
      'يلقي وزيرا الخارجية الأردني سمير الطراونة والعماني بدر السعدي كلمتيهما في الاجتماع غداً في عمّان.',
      ['سمير الطراونة', 'بدر السعدي'],
    ],
    [
      'a verb in the dual ends a name (يبحثان)',
      'الوزير سمير الطراونة والسفير الفرنسي هنري دوران يبحثان التعاون في اجتماع عقد أمس في عمّان.',
      ['سمير الطراونة', 'هنري دوران'],
    ],
  ])('%s', (_behaviour, text, expected) => {
    expect(people(ar(text)[0])).toEqual(expected);
  });
});

describe('English titles with a post or an institution', () => {
  it('the place of an ambassador’s post stands between the title and the name', () => {
    const [m] = en(
      'The talks in Amman on Monday were attended by Lebanon’s Ambassador to Saudi Arabia Karim Haddad and US Ambassador to Jordan Lisa Moore.',
    );
    expect(people(m)).toEqual(['Karim Haddad', 'Lisa Moore']);
  });

  it('"Chairman of the Standing Committee" names an institution: the person is the name before the comma', () => {
    const [m] = en(
      'The premier will hold a meeting with Zhang Wei, Chairman of the Standing Committee, in Beijing on Friday.',
    );
    expect(people(m)).toEqual(['Zhang Wei']);
  });
});
