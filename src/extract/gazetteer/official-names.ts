/**
 * Official long forms of states in their adjective, which protocol news writes out ("وفد المملكة
 * الأردنية الهاشمية", "the Tunisian Republic"), after the states' own names as the UN lists them.
 * A long form in a state word and the country's own name ("جمهورية مصر العربية", "Kingdom of
 * Bahrain") needs none: the state word reads it (STATE_WORDS).
 */
const OFFICIAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  JO: ['المملكة الأردنية الهاشمية'],
  LB: ['الجمهورية اللبنانية', 'Lebanese Republic'],
  YE: ['الجمهورية اليمنية'],
  TN: ['الجمهورية التونسية', 'Tunisian Republic'],
  DZ: ['الجمهورية الجزائرية', 'الجمهورية الجزائرية الديمقراطية الشعبية'],
  MA: ['المملكة المغربية'],
  MR: ['الجمهورية الإسلامية الموريتانية'],
  IR: ['الجمهورية الإسلامية الإيرانية'],
  KR: ['Republic of Korea', 'ROK'],
};

/** A country's other names: the press's short ones (`press`, by code) and its official long forms. */
export function aliasesOf(code: string, press: Readonly<Record<string, readonly string[]>>): string[] {
  return [...(press[code] ?? []), ...(OFFICIAL_NAMES[code] ?? [])];
}
