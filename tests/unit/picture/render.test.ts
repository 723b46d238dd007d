/**
 * What resvg draws: widths measured never short of the drawn ones, lines that read in the
 * right order in Arabic, and a PNG of the picture's size.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FAMILY, FONT_FAMILY, fontFiles, textWidth } from '../../../src/picture/fonts.js';
import { monthPng } from '../../../src/picture/month-picture.js';
import { escapeXml } from '../../../src/picture/picture-svg.js';
import { renderPng } from '../../../src/picture/render-png.js';
import type { TextShape } from '../../../src/picture/shapes.js';
import { crowdedMonth, summary } from '../../helpers/month-meetings.js';

function resvg(body: string, width = 1200, height = 60): Resvg {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g font-family="${FONT_FAMILY}">${body}</g></svg>`;
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: DEFAULT_FAMILY },
  });
}

/** The mean x of the pixels drawn in pure red and in black, for text drawn with parts coloured. */
function redAndBlack(body: string): { red: number; black: number } {
  const image = resvg(body, 400, 40).render();
  const { pixels, width } = image;
  const red: number[] = [];
  const black: number[] = [];
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
    if (a < 200) continue;
    if (r > 200 && g < 80 && b < 80) red.push((i / 4) % width);
    else if (r < 80 && g < 80 && b < 80) black.push((i / 4) % width);
  }
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  return { red: mean(red), black: mean(black) };
}

describe('the picture as drawn', () => {
  it('measures every text at least as wide as resvg draws it, and Arabic within 5% (joined forms)', () => {
    const samples = [
      'Small Group on Syria meeting',
      'WWWWWWWW',
      '10:00 Lavrov & <Pedersen>',
      'اجتماع «المجموعة المصغرة» حول سورية',
      '١٠:٠٠ لقاء لافروف وبيدرسن',
      'لالالالا',
    ];
    for (const text of samples) {
      for (const size of [12, 20]) {
        const drawn = resvg(`<text x="10" y="40" font-size="${size}">${escapeXml(text)}</text>`).getBBox()!.width;
        const measured = textWidth(text, size);
        expect(measured, text).toBeGreaterThanOrEqual(drawn);
        expect(measured, text).toBeLessThan(drawn * 1.05 + 2);
      }
    }
  });

  it('draws an Arabic picture’s timed meeting with its time right of its title, and an English one’s left of it', async () => {
    for (const locale of ['ar', 'en'] as const) {
      const meeting = summary({
        number: 1,
        date: '2020-01-29',
        time: '10:00',
        title: 'Small Group on Syria',
        titleAr: 'اجتماع المجموعة المصغرة حول سورية',
      });
      for (const titled of [meeting, { ...meeting, titleAr: null }, { ...meeting, title: null }]) {
        const made = await monthPng({
          month: '2020-01',
          meetings: [titled],
          locale,
          weekStart: 1,
          today: '2020-01-15',
        });
        const item = made.picture.shapes.find((s): s is TextShape => s.kind === 'text' && s.role.of === 'item')!;
        const time = locale === 'ar' ? '١٠:٠٠' : '10:00';
        const [before, after] = item.text.split(time) as [string, string];
        const spans = `<tspan fill="#000000">${escapeXml(before)}</tspan><tspan fill="#ff0000">${time}</tspan><tspan fill="#000000">${escapeXml(after)}</tspan>`;
        const x = locale === 'ar' ? 390 : 10;
        const { red, black } = redAndBlack(
          `<text x="${x}" y="28" font-size="16" text-anchor="${item.anchor}">${spans}</text>`,
        );
        if (locale === 'ar') expect(red, item.text).toBeGreaterThan(black);
        else expect(red, item.text).toBeLessThan(black);
      }
    }
  });

  it('keeps an ellipsis at the end of the Arabic it cuts: at its left', async () => {
    const made = await monthPng({
      month: '2020-01',
      meetings: [summary({ number: 1, date: '2020-01-29', titleAr: 'اجتماع المجموعة المصغرة حول سورية في لندن' })],
      locale: 'ar',
      weekStart: 6,
      today: '2020-01-15',
    });
    const item = made.picture.shapes.find((s): s is TextShape => s.kind === 'text' && s.role.of === 'item')!;
    expect(item.text).toContain('…');
    const [words, rest] = item.text.split('…') as [string, string];
    const { red, black } = redAndBlack(
      `<text x="390" y="28" font-size="16" text-anchor="end"><tspan fill="#000000">${words}</tspan><tspan fill="#ff0000">…</tspan>${rest}</text>`,
    );
    expect(red).toBeLessThan(black);
  });

  it('is a PNG of the picture’s size: 1000 wide, a row of 112 px a week', async () => {
    const made = await monthPng({
      month: '2020-01',
      meetings: crowdedMonth('2020-01', 200),
      locale: 'ar',
      weekStart: 6,
      today: '2020-01-15',
    });
    const png = made.png;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1000);
    expect(png.readUInt32BE(20)).toBe(made.picture.height);
    const empty = await monthPng({ month: '2021-02', meetings: [], locale: 'en', weekStart: 1, today: '2020-01-15' });
    // Heading 52, weekdays 28, four weeks of 112, margin 16.
    expect(empty.png.readUInt32BE(20)).toBe(52 + 28 + 4 * 112 + 16);
    expect((await renderPng(empty.svg)).equals(empty.png)).toBe(true);
  });
});
