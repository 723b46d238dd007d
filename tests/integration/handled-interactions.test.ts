/** Once per interaction: the record commits with the work, a repeat does nothing, a day later it is forgotten. */
import { describe, expect, it } from 'vitest';
import { HandledInteractions } from '../../db/handled-interactions.js';
import { withTestCalendar } from '../helpers/calendar.js';

const DAY = 86_400_000;

describe('handled interactions (migration 7)', () => {
  it('runs the work of an interaction once; a failed work leaves no record; a day later the id is forgotten', () => {
    withTestCalendar({ seed: false }, ({ db }) => {
      const handled = new HandledInteractions(db);
      let runs = 0;
      expect(() =>
        handled.once('1', 0, () => {
          runs++;
          throw new Error('refused');
        }),
      ).toThrow('refused');
      expect(handled.once('1', 0, () => ++runs)).toEqual({ value: 2 });
      expect(handled.once('1', 1_000, () => ++runs)).toBeNull();
      expect(runs).toBe(2);
      // Another interaction, a day and more later, forgets the first.
      expect(handled.once('2', DAY + 1_000, () => ++runs)).toEqual({ value: 3 });
      expect(db.prepare('SELECT interaction_id AS id FROM handled_interactions').all()).toEqual([{ id: '2' }]);
    });
  });
});
