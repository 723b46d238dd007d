/**
 * The date parser on dense and hostile text: the hand-written cases' sentences in turn (Arabic,
 * English), and runs of one piece (digits and marks, الساعة, من 3 إلى, number words, dates, clock
 * times), 1 MB and 2 MB long. Each figure is the 2 MB time beside the 1 MB
 * time of the same run: a parser that stays linear shows a ratio near 2 (issue 14: a 1 MB input
 * well under a second), and the 1 MB time beside the last round's.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { parseTimeExpressions as Parse } from '../src/date-parser/index.js';
import { round, type Figure } from './measure.js';

/**
 * The parser as the bot runs it: tsc's output in dist/, which `npm run bench` builds first. Under
 * tsx the same source runs about twice as slowly on these inputs (its CommonJS output reaches every
 * imported function through a getter, and names every inner function at each call), a cost the
 * bot never pays. The source when there is no build.
 */
async function builtParser(): Promise<{ parse: typeof Parse; built: boolean }> {
  const built = new URL('../dist/src/date-parser/index.js', import.meta.url);
  const url = existsSync(built) ? built : new URL('../src/date-parser/index.js', import.meta.url);
  const parser = (await import(url.href)) as { parseTimeExpressions: typeof Parse };
  return { parse: parser.parseTimeExpressions, built: url === built };
}

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
  'الأحد ',
  'من ',
  'بين 3 و ',
] as const;

/**
 * The last round's 1 MB times (ms) under this harness, for the ratio each line prints: session 8's
 * parser (main at a5e5ed1, built) measured the same way beside session 9's, in turns, median of 5
 * runs, on this 2-core machine at a load of about 5 (five sessions): only ratios taken under a like
 * load hold. Update when a round ends.
 */
const LAST_ROUND_MS: Readonly<Record<string, number>> = {
  'dense Arabic': 354,
  'dense English': 339,
  '"1:" repeated': 167,
  '"1-" repeated': 1111,
  '"22/4 " repeated': 1218,
  '"12:30 " repeated': 677,
  '"10:30 pm " repeated': 680,
  '"الساعة 1 " repeated': 432,
  '"من 3 إلى " repeated': 678,
  '"ثلاثة " repeated': 916,
  '"الخميس " repeated': 921,
  '"الأحد " repeated': 1655,
  '"من " repeated': 645,
  '"بين 3 و " repeated': 732,
};

const REFERENCE = { at: Date.UTC(2020, 0, 28, 8), zone: 'Asia/Damascus' };
const MB = 1_000_000;

/** The sentences of the hand-written date cases in one language (Arabic: not a Latin letter in them). */
function caseSentences(language: 'ar' | 'en'): string[] {
  const sentences = ['broad-cases.json', 'round-cases.json'].flatMap((name) => {
    const file = new URL(`../tests/fixtures/dates/${name}`, import.meta.url);
    return (JSON.parse(readFileSync(file, 'utf8')) as { examples: Array<{ text: string }> }).examples.map(
      (c) => c.text,
    );
  });
  return [...new Set(sentences)].filter((text) => /[a-z]/i.test(text) === (language === 'en'));
}

/** Dense text, mostly date expressions (issue 14: a 1 MB input well under a second): the cases' sentences in turn. */
const DENSE = { 'dense Arabic': caseSentences('ar'), 'dense English': caseSentences('en') };

/** `pieces` in turn, each ending its sentence, to `length` characters. */
function denseText(pieces: readonly string[], length: number): string {
  const parts: string[] = [];
  for (let size = 0, k = 0; size < length; k++) {
    const piece = `${pieces[k % pieces.length]!}. `;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

/** The times of `runs` parses of `piece` repeated to `length` characters (or of dense text), fastest first. */
function timesMs(parse: typeof Parse, piece: string | readonly string[], length: number, runs: number): number[] {
  const text = typeof piece === 'string' ? piece.repeat(Math.ceil(length / piece.length)) : denseText(piece, length);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    parse(text, REFERENCE);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export async function hostileDateFigures(runs: number, log: (line: string) => void): Promise<Figure[]> {
  const { parse, built } = await builtParser();
  log(
    `  (the parser ${built ? 'built in dist/, as the bot runs it' : 'from source under tsx: run npm run build first'})`,
  );
  const inputs: Array<[string, string | readonly string[]]> = [
    ...Object.entries(DENSE),
    ...HOSTILE_PIECES.map((piece): [string, string] => [`${JSON.stringify(piece)} repeated`, piece]),
  ];
  return inputs.map(([label, piece]) => {
    // A short run first, so that neither size pays for compiling the rules
    timesMs(parse, piece, MB / 10, 1);
    const one = timesMs(parse, piece, MB, runs);
    const two = timesMs(parse, piece, 2 * MB, runs);
    const median = (times: number[]) => times[times.length >> 1]!;
    const last = LAST_ROUND_MS[label];
    const against = last && built ? ` (last round 1 MB ${last} ms, ratio ${(median(one) / last).toFixed(2)})` : '';
    log(`  date parser on ${label}: 1 MB ${median(one).toFixed(0)} ms, 2 MB ${median(two).toFixed(0)} ms${against}`);
    return {
      name: `date parser, ${label} to 2 MB`,
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
