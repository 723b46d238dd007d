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
/**
 * Past forms that are never a participle: after a noun they are its verb ("the talks took place in
 * April"), never a description of it.
 */
export const PAST_NOT_PARTICIPLE = new Set(
  (
    'took began went saw came gave spoke fell rose ran wrote broke chose drove flew grew knew threw wore became ' +
    'withdrew oversaw undertook overtook forgot arose rang sang sank shook stole tore woke bore drew ate swore'
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
/** Modals: ahead before a verb of meeting ("could resume", "may meet", "might be held"). */
export const MODALS = new Set(['could', 'may', 'might', 'can']);
export const MODAL_MEETING_VERBS = new Set(
  'resume meet hold visit travel convene gather sit be take open start begin go come'.split(' '),
);
/**
 * A verb of meeting in the present tense looks ahead, as news writes plans: "The talks resume in May",
 * "Kerry meets Lavrov in March" (not after NOT_PRESENT: "failed to meet in May", "did not meet").
 */
export const PRESENT_AHEAD = new Set(
  'resume resumes meet meets begin begins convene convenes arrives opens'.split(' '),
);
/** Words before such a verb that make it no present of its own: "to meet", "did not meet", "never meet". */
export const NOT_PRESENT = new Set(['to', 'not', 'never', "didn't", "don't", "doesn't", "won't", 'did', 'does', 'do']);
/** is/are/set + to: "is to visit", "are set to meet". */
export const BEFORE_TO = new Set(['is', 'are', 'set']);
export const BEFORE_NT = new Set(['did', 'was', 'were', 'had']);

/**
 * "The visit follows his meeting in Abu Dhabi in September": the meeting followed is gone by (not
 * when the sentence tells a plan: "Putin's visit, planned for October, follows his meeting … in September").
 */
export function followsAMeeting(before: string, after: string): boolean {
  return FOLLOWS_A_MEETING.test(before) && !FOLLOWED_PLAN.test(before) && !FOLLOWED_PLAN.test(after);
}
const FOLLOWS_A_MEETING =
  /\b(?:follows|followed|following|comes after|came after)\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}(?:meeting|meetings|visit|visits|talks|trip|summit)\b[^.;:]{0,60}$/i;
const FOLLOWED_PLAN = /\b(?:will|planned|plans|due|set to|scheduled|expected|next|upcoming|to come)\b/i;

/** A colon opens a list of meetings gone by after "have met … before" (not after "set out a timetable"). */
export const PAST_BEFORE_COLON = /\b(?:(?:have|has|had)\s+(?:\w+\s+)?met|before|previously|so far)\s*$/i;

/** Past words that tell a meeting gone by, the only past a closing phrase takes ("announced a visit, in June" is to come). */
export const MEETING_PAST = new Set(
  (
    'met held hosted visited attended convened gathered signed opened concluded ended received welcomed greeted ' +
    'travelled traveled flew was were last previous previously earlier ago'
  ).split(' '),
);

/** Prepositions that open a phrase set off by commas after a date: "On Monday, during his visit, …". */
export const ASIDE_OPENERS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'following',
  'while',
  'as',
  'according',
  'for',
]);
/** Words before a date that do not make a clause of it: "On Tuesday, the minister met…". */
export const LEADS = new Set('on in at by from and but then also meanwhile separately back late early'.split(' '));
/** Verbs that move a meeting: the date right after them (and to, until, for) is its new day. */
export const MOVED = new Set([
  'postponed',
  'delayed',
  'rescheduled',
  'moved',
  'pushed',
  'deferred',
  'adjourned',
  'shifted',
  'put',
]);
export const MOVED_TO = new Set(['to', 'until', 'till', 'for', 'into']);
export const MOVED_PARTICLES = new Set(['back', 'off', 'forward']);
/** "ahead of", "on the eve of": what comes after them is still to come when the clause is told. */
export const AHEAD_OF: ReadonlyMap<string, string> = new Map([
  ['ahead', 'of'],
  ['eve', 'of'],
]);
/** Verbs of agreeing or deciding: the day of what they agree to do is to come ("agreed to meet again on Monday"). */
export const AGREED = new Set(['agreed', 'decided', 'promised', 'pledged', 'vowed', 'offered', 'resolved']);
/** "set for", "fixed for", "slated for": a date named as a plan's day. */
export const PLANNED_FOR = new Set(['set', 'fixed', 'planned', 'scheduled', 'slated', 'due']);
/** Verbs of saying: what is said of a day is as often a plan as a fact (tense.ts leaves them out in Arabic). */
export const SAYING = new Set(['said', 'told', 'announced', 'added', 'stated', 'confirmed', 'reported']);

/** A word after be/being, or a present is/are, is a participle: "will be held", "is to be received", "are held here from Sept 5-7". */
export const PASSIVE = new Set(['be', 'being', 'is', 'are']);
/** Nouns a past participle may describe: "an official visit held in conjunction with …", "an invitation extended by …". */
// prettier-ignore
export const DESCRIBED = new Set([
  'visit', 'visits', 'meeting', 'meetings', 'talks', 'summit', 'conference', 'session', 'forum', 'invitation', 'message',
  'letter', 'proposal', 'initiative', 'plan',
]);
/** Verbs of a plan told in the past whose 'to' brings in what was planned for the day. */
// prettier-ignore
export const PLANS_TO = new Set(['proposed', 'planned', 'intended', 'hoped', 'agreed', 'decided', 'offered', 'arranged']);
/** Words between a plan's verb and its day: "had been set for Wednesday", "had been due to take place on Sunday". */
export const TO_THE_DAY = new Set(['for', 'on', 'to', 'take', 'place', 'be', 'held', 'meet', 'begin', 'start', 'open']);
/** A dateline opening a sentence: "ISLAMABAD - ", "VIENNA (Reuters) — ", "RIYADH: ". */
export const DATELINE = /^\s*[A-Z][A-Z .'’-]*[A-Z](?:,? [A-Z][a-z]+)?\s*(?:\([^)]*\)\s*)?[-–—:]+\s*/;
/** ", who led the U.S. side at the last round,": a relative clause set off by commas. */
export const RELATIVE_ASIDE = /,\s*(?:who|whom|whose|which)\b[^,]*,/gi;
/** A sentence opening with a participle or a preposition: "Meeting in …", "Speaking at …", "At the last round, in Vienna on …". */
export const PARTICIPLE_OPENS = /^\s*(?:[A-Z][a-z]+ing|At|In|On|During|After|Before|Since|Under|With)\s/;
