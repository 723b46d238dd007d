/**
 * The dateline: where the story was filed (`دمشق-سانا`, `القاهرة - أ ش أ`, `BEIRUT (Reuters) -`,
 * `DAMASCUS, Jan 28 (AP) —`, `Abu Dhabi: …`). A meeting the text places nowhere else
 * happened there: wire copy names the city once, at the top.
 */
import { nameKeyOf } from '../names/normalize.js';
import { gazetteer, type Place } from './gazetteer/index.js';

/** Datelines that name an institution rather than a city: UN headquarters are in New York. */
const DATELINE_ALIASES: Record<string, string> = { 'united nations': 'new york', 'الامم متحده': 'نيويورك' };

/** "CAIRO, April 12. /TASS/.", "BEIJING, Aug. 29 (Xinhua)": a city, a comma, a month and a day. */
const CITY_AND_DAY = /^([^,،\d]{2,30})[,،]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/;
/** A line that is a city in capitals and nothing else: "ANKARA". */
const CITY_ALONE = /^\s*(\p{Lu}[\p{Lu} .'-]{1,30})\s*$/u;

/** Only the first lines can hold a dateline, and a dateline is short. */
const LINES_READ = 4;
const LONGEST = 60;

/** The place of the article's dateline, if its first lines have one. */
export function datelinePlace(text: string): Place | null {
  return dateline(text)?.place ?? null;
}

/** The article's dateline: its place and where it stands in the text (a place there is not a clause's). */
export function dateline(text: string): { place: Place; start: number; end: number } | null {
  let read = 0;
  // Line by line from the top, blank lines skipped (within the first 40): splitting the whole article would cost its length.
  for (let from = 0, lines = 0; read < LINES_READ && lines < 40 && from <= text.length; lines++) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(from, end);
    const lineStart = from;
    from = end + 1;
    if (line.trim() === '') continue;
    read++;
    const head = line.trimStart().slice(0, LONGEST);
    // The city, then (an agency), then a dash or a colon: "BEIRUT (Reuters) -", "دمشق-سانا"; or
    // the city and the day: "CAIRO, April 12. /TASS/."; or the city alone on its line: "ANKARA".
    // (A tatweel between spaces is a dash too: "بيروت ـ «الحياة»"; inside a word it only stretches it.)
    const cut = head.search(/\s*(?:\([^)]*\)\s*)?(?:[-—–:]|ـ\s)/);
    const dated = cut > 0 ? null : CITY_AND_DAY.exec(head);
    const alone = cut > 0 || dated ? null : CITY_ALONE.exec(line);
    if (cut <= 0 && !dated && !alone) continue;
    // "BRUSSELS/DUBAI", "KOBLENZ, Germany", "DAMASCUS, Jan 28": the first city.
    // "بنغازي 18 يونيو 2023 (وال)-": the city before the day.
    const city = (dated?.[1] ?? alone?.[1] ?? head.slice(0, cut))
      .split(/[/,،]/)[0]!
      .replace(/\s[\d\u0660-\u0669].*$/u, '')
      .trim();
    const key = nameKeyOf(city);
    let place = placeNamed(DATELINE_ALIASES[key] ?? key);
    // "خبر: المنظمة تحدد …": a rubric, not الخبر; a city whose name has the article is written with it.
    if (place && place.nameAr.startsWith('ال') && /^[\u0600-\u06FF]/.test(city) && !/^[وب]?ال/.test(city)) place = null;
    // "شفق نيوز– أربيل", "بغداد اليوم- بغداد": the agency first, the city after the dash, alone on its line.
    const afterDash = !place && cut > 0 && line.length <= LONGEST;
    if (afterDash) place = placeNamed(nameKeyOf(line.slice(line.search(/[-—–ـ:]/) + 1).trim()));
    if (!place) continue;
    const start = lineStart + line.length - line.trimStart().length;
    const length = cut > 0 && !afterDash ? cut : (dated?.[0].length ?? line.trimStart().length);
    return { place, start, end: start + length };
  }
  return null;
}

function placeNamed(key: string): Place | null {
  const { entries, common } = gazetteer();
  const entry = (entries.get(key) ?? common.get(key))?.find((e) => e.kind === 'place');
  return entry?.kind === 'place' ? entry.place : null;
}
