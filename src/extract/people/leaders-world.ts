/**
 * Leaders outside the Arab League whom Arabic and English diplomatic news name, 2011–2026: Iran,
 * Turkey, Israel (heads of government, foreign ministers), the United States (presidents,
 * secretaries of state, envoys to the region), Russia, China, France, the United Kingdom and
 * Germany, and the officials of the UN, the Arab League, the GCC, the OIC, the EU and the AU.
 *
 * One person a row, read by leaders.ts: `CC from-to offices | English name | Arabic name | short; short`.
 * `from-` is still in office; the years span every office the person held in these years. `offices`
 * lists them, the main one first, each `code` (for the row's years) or `code from-to`, with
 * `@CC` when it was another state's or organisation's (codes: OFFICE_CODES in leaders.ts).
 * Curated by hand from general knowledge (December 2026); see leaders.ts for what it is for.
 */
export const WORLD_LEADER_ROWS = `
# Iran
IR 1989- other | Ali Khamenei | علي خامنئي |
IR 2005-2013 hos | Mahmoud Ahmadinejad | محمود أحمدي نجاد |
IR 2013-2021 hos | Hassan Rouhani | حسن روحاني |
IR 2021-2024 hos | Ebrahim Raisi | إبراهيم رئيسي |
IR 2021-2024 vp | Mohammad Mokhber | محمد مخبر |
IR 2024- hos | Masoud Pezeshkian | مسعود بزشكيان |
IR 2010-2013 fm | Ali Akbar Salehi | علي أكبر صالحي |
IR 2013-2025 fm 2013-2021, vp 2024-2025 | Mohammad Javad Zarif | محمد جواد ظريف |
IR 2021-2024 fm | Hossein Amir-Abdollahian | حسين أمير عبد اللهيان |
IR 2021-2024 other | Ali Bagheri Kani | علي باقري كني |
IR 2024- fm | Abbas Araghchi | عباس عراقجي |
IR 2008- speaker 2008-2020, other 2025- | Ali Larijani | علي لاريجاني |
IR 2020- speaker | Mohammad Bagher Ghalibaf | محمد باقر قاليباف |
# Turkey
TR 2007-2014 hos | Abdullah Gul | عبد الله غول |
TR 2003- hog 2003-2014, hos 2014- | Recep Tayyip Erdogan | رجب طيب أردوغان |
TR 2009-2016 fm 2009-2014, hog 2014-2016 | Ahmet Davutoglu | أحمد داود أوغلو |
TR 2016-2018 hog | Binali Yildirim | بن علي يلدريم |
TR 2014-2023 fm | Mevlut Cavusoglu | مولود جاويش أوغلو |
TR 2015-2015 fm | Feridun Sinirlioglu | فريدون سينيرلي أوغلو |
TR 2010- other 2010-2023, fm 2023- | Hakan Fidan | هاكان فيدان |
TR 2014- other | Ibrahim Kalin | إبراهيم قالن |
# Israel
IL 2009- hog 2009-2021, hog 2022-, fm 2015-2019 | Benjamin Netanyahu | بنيامين نتنياهو | Bibi
IL 2021-2022 hog | Naftali Bennett | نفتالي بينيت |
IL 2021-2022 fm 2021-2022, hog 2022-2022 | Yair Lapid | يائير لابيد |
IL 2009-2018 fm 2009-2012, fm 2013-2015, minister 2016-2018 | Avigdor Lieberman | أفيغدور ليبرمان |
IL 2019- fm 2019-2020, fm 2024-2024, minister 2024- | Israel Katz | يسرائيل كاتس |
IL 2020-2021 fm | Gabi Ashkenazi | غابي أشكنازي |
IL 2022-2024 fm 2023-2024 | Eli Cohen | إيلي كوهين |
IL 2024- fm | Gideon Saar | جدعون ساعر |
IL 2022- minister | Ron Dermer | رون ديرمر |
# United States
US 2009-2017 hos | Barack Obama | باراك أوباما |
US 2017- hos 2017-2021, hos 2025- | Donald Trump | دونالد ترامب |
US 2009-2025 vp 2009-2017, hos 2021-2025 | Joe Biden | جو بايدن |
US 2009-2013 fm | Hillary Clinton | هيلاري كلينتون |
US 2013-2017 fm | John Kerry | جون كيري |
US 2017-2018 fm | Rex Tillerson | ريكس تيلرسون |
US 2017-2021 other 2017-2018, fm 2018-2021 | Mike Pompeo | مايك بومبيو |
US 2021-2025 fm | Antony Blinken | أنتوني بلينكن |
US 2025- fm | Marco Rubio | ماركو روبيو |
US 2009-2011 envoy | George Mitchell | جورج ميتشل |
US 2013-2014 envoy | Martin Indyk | مارتن إنديك |
US 2017-2021 other | Jared Kushner | جاريد كوشنر |
US 2017-2019 envoy | Jason Greenblatt | جيسون غرينبلات |
US 2014-2025 envoy 2014-2018, other 2021-2025 | Brett McGurk | بريت ماكغورك |
US 2018-2020 envoy | James Jeffrey | جيمس جيفري |
US 2018-2020 envoy | Brian Hook | براين هوك |
US 2021-2023 envoy | Robert Malley | روبرت مالي |
US 2021-2025 envoy | Amos Hochstein | آموس هوكستين |
US 2021-2025 envoy | Tim Lenderking | تيم ليندركينغ |
US 2023-2024 envoy | David Satterfield | ديفيد ساترفيلد |
US 2024-2025 envoy | Tom Perriello | توم بيرييلو |
US 2025- envoy | Steve Witkoff | ستيف ويتكوف |
US 2025- envoy | Tom Barrack | توم باراك |
US 2025- envoy | Morgan Ortagus | مورغان أورتاغوس |
US 2025- other | Massad Boulos | مسعد بولس |
US 2025- envoy | Adam Boehler | آدم بوهلر |
# Russia
RU 2000- hog 2008-2012, hos 2012- | Vladimir Putin | فلاديمير بوتين |
RU 2008-2020 hos 2008-2012, hog 2012-2020 | Dmitry Medvedev | دميتري ميدفيديف |
RU 2004- fm | Sergei Lavrov | سيرغي لافروف |
RU 2011- envoy | Mikhail Bogdanov | ميخائيل بوغدانوف |
RU 2017- envoy | Alexander Lavrentiev | ألكسندر لافرنتييف |
# China
CN 2003-2013 hos | Hu Jintao | هو جين تاو |
CN 2003-2013 hog | Wen Jiabao | ون جيا باو |
CN 2012- other 2012-2013, hos 2013- | Xi Jinping | شي جين بينغ |
CN 2013-2023 hog | Li Keqiang | لي كه تشيانغ |
CN 2023- hog | Li Qiang | لي تشيانغ |
CN 2007-2013 fm | Yang Jiechi | يانغ جيه تشي |
CN 2013- fm 2013-2022, fm 2023- | Wang Yi | وانغ يي |
CN 2022-2023 fm | Qin Gang | تشين قانغ |
CN 2019- envoy | Zhai Jun | تشاي جيون |
# France
FR 2007-2012 hos | Nicolas Sarkozy | نيكولا ساركوزي |
FR 2012-2017 hos | Francois Hollande | فرانسوا هولاند |
FR 2017- hos | Emmanuel Macron | إيمانويل ماكرون |
FR 2007-2012 hog | Francois Fillon | فرانسوا فيون |
FR 2012-2017 hog 2012-2014, fm 2016-2017 | Jean-Marc Ayrault | جان مارك أيرولت |
FR 2014-2016 hog | Manuel Valls | مانويل فالس |
FR 2016-2017 hog | Bernard Cazeneuve | برنار كازنوف |
FR 2017-2020 hog | Edouard Philippe | إدوار فيليب |
FR 2020-2022 hog | Jean Castex | جان كاستكس |
FR 2022-2024 hog | Elisabeth Borne | إليزابيث بورن |
FR 2024-2024 hog | Gabriel Attal | غابرييل أتال |
FR 2024-2024 hog | Michel Barnier | ميشال بارنييه |
FR 2024-2025 hog | Francois Bayrou | فرانسوا بايرو |
FR 2025- hog | Sebastien Lecornu | سيباستيان لوكورنو |
FR 2010-2011 fm | Michele Alliot-Marie | ميشيل أليو ماري |
FR 2011-2012 fm | Alain Juppe | آلان جوبيه |
FR 2012-2016 fm | Laurent Fabius | لوران فابيوس |
FR 2012- minister 2012-2017, fm 2017-2022, envoy 2023- | Jean-Yves Le Drian | جان إيف لودريان |
FR 2022-2024 fm | Catherine Colonna | كاترين كولونا |
FR 2024-2024 fm | Stephane Sejourne | ستيفان سيجورنيه |
FR 2024- fm | Jean-Noel Barrot | جان نويل بارو |
# United Kingdom
GB 1952-2022 hos | Elizabeth II | إليزابيث الثانية | Queen Elizabeth II; Queen Elizabeth; الملكة إليزابيث الثانية; الملكة إليزابيث
GB 2022- hos | Charles III | تشارلز الثالث | King Charles III; King Charles; الملك تشارلز الثالث; الملك تشارلز
GB 2010-2024 hog 2010-2016, fm 2023-2024 | David Cameron | ديفيد كاميرون |
GB 2016-2019 hog | Theresa May | تيريزا ماي |
GB 2016-2022 fm 2016-2018, hog 2019-2022 | Boris Johnson | بوريس جونسون |
GB 2021-2022 fm 2021-2022, hog 2022-2022 | Liz Truss | ليز تراس |
GB 2022-2024 hog | Rishi Sunak | ريشي سوناك |
GB 2024- hog | Keir Starmer | كير ستارمر |
GB 2010-2014 fm | William Hague | وليام هيغ |
GB 2014-2016 fm | Philip Hammond | فيليب هاموند |
GB 2018-2019 fm | Jeremy Hunt | جيريمي هانت |
GB 2019-2021 fm | Dominic Raab | دومينيك راب |
GB 2022-2023 fm | James Cleverly | جيمس كليفرلي |
GB 2024-2025 fm | David Lammy | ديفيد لامي |
GB 2025- fm | Yvette Cooper | إيفيت كوبر |
GB 2007- envoy 2007-2015, other 2015- | Tony Blair | توني بلير |
# Germany
DE 2005-2021 hog | Angela Merkel | أنجيلا ميركل |
DE 2021-2025 hog | Olaf Scholz | أولاف شولتس |
DE 2025- hog | Friedrich Merz | فريدريش ميرتس |
DE 2010-2012 hos | Christian Wulff | كريستيان فولف |
DE 2012-2017 hos | Joachim Gauck | يواخيم غاوك |
DE 2013- fm 2013-2017, hos 2017- | Frank-Walter Steinmeier | فرانك فالتر شتاينماير |
DE 2009-2013 fm | Guido Westerwelle | غيدو فيسترفيله |
DE 2017-2018 fm | Sigmar Gabriel | زيغمار غابرييل |
DE 2018-2021 fm | Heiko Maas | هايكو ماس |
DE 2021- fm 2021-2025, other 2025- | Annalena Baerbock | أنالينا بيربوك |
DE 2025- fm | Johann Wadephul | يوهان فاديفول |
# United Nations
UN 2007-2016 sg | Ban Ki-moon | بان كي مون |
UN 2005- other 2005-2015, sg 2017- | Antonio Guterres | أنطونيو غوتيريش |
UN 2012-2012 envoy | Kofi Annan | كوفي أنان |
UN 2012-2014 envoy | Lakhdar Brahimi | الأخضر الإبراهيمي |
UN 2014- envoy 2014-2019, envoy 2021- | Staffan de Mistura | ستافان دي ميستورا |
UN 2019-2025 envoy | Geir Pedersen | غير بيدرسن |
UN 2011-2015 envoy | Jamal Benomar | جمال بنعمر |
UN 2018-2024 envoy 2018-2021, other 2021-2024 | Martin Griffiths | مارتن غريفيث |
UN 2021- envoy | Hans Grundberg | هانس غروندبرغ |
UN 2011-2012 envoy | Ian Martin | إيان مارتن |
UN 2012-2014 envoy | Tarek Mitri | طارق متري |
UN 2014-2015 envoy | Bernardino Leon | برناردينو ليون |
UN 2011-2017 envoy | Martin Kobler | مارتن كوبلر |
UN 2017-2020 envoy | Ghassan Salame | غسان سلامة |
UN 2020-2022 envoy | Stephanie Williams | ستيفاني وليامز |
UN 2015-2021 envoy | Jan Kubis | يان كوبيش |
UN 2022-2024 envoy | Abdoulaye Bathily | عبد الله باتيلي |
UN 2024-2025 envoy | Stephanie Koury | ستيفاني خوري |
UN 2025- envoy | Hanna Tetteh | هانا تيتيه |
UN 2013-2020 envoy | Nickolay Mladenov | نيكولاي ملادينوف |
UN 2018- envoy | Jeanine Hennis-Plasschaert | جينين هينيس بلاسخارت |
UN 2024- envoy | Mohamed Al Hassan | محمد الحسان |
UN 2007-2015 envoy | Robert Serry | روبرت سيري |
UN 2021-2024 envoy | Tor Wennesland | تور وينسلاند |
UN 2024-2025 other | Sigrid Kaag | سيغريد كاغ |
# Arab League
AL 2001-2011 sg | Amr Moussa | عمرو موسى |
AL 2011-2016 fm@EG 2011-2011, sg 2011-2016 | Nabil Elaraby | نبيل العربي |
AL 2004- fm@EG 2004-2011, sg 2016- | Ahmed Aboul Gheit | أحمد أبو الغيط |
# Gulf Cooperation Council
GCC 2002-2011 sg | Abdulrahman al-Attiyah | عبد الرحمن العطية |
GCC 2020-2023 sg | Nayef al-Hajraf | نايف الحجرف |
GCC 2023- sg | Jasem Mohamed Albudaiwi | جاسم محمد البديوي |
# Organisation of Islamic Cooperation
OIC 2005-2014 sg | Ekmeleddin Ihsanoglu | أكمل الدين إحسان أوغلو |
OIC 2014-2016 sg | Iyad Madani | إياد مدني |
OIC 2016-2021 sg | Yousef al-Othaimeen | يوسف العثيمين |
OIC 2021- sg | Hissein Brahim Taha | حسين إبراهيم طه |
# European Union
EU 2009-2014 fm | Catherine Ashton | كاثرين آشتون |
EU 2014-2019 fm | Federica Mogherini | فيديريكا موغيريني |
EU 2019-2024 fm | Josep Borrell | جوزيب بوريل |
EU 2024- fm | Kaja Kallas | كايا كالاس |
EU 2013- minister@DE 2013-2019, sg 2019- | Ursula von der Leyen | أورسولا فون دير لاين |
EU 2019-2024 other | Charles Michel | شارل ميشيل |
EU 2024- other | Antonio Costa | أنطونيو كوستا |
# African Union
AU 2012-2017 sg | Nkosazana Dlamini-Zuma | نكوسازانا دلاميني زوما |
AU 2017-2025 sg | Moussa Faki Mahamat | موسى فكي محمد |
AU 2005- fm@DJ 2005-2025, sg 2025- | Mahmoud Ali Youssouf | محمود علي يوسف |
`;
