/**
 * The English name of a city or country typed in another language (Londres, Le Caire, Ägypten),
 * so a search in any of them finds the calendar's place. Cities from exonyms.json (built from
 * CLDR by build-exonyms.ts), countries from Intl.DisplayNames; both read on first use only.
 */
import { readFileSync } from 'node:fs';
import { nameKey } from './normalize.js';

let englishByKey: Map<string, string> | undefined;

function build(): Map<string, string> {
  const data = JSON.parse(readFileSync(new URL('./exonyms.json', import.meta.url), 'utf8')) as {
    languages: string[];
    cities: Record<string, string>;
  };
  const map = new Map<string, string>();
  for (const [exonym, english] of Object.entries(data.cities)) map.set(nameKey(exonym), english);
  const inEnglish = new Intl.DisplayNames(['en'], { type: 'region' });
  const others = data.languages.map((language) => new Intl.DisplayNames([language], { type: 'region' }));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const english = inEnglish.of(code);
      if (!english || english === code) continue;
      for (const names of others) {
        const name = names.of(code);
        if (name && name !== code && name !== english) map.set(nameKey(name), english);
      }
    }
  }
  return map;
}

/** The English name `typed` is another language's name for, if it is one. */
export function englishNameOf(typed: string): string | null {
  englishByKey ??= build();
  return englishByKey.get(nameKey(typed)) ?? null;
}
