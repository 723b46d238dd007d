/** Parties to talks that news names as the ones meeting (people/ reads them as participants): name, Arabic name, aliases. */
// prettier-ignore
export const PARTIES: readonly [string, string, string[]][] = [
  ['United Nations Support Mission in Libya', 'بعثة الأمم المتحدة للدعم في ليبيا', ['UNSMIL', 'البعثة الأممية في ليبيا']],
  ['5+5 Joint Military Commission', 'اللجنة العسكرية المشتركة 5+5', ['اللجنة العسكرية المشتركة', 'لجنة 5+5', 'Joint Military Commission']],
  ['Libyan Political Dialogue Forum', 'ملتقى الحوار السياسي الليبي', ['LPDF', 'ملتقى الحوار الليبي']],
  ['Kurdistan Democratic Party', 'الحزب الديمقراطي الكوردستاني', ['الحزب الديمقراطي الكردستاني', 'KDP']],
  ['Patriotic Union of Kurdistan', 'الاتحاد الوطني الكوردستاني', ['الاتحاد الوطني الكردستاني', 'PUK']],
  ['Kurdistan Regional Government', 'حكومة إقليم كردستان', ['حكومة إقليم كوردستان', 'KRG']],
  ['Hamas', 'حماس', ['حركة حماس']],
  ['Houthis', 'الحوثيون', ['الحوثيين', 'جماعة الحوثي', 'أنصار الله', 'Huthis', 'Ansar Allah', 'Houthi rebels']],
  ['Commonwealth of Nations', 'الكومنولث', ['Commonwealth']],
];
