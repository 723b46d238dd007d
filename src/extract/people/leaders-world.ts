/**
 * Leaders outside the Arab League whom Arabic and English diplomatic news name, 2011–2026: Iran,
 * Turkey, Israel (heads of government, foreign ministers), the United States (presidents,
 * secretaries of state, envoys to the region), Russia, China, France, the United Kingdom and
 * Germany, and the officials of the UN, the Arab League, the GCC, the OIC, the EU and the AU.
 *
 * One person a row, read by leaders.ts: `CC from-to | English name | Arabic name | short; short`.
 * `from-` is still in office; the years span every office the person held in these years.
 * Curated by hand from general knowledge (December 2026); see leaders.ts for what it is for.
 */
export const WORLD_LEADER_ROWS = `
# Iran
IR 1989- | Ali Khamenei | علي خامنئي |
IR 2005-2013 | Mahmoud Ahmadinejad | محمود أحمدي نجاد |
IR 2013-2021 | Hassan Rouhani | حسن روحاني |
IR 2021-2024 | Ebrahim Raisi | إبراهيم رئيسي |
IR 2021-2024 | Mohammad Mokhber | محمد مخبر |
IR 2024- | Masoud Pezeshkian | مسعود بزشكيان |
IR 2010-2013 | Ali Akbar Salehi | علي أكبر صالحي |
IR 2013-2025 | Mohammad Javad Zarif | محمد جواد ظريف |
IR 2021-2024 | Hossein Amir-Abdollahian | حسين أمير عبد اللهيان |
IR 2021-2024 | Ali Bagheri Kani | علي باقري كني |
IR 2024- | Abbas Araghchi | عباس عراقجي |
IR 2008- | Ali Larijani | علي لاريجاني |
IR 2020- | Mohammad Bagher Ghalibaf | محمد باقر قاليباف |
# Turkey
TR 2007-2014 | Abdullah Gul | عبد الله غول |
TR 2003- | Recep Tayyip Erdogan | رجب طيب أردوغان |
TR 2009-2016 | Ahmet Davutoglu | أحمد داود أوغلو |
TR 2016-2018 | Binali Yildirim | بن علي يلدريم |
TR 2014-2023 | Mevlut Cavusoglu | مولود جاويش أوغلو |
TR 2015-2015 | Feridun Sinirlioglu | فريدون سينيرلي أوغلو |
TR 2010- | Hakan Fidan | هاكان فيدان |
TR 2014- | Ibrahim Kalin | إبراهيم قالن |
# Israel
IL 2009- | Benjamin Netanyahu | بنيامين نتنياهو | Bibi
IL 2021-2022 | Naftali Bennett | نفتالي بينيت |
IL 2021-2022 | Yair Lapid | يائير لابيد |
IL 2009-2018 | Avigdor Lieberman | أفيغدور ليبرمان |
IL 2019- | Israel Katz | يسرائيل كاتس |
IL 2020-2021 | Gabi Ashkenazi | غابي أشكنازي |
IL 2022-2024 | Eli Cohen | إيلي كوهين |
IL 2024- | Gideon Saar | جدعون ساعر |
IL 2022- | Ron Dermer | رون ديرمر |
# United States
US 2009-2017 | Barack Obama | باراك أوباما |
US 2017- | Donald Trump | دونالد ترامب |
US 2009-2025 | Joe Biden | جو بايدن |
US 2009-2013 | Hillary Clinton | هيلاري كلينتون |
US 2013-2017 | John Kerry | جون كيري |
US 2017-2018 | Rex Tillerson | ريكس تيلرسون |
US 2017-2021 | Mike Pompeo | مايك بومبيو |
US 2021-2025 | Antony Blinken | أنتوني بلينكن |
US 2025- | Marco Rubio | ماركو روبيو |
US 2009-2011 | George Mitchell | جورج ميتشل |
US 2013-2014 | Martin Indyk | مارتن إنديك |
US 2017-2021 | Jared Kushner | جاريد كوشنر |
US 2017-2019 | Jason Greenblatt | جيسون غرينبلات |
US 2014-2025 | Brett McGurk | بريت ماكغورك |
US 2018-2020 | James Jeffrey | جيمس جيفري |
US 2018-2020 | Brian Hook | براين هوك |
US 2021-2023 | Robert Malley | روبرت مالي |
US 2021-2025 | Amos Hochstein | آموس هوكستين |
US 2021-2025 | Tim Lenderking | تيم ليندركينغ |
US 2023-2024 | David Satterfield | ديفيد ساترفيلد |
US 2024-2025 | Tom Perriello | توم بيرييلو |
US 2025- | Steve Witkoff | ستيف ويتكوف |
US 2025- | Tom Barrack | توم باراك |
US 2025- | Morgan Ortagus | مورغان أورتاغوس |
US 2025- | Massad Boulos | مسعد بولس |
US 2025- | Adam Boehler | آدم بوهلر |
# Russia
RU 2000- | Vladimir Putin | فلاديمير بوتين |
RU 2008-2020 | Dmitry Medvedev | دميتري ميدفيديف |
RU 2004- | Sergei Lavrov | سيرغي لافروف |
RU 2011- | Mikhail Bogdanov | ميخائيل بوغدانوف |
RU 2017- | Alexander Lavrentiev | ألكسندر لافرنتييف |
# China
CN 2003-2013 | Hu Jintao | هو جين تاو |
CN 2003-2013 | Wen Jiabao | ون جيا باو |
CN 2012- | Xi Jinping | شي جين بينغ |
CN 2013-2023 | Li Keqiang | لي كه تشيانغ |
CN 2023- | Li Qiang | لي تشيانغ |
CN 2007-2013 | Yang Jiechi | يانغ جيه تشي |
CN 2013- | Wang Yi | وانغ يي |
CN 2022-2023 | Qin Gang | تشين قانغ |
CN 2019- | Zhai Jun | تشاي جيون |
# France
FR 2007-2012 | Nicolas Sarkozy | نيكولا ساركوزي |
FR 2012-2017 | Francois Hollande | فرانسوا هولاند |
FR 2017- | Emmanuel Macron | إيمانويل ماكرون |
FR 2007-2012 | Francois Fillon | فرانسوا فيون |
FR 2012-2017 | Jean-Marc Ayrault | جان مارك أيرولت |
FR 2014-2016 | Manuel Valls | مانويل فالس |
FR 2016-2017 | Bernard Cazeneuve | برنار كازنوف |
FR 2017-2020 | Edouard Philippe | إدوار فيليب |
FR 2020-2022 | Jean Castex | جان كاستكس |
FR 2022-2024 | Elisabeth Borne | إليزابيث بورن |
FR 2024-2024 | Gabriel Attal | غابرييل أتال |
FR 2024-2024 | Michel Barnier | ميشال بارنييه |
FR 2024-2025 | Francois Bayrou | فرانسوا بايرو |
FR 2025- | Sebastien Lecornu | سيباستيان لوكورنو |
FR 2010-2011 | Michele Alliot-Marie | ميشيل أليو ماري |
FR 2011-2012 | Alain Juppe | آلان جوبيه |
FR 2012-2016 | Laurent Fabius | لوران فابيوس |
FR 2012- | Jean-Yves Le Drian | جان إيف لودريان |
FR 2022-2024 | Catherine Colonna | كاترين كولونا |
FR 2024-2024 | Stephane Sejourne | ستيفان سيجورنيه |
FR 2024- | Jean-Noel Barrot | جان نويل بارو |
# United Kingdom
GB 1952-2022 | Elizabeth II | إليزابيث الثانية | Queen Elizabeth II; Queen Elizabeth; الملكة إليزابيث الثانية; الملكة إليزابيث
GB 2022- | Charles III | تشارلز الثالث | King Charles III; King Charles; الملك تشارلز الثالث; الملك تشارلز
GB 2010-2024 | David Cameron | ديفيد كاميرون |
GB 2016-2019 | Theresa May | تيريزا ماي |
GB 2016-2022 | Boris Johnson | بوريس جونسون |
GB 2021-2022 | Liz Truss | ليز تراس |
GB 2022-2024 | Rishi Sunak | ريشي سوناك |
GB 2024- | Keir Starmer | كير ستارمر |
GB 2010-2014 | William Hague | وليام هيغ |
GB 2014-2016 | Philip Hammond | فيليب هاموند |
GB 2018-2019 | Jeremy Hunt | جيريمي هانت |
GB 2019-2021 | Dominic Raab | دومينيك راب |
GB 2022-2023 | James Cleverly | جيمس كليفرلي |
GB 2024-2025 | David Lammy | ديفيد لامي |
GB 2025- | Yvette Cooper | إيفيت كوبر |
GB 2007- | Tony Blair | توني بلير |
# Germany
DE 2005-2021 | Angela Merkel | أنجيلا ميركل |
DE 2021-2025 | Olaf Scholz | أولاف شولتس |
DE 2025- | Friedrich Merz | فريدريش ميرتس |
DE 2010-2012 | Christian Wulff | كريستيان فولف |
DE 2012-2017 | Joachim Gauck | يواخيم غاوك |
DE 2013- | Frank-Walter Steinmeier | فرانك فالتر شتاينماير |
DE 2009-2013 | Guido Westerwelle | غيدو فيسترفيله |
DE 2017-2018 | Sigmar Gabriel | زيغمار غابرييل |
DE 2018-2021 | Heiko Maas | هايكو ماس |
DE 2021- | Annalena Baerbock | أنالينا بيربوك |
DE 2025- | Johann Wadephul | يوهان فاديفول |
# United Nations
UN 2007-2016 | Ban Ki-moon | بان كي مون |
UN 2005- | Antonio Guterres | أنطونيو غوتيريش |
UN 2012-2012 | Kofi Annan | كوفي أنان |
UN 2012-2014 | Lakhdar Brahimi | الأخضر الإبراهيمي |
UN 2014- | Staffan de Mistura | ستافان دي ميستورا |
UN 2019-2025 | Geir Pedersen | غير بيدرسن |
UN 2011-2015 | Jamal Benomar | جمال بنعمر |
UN 2018-2024 | Martin Griffiths | مارتن غريفيث |
UN 2021- | Hans Grundberg | هانس غروندبرغ |
UN 2011-2012 | Ian Martin | إيان مارتن |
UN 2012-2014 | Tarek Mitri | طارق متري |
UN 2014-2015 | Bernardino Leon | برناردينو ليون |
UN 2011-2017 | Martin Kobler | مارتن كوبلر |
UN 2017-2020 | Ghassan Salame | غسان سلامة |
UN 2020-2022 | Stephanie Williams | ستيفاني وليامز |
UN 2015-2021 | Jan Kubis | يان كوبيش |
UN 2022-2024 | Abdoulaye Bathily | عبد الله باتيلي |
UN 2024-2025 | Stephanie Koury | ستيفاني خوري |
UN 2025- | Hanna Tetteh | هانا تيتيه |
UN 2013-2020 | Nickolay Mladenov | نيكولاي ملادينوف |
UN 2018- | Jeanine Hennis-Plasschaert | جينين هينيس بلاسخارت |
UN 2024- | Mohamed Al Hassan | محمد الحسان |
UN 2007-2015 | Robert Serry | روبرت سيري |
UN 2021-2024 | Tor Wennesland | تور وينسلاند |
UN 2024-2025 | Sigrid Kaag | سيغريد كاغ |
# Arab League
AL 2001-2011 | Amr Moussa | عمرو موسى |
AL 2011-2016 | Nabil Elaraby | نبيل العربي |
AL 2004- | Ahmed Aboul Gheit | أحمد أبو الغيط |
# Gulf Cooperation Council
GCC 2002-2011 | Abdulrahman al-Attiyah | عبد الرحمن العطية |
GCC 2020-2023 | Nayef al-Hajraf | نايف الحجرف |
GCC 2023- | Jasem Mohamed Albudaiwi | جاسم محمد البديوي |
# Organisation of Islamic Cooperation
OIC 2005-2014 | Ekmeleddin Ihsanoglu | أكمل الدين إحسان أوغلو |
OIC 2014-2016 | Iyad Madani | إياد مدني |
OIC 2016-2021 | Yousef al-Othaimeen | يوسف العثيمين |
OIC 2021- | Hissein Brahim Taha | حسين إبراهيم طه |
# European Union
EU 2009-2014 | Catherine Ashton | كاثرين آشتون |
EU 2014-2019 | Federica Mogherini | فيديريكا موغيريني |
EU 2019-2024 | Josep Borrell | جوزيب بوريل |
EU 2024- | Kaja Kallas | كايا كالاس |
EU 2013- | Ursula von der Leyen | أورسولا فون دير لاين |
EU 2019-2024 | Charles Michel | شارل ميشيل |
EU 2024- | Antonio Costa | أنطونيو كوستا |
# African Union
AU 2012-2017 | Nkosazana Dlamini-Zuma | نكوسازانا دلاميني زوما |
AU 2017-2025 | Moussa Faki Mahamat | موسى فكي محمد |
AU 2005- | Mahmoud Ali Youssouf | محمود علي يوسف |
`;
