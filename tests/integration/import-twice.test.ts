/** An article imported twice is the same article: the second import updates, never adds. */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticle, previewArticle } from '../../src/calendar/import-article.js';
import { openTestCalendar, runMeetings, tempDir, type TestCalendar } from '../helpers/calendar.js';

/** Written for these tests: a summit in Brussels that names no one, and a meeting in Tehran. */
const ARTICLE_PATH = new URL('../fixtures/imports/two-meetings.en.txt', import.meta.url);
const ARTICLE = readFileSync(ARTICLE_PATH, 'utf8');
const AT = ['--published', '2020-03-02', '--at', '2020-03-02T12:00:00Z'];
const NOW = Date.parse('2020-03-02T12:00:00Z');

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const count = async (db: string) =>
  (JSON.parse((await runMeetings(['between', '2020-01-01', '2020-12-31', '--json'], db)).stdout) as { total: number })
    .total;

describe('meetings import run twice on the same file', () => {
  it('adds the article’s meetings once; the second run updates them and adds nothing', async () => {
    const db = dir.file('diwan.sqlite');
    const file = dir.file('article.txt');
    writeFileSync(file, ARTICLE);
    const before = await count(db);
    const first = await runMeetings(['import', file, ...AT, '--json'], db);
    expect(first.stderr).toBe('');
    const added = (JSON.parse(first.stdout) as { added: number[] }).added;
    expect(added).toHaveLength(2);
    expect(await count(db)).toBe(before + 2);

    const second = await runMeetings(['import', file, ...AT, '--json'], db);
    expect(second.stderr).toBe('');
    expect(JSON.parse(second.stdout)).toMatchObject({ added: [], updated: added });
    expect(await count(db)).toBe(before + 2);
  });

  it('knows the article again with its white space changed, and as text of another file', async () => {
    const db = dir.file('diwan.sqlite');
    writeFileSync(dir.file('a.txt'), ARTICLE);
    writeFileSync(dir.file('b.txt'), `\n\n${ARTICLE.replace(/ /g, '  ').replace(/\n\n/g, '\n \n')}\n`);
    const before = await count(db);
    await runMeetings(['import', dir.file('a.txt'), ...AT], db);
    const again = await runMeetings(['import', dir.file('b.txt'), ...AT, '--json'], db);
    expect((JSON.parse(again.stdout) as { added: number[] }).added).toEqual([]);
    expect(await count(db)).toBe(before + 2);
  });
});

describe('importing an article through the calendar', () => {
  let calendar: TestCalendar;
  beforeEach(() => {
    calendar = openTestCalendar({ seed: false, now: NOW });
  });
  afterEach(() => calendar.close());

  it('a confirmed preview confirmed again changes nothing and says who confirmed it, and when', () => {
    const { scope } = calendar;
    const preview = previewArticle(scope, { text: ARTICLE, published: '2020-03-02' }, NOW);
    const first = importArticle(scope, preview.sourceId, NOW, { preview: 'p1', by: '123456789012345678' });
    expect(first.added).toHaveLength(2);
    expect(first.already).toBeUndefined();
    const again = importArticle(scope, preview.sourceId, NOW + 1_000, { preview: 'p1', by: '123456789012345678' });
    expect(again).toEqual({ added: [], updated: first.added, already: { by: '123456789012345678', at: NOW } });
    expect(scope.store.countMeetings()).toBe(2);
  });

  it('two previews of one article, both confirmed (two moderators at once): its meetings once', () => {
    const { scope } = calendar;
    const a = previewArticle(scope, { text: ARTICLE, published: '2020-03-02' }, NOW);
    const b = previewArticle(scope, { text: ARTICLE, published: '2020-03-02' }, NOW);
    importArticle(scope, a.sourceId, NOW, { preview: 'a', by: '1' });
    const second = importArticle(scope, b.sourceId, NOW, { preview: 'b', by: '2' });
    expect(second.added).toEqual([]);
    expect(second.updated).toHaveLength(2);
    expect(scope.store.countMeetings()).toBe(2);
  });

  it('a meeting of the article deleted since is not made again by a second import', () => {
    const { scope } = calendar;
    const preview = previewArticle(scope, { text: ARTICLE, published: '2020-03-02' }, NOW);
    const [summit, tehran] = importArticle(scope, preview.sourceId, NOW, { preview: 'a', by: '1' }).added;
    scope.store.deleteMeeting(summit!);
    const again = previewArticle(scope, { text: ARTICLE, published: '2020-03-02' }, NOW);
    expect(again.existing.map((m) => m?.number ?? null)).toEqual([null, tehran]);
    const second = importArticle(scope, again.sourceId, NOW, { preview: 'b', by: '1' });
    expect(second).toEqual({ added: [], updated: [tehran] });
    expect(scope.store.countMeetings()).toBe(1);
  });
});

describe('a meeting placed by its country alone, told again by another article', () => {
  let calendar: TestCalendar;
  beforeEach(() => {
    calendar = openTestCalendar({ seed: false, now: NOW });
  });
  afterEach(() => calendar.close());

  const importText = (text: string, preview: string) => {
    const { scope } = calendar;
    const read = previewArticle(scope, { text, published: '2020-03-02', language: 'en' }, NOW);
    return importArticle(scope, read.sourceId, NOW, { preview, by: '1' });
  };

  it('is the meeting the next article places in a city of that country, not a placeless one elsewhere', () => {
    const visit = importText(
      'Foreign Minister Ayman Safadi will visit Saudi Arabia on Thursday for talks with Prince Faisal bin Farhan.',
      'a',
    );
    expect(visit.added).toHaveLength(1);
    const [added] = calendar.scope.store.meetings(visit.added);
    // (kept as the calendar keeps a country typed as a place)
    expect(added?.place).toMatchObject({ name: 'Saudi Arabia', country: 'SA' });
    const riyadh = importText(
      'Foreign Minister Ayman Safadi will hold talks in Riyadh on Thursday with Prince Faisal bin Farhan.',
      'b',
    );
    expect(riyadh).toMatchObject({ added: [], updated: visit.added });
    expect(calendar.scope.store.meetings(visit.added)[0]?.place.name).toBe('Riyadh');
    const oman = importText(
      'Foreign Minister Ayman Safadi will visit Oman on Thursday for talks with Prince Faisal bin Farhan.',
      'c',
    );
    expect(oman.added).toHaveLength(1);
  });

  it('within a country, only the meeting of the same people: not another pair there that day, not a city taken for its country', () => {
    const visit = importText(
      'Secretary of State Antony Blinken will visit Saudi Arabia on Thursday for talks with Crown Prince Mohammed bin Salman.',
      'a',
    );
    const wang = importText(
      'Chinese Foreign Minister Wang Yi will meet Saudi Foreign Minister Prince Faisal bin Farhan in Jeddah on Thursday.',
      'b',
    );
    expect(wang.added).toHaveLength(1);
    const gulf = importText('Blinken will meet Gulf foreign ministers in Jeddah on Thursday.', 'c');
    expect(gulf.added).toHaveLength(1);
    const talks = importText(
      'Blinken will hold talks with Crown Prince Mohammed bin Salman in Riyadh on Thursday.',
      'd',
    );
    expect(talks).toMatchObject({ added: [], updated: visit.added });
    // (الجزائر is Algiers as well as Algeria: talks in Algiers are no whole country for a visit to Oran to join)
    const algiers = importText(
      'Blinken will hold talks with President Abdelmadjid Tebboune in Algiers on Thursday.',
      'e',
    );
    const oran = importText(
      'Blinken will visit a gas plant in Oran on Thursday with President Abdelmadjid Tebboune.',
      'f',
    );
    expect(oran.updated).not.toEqual(algiers.added);
  });
});
