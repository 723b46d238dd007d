/** People in Arabic text: titles before or after the name, given names, name runs, and people named before. */
import { gazetteer } from '../gazetteer/index.js';
import {
  ARABIC_NAME_CUES,
  ARABIC_NAMED_AFTER,
  ARABIC_TITLES,
  ARABIC_TITLES_AFTER_NAME,
  withoutClinging,
} from '../meeting-words.js';
import { type Token } from '../clauses.js';

import { personMention, type ParticipantMention } from '../mentions.js';
import type { PeopleRegistry } from './registry.js';
import { AMBIGUOUS_GIVEN, GIVEN, NOT_GIVEN, isGivenName } from './given-names.js';
import {
  familyNameAlone,
  firstNameRun,
  firstWordText,
  givenCueAt,
  longTitleBefore,
  WITH_ARTICLE,
  MAX_NAME_WORDS,
  nameRunEndingAt,
  otherCue,
  nounAndGenitive,
  quotedPeople,
  placeNameWords,
} from './arabic-name-runs.js';
import {
  isAlifMaqsuraPreposition,
  isFutureVerbWord,
  isNameShapedWord,
  isNotNameWord,
  isTitleWord,
  isVerbWord,
  PREPOSITIONS,
} from './arabic-name-words.js';

const MAX_TITLE_WORDS = 10;
/** The UN's adjective, as a country's is: "المبعوث الأممي". */
const UN_ADJECTIVE = /^(?:ال)?اممي[هة]?$/;
const WITH = new Set(['مع', 'ومع']);
/** A counterpart (نظيره): its phrase names another person, never the role of the name before it. */
const COUNTERPART = /^[وبل]?نظير/;
/** ل or ب clinging to a word that is not one of the names spelled with them (لافروف، بوتين): a preposition. */
const CLINGING_PREPOSITION = /^[لب](?!ا|و|ي)/;
/** A word with a prefix (و، ب، ل) and a pronoun at its end (ويهنئه، بتسلمه، لقائه): never the first word of a name. */
const PRONOUN_CARRIER = /^[وبل]\S{2,}(?:ه|هم|ها)$/;

/** Titles of sovereigns (folded, without the article): الملك، الأمير، السلطان، الشيخ، البابا. */
const SOVEREIGN_TITLES = new Set(['بابا', 'ملك', 'امير', 'سلطان', 'شيخ']);

/** The word before tokens[at] ends a gazetteer name (في ليبيا، للأمم المتحدة في لبنان): a name after it is not the preposition's. */
function afterPlace(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) if (tokens[k]!.nameSpan >= at - k) return true;
  return false;
}

export function arabicPeople(
  tokens: readonly Token[],
  registry: PeopleRegistry,
  dated: ReadonlySet<number> = new Set(),
  findKnown = true,
): ParticipantMention[] {
  const people: ParticipantMention[] = [];
  const taken = new Set<number>();
  /** Words of the names found (a subset of `taken`, which also holds titles). */
  const named = new Set<number>();
  const { entries } = gazetteer();
  // (but سيمني after بيتر is a surname)
  const isVerb = (t: Token) => isVerbWord(t) || (isFutureVerbWord(t) && !afterGiven.has(t.start));
  // A quoted run is the name of a thing («أستانا»), unless a given name opens it ("الأخضر الإبراهيمي" in quotes).
  const quotedNames = quotedPeople(tokens);
  const afterGiven = new Set<number>();
  for (let k = 1; k < tokens.length; k++) if (tokens[k - 1]!.given !== NOT_GIVEN) afterGiven.add(tokens[k]!.start);
  const inPlaceNames = placeNameWords(tokens, gazetteer());
  // A clause that writes the final ى (على، إلى) tells the preposition from the name: there علي is the name Ali
  // ("وزير الخارجية السوداني علي الصادق"); where ى is written ي throughout, علي is the name only after a given name.
  const writesFinalAlifMaqsura = tokens.some(isAlifMaqsuraPreposition);
  const nameAli = (t: Token) => t.text === 'علي' && (writesFinalAlifMaqsura || afterGiven.has(t.start));
  const nameLike = (t: Token) =>
    (!t.quoted || quotedNames.has(t.start)) &&
    !inPlaceNames.has(t.start) &&
    !dated.has(t.start) &&
    isNameShapedWord(t) &&
    !(isNotNameWord(t) && !nameAli(t)) &&
    t.arabicNoun === null &&
    !(isFutureVerbWord(t) && !afterGiven.has(t.start));
  const isCountryAdjective = (t: Token) =>
    t.nameSpan > 0 && t.stems.some((s) => entries.get(s)?.some((e) => e.kind === 'country' && e.adjective));
  /** "محمد شياع السوداني": a country's adjective after two words of a name, at the phrase's end, is a family name. */
  const nisbaSurname = (k: number) => {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    return (
      /^ال/.test(t.text) &&
      isCountryAdjective(t) &&
      (next === undefined || /[،,.:؛]/.test(t.after) || isVerb(next) || isTitleWord(next) || PREPOSITIONS.has(next.key))
    );
  };
  /** A name that a reader can tell is one: a given name opens it, or the article named one of its words before. */
  const cued = (name: { from: number; to: number }) =>
    givenCueAt(tokens, name.from) !== NOT_GIVEN ||
    tokens.slice(name.from, name.to).some((t) => t.stems.some((stem) => registry.lookup(stem)?.kind === 'person'));
  /** The person named last in the clause: a title right after their name is theirs. */
  let lastAdded: ReturnType<PeopleRegistry['add']> | null = null;
  /** A title that named no one, right before another ("وزير الخارجية القطري الشيخ محمد …"): part of that one's role. */
  let carried: { from: number; to: number } | null = null;
  const add = (titleFrom: number, name: { from: number; to: number }, ownRole: readonly Token[]) => {
    const roleTokens = carried?.to === titleFrom ? [...tokens.slice(carried.from, carried.to), ...ownRole] : ownRole;
    const words = tokens.slice(name.from, name.to);
    const nameAr = words.map((t, k) => (k === 0 ? firstWordText(t) : t.text).replace(/\u0640/g, '')).join(' ');
    const role = roleTokens
      .map((t, k) => (k === 0 ? withoutClinging(t.text) : t.text))
      .join(' ')
      .replace(/[،,]\s*$/, '')
      .trim();
    const person = registry.add({ kind: 'person', name: null, nameAr, role: role || null });
    if (role) registry.titled(role, person);
    lastAdded = person;
    people.push({
      kind: 'person',
      name: person.name,
      nameAr: person.nameAr,
      role: role || person.role,
      start: words[0]!.start,
      titleStart: tokens[titleFrom]!.start,
    });
    for (let k = Math.min(titleFrom, name.from); k < Math.max(name.to, titleFrom + ownRole.length); k++) taken.add(k);
    for (let k = name.from; k < name.to; k++) named.add(k);
  };

  /**
   * "استقبل الرئيس ميشال عون السفير الفرنسي برونو فوشيه", "المبعوث الأممي غير بيدرسون": a title whose country's
   * (or the UN's) adjective stands right before a name, within its phrase, introduces that person, the verb's
   * object after its subject; not the subject's role ("سامح شكري وزير الخارجية المصري" names no one after it).
   */
  const introducesAnother = (title: number): boolean => {
    for (let k = title + 1; k < tokens.length && k - title <= MAX_TITLE_WORDS; k++) {
      const t = tokens[k]!;
      if (isVerb(t) || PHRASE_ENDS.has(t.key) || dated.has(t.start) || /[،,.:؛]/.test(tokens[k - 1]!.after))
        return false;
      if ((isCountryAdjective(t) || UN_ADJECTIVE.test(t.key)) && !/[،,.:؛]/.test(t.after)) {
        // (not the next of a list: "وزير الخارجية السعودي وأيمن الصفدي وزير الخارجية الأردني"; "وليام بيرنز" and "وانغ
        // يي" open with their own و)
        const first = tokens[k + 1];
        if (!first || (first.key.startsWith('و') && isGivenName(first.key.slice(1)) && !isGivenName(first.key)))
          return false;
        const name = firstNameRun(tokens, k + 1, Math.min(tokens.length, k + 6), nameLike, nisbaSurname);
        return name !== null && name.from === k + 1 && name.to - name.from >= 2;
      }
    }
    return false;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (!isTitleWord(tokens[i]!) || taken.has(i)) continue;
    // "مطلق القحطاني المبعوث الخاص لوزير الخارجية …": a title right after a name is that person's role
    // (not "… بنظيره": a preposition or a counterpart introduces someone else).
    if (
      named.has(i - 1) &&
      ARABIC_TITLES.has(tokens[i]!.key) &&
      !COUNTERPART.test(tokens[i]!.key) &&
      !introducesAnother(i)
    ) {
      const last = Math.min(tokens.length - 1, i + MAX_TITLE_WORDS);
      // ("ديفيد لامي وزير الخارجية وسعادة السيد جون هيلي": و and a title open the next person)
      const ends = (t: Token) =>
        isVerb(t) ||
        t.arabicNoun !== null ||
        PHRASE_ENDS.has(t.key) ||
        dated.has(t.start) ||
        t.key === 'قد' ||
        (t.key.startsWith('و') && isTitleWord(t));
      const from = i;
      while (i < last && !/[،,.:؛]/.test(tokens[i]!.after) && !ends(tokens[i + 1]!)) taken.add(i++);
      taken.add(i);
      if (lastAdded) registry.titled(`${tokens[from]!.text} ${tokens[from + 1]?.text ?? ''}`, lastAdded);
      continue;
    }
    // The phrase runs from the title to the first boundary.
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_TITLE_WORDS) {
      const t = tokens[end]!;
      if (
        isVerb(t) ||
        (t.key.startsWith('و') && isTitleWord(t)) ||
        t.arabicNoun !== null ||
        /^\d/.test(t.key) ||
        PHRASE_ENDS.has(t.key)
      )
        break;
      // "الرئيس الأسد الدكتور فيصل المقداد": a title after other words opens the next person ("السيد الرئيس بشار" is one).
      if (isTitleWord(t) && !isTitleWord(tokens[end - 1]!)) break;
      end++;
      if (/[،,.:؛]/.test(t.after)) break;
    }
    let name = firstNameRun(tokens, i + 1, end, nameLike, nisbaSurname);
    // "كبيرة المستشارين لملف الحدود البحرية نادين زعتر": a run a given name opens, later in the phrase, is the name.
    // (So is the last run, when the first opens with a preposition: "لملف الحدود" is a file, not a name.)
    if (name && !cued(name)) {
      const later = firstNameRun(tokens, name.to, end, nameLike, nisbaSurname);
      if (later && (cued(later) || CLINGING_PREPOSITION.test(tokens[name.from]!.text))) name = later;
    }
    // "وزير الخارجية إلى أديس أبابا": past a preposition, only a name a reader can tell is one is the title's
    // (or one right after a place: "منسق البعثة في ليبيا ريزدون زينينغا").
    if (
      name &&
      !cued(name) &&
      !afterPlace(tokens, name.from) &&
      tokens.slice(i + 1, name.from).some((t) => PREPOSITIONS.has(t.key))
    )
      name = null;
    // "المبعوث الخاص إلى سورية، غير بيدرسون، سيزور": the name is the next comma-delimited run
    // (and it is, rather than an uncued run inside the phrase: "في حكومة تصريف الأعمال، أسعد الشيباني").
    if ((!name || !cued(name)) && /[،,]/.test(tokens[end - 1]?.after ?? '')) {
      const next = firstNameRun(tokens, end, Math.min(tokens.length, end + 7), nameLike);
      // (set off by a second comma, or a name a reader can tell: not "…، تستهدف تعزيز العلاقات.")
      const apposed = next !== null && /[،,]/.test(tokens[next.to - 1]!.after);
      if (next && next.from === end && (cued(next) || (!name && apposed))) name = next;
    }
    // "ويهنئه بمنصبه", "بتسلمه مهامه": a word that carries a preposition or و and a pronoun is a verb or a noun's, not a name.
    // ("لبحث التهدئة", "لكرة القدم": nor, alone, one whose first word carries a preposition: a purpose or a genitive)
    if (
      name &&
      !cued(name) &&
      (PRONOUN_CARRIER.test(tokens[name.from]!.text) || CLINGING_PREPOSITION.test(tokens[name.from]!.text))
    )
      name = null;
    // (not over a day: "والتقى وزير الخارجية الإيراني اليوم رئيس الوزراء العراقي" names two people)
    if (
      !name &&
      end < tokens.length &&
      isTitleWord(tokens[end]!) &&
      !/[،,.:؛]/.test(tokens[end - 1]!.after) &&
      !tokens.slice(i, end).some((t) => dated.has(t.start))
    )
      carried = { from: i, to: end };
    if (name && !cued(name) && nounAndGenitive(tokens, name)) name = null;
    if (name) name = familyNameAlone(tokens, name, registry) ?? name;
    if (name) {
      add(i, name, tokens.slice(i, name.from));
      // "وزيرا الخارجية الروسي سيرغي لافروف والأمريكي جون كيري": و, another country's adjective, another holder of the title.
      const other = tokens[name.to];
      if (other && other.key.startsWith('و') && isCountryAdjective(other)) {
        const second = firstNameRun(tokens, name.to + 1, Math.min(tokens.length, name.to + 6), nameLike, nisbaSurname);
        if (second && second.from === name.to + 1) add(i, second, [...tokens.slice(i, name.from - 1), other]);
        if (second) i = second.to - 1;
      }
      continue;
    }
    // "الوزير المقداد سيحضر": a definite title and a surname alone, before a verb, a preposition or a comma.
    const lone = tokens[i + 1];
    // ("الملك سلمان": a sovereign by the given name alone; "البابا تواضروس", a pope by the name he took, not a noun in ة)
    const sovereign =
      SOVEREIGN_TITLES.has(tokens[i]!.key) &&
      (lone?.given === GIVEN || (tokens[i]!.key === 'بابا' && lone !== undefined && !/[ةه]$/.test(lone.text)));
    if (
      lone &&
      WITH_ARTICLE.test(tokens[i]!.text) &&
      (/^ال/.test(lone.text) || sovereign) &&
      nameLike(lone) &&
      !registry.lookup(lone.key) &&
      (i + 2 >= tokens.length ||
        /[،,.:؛]/.test(lone.after) ||
        isVerb(tokens[i + 2]!) ||
        // "الرئيس السيسي ونظيره الفرنسي", "الوزير شكري ووزير الخارجية الأردني": و and a title open the next person.
        (tokens[i + 2]!.key.startsWith('و') && isTitleWord(tokens[i + 2]!)) ||
        PREPOSITIONS.has(tokens[i + 2]!.key) ||
        dated.has(tokens[i + 2]!.start))
    ) {
      add(i, { from: i + 1, to: i + 2 }, [tokens[i]!]);
      // (a headline's "الرئيس الأسد" is بشار الأسد once the story names him in full)
      registry.awaitFullName(lone.key, people.at(-1)!);
      continue;
    }
    // "ثم ينتقل وزير الخارجية إلى …": a title alone (one or two words, then a boundary) is who last had it.
    const boundary = (k: number) =>
      k >= tokens.length ||
      isVerb(tokens[k]!) ||
      PREPOSITIONS.has(tokens[k]!.key) ||
      PRONOUN_CARRIER.test(tokens[k]!.text) ||
      PHRASE_ENDS.has(tokens[k]!.key) ||
      dated.has(tokens[k]!.start) ||
      // "الوزير القطري بكل من …": a preposition clinging to a word that opens no name (not "الأمين العام لمنظمة
      // التعاون الإسلامي": an organisation's name says whose title it is)
      (CLINGING_PREPOSITION.test(tokens[k]!.text) &&
        givenCueAt(tokens, k) === NOT_GIVEN &&
        tokens[k]!.nameSpan === 0) ||
      /[،,.:؛]/.test(tokens[k - 1]!.after);
    const words = boundary(i + 1) ? 1 : boundary(i + 2) ? 2 : 0;
    const titleKey = tokens[i]!.stems.find((stem) => ARABIC_TITLES.has(stem))!;
    const holder =
      words > 0 && findKnown
        ? registry.withTitle(words === 2 ? `${titleKey} ${tokens[i + 1]!.key}` : titleKey)
        : undefined;
    if (holder) {
      people.push(personMention(holder, tokens[i]!.start));
      continue;
    }
    // "أحمد أبو الغيط الأمين العام": the name right before a title that may follow it, when it opens with a given name.
    // (للمبعوث, "of the envoy", is a genitive, not a name's title.)
    // ("سامح شكري، وزير الخارجية،": after a comma too, when a given name opens it.)
    if (!ARABIC_TITLES_AFTER_NAME.has(tokens[i]!.key) || /[.:؛]/.test(tokens[i - 1]?.after ?? '')) continue;
    const before = nameRunEndingAt(tokens, i, nameLike);
    const apposed = /[،,]/.test(tokens[i - 1]?.after ?? '');
    if (before && !taken.has(before.from) && (apposed ? givenCueAt(tokens, before.from) === GIVEN : cued(before)))
      add(i, before, tokens.slice(i, end));
  }

  /** A word ending in ة (folded ه) or a quantifier: an adjective or a common noun, in no foreign name written in Arabic. */
  const NEVER_IN_FOREIGN_NAMES = /^(?:.{2,}[^و]ه|جميع|كل|كافه|بعض|عدد|مختلف|سائر|بلدان|سبل|قضايا|اطراف)$/;
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    // "اجتمع مع زلماي خليل زاد", "بحضور …", "إلى جانب …": a name right after such a word needs no title.
    const cue = ARABIC_NAME_CUES.has(tokens[i]!.key) && !taken.has(i + 1) && !/^ال/.test(tokens[i + 1]?.text ?? '');
    // "… سامح شكري وأيمن الصفدي": a given name opens a name anywhere (but "مطار رفيق الحريري" is a place).
    const given = !cue && givenCueAt(tokens, i) !== NOT_GIVEN && !ARABIC_NAMED_AFTER.has(tokens[i - 1]?.key ?? '');
    if (!cue && !given) continue;
    const from = cue ? i + 1 : i;
    const name = firstNameRun(tokens, from, Math.min(tokens.length, from + MAX_NAME_WORDS + 3), nameLike);
    if (!name || name.from !== from) continue;
    // After مع any name-like run is someone ("مع زلماي خليل زاد"); after the other cues, only one a reader can tell ("إلى جانب قضايا …" is not).
    if (cue && !WITH.has(tokens[i]!.key) && !cued(name)) continue;
    // (nor, after مع, words no name has: "مع مصر ثابتة وقوية", "مع جميع الأطراف")
    if (cue && !cued(name) && tokens.slice(name.from, name.to).some((t) => NEVER_IN_FOREIGN_NAMES.test(t.key)))
      continue;
    // A given name that is also a word (جان، حسن، أمل) opens a name only with another cue: a second given name, a joiner.
    if (given && givenCueAt(tokens, i) === AMBIGUOUS_GIVEN && !otherCue(tokens, name)) continue;
    // Someone already introduced ("مع خليل زاد") is found again below, with their full name.
    if (tokens.slice(name.from, name.to).some((t) => t.stems.some((stem) => registry.lookup(stem)))) continue;
    // (its title may run far back in nouns with their article: "وزير الشؤون الخارجية والجالية الوطنية بالخارج
    // والشؤون الإفريقية بالجمهورية الجزائرية الديمقراطية الشعبية أحمد عطاف"; a place in it is the title's)
    const titleFrom = cue ? from : longTitleBefore(tokens, from, taken, isTitleWord);
    add(titleFrom, name, tokens.slice(titleFrom, from));
    i = name.to - 1;
  }

  // People named earlier (or known to the calendar), found again by a surname or full name.
  for (let i = 0; i < tokens.length && findKnown; i++) {
    if (taken.has(i)) continue;
    for (const stem of tokens[i]!.stems) {
      const pair = i + 1 < tokens.length && registry.opensPair(stem) ? `${stem} ${tokens[i + 1]!.key}` : '';
      const person = (pair && registry.lookup(pair)) || registry.lookup(stem);
      if (person && person.kind === 'person') {
        people.push(personMention(person, tokens[i]!.start, null));
        break;
      }
    }
  }
  // "أكد رئيس الوزراء محمد اشتية …": the person right after the clause's verb is its subject;
  // "جاء ذلك لدى استقباله …" in the clauses after is their meeting.
  const opener = people[0];
  if (
    opener &&
    opener.titleStart !== undefined &&
    tokens.length > 0 &&
    opener.titleStart <= tokens[Math.min(1, tokens.length - 1)]!.start
  )
    registry.subject = opener;
  const subject = registry.subject;
  if (
    findKnown &&
    subject &&
    subject !== opener &&
    !people.some((p) => p.nameAr === subject.nameAr) &&
    tokens.some((t) => OWN_MEETING.has(t.key))
  )
    people.push(personMention(subject, tokens[0]!.start, null));
  return people;
}

/** A meeting word with "his" or "her" (لدى استقباله، خلال لقائها): the meeting of the clause's subject, named before. */
const OWN_MEETING = new Set(
  ['استقباله', 'استقبالها', 'لقائه', 'لقائها', 'اجتماعه', 'اجتماعها', 'مباحثاته', 'مباحثاتها'].flatMap((word) =>
    [word, `ل${word}`, `و${word}`, `خلال${word}`].map((w) => w.replace(/ئ/g, 'ي').replace(/ة/g, 'ه')),
  ),
);

/** Words that open another clause: a title's phrase ends before them ("الرئيس الأسد أن الشعب …"). */
const PHRASE_ENDS = new Set([
  'ان',
  'انه',
  'انها',
  'الذي',
  'التي',
  'حيث',
  'حتي',
  'لكن',
  'بينما',
  'فيما',
  // (of time: "ويرجح أن يحضر الأمين العام أثناء وجوده في قطر …")
  'اثناء',
  'عقب',
  'اثر',
  'منذ',
  'قبيل',
]);
