/**
 * The picture as shapes, before SVG: what the layout decides (where, what text, cut to what
 * width) and the tests read, and what month-svg.ts writes out, escaping every text.
 */
import type { Weight } from './fonts.js';

export interface TextShape {
  kind: 'text';
  x: number;
  /** The baseline. */
  y: number;
  text: string;
  size: number;
  weight: Weight;
  /** Where `x` is: the text's left end (`start`), middle or right end (`end`), whatever its direction. */
  anchor: 'start' | 'middle' | 'end';
  fill: string;
  strike?: boolean;
  /** What the text says about the calendar, for tests (`item` #12 on 2020-01-29, `more`, `day` …). */
  role: TextRole;
}

export type TextRole =
  | { of: 'title' | 'subtitle' | 'weekday' | 'empty' | 'undatedHeading' }
  | { of: 'day'; day: string }
  | { of: 'item'; day: string; meeting: number }
  | { of: 'more'; day: string; hidden: number }
  | { of: 'undated'; meeting: number }
  | { of: 'undatedMore'; hidden: number };

export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
  /** A day's cell, the current week's band, today's mark …, for tests. */
  role?: { of: 'cell'; day: string; column: number } | { of: 'currentWeek' | 'today' | 'status' };
}

export type Shape = TextShape | RectShape;

export interface Picture {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}
