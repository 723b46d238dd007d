/**
 * Leaders of the 22 Arab League states, 2011–2026: heads of state and of government, foreign
 * ministers, and a few figures who stand in for them in diplomatic news (Kurdistan's leaders,
 * Lebanon's speaker, Libya's rival authorities, the Houthis' leaders).
 *
 * One person a row, read by leaders.ts: `CC from-to offices | English name | Arabic name | short; short`.
 * `from-` is still in office; the years span every office the person held in these years. `offices`
 * lists them, the main one first, each `code` (for the row's years) or `code from-to`, with
 * `@CC` when it was another state's or organisation's (codes: OFFICE_CODES in leaders.ts).
 * Curated by hand from general knowledge (December 2026); see leaders.ts for what it is for.
 */
export const ARAB_LEADER_ROWS = `
# Saudi Arabia
SA 2005-2015 hos, hog | Abdullah bin Abdulaziz Al Saud | عبد الله بن عبد العزيز آل سعود | King Abdullah bin Abdulaziz; الملك عبد الله بن عبد العزيز; العاهل السعودي; خادم الحرمين الشريفين
SA 2015- hos, hog 2015-2022 | Salman bin Abdulaziz Al Saud | سلمان بن عبد العزيز آل سعود | King Salman; الملك سلمان; الملك سلمان بن عبد العزيز; العاهل السعودي; خادم الحرمين الشريفين
SA 2005-2011 cp | Sultan bin Abdulaziz Al Saud | سلطان بن عبد العزيز آل سعود | Prince Sultan bin Abdulaziz; الأمير سلطان بن عبد العزيز
SA 2011-2012 cp | Nayef bin Abdulaziz Al Saud | نايف بن عبد العزيز آل سعود | Prince Nayef bin Abdulaziz; الأمير نايف بن عبد العزيز
SA 2014-2015 other 2014-2015, cp 2015-2015 | Muqrin bin Abdulaziz Al Saud | مقرن بن عبد العزيز آل سعود | Prince Muqrin; الأمير مقرن; الأمير مقرن بن عبد العزيز
SA 2012-2017 minister 2012-2017, cp 2015-2017 | Mohammed bin Nayef Al Saud | محمد بن نايف آل سعود | Mohammed bin Nayef; Prince Mohammed bin Nayef; محمد بن نايف; الأمير محمد بن نايف
SA 2015- cp 2017-, hog 2022-, minister 2015-2022 | Mohammed bin Salman Al Saud | محمد بن سلمان آل سعود | MBS; Mohammed bin Salman; Crown Prince Mohammed bin Salman; محمد بن سلمان; الأمير محمد بن سلمان
SA 1975-2015 fm | Saud al-Faisal | سعود الفيصل | Prince Saud al-Faisal; الأمير سعود الفيصل
SA 2015- fm 2015-2018, minister 2018- | Adel al-Jubeir | عادل الجبير |
SA 2018-2019 fm | Ibrahim al-Assaf | إبراهيم العساف |
SA 2019- fm | Faisal bin Farhan Al Saud | فيصل بن فرحان آل سعود | Prince Faisal bin Farhan; Faisal bin Farhan; الأمير فيصل بن فرحان; فيصل بن فرحان
# United Arab Emirates
AE 2004-2022 hos | Khalifa bin Zayed Al Nahyan | خليفة بن زايد آل نهيان | Sheikh Khalifa bin Zayed; الشيخ خليفة بن زايد
AE 2004- cp 2004-2022, hos 2022- | Mohamed bin Zayed Al Nahyan | محمد بن زايد آل نهيان | MBZ; Sheikh Mohamed bin Zayed; Mohamed bin Zayed; الشيخ محمد بن زايد; محمد بن زايد
AE 2006- hog, vp | Mohammed bin Rashid Al Maktoum | محمد بن راشد آل مكتوم | Sheikh Mohammed bin Rashid; الشيخ محمد بن راشد
AE 2006- fm | Abdullah bin Zayed Al Nahyan | عبد الله بن زايد آل نهيان | Sheikh Abdullah bin Zayed; Abdullah bin Zayed; الشيخ عبد الله بن زايد; عبد الله بن زايد
AE 2009- vp 2023-, other | Mansour bin Zayed Al Nahyan | منصور بن زايد آل نهيان | Sheikh Mansour bin Zayed; الشيخ منصور بن زايد
AE 2008- minister 2008-2021, other 2021- | Anwar Gargash | أنور قرقاش |
# Qatar
QA 1995-2013 hos | Hamad bin Khalifa Al Thani | حمد بن خليفة آل ثاني | Sheikh Hamad bin Khalifa; الشيخ حمد بن خليفة; Emir of Qatar; أمير قطر
QA 2013- hos | Tamim bin Hamad Al Thani | تميم بن حمد آل ثاني | Emir Tamim; Sheikh Tamim; Sheikh Tamim bin Hamad; الشيخ تميم; الشيخ تميم بن حمد; الأمير تميم; Emir of Qatar; أمير قطر
QA 1992-2013 fm, hog 2007-2013 | Hamad bin Jassim bin Jaber Al Thani | حمد بن جاسم بن جبر آل ثاني | HBJ; Sheikh Hamad bin Jassim; الشيخ حمد بن جاسم
QA 2013-2020 hog | Abdullah bin Nasser bin Khalifa Al Thani | عبد الله بن ناصر بن خليفة آل ثاني | Sheikh Abdullah bin Nasser; الشيخ عبد الله بن ناصر
QA 2020-2023 hog | Khalid bin Khalifa bin Abdulaziz Al Thani | خالد بن خليفة بن عبد العزيز آل ثاني | Sheikh Khalid bin Khalifa; الشيخ خالد بن خليفة
QA 2016- fm, hog 2023- | Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني | Sheikh Mohammed bin Abdulrahman; الشيخ محمد بن عبد الرحمن
QA 2013-2016 fm | Khalid al-Attiyah | خالد العطية |
# Kuwait
KW 2006-2020 hos | Sabah al-Ahmad al-Jaber al-Sabah | صباح الأحمد الجابر الصباح | Emir Sabah; Sheikh Sabah al-Ahmad; الشيخ صباح الأحمد; Emir of Kuwait; أمير الكويت
KW 2020-2023 hos | Nawaf al-Ahmad al-Jaber al-Sabah | نواف الأحمد الجابر الصباح | Emir Nawaf; Sheikh Nawaf; Sheikh Nawaf al-Ahmad; الشيخ نواف الأحمد; Emir of Kuwait; أمير الكويت
KW 2023- hos | Mishal al-Ahmad al-Jaber al-Sabah | مشعل الأحمد الجابر الصباح | Emir Mishal; Sheikh Mishal; Sheikh Mishal al-Ahmad; الشيخ مشعل الأحمد; Emir of Kuwait; أمير الكويت
KW 2006-2011 hog | Nasser al-Mohammed al-Ahmad al-Sabah | ناصر المحمد الأحمد الصباح | Sheikh Nasser al-Mohammed; الشيخ ناصر المحمد
KW 2011-2019 hog | Jaber al-Mubarak al-Hamad al-Sabah | جابر المبارك الحمد الصباح | Sheikh Jaber al-Mubarak; الشيخ جابر المبارك
KW 2011- fm 2011-2019, hog 2019-2022, cp 2024- | Sabah al-Khalid al-Hamad al-Sabah | صباح الخالد الحمد الصباح | Sheikh Sabah al-Khalid; الشيخ صباح الخالد
KW 2022-2024 hog | Ahmad Nawaf al-Ahmad al-Sabah | أحمد نواف الأحمد الصباح | Sheikh Ahmad Nawaf; الشيخ أحمد نواف الأحمد; الشيخ أحمد النواف
KW 2003-2024 fm 2003-2011, hog 2024-2024 | Mohammad Sabah al-Salem al-Sabah | محمد صباح السالم الصباح | Sheikh Mohammad Sabah al-Salem; الشيخ محمد صباح السالم
KW 2024- hog | Ahmad Abdullah al-Ahmad al-Sabah | أحمد عبد الله الأحمد الصباح | Sheikh Ahmad Abdullah al-Ahmad; الشيخ أحمد عبد الله الأحمد
KW 2019-2022 fm | Ahmad Nasser al-Mohammed al-Sabah | أحمد ناصر المحمد الصباح | Sheikh Ahmad Nasser al-Mohammed; الشيخ أحمد ناصر المحمد
KW 2022-2024 fm | Salem Abdullah al-Jaber al-Sabah | سالم عبد الله الجابر الصباح | Sheikh Salem Abdullah al-Jaber; الشيخ سالم عبد الله الجابر
KW 2024- fm | Abdullah al-Yahya | عبد الله اليحيا |
# Bahrain
BH 1999- hos | Hamad bin Isa Al Khalifa | حمد بن عيسى آل خليفة | King Hamad; King Hamad bin Isa; الملك حمد بن عيسى; ملك البحرين; العاهل البحريني
BH 1970-2020 hog | Khalifa bin Salman Al Khalifa | خليفة بن سلمان آل خليفة | Prince Khalifa bin Salman; الأمير خليفة بن سلمان
BH 1999- cp, hog 2020- | Salman bin Hamad Al Khalifa | سلمان بن حمد آل خليفة | Prince Salman bin Hamad; الأمير سلمان بن حمد; ولي عهد البحرين
BH 2005-2020 fm | Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة | Sheikh Khalid bin Ahmed; الشيخ خالد بن أحمد
BH 2011- sg@GCC 2011-2020, fm 2020- | Abdullatif bin Rashid Al Zayani | عبد اللطيف بن راشد الزياني |
# Oman
OM 1970-2020 hos, hog | Qaboos bin Said | قابوس بن سعيد | Sultan Qaboos; السلطان قابوس; Sultan of Oman; سلطان عمان
OM 2020- hos, hog | Haitham bin Tarik | هيثم بن طارق | Sultan Haitham; السلطان هيثم; السلطان هيثم بن طارق; Sultan of Oman; سلطان عمان
OM 1997-2020 fm | Yusuf bin Alawi bin Abdullah | يوسف بن علوي بن عبد الله | Yusuf bin Alawi; يوسف بن علوي
OM 2020- fm | Badr Albusaidi | بدر البوسعيدي | Badr bin Hamad Albusaidi; بدر بن حمد البوسعيدي
# Jordan
JO 1999- hos | Abdullah II | عبد الله الثاني | King Abdullah II; الملك عبد الله الثاني; العاهل الأردني; ملك الأردن
JO 2009-2011 hog | Samir Rifai | سمير الرفاعي |
JO 2011-2011 hog | Marouf al-Bakhit | معروف البخيت |
JO 2011-2012 hog | Awn Khasawneh | عون الخصاونة |
JO 2012-2012 hog | Fayez Tarawneh | فايز الطراونة |
JO 2012-2016 hog | Abdullah Ensour | عبد الله النسور |
JO 2016-2018 hog | Hani Mulki | هاني الملقي |
JO 2018-2020 hog | Omar Razzaz | عمر الرزاز |
JO 2020-2024 hog | Bisher Khasawneh | بشر الخصاونة |
JO 2024- hog | Jafar Hassan | جعفر حسان |
JO 2009-2017 fm | Nasser Judeh | ناصر جودة |
JO 2017- fm | Ayman Safadi | أيمن الصفدي |
# Egypt
EG 1981-2011 hos | Hosni Mubarak | حسني مبارك |
EG 2011-2012 hos | Mohamed Hussein Tantawi | محمد حسين طنطاوي |
EG 2012-2013 hos | Mohamed Morsi | محمد مرسي |
EG 2013-2014 hos | Adly Mansour | عدلي منصور |
EG 2012- minister 2012-2014, hos 2014- | Abdel Fattah al-Sisi | عبد الفتاح السيسي |
EG 2013-2013 vp | Mohamed ElBaradei | محمد البرادعي |
EG 2011-2011 hog | Ahmed Shafik | أحمد شفيق |
EG 2011-2011 hog | Essam Sharaf | عصام شرف |
EG 2011-2012 hog | Kamal Ganzouri | كمال الجنزوري |
EG 2012-2013 hog | Hesham Qandil | هشام قنديل |
EG 2013-2014 hog | Hazem el-Beblawi | حازم الببلاوي |
EG 2014-2015 hog | Ibrahim Mahlab | إبراهيم محلب |
EG 2015-2018 hog | Sherif Ismail | شريف إسماعيل |
EG 2018- hog | Mostafa Madbouly | مصطفى مدبولي |
EG 2011-2013 fm | Mohamed Kamel Amr | محمد كامل عمرو |
EG 2013-2014 fm | Nabil Fahmy | نبيل فهمي |
EG 2014-2024 fm | Sameh Shoukry | سامح شكري |
EG 2024- fm | Badr Abdelatty | بدر عبد العاطي |
# Syria
SY 2000-2024 hos | Bashar al-Assad | بشار الأسد |
SY 2024- hos | Ahmed al-Sharaa | أحمد الشرع | Abu Mohammed al-Jolani; Abu Mohammad al-Julani; أبو محمد الجولاني
SY 2006-2014 vp | Farouk al-Sharaa | فاروق الشرع |
SY 2003-2011 hog | Mohammad Naji al-Otari | محمد ناجي عطري |
SY 2011-2012 hog | Adel Safar | عادل سفر |
SY 2012-2012 hog | Riyad Hijab | رياض حجاب |
SY 2012-2016 hog | Wael al-Halqi | وائل الحلقي |
SY 2016-2020 hog | Imad Khamis | عماد خميس |
SY 2020-2024 hog | Hussein Arnous | حسين عرنوس |
SY 2024-2024 hog | Mohammad Ghazi al-Jalali | محمد غازي الجلالي |
SY 2024-2025 hog | Mohammed al-Bashir | محمد البشير |
SY 2006-2020 fm | Walid al-Muallem | وليد المعلم |
SY 2020-2024 fm | Faisal Mekdad | فيصل المقداد |
SY 2024-2024 fm | Bassam Sabbagh | بسام صباغ |
SY 2024- fm | Asaad al-Shaibani | أسعد الشيباني | Asaad Hassan al-Shaibani; أسعد حسن الشيباني
# Iraq
IQ 2005-2014 hos | Jalal Talabani | جلال طالباني |
IQ 2014-2018 hos | Fuad Masum | فؤاد معصوم |
IQ 2018-2022 hos | Barham Salih | برهم صالح |
IQ 2022- hos | Abdul Latif Rashid | عبد اللطيف رشيد |
IQ 2006-2014 hog | Nouri al-Maliki | نوري المالكي |
IQ 2014-2018 hog | Haider al-Abadi | حيدر العبادي |
IQ 2018-2020 hog | Adil Abdul-Mahdi | عادل عبد المهدي |
IQ 2020-2022 hog | Mustafa al-Kadhimi | مصطفى الكاظمي |
IQ 2022- hog | Mohammed Shia al-Sudani | محمد شياع السوداني |
IQ 2003-2014 fm | Hoshyar Zebari | هوشيار زيباري |
IQ 2014-2018 fm | Ibrahim al-Jaafari | إبراهيم الجعفري |
IQ 2018-2020 fm | Mohamed Ali Alhakim | محمد علي الحكيم |
IQ 2020- fm | Fuad Hussein | فؤاد حسين |
IQ 2005-2017 other | Masoud Barzani | مسعود بارزاني |
IQ 2012- other | Nechirvan Barzani | نيجيرفان بارزاني |
IQ 2019- other | Masrour Barzani | مسرور بارزاني |
# Lebanon
LB 2008-2014 hos | Michel Suleiman | ميشال سليمان |
LB 2016-2022 hos | Michel Aoun | ميشال عون |
LB 2017- other 2017-2024, hos 2025- | Joseph Aoun | جوزاف عون |
LB 1992- speaker | Nabih Berri | نبيه بري |
LB 2009-2020 hog 2009-2011, hog 2016-2020 | Saad Hariri | سعد الحريري |
LB 2011-2025 hog 2011-2014, hog 2021-2025 | Najib Mikati | نجيب ميقاتي |
LB 2014-2016 hog | Tammam Salam | تمام سلام |
LB 2020-2021 hog | Hassan Diab | حسان دياب |
LB 2025- hog | Nawaf Salam | نواف سلام |
LB 2009-2011 fm | Ali al-Shami | علي الشامي |
LB 2011-2014 fm | Adnan Mansour | عدنان منصور |
LB 2014-2020 fm | Gebran Bassil | جبران باسيل |
LB 2020-2020 fm | Nassif Hitti | ناصيف حتي |
LB 2020-2021 fm | Charbel Wehbe | شربل وهبه |
LB 2021-2025 fm | Abdallah Bou Habib | عبد الله بو حبيب |
LB 2025- fm | Youssef Rajji | يوسف رجي |
# Palestine
PS 2005- hos | Mahmoud Abbas | محمود عباس | Abu Mazen; أبو مازن
PS 2007-2013 hog | Salam Fayyad | سلام فياض |
PS 2013-2019 hog | Rami Hamdallah | رامي الحمد الله |
PS 2019-2024 hog | Mohammad Shtayyeh | محمد اشتية |
PS 2024- hog | Mohammad Mustafa | محمد مصطفى |
PS 2007-2024 fm | Riyad al-Maliki | رياض المالكي |
PS 2024- fm | Varsen Aghabekian Shahin | فارسين أغابكيان شاهين |
PS 2022- other 2022-2025, vp 2025- | Hussein al-Sheikh | حسين الشيخ |
PS 2006-2024 other | Ismail Haniyeh | إسماعيل هنية |
# Yemen
YE 1978-2012 hos | Ali Abdullah Saleh | علي عبد الله صالح |
YE 2012-2022 hos | Abd-Rabbu Mansour Hadi | عبد ربه منصور هادي |
YE 2022- hos | Rashad al-Alimi | رشاد العليمي |
YE 2007-2011 hog | Ali Mohammed Mujawar | علي محمد مجور |
YE 2011-2014 hog | Mohammed Basindawa | محمد سالم باسندوة |
YE 2014-2016 hog | Khaled Bahah | خالد بحاح |
YE 2016-2018 hog | Ahmed Obeid bin Daghr | أحمد عبيد بن دغر |
YE 2018-2024 hog | Maeen Abdulmalik | معين عبد الملك |
YE 2020-2025 fm 2020-2024, hog 2024-2025 | Ahmed Awad bin Mubarak | أحمد عوض بن مبارك |
YE 2025- hog | Salem bin Breik | سالم بن بريك |
YE 2001-2014 fm | Abu Bakr al-Qirbi | أبو بكر القربي |
YE 2015-2016 fm | Riyadh Yassin | رياض ياسين |
YE 2016-2018 fm | Abdulmalik al-Mekhlafi | عبد الملك المخلافي |
YE 2018-2019 fm | Khaled al-Yamani | خالد اليماني |
YE 2019-2020 fm | Mohammed al-Hadhrami | محمد الحضرمي |
YE 2024- fm | Shaya al-Zindani | شائع الزنداني |
YE 2004- other | Abdul-Malik al-Houthi | عبد الملك الحوثي |
YE 2016-2018 other | Saleh al-Sammad | صالح الصماد |
YE 2018- other | Mahdi al-Mashat | مهدي المشاط |
YE 2015- other | Mohammed Abdulsalam | محمد عبد السلام |
# Libya
LY 1969-2011 hos | Muammar Gaddafi | معمر القذافي |
LY 2011-2012 hos | Mustafa Abdul Jalil | مصطفى عبد الجليل |
LY 2011-2011 hog | Mahmoud Jibril | محمود جبريل |
LY 2011-2012 hog | Abdurrahim El-Keib | عبد الرحيم الكيب |
LY 2012-2013 hos | Mohammed Magariaf | محمد المقريف |
LY 2012-2014 hog | Ali Zeidan | علي زيدان |
LY 2013-2014 hos | Nouri Abusahmain | نوري أبو سهمين |
LY 2014-2021 other | Abdullah al-Thinni | عبد الله الثني |
LY 2014- speaker | Aguila Saleh | عقيلة صالح |
LY 2014- other | Khalifa Haftar | خليفة حفتر |
LY 2015-2021 hog | Fayez al-Sarraj | فائز السراج |
LY 2021- hos | Mohamed al-Menfi | محمد المنفي |
LY 2021- hog | Abdul Hamid Dbeibah | عبد الحميد الدبيبة |
LY 2018-2023 other | Fathi Bashagha | فتحي باشاغا |
LY 2023- other | Osama Hammad | أسامة حماد |
LY 2016-2021 fm | Mohamed Siala | محمد الطاهر سيالة |
LY 2021-2023 fm | Najla Mangoush | نجلاء المنقوش |
# Tunisia
TN 1987-2011 hos | Zine El Abidine Ben Ali | زين العابدين بن علي |
TN 2011-2011 hos | Fouad Mebazaa | فؤاد المبزع |
TN 2011-2014 hos | Moncef Marzouki | المنصف المرزوقي |
TN 2011-2019 hog 2011-2011, hos 2014-2019 | Beji Caid Essebsi | الباجي قائد السبسي |
TN 2019-2019 hos | Mohamed Ennaceur | محمد الناصر |
TN 2019- hos | Kais Saied | قيس سعيد |
TN 1999-2011 hog | Mohamed Ghannouchi | محمد الغنوشي |
TN 2011-2013 hog | Hamadi Jebali | حمادي الجبالي |
TN 2013-2014 hog | Ali Laarayedh | علي العريض |
TN 2014-2015 hog | Mehdi Jomaa | مهدي جمعة |
TN 2015-2016 hog | Habib Essid | الحبيب الصيد |
TN 2016-2020 hog | Youssef Chahed | يوسف الشاهد |
TN 2020-2020 hog | Elyes Fakhfakh | إلياس الفخفاخ |
TN 2020-2021 hog | Hichem Mechichi | هشام المشيشي |
TN 2021-2023 hog | Najla Bouden | نجلاء بودن |
TN 2023-2024 hog | Ahmed Hachani | أحمد الحشاني |
TN 2024-2025 hog | Kamel Maddouri | كمال المدوري |
TN 2025- hog | Sara Zaafrani Zenzri | سارة الزعفراني الزنزري |
TN 2011-2013 fm | Rafik Abdessalem | رفيق عبد السلام |
TN 2013-2023 fm 2013-2014, fm 2020-2023 | Othman Jerandi | عثمان الجرندي |
TN 2014-2015 fm | Mongi Hamdi | المنجي الحامدي |
TN 2015-2016 fm | Taieb Baccouche | الطيب البكوش |
TN 2016-2019 fm | Khemaies Jhinaoui | خميس الجهيناوي |
TN 2020-2020 fm | Noureddine Erray | نور الدين الري |
TN 2023-2024 fm | Nabil Ammar | نبيل عمار |
TN 2024- fm | Mohamed Ali Nafti | محمد علي النفطي |
# Algeria
DZ 1999-2019 hos | Abdelaziz Bouteflika | عبد العزيز بوتفليقة |
DZ 2019-2019 hos | Abdelkader Bensalah | عبد القادر بن صالح |
DZ 2017- hog 2017-2017, hos 2019- | Abdelmadjid Tebboune | عبد المجيد تبون |
DZ 2008-2019 hog 2008-2012, hog 2017-2019 | Ahmed Ouyahia | أحمد أويحيى |
DZ 2012-2017 hog | Abdelmalek Sellal | عبد المالك سلال |
DZ 2019-2019 hog | Noureddine Bedoui | نور الدين بدوي |
DZ 2020-2021 hog | Abdelaziz Djerad | عبد العزيز جراد |
DZ 2021-2023 hog | Aymen Benabderrahmane | أيمن بن عبد الرحمان |
DZ 2023-2025 hog | Nadir Larbaoui | نذير العرباوي |
DZ 2007-2013 fm | Mourad Medelci | مراد مدلسي |
DZ 2013-2023 fm 2013-2017, fm 2021-2023 | Ramtane Lamamra | رمطان لعمامرة |
DZ 2017-2019 fm | Abdelkader Messahel | عبد القادر مساهل |
DZ 2019-2021 fm | Sabri Boukadoum | صبري بوقدوم |
DZ 2023- fm | Ahmed Attaf | أحمد عطاف |
# Morocco
MA 1999- hos | Mohammed VI | محمد السادس | King Mohammed VI; الملك محمد السادس; العاهل المغربي; ملك المغرب
MA 2007-2011 hog | Abbas El Fassi | عباس الفاسي |
MA 2011-2017 hog | Abdelilah Benkirane | عبد الإله بنكيران |
MA 2012-2021 fm 2012-2013, hog 2017-2021 | Saadeddine Othmani | سعد الدين العثماني |
MA 2021- hog | Aziz Akhannouch | عزيز أخنوش |
MA 2007-2012 fm | Taib Fassi Fihri | الطيب الفاسي الفهري |
MA 2013-2017 fm | Salaheddine Mezouar | صلاح الدين مزوار |
MA 2017- fm | Nasser Bourita | ناصر بوريطة |
# Mauritania
MR 2009-2019 hos | Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز |
MR 2019- hos | Mohamed Ould Cheikh El Ghazouani | محمد ولد الشيخ الغزواني |
MR 2008-2014 hog | Moulaye Ould Mohamed Laghdaf | مولاي ولد محمد لقظف |
MR 2014-2018 hog | Yahya Ould Hademine | يحيى ولد حدمين |
MR 2018-2019 hog | Mohamed Salem Ould Bechir | محمد سالم ولد البشير |
MR 2019-2020 hog | Ismail Ould Bedde Ould Cheikh Sidiya | إسماعيل ولد بده ولد الشيخ سيديا |
MR 2020-2024 hog | Mohamed Ould Bilal | محمد ولد بلال |
MR 2024- hog | Mokhtar Ould Djay | المختار ولد اجاي |
MR 2016-2018 fm | Isselkou Ould Ahmed Izid Bih | إسلكو ولد أحمد إزيد بيه |
MR 2015-2022 envoy@UN 2015-2018, fm 2018-2022 | Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد |
MR 2022- fm | Mohamed Salem Ould Merzoug | محمد سالم ولد مرزوك |
# Sudan
SD 1989-2019 hos | Omar al-Bashir | عمر البشير |
SD 2019- hos | Abdel Fattah al-Burhan | عبد الفتاح البرهان |
SD 2019- vp 2019-2023, other 2023- | Mohamed Hamdan Dagalo | محمد حمدان دقلو | Hemedti; حميدتي
SD 2017-2018 hog | Bakri Hassan Saleh | بكري حسن صالح |
SD 2018-2019 hog | Motazz Moussa | معتز موسى |
SD 2019-2022 hog | Abdalla Hamdok | عبد الله حمدوك |
SD 2025- hog | Kamil Idris | كامل إدريس |
SD 2010-2015 fm | Ali Karti | علي كرتي |
SD 2015-2018 fm | Ibrahim Ghandour | إبراهيم غندور |
SD 2018-2019 fm | Al-Dirdiri Mohamed Ahmed | الدرديري محمد أحمد |
SD 2019-2020 fm | Asma Abdalla | أسماء عبد الله |
SD 2021-2021 fm | Mariam al-Sadiq al-Mahdi | مريم الصادق المهدي |
# Somalia
SO 2009-2012 hos | Sharif Sheikh Ahmed | شريف شيخ أحمد |
SO 2012- hos 2012-2017, hos 2022- | Hassan Sheikh Mohamud | حسن شيخ محمود |
SO 2010-2022 hog 2010-2011, hos 2017-2022 | Mohamed Abdullahi Farmaajo | محمد عبد الله فرماجو |
SO 2011-2012 hog | Abdiweli Mohamed Ali | عبد الولي محمد علي |
SO 2012-2013 hog | Abdi Farah Shirdon | عبدي فارح شردون |
SO 2013-2014 hog | Abdiweli Sheikh Ahmed | عبد الولي شيخ أحمد |
SO 2014-2017 hog | Omar Abdirashid Ali Sharmarke | عمر عبد الرشيد علي شرماركي |
SO 2017-2020 hog | Hassan Ali Khaire | حسن علي خيري |
SO 2020-2022 hog | Mohamed Hussein Roble | محمد حسين روبلي |
SO 2022- hog | Hamza Abdi Barre | حمزة عبدي بري |
# Djibouti
DJ 1999- hos | Ismail Omar Guelleh | إسماعيل عمر جيله |
DJ 2001-2013 hog | Dileita Mohamed Dileita | دليتة محمد دليتة |
DJ 2013- hog | Abdoulkader Kamil Mohamed | عبد القادر كامل محمد |
# Comoros
KM 2011-2016 hos | Ikililou Dhoinine | إكليل ظنين |
KM 2016- hos | Azali Assoumani | غزالي عثماني |
`;
