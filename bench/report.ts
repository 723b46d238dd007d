/** The bench's table (markdown, printed and written to bench/out/RESULTS.md) and growth rows. */
import type { Figure } from './measure.js';

const ms = (value: number | null) => (value === null ? '' : value < 1 ? value.toFixed(3) : value.toFixed(1));
const rate = (value: number | undefined, unit: string | undefined) =>
  value === undefined
    ? ''
    : `${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)} ${unit ?? ''}`;

export interface Growth {
  name: string;
  from: number;
  to: number;
  p50_growth: number;
  p99_growth: number;
  baseline_growth: number;
}

/** How each latency figure grows from the smallest size to the largest. */
export function growthRows(figures: readonly Figure[], sizes: readonly number[]): Growth[] {
  const from = Math.min(...sizes);
  const to = Math.max(...sizes);
  if (from === to) return [];
  const names = [...new Set(figures.filter((f) => f.size !== null).map((f) => f.name))];
  return names.flatMap((name) => {
    const a = figures.find((f) => f.name === name && f.size === from);
    const b = figures.find((f) => f.name === name && f.size === to);
    if (!a?.p50_ms || !b?.p50_ms || !a.p99_ms || !b.p99_ms || !a.baseline_p50_ms || !b.baseline_p50_ms) return [];
    const r = (x: number) => Math.round(x * 100) / 100;
    return [
      {
        name,
        from,
        to,
        p50_growth: r(b.p50_ms / a.p50_ms),
        p99_growth: r(b.p99_ms / a.p99_ms),
        baseline_growth: r(b.baseline_p50_ms / a.baseline_p50_ms),
      },
    ];
  });
}

const short = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`);

/** The figures as a markdown table, then the growth from the smallest calendar to the largest. */
export function table(figures: readonly Figure[], sizes: readonly number[]): string {
  const lines = [
    '| figure | size | p50 | p99 | baseline p50 | ratio | baseline | note |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const f of figures) {
    const latency = f.p50_ms !== null;
    lines.push(
      `| ${f.name} | ${f.size === null ? '' : short(f.size)} | ${latency ? `${ms(f.p50_ms)} ms` : rate(f.rate, f.unit)} | ${latency ? `${ms(f.p99_ms)} ms` : ''} | ${
        latency ? `${ms(f.baseline_p50_ms)} ms` : rate(f.baseline_rate, f.unit)
      } | ${f.ratio === null ? '' : `${f.ratio}x`} | ${f.baseline} | ${f.note ?? ''} |`,
    );
  }
  const growth = growthRows(figures, sizes);
  if (growth.length > 0) {
    lines.push(
      '',
      `Growth from ${short(growth[0]!.from)} to ${short(growth[0]!.to)} meetings (${short(growth[0]!.to)} time / ${short(growth[0]!.from)} time):`,
      '',
    );
    lines.push('| figure | p50 growth | p99 growth | baseline p50 growth |', '| --- | ---: | ---: | ---: |');
    for (const g of growth) lines.push(`| ${g.name} | ${g.p50_growth}x | ${g.p99_growth}x | ${g.baseline_growth}x |`);
  }
  return lines.join('\n');
}

export function markdownReport(run: {
  date: string;
  command: string;
  machine: { nproc: number; cpu: string; node: string };
  figures: readonly Figure[];
  sizes: readonly number[];
}): string {
  return [
    '# Bench results',
    '',
    `- date: ${run.date}`,
    `- command: \`${run.command}\``,
    `- machine: nproc ${run.machine.nproc} (${run.machine.cpu}), node ${run.machine.node}`,
    '',
    'Ratios are ours over the baseline measured in the same process and run (throughputs: baseline rate over ours), so',
    'above 1 is slower than the baseline. Baselines are bare better-sqlite3 statements on the same calendar, chrono-node on',
    'the same English texts, and a bare discord.js client for memory. See bench/README.md for what each figure runs.',
    '',
    table(run.figures, run.sizes),
    '',
  ].join('\n');
}
