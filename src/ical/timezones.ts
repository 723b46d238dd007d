/** The VTIMEZONE definitions (@touch4it/ical-timezones) a timed meeting's TZID needs. */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';

/** Each zone's VTIMEZONE, as ical-generator would write it, read from disk once. */
const vtimezones = new Map<string, string>();

/** A zone's VTIMEZONE as ical-generator writes it (CRLF lines), or '' for a zone it has none of. */
export function vtimezone(zone: string): string {
  let found = vtimezones.get(zone);
  if (found === undefined) {
    const component = getVtimezoneComponent(zone) ?? '';
    found = component ? `${component.replace(/\r?\n/g, '\r\n').trim()}\r\n` : '';
    vtimezones.set(zone, found);
  }
  return found;
}

/** Whether a VTIMEZONE can be written for `zone`; otherwise a timed meeting is written in UTC (same instant). */
export function hasTimezoneDefinition(zone: string): boolean {
  return zone !== 'UTC' && vtimezone(zone) !== '';
}
