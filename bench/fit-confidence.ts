/**
 * Fits the draft confidence model (src/extract/confidence-weights.json) on the news corpus's
 * development part: each draft the reader makes there is a row, its features the facts
 * confidence.ts weighs (confidenceFeatures), its label whether the score paired it with an
 * annotated meeting. A logistic regression with a small L2 penalty, fitted by full-batch
 * gradient descent from zero (deterministic: the same corpus and reader give the same file).
 * Rerun after the reader changes much: `npm run fit:confidence`. The frozen part is not read.
 */
import { writeFileSync } from 'node:fs';
import { extractMeetings } from '../src/extract/index.js';
import { confidenceFeatures } from '../src/extract/confidence.js';
import { loadNewsCorpus, matchedExtracted } from '../tests/helpers/extraction-score.js';
import { diwanExtractor } from '../tests/helpers/diwan-extractor.js';

const PENALTY = 0.5;
const STEPS = 3000;
const RATE = 0.1;

interface Row {
  features: string[];
  right: boolean;
}

function rowsOf(): Row[] {
  const rows: Row[] = [];
  for (const fixture of loadNewsCorpus('dev')) {
    const drafts = extractMeetings(fixture.text, fixture.source).meetings;
    const right = matchedExtracted(fixture, diwanExtractor(fixture.text, fixture.source));
    drafts.forEach((draft, i) => {
      const language = fixture.source.language === 'en' ? 'en' : 'ar';
      const features = confidenceFeatures(draft, draft.confidence?.doubts ?? [], fixture.source.published, language);
      rows.push({ features, right: right[i]! });
    });
  }
  return rows;
}

/** Weights (one per feature, then the bias) that minimise the penalised log loss. */
function fit(rows: readonly Row[], names: readonly string[]): number[] {
  const index = new Map(names.map((name, i) => [name, i]));
  const columns = rows.map((row) => row.features.map((f) => index.get(f)!));
  const bias = names.length;
  const weights = new Array<number>(names.length + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(weights.length).fill(0);
    rows.forEach((row, r) => {
      let z = weights[bias]!;
      for (const c of columns[r]!) z += weights[c]!;
      const error = 1 / (1 + Math.exp(-z)) - (row.right ? 1 : 0);
      for (const c of columns[r]!) gradient[c]! += error;
      gradient[bias]! += error;
    });
    for (let k = 0; k < weights.length; k++) {
      const penalty = k === bias ? 0 : PENALTY * weights[k]!;
      weights[k]! -= (RATE * (gradient[k]! + penalty)) / rows.length;
    }
  }
  return weights;
}

const rows = rowsOf();
const names = [...new Set(rows.flatMap((row) => row.features))].sort();
const weights = fit(rows, names);
const round = (x: number) => Math.round(x * 1000) / 1000;
const model = {
  about:
    'Draft confidence: a logistic model over the facts confidence.ts weighs, fitted on the news corpus development part by bench/fit-confidence.ts (npm run fit:confidence).',
  drafts: rows.length,
  right: rows.filter((row) => row.right).length,
  bias: round(weights[names.length]!),
  weights: Object.fromEntries(names.map((name, i) => [name, round(weights[i]!)])),
};
writeFileSync(
  new URL('../src/extract/confidence-weights.json', import.meta.url),
  JSON.stringify(model, null, 2) + '\n',
);
console.log(`fitted on ${model.drafts} development drafts (${model.right} right), ${names.length} features`);
