/** IANA zone names: validation and the list offered to people. */

const validity = new Map<string, boolean>();

/** True when `zone` is an IANA zone name this Node knows (e.g. `Asia/Damascus`, `UTC`). */
export function isValidZone(zone: string): boolean {
  let known = validity.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone.length > 0;
    } catch {
      known = false;
    }
    validity.set(zone, known);
  }
  return known;
}

/** Every zone Intl knows, plus UTC. */
export const ALL_ZONES: readonly string[] = [...Intl.supportedValuesOf('timeZone'), 'UTC'];
