/**
 * Venues: the palaces, residences, parliaments, ministries, headquarters, conference halls and
 * religious seats the press names instead of a city ("في قصر بعبدا", "at the Grand Serail",
 * "at Bayan Palace", "بمقر الأمانة العامة لمجلس التعاون"). A venue names its city: a meeting
 * there is in that city (the calendar's place) and keeps the venue.
 *
 * Each `city` is the English name of a gazetteer place, so each venue has that place's zone
 * (tests/unit/extract/venues.test.ts checks every one). A name several cities use (قصر الشعب is
 * Damascus's and Algiers's) lists them, the likeliest first; the article's other places decide.
 *
 * Only names that are names: a generic "presidential palace" or "وزارة الخارجية" is an
 * institution (INSTITUTIONS below), placed by the country the text gives it.
 */

export interface VenueData {
  name: string;
  nameAr: string;
  city: string | readonly string[];
  /** Other spellings, Latin and Arabic. */
  aliases?: readonly string[];
  /** The organisation whose seat it is (by its gazetteer name): a meeting there is with it. */
  organization?: string;
}

export const VENUES: readonly VenueData[] = [
  // Lebanon
  {
    name: 'Baabda Palace',
    nameAr: 'قصر بعبدا',
    city: 'Baabda',
    aliases: ['Baabda Presidential Palace', 'قصر بعبدا الجمهوري'],
  },
  {
    name: 'Ain al-Tineh',
    nameAr: 'عين التينة',
    city: 'Beirut',
    aliases: ['Ain el-Tineh', 'Ain al-Tina', 'Ain el-Tiné'],
  },
  {
    name: 'Grand Serail',
    nameAr: 'السراي الحكومي',
    city: 'Beirut',
    aliases: ['السرايا الحكومية', 'السراي الكبير', 'Grand Serai', 'Government Serail'],
  },
  { name: 'Bustros Palace', nameAr: 'قصر بسترس', city: 'Beirut' },
  { name: 'Nejmeh Square', nameAr: 'ساحة النجمة', city: 'Beirut', aliases: ['Place de l’Etoile', "Place de l'Etoile"] },
  {
    name: 'Maronite Patriarchate (Bkerke)',
    nameAr: 'الصرح البطريركي في بكركي',
    city: 'Bkerke',
    aliases: ['Bkirki', 'البطريركية المارونية في بكركي'],
  },
  { name: 'Dar al-Fatwa', nameAr: 'دار الفتوى', city: 'Beirut' },
  { name: 'Beit al-Wasat', nameAr: 'بيت الوسط', city: 'Beirut', aliases: ['Center House'] },
  {
    name: 'Pine Residence',
    nameAr: 'قصر الصنوبر',
    city: 'Beirut',
    aliases: ['Résidence des Pins', 'Residence des Pins'],
  },
  { name: 'Clemenceau residence', nameAr: 'دارة كليمنصو', city: 'Beirut', aliases: ['كليمنصو', 'Clemenceau'] },
  {
    name: 'UNIFIL headquarters',
    nameAr: 'مقر اليونيفيل',
    city: 'Naqoura',
    aliases: ['UNIFIL HQ', 'مقر قيادة اليونيفيل', 'مقر قوات اليونيفيل'],
  },
  {
    name: 'Ministry of Defence (Yarze)',
    nameAr: 'اليرزة',
    city: 'Baabda',
    aliases: ['Yarze', 'وزارة الدفاع في اليرزة'],
  },
  {
    name: 'UN House (ESCWA)',
    nameAr: 'بيت الأمم المتحدة',
    city: 'Beirut',
    aliases: ['ESCWA headquarters', 'مقر الإسكوا', 'UN House'],
  },
  {
    name: 'Armenian Catholicosate of Cilicia',
    nameAr: 'كاثوليكوسية الأرمن الأرثوذكس',
    city: 'Antelias',
    aliases: ['Catholicosate of Cilicia'],
  },

  // Syria
  {
    name: "People's Palace",
    nameAr: 'قصر الشعب',
    city: ['Damascus', 'Algiers'],
    aliases: ['Qasr al-Shaab', 'Palais du Peuple', 'Presidential People’s Palace'],
  },
  {
    name: 'Muhajirin Palace',
    nameAr: 'قصر المهاجرين',
    city: 'Damascus',
    aliases: ['Al-Muhajireen Palace', 'Muhajireen Palace'],
  },
  {
    name: 'Ministry of Foreign Affairs and Expatriates',
    nameAr: 'وزارة الخارجية والمغتربين',
    city: 'Damascus',
    aliases: ['مبنى وزارة الخارجية والمغتربين'],
  },
  { name: 'Umayyad Mosque', nameAr: 'الجامع الأموي', city: 'Damascus', aliases: ['المسجد الأموي'] },
  { name: 'Mariamite Cathedral', nameAr: 'الكاتدرائية المريمية', city: 'Damascus', aliases: ['الكنيسة المريمية'] },

  // Iraq
  {
    name: 'Al-Salam Palace',
    nameAr: 'قصر السلام',
    city: ['Baghdad', 'Jeddah'],
    aliases: ['Al Salam Palace', 'Salam Palace'],
  },
  { name: 'Green Zone', nameAr: 'المنطقة الخضراء', city: 'Baghdad', aliases: ['International Zone'] },
  { name: 'Al-Rasheed Hotel', nameAr: 'فندق الرشيد', city: 'Baghdad', aliases: ['Rasheed Hotel', 'Al Rasheed Hotel'] },
  {
    name: 'Office of Grand Ayatollah Ali al-Sistani',
    nameAr: 'مكتب المرجع السيستاني',
    city: 'Najaf',
    aliases: ['مكتب السيستاني', 'مكتب المرجع الديني الأعلى', "Sistani's office"],
  },
  { name: 'Imam Ali Shrine', nameAr: 'العتبة العلوية', city: 'Najaf', aliases: ['مرقد الإمام علي', 'حرم الإمام علي'] },
  {
    name: 'Kurdistan Region Presidency',
    nameAr: 'رئاسة إقليم كوردستان',
    city: 'Erbil',
    aliases: ['رئاسة إقليم كردستان'],
  },
  { name: 'Baghdad International Airport', nameAr: 'مطار بغداد الدولي', city: 'Baghdad' },

  // Kuwait
  { name: 'Bayan Palace', nameAr: 'قصر بيان', city: 'Kuwait City' },
  { name: 'Seif Palace', nameAr: 'قصر السيف', city: 'Kuwait City', aliases: ['Al-Seif Palace', 'Al Seif Palace'] },
  { name: 'Dasman Palace', nameAr: 'قصر دسمان', city: 'Kuwait City' },
  {
    name: 'Kuwait National Assembly',
    nameAr: 'مجلس الأمة الكويتي',
    city: 'Kuwait City',
    aliases: ['National Assembly of Kuwait'],
  },
  {
    name: 'Sheikh Jaber Al-Ahmad Cultural Centre',
    nameAr: 'مركز الشيخ جابر الأحمد الثقافي',
    city: 'Kuwait City',
    aliases: ['Sheikh Jaber Al-Ahmad Cultural Center'],
  },

  // Saudi Arabia
  {
    name: 'Al-Yamamah Palace',
    nameAr: 'قصر اليمامة',
    city: 'Riyadh',
    aliases: ['Al Yamamah Palace', 'Yamamah Palace'],
  },
  { name: 'Al-Awja Palace', nameAr: 'قصر العوجا', city: 'Riyadh', aliases: ['Al Awja Palace'] },
  { name: 'Irqah Palace', nameAr: 'قصر عرقة', city: 'Riyadh', aliases: ['Erqah Palace'] },
  { name: 'Al-Murabba Palace', nameAr: 'قصر المربع', city: 'Riyadh', aliases: ['Murabba Palace'] },
  {
    name: 'Al-Salam Royal Palace',
    nameAr: 'قصر السلام الملكي',
    city: 'Jeddah',
    aliases: ['Al Salam Royal Palace', 'Salam Royal Palace'],
  },
  { name: 'Al-Safa Palace', nameAr: 'قصر الصفا', city: 'Mecca', aliases: ['Safa Palace', 'Al Safa Palace'] },
  {
    name: 'King Abdulaziz International Conference Center',
    nameAr: 'مركز الملك عبدالعزيز الدولي للمؤتمرات',
    city: 'Riyadh',
    aliases: ['مركز الملك عبد العزيز الدولي للمؤتمرات', 'KAICC'],
  },
  {
    name: 'King Abdulaziz Center for World Culture',
    nameAr: 'مركز الملك عبدالعزيز الثقافي العالمي',
    city: 'Dhahran',
    aliases: ['مركز الملك عبد العزيز الثقافي العالمي', 'إثراء', 'Ithra'],
  },
  {
    name: 'GCC General Secretariat',
    nameAr: 'مقر الأمانة العامة لمجلس التعاون',
    city: 'Riyadh',
    organization: 'Gulf Cooperation Council',
    aliases: [
      'GCC headquarters',
      'GCC Secretariat General',
      'GCC Secretariat',
      'GCC General Secretariat headquarters',
      'الأمانة العامة لمجلس التعاون',
      'مقر الأمانة العامة لمجلس التعاون لدول الخليج العربية',
      'الأمانة العامة لمجلس التعاون لدول الخليج العربية',
      'مقر مجلس التعاون',
    ],
  },
  {
    name: 'OIC headquarters',
    nameAr: 'مقر منظمة التعاون الإسلامي',
    city: 'Jeddah',
    organization: 'Organisation of Islamic Cooperation',
    aliases: ['OIC General Secretariat', 'الأمانة العامة لمنظمة التعاون الإسلامي'],
  },
  {
    name: 'Maraya Concert Hall',
    nameAr: 'قاعة مرايا',
    city: 'AlUla',
    aliases: ['Maraya', 'مسرح مرايا', 'Maraya Hall'],
  },
  {
    name: 'Ritz-Carlton Riyadh',
    nameAr: 'فندق ريتز كارلتون الرياض',
    city: 'Riyadh',
    aliases: ['Ritz-Carlton hotel in Riyadh', 'فندق الريتز كارلتون بالرياض'],
  },
  { name: 'King Faisal Conference Hall', nameAr: 'قاعة الملك فيصل للمؤتمرات', city: 'Riyadh' },

  // United Arab Emirates
  { name: 'Qasr Al Watan', nameAr: 'قصر الوطن', city: 'Abu Dhabi', aliases: ['Palace of the Nation'] },
  { name: 'Al Shati Palace', nameAr: 'قصر الشاطئ', city: 'Abu Dhabi', aliases: ['Qasr Al Shati', 'Al-Shati Palace'] },
  { name: 'Al Mushrif Palace', nameAr: 'قصر المشرف', city: 'Abu Dhabi', aliases: ['Mushrif Palace'] },
  { name: 'Qasr Al Bahr', nameAr: 'قصر البحر', city: 'Abu Dhabi', aliases: ['Al Bahr Palace', 'Qasr Al Bahr Majlis'] },
  { name: 'Emirates Palace', nameAr: 'قصر الإمارات', city: 'Abu Dhabi', aliases: ['Emirates Palace hotel'] },
  { name: 'Qasr Al Hosn', nameAr: 'قصر الحصن', city: 'Abu Dhabi', aliases: ['Al Hosn Palace'] },
  { name: 'Zabeel Palace', nameAr: 'قصر زعبيل', city: 'Dubai', aliases: ["Za'abeel Palace", 'Zaabeel Palace'] },
  { name: 'Union House', nameAr: 'دار الاتحاد', city: 'Dubai' },
  { name: 'Expo City Dubai', nameAr: 'مدينة إكسبو دبي', city: 'Dubai', aliases: ['Expo City', 'إكسبو دبي'] },

  // Qatar, Bahrain, Oman
  { name: 'Lusail Palace', nameAr: 'قصر لوسيل', city: 'Lusail' },
  { name: 'Al Wajbah Palace', nameAr: 'قصر الوجبة', city: 'Doha', aliases: ['Wajbah Palace'] },
  {
    name: 'Qatar National Convention Centre',
    nameAr: 'مركز قطر الوطني للمؤتمرات',
    city: 'Doha',
    aliases: ['Qatar National Convention Center', 'QNCC'],
  },
  {
    name: 'Sheraton Grand Doha',
    nameAr: 'فندق شيراتون الدوحة',
    city: 'Doha',
    aliases: ['Sheraton Doha', 'Doha Sheraton'],
  },
  { name: 'Sakhir Palace', nameAr: 'قصر الصخير', city: 'Sakhir', aliases: ['Al-Sakhir Palace'] },
  {
    name: 'Gudaibiya Palace',
    nameAr: 'قصر القضيبية',
    city: 'Manama',
    aliases: ['Al-Qudaibiya Palace', 'Qudaibiya Palace'],
  },
  { name: 'Al Alam Palace', nameAr: 'قصر العلم', city: 'Muscat', aliases: ['Al-Alam Palace'] },
  {
    name: 'Bait Al Barakah',
    nameAr: 'بيت البركة',
    city: 'Muscat',
    aliases: ['Al Baraka Palace', 'قصر البركة', 'Beit Al Baraka'],
  },
  { name: 'Al Bustan Palace', nameAr: 'قصر البستان', city: 'Muscat', aliases: ['Al-Bustan Palace'] },
  { name: 'Al Maamoura Palace', nameAr: 'قصر المعمورة', city: 'Salalah', aliases: ['Al-Maamoura Palace'] },

  // Jordan
  {
    name: 'Al-Husseiniya Palace',
    nameAr: 'قصر الحسينية',
    city: 'Amman',
    aliases: ['Al Husseiniya Palace', 'Husseiniya Palace'],
  },
  { name: 'Raghadan Palace', nameAr: 'قصر رغدان', city: 'Amman', aliases: ['Raghadan Flagpole'] },
  { name: 'Basman Palace', nameAr: 'قصر بسمان', city: 'Amman', aliases: ['Basman'] },
  { name: 'Royal Hashemite Court', nameAr: 'الديوان الملكي الهاشمي', city: 'Amman' },
  { name: 'Beit Al Urdun', nameAr: 'بيت الأردن', city: 'Amman', aliases: ['Beit Al Urdun Palace', 'قصر بيت الأردن'] },
  { name: 'Zahran Palace', nameAr: 'قصر زهران', city: 'Amman' },
  {
    name: 'Ministry of Foreign Affairs and Expatriates (Jordan)',
    nameAr: 'وزارة الخارجية وشؤون المغتربين',
    city: 'Amman',
  },
  {
    name: 'King Hussein Bin Talal Convention Center',
    nameAr: 'مركز الملك الحسين بن طلال للمؤتمرات',
    city: 'Dead Sea',
    aliases: ['King Hussein Convention Center', 'مركز الحسين بن طلال للمؤتمرات'],
  },

  // Egypt
  {
    name: 'Al-Ittihadiya Palace',
    nameAr: 'قصر الاتحادية',
    city: 'Cairo',
    aliases: [
      'Ittihadiya Palace',
      'Al Ittihadiya Palace',
      'Heliopolis Palace',
      'قصر الاتحادية الرئاسي',
      'قصر الاتحادية بمصر الجديدة',
    ],
  },
  { name: 'Al-Orouba Palace', nameAr: 'قصر العروبة', city: 'Cairo', aliases: ['Orouba Palace', 'Uruba Palace'] },
  { name: 'Abdeen Palace', nameAr: 'قصر عابدين', city: 'Cairo' },
  { name: 'Koubba Palace', nameAr: 'قصر القبة', city: 'Cairo', aliases: ['Qubba Palace', 'Al-Qubba Palace'] },
  { name: 'Tahrir Palace', nameAr: 'قصر التحرير', city: 'Cairo' },
  { name: 'Montaza Palace', nameAr: 'قصر المنتزه', city: 'Alexandria', aliases: ['Al-Montaza Palace'] },
  { name: 'Ras el-Tin Palace', nameAr: 'قصر رأس التين', city: 'Alexandria', aliases: ['Ras El Tin Palace'] },
  {
    name: 'Arab League headquarters',
    nameAr: 'مقر جامعة الدول العربية',
    city: 'Cairo',
    organization: 'Arab League',
    aliases: [
      'Arab League HQ',
      'headquarters of the Arab League',
      'مقر الجامعة العربية',
      'مقر الأمانة العامة لجامعة الدول العربية',
      'الأمانة العامة لجامعة الدول العربية',
      'League of Arab States headquarters',
    ],
  },
  {
    name: 'Al-Azhar',
    nameAr: 'مشيخة الأزهر',
    city: 'Cairo',
    aliases: ['مقر مشيخة الأزهر', 'الجامع الأزهر', 'Al-Azhar Mosque', 'Al-Azhar headquarters'],
  },
  {
    name: "St Mark's Cathedral",
    nameAr: 'الكاتدرائية المرقسية',
    city: 'Cairo',
    aliases: ["St. Mark's Cathedral", "Saint Mark's Coptic Orthodox Cathedral", 'الكاتدرائية المرقسية بالعباسية'],
  },
  {
    name: 'Sharm el-Sheikh International Convention Centre',
    nameAr: 'مركز شرم الشيخ الدولي للمؤتمرات',
    city: 'Sharm el-Sheikh',
    aliases: ['Sharm El-Sheikh International Convention Center', 'Sharm El Sheikh International Congress Centre'],
  },
  {
    name: 'Cairo International Convention Centre',
    nameAr: 'مركز القاهرة الدولي للمؤتمرات',
    city: 'Cairo',
    aliases: ['Cairo International Conference Center'],
  },

  // Palestine and Israel
  {
    name: 'Muqataa',
    nameAr: 'مقر الرئاسة الفلسطينية',
    city: 'Ramallah',
    aliases: ['Mukataa', "Muqata'a", 'Palestinian presidential compound', 'مقر الرئاسة في رام الله'],
  },
  { name: 'Knesset', nameAr: 'الكنيست', city: 'Jerusalem' },
  { name: 'King David Hotel', nameAr: 'فندق الملك داود', city: 'Jerusalem' },

  // Libya, the Maghreb, Sudan, Yemen, Somalia
  { name: 'Al-Rajma', nameAr: 'الرجمة', city: 'Benghazi', aliases: ['Rajma', 'Al Rajma'] },
  {
    name: 'Carthage Palace',
    nameAr: 'قصر قرطاج',
    city: 'Carthage',
    aliases: ['Carthage presidential palace', 'Palais de Carthage'],
  },
  {
    name: 'Government Palace at the Kasbah',
    nameAr: 'قصر الحكومة بالقصبة',
    city: 'Tunis',
    aliases: ['Kasbah Government Palace', 'قصر الحكومة بالقصبة بتونس'],
  },
  { name: 'Bardo Palace', nameAr: 'قصر باردو', city: 'Tunis', aliases: ['Palais du Bardo'] },
  {
    name: 'El Mouradia Palace',
    nameAr: 'قصر المرادية',
    city: 'Algiers',
    aliases: ['El-Mouradia Palace', 'Mouradia Palace', 'El Mouradia'],
  },
  {
    name: 'Djenane El Mithak',
    nameAr: 'إقامة جنان الميثاق',
    city: 'Algiers',
    aliases: ['Djenane El Mithaq', 'جنان الميثاق'],
  },
  {
    name: 'Abdelatif Rahal International Conference Centre',
    nameAr: 'المركز الدولي للمؤتمرات عبد اللطيف رحال',
    city: 'Algiers',
    aliases: ['CIC Algiers', 'Abdelatif Rahal International Convention Center'],
  },
  { name: 'Friendship Hall', nameAr: 'قاعة الصداقة', city: 'Khartoum' },
  {
    name: 'Maashiq Palace',
    nameAr: 'قصر المعاشيق',
    city: 'Aden',
    aliases: ['Al-Maashiq Palace', 'Al Maashiq Palace', 'قصر معاشيق'],
  },
  { name: 'Villa Somalia', nameAr: 'فيلا صوماليا', city: 'Mogadishu' },

  // Turkey and Iran
  {
    name: 'Presidential Complex',
    nameAr: 'المجمع الرئاسي',
    city: 'Ankara',
    aliases: [
      'Bestepe Presidential Complex',
      'Beştepe',
      'Bestepe',
      'Presidential Complex in Ankara',
      'المجمع الرئاسي في أنقرة',
    ],
  },
  {
    name: 'Dolmabahçe Palace',
    nameAr: 'قصر دولمة بهتشة',
    city: 'Istanbul',
    aliases: ['Dolmabahce Palace', 'قصر دولما بهتشه', 'قصر دولمابهتشه', 'قصر دولمة بهجة'],
  },
  {
    name: 'Dolmabahçe Office',
    nameAr: 'مكتب دولمة بهتشة',
    city: 'Istanbul',
    aliases: ['Dolmabahce Office', 'Dolmabahçe Presidential Office'],
  },
  {
    name: 'Vahdettin Pavilion',
    nameAr: 'قصر وحيد الدين',
    city: 'Istanbul',
    aliases: ['Vahdettin Mansion', 'Vahdettin Kosku'],
  },
  {
    name: 'Çankaya Mansion',
    nameAr: 'قصر تشانقايا',
    city: 'Ankara',
    aliases: ['Cankaya Mansion', 'Çankaya Palace', 'Cankaya Palace'],
  },
  { name: 'Çırağan Palace', nameAr: 'قصر تشيراغان', city: 'Istanbul', aliases: ['Ciragan Palace'] },
  {
    name: 'Saadabad Palace',
    nameAr: 'قصر سعد آباد',
    city: 'Tehran',
    aliases: ["Sa'dabad Palace", 'Saad Abad Palace', 'قصر سعدآباد'],
  },
  { name: 'Niavaran Palace', nameAr: 'قصر نياوران', city: 'Tehran' },

  // Russia and Central Asia
  { name: 'Kremlin', nameAr: 'الكرملين', city: 'Moscow', aliases: ['Moscow Kremlin', 'قصر الكرملين'] },
  { name: 'Novo-Ogaryovo', nameAr: 'نوفو أوغاريوفو', city: 'Moscow', aliases: ['Novo-Ogarevo', 'Novo Ogaryovo'] },
  { name: 'Bocharov Ruchei', nameAr: 'بوتشاروف روتشي', city: 'Sochi', aliases: ['Bocharov Ruchey'] },
  {
    name: 'Konstantinovsky Palace',
    nameAr: 'قصر قسطنطين',
    city: 'Saint Petersburg',
    aliases: ['Konstantin Palace', 'Constantine Palace', 'قصر كونستانتينوفسكي'],
  },
  { name: 'State Duma', nameAr: 'مجلس الدوما', city: 'Moscow', aliases: ['Duma', 'الدوما'] },
  {
    name: 'Akorda',
    nameAr: 'آق أوردا',
    city: 'Astana',
    aliases: ['Ak Orda', 'Akorda Presidential Palace', 'قصر آق أوردا'],
  },
  {
    name: 'Rixos President Hotel',
    nameAr: 'فندق ريكسوس بريزيدنت',
    city: 'Astana',
    aliases: ['Rixos President Astana'],
  },

  // France, the United Kingdom, Germany, Italy, Spain, the Vatican
  {
    name: 'Élysée Palace',
    nameAr: 'قصر الإليزيه',
    city: 'Paris',
    aliases: ['Elysee Palace', 'Élysée', 'Elysee', 'الإليزيه', 'الاليزيه'],
  },
  { name: "Quai d'Orsay", nameAr: 'الكي دورسيه', city: 'Paris', aliases: ['Quai d’Orsay', 'كي دورسيه'] },
  {
    name: 'Hôtel Matignon',
    nameAr: 'قصر ماتينيون',
    city: 'Paris',
    aliases: ['Matignon', 'Hotel Matignon', 'ماتينيون'],
  },
  { name: 'Palace of Versailles', nameAr: 'قصر فرساي', city: 'Versailles', aliases: ['Versailles Palace'] },
  {
    name: 'Downing Street',
    nameAr: 'داونينغ ستريت',
    city: 'London',
    aliases: ['10 Downing Street', 'Number 10', 'داوننغ ستريت', 'مقر رئاسة الوزراء البريطانية'],
  },
  { name: 'Lancaster House', nameAr: 'لانكستر هاوس', city: 'London' },
  { name: 'Buckingham Palace', nameAr: 'قصر باكنغهام', city: 'London', aliases: ['قصر بكنغهام'] },
  { name: 'House of Commons', nameAr: 'مجلس العموم البريطاني', city: 'London' },
  {
    name: 'Federal Chancellery',
    nameAr: 'المستشارية الألمانية',
    city: 'Berlin',
    aliases: ['German Chancellery', 'Chancellery in Berlin', 'مقر المستشارية في برلين'],
  },
  { name: 'Bellevue Palace', nameAr: 'قصر بلفيو', city: 'Berlin', aliases: ['Schloss Bellevue'] },
  { name: 'Bundestag', nameAr: 'البوندستاغ', city: 'Berlin', aliases: ['البوندستاغ الألماني'] },
  { name: 'Palazzo Chigi', nameAr: 'قصر كيجي', city: 'Rome', aliases: ['Chigi Palace'] },
  { name: 'Quirinal Palace', nameAr: 'قصر كويرينالي', city: 'Rome', aliases: ['Quirinale', 'Palazzo del Quirinale'] },
  { name: 'Farnesina', nameAr: 'فارنيزينا', city: 'Rome', aliases: ['Palazzo della Farnesina'] },
  { name: 'Villa Madama', nameAr: 'فيلا ماداما', city: 'Rome' },
  { name: 'Moncloa Palace', nameAr: 'قصر مونكلوا', city: 'Madrid', aliases: ['La Moncloa'] },
  {
    name: 'Apostolic Palace',
    nameAr: 'القصر الرسولي',
    city: 'Vatican City',
    aliases: ['Apostolic Palace in the Vatican'],
  },

  // The United States
  { name: 'White House', nameAr: 'البيت الأبيض', city: 'Washington' },
  { name: 'Oval Office', nameAr: 'المكتب البيضاوي', city: 'Washington' },
  {
    name: 'State Department',
    nameAr: 'وزارة الخارجية الأمريكية',
    city: 'Washington',
    aliases: ['U.S. State Department', 'US State Department', 'Department of State', 'وزارة الخارجية الأميركية'],
  },
  { name: 'Pentagon', nameAr: 'البنتاغون', city: 'Washington', aliases: ['البنتاجون'] },
  { name: 'Blair House', nameAr: 'بلير هاوس', city: 'Washington' },
  {
    name: 'Capitol',
    nameAr: 'مبنى الكابيتول',
    city: 'Washington',
    aliases: ['Capitol Hill', 'US Capitol', 'U.S. Capitol', 'الكابيتول'],
  },
  {
    name: 'Mar-a-Lago',
    nameAr: 'مار إيه لاغو',
    city: 'Palm Beach',
    aliases: ['منتجع مار إيه لاغو', 'مارالاغو', 'مار الاغو'],
  },

  // International organisations
  {
    name: 'United Nations headquarters',
    nameAr: 'مقر الأمم المتحدة',
    city: 'New York',
    organization: 'United Nations',
    aliases: [
      'UN headquarters',
      'U.N. headquarters',
      'UN Headquarters in New York',
      'المقر الدائم للأمم المتحدة',
      'مقر الأمم المتحدة في نيويورك',
    ],
  },
  {
    name: 'Palais des Nations',
    nameAr: 'قصر الأمم',
    city: ['Geneva', 'Algiers'],
    aliases: ['Palace of Nations', 'Palais des Nations in Geneva', 'قصر الأمم في جنيف'],
  },
  {
    name: 'UN Office at Geneva',
    nameAr: 'مكتب الأمم المتحدة في جنيف',
    city: 'Geneva',
    organization: 'United Nations',
    aliases: ['UN offices in Geneva', 'مقر الأمم المتحدة في جنيف', 'المقر الأوروبي للأمم المتحدة'],
  },
  {
    name: 'NATO headquarters',
    nameAr: 'مقر حلف شمال الأطلسي',
    city: 'Brussels',
    organization: 'NATO',
    aliases: ['NATO HQ', 'مقر الناتو', 'مقر حلف الناتو'],
  },
  { name: 'Berlaymont', nameAr: 'مبنى بيرلمون', city: 'Brussels', aliases: ['Berlaymont building'] },
  {
    name: 'European Union headquarters',
    nameAr: 'مقر الاتحاد الأوروبي',
    city: 'Brussels',
    organization: 'European Union',
    aliases: ['EU headquarters', 'Europa building', 'مبنى أوروبا'],
  },
  { name: 'Egmont Palace', nameAr: 'قصر إيغمونت', city: 'Brussels', aliases: ['Palais d’Egmont', "Palais d'Egmont"] },
  { name: 'European Parliament', nameAr: 'البرلمان الأوروبي', city: ['Brussels', 'Strasbourg'] },
  {
    name: 'African Union headquarters',
    nameAr: 'مقر الاتحاد الأفريقي',
    city: 'Addis Ababa',
    organization: 'African Union',
    aliases: ['AU headquarters', 'مقر الاتحاد الإفريقي', 'AU Commission headquarters'],
  },
  {
    name: 'Palais Coburg',
    nameAr: 'قصر كوبورغ',
    city: 'Vienna',
    aliases: ['Coburg Palace', 'Palais Coburg hotel', 'فندق قصر كوبورغ', 'فندق كوبورغ'],
  },
  { name: 'Hofburg', nameAr: 'قصر هوفبورغ', city: 'Vienna', aliases: ['Hofburg Palace', 'Hofburg Imperial Palace'] },
  {
    name: 'Vienna International Centre',
    nameAr: 'مركز فيينا الدولي',
    city: 'Vienna',
    aliases: ['Vienna International Center'],
  },
  {
    name: 'IAEA headquarters',
    nameAr: 'مقر الوكالة الدولية للطاقة الذرية',
    city: 'Vienna',
    organization: 'International Atomic Energy Agency',
    aliases: ['IAEA HQ', 'International Atomic Energy Agency headquarters'],
  },
  {
    name: 'OPEC headquarters',
    nameAr: 'مقر منظمة أوبك',
    city: 'Vienna',
    organization: 'OPEC',
    aliases: ['مقر أوبك', 'OPEC Secretariat'],
  },
  { name: 'Peace Palace', nameAr: 'قصر السلام في لاهاي', city: 'The Hague' },
  {
    name: 'OPCW headquarters',
    nameAr: 'مقر منظمة حظر الأسلحة الكيميائية',
    city: 'The Hague',
    organization: 'OPCW',
    aliases: ['OPCW HQ'],
  },
  {
    name: 'Beau-Rivage Palace',
    nameAr: 'فندق بوريفاج',
    city: 'Lausanne',
    aliases: ['Beau Rivage Palace', 'فندق بو ريفاج'],
  },

  // Asia and Africa
  {
    name: 'Great Hall of the People',
    nameAr: 'قاعة الشعب الكبرى',
    city: 'Beijing',
    aliases: ['قاعة الشعب الكبرى في بكين'],
  },
  {
    name: 'Diaoyutai State Guesthouse',
    nameAr: 'دار ضيافة دياويوتاي',
    city: 'Beijing',
    aliases: ['Diaoyutai', 'Diaoyutai State Guest House', 'دياويوتاي'],
  },
  { name: 'Zhongnanhai', nameAr: 'تشونغنانهاي', city: 'Beijing', aliases: ['جونغنانهاي'] },
  { name: 'Hyderabad House', nameAr: 'حيدر آباد هاوس', city: 'New Delhi' },
  { name: 'Rashtrapati Bhavan', nameAr: 'راشتراباتي بهافان', city: 'New Delhi', aliases: ['قصر الرئاسة الهندي'] },
  {
    name: 'Kantei',
    nameAr: 'مقر رئاسة الوزراء اليابانية',
    city: 'Tokyo',
    aliases: ["Prime Minister's Office of Japan"],
  },
  { name: 'Blue House', nameAr: 'البيت الأزرق', city: 'Seoul', aliases: ['Cheong Wa Dae'] },
  { name: 'Istana', nameAr: 'قصر إستانا', city: 'Singapore', aliases: ['The Istana'] },
  { name: 'State House Nairobi', nameAr: 'مقر الرئاسة الكينية', city: 'Nairobi', aliases: ['State House in Nairobi'] },
  { name: 'Union Buildings', nameAr: 'مباني الاتحاد', city: 'Pretoria' },
];

/**
 * Institutions every country has, named without their country ("وزارة الخارجية الكويتية",
 * "the Egyptian Foreign Ministry", "Lebanon's presidential palace"): placed in the country the
 * text names beside them, at its seat (`seats`) or else its capital; named bare ("at the
 * presidential palace"), in the country the article's places are in.
 */
export interface InstitutionData {
  name: string;
  nameAr: string;
  aliases: readonly string[];
  /** Where a country keeps it, when not in its capital (Lebanon's presidency sits in Baabda). */
  seats?: Readonly<Record<string, string>>;
}

export const INSTITUTIONS: readonly InstitutionData[] = [
  {
    name: 'Presidential palace',
    nameAr: 'القصر الجمهوري',
    aliases: ['presidential palace', 'قصر الرئاسة', 'القصر الرئاسي', 'Republican Palace', 'Presidential Palace'],
    seats: { LB: 'Baabda', PS: 'Ramallah' },
  },
  { name: 'Royal palace', nameAr: 'القصر الملكي', aliases: ['royal palace', 'Royal Palace'], seats: {} },
  { name: 'Royal court', nameAr: 'الديوان الملكي', aliases: ['Royal Court', 'royal court'] },
  { name: 'Amiri Diwan', nameAr: 'الديوان الأميري', aliases: ['Emiri Diwan', 'Amiri Diwan', 'الديوان الاميري'] },
  {
    name: 'Foreign ministry',
    nameAr: 'وزارة الخارجية',
    aliases: [
      'Foreign Ministry',
      'foreign ministry',
      'Ministry of Foreign Affairs',
      'Foreign Office',
      'وزارة الشؤون الخارجية',
      'مقر وزارة الخارجية',
      'Foreign Ministry headquarters',
    ],
  },
  {
    name: 'Parliament',
    nameAr: 'البرلمان',
    aliases: ['parliament', 'Parliament', 'مجلس النواب', 'مقر البرلمان', 'مبنى البرلمان', 'parliament building'],
    seats: { LB: 'Beirut' },
  },
  {
    name: "Prime minister's office",
    nameAr: 'رئاسة الوزراء',
    aliases: [
      "Prime Minister's Office",
      "prime minister's office",
      'رئاسة الحكومة',
      'مقر رئاسة الوزراء',
      'مقر رئاسة الحكومة',
    ],
  },
];
