/** Shared by the corpus tests: loading a Duckling-shaped corpus and picking the expression to compare. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseTimeExpressions,
  toDucklingValue,
  type DucklingValue,
  type TimeExpression,
  type TimeValue,
} from '../../../src/date-parser/index.js';

export interface CorpusExample {
  text: string;
  span?: string;
  expected: DucklingValue & { holidayBeta?: string };
  reference?: { iso: string; zone: string };
  zone?: string;
}

export function loadCorpus<T>(name: string): T {
  const path = fileURLToPath(new URL(`../../fixtures/dates/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The expression that covers `span` (or the whole text), else the longest one. */
export function coveringExpression(found: TimeExpression[], text: string, span?: string): TimeExpression | undefined {
  const wanted = span ?? text;
  const exact = found.find((e) => e.text === wanted);
  if (exact || span) return exact;
  return [...found].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** Value and grain only (Duckling's test compares these; `holidayBeta` is a label). */
export function comparable(v: DucklingValue & { holidayBeta?: string }): DucklingValue {
  if (v.type === 'value') return { type: 'value', value: v.value, grain: v.grain };
  return { type: 'interval', from: { ...v.from }, to: { ...v.to } };
}

/** Parses one example and returns the compared expression and its Duckling value. */
export function answer(
  example: CorpusExample,
  reference: { at: number; zone: string },
  display: { zone?: string; offsetMinutes?: number },
): { expr: TimeExpression | undefined; value: DucklingValue | null } {
  const found = parseTimeExpressions(example.text, reference);
  const expr = coveringExpression(found, example.text, example.span);
  return { expr, value: expr ? toDucklingValue(expr, display) : null };
}

/** A case written by hand (broad-cases.json, round-cases.json): the span, its wall-clock value and grain. */
export interface HandCase {
  kind: string;
  text: string;
  span?: string;
  /** Local wall clock, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`. */
  value: string;
  grain: string;
  to?: string;
  zone?: string;
}

/** `2019-04-10` and `2019-04-10T10:00` written out as TimePoint's `YYYY-MM-DDTHH:mm:ss`. */
function local(short: string): string {
  if (short.length === 10) return `${short}T00:00:00`;
  return short.length === 16 ? `${short}:00` : short;
}

/** The TimeValue a hand-written case expects. */
export function expectedValue(c: HandCase): TimeValue {
  const grain = c.grain as TimeValue extends { type: 'value'; point: { grain: infer G } } ? G : never;
  if (!c.to) return { type: 'value', point: { local: local(c.value), grain } };
  return { type: 'interval', from: { local: local(c.value), grain }, to: { local: local(c.to), grain } };
}
