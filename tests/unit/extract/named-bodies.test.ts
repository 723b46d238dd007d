/**
 * Bodies the gazetteer does not know are read by their head word (مجلس، لجنة، هيئة، Council,
 * Committee, Forum …), and a state's government or opposition by its adjective, in both scripts.
 * Sentences written for the test, modelled on the news the corpus holds.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { arOn as ar, enOn as en } from '../../helpers/read-story.js';

const bodies = (found: MeetingDraft[]) =>
  found.flatMap((m) => m.participants.filter((p) => p.kind === 'organization').map((p) => p.nameAr ?? p.name));
const englishBodies = (found: MeetingDraft[]) =>
  found.flatMap((m) => m.participants.filter((p) => p.kind === 'organization').map((p) => p.name));

describe('an Arabic body named by its head word', () => {
  it('a council, a bloc and a committee the gazetteer does not know take part, named as written', () => {
    const found = ar(
      'عقد مجلس التنسيق السعودي الكويتي اجتماعه الأول اليوم الأحد في الرياض. والتقى المبعوث الأممي أمس في دمشق ممثلي هيئة التنسيق والتكتل الوطني الديمقراطي.',
      '2018-07-22',
      'Asia/Riyadh',
    );
    expect(bodies(found)).toEqual(
      expect.arrayContaining(['مجلس التنسيق السعودي الكويتي', 'هيئة التنسيق', 'التكتل الوطني الديمقراطي']),
    );
  });

  it('"وفد الحكومة السورية" and "وفد المعارضة السورية" are parties, named alike in both scripts', () => {
    const found = ar(
      'التقى المبعوث الأممي اليوم في جنيف وفد الحكومة السورية، ثم اجتمع بوفد المعارضة السورية.',
      '2016-02-01',
      'Europe/Zurich',
    );
    const parties = found.flatMap((m) => m.participants.filter((p) => p.kind === 'organization'));
    expect(parties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Syrian government delegation', nameAr: 'وفد الحكومة السورية' }),
        expect.objectContaining({ name: 'Syrian opposition delegation', nameAr: 'وفد المعارضة السورية' }),
      ]),
    );
  });

  it('the body of an office ("رئيس مجلس النواب"), a vague one ("الحكومة الجديدة") and a movement of words are no party', () => {
    const found = ar(
      'استقبل رئيس مجلس النواب نبيه بري اليوم في بيروت السفير الفرنسي، وبحثا الحركة الدبلوماسية وتشكيل الحكومة الجديدة.',
      '2019-01-10',
      'Asia/Beirut',
    );
    expect(found).toHaveLength(1);
    expect(bodies(found)).toEqual([]);
  });

  it('a body ends where its name does: not at a relative pronoun, a day or a title', () => {
    const found = ar(
      'شارك في الاجتماع، الذي عقد اليوم في عمّان، اللجنة الوزارية العربية التي شكلتها القمة.',
      '2017-03-20',
      'Asia/Amman',
    );
    expect(bodies(found)).toContain('اللجنة الوزارية العربية');
  });
});

describe('an English body named by its capitals and head word', () => {
  it('a forum, a committee and a conference take part, named as written', () => {
    const found = en(
      'Members of the High Negotiations Committee met the envoy in Geneva on Sunday. The Russian-Arab Cooperation Forum will meet in Moscow on Monday.',
      '2016-01-31',
    );
    expect(englishBodies(found)).toEqual(
      expect.arrayContaining(['High Negotiations Committee', 'Russian-Arab Cooperation Forum']),
    );
  });

  it('a short sentence full of names is no title-case headline: its body is read', () => {
    const found = en('The Saudi-Kuwaiti Coordination Council met Sunday in Riyadh.', '2018-07-22');
    expect(englishBodies(found)).toContain('Saudi-Kuwaiti Coordination Council');
  });

  it('"the Syrian government delegation" is a party, with its Arabic name', () => {
    const found = en('The envoy met the Syrian government delegation in Geneva on Friday.', '2016-01-31');
    expect(found.flatMap((m) => m.participants)).toContainEqual(
      expect.objectContaining({
        kind: 'organization',
        name: 'Syrian government delegation',
        nameAr: 'وفد الحكومة السورية',
      }),
    );
  });

  it('no body from a news agency, a building, a title-case headline or the head of a body', () => {
    const found = en(
      'Ministers Hold Talks At Conference Center In Riyadh\n\nThe foreign ministers met at the King Abdulaziz Conference Center in Riyadh on Sunday, the Saudi Press Agency reported. The head of the Arab Parliament Committee attended.',
      '2019-05-26',
    );
    expect(found.length).toBeGreaterThan(0);
    expect(englishBodies(found)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Hold|Center|Agency|Parliament Committee/)]),
    );
  });

  it('"the UN General Assembly" is a body, and "Assembly" no one titled "UN General"', () => {
    const found = en(
      'Foreign ministers met on Tuesday in New York on the sidelines of the UN General Assembly.',
      '2019-09-24',
    );
    const parties = found.flatMap((m) => m.participants);
    expect(parties).toContainEqual(expect.objectContaining({ kind: 'organization', name: 'UN General Assembly' }));
    expect(parties.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([]);
  });
});

describe("the Arab League's council", () => {
  it('talks "on the sidelines of the 147th session of the Arab League Council" are in Cairo, where it sits, not at the dateline', () => {
    for (const found of [
      en(
        'AMMAN — Foreign Minister Ayman Safadi held talks on Tuesday with his Egyptian counterpart Sameh Shoukry on the sidelines of the 147th session of the Arab League Council.',
        '2017-03-07',
        'Asia/Amman',
      ),
      ar(
        'عمّان - بحث وزير الخارجية أيمن الصفدي اليوم الثلاثاء مع نظيره المصري سامح شكري العلاقات الثنائية، على هامش اجتماعات الدورة 147 لمجلس الجامعة العربية.',
        '2017-03-07',
        'Asia/Amman',
      ),
    ]) {
      const talks = found.find((m) => m.participants.some((p) => p.name === 'Sameh Shoukry'));
      expect(talks?.place.name).toBe('Cairo');
    }
  });
});

describe("the African Union's Peace and Security Council", () => {
  it('is not the UN Security Council: a meeting it chairs in Addis Ababa is not held in New York', () => {
    const found = en(
      'CAIRO - Foreign Minister Sameh Shoukry travels on Wednesday to Addis Ababa to chair a meeting of the Peace and Security Council.',
      '2018-01-24',
      'Africa/Cairo',
    );
    expect(found.map((m) => m.place.name)).toEqual(['Addis Ababa']);
    expect(found[0]!.participants).toContainEqual(
      expect.objectContaining({ kind: 'organization', name: 'African Union Peace and Security Council' }),
    );
  });
});

describe('a body named only as what is talked about is no party', () => {
  it('a government that speaks, or is accused, beside a meeting does not take part in it', () => {
    const found = en(
      'The Jordanian government condemned the attack on Monday, as King Abdullah II met President Emmanuel Macron in Paris.',
      '2024-03-04',
    );
    expect(englishBodies(found)).toEqual([]);
    const arabic = ar(
      'رفضت الحكومة السورية البيان، فيما التقى المبعوث الأممي اليوم في دمشق وزير الخارجية فيصل المقداد.',
      '2019-10-01',
      'Asia/Damascus',
    );
    expect(bodies(arabic)).toEqual([]);
  });

  it('"مجموعة القضايا" is a set of matters, not a group that meets', () => {
    const found = ar(
      'التقى وزير الخارجية أيمن الصفدي اليوم في عمّان نظيره المصري سامح شكري، وبحثا مجموعة القضايا الإقليمية.',
      '2019-10-01',
      'Asia/Amman',
    );
    expect(bodies(found)).toEqual([]);
  });
});

describe('organisations the press names by their own names', () => {
  it('UN agencies and missions, regional bodies and parties are read in both scripts', () => {
    const english = en(
      'UNIFIL commander met officials of the Economic Community of West African States and the Syrian Democratic Forces in Beirut on Monday.',
      '2024-03-04',
    );
    expect(englishBodies(english)).toEqual(expect.arrayContaining(['UNIFIL', 'ECOWAS', 'Syrian Democratic Forces']));
    const arabic = ar(
      'التقى المبعوث الأممي اليوم في عدن ممثلي المجلس الانتقالي الجنوبي ومنظمة اليونيسف.',
      '2024-03-04',
      'Asia/Aden',
    );
    expect(arabic.flatMap((m) => m.participants.map((p) => p.name))).toEqual(
      expect.arrayContaining(['Southern Transitional Council', 'UNICEF']),
    );
  });
});

describe('names of bodies that are also ordinary words or names', () => {
  it('"Muqtada al-Sadr" is a man, not the Sahrawi republic; "الدعم السريع" for Gaza is no militia', () => {
    const sadr = en(
      'Muqtada al-Sadr met Prime Minister Mohammed Shia al-Sudani in Najaf on Monday.',
      '2024-01-08',
      'Asia/Baghdad',
    );
    // (Iraq: the state al-Sudani heads the government of takes part with him)
    expect(sadr.flatMap((m) => m.participants.map((p) => p.name))).toEqual([
      'Muqtada al-Sadr',
      'Mohammed Shia al-Sudani',
      'Iraq',
    ]);
    const support = ar(
      'التقى وزير الخارجية الأردني نظيره القطري اليوم في عمّان، وبحثا تقديم الدعم السريع للمتضررين في غزة.',
      '2024-01-08',
      'Asia/Amman',
    );
    expect(bodies(support)).toEqual([]);
  });

  it('"قائد الجيش السوداني عبد الفتاح البرهان" names al-Burhan, not Iraq\'s prime minister al-Sudani', () => {
    const found = ar(
      'التقى وزير الخارجية سامح شكري قائد الجيش السوداني عبد الفتاح البرهان في القاهرة اليوم.',
      '2024-01-08',
      'Africa/Cairo',
    );
    expect(found.flatMap((m) => m.participants.filter((p) => p.kind === 'person').map((p) => p.name))).toEqual([
      'Sameh Shoukry',
      'Abdel Fattah al-Burhan',
    ]);
  });
});
