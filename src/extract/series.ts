/**
 * A series of meetings told as such before its meetings are ("عقد بوريطة سلسلة من المباحثات مع
 * عدد من نظرائه … تباحث مع … ثم مع …", "أجرى عطاف سلسلة من اللقاءات الثنائية"): some of a kind,
 * told for the first time, and the frame of the meetings told one by one after it.
 */
import type { Token } from './clauses.js';
import { BA_TITLE } from './guests.js';
import { participantKey, personKeys, type ClauseRecord, type Found, type Mention } from './mentions.js';

/** Words of a number of things (folded), before من and a plural: "سلسلة من", "عددا من", "جملة من" (not "جولة من المحادثات", one round). */
const SOME_OF = new Set(['سلسله', 'عدد', 'عددا', 'جمله', 'مجموعه', 'العديد']);

/** The meeting word at `index` is some of a kind: "سلسلة من اللقاءات", "عددا من الاجتماعات". */
export function someOf(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.key === 'من' && SOME_OF.has(tokens[index - 2]?.key ?? '');
}

/** A preposition that brings in a meeting's guest: مع, "with", ب clinging to a title (guests.ts BA_TITLE). */
const GUEST_BROUGHT_IN = new RegExp(String.raw`(?:^|\s)(?:مع|with)\s|(?:^|\s)${BA_TITLE}`);
/** How many clauses after its frame the first of the meetings it frames is told. */
const FRAME_REACH = 3;

/**
 * Folds the frames among the meetings found into the meetings they frame: a series whose
 * meetings are told one by one in the clauses right after it is none of its own, and who holds
 * them, it names, takes part in each (added to each meeting's people here). Returns the frames.
 * A meeting told after it is one of its own when it names someone of the series, or only the guests
 * its مع or "with" brings in ("تباحث رئيس الدبلوماسية المغربية مع …"): not "وفي سياق آخر، التقى ترامب بزيلينسكي".
 */
export function foldFrames(found: readonly Found[], clauses: readonly ClauseRecord[]): Set<Found> {
  const isFrame = (m: Mention) => {
    const tokens = clauses[m.clause]?.clause.tokens ?? [];
    const at = m.spans ? tokens.findIndex((t) => t.start === m.spans!.trigger.start) : -1;
    return at >= 0 && someOf(tokens, at);
  };
  const frames = new Set<Found>();
  for (const frame of found) {
    const own = frame.mentions.filter(isFrame);
    if (own.length === 0) continue;
    // (someone it took in, told with no day of their own, keeps it: "ليعقد سلسلة من اللقاءات … التقى النفطي بـ…")
    const named = personKeys(own.flatMap((m) => m.participants));
    const taken = frame.participants.concat(
      frame.mentions.filter((m) => !own.includes(m)).flatMap((m) => m.participants),
    );
    if ([...personKeys(taken)].some((key) => !named.has(key))) continue;
    const at = own[0]!.clause;
    const ofTheSeries = (m: Mention) => {
      const persons = m.participants.filter((p) => p.kind === 'person');
      if (persons.some((p) => named.has(participantKey(p)))) return true;
      const record = clauses[m.clause];
      const first = persons.at(0);
      if (!record || !first || !m.spans) return false;
      const { text, start } = record.clause;
      return GUEST_BROUGHT_IN.test(text.slice(m.spans.trigger.end - start, first.start - start));
    };
    const legs = found.filter(
      (other) =>
        other !== frame && other.mentions.some((m) => m.clause > at && m.clause <= at + FRAME_REACH && ofTheSeries(m)),
    );
    if (legs.length === 0) continue;
    const hosts = own.flatMap((m) => m.participants).filter((p) => p.kind === 'person');
    for (const leg of legs) leg.participants.push(...hosts);
    frames.add(frame);
  }
  return frames;
}
