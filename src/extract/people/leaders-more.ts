/**
 * Leaders of states beyond leaders-world.ts whom Arabic and English diplomatic news name,
 * 2011–2026: heads of state and of government and foreign ministers of Asian, European, African
 * and American states that meet the region's leaders, the Holy See's, and the presidents of the
 * European Commission and Council that leaders-world.ts does not list. Same row format as
 * leaders-world.ts (read by leaders.ts).
 * Curated by hand from general knowledge (December 2026); see leaders.ts for what it is for.
 */
export const MORE_LEADER_ROWS = `
# Japan
JP 1989-2019 hos | Akihito | أكيهيتو | Emperor Akihito; الإمبراطور أكيهيتو
JP 2019- hos | Naruhito | ناروهيتو | Emperor Naruhito; الإمبراطور ناروهيتو
JP 2010-2011 hog | Naoto Kan | ناوتو كان |
JP 2011-2012 hog | Yoshihiko Noda | يوشيهيكو نودا |
JP 2012-2020 hog | Shinzo Abe | شينزو آبي |
JP 2012-2021 hog 2020-2021, minister 2012-2020 | Yoshihide Suga | يوشيهيدي سوغا |
JP 2012-2024 hog 2021-2024, fm 2012-2017 | Fumio Kishida | فوميو كيشيدا |
JP 2024-2025 hog | Shigeru Ishiba | شيغيرو إيشيبا |
JP 2025- hog | Sanae Takaichi | ساناي تاكايتشي |
JP 2010-2011 fm | Seiji Maehara | سيجي مايهارا |
JP 2011-2011 fm | Takeaki Matsumoto | تاكياكي ماتسوموتو |
JP 2011-2012 fm | Koichiro Gemba | كويتشيرو غيمبا |
JP 2017-2020 fm 2017-2019, minister 2019-2020 | Taro Kono | تارو كونو |
JP 2019- fm 2019-2021, fm 2025- | Toshimitsu Motegi | توشيميتسو موتيغي |
JP 2021-2025 fm 2021-2023, minister 2023-2025 | Yoshimasa Hayashi | يوشيماسا هاياشي |
JP 2023-2024 fm | Yoko Kamikawa | يوكو كاميكاوا |
JP 2024-2025 fm | Takeshi Iwaya | تاكيشي إيوايا |
# South Korea
KR 2008-2013 hos | Lee Myung-bak | لي ميونغ باك |
KR 2013-2017 hos | Park Geun-hye | بارك غن هي |
KR 2017-2022 hos | Moon Jae-in | مون جاي إن |
KR 2022-2025 hos | Yoon Suk-yeol | يون سوك يول |
KR 2025- hos | Lee Jae-myung | لي جاي ميونغ |
KR 2010-2013 hog | Kim Hwang-sik | كيم هوانغ سيك |
KR 2013-2015 hog | Chung Hong-won | تشونغ هونغ وون |
KR 2015-2015 hog | Lee Wan-koo | لي وان كو |
KR 2015-2017 hog | Hwang Kyo-ahn | هوانغ كيو آن |
KR 2017-2020 hog | Lee Nak-yon | لي ناك يون |
KR 2020-2021 hog | Chung Sye-kyun | تشونغ سي كيون |
KR 2021-2022 hog | Kim Boo-kyum | كيم بو كيوم |
KR 2022-2025 hog | Han Duck-soo | هان دوك سو |
KR 2025- hog | Kim Min-seok | كيم مين سوك |
KR 2008-2013 fm | Kim Sung-hwan | كيم سونغ هوان |
KR 2013-2017 fm | Yun Byung-se | يون بيونغ سي |
KR 2017-2021 fm | Kang Kyung-wha | كانغ كيونغ وا |
KR 2017-2022 fm 2021-2022, other 2017-2020 | Chung Eui-yong | تشونغ أوي يونغ |
KR 2022-2024 fm | Park Jin | بارك جين |
KR 2024-2025 fm | Cho Tae-yul | تشو تاي يول |
KR 2025- fm | Cho Hyun | تشو هيون |
# North Korea
KP 1994-2011 other | Kim Jong Il | كيم جونغ إيل |
KP 2011- other 2011-2019, hos 2019- | Kim Jong Un | كيم جونغ أون |
KP 1998-2019 hos | Kim Yong-nam | كيم يونغ نام |
KP 2007-2014 fm | Pak Ui-chun | باك أوي تشون |
KP 2014-2016 fm | Ri Su-yong | ري سو يونغ |
KP 2016-2020 fm | Ri Yong-ho | ري يونغ هو |
KP 2020-2022 fm | Ri Son-gwon | ري سون غوون |
KP 2022- fm | Choe Son-hui | تشوي سون هوي |
# India
IN 2007-2012 hos | Pratibha Patil | براتيبها باتيل |
IN 2009-2017 hos 2012-2017, minister 2009-2012 | Pranab Mukherjee | براناب موخيرجي |
IN 2017-2022 hos | Ram Nath Kovind | رام ناث كوفيند |
IN 2022- hos | Droupadi Murmu | دروبادي مورمو |
IN 2004-2014 hog | Manmohan Singh | مانموهان سينغ |
IN 2014- hog | Narendra Modi | ناريندرا مودي |
IN 2009-2012 fm | S. M. Krishna | إس إم كريشنا |
IN 2012-2014 fm | Salman Khurshid | سلمان خورشيد |
IN 2014-2019 fm | Sushma Swaraj | سوشما سواراج |
IN 2015- fm 2019-, other 2015-2018 | Subrahmanyam Jaishankar | سوبرامانيام جايشانكار |
# Pakistan
PK 2008- hos 2008-2013, hos 2024- | Asif Ali Zardari | آصف علي زرداري |
PK 2013-2018 hos | Mamnoon Hussain | ممنون حسين |
PK 2008-2012 hog | Yousaf Raza Gilani | يوسف رضا جيلاني |
PK 2012-2024 hog 2012-2013, speaker 2022-2024 | Raja Pervaiz Ashraf | راجا برويز أشرف |
PK 2013-2017 hog | Nawaz Sharif | نواز شريف |
PK 2017-2018 hog | Shahid Khaqan Abbasi | شاهد خاقان عباسي |
PK 2018-2022 hog | Imran Khan | عمران خان |
PK 2022- hog 2022-2023, hog 2024- | Shehbaz Sharif | شهباز شريف |
PK 2023-2024 hog | Anwaar-ul-Haq Kakar | أنوار الحق كاكار |
PK 2008-2022 fm 2008-2011, fm 2018-2022 | Shah Mahmood Qureshi | شاه محمود قريشي |
PK 2011-2023 fm 2011-2013, minister 2022-2023 | Hina Rabbani Khar | حنا رباني كهر |
PK 2013-2017 other | Sartaj Aziz | سرتاج عزيز |
PK 2013- fm 2017-2018, minister 2013-2017, minister 2022- | Khawaja Muhammad Asif | خواجة محمد آصف |
PK 2022-2023 fm | Bilawal Bhutto Zardari | بلاول بوتو زرداري |
PK 2023-2024 fm | Jalil Abbas Jilani | جليل عباس جيلاني |
PK 2013- fm 2024-, minister 2013-2017, minister 2022-2023 | Ishaq Dar | إسحاق دار |
# Afghanistan
AF 2001-2014 hos | Hamid Karzai | حامد كرزاي |
AF 2014-2021 hos | Ashraf Ghani | أشرف غني |
AF 2016- other 2016-2021, hos 2021- | Hibatullah Akhundzada | هبة الله آخوند زاده |
AF 2021- hog | Mohammad Hassan Akhund | محمد حسن آخوند |
AF 2019- other | Abdul Ghani Baradar | عبد الغني برادر |
AF 2010-2013 fm | Zalmai Rassoul | زلماي رسول |
AF 2013-2015 fm | Zarar Ahmad Osmani | ضرار أحمد عثماني |
AF 2015-2019 fm | Salahuddin Rabbani | صلاح الدين رباني |
AF 2014-2021 fm 2020-2021, other 2014-2018 | Haneef Atmar | حنيف أتمر |
AF 2021- fm | Amir Khan Muttaqi | أمير خان متقي |
# Bangladesh
BD 2009-2012 hos | Zillur Rahman | ظل الرحمن |
BD 2023- hos | Mohammed Shahabuddin | محمد شهاب الدين |
BD 2009-2024 hog | Sheikh Hasina | الشيخة حسينة |
BD 2009-2013 fm | Dipu Moni | ديبو موني |
BD 2019-2023 fm | A. K. Abdul Momen | أبو الكلام عبد المؤمن |
# Sri Lanka
LK 2005-2022 hos 2005-2015, hog 2018-2018, hog 2019-2022 | Mahinda Rajapaksa | ماهيندا راجاباكسا |
LK 2015-2019 hos | Maithripala Sirisena | مايثريبالا سيريسينا |
LK 2019-2022 hos | Gotabaya Rajapaksa | غوتابايا راجاباكسا |
LK 2015-2024 hog 2015-2019, hog 2022-2022, hos 2022-2024 | Ranil Wickremesinghe | رانيل ويكريميسينغ |
LK 2024- hos | Anura Kumara Dissanayake | أنورا كومارا ديساناياكي |
LK 2010-2015 hog | D. M. Jayaratne | دي إم جاياراتني |
LK 2019-2024 hog 2022-2024, fm 2019-2021 | Dinesh Gunawardena | دينيش غوناواردينا |
LK 2024- hog | Harini Amarasuriya | هاريني أماراسوريا |
LK 2010-2022 fm 2010-2015, fm 2021-2022 | G. L. Peiris | جي إل بيريس |
LK 2015-2017 fm | Mangala Samaraweera | مانغالا ساماراويرا |
LK 2017-2017 fm | Ravi Karunanayake | رافي كارونانياكي |
LK 2017-2019 fm | Tilak Marapana | تيلاك مارابانا |
LK 2024- fm | Vijitha Herath | فيجيتا هيراث |
# Indonesia
ID 2004-2014 hos | Susilo Bambang Yudhoyono | سوسيلو بامبانغ يودويونو |
ID 2014-2024 hos | Joko Widodo | جوكو ويدودو | Jokowi; جوكوي
ID 2019- hos 2024-, minister 2019-2024 | Prabowo Subianto | برابوو سوبيانتو |
ID 2009-2014 fm | Marty Natalegawa | مارتي ناتاليغاوا |
ID 2014-2024 fm | Retno Marsudi | ريتنو مارسودي |
ID 2024- fm | Sugiono | سوجيونو |
# Malaysia
MY 2011-2016 hos | Abdul Halim Muadzam Shah | عبد الحليم معظم شاه | Sultan Abdul Halim Muadzam Shah; السلطان عبد الحليم معظم شاه
MY 2019-2024 hos | Abdullah Sultan Ahmad Shah | عبد الله سلطان أحمد شاه | Sultan Abdullah Sultan Ahmad Shah; السلطان عبد الله سلطان أحمد شاه
MY 2024- hos | Ibrahim Iskandar | إبراهيم إسكندر | Sultan Ibrahim Iskandar; السلطان إبراهيم إسكندر
MY 2009-2018 hog | Najib Razak | نجيب عبد الرزاق |
MY 2018-2020 hog | Mahathir Mohamad | مهاتير محمد |
MY 2020-2021 hog | Muhyiddin Yassin | محيي الدين ياسين |
MY 2021-2022 hog | Ismail Sabri Yaakob | إسماعيل صبري يعقوب |
MY 2022- hog | Anwar Ibrahim | أنور إبراهيم |
MY 2009-2018 fm | Anifah Aman | أنيفة أمان |
MY 2018-2022 fm 2018-2020, fm 2021-2022 | Saifuddin Abdullah | سيف الدين عبد الله |
# Singapore
SG 1999-2011 hos | S. R. Nathan | إس آر ناثان |
SG 2011-2017 hos | Tony Tan | توني تان |
SG 2017-2023 hos | Halimah Yacob | حليمة يعقوب |
SG 2011- hos 2023-, minister 2011-2023 | Tharman Shanmugaratnam | ثارمان شانموغاراتنام |
SG 2004-2024 hog | Lee Hsien Loong | لي هسين لونغ |
SG 2024- hog | Lawrence Wong | لورنس وونغ |
SG 2004-2011 fm | George Yeo | جورج يو |
SG 2011- fm 2011-2015, minister 2015- | K. Shanmugam | كيه شانموغام |
SG 2015- fm | Vivian Balakrishnan | فيفيان بالاكريشنان |
# Vietnam
VN 2006-2011 hos | Nguyen Minh Triet | نغوين مينه تريت |
VN 2011-2016 hos | Truong Tan Sang | ترونغ تان سانغ |
VN 2011-2018 hos 2016-2018, minister 2011-2016 | Tran Dai Quang | تران داي كوانغ |
VN 2011-2024 other, hos 2018-2021 | Nguyen Phu Trong | نغوين فو ترونغ |
VN 2016-2023 hog 2016-2021, hos 2021-2023 | Nguyen Xuan Phuc | نغوين شوان فوك |
VN 2023-2024 hos | Vo Van Thuong | فو فان ثونغ |
VN 2016- other 2024-, hos 2024-2024, minister 2016-2024 | To Lam | تو لام |
VN 2024- hos | Luong Cuong | لونغ كوونغ |
VN 2006-2016 hog | Nguyen Tan Dung | نغوين تان دونغ |
VN 2021- hog | Pham Minh Chinh | فام مينه تشينه |
VN 2006-2011 fm | Pham Gia Khiem | فام جيا كيم |
VN 2011-2021 fm | Pham Binh Minh | فام بينه مينه |
VN 2021-2025 fm | Bui Thanh Son | بوي ثانه سون |
# Philippines
PH 2010-2016 hos | Benigno Aquino III | بينينو أكينو الثالث |
PH 2016-2022 hos | Rodrigo Duterte | رودريغو دوتيرتي |
PH 2022- hos | Ferdinand Marcos Jr. | فرديناند ماركوس الابن | Bongbong Marcos; بونغبونغ ماركوس
PH 2004-2011 fm | Alberto Romulo | ألبرتو رومولو |
PH 2011-2016 fm | Albert del Rosario | ألبرت ديل روساريو |
PH 2016-2017 fm | Perfecto Yasay | بيرفكتو ياساي |
PH 2017-2018 fm | Alan Peter Cayetano | آلان بيتر كايتانو |
PH 2018-2022 fm | Teodoro Locsin | تيودورو لوكسين |
PH 2022-2025 fm | Enrique Manalo | إنريكي مانالو |
PH 2025- fm | Theresa Lazaro | تيريزا لازارو |
# Italy
IT 2006-2015 hos | Giorgio Napolitano | جورجو نابوليتانو |
IT 2015- hos | Sergio Mattarella | سيرجيو ماتاريلا |
IT 2008-2011 hog | Silvio Berlusconi | سيلفيو برلسكوني |
IT 2011-2013 hog | Mario Monti | ماريو مونتي |
IT 2013-2014 hog | Enrico Letta | إنريكو ليتا |
IT 2014-2016 hog | Matteo Renzi | ماتيو رينزي |
IT 2014-2018 hog 2016-2018, fm 2014-2016 | Paolo Gentiloni | باولو جينتيلوني |
IT 2018-2021 hog | Giuseppe Conte | جوزيبي كونتي |
IT 2011-2022 hog 2021-2022, other@EU 2011-2019 | Mario Draghi | ماريو دراغي |
IT 2022- hog | Giorgia Meloni | جورجيا ميلوني |
IT 2008-2011 fm | Franco Frattini | فرانكو فراتيني |
IT 2011-2013 fm | Giulio Terzi | جوليو تيرزي |
IT 2013-2014 fm | Emma Bonino | إيما بونينو |
IT 2013-2018 fm 2016-2018, minister 2013-2016 | Angelino Alfano | أنجيلينو ألفانو |
IT 2018-2019 fm | Enzo Moavero Milanesi | إنزو موافيرو ميلانيزي |
IT 2019- fm 2019-2022, envoy@EU 2023- | Luigi Di Maio | لويجي دي مايو |
IT 2022- fm | Antonio Tajani | أنطونيو تاياني |
# Spain
ES 1975-2014 hos | Juan Carlos I | خوان كارلوس الأول | King Juan Carlos I; King Juan Carlos; الملك خوان كارلوس الأول; الملك خوان كارلوس
ES 2014- hos | Felipe VI | فيليبي السادس | King Felipe VI; King Felipe; الملك فيليبي السادس; الملك فيليب السادس; الملك فيليبي
ES 2004-2011 hog | Jose Luis Rodriguez Zapatero | خوسيه لويس رودريغيث ثاباتيرو |
ES 2011-2018 hog | Mariano Rajoy | ماريانو راخوي |
ES 2018- hog | Pedro Sanchez | بيدرو سانشيز |
ES 2010-2011 fm | Trinidad Jimenez | ترينيداد خيمينيث |
ES 2011-2016 fm | Jose Manuel Garcia-Margallo | خوسيه مانويل غارسيا مارغايو |
ES 2016-2017 fm | Alfonso Dastis | ألفونسو داستيس |
ES 2020-2021 fm | Arancha Gonzalez Laya | أرانتشا غونزاليس لايا |
ES 2021- fm | Jose Manuel Albares | خوسيه مانويل ألباريس |
# Greece
GR 2005-2015 hos | Karolos Papoulias | كارولوس بابولياس |
GR 2015-2020 hos | Prokopis Pavlopoulos | بروكوبيس بافلوبولوس |
GR 2020-2025 hos | Katerina Sakellaropoulou | كاترينا ساكيلاروبولو |
GR 2019- hos 2025-, speaker 2019-2025 | Konstantinos Tasoulas | كونستانتينوس تاسولاس |
GR 2009-2011 hog | George Papandreou | جورج باباندريو |
GR 2011-2012 hog | Lucas Papademos | لوكاس باباديموس |
GR 2012-2012 hog | Panagiotis Pikrammenos | باناجيوتيس بيكرامينوس |
GR 2012-2015 hog | Antonis Samaras | أنطونيس ساماراس |
GR 2015-2019 hog, fm 2018-2019 | Alexis Tsipras | أليكسيس تسيبراس |
GR 2015-2015 hog | Vassiliki Thanou | فاسيليكي ثانو |
GR 2019- hog | Kyriakos Mitsotakis | كيرياكوس ميتسوتاكيس |
GR 2011-2011 fm | Stavros Lambrinidis | ستافروس لامبرينيديس |
GR 2011-2012 fm | Stavros Dimas | ستافروس ديماس |
GR 2012-2013 fm | Dimitris Avramopoulos | ديميتريس أفراموبولوس |
GR 2013-2015 fm | Evangelos Venizelos | إيفانجيلوس فينيزيلوس |
GR 2015-2018 fm | Nikos Kotzias | نيكوس كوتزياس |
GR 2019-2019 fm | George Katrougalos | جورج كاتروغالوس |
GR 2019- fm 2019-2023, minister 2023- | Nikos Dendias | نيكوس ديندياس |
GR 2023- fm | George Gerapetritis | جورج جيرابيتريتيس |
# Cyprus
CY 2008-2013 hos | Demetris Christofias | ديمتريس خريستوفياس |
CY 2013-2023 hos | Nicos Anastasiades | نيكوس أناستاسيادس |
CY 2018- hos 2023-, fm 2018-2022 | Nikos Christodoulides | نيكوس خريستودوليدس |
CY 2008-2011 fm | Markos Kyprianou | ماركوس كبريانو |
CY 2011-2013 fm | Erato Kozakou-Marcoullis | إيراتو كوزاكو ماركوليس |
CY 2013-2023 fm 2013-2018, fm 2022-2023 | Ioannis Kasoulides | يوانيس كاسوليدس |
CY 2023- fm | Constantinos Kombos | كونستانتينوس كومبوس |
# Netherlands
NL 1980-2013 hos | Beatrix | بياتريكس | Queen Beatrix; الملكة بياتريكس
NL 2013- hos | Willem-Alexander | فيليم ألكسندر | King Willem-Alexander; الملك فيليم ألكسندر
NL 2010-2024 hog | Mark Rutte | مارك روته |
NL 2024- hog | Dick Schoof | ديك سخوف |
NL 2010-2012 fm | Uri Rosenthal | أوري روزنتال |
NL 2012-2023 fm 2012-2014, other@EU 2014-2023 | Frans Timmermans | فرانس تيمرمانس |
NL 2014-2017 fm | Bert Koenders | بيرت كوندرس |
NL 2017-2018 fm | Halbe Zijlstra | هالبه زيلسترا |
NL 2018-2021 fm | Stef Blok | ستيف بلوك |
NL 2021-2022 fm | Ben Knapen | بن كنابن |
NL 2022-2023 fm | Wopke Hoekstra | فوبكه هوكسترا |
NL 2023-2024 fm | Hanke Bruins Slot | هانكه بروينز سلوت |
NL 2024-2025 fm | Caspar Veldkamp | كاسبار فيلدكامب |
NL 2024- fm 2025-, minister 2024- | David van Weel | دافيد فان فيل |
# Belgium
BE 2013- hos | Philippe | فيليب | King Philippe
BE 2009-2011 hog | Yves Leterme | إيف لوترم |
BE 2011-2014 hog | Elio Di Rupo | إليو دي روبو |
BE 2020-2022 hog 2020-2020, fm 2020-2022 | Sophie Wilmes | صوفي ويلمس |
BE 2020-2025 hog | Alexander De Croo | ألكسندر دي كرو |
BE 2025- hog | Bart De Wever | بارت دي ويفر |
BE 2009-2011 fm | Steven Vanackere | ستيفن فاناكير |
BE 2011-2024 fm 2011-2019, other@EU 2019-2024 | Didier Reynders | ديدييه رينديرز |
BE 2019-2020 fm | Philippe Goffin | فيليب غوفان |
BE 2022- fm 2022-2024, other@EU 2024- | Hadja Lahbib | حاجة لحبيب |
BE 2025- fm | Maxime Prevot | ماكسيم بريفو |
# Norway
NO 1991- hos | Harald V | هارالد الخامس | King Harald V; King Harald; الملك هارالد الخامس; الملك هارالد
NO 2005- hog 2005-2013, minister 2025- | Jens Stoltenberg | ينس ستولتنبرغ |
NO 2013-2021 hog | Erna Solberg | إرنا سولبرغ |
NO 2005- hog 2021-, fm 2005-2012 | Jonas Gahr Store | يوناس غار ستوره |
NO 2012- fm 2012-2013, fm 2023- | Espen Barth Eide | إسبن بارث إيدي |
NO 2013-2017 fm | Borge Brende | بورغه برينده |
NO 2013-2021 fm 2017-2021, minister 2013-2017 | Ine Eriksen Soreide | إينه إريكسن سوريده |
NO 2021-2023 fm | Anniken Huitfeldt | أنيكن هويتفيلدت |
# Sweden
SE 1973- hos | Carl XVI Gustaf | كارل السادس عشر غوستاف | King Carl XVI Gustaf; King Carl Gustaf; الملك كارل السادس عشر غوستاف; الملك كارل غوستاف
SE 2006-2014 hog | Fredrik Reinfeldt | فريدريك راينفلدت |
SE 2014-2021 hog | Stefan Lofven | ستيفان لوفين |
SE 2014-2022 hog 2021-2022, minister 2014-2021 | Magdalena Andersson | ماغدالينا أندرسون |
SE 2022- hog | Ulf Kristersson | أولف كريسترسون |
SE 2006-2014 fm | Carl Bildt | كارل بيلت |
SE 2014-2019 fm | Margot Wallstrom | مارغوت فالستروم |
SE 2019-2022 fm | Ann Linde | آن ليندي |
SE 2022-2024 fm | Tobias Billstrom | توبياس بيلستروم |
SE 2024- fm | Maria Malmer Stenergard | ماريا مالمر ستينرغارد |
# Switzerland (the president of the Confederation, one year each)
CH 2003-2011 fm, hos 2011-2011 | Micheline Calmy-Rey | ميشلين كالمي ري |
CH 2012-2012 hos | Eveline Widmer-Schlumpf | إيفلين فيدمر شلومبف |
CH 2013-2019 hos 2013-2013, hos 2019-2019 | Ueli Maurer | أولي ماورر |
CH 2012-2017 fm, hos 2014-2014 | Didier Burkhalter | ديدييه بوركهالتر |
CH 2015-2020 hos 2015-2015, hos 2020-2020 | Simonetta Sommaruga | سيمونيتا سوماروغا |
CH 2016-2016 hos | Johann Schneider-Ammann | يوهان شنايدر أمان |
CH 2017-2017 hos | Doris Leuthard | دوريس لويتهارد |
CH 2018-2023 hos 2018-2018, hos 2023-2023 | Alain Berset | آلان بيرسيه |
CH 2021-2026 hos 2021-2021, hos 2026-2026 | Guy Parmelin | غي بارملان |
CH 2017- fm, hos 2022-2022 | Ignazio Cassis | إينياتسيو كاسيس |
CH 2024-2024 hos | Viola Amherd | فيولا أمهيرد |
CH 2025-2025 hos | Karin Keller-Sutter | كارين كيلر سوتر |
# Austria
AT 2004-2016 hos | Heinz Fischer | هاينز فيشر |
AT 2017- hos | Alexander Van der Bellen | ألكسندر فان دير بيلن |
AT 2008-2016 hog | Werner Faymann | فيرنر فايمان |
AT 2016-2017 hog | Christian Kern | كريستيان كيرن |
AT 2013-2021 hog 2017-2019, hog 2020-2021, fm 2013-2017 | Sebastian Kurz | سيباستيان كورتس |
AT 2019-2020 hog | Brigitte Bierlein | بريجيت بيرلاين |
AT 2019-2025 fm, hog 2021-2021, hog 2025-2025 | Alexander Schallenberg | ألكسندر شالنبرغ |
AT 2021-2025 hog | Karl Nehammer | كارل نيهامر |
AT 2025- hog | Christian Stocker | كريستيان شتوكر |
AT 2008-2013 fm | Michael Spindelegger | ميخائيل شبيندليغر |
AT 2017-2019 fm | Karin Kneissl | كارين كنايسل |
AT 2025- fm | Beate Meinl-Reisinger | بياته ماينل رايزينغر |
# Poland
PL 2010-2015 hos | Bronislaw Komorowski | برونيسلاف كوموروفسكي |
PL 2015-2025 hos | Andrzej Duda | أندجي دودا |
PL 2025- hos | Karol Nawrocki | كارول ناوروتسكي |
PL 2007- hog 2007-2014, hog 2023-, other@EU 2014-2019 | Donald Tusk | دونالد توسك |
PL 2011-2015 hog 2014-2015, speaker 2011-2014 | Ewa Kopacz | إيفا كوباتش |
PL 2015-2017 hog | Beata Szydlo | بياتا شيدلو |
PL 2017-2023 hog | Mateusz Morawiecki | ماتيوش مورافيتسكي |
PL 2007- fm 2007-2014, fm 2023-, speaker 2014-2015 | Radoslaw Sikorski | رادوسلاف سيكورسكي |
PL 2014-2015 fm | Grzegorz Schetyna | غجيغوج سخيتينا |
PL 2015-2018 fm | Witold Waszczykowski | فيتولد فاشتشيكوفسكي |
PL 2018-2020 fm | Jacek Czaputowicz | ياتسيك تشابوتوفيتش |
PL 2020-2023 fm | Zbigniew Rau | زبيغنيو راو |
# Hungary
HU 2010-2012 hos | Pal Schmitt | بال شميت |
HU 2012-2022 hos | Janos Ader | يانوش أدير |
HU 2022-2024 hos | Katalin Novak | كاتالين نوفاك |
HU 2024- hos | Tamas Sulyok | تاماش شويوك |
HU 2010- hog | Viktor Orban | فيكتور أوربان |
HU 2010-2014 fm | Janos Martonyi | يانوش مارتوني |
HU 2014- fm | Peter Szijjarto | بيتر سيارتو |
# Ukraine
UA 2010-2014 hos | Viktor Yanukovych | فيكتور يانوكوفيتش |
UA 2014-2014 hos, speaker | Oleksandr Turchynov | أولكسندر تورتشينوف |
UA 2014-2019 hos | Petro Poroshenko | بيترو بوروشينكو |
UA 2019- hos | Volodymyr Zelensky | فولوديمير زيلينسكي |
UA 2010-2014 hog | Mykola Azarov | ميكولا أزاروف |
UA 2014-2016 hog | Arseniy Yatsenyuk | أرسيني ياتسينيوك |
UA 2016-2019 hog | Volodymyr Groysman | فولوديمير غرويسمان |
UA 2019-2020 hog | Oleksiy Honcharuk | أوليكسي غونتشاروك |
UA 2020- hog 2020-2025, minister 2025- | Denys Shmyhal | دينيس شميهال |
UA 2021- hog 2025-, minister 2021-2025 | Yulia Svyrydenko | يوليا سفيريدينكو |
UA 2010-2012 fm | Kostyantyn Gryshchenko | كوستيانتين غريشتشينكو |
UA 2012-2014 fm | Leonid Kozhara | ليونيد كوجارا |
UA 2014-2014 fm | Andrii Deshchytsia | أندريه ديشيتسا |
UA 2014-2019 fm | Pavlo Klimkin | بافلو كليمكين |
UA 2019-2020 fm | Vadym Prystaiko | فاديم بريستايكو |
UA 2020-2024 fm | Dmytro Kuleba | دميترو كوليبا |
UA 2024- fm | Andrii Sybiha | أندريه سيبيها |
# Azerbaijan
AZ 2003- hos | Ilham Aliyev | إلهام علييف |
AZ 2017- vp | Mehriban Aliyeva | مهريبان علييفا |
AZ 2003-2018 hog | Artur Rasizade | أرتور راسي زاده |
AZ 2018-2019 hog | Novruz Mammadov | نوروز محمدوف |
AZ 2019- hog | Ali Asadov | علي أسدوف |
AZ 2004-2020 fm | Elmar Mammadyarov | إلمار محمدياروف |
AZ 2020- fm | Jeyhun Bayramov | جيحون بيراموف |
# Armenia
AM 2008-2018 hos 2008-2018, hog 2018-2018 | Serzh Sargsyan | سيرج سركيسيان |
AM 2018-2022 hos | Armen Sarkissian | أرمين سركيسيان |
AM 2022- hos | Vahagn Khachaturyan | فاهاغن خاتشاتوريان |
AM 2008-2014 hog | Tigran Sargsyan | تيغران سركيسيان |
AM 2014-2016 hog | Hovik Abrahamyan | هوفيك أبراهاميان |
AM 2016-2018 hog | Karen Karapetyan | كارين كارابيتيان |
AM 2018- hog | Nikol Pashinyan | نيكول باشينيان |
AM 2008-2018 fm | Eduard Nalbandyan | إدوارد نالبانديان |
AM 2018-2020 fm | Zohrab Mnatsakanyan | زوهراب مناتساكانيان |
AM 2020-2021 fm | Ara Aivazian | آرا أيفازيان |
AM 2021- fm | Ararat Mirzoyan | أرارات ميرزويان |
# Georgia
GE 2004-2013 hos | Mikheil Saakashvili | ميخائيل ساكاشفيلي |
GE 2013-2018 hos | Giorgi Margvelashvili | غيورغي مارغفيلاشفيلي |
GE 2018-2024 hos | Salome Zourabichvili | سالومي زورابيشفيلي |
GE 2024- hos | Mikheil Kavelashvili | ميخائيل كافيلاشفيلي |
GE 2009-2012 hog | Nika Gilauri | نيكا غيلاوري |
GE 2012-2012 hog | Vano Merabishvili | فانو ميرابيشفيلي |
GE 2012-2013 hog | Bidzina Ivanishvili | بيدزينا إيفانيشفيلي |
GE 2013-2024 hog 2013-2015, hog 2021-2024 | Irakli Garibashvili | إيراكلي غاريباشفيلي |
GE 2015-2018 hog, fm 2015-2015 | Giorgi Kvirikashvili | غيورغي كفيريكاشفيلي |
GE 2018-2019 hog | Mamuka Bakhtadze | ماموكا باختادزه |
GE 2019-2021 hog | Giorgi Gakharia | غيورغي غاخاريا |
GE 2024- hog | Irakli Kobakhidze | إيراكلي كوباخيدزه |
GE 2008-2012 fm | Grigol Vashadze | غريغول فاشادزه |
GE 2012-2014 fm | Maia Panjikidze | مايا بانجيكيدزه |
GE 2014-2015 fm | Tamar Beruchashvili | تمار بيروتشاشفيلي |
GE 2015-2018 fm | Mikheil Janelidze | ميخائيل جانيليدزه |
GE 2018-2022 fm | David Zalkaliani | دافيد زالكالياني |
GE 2022-2024 fm | Ilia Darchiashvili | إيليا دارتشياشفيلي |
GE 2024- fm | Maka Botchorishvili | ماكا بوتشوريشفيلي |
# Kazakhstan
KZ 1991-2019 hos | Nursultan Nazarbayev | نور سلطان نزارباييف |
KZ 2013- hos 2019-, speaker 2013-2019 | Kassym-Jomart Tokayev | قاسم جومارت توكاييف |
KZ 2007-2016 hog 2007-2012, hog 2014-2016 | Karim Massimov | كريم ماسيموف |
KZ 2012-2014 hog | Serik Akhmetov | سيريك أحمدوف |
KZ 2016-2019 hog | Bakytzhan Sagintayev | باخيتجان ساغينتاييف |
KZ 2019-2022 hog | Askar Mamin | عسكر مامين |
KZ 2022-2024 hog | Alikhan Smailov | عليخان إسماعيلوف |
KZ 2024- hog | Olzhas Bektenov | أولجاس بكتينوف |
KZ 2009-2011 fm | Kanat Saudabayev | كانات سعودابايف |
KZ 2011-2012 fm | Yerzhan Kazykhanov | يرجان كازيخانوف |
KZ 2012-2016 fm | Erlan Idrissov | يرلان إدريسوف |
KZ 2016-2018 fm | Kairat Abdrakhmanov | خيرات عبد الرحمانوف |
KZ 2018-2019 fm | Beibut Atamkulov | بيبوت أتامكولوف |
KZ 2019-2023 fm | Mukhtar Tileuberdi | مختار تلاوبردي |
KZ 2023-2025 fm | Murat Nurtleu | مراد نورتليو |
# Uzbekistan
UZ 1991-2016 hos | Islam Karimov | إسلام كريموف |
UZ 2003- hos 2016-, hog 2003-2016 | Shavkat Mirziyoyev | شوكت ميرضيائيف |
UZ 2016- hog | Abdulla Aripov | عبد الله أريبوف |
UZ 2010-2012 fm | Elyor Ganiev | إليور غانييف |
UZ 2012-2022 fm | Abdulaziz Kamilov | عبد العزيز كاميلوف |
UZ 2022-2024 fm | Vladimir Norov | فلاديمير نوروف |
UZ 2024- fm | Bakhtiyor Saidov | بختيار سعيدوف |
# Ethiopia
ET 2001-2013 hos | Girma Wolde-Giorgis | غيرما ولد جيورجيس |
ET 2013-2018 hos | Mulatu Teshome | مولاتو تيشومي |
ET 2018-2024 hos | Sahle-Work Zewde | سهلي ورق زودي |
ET 2024- hos, fm 2024-2024 | Taye Atske Selassie | تاي أتسكي سيلاسي |
ET 1995-2012 hog | Meles Zenawi | ملس زيناوي |
ET 2010-2018 hog 2012-2018, fm 2010-2012 | Hailemariam Desalegn | هايلي ماريام ديسالين |
ET 2018- hog | Abiy Ahmed | آبي أحمد |
ET 2012- fm 2012-2016, other@UN 2017- | Tedros Adhanom Ghebreyesus | تيدروس أدهانوم غيبريسوس |
ET 2016-2019 fm | Workneh Gebeyehu | ورقنه جبيهو |
ET 2019-2020 fm | Gedu Andargachew | قدو أندارجاتشو |
ET 2020-2024 fm | Demeke Mekonnen | دمقي مكونن |
ET 2024- fm | Gedion Timothewos | جيديون تيموثيوس |
# Kenya
KE 2002-2013 hos | Mwai Kibaki | مواي كيباكي |
KE 2013-2022 hos | Uhuru Kenyatta | أوهورو كينياتا |
KE 2013- hos 2022-, vp 2013-2022 | William Ruto | ويليام روتو |
KE 2008-2013 hog | Raila Odinga | رايلا أودينغا |
KE 2018-2020 fm | Monica Juma | مونيكا جوما |
KE 2020-2022 fm | Raychelle Omamo | رايشيل أومامو |
KE 2022-2023 fm | Alfred Mutua | ألفريد موتوا |
KE 2022- fm 2023-, other 2022- | Musalia Mudavadi | موساليا مودافادي |
# South Sudan
SS 2011- hos | Salva Kiir Mayardit | سلفا كير ميارديت | Salva Kiir; سلفاكير; سلفا كير; سلفاكير ميارديت
# Nigeria
NG 2010-2015 hos | Goodluck Jonathan | غودلاك جوناثان |
NG 2015-2023 hos | Muhammadu Buhari | محمد بخاري |
NG 2023- hos | Bola Tinubu | بولا تينوبو |
NG 2011-2013 fm | Olugbenga Ashiru | أولوغبينغا أشيرو |
NG 2014-2015 fm | Aminu Wali | أمينو والي |
NG 2015-2023 fm | Geoffrey Onyeama | جيفري أونياما |
NG 2023- fm | Yusuf Tuggar | يوسف توغار |
# South Africa
ZA 2009-2018 hos | Jacob Zuma | جاكوب زوما |
ZA 2014- hos 2018-, vp 2014-2018 | Cyril Ramaphosa | سيريل رامافوزا |
ZA 2009-2018 fm | Maite Nkoana-Mashabane | مايتي نكوانا ماشابان |
ZA 2018-2019 fm | Lindiwe Sisulu | ليندوي سيسولو |
ZA 2019-2024 fm | Naledi Pandor | ناليدي باندور |
ZA 2024- fm | Ronald Lamola | رونالد لامولا |
# Senegal
SN 2000-2012 hos | Abdoulaye Wade | عبد الله واد |
SN 2012-2024 hos | Macky Sall | ماكي سال |
SN 2024- hos | Bassirou Diomaye Faye | باسيرو ديوماي فاي |
SN 2012-2013 hog | Abdoul Mbaye | عبدول مباي |
SN 2013-2014 hog | Aminata Toure | أميناتا توري |
SN 2014-2019 hog | Mahammed Dionne | محمد ديون |
SN 2019-2024 hog 2022-2024, fm 2019-2020 | Amadou Ba | أمادو با |
SN 2017-2024 fm 2017-2019, hog 2024-2024 | Sidiki Kaba | سيديكي كابا |
SN 2024- hog | Ousmane Sonko | عثمان سونكو |
SN 2012-2017 fm | Mankeur Ndiaye | مانكور ندياي |
SN 2020-2022 fm | Aissata Tall Sall | عيساتا تال سال |
SN 2024-2025 fm | Yassine Fall | ياسين فال |
# Brazil
BR 2011-2016 hos | Dilma Rousseff | ديلما روسيف |
BR 2011-2018 hos 2016-2018, vp 2011-2016 | Michel Temer | ميشال تامر |
BR 2019-2022 hos | Jair Bolsonaro | جايير بولسونارو |
BR 2023- hos | Luiz Inacio Lula da Silva | لويس إيناسيو لولا دا سيلفا | Lula da Silva; لولا دا سيلفا; President Lula; الرئيس لولا
BR 2011- minister 2011-2014, other 2023- | Celso Amorim | سيلسو أموريم |
BR 2011-2013 fm | Antonio Patriota | أنطونيو باتريوتا |
BR 2013-2015 fm | Luiz Alberto Figueiredo | لويس ألبرتو فيغيريدو |
BR 2015- fm 2015-2016, fm 2023- | Mauro Vieira | ماورو فييرا |
BR 2016-2017 fm | Jose Serra | جوزيه سيرا |
BR 2017-2018 fm | Aloysio Nunes | ألويسيو نونيس |
BR 2019-2021 fm | Ernesto Araujo | إرنستو أراوجو |
BR 2021-2022 fm | Carlos Franca | كارلوس فرانسا |
# Canada
CA 2006-2015 hog | Stephen Harper | ستيفن هاربر |
CA 2015-2025 hog | Justin Trudeau | جاستن ترودو |
CA 2025- hog | Mark Carney | مارك كارني |
CA 2008-2011 fm | Lawrence Cannon | لورنس كانون |
CA 2011-2015 fm | John Baird | جون بيرد |
CA 2015-2015 fm | Rob Nicholson | روب نيكلسون |
CA 2015-2017 fm | Stephane Dion | ستيفان ديون |
CA 2017-2024 fm 2017-2019, minister 2019-2024 | Chrystia Freeland | كريستيا فريلاند |
CA 2019- fm 2019-2021, minister 2021- | Francois-Philippe Champagne | فرانسوا فيليب شامبين |
CA 2015-2021 fm 2021-2021, minister 2015-2021 | Marc Garneau | مارك غارنو |
CA 2021- fm 2021-2025, minister 2025- | Melanie Joly | ميلاني جولي |
CA 2019- fm 2025-, minister 2019-2025 | Anita Anand | أنيتا أناند |
# Australia
AU 2010-2013 hog | Julia Gillard | جوليا غيلارد |
AU 2010-2013 hog 2013-2013, fm 2010-2012 | Kevin Rudd | كيفن رود |
AU 2013-2015 hog | Tony Abbott | توني أبوت |
AU 2015-2018 hog | Malcolm Turnbull | مالكولم تيرنبول |
AU 2018-2022 hog | Scott Morrison | سكوت موريسون |
AU 2022- hog | Anthony Albanese | أنتوني ألبانيزي |
AU 2012-2013 fm | Bob Carr | بوب كار |
AU 2013-2018 fm | Julie Bishop | جولي بيشوب |
AU 2018-2022 fm | Marise Payne | ماريز باين |
AU 2022- fm | Penny Wong | بيني وونغ |
# Venezuela
VE 1999-2013 hos | Hugo Chavez | هوغو تشافيز |
VE 2006- hos 2013-, fm 2006-2013, vp 2012-2013 | Nicolas Maduro | نيكولاس مادورو |
VE 2019-2023 other | Juan Guaido | خوان غوايدو |
VE 2010-2014 fm 2013-2014, vp 2010-2012 | Elias Jaua | إلياس خاوا |
VE 2014- vp 2018-, fm 2014-2017 | Delcy Rodriguez | ديلسي رودريغيز |
VE 2017-2021 fm | Jorge Arreaza | خورخي أرياسا |
VE 2021-2022 fm | Felix Plasencia | فيليكس بلاسينسيا |
VE 2022-2023 fm | Carlos Faria | كارلوس فاريا |
VE 2023- fm | Yvan Gil | إيفان خيل |
# Holy See
VA 2005-2013 hos | Benedict XVI | بنديكتوس السادس عشر | Pope Benedict XVI; Pope Benedict; البابا بنديكتوس السادس عشر; البابا بنديكت السادس عشر
VA 2013-2025 hos | Francis | فرنسيس | Pope Francis; البابا فرنسيس; Jorge Mario Bergoglio; خورخي ماريو بيرغوليو
VA 2025- hos | Leo XIV | لاوون الرابع عشر | Pope Leo XIV; Pope Leo; البابا لاوون الرابع عشر; البابا لاون الرابع عشر; البابا ليو الرابع عشر; Robert Francis Prevost; روبرت فرانسيس بريفوست
VA 2006-2013 other | Tarcisio Bertone | تارتشيسيو برتوني |
VA 2013- other | Pietro Parolin | بيترو بارولين |
VA 2006-2014 fm | Dominique Mamberti | دومينيك مامبرتي |
VA 2014- fm | Paul Gallagher | بول غالاغر |
# European Union (presidents of the Commission as sg, like Ursula von der Leyen in leaders-world.ts; of the European Council as other)
EU 2004-2014 sg | Jose Manuel Barroso | جوزيه مانويل باروسو |
EU 2014-2019 sg | Jean-Claude Juncker | جان كلود يونكر |
EU 2009-2014 other | Herman Van Rompuy | هيرمان فان رومبوي |
`;
