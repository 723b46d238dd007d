/**
 * The README's pictures: `npx tsx bench/docs-pictures.ts` draws docs/month-en.png and
 * docs/month-ar.png from the bench's synthetic month (70 meetings of January 2020, today the
 * 15th), as /meetings calendar draws them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { languageWeekStart } from '../src/picture/month-grid.js';
import { monthPng } from '../src/picture/month-picture.js';
import { crowdedMonth } from '../tests/helpers/month-meetings.js';

const docs = new URL('../docs/', import.meta.url);
mkdirSync(docs, { recursive: true });
const meetings = crowdedMonth('2020-01', 70, 11);
for (const locale of ['en', 'ar'] as const) {
  const { png } = await monthPng({
    month: '2020-01',
    meetings,
    locale,
    weekStart: languageWeekStart(locale),
    today: '2020-01-15',
    subtitle: locale === 'ar' ? 'مع جيمس جيفري، غير بيدرسن' : 'with James Jeffrey, Geir Pedersen',
  });
  writeFileSync(new URL(`month-${locale}.png`, docs), png);
  process.stderr.write(`docs/month-${locale}.png: ${Math.round(png.length / 1024)} KB\n`);
}
