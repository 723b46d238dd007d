/**
 * ICU MessageFormat messages (plural, number), formatted by intl-messageformat: Arabic's six
 * plural forms and each language's digits come from CLDR through Intl, not from rules of our own.
 * The library is loaded, and each message compiled, on first use: a process that never counts
 * anything (the terminal's --json listings) never pays for them.
 */
import { createRequire } from 'node:module';
import type * as MessageFormatLibrary from 'intl-messageformat';

const require = createRequire(import.meta.url);
let library: typeof MessageFormatLibrary | undefined;

export type IcuValues = Record<string, string | number>;

/** A message in ICU syntax for a language tag (`en-GB`, `ar-SY`): a function of its values. */
export function icu(tag: string, source: string): (values: IcuValues) => string {
  let compiled: MessageFormatLibrary.IntlMessageFormat | undefined;
  return (values) => {
    library ??= require('intl-messageformat') as typeof MessageFormatLibrary;
    compiled ??= new library.IntlMessageFormat(source, tag);
    return String(compiled.format(values));
  };
}
