/**
 * The picture's fonts: Noto Sans Arabic and Noto Sans, regular and bold, as TTF from their npm
 * packages. Paths are resolved from the packages themselves (not from this file), so the same
 * code finds them from src/ under tsx and from dist/ once compiled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { drawnCodePoints } from './arabic-forms.js';
import { readFontMetrics, type FontMetrics } from './font-metrics.js';

export type Weight = 'regular' | 'bold';

/** A family as the SVG names it, with the package and files it comes from. */
interface Family {
  name: string;
  packageName: string;
  files: Record<Weight, string>;
}

const ARABIC: Family = {
  name: 'Noto Sans Arabic',
  packageName: '@expo-google-fonts/noto-sans-arabic',
  files: { regular: '400Regular/NotoSansArabic_400Regular.ttf', bold: '700Bold/NotoSansArabic_700Bold.ttf' },
};
const LATIN: Family = {
  name: 'Noto Sans',
  packageName: '@expo-google-fonts/noto-sans',
  files: { regular: '400Regular/NotoSans_400Regular.ttf', bold: '700Bold/NotoSans_700Bold.ttf' },
};

const require = createRequire(import.meta.url);

function fontPath(family: Family, weight: Weight): string {
  return join(dirname(require.resolve(`${family.packageName}/package.json`)), family.files[weight]);
}

/** Every font file the renderer loads (and nothing of the system's). */
export function fontFiles(): string[] {
  return [ARABIC, LATIN].flatMap((family) => [fontPath(family, 'regular'), fontPath(family, 'bold')]);
}

/** The family the picture's text is set in by default. */
export const DEFAULT_FAMILY = LATIN.name;

/**
 * The families every text is set in, in order. Noto Sans Arabic carries Noto Sans's own Latin
 * (its 281 Latin glyphs have Noto Sans's advances, one for one), so a line in either script is
 * shaped with one font: resvg lays out Latin text twice as fast through it as through Noto
 * Sans, whose tables serve many more scripts (230 against 125 ms of CPU for a month of 200
 * meetings). Noto Sans draws what the Arabic font lacks (Greek, Cyrillic, most of Latin
 * Extended).
 */
const FAMILIES: readonly Family[] = [ARABIC, LATIN];

/** The SVG `font-family` of the picture's text. */
export const FONT_FAMILY = FAMILIES.map((family) => family.name).join(', ');

/** Marks that set the direction of what follows and draw nothing (LRM, RLM, ALM). */
const DIRECTION_MARKS = new Set([0x200e, 0x200f, 0x061c]);

const metrics = new Map<string, FontMetrics>();

function metricsOf(family: Family, weight: Weight): FontMetrics {
  const key = `${family.name}:${weight}`;
  let found = metrics.get(key);
  if (!found) {
    found = readFontMetrics(readFileSync(fontPath(family, weight)));
    metrics.set(key, found);
  }
  return found;
}

/**
 * The width of `text` at `size` px, each character from the first family that has it (as the
 * renderer falls back), Arabic letters in their joined forms; a character neither has counts as
 * one em. An upper bound of the drawn width (see font-metrics.ts).
 */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const fonts = FAMILIES.map((family) => metricsOf(family, weight));
  let width = 0;
  for (const codePoint of drawnCodePoints(text)) {
    if (DIRECTION_MARKS.has(codePoint)) continue;
    let em = 1;
    for (const font of fonts) {
      const advance = font.advance(codePoint);
      if (advance !== undefined) {
        em = advance / font.unitsPerEm;
        break;
      }
    }
    width += em;
  }
  return width * size;
}

/** `text` cut at the end, with an ellipsis, to fit in `width` px (whole when it fits). */
export function fitText(text: string, width: number, size: number, weight: Weight = 'regular'): string {
  if (textWidth(text, size, weight) <= width) return text;
  const chars = [...text];
  // Binary search on the number of characters kept: widths only grow with more characters.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const keep = (low + high + 1) >> 1;
    if (textWidth(`${chars.slice(0, keep).join('').trimEnd()}…`, size, weight) <= width) low = keep;
    else high = keep - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}
