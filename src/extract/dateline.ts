/**
 * The dateline: where the story was filed (`دمشق-سانا`, `القاهرة - أ ش أ`, `BEIRUT (Reuters) -`,
 * `DAMASCUS, Jan 28 (AP) —`, `Abu Dhabi: …`). A meeting the text places nowhere else
 * happened there: wire copy names the city once, at the top.
 */
import { gazetteer, type Place } from './gazetteer/index.js';
import { nameKeyOf } from './clauses.js';

/** Datelines that name an institution rather than a city: UN headquarters are in New York. */
const DATELINE_ALIASES: Record<string, string> = { 'united nations': 'new york', 'الامم متحده': 'نيويورك' };

/** Only the first lines can hold a dateline, and a dateline is short. */
const LINES_READ = 4;
const LONGEST = 60;

/** The place of the article's dateline, if its first lines have one. */
export function datelinePlace(text: string): Place | null {
  let read = 0;
  // Line by line from the top, blank lines skipped (within the first 40): splitting the whole article would cost its length.
  for (let from = 0, lines = 0; read < LINES_READ && lines < 40 && from <= text.length; lines++) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(from, end);
    from = end + 1;
    if (line.trim() === '') continue;
    read++;
    const head = line.trimStart().slice(0, LONGEST);
    // The city, then (an agency), then a dash or a colon: "BEIRUT (Reuters) -", "دمشق-سانا".
    const cut = head.search(/\s*(?:\([^)]*\)\s*)?[-—–:]/);
    if (cut <= 0) continue;
    // "BRUSSELS/DUBAI", "KOBLENZ, Germany", "DAMASCUS, Jan 28": the first city.
    const city = head.slice(0, cut).split(/[/,،]/)[0]!.trim();
    const key = nameKeyOf(city);
    const place = placeNamed(DATELINE_ALIASES[key] ?? key);
    if (place) return place;
  }
  return null;
}

function placeNamed(key: string): Place | null {
  const entry = gazetteer().entries.get(key)?.find((e) => e.kind === 'place');
  return entry?.kind === 'place' ? entry.place : null;
}
