/**
 * The score's tables of what went wrong (bench/quality.ts): every missed meeting is counted once,
 * under one cause, so the frozen part's misses can be reported by cause without being listed.
 */
import { describe, expect, it } from 'vitest';
import { missesByCause, type ScoredPart } from '../../../bench/quality.js';
import { diwanExtractor } from '../../helpers/diwan-extractor.js';
import { loadArticleFixtures, scoreExtraction } from '../../helpers/extraction-score.js';

const fixtures = loadArticleFixtures();
const part: ScoredPart = {
  name: 'fixtures',
  about: 'the project fixtures',
  fixtures,
  score: scoreExtraction(fixtures, diwanExtractor),
};

/** The fixtures with their annotations moved to a day no article names: the texts are as they were. */
const moved: ScoredPart = (() => {
  const shifted = fixtures.map((f) => ({ ...f, meetings: f.meetings.map((m) => ({ ...m, date: '1999-01-01' })) }));
  return {
    name: 'moved',
    about: 'every meeting annotated on another day',
    fixtures: shifted,
    score: scoreExtraction(shifted, diwanExtractor),
  };
})();

const cells = (table: string, row: string) =>
  table
    .split('\n')
    .find((line) => line.startsWith(`| ${row}`))!
    .split('|')
    .slice(2, -1)
    .map((cell) => Number(cell.trim()));

describe('missed meetings and extra drafts by cause', () => {
  it('counts each missed meeting under one cause', () => {
    const table = missesByCause([part, moved]);
    const missedRows = table.split('\n').filter((line) => line.startsWith('| missed:'));
    const totals = [0, 1].map((column) =>
      missedRows.reduce((sum, line) => sum + Number(line.split('|')[2 + column]!.trim()), 0),
    );
    expect(totals).toEqual([part.score.overall.expected - part.score.overall.matched, moved.score.overall.expected]);
  });

  it('meetings annotated on a day the reader has no draft for are found nowhere or on another day, and every draft is "spurious"', () => {
    const table = missesByCause([moved]);
    const [nowhere] = cells(table, 'missed: no draft that day');
    const [otherDay] = cells(table, 'missed: a draft in its place on another day');
    expect(nowhere! + otherDay!).toEqual(moved.score.overall.expected);
    expect(otherDay).toBeGreaterThan(0);
    expect(cells(table, 'missed: told inside a meeting found that day there (merged)')).toEqual([0]);
    expect(cells(table, 'extra: a draft on a day the annotation has no meeting')).toEqual([
      moved.score.overall.extracted,
    ]);
  });
});
