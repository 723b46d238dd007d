/**
 * A function of a key (a string or a number), remembered: words, names, zones and days recur
 * through a text and across texts, so each answer is computed once. At most `limit` answers are
 * kept (the store is emptied when full): hostile input must not grow memory. The one memo helper
 * of the date parser, the article reader and src/time.
 */
export function remembered<K extends string | number, V>(compute: (key: K) => V, limit = 50_000): (key: K) => V {
  const answers = new Map<K, V>();
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
