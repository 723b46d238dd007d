import type { DaySpec } from '../ir.js';

/** A day expression read from the tokens: the day it names and the token after it. */
export interface DayMatch {
  day: DaySpec;
  end: number;
  /** Direction the words themselves gave (الماضي, المقبل). */
  tense?: 'past' | 'future';
}
