/**
 * A state's other names, beside the ones Intl.DisplayNames gives it in each script: the press's
 * short ones ("Turkey", "بريطانيا") and the official long forms protocol news writes out.
 */

/** Short names the press uses for countries whose official name Intl gives. */
const PRESS_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['الولايات المتحدة الأميركية', 'الولايات المتحدة الأمريكية', 'أمريكا', 'أميركا', 'USA', 'U.S.', 'US', 'America'],
  GB: ['بريطانيا', 'Britain', 'UK', 'U.K.'],
  SA: ['السعودية', 'Saudi'],
  AE: ['الإمارات', 'UAE'],
  PS: ['فلسطين', 'Palestine'],
  SY: ['سورية'],
  RU: ['Russian Federation'],
  TR: ['Türkiye', 'تركية', 'Turkey'],
  // Intl's names that the press does not use ("Czechia", "Congo - Kinshasa", "Bosnia & Herzegovina"), or not alone
  BY: ['بيلاروسيا', 'روسيا البيضاء'],
  CZ: ['Czech Republic', 'جمهورية التشيك'],
  CI: ['Ivory Coast', "Cote d'Ivoire", 'كوت ديفوار'],
  CD: ['DR Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'الكونغو الديمقراطية'],
  CG: ['Republic of the Congo'],
  SZ: ['Swaziland', 'سوازيلاند'],
  BA: ['Bosnia and Herzegovina', 'Bosnia', 'البوسنة'],
  TT: ['Trinidad and Tobago'],
  AG: ['Antigua and Barbuda'],
  MM: ['Myanmar', 'Burma', 'ميانمار'],
  TL: ['East Timor'],
  MV: ['المالديف'],
  CV: ['Cabo Verde'],
};

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

/**
 * The name a state is shown by where Intl's is not the one news and diplomacy use: Palestine, as
 * the Arab press and the UN's observer state name it ("الأراضي الفلسطينية" is where, not who);
 * "and" written out, not "&"; no bracket or city in the name ("Myanmar (Burma)", "Congo - Kinshasa").
 * Intl's name stays one the country is found by.
 */
export const DISPLAY_NAMES: Readonly<Record<string, { name: string; nameAr?: string }>> = {
  PS: { name: 'Palestine', nameAr: 'فلسطين' },
  // (the party is the Holy See; the city-state stays the place, Vatican City)
  VA: { name: 'Holy See', nameAr: 'الكرسي الرسولي' },
  CD: { name: 'Democratic Republic of the Congo', nameAr: 'جمهورية الكونغو الديمقراطية' },
  CG: { name: 'Republic of the Congo', nameAr: 'جمهورية الكونغو' },
  MM: { name: 'Myanmar', nameAr: 'ميانمار' },
  BA: { name: 'Bosnia and Herzegovina' },
  TT: { name: 'Trinidad and Tobago' },
  AG: { name: 'Antigua and Barbuda' },
  KN: { name: 'Saint Kitts and Nevis' },
  VC: { name: 'Saint Vincent and the Grenadines' },
  ST: { name: 'São Tomé and Príncipe' },
};

/** A country's other names: the press's short ones and its official long forms. */
export function aliasesOf(code: string): string[] {
  return [...(PRESS_NAMES[code] ?? []), ...(OFFICIAL_NAMES[code] ?? [])];
}
