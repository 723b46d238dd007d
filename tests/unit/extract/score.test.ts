/**
 * The scorer of article extraction, tried with hand-made extractions, and the article
 * fixtures it scores against, checked for shape: real days, real zones, known statuses.
 */
import { describe, expect, it } from 'vitest';
import {
  fixtureProblems,
  isIanaZone,
  isRealDay,
  loadArticleFixtures,
  participantRecalled,
  scoreExtraction,
  scoreFixture,
  scoreRows,
  type ExpectedMeeting,
  type ExtractedMeeting,
  type Extractor,
  type Fixture,
} from '../../helpers/extraction-score.js';

function meeting(over: Partial<ExpectedMeeting>): ExpectedMeeting {
  return {
    date: '2020-01-29',
    time: null,
    precision: 'day',
    location: 'Damascus',
    locationAr: 'دمشق',
    timezone: 'Asia/Damascus',
    status: 'scheduled',
    evidence: '…',
    participants: [],
    ...over,
  };
}

const pedersen = meeting({
  participants: [{ name: 'Geir Pedersen', nameAr: 'غير بيدرسون', kind: 'person' }],
});
const brussels = meeting({
  date: '2020-01-30',
  location: 'Brussels',
  locationAr: 'بروكسل',
  timezone: 'Europe/Brussels',
  participants: [
    { name: 'James Jeffrey', nameAr: 'جيمس جيفري', kind: 'person' },
    { name: 'European Union', nameAr: 'الاتحاد الأوروبي', kind: 'organization' },
  ],
});
const noPlace = meeting({
  date: '2020-02-01',
  endDate: '2020-02-29',
  precision: 'month',
  location: null,
  locationAr: null,
  timezone: null,
  status: 'tentative',
  participants: [{ name: 'Constitutional Committee', nameAr: 'اللجنة الدستورية', kind: 'organization' }],
});

function fixture(meetings: ExpectedMeeting[], id = '99-test'): Fixture {
  return {
    id,
    textFile: `/nowhere/${id}.txt`,
    text: 'نص',
    source: { outlet: 'Test', language: 'ar', published: '2020-01-28', timezone: 'Asia/Damascus' },
    meetings,
  };
}

/** What a perfect extractor would say for an expected meeting, in the given script. */
function asExtracted(m: ExpectedMeeting, script: 'latin' | 'arabic' = 'latin'): ExtractedMeeting {
  return {
    date: m.date,
    endDate: m.endDate ?? null,
    location: script === 'latin' ? m.location : m.locationAr,
    status: m.status,
    time: m.time,
    participants: m.participants.map((p) =>
      script === 'latin' ? { name: p.name, nameAr: null } : { name: null, nameAr: p.nameAr },
    ),
  };
}

const three = fixture([pedersen, brussels, noPlace]);

describe('scoreFixture', () => {
  it('a clock time counts when the matched meeting comes out at that local time, and a missing time is wrong', () => {
    const timed = fixture([
      { ...pedersen, time: '11:00', precision: 'minute' },
      { ...brussels, time: '09:30', precision: 'minute' },
    ]);
    const [atEleven, brusselsOut] = timed.meetings.map((m) => asExtracted(m));
    const s = scoreFixture(timed, [atEleven!, { ...brusselsOut!, time: null }]);
    expect(s).toMatchObject({ timesExpected: 2, timesRight: 1, timeAccuracy: 0.5 });
    expect(s.timeMismatches).toEqual([
      { pair: { place: 'Brussels', day: '2020-01-30' }, expected: '09:30', extracted: null },
    ]);
  });

  it("a programme's lines of one day and place are told apart by their clock times", () => {
    const lines = fixture([
      { ...pedersen, time: '11:00', precision: 'minute' },
      { ...pedersen, time: '12:30', precision: 'minute' },
    ]);
    const [first, second] = lines.meetings.map((m) => asExtracted(m));
    // Extracted in the other order: each line still meets its own time.
    expect(scoreFixture(lines, [second!, first!])).toMatchObject({ matched: 2, timesRight: 2 });
  });

  it("one day's meetings at one place are paired as a whole, not first come first served", () => {
    const jeffrey = { name: 'James Jeffrey', nameAr: null, kind: 'person' as const };
    const lavrov = { name: 'Sergey Lavrov', nameAr: null, kind: 'person' as const };
    const both = fixture([
      meeting({ participants: [{ ...pedersen.participants[0]!, nameAr: null }, jeffrey] }),
      meeting({ participants: [{ ...pedersen.participants[0]!, nameAr: null }, lavrov] }),
    ]);
    const [withJeffrey, withLavrov] = both.meetings.map((m) => asExtracted(m));
    // The second extraction fits the first meeting as well as the first does (Pedersen and Jeffrey,
    // Lavrov too): taking it for the first would leave the second meeting without Lavrov.
    const crowded = {
      ...withLavrov!,
      participants: [...withLavrov!.participants, { name: 'James Jeffrey', nameAr: null }],
    };
    const onlyJeffrey = { ...withJeffrey!, participants: [{ name: 'James Jeffrey', nameAr: null }] };
    expect(scoreFixture(both, [onlyJeffrey, crowded])).toMatchObject({
      matched: 2,
      participantsRecalled: 3,
      participantsExpected: 4,
    });
  });

  it("a day too crowded to try every pairing (a summit's receptions) is still paired as a whole", () => {
    const person = (name: string) => ({ name, nameAr: null, kind: 'person' as const });
    const guests = ['Macron', 'Starmer', 'Meloni', 'Sharif', 'Erdogan', 'Abbas'].map((name) => person(name));
    // Seven receptions by one host; the first two fit two extractions alike on the host alone.
    const host = person('Sisi');
    const day = fixture([
      meeting({ participants: [host] }),
      meeting({ participants: [host, guests[0]!] }),
      ...guests.slice(1).map((guest) => meeting({ participants: [guest] })),
    ]);
    const out = (names: string[]) => ({
      ...asExtracted(day.meetings[0]!),
      participants: names.map((name) => ({ name, nameAr: null })),
    });
    const extracted = [out(['Sisi', 'Macron']), out(['Sisi']), ...guests.slice(1).map((g) => out([g.name]))];
    // In the article's order, the first meeting would take the first extraction and leave Macron unrecalled.
    expect(scoreFixture(day, extracted)).toMatchObject({
      matched: 7,
      participantsRecalled: 8,
      participantsExpected: 8,
    });
  });

  it('F1 pools precision and recall over all fixtures', () => {
    const score = scoreExtraction([three], () => [
      asExtracted(pedersen),
      { ...asExtracted(brussels), date: '2020-01-31' },
    ]);
    // 1 of 2 extracted is right (precision 0.5), 1 of 3 expected is found (recall 1/3): F1 = 0.4.
    expect(score.overall.f1).toBeCloseTo(0.4, 10);
  });

  it('a perfect extraction scores 1.0 on everything', () => {
    const s = scoreFixture(
      three,
      three.meetings.map((m) => asExtracted(m)),
    );
    expect(s).toMatchObject({
      expected: 3,
      extracted: 3,
      matched: 3,
      precision: 1,
      recall: 1,
      statusAgreement: 1,
      participantRecall: 1,
    });
    expect(s.missed).toEqual([]);
    expect(s.extra).toEqual([]);
  });

  it('people named right: the persons a matched draft names who take part in its meeting', () => {
    const named = {
      ...asExtracted(brussels),
      participants: [
        { name: 'James Jeffrey', nameAr: null, kind: 'person' },
        { name: 'Andreas Rinke', nameAr: null, kind: 'person' },
        { name: 'European Union', nameAr: null, kind: 'organization' },
      ],
    };
    // an extra draft's people are not counted: they belong to no meeting
    const extra = { ...named, date: '2020-01-27' };
    const s = scoreFixture(fixture([brussels]), [named, extra]);
    expect(s).toMatchObject({ peopleNamed: 2, peopleNamedRight: 1, peoplePrecision: 0.5 });
  });

  it('a missed meeting lowers recall, not precision', () => {
    const s = scoreFixture(three, [asExtracted(pedersen), asExtracted(brussels)]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.missed).toEqual([{ place: null, day: '2020-02-01' }]);
  });

  it('an extra meeting lowers precision, not recall', () => {
    const extra: ExtractedMeeting = { date: '2020-01-27', location: 'London', status: 'held', participants: [] };
    const s = scoreFixture(three, [...three.meetings.map((m) => asExtracted(m)), extra]);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(3 / 4);
    expect(s.extra).toEqual([{ place: 'London', day: '2020-01-27' }]);
  });

  it('two unmerged mentions of one meeting count once; the copy is extra', () => {
    const s = scoreFixture(fixture([pedersen]), [asExtracted(pedersen), asExtracted(pedersen)]);
    expect(s.matched).toBe(1);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(0.5);
  });

  it('a place in Arabic matches the Latin name and the other way round, spelling variants folded', () => {
    const arabic = scoreFixture(
      three,
      three.meetings.map((m) => asExtracted(m, 'arabic')),
    );
    expect(arabic).toMatchObject({ precision: 1, recall: 1, participantRecall: 1 });
    const onlyLatin = fixture([meeting({ location: 'Brussels', locationAr: 'بروكسل' })]);
    const hamza = scoreFixture(onlyLatin, [
      { date: '2020-01-29', location: 'بروكسل', status: 'scheduled', participants: [] },
    ]);
    expect(hamza.matched).toBe(1);
    const cased = scoreFixture(onlyLatin, [
      { date: '2020-01-29', location: 'BRUSSELS', status: 'scheduled', participants: [] },
    ]);
    expect(cased.matched).toBe(1);
  });

  it('the day and the place must both agree', () => {
    const wrongDay = scoreFixture(fixture([pedersen]), [{ ...asExtracted(pedersen), date: '2020-01-28' }]);
    expect(wrongDay.matched).toBe(0);
    const wrongPlace = scoreFixture(fixture([pedersen]), [{ ...asExtracted(pedersen), location: 'Geneva' }]);
    expect(wrongPlace.matched).toBe(0);
    // A meeting without a place only pairs with an extraction without a place.
    const placed = scoreFixture(fixture([noPlace]), [{ ...asExtracted(noPlace), location: 'Geneva' }]);
    expect(placed.matched).toBe(0);
  });

  it('status agreement counts the matched pairs whose status agrees', () => {
    const s = scoreFixture(three, [
      asExtracted(pedersen),
      asExtracted(brussels),
      { ...asExtracted(noPlace), status: 'scheduled' },
    ]);
    expect(s.statusAgreement).toBeCloseTo(2 / 3);
    expect(s.statusMismatches).toEqual([
      { pair: { place: null, day: '2020-02-01' }, expected: 'tentative', extracted: 'scheduled' },
    ]);
  });

  it('participant recall: either script, the surname alone, nothing for the wrong person', () => {
    const found = (name: string | null, nameAr: string | null = null) => [{ name, nameAr }];
    const jeffrey = brussels.participants[0]!;
    expect(participantRecalled(jeffrey, found('James Jeffrey'))).toBe(true);
    expect(participantRecalled(jeffrey, found(null, 'جيمس جيفرى'))).toBe(true);
    expect(participantRecalled(jeffrey, found('Ambassador Jeffrey'))).toBe(true);
    expect(participantRecalled(jeffrey, found(null, 'السفير جيمس جيفري'))).toBe(true);
    expect(participantRecalled(jeffrey, found('James Baker'))).toBe(false);
    const eu = brussels.participants[1]!;
    expect(participantRecalled(eu, found(null, 'الإتحاد الأوروبي'))).toBe(true);
    // The surname rule is for people: "Union" alone is not the European Union.
    expect(participantRecalled(eu, found('African Union'))).toBe(false);
    // A sovereign is named before the ordinal: "King Abdullah" is Abdullah II, "Abdullah Safadi" is not "Hussein II".
    const king = { kind: 'person' as const, name: 'Abdullah II', nameAr: 'عبد الله الثاني' };
    expect(participantRecalled(king, found('Abdullah'))).toBe(true);
    expect(participantRecalled(king, found(null, 'الملك عبد الله'))).toBe(true);
    expect(participantRecalled({ ...king, name: 'Hussein II', nameAr: null }, found('Abdullah'))).toBe(false);
    // Organisations as the gazetteer knows them: an alias is the organisation, an organ names its parent.
    const council = {
      kind: 'organization' as const,
      name: 'United Nations Security Council',
      nameAr: 'مجلس الأمن الدولي',
    };
    expect(participantRecalled(council, found('UN Security Council', 'مجلس الأمن'))).toBe(true);
    expect(participantRecalled(council, found('United Nations', 'الأمم المتحدة'))).toBe(false);
    const league = { kind: 'organization' as const, name: 'Arab League', nameAr: 'جامعة الدول العربية' };
    expect(participantRecalled(league, found('Arab League Council', 'مجلس جامعة الدول العربية'))).toBe(true);
    expect(participantRecalled({ ...league, name: 'Arab League Council', nameAr: null }, found('Arab League'))).toBe(
      false,
    );

    const s = scoreFixture(fixture([brussels]), [{ ...asExtracted(brussels), participants: found('Jeffrey') }]);
    expect(s.participantsExpected).toBe(2);
    expect(s.participantsRecalled).toBe(1);
    expect(s.participantRecall).toBe(0.5);
    expect(s.missedParticipants).toEqual([{ pair: { place: 'Brussels', day: '2020-01-30' }, name: 'European Union' }]);
  });

  it('an article with no meeting: nothing found is perfect, anything found is extra', () => {
    const none = fixture([]);
    expect(scoreFixture(none, [])).toMatchObject({
      precision: 1,
      recall: 1,
      statusAgreement: null,
      participantRecall: null,
    });
    expect(scoreFixture(none, [asExtracted(pedersen)])).toMatchObject({ precision: 0, recall: 1 });
  });
});

describe('scoreExtraction', () => {
  const fixtures = [three, fixture([], '98-empty')];

  it('pools the pairs of all fixtures and counts perfect fixtures', () => {
    const extract: Extractor = (text, source) => {
      expect(source).toEqual({ published: '2020-01-28', timezone: 'Asia/Damascus', language: 'ar' });
      return text === 'نص' ? [asExtracted(pedersen)] : [];
    };
    const score = scoreExtraction(fixtures, extract);
    // Both fixtures have the same text here: each gets the Pedersen meeting.
    expect(score.overall).toMatchObject({ fixtures: 2, expected: 3, extracted: 2, matched: 1, perfect: 0 });
    expect(score.overall.precision).toBe(0.5);
    expect(score.overall.recall).toBeCloseTo(1 / 3);
    expect(score.fixtures.map((f) => f.id)).toEqual(['99-test', '98-empty']);
  });

  it('an extractor that throws scores nothing for that fixture and keeps the message', () => {
    const score = scoreExtraction(fixtures, () => {
      throw new Error('boom');
    });
    expect(score.fixtures[0]).toMatchObject({ extracted: 0, recall: 0, error: 'boom' });
    expect(score.fixtures[1]).toMatchObject({ extracted: 0, recall: 1, error: 'boom' });
    expect(score.overall.perfect).toBe(0);
  });

  it('prints as a table: one row per fixture and an overall row', () => {
    const score = scoreExtraction(fixtures, (_text) => []);
    const rows = scoreRows(score);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ fixture: '99-test', expected: 3, extracted: 0, recall: '0.00', precision: '1.00' });
    expect(String(rows[0]!.notes)).toContain('missed Damascus 2020-01-29');
    expect(rows[2]).toMatchObject({ fixture: 'overall', notes: '1/2 fixtures perfect' });
  });
});

describe('the article fixtures', () => {
  const fixtures = loadArticleFixtures();

  it('load: at least 25 articles besides the seed, each with its text', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(26);
    for (const f of fixtures) expect(f.text.trim().length, f.id).toBeGreaterThan(0);
    expect(new Set(fixtures.map((f) => f.id.slice(0, 2))).size).toBe(fixtures.length);
  });

  it('00 is the seed article with its six meetings from db/seed/', () => {
    const seed = fixtures[0]!;
    expect(seed.id).toBe('00-seed');
    expect(seed.textFile).toMatch(/db\/seed\/alwatan-2020-01-28\.ar\.txt$/);
    expect(seed.source).toMatchObject({ language: 'ar', published: '2020-01-28', timezone: 'Asia/Damascus' });
    expect(seed.meetings).toHaveLength(6);
  });

  it('every fixture is well formed: real days, IANA zones, known statuses, kinds and precisions', () => {
    expect(fixtures.flatMap(fixtureProblems)).toEqual([]);
  });

  it('covers both languages and articles without any meeting', () => {
    expect(fixtures.filter((f) => f.source.language === 'en').length).toBeGreaterThanOrEqual(5);
    expect(fixtures.filter((f) => f.meetings.length === 0).length).toBeGreaterThanOrEqual(4);
    const withMeetings = fixtures.filter((f) => f.meetings.length > 0);
    const perArticle = withMeetings.reduce((n, f) => n + f.meetings.length, 0) / withMeetings.length;
    expect(perArticle).toBeGreaterThanOrEqual(2);
  });

  it('an extractor that returns the expectations scores 1.0 everywhere', () => {
    const byText = new Map(fixtures.map((f) => [f.text, f.meetings]));
    const score = scoreExtraction(fixtures, (text) =>
      (byText.get(text) ?? []).map((m, i) => asExtracted(m, i % 2 ? 'arabic' : 'latin')),
    );
    expect(score.overall).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      statusAgreement: 1,
      participantRecall: 1,
      timeAccuracy: 1,
    });
    expect(score.overall.perfect).toBe(fixtures.length);
  });

  it('the validators themselves', () => {
    expect(isRealDay('2020-02-29')).toBe(true);
    expect(isRealDay('2021-02-29')).toBe(false);
    expect(isRealDay('2020-1-5')).toBe(false);
    expect(isIanaZone('Asia/Damascus')).toBe(true);
    expect(isIanaZone('Asia/Nowhere')).toBe(false);
    expect(isIanaZone('')).toBe(false);
  });
});
