/**
 * A function of a string key, remembered: words, names and zones recur through a text and
 * across texts, so each answer is computed once. At most `limit` answers are kept (the store is
 * emptied when full): hostile input must not grow memory.
 */
export function remembered<V>(compute: (key: string) => V, limit = 50_000): (key: string) => V {
  const answers = new Map<string, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer as V;
  };
}
