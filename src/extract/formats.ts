/**
 * Diplomatic formats named for their members: "the Normandy Quartet" is France, Germany, Russia
 * and Ukraine; "the Astana guarantors" Russia, Turkey and Iran. A meeting of the format has them
 * take part, as the article would have said had it listed them.
 */
import { gazetteer } from './gazetteer/index.js';
import { countryParticipant, type ParticipantMention } from './mentions.js';

/** Each format's names (as the text writes them) and its members' ISO codes. */
const FORMATS: readonly { names: RegExp; members: readonly string[] }[] = [
  {
    names:
      /\bNormandy\s+(?:format|four|quartet)\b|["“]Normandy\s+(?:Quartet|Four)["”]|رباعية\s+(?:ال)?نورماندي|صيغة\s+(?:ال)?نورماندي/i,
    members: ['FR', 'DE', 'RU', 'UA'],
  },
  {
    names:
      /\bAstana\s+(?:format|guarantors|trio)\b|\bguarantors?\s+of\s+the\s+Astana\b|(?:الدول\s+)?الضامنة\s+(?:ل)?(?:مسار|محادثات|عملية)\s+(?:ال)?أستانا|ثلاثي\s+أستانا/i,
    members: ['RU', 'TR', 'IR'],
  },
  {
    names: /\bP5\s*\+\s*1\b|\bE3\s*\+\s*3\b|مجموعة\s+(?:ال)?(?:5|خمسة|خمس)\s*\+\s*(?:1|واحد)/i,
    members: ['US', 'RU', 'CN', 'GB', 'FR', 'DE'],
  },
];

/** A word every name above holds (P5, E3 and مجموعة for the third): a clause without one names no format. */
const ANY_FORMAT_WORD = /normandy|نورماندي|astana|أستانا|P5|E3|مجموعة/i;

/** The member countries of the formats a clause's text names, each a participant at the format's name. */
export function formatMembers(text: string, clauseStart: number): ParticipantMention[] {
  const members: ParticipantMention[] = [];
  // Every clause is asked: one pass for the words each format's name holds, not three.
  if (!ANY_FORMAT_WORD.test(text)) return members;
  for (const format of FORMATS) {
    const named = format.names.exec(text);
    if (!named) continue;
    for (const code of format.members) {
      const country = gazetteer().countries.get(code);
      if (country) members.push(countryParticipant(country, clauseStart + named.index));
    }
  }
  return members;
}
