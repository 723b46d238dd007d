/** Public value types of the date parser (shared by every module in src/date-parser). */

/** How precise a point is: the unit it was stated to. */
export type Grain = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A point in time as wall-clock time in the expression's zone, with its precision. */
export interface TimePoint {
  /** Wall clock in `zone`, 'YYYY-MM-DDTHH:mm:ss'. */
  local: string;
  grain: Grain;
}

/** A single point, or an interval whose `to` is exclusive. */
export type TimeValue =
  { type: 'value'; point: TimePoint } | { type: 'interval'; from: TimePoint; to: TimePoint /* exclusive */ };

/** One time expression found in a text. */
export interface TimeExpression {
  /** The matched text, exactly as written. */
  text: string;
  /** UTF-16 offset of the first character (as JS strings count). */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  value: TimeValue;
  /** IANA zone (or a fixed offset `±HH:MM`) the value is in: the reference zone unless the text named one. */
  zone: string;
  /** The direction the sentence pointed to when it decided an ambiguous date, if it did. */
  tense?: 'past' | 'future';
}

/** "Now" and where: every relative expression is resolved against it. */
export interface Reference {
  /** Epoch ms. */
  at: number;
  /** IANA zone, or a fixed offset written `±HH:MM`. */
  zone: string;
}

/** One point as Duckling prints it. */
export interface DucklingPoint {
  /** RFC 3339 with milliseconds and the display offset, e.g. `2013-02-18T00:00:00.000-02:00`. */
  value: string;
  grain: Grain;
}

/** Duckling's JSON value shape. */
export type DucklingValue =
  ({ type: 'value' } & DucklingPoint) | { type: 'interval'; from: DucklingPoint; to: DucklingPoint };
