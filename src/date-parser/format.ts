/** Output shapes: our TimePoint strings, and Duckling's JSON value at a display zone or offset. */
import { remembered } from '../remembered.js';
import { instantOfWall, isoLocalOf } from '../time/wall-clock.js';
import type { WallTime } from '../time/wall-time.js';
import { formatOffset, utcOffsetMs } from '../time/zones.js';
import type { Resolved } from './resolve.js';
import type { DucklingPoint, DucklingValue, Grain, TimeExpression, TimePoint, TimeValue } from './types.js';

/** 'YYYY-MM-DDTHH:mm:ss' of a wall-clock time, remembered: a text's dates fall on few days, most of them near its own. */
const localText = remembered(isoLocalOf, 10_000);

function point(at: WallTime, grain: Grain): TimePoint {
  return { local: localText(at), grain };
}

/** A resolved value as the public TimeValue. */
export function toTimeValue(r: Resolved): TimeValue {
  if (r.type === 'value') return { type: 'value', point: point(r.at, r.grain) };
  return { type: 'interval', from: point(r.from, r.grain), to: point(r.to, r.grain) };
}

/** Where to show values: an IANA zone, or a fixed offset in minutes east of UTC. */
export interface Display {
  zone?: string;
  offsetMinutes?: number;
}

/** The UTC offset of `zone` at an instant, minutes east. */
function offsetAt(at: number, zone: string): number {
  return Math.round(utcOffsetMs(at, zone) / 60_000);
}

function showPoint(p: TimePoint, zone: string, display: Display): DucklingPoint {
  const instant = instantOfWall(Date.parse(`${p.local}Z`), zone);
  const offset =
    display.zone !== undefined ? offsetAt(instant, display.zone) : (display.offsetMinutes ?? offsetAt(instant, zone));
  // An hour stated in another zone is shown at minute precision, as Duckling does
  const grain = p.grain === 'hour' && offset !== offsetAt(instant, zone) ? 'minute' : p.grain;
  // Points are whole seconds: the milliseconds are always .000
  return { value: `${isoLocalOf(instant + offset * 60_000)}.000${formatOffset(offset)}`, grain };
}

/**
 * Duckling's JSON value shape for an expression: times as RFC 3339 at `display`'s zone or
 * offset (the expression's own zone when neither is given), intervals with an exclusive `to`.
 */
export function toDucklingValue(expr: TimeExpression, display: Display = {}): DucklingValue {
  const v = expr.value;
  if (v.type === 'value') return { type: 'value', ...showPoint(v.point, expr.zone, display) };
  return { type: 'interval', from: showPoint(v.from, expr.zone, display), to: showPoint(v.to, expr.zone, display) };
}
