/**
 * A series of meetings told as such before its meetings are ("عقد بوريطة سلسلة من المباحثات مع
 * عدد من نظرائه … تباحث مع … ثم مع …", "أجرى عطاف سلسلة من اللقاءات الثنائية"): some of a kind,
 * told for the first time, and the frame of the meetings told one by one after it.
 */
import type { Token } from './clauses.js';
import { personKeys, type ClauseRecord, type Found, type Mention } from './mentions.js';

/** Words of a number of things (folded), before من and a plural: "سلسلة من", "عددا من", "جملة من". */
const SOME_OF = new Set(['سلسله', 'عدد', 'عددا', 'جمله', 'مجموعه', 'العديد', 'جوله']);

/** The meeting word at `index` is some of a kind: "سلسلة من اللقاءات", "عددا من الاجتماعات". */
export function someOf(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.key === 'من' && SOME_OF.has(tokens[index - 2]?.key ?? '');
}

/** How many clauses after its frame the first of the meetings it frames is told. */
const FRAME_REACH = 3;

/**
 * The frames among the meetings found: a series whose meetings are told one by one in the
 * clauses right after it is none of its own; who holds them, it names, and they take part in
 * each (added to each meeting's people here).
 */
export function framesOfMeetings(found: readonly Found[], clauses: readonly ClauseRecord[]): Set<Found> {
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
    const legs = found.filter(
      (other) =>
        other !== frame &&
        other.mentions.some(
          (m) => m.clause > at && m.clause <= at + FRAME_REACH && m.participants.some((p) => p.kind === 'person'),
        ),
    );
    if (legs.length === 0) continue;
    const hosts = own.flatMap((m) => m.participants).filter((p) => p.kind === 'person');
    for (const leg of legs) leg.participants.push(...hosts);
    frames.add(frame);
  }
  return frames;
}
