/**
 * Megabytes of one piece repeated (issue 14: the parser stays linear). Speed is the bench's
 * (bench/hostile-dates.ts prints 1 MB and 2 MB times); here the readings of such a run must be
 * the piece's own reading, once per piece, in order and without overlaps: a run changes nothing
 * about how each of its pieces is read, and no piece reads into the next.
 */
import { describe, expect, it } from 'vitest';
import { parseTimeExpressions, type TimeExpression } from '../../../src/date-parser/index.js';
import { HOSTILE_PIECES } from '../../../bench/hostile-dates.js';

const damascus = { at: Date.parse('2020-01-28T08:00:00Z'), zone: 'Asia/Damascus' };

/** What a careful reader finds in one piece, the value as a wall-clock time in Damascus. */
const ONE_PIECE: Record<(typeof HOSTILE_PIECES)[number], Array<[string, string]>> = {
  '1:': [],
  '1-': [],
  '22/4 ': [['22/4', '2020-04-22T00:00:00']],
  '12:30 ': [['12:30', '2020-01-28T12:30:00']],
  '10:30 pm ': [['10:30 pm', '2020-01-28T22:30:00']],
  'الساعة 1 ': [['الساعة 1', '2020-01-28T13:00:00']],
  'من 3 إلى ': [],
  'ثلاثة ': [],
  'الخميس ': [['الخميس', '2020-01-30T00:00:00']],
  'الأحد ': [['الأحد', '2020-02-02T00:00:00']],
  'من ': [],
  'بين 3 و ': [],
};

function local(e: TimeExpression): string {
  return e.value.type === 'value' ? e.value.point.local : e.value.from.local;
}

describe('a megabyte of one piece repeated', () => {
  it.each(HOSTILE_PIECES)(
    '%j: each piece read as it is read alone, once',
    (piece) => {
      const alone = parseTimeExpressions(piece, damascus).map((e) => [e.text, local(e)]);
      expect(alone).toEqual(ONE_PIECE[piece]);
      const times = Math.ceil(1_000_000 / piece.length);
      const found = parseTimeExpressions(piece.repeat(times), damascus);
      expect(found).toHaveLength(alone.length * times);
      let end = 0;
      for (const [k, e] of found.entries()) {
        const [text, value] = alone[k % alone.length]!;
        if (e.text !== text || local(e) !== value || e.start < end) {
          expect({ at: k, text: e.text, value: local(e), start: e.start }).toEqual({ at: k, text, value, start: end });
        }
        end = e.end;
      }
    },
    60_000,
  );
});
