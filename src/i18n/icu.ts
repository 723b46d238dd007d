/**
 * ICU MessageFormat messages (plural, number), formatted by intl-messageformat: Arabic's six
 * plural forms and each language's digits come from CLDR through Intl, not from rules of our own.
 * The library is loaded, and each message compiled, on first use: a process that never counts
 * anything (the terminal's --json listings) never pays for them.
 */
import { createRequire } from 'node:module';
import type * as MessageFormatLibrary from 'intl-messageformat';
import { currentDateStyle } from './date-style.js';

const require = createRequire(import.meta.url);
let library: typeof MessageFormatLibrary | undefined;

export type IcuValues = Record<string, string | number>;

/**
 * A message in ICU syntax for a language tag (`en-GB`, `ar-SY`): a function of its values.
 * Arabic numbers are written in the digits of the server's date style (src/i18n/date-style.ts):
 * the message is compiled once per digit system it is asked in.
 */
export function icu(tag: string, source: string): (values: IcuValues) => string {
  const compiled = new Map<string, MessageFormatLibrary.IntlMessageFormat>();
  const arabic = tag.startsWith('ar');
  return (values) => {
    const digits = arabic ? currentDateStyle().digits : '';
    let message = compiled.get(digits);
    if (!message) {
      library ??= require('intl-messageformat') as typeof MessageFormatLibrary;
      const numbering = digits === 'latin' ? '-u-nu-latn' : digits === 'arabic-indic' ? '-u-nu-arab' : '';
      message = new library.IntlMessageFormat(source, `${tag}${numbering}`);
      compiled.set(digits, message);
    }
    return String(message.format(values));
  };
}
