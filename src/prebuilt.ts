/**
 * Answers of a pure function computed at `npm run build` and read at start instead of computed
 * again (issue 19). The gazetteer folds some 3,500 names with nameKey at each start: 40 of the
 * 80 ms of CPU its build took in `meetings extract`, where reading the keys back takes 3 to 5.
 *
 * The file is a cache, never a source of truth: a key it lacks is computed, and a file written by
 * another Node (whose Unicode data may fold differently) is not read.
 */
import { readFileSync } from 'node:fs';

interface AnswersFile {
  /** The Node that computed the answers. */
  node: string;
  keys: string[];
  answers: string[];
}

/** The answers `compute` gave to what `run` asked of it (through the function run is given), as a file's text. */
export function recordAnswers(
  compute: (key: string) => string,
  run: (recording: (key: string) => string) => void,
): string {
  const answers = new Map<string, string>();
  run((key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer;
  });
  const file: AnswersFile = { node: process.version, keys: [...answers.keys()], answers: [...answers.values()] };
  return JSON.stringify(file);
}

/**
 * `compute`, answered first from the file at `url` (recordAnswers' text) when there is one and
 * this Node wrote it; else `compute` itself (the sources in development have no such file).
 */
export function withRecordedAnswers(url: URL, compute: (key: string) => string): (key: string) => string {
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return compute;
    throw error;
  }
  const file = JSON.parse(text) as AnswersFile;
  if (file.node !== process.version) return compute;
  const answers = new Map<string, string>();
  for (let i = 0; i < file.keys.length; i++) answers.set(file.keys[i]!, file.answers[i]!);
  return (key) => answers.get(key) ?? compute(key);
}
