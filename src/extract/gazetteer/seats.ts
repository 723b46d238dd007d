/**
 * Seats of government the press names instead of their city: a palace, a residence, a
 * ministry ("في قصر بعبدا", "at the Grand Serail", "بقصر الاتحادية"). A meeting there is a
 * meeting in that city. Only seats that stand for a head of state, a government, a speaker
 * or a foreign ministry, as the region's press uses them; the city must be in the gazetteer.
 */
export const SEATS_OF_GOVERNMENT: Readonly<Record<string, readonly string[]>> = {
  // Lebanon: the Speaker's residence, the Prime Minister's Serail, the Foreign Ministry.
  Beirut: ['عين التينة', 'Ain al-Tineh', 'Ain el-Tineh', 'السراي الحكومي', 'السرايا الحكومية', 'Grand Serail', 'قصر بسترس', 'Bustros Palace'],
  // Syria: the presidential palaces.
  Damascus: ['قصر الشعب', 'قصر المهاجرين'],
  // Egypt: the presidential palaces.
  Cairo: ['قصر الاتحادية', 'Ittihadiya Palace', 'قصر القبة', 'قصر عابدين'],
  // Gulf rulers' palaces.
  'Abu Dhabi': ['قصر الوطن', 'Qasr Al Watan', 'قصر الشاطئ', 'Al Shati Palace', 'Qasr Al Shati'],
  Riyadh: ['قصر اليمامة', 'Al Yamamah Palace', 'قصر العوجا'],
  Muscat: ['قصر العلم', 'Al Alam Palace'],
  Kuwait: ['قصر بيان', 'Bayan Palace', 'قصر السيف', 'Seif Palace'],
  Amman: ['قصر الحسينية', 'Al Husseiniya Palace', 'الديوان الملكي الهاشمي'],
  Tunis: ['قصر قرطاج', 'Carthage Palace'],
  Algiers: ['قصر المرادية', 'El Mouradia Palace'],
  Baghdad: ['قصر السلام'],
  // Capitals known by their seat of power.
  Washington: ['البيت الأبيض', 'White House'],
  Moscow: ['الكرملين', 'Kremlin'],
  Paris: ['قصر الإليزيه', 'الإليزيه', 'Elysee Palace', 'Élysée Palace'],
  London: ['داونينغ ستريت', 'Downing Street'],
};
