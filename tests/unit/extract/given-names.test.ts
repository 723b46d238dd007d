import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/names/normalize.js';
import {
  arabicGivenName,
  givenName,
  givenNameCounts,
  isAmbiguousGivenName,
  isGivenName,
  isUnambiguousGivenName,
  latinGivenName,
} from '../../../src/extract/people/given-names.js';
import { cyrillicToArabic, cyrillicToLatin } from '../../../src/extract/people/cyrillic.js';
import data from '../../../src/extract/people/given-names.json' with { type: 'json' };
import { faker } from '@faker-js/faker/locale/ar';

const key = (name: string) => nameKey(name);

describe('given names', () => {
  it('holds thousands of names in each script', () => {
    const counts = givenNameCounts();
    expect(counts.arabic).toBeGreaterThan(3000);
    expect(counts.latin).toBeGreaterThan(10000);
  });

  it.each(['محمد', 'أحمد', 'فيصل', 'سامح', 'أيمن', 'نجيب', 'فؤاد', 'فاطمة', 'مريم', 'نجلاء', 'زينب', 'بسام'])(
    'knows the Arabic name %s, and not as an everyday word',
    (name) => {
      expect(isGivenName(key(name))).toBe(true);
      expect(isUnambiguousGivenName(key(name))).toBe(true);
    },
  );

  it('knows a compound name spelled apart and run together, with or without hamza and ة', () => {
    for (const name of [
      'عبد الله',
      'عبدالله',
      'عبد العزيز',
      'عبدالعزيز',
      'عبد الرازق',
      'عبد الفتاح',
      'نور الدين',
      'عز الدين',
      'فاطمه',
      'اسامة',
      'أسامه',
    ]) {
      expect(isGivenName(key(name)), name).toBe(true);
    }
    expect(givenName(key('عبد الله'))).toMatchObject({ script: 'arabic', other: 'Abdullah', ambiguous: false });
  });

  it('knows foreign names as the Arabic press spells them, with its variants', () => {
    for (const name of [
      'جيمس',
      'جون',
      'سيرغي',
      'سيرجي',
      'أنطونيو',
      'إيمانويل',
      'أنتوني',
      'كمالا',
      'كامالا',
      'فلاديمير',
      'ميخائيل',
      'دميتري',
      'أولاف',
      'غير',
      'ستافان',
      'هانس',
      'يوآف',
      'رجب',
      'جوزيب',
      'خوسيه',
      'فولوديمير',
      'أنغيلا',
      'أنجيلا',
      'ڤلاديمير',
    ]) {
      expect(isGivenName(key(name)), name).toBe(true);
    }
    expect(latinGivenName(key('جيمس'))).toBe('James');
    expect(latinGivenName(key('سيرجي'))).toBe('Sergei');
  });

  it('gives the Arabic spelling of a Latin name and the Latin spelling of an Arabic one', () => {
    expect(arabicGivenName(key('James'))).toBe('جيمس');
    expect(arabicGivenName(key('Sergey'))).toBe('سيرغي');
    expect(arabicGivenName(key('Geir'))).toBe('غير');
    expect(arabicGivenName(key('Mohamed'))).toBe('محمد');
    expect(latinGivenName(key('محمد'))).toBe('Mohammed');
    expect(latinGivenName(key('فيصل'))).toBe('Faisal');
    expect(latinGivenName(key('سامح'))).toBe('Sameh');
    // A key of the other script has no such spelling.
    expect(arabicGivenName(key('محمد'))).toBeNull();
    expect(latinGivenName(key('James'))).toBeNull();
  });

  it.each([
    'James',
    'John',
    'Sergei',
    'Antonio',
    'Emmanuel',
    'Ayman',
    'Sameh',
    'Faisal',
    'Mohammed',
    'Abdullah',
    'Fuad',
    'Jean-Yves',
    'Volodymyr',
  ])('knows the Latin name %s', (name) => {
    expect(givenName(key(name))).toMatchObject({ script: 'latin', ambiguous: false });
  });

  it.each([
    'وزير',
    'الخارجية',
    'اجتماع',
    'الرئيس',
    'مباحثات',
    'التعاون',
    'الأزمة',
    'الملف',
    'سوريا',
    'القرار',
    'العلاقات',
    'المفاوضات',
    'الوفد',
    'الثنائية',
    'الإرهاب',
    'Minister',
    'Foreign',
    'Talks',
    'Syria',
    'The',
    'Resolution',
  ])('does not take %s for a name', (word) => {
    expect(isGivenName(key(word))).toBe(false);
  });

  it.each([
    ['أمل', 'hope'],
    ['سلام', 'peace'],
    ['السلام', 'the peace'],
    ['نور', 'light'],
    ['عادل', 'just'],
    ['كريم', 'generous'],
    ['جميل', 'beautiful'],
    ['سعيد', 'happy'],
    ['فريد', 'unique'],
    ['حسن', 'good'],
    ['الأمين', 'the secretary(-general)'],
    ['غير', 'other, non-'],
    ['على', 'on (folds as علي)'],
    ['جمعة', 'Friday'],
    ['الخميس', 'Thursday'],
    ['رمضان', 'a month'],
    ['أمير', 'emir'],
    ['سلطان', 'sultan'],
    ['بيان', 'statement'],
    ['لقاء', 'meeting'],
    ['تركي', 'Turkish'],
    ['هند', 'India, as الهند folds'],
    ['جو', 'air'],
    ['Will', 'a verb'],
    ['May', 'a month'],
    ['Said', 'a verb'],
    ['Mark', 'a noun'],
    ['Grace', 'a noun'],
  ])('keeps %s (%s) as a name, marked ambiguous', (word) => {
    expect(isGivenName(key(word))).toBe(true);
    expect(isAmbiguousGivenName(key(word))).toBe(true);
    expect(isUnambiguousGivenName(key(word))).toBe(false);
  });

  it("holds every Arabic name of faker's ar locale, the source the devDependency pins (a newer faker means a new build)", () => {
    const names = Object.values(faker.rawDefinitions.person?.first_name ?? {}).flat();
    expect(names.length).toBeGreaterThan(300);
    expect(names.filter((name) => !isGivenName(key(name)))).toEqual([]);
  });

  it('stores only folded keys, and spellings and ambiguity only for names it has', () => {
    const all = new Set([...data.arabic, ...data.latin]);
    // A name that begins with أل/إل (ألبرت) keeps it; folded again it would lose it as an article.
    for (const name of all) if (!name.startsWith('ال')) expect(nameKey(name)).toBe(name);
    expect(isGivenName(key('ألبرت')) && isGivenName(key('البرت'))).toBe(true);
    for (const name of data.ambiguous) expect(all.has(name)).toBe(true);
    for (const name of Object.keys(data.other)) expect(all.has(name)).toBe(true);
    // A key's first letter says which script's names to look it up in.
    for (const name of data.arabic) expect(name).toMatch(/^[\u0600-\u06FF][\u0600-\u06FF ]*$/);
    for (const name of data.latin) expect(name).toMatch(/^[a-z\u00C0-\u024F][^\u0600-\u06FF]*$/);
  });
});

describe('Russian and Ukrainian names read off Cyrillic', () => {
  it.each([
    ['Сергей', 'سيرغي', 'sergey'],
    ['Владимир', 'فلاديمير', 'vladimir'],
    ['Дмитрий', 'دميتري', 'dmitry'],
    ['Михаил', 'ميخائيل', 'mikhail'],
    ['Николай', 'نيكولاي', 'nikolay'],
    ['Игорь', 'إيغور', 'igor'],
    ['Олег', 'أوليغ', 'oleg'],
    ['Мария', 'ماريا', 'maria'],
    ['Юрий', 'يوري', 'yury'],
  ])('%s is %s and %s first', (name, arabic, latin) => {
    expect(cyrillicToArabic(name)[0]).toBe(arabic);
    expect(cyrillicToLatin(name)[0]).toBe(latin);
  });

  it('gives every habit of the press: غ and ج for г, ي and يه for -ей, y and i for й', () => {
    expect(cyrillicToArabic('Сергей')).toEqual(['سيرغي', 'سيرغيه', 'سيرجي', 'سيرجيه']);
    expect(cyrillicToArabic('Андрей')).toContain('أندريه');
    expect(cyrillicToLatin('Сергей')).toEqual(['sergey', 'sergei']);
    expect(cyrillicToLatin('Евгений')).toEqual(expect.arrayContaining(['yevgeny', 'evgeny']));
  });

  it('reads Ukrainian as Ukrainian: и is y, г is h, -ій is i', () => {
    expect(cyrillicToLatin('Володимир', 'uk')).toEqual(['volodymyr']);
    expect(cyrillicToArabic('Володимир', 'uk')).toEqual(['فولوديمير']);
    expect(cyrillicToArabic('Андрій', 'uk')).toEqual(['أندري']);
    expect(cyrillicToLatin('Григорій', 'uk')[0]).toBe('hryhoriy');
  });
});
