/**
 * The date parser on hostile text: runs of one piece (digits and marks, الساعة, من 3 إلى, number
 * words, dates, clock times) 1 MB and 2 MB long. Each figure is the 2 MB time beside the 1 MB
 * time of the same run: a parser that stays linear shows a ratio near 2 (issue 14: a 1 MB input
 * well under a second).
 */
import { parseTimeExpressions } from '../src/date-parser/index.js';
import { round, type Figure } from './measure.js';

/** Pieces that made the parser slowest per megabyte, or superlinear (10:30 pm: 35 s before its fix). */
export const HOSTILE_PIECES = [
  '1:',
  '1-',
  '22/4 ',
  '12:30 ',
  '10:30 pm ',
  'الساعة 1 ',
  'من 3 إلى ',
  'ثلاثة ',
  'الخميس ',
] as const;

const REFERENCE = { at: Date.UTC(2020, 0, 28, 8), zone: 'Asia/Damascus' };
const MB = 1_000_000;

/** The times of `runs` parses of `piece` repeated to `length` characters, fastest first. */
function timesMs(piece: string, length: number, runs: number): number[] {
  const text = piece.repeat(Math.ceil(length / piece.length));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    parseTimeExpressions(text, REFERENCE);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export function hostileDateFigures(runs: number, log: (line: string) => void): Figure[] {
  return HOSTILE_PIECES.map((piece) => {
    // A short run first, so that neither size pays for compiling the rules
    timesMs(piece, MB / 10, 1);
    const one = timesMs(piece, MB, runs);
    const two = timesMs(piece, 2 * MB, runs);
    const median = (times: number[]) => times[times.length >> 1]!;
    log(
      `  date parser on ${JSON.stringify(piece)} repeated: 1 MB ${median(one).toFixed(0)} ms, 2 MB ${median(two).toFixed(0)} ms`,
    );
    return {
      name: `date parser, ${JSON.stringify(piece)} repeated to 2 MB`,
      size: null,
      p50_ms: round(median(two), 1),
      p99_ms: round(two[two.length - 1]!, 1),
      baseline_p50_ms: round(median(one), 1),
      ratio: round(median(two) / median(one), 2),
      baseline: 'the same run at 1 MB (linear: 2x)',
      note: `median of ${runs} (p99: the slowest)`,
    };
  });
}
