/** Timing helpers: repeated runs, percentiles, and the figures the report prints. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  p50: number;
  p99: number;
  runs: number;
}

export interface Figure {
  name: string;
  /** Meetings in the calendar, or null for figures that do not depend on it. */
  size: number | null;
  p50_ms: number | null;
  p99_ms: number | null;
  baseline_p50_ms: number | null;
  /** p50 over baseline p50 (for throughputs: baseline rate over ours, so above 1 is slower too). */
  ratio: number | null;
  /** Throughput figures: ours and the baseline's, in `unit`. */
  rate?: number;
  baseline_rate?: number;
  unit?: string;
  baseline: string;
  note?: string;
}

export interface TimingOptions {
  /** Runs before measuring (JIT, caches). */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop after this long once minRuns are done. */
  budgetMs?: number;
}

/** How long each latency is measured for (the quick run shortens it). */
export const settings = { budgetMs: 1500 };

/** Where runs are written: ignored by git, so a bench run leaves the work tree clean. */
export const BENCH_OUT = new URL('./out/', import.meta.url);

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function summarize(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), runs: samples.length };
}

/**
 * A full garbage collection before a figure: the garbage of building a million-meeting
 * calendar (or of the figure before) is not the cost of the code measured next. Without it the
 * 1M upcoming p99 read 1.8 ms after the 10k and 100k runs, 0.6 ms in a fresh process.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function settle(): void {
  collectGarbage();
  collectGarbage();
}

/** Times `fn(i)` (i counts the runs): p50 and p99 in ms. */
export function timeSync(fn: (i: number) => unknown, options: TimingOptions = {}): Timing {
  const { warmup = 50, minRuns = 200, maxRuns = 20_000, budgetMs = settings.budgetMs } = options;
  settle();
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < maxRuns && (i < minRuns || performance.now() < deadline); i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** As timeSync for async work; `setup` runs before each run, untimed. */
export async function timeAsync(
  fn: (i: number) => Promise<unknown>,
  options: TimingOptions & { setup?: (i: number) => void } = {},
): Promise<Timing> {
  const { warmup = 5, minRuns = 20, maxRuns = 10_000, budgetMs = settings.budgetMs, setup } = options;
  settle();
  for (let i = 0; i < warmup; i++) {
    setup?.(i);
    await fn(i);
  }
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < maxRuns && (i < minRuns || performance.now() < deadline); i++) {
    setup?.(i);
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** A latency figure beside its baseline. */
export function latencyFigure(
  name: string,
  size: number | null,
  ours: Timing,
  baseline: Timing,
  baselineText: string,
  note?: string,
): Figure {
  return {
    name,
    size,
    p50_ms: round(ours.p50),
    p99_ms: round(ours.p99),
    baseline_p50_ms: round(baseline.p50),
    ratio: round(ours.p50 / baseline.p50, 2),
    baseline: baselineText,
    ...(note ? { note } : {}),
  };
}

export function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
