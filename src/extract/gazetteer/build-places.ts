/**
 * Builds places.json: every IANA zone's exemplar city, named in English and Arabic by CLDR,
 * with its country. Run rarely, by hand; the output is committed, so neither CLDR nor this
 * script is needed to run or test Diwan:
 *
 *   npm install --no-save cldr-dates-full@48.2.0 countries-and-timezones@3.10.0
 *   npx tsx src/extract/gazetteer/build-places.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface ZoneNames {
  [key: string]: ZoneNames | { exemplarCity?: string };
}

const arabic = (
  require('cldr-dates-full/main/ar/timeZoneNames.json') as {
    main: { ar: { dates: { timeZoneNames: { zone: ZoneNames } } } };
  }
).main.ar.dates.timeZoneNames.zone;
const english = (
  require('cldr-dates-full/main/en/timeZoneNames.json') as {
    main: { en: { dates: { timeZoneNames: { zone: ZoneNames } } } };
  }
).main.en.dates.timeZoneNames.zone;
const zones = require('countries-and-timezones') as { getTimezone(zone: string): { countries: string[] } | null };

function exemplar(tree: ZoneNames, zone: string): string | undefined {
  let node: unknown = tree;
  for (const part of zone.split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { exemplarCity?: string } | undefined)?.exemplarCity;
}

const places = Intl.supportedValuesOf('timeZone')
  .filter((zone) => zone.includes('/') && !zone.startsWith('Etc/'))
  .flatMap((zone) => {
    const nameAr = exemplar(arabic, zone);
    if (!nameAr) return [];
    const name = exemplar(english, zone) ?? zone.split('/').at(-1)!.replace(/_/g, ' ');
    const country = zones.getTimezone(zone)?.countries[0] ?? null;
    return [{ name, nameAr, zone, country }];
  });

const target = new URL('./places.json', import.meta.url);
const before = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
const after = `${JSON.stringify({ source: 'CLDR 48.2 exemplar cities (cldr-dates-full), countries-and-timezones 3.10', places }, null, 0).replace(/\},\{/g, '},\n{')}\n`;
writeFileSync(target, after);
process.stdout.write(`${places.length} places${before === after ? ' (unchanged)' : ''}\n`);
