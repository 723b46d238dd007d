/**
 * `meetings when TEXT --at ISO [--tz ZONE] [--json]`: shows the time expressions found in TEXT
 * (or in each line of standard input) the way Duckling does: the date parser seen from the terminal.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import {
  parseTimeExpressions,
  toDucklingValue,
  type Display,
  type DucklingValue,
  type Reference,
  type TimeExpression,
} from '../date-parser/index.js';
import { describeInstantProblem, readInstant } from '../time/instant.js';
import { instantOfWall } from '../time/wall-clock.js';
import { formatOffset, isZoneOrFixedOffset } from '../time/zones.js';

export interface WhenIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

const USAGE = 'usage: when TEXT --at ISO [--tz ZONE] [--json]   (without TEXT: one text per line on standard input)';

/** A problem with the arguments: reported on one line, exit code 2. */
class UsageError extends Error {}

/**
 * --at: an ISO 8601 instant, a date-time or a day alone, its offset kept; without one it is read
 * in --tz, else in UTC (unlike the other commands' --at, which want one).
 */
function atOption(text: string, tz: string | undefined): { at: number; offsetMinutes: number | null } {
  const read = readInstant(text);
  if (typeof read === 'string') {
    const what = { notIso: 'not an ISO date-time', noSuchTime: 'no such date-time', badOffset: 'bad UTC offset' }[read];
    const example = read === 'notIso' ? '; e.g. 2020-01-28T10:00:00+02:00, 2020-01-28T10:00, 2020-01-28' : '';
    throw new UsageError(`--at: ${what}: ${text} (${describeInstantProblem(text, read)}${example})`);
  }
  if (read.offsetMinutes === null && tz !== undefined) return { at: instantOfWall(read.at, tz), offsetMinutes: null };
  return read;
}

interface Options {
  reference: Reference;
  display: Display;
  json: boolean;
}

/**
 * The reference and the display. With --tz, both are that zone (and an --at without an offset is
 * read there). With only an offset in --at,
 * dates resolve in a fixed-offset zone: "today" is the day at that offset, and DST (which the
 * offset cannot tell us about) never moves it. Without either, UTC.
 */
function options(args: string[], now: number): { opts: Options; text: string | null } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { at: { type: 'string' }, tz: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const { values, positionals } = parsed;
  if (values.tz !== undefined && !isZoneOrFixedOffset(values.tz))
    throw new UsageError(`--tz: unknown time zone: ${values.tz}`);
  const instant = values.at !== undefined ? atOption(values.at, values.tz) : { at: now, offsetMinutes: null };
  const zone = values.tz ?? (instant.offsetMinutes === null ? 'UTC' : formatOffset(instant.offsetMinutes));
  const text = positionals.length > 0 ? positionals.join(' ') : null;
  return { opts: { reference: { at: instant.at, zone }, display: { zone }, json: values.json ?? false }, text };
}

interface Shown {
  text: string;
  start: number;
  end: number;
  value: DucklingValue;
}

function show(found: TimeExpression[], display: Display): Shown[] {
  return found.map((e) => ({ text: e.text, start: e.start, end: e.end, value: toDucklingValue(e, display) }));
}

function readable(d: Shown): string {
  const v = d.value;
  const value =
    v.type === 'value'
      ? `${v.value} (${v.grain})`
      : `${v.from.value} .. ${v.to.value} (${v.from.grain}, end exclusive)`;
  return `${d.text}  [${d.start}-${d.end}]  ${value}`;
}

function render(text: string, opts: Options, oneLine: boolean): string {
  const dates = show(parseTimeExpressions(text, opts.reference), opts.display);
  if (opts.json) return JSON.stringify({ dates });
  if (dates.length === 0) return oneLine ? '-' : 'no time expression found';
  return dates.map(readable).join(oneLine ? '  |  ' : '\n');
}

/** Runs `when`; returns the exit code (2 for bad arguments). `now` is only read when --at is absent. */
export async function whenCommand(args: string[], io: WhenIO, now: number = Date.now()): Promise<number> {
  let parsed: ReturnType<typeof options>;
  try {
    parsed = options(args, now);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`when: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { opts, text } = parsed;
  try {
    if (text !== null) {
      io.stdout.write(`${render(text, opts, false)}\n`);
      return 0;
    }
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) io.stdout.write(`${render(line, opts, true)}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`when: ${(error as Error).message}\n`);
    return 1;
  }
}
