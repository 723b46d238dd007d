/**
 * Cities, towns, resorts and summit venues the world over that host diplomatic meetings, summits,
 * talks and state visits, and that neither CLDR's exemplar cities (places.json) nor the
 * supplement (places-supplement.ts) name. Spellings, Latin and Arabic, are the ones common in the
 * press (news agencies' usual forms, from general knowledge); zones are the IANA zone the city
 * keeps its clocks by, spelled as its capital's is (Europe/Kiev, Asia/Rangoon, as CLDR does) where
 * the two keep the same clock.
 */
import type { PlaceData } from './places-supplement.js';

export const WORLD_CITIES: readonly PlaceData[] = [
  // China.
  {
    name: 'Hangzhou',
    nameAr: 'هانغتشو',
    zone: 'Asia/Shanghai',
    country: 'CN',
    aliases: ['هانغجو', 'هانغشو', 'هانجو'],
  },
  { name: 'Wuhan', nameAr: 'ووهان', zone: 'Asia/Shanghai', country: 'CN' },
  {
    name: 'Shenzhen',
    nameAr: 'شنتشن',
    zone: 'Asia/Shanghai',
    country: 'CN',
    aliases: ['شنجن', 'شينزين', 'شنزن', 'شينجين'],
  },
  {
    name: 'Guangzhou',
    nameAr: 'قوانغتشو',
    zone: 'Asia/Shanghai',
    country: 'CN',
    aliases: ['غوانغتشو', 'غوانغجو', 'غوانزو', 'جوانجتشو'],
  },
  { name: 'Tianjin', nameAr: 'تيانجين', zone: 'Asia/Shanghai', country: 'CN', aliases: ['تيانجن'] },
  { name: 'Chengdu', nameAr: 'تشنغدو', zone: 'Asia/Shanghai', country: 'CN', aliases: ['تشنغ دو', 'تشينغدو'] },
  {
    name: 'Chongqing',
    nameAr: 'تشونغتشينغ',
    zone: 'Asia/Shanghai',
    country: 'CN',
    aliases: ['Chungking', 'تشونغ تشينغ', 'تشونغكينغ'],
  },
  { name: 'Xiamen', nameAr: 'شيامن', zone: 'Asia/Shanghai', country: 'CN', aliases: ['Amoy', 'شيامين'] },
  { name: 'Qingdao', nameAr: 'تشينغداو', zone: 'Asia/Shanghai', country: 'CN', aliases: ['Tsingtao', 'تشينغتاو'] },
  { name: 'Dalian', nameAr: 'داليان', zone: 'Asia/Shanghai', country: 'CN' },
  {
    name: 'Nanjing',
    nameAr: 'نانجينغ',
    zone: 'Asia/Shanghai',
    country: 'CN',
    aliases: ['Nanking', 'نانجين', 'نانكين'],
  },
  { name: 'Suzhou', nameAr: 'سوتشو', zone: 'Asia/Shanghai', country: 'CN', aliases: ['سوجو'] },
  { name: 'Kunming', nameAr: 'كونمينغ', zone: 'Asia/Shanghai', country: 'CN' },
  { name: 'Boao', nameAr: 'بوآو', zone: 'Asia/Shanghai', country: 'CN', aliases: ["Bo'ao", 'بواو'] },
  { name: 'Harbin', nameAr: 'هاربين', zone: 'Asia/Shanghai', country: 'CN' },
  { name: 'Changsha', nameAr: 'تشانغشا', zone: 'Asia/Shanghai', country: 'CN' },
  { name: 'Yinchuan', nameAr: 'ينتشوان', zone: 'Asia/Shanghai', country: 'CN', aliases: ['يينتشوان', 'ينشوان'] },

  // The Koreas.
  { name: 'Busan', nameAr: 'بوسان', zone: 'Asia/Seoul', country: 'KR', aliases: ['Pusan'] },
  // The truce village on the line between the Koreas; the summits met on its southern side.
  {
    name: 'Panmunjom',
    nameAr: 'بانمونجوم',
    zone: 'Asia/Seoul',
    country: 'KR',
    aliases: ['Panmunjeom', 'بان مون جوم', 'بانمونجون'],
  },
  {
    name: 'Jeju',
    nameAr: 'جيجو',
    zone: 'Asia/Seoul',
    country: 'KR',
    aliases: ['Cheju', 'Jeju Island', 'جزيرة جيجو'],
  },
  {
    name: 'Incheon',
    nameAr: 'إنتشون',
    zone: 'Asia/Seoul',
    country: 'KR',
    aliases: ['Inchon', 'إنشيون', 'إنتشيون'],
  },
  {
    name: 'Gyeongju',
    nameAr: 'غيونغجو',
    zone: 'Asia/Seoul',
    country: 'KR',
    aliases: ['Kyongju', 'كيونغجو', 'جيونغجو'],
  },
  {
    name: 'Pyeongchang',
    nameAr: 'بيونغتشانغ',
    zone: 'Asia/Seoul',
    country: 'KR',
    aliases: ['PyeongChang', 'Pyongchang', 'بيونغ تشانغ'],
  },
  { name: 'Kaesong', nameAr: 'كايسونغ', zone: 'Asia/Pyongyang', country: 'KP', aliases: ['Gaeseong', 'كيسونغ'] },
  { name: 'Wonsan', nameAr: 'وونسان', zone: 'Asia/Pyongyang', country: 'KP' },

  // Japan.
  { name: 'Osaka', nameAr: 'أوساكا', zone: 'Asia/Tokyo', country: 'JP' },
  { name: 'Kyoto', nameAr: 'كيوتو', zone: 'Asia/Tokyo', country: 'JP' },
  { name: 'Hiroshima', nameAr: 'هيروشيما', zone: 'Asia/Tokyo', country: 'JP' },
  { name: 'Nagoya', nameAr: 'ناغويا', zone: 'Asia/Tokyo', country: 'JP', aliases: ['ناجويا'] },
  { name: 'Yokohama', nameAr: 'يوكوهاما', zone: 'Asia/Tokyo', country: 'JP' },
  {
    name: 'Ise-Shima',
    nameAr: 'إيسي شيما',
    zone: 'Asia/Tokyo',
    country: 'JP',
    aliases: ['Ise Shima', 'إيسه شيما', 'إيسي-شيما'],
  },
  { name: 'Karuizawa', nameAr: 'كارويزاوا', zone: 'Asia/Tokyo', country: 'JP' },

  // Southeast Asia.
  // (بالي is also "my mind", في بالي "on my mind")
  {
    name: 'Bali',
    nameAr: 'بالي',
    zone: 'Asia/Makassar',
    country: 'ID',
    aliases: ['جزيرة بالي'],
    commonWord: true,
  },
  { name: 'Nusa Dua', nameAr: 'نوسا دوا', zone: 'Asia/Makassar', country: 'ID' },
  { name: 'Labuan Bajo', nameAr: 'لابوان باجو', zone: 'Asia/Makassar', country: 'ID' },
  { name: 'Bandung', nameAr: 'باندونغ', zone: 'Asia/Jakarta', country: 'ID', aliases: ['باندونج'] },
  { name: 'Bogor', nameAr: 'بوغور', zone: 'Asia/Jakarta', country: 'ID', aliases: ['بوجور'] },
  { name: 'Langkawi', nameAr: 'لنكاوي', zone: 'Asia/Kuala_Lumpur', country: 'MY', aliases: ['لانكاوي'] },
  { name: 'Putrajaya', nameAr: 'بوتراجايا', zone: 'Asia/Kuala_Lumpur', country: 'MY' },
  {
    name: 'Da Nang',
    nameAr: 'دا نانغ',
    zone: 'Asia/Bangkok',
    country: 'VN',
    aliases: ['دانانغ', 'دا نانج'],
  },
  {
    name: 'Siem Reap',
    nameAr: 'سييم ريب',
    zone: 'Asia/Phnom_Penh',
    country: 'KH',
    aliases: ['سيم ريب', 'سيام ريب'],
  },
  { name: 'Pattaya', nameAr: 'باتايا', zone: 'Asia/Bangkok', country: 'TH' },
  { name: 'Phuket', nameAr: 'بوكيت', zone: 'Asia/Bangkok', country: 'TH', aliases: ['فوكيت'] },
  { name: 'Cebu', nameAr: 'سيبو', zone: 'Asia/Manila', country: 'PH' },
  {
    name: 'Naypyidaw',
    nameAr: 'نايبيداو',
    zone: 'Asia/Rangoon',
    country: 'MM',
    aliases: ['Nay Pyi Taw', 'Naypyitaw', 'Nay Pyi Daw', 'ناي بي تاو', 'نايبيتاو'],
  },
  {
    name: 'Sentosa',
    nameAr: 'سنتوسا',
    zone: 'Asia/Singapore',
    country: 'SG',
    aliases: ['Sentosa Island', 'جزيرة سنتوسا'],
  },

  // South Asia and Afghanistan.
  { name: 'Mumbai', nameAr: 'مومباي', zone: 'Asia/Kolkata', country: 'IN', aliases: ['Bombay', 'بومباي'] },
  {
    name: 'Bengaluru',
    nameAr: 'بنغالور',
    zone: 'Asia/Kolkata',
    country: 'IN',
    aliases: ['Bangalore', 'بنغالورو', 'بانغالور'],
  },
  { name: 'Chennai', nameAr: 'تشيناي', zone: 'Asia/Kolkata', country: 'IN', aliases: ['Madras', 'شيناي'] },
  // India's; Pakistan has a Hyderabad too, less often in the news of meetings.
  { name: 'Hyderabad', nameAr: 'حيدر آباد', zone: 'Asia/Kolkata', country: 'IN', aliases: ['حيدرآباد'] },
  { name: 'Goa', nameAr: 'غوا', zone: 'Asia/Kolkata', country: 'IN' },
  { name: 'Agra', nameAr: 'أغرا', zone: 'Asia/Kolkata', country: 'IN', aliases: ['آغرا'] },
  { name: 'Amritsar', nameAr: 'أمريتسار', zone: 'Asia/Kolkata', country: 'IN' },
  {
    name: 'Ahmedabad',
    nameAr: 'أحمد آباد',
    zone: 'Asia/Kolkata',
    country: 'IN',
    aliases: ['أحمدآباد', 'أحمد أباد'],
  },
  { name: 'Shimla', nameAr: 'شيملا', zone: 'Asia/Kolkata', country: 'IN', aliases: ['Simla', 'سيملا'] },
  { name: 'Lahore', nameAr: 'لاهور', zone: 'Asia/Karachi', country: 'PK' },
  { name: 'Rawalpindi', nameAr: 'راولبندي', zone: 'Asia/Karachi', country: 'PK' },
  { name: 'Peshawar', nameAr: 'بيشاور', zone: 'Asia/Karachi', country: 'PK' },
  { name: 'Quetta', nameAr: 'كويتا', zone: 'Asia/Karachi', country: 'PK' },
  { name: 'Gwadar', nameAr: 'غوادار', zone: 'Asia/Karachi', country: 'PK', aliases: ['جوادر', 'جوادار'] },
  {
    name: "Cox's Bazar",
    nameAr: 'كوكس بازار',
    zone: 'Asia/Dhaka',
    country: 'BD',
    aliases: ['Cox’s Bazar', 'Coxs Bazar'],
  },
  { name: 'Kandahar', nameAr: 'قندهار', zone: 'Asia/Kabul', country: 'AF', aliases: ['Qandahar'] },
  { name: 'Herat', nameAr: 'هرات', zone: 'Asia/Kabul', country: 'AF' },
  {
    name: 'Mazar-i-Sharif',
    nameAr: 'مزار شريف',
    zone: 'Asia/Kabul',
    country: 'AF',
    aliases: ['Mazar-e-Sharif', 'Mazar-e Sharif'],
  },

  // Central Asia.
  // (بخارى folds to بخاري, the name al-Bukhari, البخاري)
  {
    name: 'Bukhara',
    nameAr: 'بخارى',
    zone: 'Asia/Samarkand',
    country: 'UZ',
    aliases: ['Bukhoro'],
    commonWord: true,
  },
  { name: 'Termez', nameAr: 'ترمذ', zone: 'Asia/Samarkand', country: 'UZ', aliases: ['Termiz'] },
  {
    name: 'Cholpon-Ata',
    nameAr: 'تشولبون آتا',
    zone: 'Asia/Bishkek',
    country: 'KG',
    aliases: ['Cholpon Ata', 'شولبون آتا'],
  },

  // Oceania.
  { name: 'Suva', nameAr: 'سوفا', zone: 'Pacific/Fiji', country: 'FJ' },
  { name: 'Honiara', nameAr: 'هونيارا', zone: 'Pacific/Guadalcanal', country: 'SB' },

  // Russia and Belarus.
  {
    name: 'Nizhny Novgorod',
    nameAr: 'نيجني نوفغورود',
    zone: 'Europe/Moscow',
    country: 'RU',
    aliases: ['Nizhni Novgorod'],
  },
  { name: 'Ufa', nameAr: 'أوفا', zone: 'Asia/Yekaterinburg', country: 'RU' },
  {
    name: 'Rostov-on-Don',
    nameAr: 'روستوف أون دون',
    zone: 'Europe/Moscow',
    country: 'RU',
    aliases: ['Rostov', 'Rostov-na-Donu', 'روستوف', 'روستوف على الدون'],
  },
  { name: 'Makhachkala', nameAr: 'محج قلعة', zone: 'Europe/Moscow', country: 'RU', aliases: ['ماخاتشكالا'] },
  { name: 'Gomel', nameAr: 'غوميل', zone: 'Europe/Minsk', country: 'BY', aliases: ['Homel', 'جوميل'] },

  // The Caucasus.
  { name: 'Shusha', nameAr: 'شوشا', zone: 'Asia/Baku', country: 'AZ' },
  {
    name: 'Nakhchivan',
    nameAr: 'نخجوان',
    zone: 'Asia/Baku',
    country: 'AZ',
    aliases: ['Nakhichevan', 'ناخيتشيفان'],
  },
  { name: 'Batumi', nameAr: 'باتومي', zone: 'Asia/Tbilisi', country: 'GE' },

  // Turkey and Cyprus.
  { name: 'Bodrum', nameAr: 'بودروم', zone: 'Europe/Istanbul', country: 'TR' },
  { name: 'Antakya', nameAr: 'أنطاكيا', zone: 'Europe/Istanbul', country: 'TR', aliases: ['Antioch', 'أنطاكية'] },
  { name: 'Trabzon', nameAr: 'طرابزون', zone: 'Europe/Istanbul', country: 'TR', aliases: ['Trebizond'] },
  { name: 'Konya', nameAr: 'قونية', zone: 'Europe/Istanbul', country: 'TR', aliases: ['قونيا'] },
  { name: 'Larnaca', nameAr: 'لارنكا', zone: 'Asia/Nicosia', country: 'CY', aliases: ['لارناكا'] },
  { name: 'Limassol', nameAr: 'ليماسول', zone: 'Asia/Nicosia', country: 'CY' },

  // Iran.
  // (مشهد is "a scene")
  {
    name: 'Mashhad',
    nameAr: 'مشهد',
    zone: 'Asia/Tehran',
    country: 'IR',
    aliases: ['Mashad'],
    commonWord: true,
  },
  // (قم is "stand up!")
  { name: 'Qom', nameAr: 'قم', zone: 'Asia/Tehran', country: 'IR', aliases: ['Qum'], commonWord: true },
  { name: 'Bandar Abbas', nameAr: 'بندر عباس', zone: 'Asia/Tehran', country: 'IR' },
  {
    name: 'Chabahar',
    nameAr: 'تشابهار',
    zone: 'Asia/Tehran',
    country: 'IR',
    aliases: ['جابهار', 'شابهار', 'چابهار'],
  },
  { name: 'Ahvaz', nameAr: 'الأهواز', zone: 'Asia/Tehran', country: 'IR', aliases: ['Ahwaz'] },
  { name: 'Kish', nameAr: 'كيش', zone: 'Asia/Tehran', country: 'IR', aliases: ['Kish Island', 'جزيرة كيش'] },
  { name: 'Bushehr', nameAr: 'بوشهر', zone: 'Asia/Tehran', country: 'IR' },

  // The Middle East and North Africa.
  { name: 'Herzliya', nameAr: 'هرتسليا', zone: 'Asia/Jerusalem', country: 'IL', aliases: ['Herzlia'] },
  { name: 'Eilat', nameAr: 'إيلات', zone: 'Asia/Jerusalem', country: 'IL', aliases: ['Elat', 'أم الرشراش'] },
  {
    name: 'Sde Boker',
    nameAr: 'سديه بوكير',
    zone: 'Asia/Jerusalem',
    country: 'IL',
    aliases: ['Sde Boqer', 'سدي بوكير'],
  },
  { name: 'Taba', nameAr: 'طابا', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Suez', nameAr: 'السويس', zone: 'Africa/Cairo', country: 'EG' },
  { name: 'Monastir', nameAr: 'المنستير', zone: 'Africa/Tunis', country: 'TN' },
  // Placed as places.json places El Aaiún (Western Sahara, zone Africa/El_Aaiun). (الداخلة is "the inner")
  {
    name: 'Dakhla',
    nameAr: 'الداخلة',
    zone: 'Africa/El_Aaiun',
    country: 'EH',
    aliases: ['Ad-Dakhla'],
    commonWord: true,
  },
  { name: 'Umm Al Quwain', nameAr: 'أم القيوين', zone: 'Asia/Dubai', country: 'AE', aliases: ['Umm al-Quwain'] },

  // Germany.
  { name: 'Hamburg', nameAr: 'هامبورغ', zone: 'Europe/Berlin', country: 'DE' },
  { name: 'Frankfurt', nameAr: 'فرانكفورت', zone: 'Europe/Berlin', country: 'DE' },
  { name: 'Potsdam', nameAr: 'بوتسدام', zone: 'Europe/Berlin', country: 'DE' },
  { name: 'Hanover', nameAr: 'هانوفر', zone: 'Europe/Berlin', country: 'DE', aliases: ['Hannover'] },
  {
    name: 'Elmau',
    nameAr: 'إلماو',
    zone: 'Europe/Berlin',
    country: 'DE',
    aliases: ['Schloss Elmau', 'قصر إلماو'],
  },
  { name: 'Aachen', nameAr: 'آخن', zone: 'Europe/Berlin', country: 'DE', aliases: ['Aix-la-Chapelle'] },
  {
    name: 'Meseberg',
    nameAr: 'ميزبيرغ',
    zone: 'Europe/Berlin',
    country: 'DE',
    aliases: ['Schloss Meseberg', 'قصر ميزبيرغ'],
  },
  { name: 'Heiligendamm', nameAr: 'هايليغندام', zone: 'Europe/Berlin', country: 'DE' },
  {
    name: 'Ramstein',
    nameAr: 'رامشتاين',
    zone: 'Europe/Berlin',
    country: 'DE',
    aliases: ['Ramstein Air Base', 'قاعدة رامشتاين'],
  },

  // France.
  { name: 'Marseille', nameAr: 'مرسيليا', zone: 'Europe/Paris', country: 'FR', aliases: ['Marseilles'] },
  // (ليون is the given name Leon)
  { name: 'Bordeaux', nameAr: 'بوردو', zone: 'Europe/Paris', country: 'FR' },
  { name: 'Toulouse', nameAr: 'تولوز', zone: 'Europe/Paris', country: 'FR' },
  { name: 'Biarritz', nameAr: 'بياريتز', zone: 'Europe/Paris', country: 'FR' },
  { name: 'Deauville', nameAr: 'دوفيل', zone: 'Europe/Paris', country: 'FR' },
  { name: 'Evian', nameAr: 'إيفيان', zone: 'Europe/Paris', country: 'FR', aliases: ['Évian', 'Evian-les-Bains'] },
  // (كان is "was")
  { name: 'Rambouillet', nameAr: 'رامبوييه', zone: 'Europe/Paris', country: 'FR' },
  {
    name: 'La Celle-Saint-Cloud',
    nameAr: 'لاسيل سان كلو',
    zone: 'Europe/Paris',
    country: 'FR',
    aliases: ['La Celle Saint-Cloud', 'لا سيل سان كلو'],
  },

  // Italy.
  { name: 'Naples', nameAr: 'نابولي', zone: 'Europe/Rome', country: 'IT', aliases: ['Napoli'] },
  // (البندقية is "the rifle")
  {
    name: 'Venice',
    nameAr: 'البندقية',
    zone: 'Europe/Rome',
    country: 'IT',
    aliases: ['Venezia', 'فينيسيا'],
    commonWord: true,
  },
  { name: 'Turin', nameAr: 'تورينو', zone: 'Europe/Rome', country: 'IT', aliases: ['Torino'] },
  { name: 'Genoa', nameAr: 'جنوى', zone: 'Europe/Rome', country: 'IT', aliases: ['Genova', 'جنوة'] },
  // (الباري is "the Creator")
  { name: 'Bari', nameAr: 'باري', zone: 'Europe/Rome', country: 'IT', commonWord: true },
  { name: "L'Aquila", nameAr: 'لاكويلا', zone: 'Europe/Rome', country: 'IT', aliases: ['L’Aquila'] },
  { name: 'Taormina', nameAr: 'تاورمينا', zone: 'Europe/Rome', country: 'IT' },
  { name: 'Capri', nameAr: 'كابري', zone: 'Europe/Rome', country: 'IT' },
  {
    name: 'Borgo Egnazia',
    nameAr: 'بورغو إيغنازيا',
    zone: 'Europe/Rome',
    country: 'IT',
    aliases: ['بورغو إنياتسيا', 'بورجو إجنازيا'],
  },

  // Spain and Portugal.
  { name: 'Barcelona', nameAr: 'برشلونة', zone: 'Europe/Madrid', country: 'ES' },
  {
    name: 'Seville',
    nameAr: 'إشبيلية',
    zone: 'Europe/Madrid',
    country: 'ES',
    aliases: ['Sevilla', 'سيفيا'],
  },
  { name: 'Valencia', nameAr: 'فالنسيا', zone: 'Europe/Madrid', country: 'ES', aliases: ['بلنسية'] },
  {
    name: 'Málaga',
    nameAr: 'مالقة',
    zone: 'Europe/Madrid',
    country: 'ES',
    aliases: ['Malaga', 'مالاغا', 'ملقة'],
  },
  { name: 'Granada', nameAr: 'غرناطة', zone: 'Europe/Madrid', country: 'ES' },
  { name: 'Marbella', nameAr: 'ماربيا', zone: 'Europe/Madrid', country: 'ES', aliases: ['ماربيلا'] },
  {
    name: 'Palma de Mallorca',
    nameAr: 'بالما دي مايوركا',
    zone: 'Europe/Madrid',
    country: 'ES',
    aliases: ['بالما دي ميوركا'],
  },
  { name: 'Melilla', nameAr: 'مليلية', zone: 'Africa/Ceuta', country: 'ES', aliases: ['مليلة'] },
  { name: 'Porto', nameAr: 'بورتو', zone: 'Europe/Lisbon', country: 'PT', aliases: ['Oporto'] },

  // The British Isles.
  {
    name: 'Edinburgh',
    nameAr: 'إدنبرة',
    zone: 'Europe/London',
    country: 'GB',
    aliases: ['أدنبرة', 'إدنبرغ'],
  },
  { name: 'Manchester', nameAr: 'مانشستر', zone: 'Europe/London', country: 'GB' },
  { name: 'Birmingham', nameAr: 'برمنغهام', zone: 'Europe/London', country: 'GB', aliases: ['بيرمنغهام'] },
  { name: 'Belfast', nameAr: 'بلفاست', zone: 'Europe/London', country: 'GB' },
  { name: 'Windsor', nameAr: 'وندسور', zone: 'Europe/London', country: 'GB', aliases: ['ويندسور'] },
  {
    name: 'Gleneagles',
    nameAr: 'غلين إيغلز',
    zone: 'Europe/London',
    country: 'GB',
    aliases: ['غلينيغلز'],
  },
  { name: 'Carbis Bay', nameAr: 'كاربيس باي', zone: 'Europe/London', country: 'GB' },

  // The Low Countries, the Alps and the North.
  { name: 'Antwerp', nameAr: 'أنتويرب', zone: 'Europe/Brussels', country: 'BE', aliases: ['Antwerpen', 'أنفرس'] },
  { name: 'Rotterdam', nameAr: 'روتردام', zone: 'Europe/Amsterdam', country: 'NL' },
  {
    name: 'Bürgenstock',
    nameAr: 'بورغنستوك',
    zone: 'Europe/Zurich',
    country: 'CH',
    aliases: ['Burgenstock', 'بورغنشتوك'],
  },
  { name: 'Lugano', nameAr: 'لوغانو', zone: 'Europe/Zurich', country: 'CH' },
  // (غليون is "a tobacco pipe")
  { name: 'Glion', nameAr: 'غليون', zone: 'Europe/Zurich', country: 'CH', commonWord: true },
  { name: 'Salzburg', nameAr: 'سالزبورغ', zone: 'Europe/Vienna', country: 'AT' },
  {
    name: 'Gothenburg',
    nameAr: 'غوتنبرغ',
    zone: 'Europe/Stockholm',
    country: 'SE',
    aliases: ['Göteborg', 'يوتيبوري'],
  },
  { name: 'Malmö', nameAr: 'مالمو', zone: 'Europe/Stockholm', country: 'SE', aliases: ['Malmo'] },
  { name: 'Rimbo', nameAr: 'ريمبو', zone: 'Europe/Stockholm', country: 'SE' },

  // Central and Eastern Europe, the Balkans.
  { name: 'Kraków', nameAr: 'كراكوف', zone: 'Europe/Warsaw', country: 'PL', aliases: ['Krakow', 'Cracow'] },
  {
    name: 'Rzeszów',
    nameAr: 'جيشوف',
    zone: 'Europe/Warsaw',
    country: 'PL',
    aliases: ['Rzeszow', 'رزيشوف', 'ريشوف'],
  },
  { name: 'Gdańsk', nameAr: 'غدانسك', zone: 'Europe/Warsaw', country: 'PL', aliases: ['Gdansk'] },
  { name: 'Sibiu', nameAr: 'سيبيو', zone: 'Europe/Bucharest', country: 'RO' },
  {
    name: 'Thessaloniki',
    nameAr: 'سالونيك',
    zone: 'Europe/Athens',
    country: 'GR',
    aliases: ['Salonika', 'تسالونيكي', 'ثيسالونيكي'],
  },
  { name: 'Dubrovnik', nameAr: 'دوبروفنيك', zone: 'Europe/Zagreb', country: 'HR' },
  { name: 'Ohrid', nameAr: 'أوهريد', zone: 'Europe/Skopje', country: 'MK' },
  { name: 'Banja Luka', nameAr: 'بانيا لوكا', zone: 'Europe/Sarajevo', country: 'BA' },
  // Kosovo's capital: XK is the code Intl and the EU use.
  { name: 'Pristina', nameAr: 'بريشتينا', zone: 'Europe/Belgrade', country: 'XK', aliases: ['Prishtina'] },

  // Ukraine.
  { name: 'Odesa', nameAr: 'أوديسا', zone: 'Europe/Kiev', country: 'UA', aliases: [] },
  // (لفيف is "a crowd", لفيف من المسؤولين)
  { name: 'Lviv', nameAr: 'لفيف', zone: 'Europe/Kiev', country: 'UA', aliases: ['Lvov'], commonWord: true },
  { name: 'Kharkiv', nameAr: 'خاركيف', zone: 'Europe/Kiev', country: 'UA', aliases: ['Kharkov'] },
  { name: 'Bucha', nameAr: 'بوتشا', zone: 'Europe/Kiev', country: 'UA' },
  {
    name: 'Zaporizhzhia',
    nameAr: 'زابوريجيا',
    zone: 'Europe/Kiev',
    country: 'UA',
    aliases: ['Zaporizhia', 'Zaporozhye', 'زاباروجيا'],
  },

  // The United States.
  { name: 'San Francisco', nameAr: 'سان فرانسيسكو', zone: 'America/Los_Angeles', country: 'US' },
  { name: 'Seattle', nameAr: 'سياتل', zone: 'America/Los_Angeles', country: 'US' },
  { name: 'Rancho Mirage', nameAr: 'رانشو ميراج', zone: 'America/Los_Angeles', country: 'US' },
  { name: 'Woodside', nameAr: 'وودسايد', zone: 'America/Los_Angeles', country: 'US' },
  { name: 'Miami', nameAr: 'ميامي', zone: 'America/New_York', country: 'US' },
  { name: 'West Palm Beach', nameAr: 'ويست بالم بيتش', zone: 'America/New_York', country: 'US' },
  { name: 'Tampa', nameAr: 'تامبا', zone: 'America/New_York', country: 'US' },
  { name: 'Boston', nameAr: 'بوسطن', zone: 'America/New_York', country: 'US' },
  { name: 'Pittsburgh', nameAr: 'بيتسبرغ', zone: 'America/New_York', country: 'US' },
  { name: 'Bedminster', nameAr: 'بيدمينستر', zone: 'America/New_York', country: 'US' },
  { name: 'Wilmington', nameAr: 'ويلمنغتون', zone: 'America/New_York', country: 'US' },
  {
    name: 'Wye River',
    nameAr: 'واي ريفر',
    zone: 'America/New_York',
    country: 'US',
    aliases: ['Wye Plantation', 'واي بلانتيشن'],
  },
  { name: 'Shepherdstown', nameAr: 'شيبردزتاون', zone: 'America/New_York', country: 'US' },

  // Canada and Mexico.
  { name: 'Montreal', nameAr: 'مونتريال', zone: 'America/Toronto', country: 'CA', aliases: ['Montréal'] },
  {
    name: 'Quebec City',
    nameAr: 'مدينة كيبيك',
    zone: 'America/Toronto',
    country: 'CA',
    aliases: ['Québec City', 'كيبيك سيتي'],
  },
  { name: 'Charlevoix', nameAr: 'شارلفوا', zone: 'America/Toronto', country: 'CA', aliases: ['La Malbaie'] },
  { name: 'Kananaskis', nameAr: 'كاناناسكيس', zone: 'America/Edmonton', country: 'CA' },
  { name: 'Guadalajara', nameAr: 'غوادالاخارا', zone: 'America/Mexico_City', country: 'MX' },
  { name: 'Los Cabos', nameAr: 'لوس كابوس', zone: 'America/Mazatlan', country: 'MX' },

  // The Caribbean and South America.
  { name: 'Kingston', nameAr: 'كينغستون', zone: 'America/Jamaica', country: 'JM' },
  { name: 'Bridgetown', nameAr: 'بريدجتاون', zone: 'America/Barbados', country: 'BB' },
  { name: 'Quito', nameAr: 'كيتو', zone: 'America/Guayaquil', country: 'EC' },
  {
    name: 'Rio de Janeiro',
    nameAr: 'ريو دي جانيرو',
    zone: 'America/Sao_Paulo',
    country: 'BR',
    aliases: [],
  },
  { name: 'Punta del Este', nameAr: 'بونتا ديل إستي', zone: 'America/Montevideo', country: 'UY' },
  { name: 'Mar del Plata', nameAr: 'مار ديل بلاتا', zone: 'America/Buenos_Aires', country: 'AR' },

  // Sub-Saharan Africa.
  { name: 'Cape Town', nameAr: 'كيب تاون', zone: 'Africa/Johannesburg', country: 'ZA', aliases: ['كيبتاون'] },
  { name: 'Durban', nameAr: 'ديربان', zone: 'Africa/Johannesburg', country: 'ZA' },
  { name: 'Yaoundé', nameAr: 'ياوندي', zone: 'Africa/Douala', country: 'CM', aliases: ['Yaounde'] },
  { name: 'Lilongwe', nameAr: 'ليلونغوي', zone: 'Africa/Blantyre', country: 'MW' },
  { name: 'Dodoma', nameAr: 'دودوما', zone: 'Africa/Dar_es_Salaam', country: 'TZ' },
  { name: 'Gitega', nameAr: 'غيتيغا', zone: 'Africa/Bujumbura', country: 'BI' },
  { name: 'Yamoussoukro', nameAr: 'ياموسوكرو', zone: 'Africa/Abidjan', country: 'CI' },
  { name: 'Cotonou', nameAr: 'كوتونو', zone: 'Africa/Porto-Novo', country: 'BJ' },
  { name: 'Mombasa', nameAr: 'مومباسا', zone: 'Africa/Nairobi', country: 'KE' },
  { name: 'Naivasha', nameAr: 'نيفاشا', zone: 'Africa/Nairobi', country: 'KE' },
  { name: 'Machakos', nameAr: 'ماشاكوس', zone: 'Africa/Nairobi', country: 'KE' },
  { name: 'Arusha', nameAr: 'أروشا', zone: 'Africa/Dar_es_Salaam', country: 'TZ' },
  { name: 'Zanzibar', nameAr: 'زنجبار', zone: 'Africa/Dar_es_Salaam', country: 'TZ' },
  { name: 'Entebbe', nameAr: 'عنتيبي', zone: 'Africa/Kampala', country: 'UG' },
  { name: 'Goma', nameAr: 'غوما', zone: 'Africa/Lubumbashi', country: 'CD' },
  // Somaliland's port, placed as the supplement places Hargeisa. (بربرة is "babble")
  { name: 'Berbera', nameAr: 'بربرة', zone: 'Africa/Mogadishu', country: 'SO', commonWord: true },
];
