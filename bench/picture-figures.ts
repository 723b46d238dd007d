/**
 * The month picture: `/meetings calendar` for a month of 200 meetings (grid, layout with every
 * title measured and cut, SVG, resvg's PNG), beside resvg alone on the same SVG; and the size
 * of the PNG, beside an empty month's. The CPU time of a render is noted too: on a machine
 * shared with other work, wall time counts the waits for a core as well.
 */
import { monthPicture, monthPng, type MonthPictureRequest } from '../src/picture/month-picture.js';
import { renderPng } from '../src/picture/render-png.js';
import { crowdedMonth } from '../tests/helpers/month-meetings.js';
import { latencyFigure, round, timeAsync, type Figure } from './measure.js';

const MEETINGS = 200;

/** CPU milliseconds (every thread of the process: resvg draws on libuv's pool) of one run, the median of `runs`. */
async function cpuMs(run: () => Promise<unknown>, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    await run();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

export async function pictureFigures(quick: boolean, log: (line: string) => void): Promise<Figure[]> {
  const meetings = crowdedMonth('2020-01', MEETINGS);
  const request = (locale: 'en' | 'ar'): MonthPictureRequest => ({
    month: '2020-01',
    meetings,
    locale,
    weekStart: locale === 'ar' ? 6 : 1,
    today: '2020-01-15',
  });
  const options = { warmup: 3, minRuns: quick ? 10 : 30, maxRuns: 200 };
  const figures: Figure[] = [];
  for (const locale of ['en', 'ar'] as const) {
    const { svg } = monthPicture(request(locale));
    const ours = await timeAsync(() => monthPng(request(locale)), options);
    const bare = await timeAsync(() => renderPng(svg), options);
    const cpu = await cpuMs(() => monthPng(request(locale)), quick ? 5 : 15);
    figures.push(
      latencyFigure(
        `month picture (${locale})`,
        null,
        ours,
        bare,
        'resvg alone on the same SVG',
        `${MEETINGS} meetings in a month (target under 150 ms); CPU ${cpu.toFixed(0)} ms a render`,
      ),
    );
    const { png } = await monthPng(request(locale));
    const empty = (await monthPng({ ...request(locale), meetings: [] })).png;
    figures.push({
      name: `month picture size (${locale})`,
      size: null,
      p50_ms: null,
      p99_ms: null,
      baseline_p50_ms: null,
      ratio: round(png.length / empty.length, 2),
      rate: round(png.length / 1024, 1),
      baseline_rate: round(empty.length / 1024, 1),
      unit: 'KB',
      baseline: 'an empty month',
      note: '1000 px wide PNG',
    });
    log(
      `  month picture (${locale}): p50 ${ours.p50.toFixed(1)} ms (CPU ${cpu.toFixed(0)} ms), ${Math.round(png.length / 1024)} KB`,
    );
  }
  return figures;
}
