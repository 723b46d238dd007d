/**
 * The article fixtures (tests/fixtures/articles/) and the score of an extractor against them.
 *
 * A fixture is `NN-slug.txt` (the article) and `NN-slug.json` (`{source, meetings}`); the
 * fixture `00-seed.json` is `{"seed": true}` and stands for the seed article and its reading
 * (db/seed/alwatan-2020-01-28.ar.txt and db/seed/meetings.json).
 *
 * The score compares (place, day) pairs: the place by its folded key (`nameKey`) in either
 * script, the day being the meeting's first day; a meeting without a place is the pair
 * (null, day). Each expected meeting is matched to at most one extracted meeting, so a
 * meeting found twice (two mentions not merged) counts once and the copy lowers precision.
 * Among the matched pairs the score reports status agreement and participant recall.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../../src/names/normalize.js';
import { gazetteer } from '../../src/extract/gazetteer/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');
export const ARTICLES_DIR = join(ROOT, 'tests/fixtures/articles');
export const SEED_ARTICLE = join(ROOT, 'db/seed/alwatan-2020-01-28.ar.txt');
export const SEED_MEETINGS = join(ROOT, 'db/seed/meetings.json');
/**
 * The news corpus (issue 13): articles written in our own words after real published ones, each
 * with its source url. Split once into a development part and a frozen test part, scored only
 * for reports, never read case by case while the reader changes (tests/fixtures/news/README.md).
 */
export const NEWS_DIR = join(ROOT, 'tests/fixtures/news');
export const NEWS_PARTS = ['dev', 'frozen'] as const;
export type NewsPart = (typeof NEWS_PARTS)[number];

export const FIXTURE_STATUSES = ['held', 'scheduled', 'tentative', 'cancelled'] as const;
export const FIXTURE_KINDS = ['person', 'country', 'organization'] as const;
export const FIXTURE_PRECISIONS = ['minute', 'day', 'week', 'month'] as const;

export interface ExpectedParticipant {
  name: string | null;
  nameAr: string | null;
  kind: (typeof FIXTURE_KINDS)[number];
  role?: string;
}

export interface ExpectedMeeting {
  key?: string;
  title?: string;
  titleAr?: string;
  date: string;
  endDate?: string | null;
  time: string | null;
  precision: (typeof FIXTURE_PRECISIONS)[number];
  location: string | null;
  locationAr: string | null;
  timezone: string | null;
  status: (typeof FIXTURE_STATUSES)[number];
  evidence: string;
  participants: ExpectedParticipant[];
  [extra: string]: unknown;
}

export interface FixtureSource {
  outlet: string;
  language: 'ar' | 'en';
  /** YYYY-MM-DD */
  published: string;
  /** IANA zone of the outlet. */
  timezone: string;
  style?: string;
  notes?: string;
  [extra: string]: unknown;
}

export interface Fixture {
  /** The file name without extension, e.g. `00-seed`, `07-annahar-baabda`. */
  id: string;
  /** Absolute path of the article text. */
  textFile: string;
  text: string;
  source: FixtureSource;
  meetings: ExpectedMeeting[];
}

/** What the extractor is given besides the text. */
export interface ExtractionSource {
  published: string;
  timezone: string;
  language: 'ar' | 'en';
}

export interface ExtractedParticipant {
  name: string | null;
  nameAr: string | null;
  /** person, country or organization: people named right counts the persons. */
  kind?: string;
}

/** The part of an extracted meeting the score reads. */
export interface ExtractedMeeting {
  date: string;
  endDate?: string | null;
  location: string | null;
  /** Optional second spelling of the place; either one may match. */
  locationAr?: string | null;
  status: string;
  /** Local clock time `HH:MM` of a timed meeting. */
  time?: string | null;
  participants: ExtractedParticipant[];
}

export type Extractor = (text: string, source: ExtractionSource) => ExtractedMeeting[];

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function seedFixture(id: string): Fixture {
  const seed = readJson(SEED_MEETINGS) as { source: Partial<FixtureSource>; meetings: ExpectedMeeting[] };
  return {
    id,
    textFile: SEED_ARTICLE,
    text: readFileSync(SEED_ARTICLE, 'utf8'),
    source: {
      outlet: seed.source.outlet ?? 'Al-Watan (Damascus)',
      language: seed.source.language ?? 'ar',
      published: seed.source.published ?? '2020-01-28',
      timezone: seed.source.timezone ?? 'Asia/Damascus',
      style: 'Syrian daily (Al-Watan): the seed article',
      notes: seed.source.notes,
    },
    meetings: seed.meetings,
  };
}

/** One part of the news corpus, in file order. */
export function loadNewsCorpus(part: NewsPart): Fixture[] {
  return loadArticleFixtures(join(NEWS_DIR, part));
}

/** Every fixture in tests/fixtures/articles/, in file order; 00-seed resolved from db/seed/. */
export function loadArticleFixtures(dir: string = ARTICLES_DIR): Fixture[] {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  return ids.map((id) => {
    const data = readJson(join(dir, `${id}.json`)) as {
      seed?: boolean;
      source?: FixtureSource;
      meetings?: ExpectedMeeting[];
    };
    if (data.seed === true) return seedFixture(id);
    const textFile = join(dir, `${id}.txt`);
    if (!existsSync(textFile)) throw new Error(`fixture ${id}: ${id}.txt is missing`);
    if (!data.source || !Array.isArray(data.meetings)) throw new Error(`fixture ${id}: needs "source" and "meetings"`);
    return { id, textFile, text: readFileSync(textFile, 'utf8'), source: data.source, meetings: data.meetings };
  });
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD. */
export function isRealDay(day: unknown): boolean {
  if (typeof day !== 'string') return false;
  const m = DAY.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === day;
}

/** A zone Intl knows by that very name (not merely an alias it would rewrite). */
export function isIanaZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Everything wrong with one fixture, as sentences; empty when it is well formed. */
export function fixtureProblems(f: Fixture): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${f.id}: ${what}`);
  const s = f.source;
  if (!s.outlet) say('source.outlet is missing');
  if (s.language !== 'ar' && s.language !== 'en') say(`source.language ${String(s.language)}`);
  if (!isRealDay(s.published)) say(`source.published ${String(s.published)} is not a real day`);
  if (!isIanaZone(s.timezone)) say(`source.timezone ${String(s.timezone)} is not an IANA zone`);
  if (f.text.trim() === '') say('the article is empty');
  f.meetings.forEach((m, i) => {
    const at = `meeting ${i} (${m.date})`;
    if (!isRealDay(m.date)) say(`${at}: date is not a real day`);
    if (m.endDate != null && (!isRealDay(m.endDate) || m.endDate < m.date)) say(`${at}: endDate ${m.endDate}`);
    if (!(FIXTURE_PRECISIONS as readonly string[]).includes(m.precision)) say(`${at}: precision ${m.precision}`);
    if ((m.precision === 'week' || m.precision === 'month') && !m.endDate)
      say(`${at}: a ${m.precision} needs an endDate`);
    if (m.time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(m.time)) say(`${at}: time ${m.time}`);
    if ((m.time !== null) !== (m.precision === 'minute')) say(`${at}: time and precision disagree`);
    if (!(FIXTURE_STATUSES as readonly string[]).includes(m.status)) say(`${at}: status ${m.status}`);
    const placed = m.location !== null || m.locationAr !== null;
    if (placed && !isIanaZone(m.timezone)) say(`${at}: timezone ${String(m.timezone)} is not an IANA zone`);
    if (!placed && m.timezone !== null) say(`${at}: a timezone without a place`);
    if (placed && (!m.location || !m.locationAr)) say(`${at}: the place needs both spellings`);
    if (typeof m.evidence !== 'string' || m.evidence.trim() === '') say(`${at}: no evidence`);
    if (!Array.isArray(m.participants)) say(`${at}: participants is not a list`);
    for (const p of m.participants ?? []) {
      if (!(FIXTURE_KINDS as readonly string[]).includes(p.kind)) say(`${at}: participant kind ${p.kind}`);
      if (!p.name && !p.nameAr) say(`${at}: a participant without a name`);
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------
// Scoring

export interface Pair {
  place: string | null;
  day: string;
}

export interface FixtureScore {
  id: string;
  language: 'ar' | 'en';
  outlet: string;
  expected: number;
  extracted: number;
  matched: number;
  /** matched / extracted; 1 when nothing was extracted. */
  precision: number;
  /** matched / expected; 1 when nothing was expected. */
  recall: number;
  /** Matched pairs whose status agrees. */
  statusAgreed: number;
  /** statusAgreed / matched; null when nothing matched. */
  statusAgreement: number | null;
  /** Expected participants of the matched meetings, and how many of them were found. */
  participantsExpected: number;
  participantsRecalled: number;
  /** participantsRecalled / participantsExpected; null when there were none to find. */
  participantRecall: number | null;
  /** People (persons) the matched drafts name, and how many of them are annotated participants of their meeting. */
  peopleNamed: number;
  peopleNamedRight: number;
  /** peopleNamedRight / peopleNamed: the share of the people a matched draft names who take part; null when none. */
  peoplePrecision: number | null;
  /** Matched meetings with an expected clock time, and how many came out at that time. */
  timesExpected: number;
  timesRight: number;
  /** timesRight / timesExpected; null when no matched meeting had a clock time. */
  timeAccuracy: number | null;
  missed: Pair[];
  extra: Pair[];
  statusMismatches: { pair: Pair; expected: string; extracted: string }[];
  timeMismatches: { pair: Pair; expected: string; extracted: string | null }[];
  missedParticipants: { pair: Pair; name: string }[];
  /** The extractor threw: its message; the fixture then counts as nothing extracted. */
  error?: string;
}

export interface ExtractionScore {
  fixtures: FixtureScore[];
  overall: Omit<
    FixtureScore,
    | 'id'
    | 'language'
    | 'outlet'
    | 'missed'
    | 'extra'
    | 'statusMismatches'
    | 'timeMismatches'
    | 'missedParticipants'
    | 'error'
  > & {
    fixtures: number;
    /** The harmonic mean of precision and recall of (place, day) pairs. */
    f1: number;
    /** Fixtures with every meeting found, nothing extra, every status and participant right. */
    perfect: number;
  };
}

const keyOf = (name: string | null | undefined): string | null => {
  if (!name) return null;
  const key = nameKey(name);
  return key === '' ? null : key;
};

function keys(...names: (string | null | undefined)[]): Set<string> {
  return new Set(names.map(keyOf).filter((k): k is string => k !== null));
}

function placeMatches(expected: ExpectedMeeting, extracted: ExtractedMeeting): boolean {
  const want = keys(expected.location, expected.locationAr);
  const got = keys(extracted.location, extracted.locationAr);
  if (want.size === 0 || got.size === 0) return want.size === 0 && got.size === 0;
  for (const k of got) if (want.has(k)) return true;
  return false;
}

/** Regnal ordinals, folded: II, III, الثاني, الثالث. */
const REGNAL = /^(?:i{2,3}|iv|vi{0,3}|ثاني|الثاني|ثالث|الثالث|رابع|الرابع|خامس|الخامس|سادس|السادس)$/;

/**
 * An expected participant is recalled when an extracted one folds to the same key in either
 * script, or (for a person) when an extracted key contains the expected surname as a word.
 */
export function participantRecalled(expected: ExpectedParticipant, found: ExtractedParticipant[]): boolean {
  const want = expected.kind === 'person' ? keys(expected.name, expected.nameAr) : entityKeys(expected, false);
  const surnames = new Set<string>();
  if (expected.kind === 'person') {
    for (const k of want) {
      const words = k.split(' ');
      const last = words.at(-1);
      if (last) surnames.add(last);
      // "Abdullah II", "عبد الله الثاني": a sovereign's name is the one before the ordinal ("King Abdullah").
      if (words.length > 1 && REGNAL.test(last ?? '')) surnames.add(words.at(-2)!);
    }
  }
  return found.some((p) =>
    [...entityKeys(p, true)].some((k) => want.has(k) || k.split(' ').some((word) => surnames.has(word))),
  );
}

/**
 * The keys of a party in either script, and of the organisation the gazetteer knows it as (an
 * alias: "مجلس الأمن الدولي" is the UN Security Council); with `asParent`, of the organisation it
 * is an organ of too (the Arab League Council names the Arab League at the table).
 */
function entityKeys(party: { name: string | null; nameAr: string | null }, asParent: boolean): Set<string> {
  const own = keys(party.name, party.nameAr);
  const { entries } = gazetteer();
  for (const key of [...own]) {
    for (const entry of entries.get(key) ?? []) {
      if (entry.kind !== 'organization') continue;
      const { name, nameAr, partOf } = entry.organization;
      keys(name, nameAr).forEach((k) => own.add(k));
      if (asParent && partOf) own.add(keyOf(partOf)!);
    }
  }
  return own;
}

const ratio = (n: number, d: number, empty: number | null): number | null => (d === 0 ? empty : n / d);

function pairOf(place: string | null, day: string): Pair {
  return { place, day };
}

/** How well extracted meeting `m` stands for expected `want` (same day and place): status, then clock time, then people. */
function fitness(want: ExpectedMeeting, m: ExtractedMeeting): number {
  return (
    (m.status === want.status ? 1000 : 0) +
    // (a programme's lines share their day and place: the clock time tells them apart)
    (want.time && m.time === want.time ? 100 : 0) +
    want.participants.filter((p) => participantRecalled(p, m.participants)).length
  );
}

/**
 * Which extracted meeting stands for each expected one (by index; undefined: missed). Only a
 * meeting of the same day and place can; among several (unmerged mentions, a programme's lines),
 * the pairing of each day that matches the most meetings, then fits best, is taken (found by the
 * Hungarian method: a summit's day may hold a dozen receptions, too many pairings to try each).
 */
export function assignMeetings(
  expected: readonly ExpectedMeeting[],
  extracted: readonly ExtractedMeeting[],
): (number | undefined)[] {
  const candidates = expected.map((want) =>
    extracted.flatMap((m, i) => (m.date === want.date && placeMatches(want, m) ? [{ i, fit: fitness(want, m) }] : [])),
  );
  const assigned: (number | undefined)[] = expected.map(() => undefined);
  const days = new Map<string, number[]>();
  expected.forEach((want, w) => {
    if (candidates[w]!.length > 0) days.set(want.date, [...(days.get(want.date) ?? []), w]);
  });
  for (const group of days.values()) {
    const choice = bestAssignment(group.map((w) => candidates[w]!.map((c) => ({ i: c.i, value: 10_000 + c.fit }))));
    group.forEach((w, k) => (assigned[w] = choice[k]));
  }
  return assigned;
}

/**
 * The pairing of rows to columns (each row's candidates: a column index and what pairing them is
 * worth; a row may stay unpaired, worth 0) of greatest total worth: the Hungarian method on
 * costs, one free column per row standing for "unpaired". Rows are few (a day's meetings).
 */
function bestAssignment(rows: readonly { i: number; value: number }[][]): (number | undefined)[] {
  const columns = [...new Set(rows.flatMap((row) => row.map((c) => c.i)))];
  const n = rows.length;
  const m = columns.length + n;
  const FORBIDDEN = 1e12;
  const cost = rows.map((row, r) => {
    const line = new Array<number>(m).fill(FORBIDDEN);
    for (const c of row) line[columns.indexOf(c.i)] = -c.value;
    line[columns.length + r] = 0;
    return line;
  });
  // Potentials u (rows) and v (columns), 1-based, as the method is usually written.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const rowOf = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let r = 1; r <= n; r++) {
    rowOf[0] = r;
    let j0 = 0;
    const least = new Array<number>(m + 1).fill(Infinity);
    const done = new Array<boolean>(m + 1).fill(false);
    do {
      done[j0] = true;
      const r0 = rowOf[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (done[j]) continue;
        const reduced = cost[r0 - 1]![j - 1]! - u[r0]! - v[j]!;
        if (reduced < least[j]!) {
          least[j] = reduced;
          way[j] = j0;
        }
        if (least[j]! < delta) {
          delta = least[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (done[j]) {
          u[rowOf[j]!]! += delta;
          v[j]! -= delta;
        } else least[j]! -= delta;
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOf[j0] = rowOf[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const choice: (number | undefined)[] = new Array(n).fill(undefined);
  for (let j = 1; j <= columns.length; j++) if (rowOf[j]! > 0) choice[rowOf[j]! - 1] = columns[j - 1];
  return choice;
}

/** Which extracted meetings stand for an expected one, as the score pairs them (index for index). */
export function matchedExtracted(fixture: Fixture, extracted: ExtractedMeeting[]): boolean[] {
  const taken = new Set(assignMeetings(fixture.meetings, extracted).filter((i): i is number => i !== undefined));
  return extracted.map((_, i) => taken.has(i));
}

/** Scores one fixture's extraction. */
export function scoreFixture(fixture: Fixture, extracted: ExtractedMeeting[], error?: string): FixtureScore {
  const missed: Pair[] = [];
  const statusMismatches: FixtureScore['statusMismatches'] = [];
  const missedParticipants: FixtureScore['missedParticipants'] = [];
  const timeMismatches: FixtureScore['timeMismatches'] = [];
  let timesExpected = 0;
  let timesRight = 0;
  let matched = 0;
  let statusAgreed = 0;
  let participantsExpected = 0;
  let participantsRecalled = 0;
  let peopleNamed = 0;
  let peopleNamedRight = 0;
  const assigned = assignMeetings(fixture.meetings, extracted);
  const taken = new Set<number>();
  fixture.meetings.forEach((want, w) => {
    const pair = pairOf(want.location ?? want.locationAr, want.date);
    const index = assigned[w];
    if (index === undefined) {
      missed.push(pair);
      return;
    }
    taken.add(index);
    const got = extracted[index]!;
    matched++;
    if (got.status === want.status) statusAgreed++;
    else statusMismatches.push({ pair, expected: want.status, extracted: got.status });
    if (want.time) {
      timesExpected++;
      if (got.time === want.time) timesRight++;
      else timeMismatches.push({ pair, expected: want.time, extracted: got.time ?? null });
    }
    for (const p of want.participants) {
      participantsExpected++;
      if (participantRecalled(p, got.participants)) participantsRecalled++;
      else missedParticipants.push({ pair, name: p.name ?? p.nameAr ?? '?' });
    }
    for (const p of got.participants) {
      if (p.kind !== 'person') continue;
      peopleNamed++;
      if (want.participants.some((q) => participantRecalled(q, [p]))) peopleNamedRight++;
    }
  });
  const left = extracted.flatMap((m, i) => (taken.has(i) ? [] : [{ m }]));
  const score: FixtureScore = {
    id: fixture.id,
    language: fixture.source.language,
    outlet: fixture.source.outlet,
    expected: fixture.meetings.length,
    extracted: extracted.length,
    matched,
    precision: ratio(matched, extracted.length, 1)!,
    recall: ratio(matched, fixture.meetings.length, 1)!,
    statusAgreed,
    statusAgreement: ratio(statusAgreed, matched, null),
    participantsExpected,
    participantsRecalled,
    participantRecall: ratio(participantsRecalled, participantsExpected, null),
    peopleNamed,
    peopleNamedRight,
    peoplePrecision: ratio(peopleNamedRight, peopleNamed, null),
    timesExpected,
    timesRight,
    timeAccuracy: ratio(timesRight, timesExpected, null),
    missed,
    extra: left.map(({ m }) => pairOf(m.location ?? m.locationAr ?? null, m.date)),
    statusMismatches,
    timeMismatches,
    missedParticipants,
  };
  if (error !== undefined) score.error = error;
  return score;
}

function isPerfect(s: FixtureScore): boolean {
  return (
    s.error === undefined &&
    s.matched === s.expected &&
    s.matched === s.extracted &&
    s.statusAgreed === s.matched &&
    s.timesRight === s.timesExpected &&
    s.participantsRecalled === s.participantsExpected
  );
}

/**
 * Runs the extractor on every fixture and scores it. Overall figures are pooled over all
 * pairs (micro-averaged), not averaged over fixtures. An extractor that throws on a fixture
 * scores nothing extracted there, with the message in `error`.
 */
export function scoreExtraction(fixtures: Fixture[], extract: Extractor): ExtractionScore {
  const scores = fixtures.map((f) => {
    try {
      return scoreFixture(
        f,
        extract(f.text, { published: f.source.published, timezone: f.source.timezone, language: f.source.language }),
      );
    } catch (e) {
      return scoreFixture(f, [], e instanceof Error ? e.message : String(e));
    }
  });
  const sum = (pick: (s: FixtureScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const expected = sum((s) => s.expected);
  const extracted = sum((s) => s.extracted);
  const matched = sum((s) => s.matched);
  const statusAgreed = sum((s) => s.statusAgreed);
  const participantsExpected = sum((s) => s.participantsExpected);
  const participantsRecalled = sum((s) => s.participantsRecalled);
  const peopleNamed = sum((s) => s.peopleNamed);
  const peopleNamedRight = sum((s) => s.peopleNamedRight);
  const timesExpected = sum((s) => s.timesExpected);
  const timesRight = sum((s) => s.timesRight);
  const precision = ratio(matched, extracted, 1)!;
  const recall = ratio(matched, expected, 1)!;
  return {
    fixtures: scores,
    overall: {
      fixtures: scores.length,
      perfect: scores.filter(isPerfect).length,
      expected,
      extracted,
      matched,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      statusAgreed,
      statusAgreement: ratio(statusAgreed, matched, null),
      participantsExpected,
      participantsRecalled,
      participantRecall: ratio(participantsRecalled, participantsExpected, null),
      peopleNamed,
      peopleNamedRight,
      peoplePrecision: ratio(peopleNamedRight, peopleNamed, null),
      timesExpected,
      timesRight,
      timeAccuracy: ratio(timesRight, timesExpected, null),
    },
  };
}

const pct = (x: number | null): string => (x === null ? '-' : x.toFixed(2));
const pairText = (p: Pair): string => `${p.place ?? '(no place)'} ${p.day}`;

/** One row per fixture and a last row `overall`, for console.table or a test message. */
export function scoreRows(score: ExtractionScore): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = score.fixtures.map((s) => ({
    fixture: s.id,
    lang: s.language,
    expected: s.expected,
    extracted: s.extracted,
    matched: s.matched,
    precision: pct(s.precision),
    recall: pct(s.recall),
    status: pct(s.statusAgreement),
    participants: pct(s.participantRecall),
    times: pct(s.timeAccuracy),
    notes: [
      s.error ? `error: ${s.error}` : '',
      ...s.missed.map((p) => `missed ${pairText(p)}`),
      ...s.extra.map((p) => `extra ${pairText(p)}`),
      ...s.statusMismatches.map((m) => `${pairText(m.pair)} ${m.extracted}≠${m.expected}`),
      ...s.timeMismatches.map((m) => `${pairText(m.pair)} ${m.extracted ?? 'no time'}≠${m.expected}`),
    ]
      .filter(Boolean)
      .join('; '),
  }));
  const o = score.overall;
  rows.push({
    fixture: 'overall',
    lang: '',
    expected: o.expected,
    extracted: o.extracted,
    matched: o.matched,
    precision: pct(o.precision),
    recall: pct(o.recall),
    status: pct(o.statusAgreement),
    participants: pct(o.participantRecall),
    times: pct(o.timeAccuracy),
    notes: `${o.perfect}/${o.fixtures} fixtures perfect`,
  });
  return rows;
}
