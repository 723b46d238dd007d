/**
 * Places CLDR does not name (it names one city per time zone), the press's own spellings, and
 * the capitals: what the news needs beside places.json. Zones are the IANA zone the city keeps
 * its clocks by; a town of a country with one zone takes that zone.
 */

export interface PlaceData {
  name: string;
  nameAr: string;
  zone: string;
  country: string | null;
  /** Other spellings, Latin and Arabic, as the press writes them. */
  aliases?: readonly string[];
  /**
   * The Arabic names are also ordinary words (العقبة "the obstacle", سرت "it spread"): they name
   * the place only where a place is expected (في العقبة، مدينة سرت), never bare.
   */
  commonWord?: true;
}

/** Cities, towns and seats the region's press reports meetings in. */
export const PLACE_SUPPLEMENT: readonly PlaceData[] = [
  // Capitals and seats of government whose zone is named after another city.
  { name: 'Washington', nameAr: 'واشنطن', zone: 'America/New_York', country: 'US', aliases: ['Washington DC', 'Washington D.C.', 'واشنطن العاصمة'] },
  { name: 'Ankara', nameAr: 'أنقرة', zone: 'Europe/Istanbul', country: 'TR' },
  { name: 'Abu Dhabi', nameAr: 'أبوظبي', zone: 'Asia/Dubai', country: 'AE', aliases: ['أبو ظبي', 'Abu Zabi'] },
  { name: "Sana'a", nameAr: 'صنعاء', zone: 'Asia/Aden', country: 'YE', aliases: ['Sanaa', 'Sana’a'] },
  { name: 'Rabat', nameAr: 'الرباط', zone: 'Africa/Casablanca', country: 'MA' },
  { name: 'Beijing', nameAr: 'بكين', zone: 'Asia/Shanghai', country: 'CN', aliases: ['Peking', 'بيجين', 'بيجينغ'] },
  { name: 'New Delhi', nameAr: 'نيودلهي', zone: 'Asia/Kolkata', country: 'IN', aliases: ['نيو دلهي', 'Delhi', 'دلهي'] },
  { name: 'Islamabad', nameAr: 'إسلام آباد', zone: 'Asia/Karachi', country: 'PK', aliases: ['اسلام اباد'] },
  { name: 'Ottawa', nameAr: 'أوتاوا', zone: 'America/Toronto', country: 'CA' },
  { name: 'Brasília', nameAr: 'برازيليا', zone: 'America/Sao_Paulo', country: 'BR', aliases: ['Brasilia'] },
  { name: 'Canberra', nameAr: 'كانبرا', zone: 'Australia/Sydney', country: 'AU' },
  { name: 'Abuja', nameAr: 'أبوجا', zone: 'Africa/Lagos', country: 'NG' },
  { name: 'Pretoria', nameAr: 'بريتوريا', zone: 'Africa/Johannesburg', country: 'ZA' },
  { name: 'Bern', nameAr: 'برن', zone: 'Europe/Zurich', country: 'CH', aliases: ['Berne'] },
  { name: 'Kathmandu', nameAr: 'كاتماندو', zone: 'Asia/Kathmandu', country: 'NP' },
  { name: 'Buenos Aires', nameAr: 'بوينس آيرس', zone: 'America/Argentina/Buenos_Aires', country: 'AR' },
  { name: 'Hanoi', nameAr: 'هانوي', zone: 'Asia/Bangkok', country: 'VN' },
  // One city, two names: the press wrote Nur-Sultan from 2019 to 2022; a meeting keeps the name it was reported under.
  { name: 'Astana', nameAr: 'أستانا', zone: 'Asia/Almaty', country: 'KZ', aliases: ['آستانة', 'أستانة'] },
  { name: 'Nur-Sultan', nameAr: 'نور سلطان', zone: 'Asia/Almaty', country: 'KZ', aliases: ['Nursultan', 'نورسلطان'] },

  // The Gulf.
  { name: 'Jeddah', nameAr: 'جدة', zone: 'Asia/Riyadh', country: 'SA', aliases: ['Jiddah', 'Jedda'] },
  { name: 'Mecca', nameAr: 'مكة المكرمة', zone: 'Asia/Riyadh', country: 'SA', aliases: ['Makkah', 'مكة'] },
  { name: 'Medina', nameAr: 'المدينة المنورة', zone: 'Asia/Riyadh', country: 'SA', aliases: ['Madinah', 'Al-Madinah'] },
  { name: 'Dammam', nameAr: 'الدمام', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Dhahran', nameAr: 'الظهران', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Khobar', nameAr: 'الخبر', zone: 'Asia/Riyadh', country: 'SA', aliases: ['Al Khobar', 'Al-Khobar'], commonWord: true },
  // Without its article, العلا is the given name علا.
  { name: 'AlUla', nameAr: 'العلا', zone: 'Asia/Riyadh', country: 'SA', aliases: ['Al-Ula', 'Al Ula', 'Alula'], commonWord: true },
  { name: 'Neom', nameAr: 'نيوم', zone: 'Asia/Riyadh', country: 'SA', aliases: ['NEOM'] },
  { name: 'Diriyah', nameAr: 'الدرعية', zone: 'Asia/Riyadh', country: 'SA', aliases: ["Dir'iyah"] },
  { name: 'Taif', nameAr: 'الطائف', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Tabuk', nameAr: 'تبوك', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Abha', nameAr: 'أبها', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Yanbu', nameAr: 'ينبع', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Jubail', nameAr: 'الجبيل', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Hafar Al-Batin', nameAr: 'حفر الباطن', zone: 'Asia/Riyadh', country: 'SA' },
  { name: 'Sharjah', nameAr: 'الشارقة', zone: 'Asia/Dubai', country: 'AE' },
  { name: 'Ajman', nameAr: 'عجمان', zone: 'Asia/Dubai', country: 'AE' },
  { name: 'Fujairah', nameAr: 'الفجيرة', zone: 'Asia/Dubai', country: 'AE' },
  { name: 'Ras Al Khaimah', nameAr: 'رأس الخيمة', zone: 'Asia/Dubai', country: 'AE' },
  { name: 'Al Ain', nameAr: 'العين', zone: 'Asia/Dubai', country: 'AE', commonWord: true },
  { name: 'Lusail', nameAr: 'لوسيل', zone: 'Asia/Qatar', country: 'QA' },
  { name: 'Sakhir', nameAr: 'الصخير', zone: 'Asia/Bahrain', country: 'BH' },
  { name: 'Muharraq', nameAr: 'المحرق', zone: 'Asia/Bahrain', country: 'BH' },
  { name: 'Salalah', nameAr: 'صلالة', zone: 'Asia/Muscat', country: 'OM' },
  { name: 'Sohar', nameAr: 'صحار', zone: 'Asia/Muscat', country: 'OM' },
  { name: 'Duqm', nameAr: 'الدقم', zone: 'Asia/Muscat', country: 'OM' },
  // Yemen.
  { name: 'Marib', nameAr: 'مأرب', zone: 'Asia/Aden', country: 'YE', aliases: ["Ma'rib"] },
  { name: 'Taiz', nameAr: 'تعز', zone: 'Asia/Aden', country: 'YE' },
  { name: 'Hodeidah', nameAr: 'الحديدة', zone: 'Asia/Aden', country: 'YE', aliases: ['Hudaydah'] },
  { name: 'Mukalla', nameAr: 'المكلا', zone: 'Asia/Aden', country: 'YE' },

  // Iraq.
  { name: 'Erbil', nameAr: 'أربيل', zone: 'Asia/Baghdad', country: 'IQ', aliases: ['Irbil', 'Arbil', 'Hewler', 'هولير'] },
  { name: 'Sulaymaniyah', nameAr: 'السليمانية', zone: 'Asia/Baghdad', country: 'IQ', aliases: ['Sulaimaniyah', 'Sulaimaniya', 'Suleimaniyah', 'Slemani'] },
  { name: 'Basra', nameAr: 'البصرة', zone: 'Asia/Baghdad', country: 'IQ', aliases: ['Basrah'] },
  { name: 'Mosul', nameAr: 'الموصل', zone: 'Asia/Baghdad', country: 'IQ' },
  { name: 'Najaf', nameAr: 'النجف', zone: 'Asia/Baghdad', country: 'IQ', aliases: ['النجف الأشرف'] },
  { name: 'Karbala', nameAr: 'كربلاء', zone: 'Asia/Baghdad', country: 'IQ' },
  { name: 'Kirkuk', nameAr: 'كركوك', zone: 'Asia/Baghdad', country: 'IQ' },
  { name: 'Duhok', nameAr: 'دهوك', zone: 'Asia/Baghdad', country: 'IQ', aliases: ['Dohuk'] },
  { name: 'Ramadi', nameAr: 'الرمادي', zone: 'Asia/Baghdad', country: 'IQ' },
  { name: 'Fallujah', nameAr: 'الفلوجة', zone: 'Asia/Baghdad', country: 'IQ' },

  // Syria.
  { name: 'Aleppo', nameAr: 'حلب', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Homs', nameAr: 'حمص', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Hama', nameAr: 'حماة', zone: 'Asia/Damascus', country: 'SY', commonWord: true },
  { name: 'Latakia', nameAr: 'اللاذقية', zone: 'Asia/Damascus', country: 'SY', aliases: ['Lattakia'] },
  { name: 'Tartus', nameAr: 'طرطوس', zone: 'Asia/Damascus', country: 'SY', aliases: ['Tartous'] },
  { name: 'Idlib', nameAr: 'إدلب', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Deir ez-Zor', nameAr: 'دير الزور', zone: 'Asia/Damascus', country: 'SY', aliases: ['Deir ez-Zour', 'Deir al-Zor'] },
  { name: 'Daraa', nameAr: 'درعا', zone: 'Asia/Damascus', country: 'SY', aliases: ["Dara'a"] },
  { name: 'Raqqa', nameAr: 'الرقة', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Qamishli', nameAr: 'القامشلي', zone: 'Asia/Damascus', country: 'SY' },
  { name: 'Sweida', nameAr: 'السويداء', zone: 'Asia/Damascus', country: 'SY', aliases: ['Suwayda'] },
  { name: 'Hasakah', nameAr: 'الحسكة', zone: 'Asia/Damascus', country: 'SY', aliases: ['Hasaka'] },

  // Lebanon: towns that are seats in their own right (the presidency, the patriarchate, party seats).
  { name: 'Baabda', nameAr: 'بعبدا', zone: 'Asia/Beirut', country: 'LB' },
  { name: 'Bkerke', nameAr: 'بكركي', zone: 'Asia/Beirut', country: 'LB' },
  { name: 'Dimane', nameAr: 'الديمان', zone: 'Asia/Beirut', country: 'LB' },
  { name: 'Maarab', nameAr: 'معراب', zone: 'Asia/Beirut', country: 'LB', aliases: ['Meerab'] },
  { name: 'Mukhtara', nameAr: 'المختارة', zone: 'Asia/Beirut', country: 'LB', commonWord: true },
  { name: 'Naqoura', nameAr: 'الناقورة', zone: 'Asia/Beirut', country: 'LB', aliases: ['Naqura'] },
  { name: 'Jounieh', nameAr: 'جونية', zone: 'Asia/Beirut', country: 'LB' },
  { name: 'Sidon', nameAr: 'صيدا', zone: 'Asia/Beirut', country: 'LB', aliases: ['Saida'] },
  { name: 'Tyre', nameAr: 'صور', zone: 'Asia/Beirut', country: 'LB', commonWord: true },
  { name: 'Zahle', nameAr: 'زحلة', zone: 'Asia/Beirut', country: 'LB' },
  { name: 'Antelias', nameAr: 'أنطلياس', zone: 'Asia/Beirut', country: 'LB' },

  // Jordan, Palestine, Israel.
  { name: 'Aqaba', nameAr: 'العقبة', zone: 'Asia/Amman', country: 'JO', commonWord: true },
  { name: 'Dead Sea', nameAr: 'البحر الميت', zone: 'Asia/Amman', country: 'JO' },
  { name: 'Irbid', nameAr: 'إربد', zone: 'Asia/Amman', country: 'JO' },
  { name: 'Ramallah', nameAr: 'رام الله', zone: 'Asia/Hebron', country: 'PS' },
  { name: 'Nablus', nameAr: 'نابلس', zone: 'Asia/Hebron', country: 'PS' },
  { name: 'Bethlehem', nameAr: 'بيت لحم', zone: 'Asia/Hebron', country: 'PS' },
  { name: 'Jericho', nameAr: 'أريحا', zone: 'Asia/Hebron', country: 'PS' },
  { name: 'Rafah', nameAr: 'رفح', zone: 'Asia/Gaza', country: 'PS' },
  { name: 'Tel Aviv', nameAr: 'تل أبيب', zone: 'Asia/Jerusalem', country: 'IL' },

  // Egypt and Sudan.
  { name: 'Alexandria', nameAr: 'الإسكندرية', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Sharm el-Sheikh', nameAr: 'شرم الشيخ', zone: 'Africa/Cairo', country: 'EG', aliases: ['Sharm El-Sheikh', 'Sharm al-Sheikh', 'Sharm'] },
  { name: 'New Alamein', nameAr: 'العلمين الجديدة', zone: 'Africa/Cairo', country: 'EG', aliases: ['New El Alamein', 'New El-Alamein', 'New Alamein City', 'مدينة العلمين الجديدة'] },
  { name: 'El Alamein', nameAr: 'العلمين', zone: 'Africa/Cairo', country: 'EG', aliases: ['El-Alamein', 'Alamein'] },
  { name: 'New Administrative Capital', nameAr: 'العاصمة الإدارية الجديدة', zone: 'Africa/Cairo', country: 'EG', aliases: ['العاصمة الإدارية'] },
  { name: 'Giza', nameAr: 'الجيزة', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Hurghada', nameAr: 'الغردقة', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Luxor', nameAr: 'الأقصر', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Aswan', nameAr: 'أسوان', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Ismailia', nameAr: 'الإسماعيلية', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Port Said', nameAr: 'بورسعيد', zone: 'Africa/Cairo', country: 'EG', aliases: ['بور سعيد'] },
  { name: 'El Arish', nameAr: 'العريش', zone: 'Africa/Cairo', country: 'EG', aliases: ['Al-Arish'] },
  { name: 'Ain Sokhna', nameAr: 'العين السخنة', zone: 'Africa/Cairo', country: 'EG', aliases: ['El Sokhna'] },
  { name: 'Port Sudan', nameAr: 'بورتسودان', zone: 'Africa/Khartoum', country: 'SD', aliases: ['بور سودان'] },
  { name: 'Omdurman', nameAr: 'أم درمان', zone: 'Africa/Khartoum', country: 'SD' },

  // Libya and the Maghreb.
  { name: 'Benghazi', nameAr: 'بنغازي', zone: 'Africa/Tripoli', country: 'LY' },
  { name: 'Sirte', nameAr: 'سرت', zone: 'Africa/Tripoli', country: 'LY', aliases: ['Surt'], commonWord: true },
  { name: 'Misrata', nameAr: 'مصراتة', zone: 'Africa/Tripoli', country: 'LY', aliases: ['Misurata'] },
  { name: 'Tobruk', nameAr: 'طبرق', zone: 'Africa/Tripoli', country: 'LY' },
  { name: 'Ghadames', nameAr: 'غدامس', zone: 'Africa/Tripoli', country: 'LY' },
  { name: 'Sabha', nameAr: 'سبها', zone: 'Africa/Tripoli', country: 'LY', aliases: ['Sebha'] },
  { name: 'Carthage', nameAr: 'قرطاج', zone: 'Africa/Tunis', country: 'TN' },
  { name: 'Sfax', nameAr: 'صفاقس', zone: 'Africa/Tunis', country: 'TN' },
  { name: 'Sousse', nameAr: 'سوسة', zone: 'Africa/Tunis', country: 'TN' },
  { name: 'Hammamet', nameAr: 'الحمامات', zone: 'Africa/Tunis', country: 'TN' },
  { name: 'Djerba', nameAr: 'جربة', zone: 'Africa/Tunis', country: 'TN', aliases: ['Jerba'] },
  { name: 'Oran', nameAr: 'وهران', zone: 'Africa/Algiers', country: 'DZ' },
  { name: 'Constantine', nameAr: 'قسنطينة', zone: 'Africa/Algiers', country: 'DZ' },
  { name: 'Annaba', nameAr: 'عنابة', zone: 'Africa/Algiers', country: 'DZ' },
  { name: 'Marrakech', nameAr: 'مراكش', zone: 'Africa/Casablanca', country: 'MA', aliases: ['Marrakesh'] },
  { name: 'Tangier', nameAr: 'طنجة', zone: 'Africa/Casablanca', country: 'MA', aliases: ['Tangiers', 'Tanger'] },
  { name: 'Fez', nameAr: 'فاس', zone: 'Africa/Casablanca', country: 'MA', aliases: ['Fes'] },
  { name: 'Agadir', nameAr: 'أكادير', zone: 'Africa/Casablanca', country: 'MA', aliases: ['أغادير'] },
  { name: 'Skhirat', nameAr: 'الصخيرات', zone: 'Africa/Casablanca', country: 'MA' },
  { name: 'Bouznika', nameAr: 'بوزنيقة', zone: 'Africa/Casablanca', country: 'MA' },
  { name: 'Ifrane', nameAr: 'إفران', zone: 'Africa/Casablanca', country: 'MA' },
  { name: 'Oujda', nameAr: 'وجدة', zone: 'Africa/Casablanca', country: 'MA' },
  { name: 'Nouadhibou', nameAr: 'نواذيبو', zone: 'Africa/Nouakchott', country: 'MR' },
  { name: 'Hargeisa', nameAr: 'هرجيسا', zone: 'Africa/Mogadishu', country: 'SO' },

  // Turkey, Iran, Russia and the Caucasus.
  { name: 'Antalya', nameAr: 'أنطاليا', zone: 'Europe/Istanbul', country: 'TR' },
  { name: 'Izmir', nameAr: 'إزمير', zone: 'Europe/Istanbul', country: 'TR' },
  { name: 'Gaziantep', nameAr: 'غازي عنتاب', zone: 'Europe/Istanbul', country: 'TR' },
  { name: 'Adana', nameAr: 'أضنة', zone: 'Europe/Istanbul', country: 'TR' },
  { name: 'Isfahan', nameAr: 'أصفهان', zone: 'Asia/Tehran', country: 'IR' },
  { name: 'Tabriz', nameAr: 'تبريز', zone: 'Asia/Tehran', country: 'IR' },
  { name: 'Shiraz', nameAr: 'شيراز', zone: 'Asia/Tehran', country: 'IR' },
  { name: 'Sochi', nameAr: 'سوتشي', zone: 'Europe/Moscow', country: 'RU' },
  { name: 'Saint Petersburg', nameAr: 'سانت بطرسبرغ', zone: 'Europe/Moscow', country: 'RU', aliases: ['St. Petersburg', 'St Petersburg', 'سان بطرسبرغ', 'سانت بطرسبورغ', 'بطرسبرغ'] },
  { name: 'Kazan', nameAr: 'قازان', zone: 'Europe/Moscow', country: 'RU' },
  { name: 'Grozny', nameAr: 'غروزني', zone: 'Europe/Moscow', country: 'RU' },

  // Europe and the Americas: conference towns.
  { name: 'Geneva', nameAr: 'جنيف', zone: 'Europe/Zurich', country: 'CH' },
  { name: 'Lausanne', nameAr: 'لوزان', zone: 'Europe/Zurich', country: 'CH' },
  { name: 'Montreux', nameAr: 'مونترو', zone: 'Europe/Zurich', country: 'CH' },
  { name: 'Davos', nameAr: 'دافوس', zone: 'Europe/Zurich', country: 'CH' },
  { name: 'Munich', nameAr: 'ميونيخ', zone: 'Europe/Berlin', country: 'DE' },
  { name: 'The Hague', nameAr: 'لاهاي', zone: 'Europe/Amsterdam', country: 'NL' },
  { name: 'Strasbourg', nameAr: 'ستراسبورغ', zone: 'Europe/Paris', country: 'FR' },
  { name: 'Versailles', nameAr: 'فرساي', zone: 'Europe/Paris', country: 'FR' },
  { name: 'Palermo', nameAr: 'باليرمو', zone: 'Europe/Rome', country: 'IT' },
  { name: 'Glasgow', nameAr: 'غلاسكو', zone: 'Europe/London', country: 'GB' },
  { name: 'New York', nameAr: 'نيويورك', zone: 'America/New_York', country: 'US' },
  { name: 'Camp David', nameAr: 'كامب ديفيد', zone: 'America/New_York', country: 'US' },
  { name: 'Annapolis', nameAr: 'أنابوليس', zone: 'America/New_York', country: 'US' },
  { name: 'Palm Beach', nameAr: 'بالم بيتش', zone: 'America/New_York', country: 'US' },
];

/**
 * CLDR's exemplar city of a zone that is named like its country (Asia/Kuwait is "Kuwait",
 * Asia/Qatar "Qatar"), renamed to the city. `keep` lists the old names that also name the city
 * (الكويت is Kuwait City as well as Kuwait); a name only the country bears is dropped, so "في قطر"
 * reads as the country, placed in its capital.
 */
export const CLDR_RENAMES: Readonly<Record<string, { name: string; nameAr: string; keep: readonly string[]; commonWord?: true }>> = {
  'Asia/Kuwait': { name: 'Kuwait City', nameAr: 'مدينة الكويت', keep: ['Kuwait', 'الكويت'] },
  'Asia/Bahrain': { name: 'Manama', nameAr: 'المنامة', keep: [] },
  'Asia/Qatar': { name: 'Doha', nameAr: 'الدوحة', keep: [] },
  'Indian/Comoro': { name: 'Moroni', nameAr: 'موروني', keep: [] },
  'America/Panama': { name: 'Panama City', nameAr: 'مدينة بنما', keep: ['Panama', 'بنما'] },
  'America/Guatemala': { name: 'Guatemala City', nameAr: 'مدينة غواتيمالا', keep: ['Guatemala', 'غواتيمالا'] },
  'America/El_Salvador': { name: 'San Salvador', nameAr: 'سان سلفادور', keep: [] },
  'America/Costa_Rica': { name: 'San José', nameAr: 'سان خوسيه', keep: [] },
  'Asia/Brunei': { name: 'Bandar Seri Begawan', nameAr: 'بندر سري بكاوان', keep: [] },
  'Indian/Mauritius': { name: 'Port Louis', nameAr: 'بورت لويس', keep: [] },
  'Indian/Maldives': { name: 'Malé', nameAr: 'ماليه', keep: [] },
  'Atlantic/Cape_Verde': { name: 'Praia', nameAr: 'برايا', keep: [] },
  'Europe/Malta': { name: 'Valletta', nameAr: 'فاليتا', keep: [] },
  'Europe/Andorra': { name: 'Andorra la Vella', nameAr: 'أندورا لا فيلا', keep: [] },
  'Europe/Vatican': { name: 'Vatican City', nameAr: 'الفاتيكان', keep: ['Vatican'] },
  // CLDR's Arabic name carries a gloss; الخليل without its article is the given name خليل (زلماي خليل زاد).
  'Asia/Hebron': { name: 'Hebron', nameAr: 'الخليل', keep: ['Hebron'], commonWord: true },
  'Africa/Mogadishu': { name: 'Mogadishu', nameAr: 'مقديشو', keep: ['مقديشيو'] },
};

/**
 * The seat of government of each country the press reports on (by its English gazetteer name):
 * a meeting the text places only in a country ("visits to Kuwait, Oman and Qatar", "زيارته إلى
 * لبنان") is counted there, unless the article names a city of that country. Palestine's is
 * Ramallah, where its presidency and government sit.
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  // The Arab League's members.
  DZ: 'Algiers', BH: 'Manama', KM: 'Moroni', DJ: 'Djibouti', EG: 'Cairo', IQ: 'Baghdad', JO: 'Amman', KW: 'Kuwait City',
  LB: 'Beirut', LY: 'Tripoli', MR: 'Nouakchott', MA: 'Rabat', OM: 'Muscat', PS: 'Ramallah', QA: 'Doha', SA: 'Riyadh',
  SO: 'Mogadishu', SD: 'Khartoum', SY: 'Damascus', TN: 'Tunis', AE: 'Abu Dhabi', YE: "Sana'a",
  // Neighbours and the powers.
  TR: 'Ankara', IR: 'Tehran', IL: 'Jerusalem', CY: 'Nicosia', RU: 'Moscow', US: 'Washington', GB: 'London', FR: 'Paris',
  DE: 'Berlin', IT: 'Rome', ES: 'Madrid', CN: 'Beijing', JP: 'Tokyo', KR: 'Seoul', KP: 'Pyongyang', IN: 'New Delhi',
  PK: 'Islamabad', AF: 'Kabul', KZ: 'Astana', AZ: 'Baku', AM: 'Yerevan', GE: 'Tbilisi', UZ: 'Tashkent', TM: 'Ashgabat',
  UA: 'Kyiv', BY: 'Minsk', PL: 'Warsaw', GR: 'Athens', BE: 'Brussels', NL: 'The Hague', CH: 'Bern', AT: 'Vienna',
  SE: 'Stockholm', NO: 'Oslo', DK: 'Copenhagen', FI: 'Helsinki', PT: 'Lisbon', IE: 'Dublin', CZ: 'Prague', HU: 'Budapest',
  RO: 'Bucharest', BG: 'Sofia', RS: 'Belgrade', VA: 'Vatican City', MT: 'Valletta', CA: 'Ottawa', MX: 'Mexico City',
  BR: 'Brasília', AR: 'Buenos Aires', VE: 'Caracas', CU: 'Havana', AU: 'Canberra', ID: 'Jakarta', MY: 'Kuala Lumpur',
  ET: 'Addis Ababa', KE: 'Nairobi', NG: 'Abuja', ZA: 'Pretoria', SN: 'Dakar', ML: 'Bamako', NE: 'Niamey', TD: 'N’Djamena',
  ER: 'Asmara', SS: 'Juba', BD: 'Dhaka', TH: 'Bangkok', PH: 'Manila', VN: 'Hanoi', BA: 'Sarajevo', AL: 'Tirana',
};
