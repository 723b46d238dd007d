/**
 * How wide a text is in a TrueType font, read from the font's own tables (cmap: character to
 * glyph, hmtx: each glyph's advance), so a title is cut to its cell before it is drawn.
 *
 * Advances are of the nominal glyphs, without shaping: Arabic letters joined in a word take
 * their initial, medial or final forms, which are no wider than the isolated ones measured
 * here, and a lam-alef ligature is narrower than its two letters; Latin kerning only narrows.
 * So the width measured is an upper bound, and a title cut to it never spills out of its cell
 * (tests/unit/picture/font-metrics.test.ts holds this against resvg's own layout).
 */

/** Advance widths of one font, in font units, by code point. */
export interface FontMetrics {
  unitsPerEm: number;
  /** The advance of a code point's glyph, in font units; undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

/** Reads the tables of a TrueType (or OpenType) font file. */
export function readFontMetrics(font: Uint8Array): FontMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = tableOffsets(view);
  const head = required(tables, 'head');
  const hhea = required(tables, 'hhea');
  const hmtx = required(tables, 'hmtx');
  const unitsPerEm = view.getUint16(head + 18);
  const longMetrics = view.getUint16(hhea + 34);
  const glyphOf = cmapLookup(view, required(tables, 'cmap'));
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1));
  const cache = new Map<number, number | undefined>();
  return {
    unitsPerEm,
    advance(codePoint) {
      if (cache.has(codePoint)) return cache.get(codePoint);
      const glyph = glyphOf(codePoint);
      const advance = glyph === 0 ? undefined : advanceOfGlyph(glyph);
      cache.set(codePoint, advance);
      return advance;
    },
  };
}

function tableOffsets(view: DataView): Map<string, number> {
  const count = view.getUint16(4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    tables.set(tag, view.getUint32(record + 8));
  }
  return tables;
}

function required(tables: Map<string, number>, tag: string): number {
  const offset = tables.get(tag);
  if (offset === undefined) throw new Error(`font has no ${tag} table`);
  return offset;
}

/** The glyph of a code point, from the font's Unicode cmap subtable (format 12 preferred, else 4). */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(subtable);
    if (format === 12) format12 ??= subtable;
    if (format === 4) format4 ??= subtable;
  }
  if (format12 !== undefined) return format12Lookup(view, format12);
  if (format4 !== undefined) return format4Lookup(view, format4);
  throw new Error('font has no Unicode cmap');
}

function format12Lookup(view: DataView, table: number): (codePoint: number) => number {
  const groups = view.getUint32(table + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = table + 16 + 12 * middle;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      if (codePoint < start) high = middle - 1;
      else if (codePoint > end) low = middle + 1;
      else return view.getUint32(group + 8) + (codePoint - start);
    }
    return 0;
  };
}

function format4Lookup(view: DataView, table: number): (codePoint: number) => number {
  const segments = view.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = view.getUint16(deltas + 2 * i);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
