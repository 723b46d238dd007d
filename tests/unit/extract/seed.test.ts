/**
 * The seed article read by the extractor equals its reading in db/seed/meetings.json: the
 * same six meetings on the same days, in the same places, with the same status and people.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../../src/extract/index.js';
import { nameKey } from '../../../src/names/normalize.js';
import {
  participantRecalled,
  SEED_ARTICLE,
  SEED_MEETINGS,
  type ExpectedMeeting,
} from '../../helpers/extraction-score.js';

const seed = JSON.parse(readFileSync(SEED_MEETINGS, 'utf8')) as {
  source: { published: string; timezone: string };
  meetings: ExpectedMeeting[];
};
const extraction = extractMeetings(readFileSync(SEED_ARTICLE, 'utf8'), {
  published: seed.source.published,
  timezone: seed.source.timezone,
  language: 'ar',
});
const placeKey = (name: string | null | undefined) => (name ? nameKey(name) : null);

describe('the seed article', () => {
  it('comes out as exactly the meetings of db/seed/meetings.json', () => {
    const found = extraction.meetings.map((m) => `${m.date} ${placeKey(m.place.name)}`).sort();
    const expected = seed.meetings.map((m) => `${m.date} ${placeKey(m.location)}`).sort();
    expect(found).toEqual(expected);
  });

  describe.each(seed.meetings.map((m) => [`${m.date} ${m.location ?? '(no place)'}`, m] as const))(
    '%s',
    (_label, want) => {
      const got = extraction.meetings.find(
        (m) => m.date === want.date && placeKey(m.place.name) === placeKey(want.location),
      );

      it('has the same days, precision, time and status', () => {
        expect(got).toBeDefined();
        expect({
          date: got!.date,
          endDate: got!.endDate ?? null,
          precision: got!.precision,
          time: got!.time,
          status: got!.status,
        }).toEqual({
          date: want.date,
          endDate: want.endDate ?? null,
          precision: want.precision,
          time: want.time,
          status: want.status,
        });
        expect(got!.timezone).toBe(want.timezone);
      });

      it('names every participant, and no person the reading does not', () => {
        const missing = want.participants.filter((p) => !participantRecalled(p, got!.participants));
        expect(missing).toEqual([]);
        const people = want.participants.filter((p) => p.kind === 'person');
        const extra = got!.participants.filter(
          (p) => p.kind === 'person' && !people.some((w) => participantRecalled(w, [p])),
        );
        expect(extra).toEqual([]);
      });
    },
  );
});
