/**
 * Builds exonyms.json: what the world's cities are called in other languages, when not as in
 * English (Londres, Le Caire, Kairo, Estambul), from CLDR's exemplar cities, so a search for
 * "Londres" finds London. Run rarely, by hand; the output is committed, so neither CLDR nor
 * this script is needed to run or test Diwan:
 *
 *   npm install --no-save cldr-dates-full@48.2.0
 *   npx tsx src/names/build-exonyms.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The languages whose city names people following Middle Eastern diplomacy are likeliest to type. */
const EXONYM_LANGUAGES = ['fr', 'es', 'de', 'it', 'pt', 'tr', 'ru', 'fa', 'ur', 'he', 'nl', 'sv', 'pl'];

interface ZoneNames {
  [key: string]: ZoneNames | { exemplarCity?: string };
}

function zonesOf(language: string): ZoneNames {
  const file = require(`cldr-dates-full/main/${language}/timeZoneNames.json`) as {
    main: Record<string, { dates: { timeZoneNames: { zone: ZoneNames } } }>;
  };
  return file.main[language]!.dates.timeZoneNames.zone;
}

function exemplar(tree: ZoneNames, zone: string): string | undefined {
  let node: unknown = tree;
  for (const part of zone.split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { exemplarCity?: string } | undefined)?.exemplarCity;
}

const english = zonesOf('en');
const others = EXONYM_LANGUAGES.map(zonesOf);
const cities: Record<string, string> = {};
for (const zone of Intl.supportedValuesOf('timeZone')) {
  if (!zone.includes('/') || zone.startsWith('Etc/')) continue;
  const name = exemplar(english, zone) ?? zone.split('/').at(-1)!.replace(/_/g, ' ');
  for (const tree of others) {
    const exonym = exemplar(tree, zone);
    if (exonym && exonym !== name && !(exonym in cities)) cities[exonym] = name;
  }
}
const target = new URL('./exonyms.json', import.meta.url);
writeFileSync(
  target,
  `${JSON.stringify({ source: 'CLDR 48.2 exemplar cities (cldr-dates-full)', languages: EXONYM_LANGUAGES, cities }, null, 0).replace(/","/g, '",\n"')}\n`,
);
process.stdout.write(`${Object.keys(cities).length} exonyms\n`);
