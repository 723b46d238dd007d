/** Shared by the corpus tests: loading a Duckling-shaped corpus and picking the expression to compare. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseTimeExpressions,
  toDucklingValue,
  type DucklingValue,
  type TimeExpression,
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
