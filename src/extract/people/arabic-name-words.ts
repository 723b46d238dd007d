/**
 * What the Arabic recogniser (arabic-people.ts) asks of each word of a clause that its spelling alone
 * answers: a title, a verb, a word that may be part of a name. It asks them of every word, several
 * times, so each is a word list (word-lists.ts): answered once per spelling, then a bit test.
 * What depends on the word's place (after a given name, in a place's name, dated) stays there.
 */
import { gazetteer } from '../gazetteer/index.js';
import { ARABIC_NOT_NAMES, ARABIC_TITLES, ARABIC_VERBS, isTalksVerb } from '../meeting-words.js';
import { inList, wordList, type ListedWord } from '../word-lists.js';
import { isGivenName } from './given-names.js';

/** Words that open a phrase of their own: a name after them in a title's phrase is no longer the title's ("وزير الخارجية إلى أديس أبابا"). */
export const PREPOSITIONS = new Set(['في', 'الي', 'الى', 'من', 'علي', 'عن', 'حول', 'بشان', 'لحضور', 'للمشاركه']);
const TANWEEN = /[\u064B-\u064D]/;
/** The verbs that end a name in their dual and plural (يبحثان، يلتقون، التقيا), spelled out once. */
const NUMBERED_VERBS = new Set(
  [...ARABIC_VERBS].flatMap((verb) => ['ان', 'ون', 'وا', 'ا'].map((ending) => verb + ending)),
);
/** Words spelled as a name, not as the title they fold to: قايد (الباجي قايد السبسي), the title being قائد. */
const SPELLED_AS_NAME = new Set(['قايد']);
/** على and إلى written with their final ى (with a clinging و or ف). */
const ALIF_MAQSURA_PREPOSITIONS = /^[وف]?(?:على|إلى|الى)$/;

const TITLE = wordList((t) => t.stems.some((s) => ARABIC_TITLES.has(s)) && !SPELLED_AS_NAME.has(t.text));
/** A title (وزير، الرئيس، السفير), not a name spelled like one. */
export const isTitleWord = (t: ListedWord): boolean => inList(t, TITLE);

// ويصل is "and arrives", but فيصل is a name: only و is taken off a verb here. A word in ال is never a
// verb (السيسي is not س + يسي); a future verb is س before the person prefix.
const VERB = wordList(
  (t) =>
    ARABIC_VERBS.has(t.key) ||
    (t.key.startsWith('و') && t.stems.some((s) => ARABIC_VERBS.has(s))) ||
    // "يبحثان", "التقيا": a verb's dual or plural
    NUMBERED_VERBS.has(t.key) ||
    // "قيس سعيّد يتوجه", "مرسي يلقي كلمة": a present verb ends a name (not a name in يا، يو: ياغي، يونس، يلماز).
    (/^و?ي[^اوه]\S{2,}$/.test(t.text) && !/^و?يل/.test(t.text) && !isGivenName(t.key)),
);
/** A verb by its spelling wherever it stands (the recogniser's isVerb adds the future verb, by its place). */
export const isVerbWord = (t: ListedWord): boolean => inList(t, VERB);

const FUTURE_VERB = wordList((t) => /^و?س[يتن]/.test(t.text) && !/^و?ال/.test(t.text) && !isGivenName(t.key));
/** Spelled as a future verb (سيزور، ستعقد): one unless a given name comes right before it (سيمني after بيتر is a surname). */
export const isFutureVerbWord = (t: ListedWord): boolean => inList(t, FUTURE_VERB);

// (a word that opens a phrase of its own, "لحضور أعمال", is no name's; علي is the name Ali too)
const NAME_SHAPED = wordList(
  (t) =>
    !(PREPOSITIONS.has(t.key) && t.key !== 'علي') &&
    /^[\u0600-\u06FF]{2,}$/.test(t.key) &&
    // Tanween (وفداً، مشتركاً) marks a common noun or an adjective, never a name (محمد علي النفطي: علي is a name).
    !TANWEEN.test(t.text) &&
    // A dual's pronoun (كلمتيهما، لقائهما) ends a noun, never a name.
    !t.key.endsWith('هما') &&
    // و، ب، ف، ك، ل before the article: a conjunct or a preposition, never part of a name.
    !/^(?:[وفبك]ال|لل)/.test(t.key) &&
    !t.stems.some((s) => (ARABIC_TITLES.has(s) && !SPELLED_AS_NAME.has(t.text)) || gazetteer().entries.has(s)) &&
    // "يلتقي خلالها الرئيس ترامب لبحث العلاقات": a verb of talks ends the name before it.
    !isTalksVerb(t.stems) &&
    !isVerbWord(t),
);
/** Spelled as a word of a name may be: the recogniser's nameLike adds what the word's place says. */
export const isNameShapedWord = (t: ListedWord): boolean => inList(t, NAME_SHAPED);

const NOT_NAME = wordList((t) => t.stems.some((s) => ARABIC_NOT_NAMES.has(s)));
/** A word of no name (but علي, which is the name Ali where the clause tells it from the preposition). */
export const isNotNameWord = (t: ListedWord): boolean => inList(t, NOT_NAME);

const ALIF_MAQSURA_PREPOSITION = wordList((t) => ALIF_MAQSURA_PREPOSITIONS.test(t.text));
/** على or إلى written with its final ى: the clause tells the preposition from the name علي. */
export const isAlifMaqsuraPreposition = (t: ListedWord): boolean => inList(t, ALIF_MAQSURA_PREPOSITION);
