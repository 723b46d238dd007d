/** Named days: Christmas, Easter, the two Eids, the Hijri new year, the Mawlid, Ashura, New Year. */
import type { DaySpec, Holiday } from '../ir.js';
import { digitsIn, is, plainWordIn, wordIn, type Tokens } from './words.js';
import { WORD } from '../tokens.js';

const EID = new Set(['عيد']);
const CHRISTMAS = new Set(['كريسماس', 'كريسمس']);
const HEAD = new Set(['راس']);
const YEAR = new Set(['سنه', 'عام']);
const HIJRI = new Set(['هجريه', 'هجري']);
const GREGORIAN = new Set(['ميلاديه', 'ميلادي']);

/** After عيد (with the article): which feast. */
const FEASTS: ReadonlyMap<string, Holiday> = new Map([
  ['ميلاد', 'christmas'],
  ['فطر', 'eidFitr'],
  ['اضحي', 'eidAdha'],
  ['فصح', 'easter'],
]);

/** Epithets news adds after a feast's name: عيد الفطر السعيد, عيد الميلاد المجيد. */
const EPITHETS = new Set(['سعيد', 'مجيد', 'مبارك', 'كبير']);

export function holidayAt(tokens: Tokens, i: number): { day: DaySpec; end: number } | null {
  let holiday: Holiday | null = null;
  let end = i;
  if (wordIn(tokens, i, EID)) {
    const next = tokens.norm[i + 1];
    if (tokens.kind[i + 1] === WORD && next!.startsWith('ال')) holiday = FEASTS.get(next!.slice(2)) ?? null;
    end = i + 2;
    if (plainWordIn(tokens, end, EPITHETS)?.article) end++;
  } else if (wordIn(tokens, i, CHRISTMAS)) {
    holiday = 'christmas';
    end = i + 1;
  } else if (wordIn(tokens, i, HEAD) && plainWordIn(tokens, i + 1, YEAR)?.article) {
    end = i + 2;
    if (plainWordIn(tokens, end, HIJRI)?.article) {
      holiday = 'hijriNewYear';
      end++;
    } else {
      holiday = 'newYear';
      if (plainWordIn(tokens, end, GREGORIAN)?.article) end++;
    }
  } else if (is(tokens, i, 'المولد') && is(tokens, i + 1, 'النبوي')) {
    holiday = 'mawlid';
    end = i + 2;
    if (is(tokens, end, 'الشريف')) end++;
  } else if (is(tokens, i, 'عاشوراء', 'عاشورا')) {
    holiday = 'ashura';
    end = i + 1;
  }
  if (!holiday) return null;
  const year = digitsIn(tokens, end, 1900, 2199);
  if (year !== null && tokens.norm[end]!.length === 4) return { day: { kind: 'holiday', holiday, year }, end: end + 1 };
  return { day: { kind: 'holiday', holiday }, end };
}
