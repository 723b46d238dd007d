/**
 * Arabic letters as they are drawn joined: each letter's isolated, final, initial or medial
 * form (Unicode's Presentation Forms-B), and lam-alef as its ligature, so a title's width is
 * measured from the glyphs the renderer will draw (an isolated beh is three times as wide as
 * a medial one). Letters outside the basic block (Persian پ چ گ …) keep their nominal code
 * point: measured isolated, they are never measured narrower than drawn.
 */

/** A letter of U+0621…U+064A: where its forms begin in Presentation Forms-B and how many it has. */
interface Letter {
  first: number;
  /** 1: never joins (hamza); 2: joins the letter before only (alef, dal, reh, waw …); 4: joins both sides. */
  forms: 1 | 2 | 4;
}

const LETTERS = new Map<number, Letter>();
{
  const runs: [number, number, 1 | 2 | 4, number][] = [
    // [first letter, its first form, forms per letter, letters in the run whose forms follow one another]
    [0x0621, 0xfe80, 1, 1],
    [0x0622, 0xfe81, 2, 4], // آ أ ؤ إ
    [0x0626, 0xfe89, 4, 1], // ئ
    [0x0627, 0xfe8d, 2, 1], // ا
    [0x0628, 0xfe8f, 4, 1], // ب
    [0x0629, 0xfe93, 2, 1], // ة
    [0x062a, 0xfe95, 4, 5], // ت ث ج ح خ
    [0x062f, 0xfea9, 2, 4], // د ذ ر ز
    [0x0633, 0xfeb1, 4, 8], // س ش ص ض ط ظ ع غ
    [0x0641, 0xfed1, 4, 7], // ف ق ك ل م ن ه
    [0x0648, 0xfeed, 2, 2], // و ى
    [0x064a, 0xfef1, 4, 1], // ي
  ];
  for (const [codePoint, firstForm, forms, count] of runs) {
    for (let i = 0; i < count; i++) LETTERS.set(codePoint + i, { first: firstForm + i * forms, forms });
  }
}

const TATWEEL = 0x0640;
const LAM = 0x0644;
/** Lam followed by these alefs is drawn as one ligature: its isolated form (the final one follows). */
const LAM_ALEF = new Map<number, number>([
  [0x0622, 0xfef5],
  [0x0623, 0xfef7],
  [0x0625, 0xfef9],
  [0x0627, 0xfefb],
]);

/** Marks drawn on a letter (harakat, superscript alef): they neither join nor break a join. */
function isTransparent(codePoint: number): boolean {
  return (codePoint >= 0x064b && codePoint <= 0x065f) || codePoint === 0x0670;
}

function joinsForward(codePoint: number | undefined): boolean {
  return codePoint === TATWEEL || (codePoint !== undefined && LETTERS.get(codePoint)?.forms === 4);
}

function joinsBackward(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  return codePoint === TATWEEL || (LETTERS.get(codePoint)?.forms ?? 1) > 1;
}

/** The code points whose glyphs draw `text`: Arabic letters in their joined forms, marks kept, the rest as they are. */
export function drawnCodePoints(text: string): number[] {
  const points = [...text].map((char) => char.codePointAt(0)!);
  const letters = points.map((point, i) => ({ point, i })).filter(({ point }) => !isTransparent(point));
  const drawn = [...points];
  for (let k = 0; k < letters.length; k++) {
    const { point, i } = letters[k]!;
    const letter = LETTERS.get(point);
    if (!letter) continue;
    const before = joinsForward(letters[k - 1]?.point) && letter.forms > 1;
    const next = letters[k + 1];
    const ligature = point === LAM && next ? LAM_ALEF.get(next.point) : undefined;
    if (ligature !== undefined && next) {
      drawn[i] = ligature + (before ? 1 : 0);
      drawn[next.i] = -1;
      k++;
      continue;
    }
    const after = letter.forms === 4 && joinsBackward(next?.point);
    const form = before ? (after ? 3 : 1) : after ? 2 : 0;
    drawn[i] = letter.first + form;
  }
  return drawn.filter((point) => point >= 0);
}
