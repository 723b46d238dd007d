/**
 * Answers of pure functions computed at `npm run build` and read at start instead of computed
 * again (issue 19). The gazetteer folds some 3,500 names with nameKey at each start (40 of the
 * 80 ms of CPU its build took in `meetings extract`, where reading the keys back takes 3 to 5),
 * and names every country in English and Arabic with Intl.DisplayNames, whose first use costs a
 * start 25-40 ms of ICU data.
 *
 * The file is a cache, never a source of truth: a key it lacks is computed, and a file written by
 * another Node (whose Unicode and CLDR data may answer otherwise) is not read.
 */
import { readFileSync } from 'node:fs';

/** Pure functions of a string, by name: what a file records the answers of. */
export type Answerers = Readonly<Record<string, (key: string) => string>>;

interface AnswersFile {
  /** The Node that computed the answers. */
  node: string;
  /** Each function's keys asked and answers given, in the same order. */
  answers: Record<string, { keys: string[]; answers: string[] }>;
}

/**
 * The answers the `computes` gave to what `run` asked of them (through the functions run is given,
 * of the same names), as a file's text.
 */
export function recordAnswers<T extends Answerers>(computes: T, run: (recording: T) => void): string {
  const asked = new Map<string, Map<string, string>>();
  const recording: Record<string, (key: string) => string> = {};
  for (const [name, compute] of Object.entries(computes)) {
    const answers = new Map<string, string>();
    asked.set(name, answers);
    recording[name] = (key) => {
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = compute(key);
        answers.set(key, answer);
      }
      return answer;
    };
  }
  run(recording as T);
  const file: AnswersFile = { node: process.version, answers: {} };
  for (const [name, answers] of asked)
    file.answers[name] = { keys: [...answers.keys()], answers: [...answers.values()] };
  return JSON.stringify(file);
}

/**
 * The `computes`, each answered first from the file at `url` (recordAnswers' text) when there is
 * one and this Node wrote it; else the `computes` themselves (the sources in development have no
 * such file).
 */
export function withRecordedAnswers<T extends Answerers>(url: URL, computes: T): T {
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return computes;
    throw error;
  }
  const file = JSON.parse(text) as AnswersFile;
  if (file.node !== process.version) return computes;
  const answering: Record<string, (key: string) => string> = {};
  for (const [name, compute] of Object.entries(computes)) {
    const recorded = file.answers[name];
    if (!recorded) {
      answering[name] = compute;
      continue;
    }
    const answers = new Map<string, string>();
    for (let i = 0; i < recorded.keys.length; i++) answers.set(recorded.keys[i]!, recorded.answers[i]!);
    answering[name] = (key) => answers.get(key) ?? compute(key);
  }
  return answering as T;
}
