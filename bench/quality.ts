/**
 * How well the reader reads: the project's fixtures and the two parts of the news corpus, scored
 * on the same measures (events as (place, day) pairs, statuses, participants, clock times).
 *
 *   npm run score                 the summary of every part, and the development part's table
 *   npm run score -- fixtures     the summary, and the fixtures' table
 *   npm run score -- batch s7-    one batch of the development part (its articles' ids start so)
 *
 * The frozen part's articles are never listed one by one: it is a test part, scored for reports
 * (its summary and its misses counted by failure kind), not read case by case while rules change.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractMeetings } from '../src/extract/index.js';
import { diwanExtractor } from '../tests/helpers/diwan-extractor.js';
import {
  loadArticleFixtures,
  loadNewsCorpus,
  matchedExtracted,
  NEWS_DIR,
  scoreExtraction,
  scoreRows,
  type ExtractionScore,
  type Fixture,
} from '../tests/helpers/extraction-score.js';

export interface ScoredPart {
  /** fixtures, dev, frozen, or a batch of the development part (`dev s7-`). */
  name: string;
  about: string;
  fixtures: Fixture[];
  score: ExtractionScore;
}

/** Every part there is, scored by Diwan's reader. */
export function scoreParts(): ScoredPart[] {
  const parts: ScoredPart[] = [];
  const add = (name: ScoredPart['name'], about: string, fixtures: Fixture[]) =>
    parts.push({ name, about, fixtures, score: scoreExtraction(fixtures, diwanExtractor) });
  add('fixtures', 'the project fixtures (tests/fixtures/articles), written beside the rules', loadArticleFixtures());
  if (existsSync(`${NEWS_DIR}/dev`)) add('dev', 'news corpus, development part', loadNewsCorpus('dev'));
  if (existsSync(`${NEWS_DIR}/frozen`)) add('frozen', 'news corpus, frozen test part', loadNewsCorpus('frozen'));
  return parts;
}

const two = (x: number | null): string => (x === null ? '-' : x.toFixed(2));

/** One markdown row per part: the figures the targets name. */
export function qualityTable(parts: readonly ScoredPart[]): string {
  const lines = [
    '| part | articles | meetings | events P | events R | events F1 | status | participants | people named right | clock times |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, score } of parts) {
    const o = score.overall;
    lines.push(
      `| ${name} | ${o.fixtures} | ${o.expected} | ${two(o.precision)} | ${two(o.recall)} | ${two(o.f1)} | ` +
        `${two(o.statusAgreement)} | ${two(o.participantRecall)} (${o.participantsRecalled}/${o.participantsExpected}) | ` +
        `${two(o.peoplePrecision)} (${o.peopleNamedRight}/${o.peopleNamed}) | ` +
        `${two(o.timeAccuracy)} (${o.timesRight}/${o.timesExpected}) |`,
    );
  }
  return lines.join('\n');
}

const LEVELS = ['high', 'medium', 'low'] as const;

/**
 * How far a draft's confidence can be trusted: per part and per level, how many drafts the reader
 * made and how many of them the score paired with an annotated meeting (the model is fitted on
 * the development part, so the frozen part's row is the honest one).
 */
export function confidenceTable(parts: readonly ScoredPart[]): string {
  const lines = ['| part | high: right / drafts | medium | low |', '| --- | ---: | ---: | ---: |'];
  for (const { name, fixtures } of parts) {
    const counts = Object.fromEntries(LEVELS.map((level) => [level, { drafts: 0, right: 0 }]));
    for (const fixture of fixtures) {
      const drafts = extractMeetings(fixture.text, fixture.source).meetings;
      const right = matchedExtracted(fixture, diwanExtractor(fixture.text, fixture.source));
      drafts.forEach((draft, i) => {
        const count = counts[draft.confidence?.level ?? 'low']!;
        count.drafts++;
        if (right[i]) count.right++;
      });
    }
    const cell = ({ drafts, right }: { drafts: number; right: number }) =>
      drafts === 0 ? '-' : `${two(right / drafts)} (${right}/${drafts})`;
    lines.push(`| ${name} | ${LEVELS.map((level) => cell(counts[level]!)).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * The failure kinds of issue 13 (each corpus article lists the kinds it exercises) and, per kind,
 * how many of its articles the reader does not read perfectly, with what went wrong in them.
 */
export function failuresByKind(part: ScoredPart): string {
  const byId = new Map(part.score.fixtures.map((s) => [s.id, s]));
  const kinds = new Map<
    number,
    {
      articles: number;
      imperfect: number;
      missed: number;
      extra: number;
      status: number;
      people: number;
      times: number;
    }
  >();
  for (const f of part.fixtures) {
    const s = byId.get(f.id)!;
    for (const kind of (f.source.kinds as number[] | undefined) ?? []) {
      const k = kinds.get(kind) ?? { articles: 0, imperfect: 0, missed: 0, extra: 0, status: 0, people: 0, times: 0 };
      k.articles++;
      const wrong =
        s.missed.length +
        s.extra.length +
        s.statusMismatches.length +
        s.missedParticipants.length +
        s.timeMismatches.length;
      if (wrong > 0 || s.error !== undefined) k.imperfect++;
      k.missed += s.missed.length;
      k.extra += s.extra.length;
      k.status += s.statusMismatches.length;
      k.people += s.missedParticipants.length;
      k.times += s.timeMismatches.length;
      kinds.set(kind, k);
    }
  }
  const lines = [
    '| kind | articles | not perfect | meetings missed | extra | wrong status | people missed | wrong times |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [kind, k] of [...kinds].sort((a, b) => a[0] - b[0])) {
    lines.push(
      `| ${kind} | ${k.articles} | ${k.imperfect} | ${k.missed} | ${k.extra} | ${k.status} | ${k.people} | ${k.times} |`,
    );
  }
  return lines.join('\n');
}

/**
 * What became of a missed meeting, from the (place, day) pairs alone; and what an extra draft is on
 * a day the score misses nothing (one on a day of a miss is counted with the miss).
 */
const CAUSES = [
  ['missed: a draft that day placed elsewhere', 'other place'],
  ['missed: a draft that day with no place', 'no place'],
  ['missed: a draft that day placed where the annotation has none', 'place not annotated'],
  ['missed: a draft in its place on another day', 'other day'],
  ['missed: told inside a meeting found that day there (merged)', 'merged'],
  ['missed: no draft that day', 'not found'],
  ['extra: a second draft of a meeting found (split)', 'split'],
  ['extra: a draft on a day the annotation has no meeting', 'spurious'],
] as const;

type Cause = (typeof CAUSES)[number][1];

function causesOf(part: ScoredPart): Map<Cause, number> {
  const counts = new Map<Cause, number>(CAUSES.map(([, cause]) => [cause, 0]));
  const add = (cause: Cause) => counts.set(cause, counts.get(cause)! + 1);
  const byId = new Map(part.score.fixtures.map((s) => [s.id, s]));
  for (const fixture of part.fixtures) {
    const s = byId.get(fixture.id)!;
    // (an article the reader failed on has no drafts: all its meetings are missed and none is found)
    const days =
      s.error === undefined ? new Set(diwanExtractor(fixture.text, fixture.source).map((m) => m.date)) : new Set();
    for (const miss of s.missed) {
      const sameDay = s.extra.filter((x) => x.day === miss.day);
      if (sameDay.length > 0)
        add(
          miss.place === null
            ? 'place not annotated'
            : sameDay.some((x) => x.place === null)
              ? 'no place'
              : 'other place',
        );
      else if (miss.place !== null && s.extra.some((x) => x.place === miss.place)) add('other day');
      else add(days.has(miss.day) ? 'merged' : 'not found');
    }
    for (const x of s.extra) {
      if (s.missed.some((m) => m.day === x.day)) continue;
      add(fixture.meetings.some((m) => m.date === x.day) ? 'split' : 'spurious');
    }
  }
  return counts;
}

/** Per part, its missed meetings and extra drafts by what became of them (the frozen part counted, never listed). */
export function missesByCause(parts: readonly ScoredPart[]): string {
  const counted = parts.map((part) => ({ name: part.name, counts: causesOf(part) }));
  const lines = [
    `| cause | ${counted.map((c) => c.name).join(' | ')} |`,
    `| --- | ${counted.map(() => '---:').join(' | ')} |`,
  ];
  for (const [label, cause] of CAUSES)
    lines.push(`| ${label} | ${counted.map((c) => c.counts.get(cause)).join(' | ')} |`);
  return lines.join('\n');
}

/** A batch of the development part (ids starting with `prefix`, e.g. `s7-`), scored on its own. */
export function scoreBatch(prefix: string): ScoredPart {
  const fixtures = loadNewsCorpus('dev').filter((f) => f.id.startsWith(prefix));
  return {
    name: `dev ${prefix}`,
    about: `the development batch ${prefix}`,
    fixtures,
    score: scoreExtraction(fixtures, diwanExtractor),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv[2] === 'batch') {
  // npm run score -- batch s7-    one batch of the development part (the frozen part is never split up)
  process.stdout.write(`${qualityTable([scoreBatch(process.argv[3] ?? '')])}\n`);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const listed = process.argv[2] === 'fixtures' ? 'fixtures' : 'dev';
  const parts = scoreParts();
  const shown = parts.find((p) => p.name === listed);
  if (shown) {
    process.stdout.write(`\n${shown.about}, article by article:\n`);
    console.table(scoreRows(shown.score));
  }
  process.stdout.write(`\n${qualityTable(parts)}\n`);
  process.stdout.write(`\nHow often a draft of each confidence level is right:\n${confidenceTable(parts)}\n`);
  for (const part of parts.filter((p) => p.name !== 'fixtures')) {
    process.stdout.write(`\nThe ${part.about} by failure kind (issue 13's list):\n${failuresByKind(part)}\n`);
  }
  const news = parts.filter((p) => p.name !== 'fixtures');
  process.stdout.write(`\nMissed meetings and extra drafts by what became of them:\n${missesByCause(news)}\n`);
}
