/** The words English tense is read from (english-tense.ts): past forms, -ed words that are not past, words that point forward. */

export const IRREGULAR_PAST = new Set(
  (
    'met held said told took began went saw made came gave left spoke sent won lost led brought thought found kept fell ' +
    'rose ran wrote broke chose drove flew grew knew threw wore sat stood understood struck paid sold built fought caught ' +
    'taught sought bought felt meant heard became got did had was were been fled shot spent swore withdrew oversaw ' +
    'undertook overtook forgot arose rang sang sank shook slept stole stuck tore woke hung lent bore drew ate ' +
    'last ago yesterday earlier previously'
  ).split(' '),
);
/** Words in -ed that are not past tense (and -ed words that point forward, below). */
export const NOT_PAST = new Set(
  (
    'need indeed hundred speed proceed exceed succeed feed seed bed red shed breed embed weed deed greed reed heed bleed creed steed shred sled ' +
    // adjectives in -ed: "the rebel delegation, which is unchanged for Thursday's talks"
    'unchanged unprecedented unexpected unresolved unnamed armed related concerned interested detailed isolated so-called'
  ).split(' '),
);
export const FUTURE = new Set(
  'will shall would scheduled upcoming next expected plans planned plan intends intend due tomorrow later coming slated'.split(
    ' ',
  ),
);
/** is/are/set + to: "is to visit", "are set to meet". */
export const BEFORE_TO = new Set(['is', 'are', 'set']);
export const BEFORE_NT = new Set(['did', 'was', 'were', 'had']);
