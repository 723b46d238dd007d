/**
 * Who takes part: the people recogniser (src/extract/people/) as a reader of the calendar sees it,
 * one behaviour each, on sentences written for the test. Publication days are given; zones are named.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../../../src/calendar/types.js';
import { extractMeetings } from '../../../src/extract/index.js';
import { arOn } from '../../helpers/read-story.js';

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
/** The people of an English story, by their English names (the lexicon may add Arabic ones). */
const peopleEn = (m: MeetingDraft | undefined) =>
  (m?.participants ?? []).filter((p) => p.kind === 'person').map((p) => p.name ?? p.nameAr);

describe('Arabic names without a title', () => {
  it('a list of names after a list of countries: each name, without the و that joins it', () => {
    const [m] = ar('اجتمع وزراء خارجية الكويت وقطر وعُمان، ناصر الصباح وخالد العطية ومروان الهنائي، أمس في الرياض.');
    expect(people(m)).toEqual(['ناصر الصباح', 'خالد العطية', 'مروان الهنائي']);
  });

  it('a name after بحضور or إلى جانب needs no title when a given name opens it', () => {
    const [m] = ar('عقدت اللجنة اجتماعها أمس في عمّان بحضور سمير الطراونة، إلى جانب رشا الخطيب.');
    expect(people(m)).toEqual(['سمير الطراونة', 'رشا الخطيب']);
  });

  it('words after إلى جانب that no given name opens are no one', () => {
    const [m] = ar('عقد الوزير أيمن الزعبي اجتماعاً أمس في عمّان، تناول التعاون إلى جانب قضايا ذات اهتمام مشترك.');
    expect(people(m)).toEqual(['أيمن الزعبي']);
  });

  it('a name in a place named after someone (مطار …) is not a participant', () => {
    const [m] = ar('التقى وزير الخارجية أيمن الزعبي أمس في مطار خالد الدوري الدولي بعمّان الوفد الزائر.');
    expect(people(m)).toEqual(['أيمن الزعبي']);
  });
});

describe('words that are no one', () => {
  it('after a title and a comma, a clause that goes on is not a name (…، تستهدف تعزيز العلاقات)', () => {
    const [m] = ar(
      'تعقد اليوم في تونس قمة بين الملك سلمان بن عبدالعزيز وأخيه الرئيس التونسي الباجي قائد السبسي، تستهدف تعزيز العلاقات.',
    );
    expect(people(m)).toContain('سلمان بن عبد العزيز آل سعود');
    expect(people(m)).not.toContain('تستهدف تعزيز العلاقات');
  });

  it('after مع, adjectives and quantifiers are no one (مع جميع الأطراف)', () => {
    const [m] = ar('التقى الوزير اليوم في القاهرة مع جميع الأطراف المعنية.');
    expect(people(m)).toEqual([]);
  });

  it('who writes the story takes no part: "وكتب المراسل محمد الغباري أن …"', () => {
    const found = ar(
      'التقى الأمير خالد بن سلمان اليوم في الرياض مارتن غريفيث.\n\nوكتب المراسل محمد الغباري في تغريدة أن نائب وزير الدفاع التقى اليوم في الرياض المبعوث الأممي.',
    );
    expect(found.flatMap(people)).not.toContain('محمد الغباري');
  });

  it('a group met as such is no one: "يلتقي الرئيس مرسي أبناء الجالية المصرية" is Morsi', () => {
    const found = ar(
      'وصل الرئيس المصري محمد مرسي اليوم إلى الخرطوم.\n\nوغداً يلتقي الرئيس مرسي أبناء الجالية المصرية في الخرطوم.',
    );
    expect(people(found.find((m) => m.date === '2021-03-17'))).toEqual(['محمد مرسي']);
  });

  it('after a title, a word with a preposition or و and a pronoun is no name (ويهنئه بمنصبه، بتسلمه مهامه)', () => {
    const [m] = ar(
      'استقبل الملك اليوم في جدة الأمين العام للجامعة العربية ويهنئه بمنصبه، ثم هنأ الأمين العام بتسلمه مهامه.',
    );
    expect(people(m).filter((name) => /يهنئه|بتسلمه/.test(name ?? ''))).toEqual([]);
  });

  it('a title alone before و and a pronoun is who last had it (الرئيس الفرنسي وقرينته)', () => {
    const found = ar(
      'التقى الرئيس التونسي قيس سعيد اليوم في باريس الرئيس الفرنسي إيمانويل ماكرون.\n\nويقيم الرئيس الفرنسي وقرينته مساء غد مأدبة عشاء بقصر الإليزيه على شرف الرئيس التونسي.',
    );
    expect(people(found.find((m) => m.date === '2021-03-17'))).toContain('إيمانويل ماكرون');
  });
});

describe('a sovereign by the given name alone', () => {
  it('"الملك فيليب" is someone, as "King Abdullah" is', () => {
    const [m] = ar('استقبل الملك فيليب اليوم في بروكسل رئيس الوزراء الأردني بشر الخصاونة.');
    expect(people(m)).toContain('فيليب');
  });

  it('"Kuwait\'s Crown Prince, Sheikh …": the title is no one, the name after it is', () => {
    const [m] = en(
      "The minister was received on Monday in Kuwait City by Kuwait's Crown Prince, Sheikh Sabah Khaled Al-Hamad.",
    );
    expect(peopleEn(m)).toEqual(['Sabah Khaled Al-Hamad']);
  });

  it('"Prince Faisal" after "Faisal bin Farhan" is him; a given name two people share is neither', () => {
    const found = en(
      'Foreign Minister Prince Faisal bin Farhan was received on Monday in Kuwait City by the Amir.\n\nOn Tuesday Prince Faisal held talks in Doha with Sheikh Mohammed bin Abdulrahman.',
    );
    expect(peopleEn(found.find((m) => m.place.name === 'Doha'))).toContain('Faisal bin Farhan');
    const shared = en(
      'Prince Faisal bin Farhan and Prince Faisal bin Salman were received on Monday in Kuwait City.\n\nOn Tuesday Prince Faisal held talks in Doha with Sheikh Mohammed bin Abdulrahman.',
    );
    expect(peopleEn(shared.find((m) => m.place.name === 'Doha'))).not.toContain('Faisal bin Farhan');
  });
});

describe('Arabic name boundaries', () => {
  it.each([
    [
      'a name stops after its family name in ال, and after the name that follows بن',
      'يلقي الرئيس عبد الفتاح الحمدي كلمة في القمة غداً في عمّان، ثم يلقي الأمير فيصل بن خالد كلمة الختام.',
      ['عبد الفتاح الحمدي', 'فيصل بن خالد'],
    ],
    [
      'a compound given name (نصر الدين) and ولد are parts of one name',
      'استقبل رئيس الوزراء أمس في عمّان السفير نصر الدين عطية كمال، ثم الوزير محمد سالم ولد مرزوق.',
      ['نصر الدين عطية كمال', 'محمد سالم ولد مرزوق'],
    ],
    [
      'words before a title that do not open with a given name are not a name (ثم كلمة الأمين العام)',
      'تعقد القمة غداً في عمّان، وتفتتح بكلمة الرئيس ثم كلمة الأمين العام للمنظمة.',
      [],
    ],
    [
      "a counterpart after the first name is someone else, not that name's role",
      'اجتمع وزير الخارجية فؤاد الحسن بنظيره العماني بدر السعدي أمس في عمّان.',
      ['فؤاد الحسن', 'بدر السعدي'],
    ],
    [
      'a present verb after a name ends it (قيس سعيد يتوجه)',
      'الرئيس قيس سعيد يتوجه غداً إلى باريس حيث يلتقي الرئيس إيمانويل ماكرون.',
      ['قيس سعيد', 'إيمانويل ماكرون'],
    ],
    [
      'past a preposition, a title keeps only a name that a given name opens',
      'يتوجه وزير الخارجية إلى أديس أبابا لحضور القمة الأفريقية غداً.',
      [],
    ],
  ])('%s', (_behaviour, text, expected) => {
    expect(people(ar(text)[0])).toEqual(expected);
  });
});

describe('Arabic people named once and found again', () => {
  it('a definite title with a surname alone, inside a quotation, is that person', () => {
    const [m] = ar('أعلنت الوزارة أن «الوزير الحمادي سيحضر اجتماعاً يضم وزراء الخارجية غداً في عمّان».');
    expect(people(m)).toEqual(['الحمادي']);
  });

  it('a title alone, before a preposition, is the person last introduced with it (… مروان الحداد، وزير الخارجية، …)', () => {
    const found = ar(
      'غادر مروان الحداد، وزير الخارجية، عمّان أمس.\nثم ينتقل وزير الخارجية إلى القاهرة لحضور القمة العربية غداً.',
    );
    const summit = found.find((m) => m.place.name === 'Cairo');
    expect(people(summit)).toEqual(['مروان الحداد']);
  });

  it('"الوزير القطري" is who was introduced as "وزير الخارجية القطري الشيخ …", and meets each of a list on his own', () => {
    const found = ar(
      'وصل وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني اليوم إلى بغداد.\n\nومن المقرر أن يجتمع الوزير القطري اليوم بكل من رئيس الجمهورية برهم صالح، ورئيس مجلس الوزراء عادل عبد المهدي.',
    );
    expect(found.map(people)).toEqual([
      ['محمد بن عبد الرحمن آل ثاني', 'برهم صالح'],
      ['محمد بن عبد الرحمن آل ثاني', 'عادل عبد المهدي'],
    ]);
  });

  it('the people of a verb without a date go to the meeting the same sentence dates', () => {
    const [m] = ar(
      'اجتمع وزير الخارجية فؤاد الحسن بنظيره العماني بدر السعدي، على هامش الاجتماع الوزاري المقرر اليوم في القاهرة.',
    );
    expect(m?.place.name).toBe('Cairo');
    expect(people(m)).toEqual(expect.arrayContaining(['فؤاد الحسن', 'بدر السعدي']));
  });

  it('"الرئيسان", "the two leaders" are the two people of the meeting in hand', () => {
    const found = ar(
      'التقى الرئيس الإيراني محمود أحمدي نجاد أمس في بيروت الرئيس ميشال سليمان.\nويعقد الرئيسان جولة محادثات موسعة غداً في قصر بعبدا.',
    );
    expect(found.map((m) => [m.date, m.place.name])).toEqual([
      ['2021-03-15', 'Beirut'],
      ['2021-03-17', 'Baabda'],
    ]);
    expect(people(found[1])).toEqual(['محمود أحمدي نجاد', 'ميشال سليمان']);
    const english = en(
      'Iranian President Hassan Rouhani arrived in Rome on Monday and met Prime Minister Matteo Renzi.\nThe two leaders will hold more talks in Rome on Wednesday.',
    );
    expect(english.map((m) => m.date)).toEqual(['2021-03-15', '2021-03-17']);
    expect(peopleEn(english[1])).toEqual(['Hassan Rouhani', 'Matteo Renzi']);
  });

  it('"They … continue their talks" are the two people of the meeting in hand', () => {
    const found = en(
      'Chinese Foreign Minister Wang Yi and U.S. Secretary of State Antony Blinken sat down for talks in Washington on Tuesday. They are set to continue their talks on Wednesday morning.',
    );
    expect(found.map((m) => [m.date, peopleEn(m)])).toEqual([
      ['2021-03-16', ['Wang Yi', 'Antony Blinken']],
      ['2021-03-17', ['Wang Yi', 'Antony Blinken']],
    ]);
  });

  it('"the envoy", "the special envoy" is the envoy the story named', () => {
    const [m] = en(
      'UN Special Envoy Staffan de Mistura arrived in Geneva on Saturday. On Sunday, the special envoy called on the opposition delegation at its hotel.',
    );
    expect(peopleEn(m)).toEqual(['Staffan de Mistura']);
  });

  it('who met on the sidelines of a meeting attended that meeting too', () => {
    const [side, ministerial] = ar(
      'التقى وزير الخارجية رامي الخطيب، اليوم، وزير خارجية إسبانيا خوسيه ألباريس، على هامش الاجتماع الوزاري المنعقد في العاصمة الإسبانية مدريد لبحث الأوضاع في غزة.',
    );
    expect(people(side)).toEqual(expect.arrayContaining(['رامي الخطيب', 'خوسيه ألباريس']));
    expect(people(ministerial)).toEqual(expect.arrayContaining(['رامي الخطيب', 'خوسيه ألباريس']));
    const english = en(
      'Foreign Minister Ahmed Rahim met his Spanish counterpart Jose Albares on Tuesday on the sidelines of the ministerial meeting in Madrid on Gaza.',
    );
    expect(english).toHaveLength(2);
    expect(peopleEn(english[1])).toEqual(['Ahmed Rahim', 'Jose Albares']);
  });

  it('"لدى استقباله" is the meeting of the person the sentence before opened with', () => {
    const found = ar(
      'أكد رئيس الوزراء سمير الطراونة أن الحوار هو السبيل الوحيد.\n' +
        'جاء ذلك لدى استقباله، اليوم الثلاثاء، في مكتبه بعمّان، المبعوث النرويجي هانس برغ.',
    );
    expect(found).toHaveLength(1);
    expect(people(found[0])).toEqual(expect.arrayContaining(['سمير الطراونة', 'هانس برغ']));
  });

  it('a clause that says who attends joins the meeting in hand, even with a date of its own', () => {
    const found = ar(
      'تنطلق المشاورات اليمنية غداً في الرياض.\nووصل أمس المبعوث الأممي هانس كلاوسن إلى الرياض لحضور الافتتاح.',
    );
    expect(found).toHaveLength(1);
    expect(people(found[0])).toEqual(['هانس كلاوسن']);
  });
});

describe('people of a meeting told without a day', () => {
  it('while no meeting has a day, "the conference" and who attends point to the one the headline and lead tell', () => {
    const found = ar(
      'انطلاق مؤتمر السلام في عمّان\n\nافتتح مؤتمر السلام أعماله في عمّان بمشاركة وفود عربية.\n\n' +
        'ويتولى الأمين العام للمنظمة سمير الطراونة افتتاح المؤتمر، على أن يلقي وزير الخارجية بدر السعدي كلمة.\n\n' +
        'وشارك في الجلسة الأولى النائب سليم حداد.',
    );
    expect(found).toHaveLength(1);
    expect(people(found[0])).toEqual(expect.arrayContaining(['سمير الطراونة', 'بدر السعدي', 'سليم حداد']));
  });
});

describe('English people', () => {
  it('", while Dutch Foreign Minister Hoekstra will pay a visit": the one named before "while" is not his guest', () => {
    const found = en(
      'North Macedonian Foreign Minister Bujar Osmani is due on Tuesday, while Dutch Foreign Minister Wopke Hoekstra will pay his first official visit to Turkey on Wednesday.',
    );
    expect(found.map((m) => `${m.date} ${peopleEn(m).join('; ')}`)).toEqual(['2021-03-17 Wopke Hoekstra']);
  });

  it('"the Saudi minister" is who was introduced as "Saudi Foreign Minister …"', () => {
    const found = en(
      'Saudi Foreign Minister Faisal bin Farhan held talks in Kuwait City on Monday with the Crown Prince.\n\nOn Tuesday the Saudi minister met his Kuwaiti counterpart Abdullah Al-Yahya in Kuwait City.',
    );
    expect(peopleEn(found.find((m) => m.date === '2021-03-16'))).toContain('Faisal bin Farhan');
  });

  it('"According to a statement, he met …": a pronoun before the meeting verb is the one the story is about', () => {
    const found = en(
      'US envoy Amos Hochstein arrived in Beirut on Tuesday.\nAccording to an official statement, he met caretaker Prime Minister Najib Mikati at noon.',
    );
    expect(peopleEn(found.at(-1))).toEqual(expect.arrayContaining(['Amos Hochstein', 'Najib Mikati']));
  });
  it('a name set off by commas after its title, and a name with al- in lower case', () => {
    const [m] = en('Foreign Minister Walid al-Hamdi and his Omani counterpart, Badr Saidi, met in Muscat on Monday.');
    expect(people(m)).toEqual(['Walid al-Hamdi', 'Badr Saidi']);
  });

  it('a name before a comma and "the ... envoy" after it', () => {
    const [m] = en(
      'The ministers will hold talks with Karim Haddad, the international envoy for Libya, in Cairo on Thursday.',
    );
    expect(people(m)).toEqual(['Karim Haddad']);
  });

  it('"He" is the person the last sentence opened with, and a given name opens a name without a title', () => {
    const found = en(
      'Foreign Minister Omar Nasser arrived in Tehran on Monday. He will meet Mikhail Orlov, the Russian envoy, on Wednesday in Tehran.',
    );
    const wednesday = found.find((m) => m.date === '2021-03-17');
    expect(people(wednesday)).toEqual(expect.arrayContaining(['Omar Nasser', 'Mikhail Orlov']));
  });

  it('a style after a title ("President His Highness Sheikh …") is no one; the name after it is', () => {
    const [m] = en('Blinken met President His Highness Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi on Friday.');
    expect(peopleEn(m)).not.toContain('His Highness');
    expect(peopleEn(m)).toContain('Mohamed bin Zayed Al Nahyan');
    // (nor are capitalised words a title word ends: "Deputy National Security Adviser")
    const [kushner] = en(
      'King Abdullah on Tuesday received Dina Powell, Deputy National Security Adviser for Strategy, in Amman.',
    );
    expect(peopleEn(kushner)).not.toContain('National Security');
  });

  it("a name in the possessive qualifies the participant, it is not one (President X's envoy)", () => {
    const [m] = en("He met Yusuf Karam, President Layla Haddad's special envoy, in Amman on Monday.");
    expect(people(m)).toEqual(['Yusuf Karam']);
  });

  it('a name after "led by", "attended by" or "met with" needs no title nor a known given name', () => {
    const [m] = en(
      'The Greek side was led by Pavlos Andreou in talks in Athens on Monday; the premier also met with Kostas Vlachos.',
    );
    expect(people(m)).toEqual(['Pavlos Andreou', 'Kostas Vlachos']);
  });

  it('a thing named after someone is not them (Hamad International Airport)', () => {
    const [m] = en('The delegations met at Karim Nasser International Airport in Doha on Monday.');
    expect(people(m)).toEqual([]);
    const [lounge] = en('The two ministers met at the Royal Lounge of the airport in Muscat on Monday.');
    expect(people(lounge)).toEqual([]);
  });

  it('a title and a surname alone name someone (Minister Shoukry, President Putin)', () => {
    const [m] = en('Minister Shoukry met President Putin in Moscow on Monday.');
    expect(people(m)).toEqual(['Shoukry', 'Putin']);
  });

  it('a sovereign is named by the given name alone (King Abdullah, Pope Francis), a title before a word that is no name is no one', () => {
    const [m] = en('His Majesty King Abdullah received Pope Francis in Amman on Monday.');
    expect(peopleEn(m)).toEqual(['Abdullah', 'Francis']);
    const [n] = en('The King met the Prince of Wales in Amman on Monday.');
    expect(people(n)).toEqual([]);
  });

  it('"the meeting" after a summit named in passing is the meeting, who attends it too', () => {
    const found = en(
      'King Abdullah and Crown Prince Mohammed bin Salman held a meeting in Jeddah on Monday. The King praised the plan to host the Arab summit in Riyadh next month. Foreign Minister Ayman Safadi was present at the meeting.',
    );
    const jeddah = found.find((m) => m.place.name === 'Jeddah');
    expect(peopleEn(jeddah)).toContain('Ayman Safadi');
  });
});

describe('diplomatic formats named for their members', () => {
  it('"the Normandy four", "الدول الضامنة لمسار أستانا": their members take part', () => {
    const countries = (m: MeetingDraft | undefined) =>
      (m?.participants ?? []).filter((p) => p.kind === 'country').map((p) => p.name);
    const [normandy] = en('The foreign ministers of the Normandy four will meet on Saturday in Munich.');
    expect(countries(normandy)).toEqual(['France', 'Germany', 'Russia', 'Ukraine']);
    const [astana] = ar('تجتمع الدول الضامنة لمسار أستانا غداً في جنيف.');
    expect(countries(astana)).toEqual(expect.arrayContaining(['Russia', 'Türkiye', 'Iran']));
  });
});

describe("a state's council is not the UN's", () => {
  it('"مجلس الأمن الروسي", "the Russian Security Council" are no UN Security Council, and put no meeting in New York', () => {
    const found = ar(
      'يعقد الوزير عبد القادر مساهل في إطار هذه الزيارة جلسة مباحثات اليوم مع نظيره سيرغي لافروف، ثم يلتقي نيكولاي باتروشيف أمين مجلس الأمن الروسي.',
    );
    expect(found.map((m) => m.place.name)).not.toContain('New York');
    expect(found.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('UN Security Council');
    // The visitor holds the talks, not "هذه الزيارة" they are part of.
    expect(people(found[0])).toEqual(expect.arrayContaining(['عبد القادر مساهل', 'سيرغي لافروف']));
    const [moscow] = en('The Russian Security Council secretary Nikolai Patrushev met the envoy in Moscow on Monday.');
    expect(moscow?.participants.map((p) => p.name)).not.toContain('UN Security Council');
  });
});

describe('parties that are not people', () => {
  it("an organisation's council is named as the council (مجلس جامعة الدول العربية, المجلس المركزي الفلسطيني)", () => {
    const parties = (m: MeetingDraft | undefined) =>
      (m?.participants ?? []).filter((p) => p.kind === 'organization').map((p) => p.name);
    expect(parties(ar('يعقد مجلس جامعة الدول العربية اجتماعاً طارئاً في القاهرة يوم الخميس.')[0])).toEqual([
      'Arab League Council',
    ]);
    expect(parties(ar('يعقد المجلس المركزي الفلسطيني دورته في رام الله يوم الخميس.')[0])).toEqual([
      'Palestinian Central Council',
    ]);
  });

  it('countries named by their adjective before a party noun take part ("Greek and Turkish diplomats")', () => {
    const [m] = en('Greek and Turkish diplomats held exploratory talks in Istanbul on Monday.');
    const countries = (m?.participants ?? []).filter((p) => p.kind === 'country').map((p) => p.name);
    expect(countries).toEqual(['Greece', 'Türkiye']);
  });

  it('an organisation whose meeting a meeting is held beside is named (OSCE, G20), and Bonn is a city', () => {
    const found = ar(
      'يلتقي الوزيران غداً في مدينة بون على هامش الاجتماع الوزاري لمجموعة العشرين.\n' +
        'ويجتمع وزراء خارجية منظمة الأمن والتعاون في أوروبا غداً في بلغراد.',
    );
    // The G20 ministerial on whose sidelines the two meet is a meeting of its own, in Bonn too
    expect(found.map((m) => m.place.name)).toEqual(['Bonn', 'Bonn', 'Belgrade']);
    const parties = found.flatMap((m) => m.participants.filter((p) => p.kind === 'organization').map((p) => p.name));
    expect(new Set(parties)).toEqual(new Set(['G20', 'OSCE']));
  });

  it('an organisation is named in British or American spelling, and the city in its name places nothing (Shanghai)', () => {
    const [m] = en(
      'Wang Yi will go to Russia for a meeting of the Shanghai Cooperation Organization (SCO) Council of Foreign Ministers on Wednesday.',
    );
    expect(m?.place.name ?? null).toBeNull();
    expect((m?.participants ?? []).map((p) => p.name)).toContain('Shanghai Cooperation Organisation');
  });

  it('a movement or a mission at the table is a participant (حركة حماس, UNSMIL)', () => {
    const [m] = ar('التقى وفد من حركة حماس أمس في القاهرة وفداً من بعثة الأمم المتحدة للدعم في ليبيا.');
    const parties = (m?.participants ?? []).filter((p) => p.kind === 'organization').map((p) => p.name);
    expect(parties).toEqual(expect.arrayContaining(['Hamas', 'United Nations Support Mission in Libya']));
  });
});

describe('Arabic titles, the names after them, and where those names stop', () => {
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
    [
      'علي after a given name is a name, not the preposition على (محمد علي …), and a date after the name ends it',
      'يستقبل الرئيس في عمّان وزير الخارجية والمغتربين الدكتور محمد علي الحداد اليوم الأحد.',
      ['محمد علي الحداد'],
    ],
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

describe("a title that names no one is not the next person's role", () => {
  it('"والتقى وزير الخارجية الإيراني اليوم رئيس الوزراء العراقي محمد شياع السوداني": a day between the two titles parts them', () => {
    const [m] = ar('والتقى وزير الخارجية الإيراني اليوم في بغداد رئيس الوزراء العراقي محمد شياع السوداني.');
    const sudani = m?.participants.find((p) => p.nameAr === 'محمد شياع السوداني');
    expect(sudani?.role).toBe('رئيس الوزراء العراقي');
  });
});

describe('English titles with a post or an institution', () => {
  it('"Assistant Secretary of State for East Asian and Pacific Affairs" is a post: "East Asian" is no one, and the delegation is one meeting', () => {
    const found = en(
      'Chinese Vice Foreign Minister Xie Feng met for talks in Beijing on Monday with Daniel Kritenbrink, the U.S. Assistant Secretary of State for East Asian and Pacific Affairs, and Laura Rosenberger, a senior director at the National Security Council.',
    );
    expect(found.map(peopleEn)).toEqual([['Xie Feng', 'Daniel Kritenbrink', 'Laura Rosenberger']]);
  });

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

describe('leaders the lexicon knows', () => {
  it('an office in the plural names its holder in each country it lists: "the U.S. and Iranian foreign ministers"', () => {
    const read = (text: string, language: 'ar' | 'en') =>
      extractMeetings(text, { published: '2015-01-09', timezone: 'UTC', language }).meetings.map(peopleEn);
    const both = [['John Kerry', 'Mohammad Javad Zarif']];
    expect(read('The U.S. and Iranian foreign ministers will meet in Geneva on Wednesday.', 'en')).toEqual(both);
    expect(read('The foreign ministers of the U.S. and Iran will meet in Geneva on Wednesday.', 'en')).toEqual(both);
    expect(read('يلتقي وزيرا الخارجية الأمريكي والإيراني في جنيف يوم الأربعاء.', 'ar')).toEqual(both);
    expect(read('يعقد الرئيسان المصري والفرنسي قمة في باريس يوم الأربعاء.', 'ar')).toEqual([
      ['Abdel Fattah al-Sisi', 'Francois Hollande'],
    ]);
  });

  it('deputies and former holders of a plural office are not the holders; "have not met" is no meeting (a review\'s)', () => {
    const read = (text: string, language: 'ar' | 'en') =>
      extractMeetings(text, { published: '2019-11-11', timezone: 'UTC', language }).meetings.map(peopleEn);
    expect(
      read('The deputy foreign ministers of Russia, Iran, Turkey and Syria met in Moscow on Monday.', 'en'),
    ).toEqual([[]]);
    expect(read('التقى نائبا وزيري الخارجية الروسي والسوري في موسكو اليوم.', 'ar')).toEqual([[]]);
    expect(read('The Israeli and Palestinian prime ministers have not met since 2010, officials said.', 'en')).toEqual(
      [],
    );
  });

  it('a plural office after a host lists the guests; a name given with each is the name', () => {
    const read = (text: string) =>
      extractMeetings(text, { published: '2015-01-09', timezone: 'UTC', language: 'ar' }).meetings.map(peopleEn);
    expect(read('يلتقي وزيرا الخارجية الأمريكي جون كيري والإيراني محمد جواد ظريف في جنيف يوم الأربعاء.')).toEqual([
      ['John Kerry', 'Mohammad Javad Zarif'],
    ]);
    // (the host's talks with each country's minister: the countries tell the meetings apart, no holder is guessed)
    const talks = extractMeetings(
      'Jordanian Foreign Minister Nasser Judeh held talks with the foreign ministers of France and Italy in Munich on Saturday.',
      { published: '2015-01-11', timezone: 'UTC', language: 'en' },
    ).meetings;
    expect(talks.flatMap(peopleEn)).not.toContain('Paolo Gentiloni');
  });

  it('an English family name alone names the one leader of the year it is theirs: "Erdogan met Biden"; not a given name, not "Biden\'s envoy"', () => {
    const read = (text: string) =>
      extractMeetings(text, { published: '2021-06-15', timezone: 'UTC', language: 'en' }).meetings.map(peopleEn);
    expect(read('Erdogan met Biden in Brussels on Monday.')).toEqual([['Recep Tayyip Erdogan', 'Joe Biden']]);
    expect(read("Biden's envoy met Netanyahu in Jerusalem on Monday.")).toEqual([['Benjamin Netanyahu']]);
  });

  it('"King Salman", "خادم الحرمين الشريفين" name the king of the article\'s year, in both scripts', () => {
    const [talks] = en('Lebanese Prime Minister Saad Hariri held talks with King Salman in Riyadh on Monday.');
    const king = talks?.participants.find((p) => p.nameAr === 'سلمان بن عبد العزيز آل سعود');
    expect(king?.name).toBe('Salman bin Abdulaziz Al Saud');
    const [visit] = ar('استقبل خادم الحرمين الشريفين أمس في الرياض رئيس الوزراء اللبناني سعد الحريري.');
    expect(people(visit)).toContain('سلمان بن عبد العزيز آل سعود');
  });

  it('"عبدالله بن زايد" and "عبد الله بن زايد", "عبدالفتاح" and "عبد الفتاح": one leader, either way written', () => {
    const latin = (m: MeetingDraft | undefined) => (m?.participants ?? []).map((p) => p.name);
    const [joined] = ar(
      'التقى وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان أمس في عمّان الرئيس عبدالفتاح السيسي.',
    );
    expect(latin(joined)).toEqual(expect.arrayContaining(['Abdullah bin Zayed Al Nahyan', 'Abdel Fattah al-Sisi']));
    const [apart] = ar(
      'التقى وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان أمس في عمّان الرئيس عبد الفتاح السيسي.',
    );
    expect(latin(apart)).toEqual(expect.arrayContaining(['Abdullah bin Zayed Al Nahyan', 'Abdel Fattah al-Sisi']));
  });

  it('a leader named in one script gets the other: سيرغي لافروف is Sergei Lavrov', () => {
    const [m] = ar('التقى وزير الخارجية الروسي سيرغي لافروف اليوم في موسكو نظيره السوري فيصل المقداد.');
    expect(m?.participants.find((p) => p.nameAr === 'سيرغي لافروف')?.name).toBe('Sergei Lavrov');
  });

  it("a full name the lexicon knows is someone wherever the text writes it, past a list's adjective or a long title", () => {
    const read = (text: string) =>
      extractMeetings(text, {
        published: '2023-04-14',
        timezone: 'Asia/Riyadh',
        language: 'ar',
      }).meetings[0]?.participants.map((p) => p.name);
    expect(
      read('اجتمع اليوم في جدة وزراء خارجية السعودية فيصل بن فرحان، والأردني أيمن الصفدي، والعماني بدر البوسعيدي.'),
    ).toContain('Badr Albusaidi');
    expect(read('اجتمع اليوم في جدة وزراء خارجية الكويت سالم عبد الله الجابر الصباح، والعراق فؤاد حسين.')).toContain(
      'Salem Abdullah al-Jaber al-Sabah',
    );
  });

  it('a full name with the father\'s name inside ("عادل بن أحمد الجبير") is the leader, and takes part for the state', () => {
    const [m] = arOn(
      'عقد وزير الخارجية الأستاذ عادل بن أحمد الجبير أمس في بيونس آيرس لقاء مع وزيرة الخارجية الأسترالية جولي بيشوب.',
      '2018-05-23',
      'Asia/Riyadh',
    );
    const names = (m?.participants ?? []).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Adel al-Jubeir', 'Saudi Arabia', 'Australia']));
    // (a grandfather's name is no family name: "سلطان بن سلمان بن عبدالعزيز" is not Sultan bin Abdulaziz, a review's)
    const [tourism] = arOn(
      'التقى الأمير سلطان بن سلمان بن عبدالعزيز رئيس الهيئة العامة للسياحة في الرياض أمس السفير الفرنسي.',
      '2010-05-02',
      'Asia/Riyadh',
    );
    expect((tourism?.participants ?? []).map((p) => p.name)).not.toContain('Sultan bin Abdulaziz Al Saud');
    // (a father's name with no family name after it is the name's end: "محمد بن سلمان" stays himself)
    const [mbs] = ar('استقبل ولي العهد الأمير محمد بن سلمان أمس في الرياض رئيس الوزراء اللبناني سعد الحريري.');
    expect((mbs?.participants ?? []).map((p) => p.name)).toContain('Mohammed bin Salman Al Saud');
  });

  it('a full name without its middle name ("رجب إردوغان", "Recep Erdogan") is the leader, and takes part for the state', () => {
    const [m] = arOn(
      'التقى رئيس الوزراء الإيطالي جوزيبي كونتي اليوم في روما الرئيس رجب إردوغان.',
      '2020-01-13',
      'Europe/Rome',
    );
    expect((m?.participants ?? []).map((p) => p.name)).toEqual(
      expect.arrayContaining(['Recep Tayyip Erdogan', 'Türkiye']),
    );
  });

  it("in a list of guests, a country in a known leader's title is his, not the guest's before him", () => {
    const meetings = arOn(
      'وعقد وزير الخارجية عادل الجبير أمس في بيونس آيرس لقاءات مع كل من وزيرة خارجية إندونيسيا ريتنو مارسودي، ووزير خارجية الصين وانغ يي، ووزير خارجية سنغافورة فيفيان بالاكريشنان.',
      '2018-05-23',
      'Asia/Riyadh',
    );
    const countries = meetings.map((m) =>
      m.participants.filter((p) => p.kind === 'country' && p.name !== 'Saudi Arabia').map((p) => p.name),
    );
    expect(countries).toEqual([['Indonesia'], ['China'], ['Singapore']]);
  });

  it('a short form names only who held the office that year', () => {
    const before = extractMeetings('استقبل خادم الحرمين الشريفين أمس في الرياض رئيس الوزراء اللبناني سعد الحريري.', {
      published: '2013-05-14',
      timezone: 'Asia/Riyadh',
      language: 'ar',
    }).meetings;
    expect(before[0]?.participants.map((p) => p.nameAr)).toContain('عبد الله بن عبد العزيز آل سعود');
  });
});

describe("a leader's family name after a title, and a word that is no part of the name", () => {
  it('"الرئيس تبون يحل بتونس" names Tebboune, and the headline is the meeting the body tells', () => {
    const found = extractMeetings(
      [
        'الرئيس تبون يحل بتونس اليوم لحضور اجتماع تشاوري ثلاثي',
        'وأفادت الرئاسة بأن الرئيس تبون يشد الرحال اليوم إلى تونس تلبية لدعوة من الرئيس التونسي قيس سعيد، لحضور أول اجتماع تشاوري يجمع قادة الجزائر وتونس وليبيا.',
      ].join('\n\n'),
      { published: '2024-04-22', timezone: 'Africa/Algiers', language: 'ar' },
    ).meetings;
    expect(found).toHaveLength(1);
    expect(people(found[0])).not.toContain('تبون يحل');
  });

  it('"الرئيسان بوتين وأردوغان": two leaders by their family names, not one person (a review\'s sentence)', () => {
    const [talks] = extractMeetings('التقى الرئيسان بوتين وأردوغان اليوم في سوتشي.', {
      published: '2021-09-29',
      timezone: 'Europe/Moscow',
      language: 'ar',
    }).meetings;
    expect(talks!.participants.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([
      'Vladimir Putin',
      'Recep Tayyip Erdogan',
    ]);
    // (the second with its article and و: "والسيسي", "والصفدي"; the third review's sentences)
    const [summit] = extractMeetings('عقد الرئيسان عباس والسيسي اليوم قمة ثنائية في قصر الاتحادية بالقاهرة.', {
      published: '2024-03-04',
      timezone: 'Africa/Cairo',
      language: 'ar',
    }).meetings;
    expect(summit!.participants.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([
      'Mahmoud Abbas',
      'Abdel Fattah al-Sisi',
    ]);
  });

  it('a given name after the title opens a name of its own ("الرئيس الفلسطيني محمود عباس")', () => {
    const [talks] = extractMeetings('استقبل الرئيس الفلسطيني محمود عباس اليوم في رام الله وزير الخارجية المصري.', {
      published: '2012-09-05',
      timezone: 'Asia/Hebron',
      language: 'ar',
    }).meetings;
    expect(people(talks)).toEqual(['محمود عباس', 'محمد كامل عمرو']);
  });
});
