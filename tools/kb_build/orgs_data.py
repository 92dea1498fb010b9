"""Hand-checked organisations: international bodies, state bodies, armed groups, news agencies and outlets.

One per line: ``id | type | English name | English aliases | ur | ar | fa | country | description | group``.
id ``-`` = ``kh:<slug of the English name>``; group is the output file (orgs, armed_groups, outlets).
Names that are ordinary words alone (العربية = "Arabic", الوقت = "time") are listed after ``!`` in a
name field and marked ambiguous.
"""

ORGS = """
Q1065|ORG|United Nations|UN;U.N.;UNO|اقوام متحدہ;یو این;اقوامِ متحدہ|الأمم المتحدة;الامم المتحدة|سازمان ملل متحد;سازمان ملل;ملل متحد||Intergovernmental organisation|orgs
Q37470|ORG|United Nations Security Council|UN Security Council;UNSC;Security Council|اقوام متحدہ کی سلامتی کونسل;سلامتی کونسل|مجلس الأمن الدولي;مجلس الأمن|شورای امنیت سازمان ملل;شورای امنیت||Principal organ of the United Nations|orgs
Q40970|ORG|International Olympic Committee|IOC|بین الاقوامی اولمپک کمیٹی;انٹرنیشنل اولمپک کمیٹی|اللجنة الأولمبية الدولية|کمیته بین‌المللی المپیک;کمیته بین المللی المپیک;کمیته المپیک بین‌المللی||Governing body of the Olympic movement|orgs
-|ORG|United Nations General Assembly|UN General Assembly;UNGA|اقوام متحدہ کی جنرل اسمبلی;جنرل اسمبلی|الجمعية العامة للأمم المتحدة;الجمعية العامة|مجمع عمومی سازمان ملل;مجمع عمومی||Main deliberative organ of the United Nations|orgs
Q7184|ORG|NATO|North Atlantic Treaty Organization;Nato|نیٹو|حلف شمال الأطلسي;حلف الناتو;الناتو;الأطلسي|ناتو;پیمان آتلانتیک شمالی||Military alliance|orgs
Q458|ORG|European Union|EU|یورپی یونین;یورپی اتحاد|الاتحاد الأوروبي;الاتحاد الاوروبي|اتحادیه اروپا||Political and economic union|orgs
-|ORG|European Commission|EU Commission|یورپی کمیشن|المفوضية الأوروبية|کمیسیون اروپا||Executive of the European Union|orgs
Q7172|ORG|Arab League|League of Arab States|عرب لیگ|جامعة الدول العربية;الجامعة العربية|اتحادیه عرب;جامعه عرب||Regional organisation of Arab states|orgs
Q47543|ORG|Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation;Organisation of the Islamic Conference;Organization of the Islamic Conference|اسلامی تعاون تنظیم;او آئی سی|منظمة التعاون الإسلامي;منظمة المؤتمر الإسلامي|سازمان همکاری اسلامی;سازمان کنفرانس اسلامی||Organisation of Muslim-majority states (Organisation of the Islamic Conference until 2011)|orgs
-|ORG|International Atomic Energy Agency|IAEA|بین الاقوامی جوہری توانائی ایجنسی;آئی اے ای اے|الوكالة الدولية للطاقة الذرية|آژانس بین‌المللی انرژی اتمی;آژانس انرژی اتمی||UN nuclear watchdog|orgs
Q7795|ORG|OPEC|Organization of the Petroleum Exporting Countries|اوپیک|أوبك;منظمة البلدان المصدرة للبترول|اوپک||Oil exporters' cartel|orgs
-|ORG|OPEC+|OPEC Plus|اوپیک پلس|أوبك+;أوبك بلس|اوپک پلاس||OPEC and allied producers|orgs
Q485207|ORG|Shanghai Cooperation Organisation|SCO|شنگھائی تعاون تنظیم|منظمة شنغهاي للتعاون|سازمان همکاری شانگهای||Eurasian security organisation|orgs
-|ORG|BRICS|BRICS|برکس|بريكس|بریکس||Group of emerging economies|orgs
-|ORG|Gulf Cooperation Council|GCC|خلیج تعاون کونسل|مجلس التعاون الخليجي;مجلس التعاون لدول الخليج العربية|شورای همکاری خلیج فارس||Union of six Gulf Arab states|orgs
Q7159|ORG|African Union|AU|افریقی یونین|الاتحاد الأفريقي|اتحادیه آفریقا||Continental union of African states|orgs
Q7768|ORG|ASEAN|Association of Southeast Asian Nations|آسیان|آسيان;رابطة دول جنوب شرق آسيا|آسه‌آن||Regional organisation of Southeast Asian states|orgs
-|ORG|Collective Security Treaty Organization|CSTO|اجتماعی سلامتی معاہدہ تنظیم|منظمة معاهدة الأمن الجماعي|سازمان پیمان امنیت جمعی||Russian-led military alliance|orgs
-|ORG|Economic Cooperation Organization|ECO|اقتصادی تعاون تنظیم;ای سی او|منظمة التعاون الاقتصادي|سازمان همکاری اقتصادی;اکو||Regional organisation of Iran, Pakistan, Turkey and Central Asia|orgs
-|ORG|SAARC|South Asian Association for Regional Cooperation|سارک|سارك|سارک||South Asian regional organisation|orgs
-|ORG|G20|Group of Twenty|جی ٹوئنٹی;جی 20|مجموعة العشرين|گروه ۲۰;گروه بیست||Forum of major economies|orgs
Q170481|ORG|G7|Group of Seven|جی سیون;جی 7|مجموعة السبع|گروه ۷;گروه هفت||Forum of seven advanced economies|orgs
Q7164|ORG|World Bank|World Bank Group|عالمی بینک|البنك الدولي|بانک جهانی||International financial institution|orgs
-|ORG|International Monetary Fund|IMF|بین الاقوامی مالیاتی فنڈ;آئی ایم ایف|صندوق النقد الدولي|صندوق بین‌المللی پول||International financial institution|orgs
Q7817|ORG|World Health Organization|WHO|عالمی ادارہ صحت|منظمة الصحة العالمية|سازمان جهانی بهداشت||UN health agency|orgs
-|ORG|UNHCR|UN Refugee Agency;United Nations High Commissioner for Refugees|اقوام متحدہ کا ادارہ برائے پناہ گزین;یو این ایچ سی آر|المفوضية السامية للأمم المتحدة لشؤون اللاجئين;مفوضية اللاجئين|کمیساریای عالی پناهندگان سازمان ملل||UN refugee agency|orgs
-|ORG|UNICEF|United Nations Children's Fund|یونیسیف|اليونيسف;يونيسف|یونیسف||UN children's agency|orgs
-|ORG|UNRWA|United Nations Relief and Works Agency|انروا|الأونروا;أونروا|آنروا||UN agency for Palestine refugees|orgs
-|ORG|World Food Programme|WFP|عالمی ادارہ خوراک|برنامج الأغذية العالمي|برنامه جهانی غذا||UN food agency|orgs
-|ORG|International Committee of the Red Cross|ICRC;Red Cross|ریڈ کراس;بین الاقوامی ریڈ کراس کمیٹی|اللجنة الدولية للصليب الأحمر;الصليب الأحمر|کمیته بین‌المللی صلیب سرخ;صلیب سرخ||Humanitarian organisation|orgs
-|ORG|Syrian Arab Red Crescent|SARC|شامی ہلال احمر|الهلال الأحمر العربي السوري|هلال احمر سوریه|SY|Syrian humanitarian organisation|orgs
-|ORG|Organisation for the Prohibition of Chemical Weapons|OPCW|کیمیائی ہتھیاروں کی ممانعت کی تنظیم|منظمة حظر الأسلحة الكيميائية|سازمان منع سلاح‌های شیمیایی||Chemical weapons watchdog|orgs
-|ORG|International Criminal Court|ICC|بین الاقوامی فوجداری عدالت|المحكمة الجنائية الدولية|دیوان کیفری بین‌المللی||International court|orgs
-|ORG|International Court of Justice|ICJ|عالمی عدالت انصاف|محكمة العدل الدولية|دیوان بین‌المللی دادگستری||UN court|orgs
-|ORG|Syrian Observatory for Human Rights|SOHR|سیرین آبزرویٹری فار ہیومن رائٹس;شامی انسانی حقوق آبزرویٹری|المرصد السوري لحقوق الإنسان;المرصد السوري|دیده‌بان حقوق بشر سوریه|GB|UK-based monitoring group on Syria|orgs
-|ORG|White Helmets|Syria Civil Defence|وائٹ ہیلمٹس|الخوذ البيضاء;الدفاع المدني السوري|کلاه‌سفیدها|SY|Syrian rescue organisation|orgs
-|ORG|Astana format|Astana talks;Astana process|آستانہ عمل;آستانہ مذاکرات|مسار أستانا;محادثات أستانا|روند آستانه;مذاکرات آستانه||Russia-Iran-Turkey talks on Syria|orgs
-|ORG|Kremlin|Russian presidency;Moscow Kremlin|کریملن|الكرملين|کرملین;کاخ کرملین|RU|Seat and administration of the Russian president|orgs
-|ORG|Russian Ministry of Defence|Russian Defence Ministry;Russian Defense Ministry|روسی وزارت دفاع|وزارة الدفاع الروسية|وزارت دفاع روسیه|RU|Defence ministry of Russia|orgs
-|ORG|Russian Foreign Ministry|Ministry of Foreign Affairs of Russia|روسی وزارت خارجہ|وزارة الخارجية الروسية|وزارت امور خارجه روسیه;وزارت خارجه روسیه|RU|Foreign ministry of Russia|orgs
-|ORG|Russian Armed Forces|Russian army;Russian military|روسی فوج;روسی افواج|القوات الروسية;الجيش الروسي|ارتش روسیه;نیروهای روسیه|RU|Armed forces of Russia|orgs
-|ORG|Russian Security Council|Security Council of Russia|روسی سلامتی کونسل|مجلس الأمن الروسي|شورای امنیت روسیه|RU|Russian presidential advisory body|orgs
-|ORG|State Duma|Duma|اسٹیٹ ڈوما;ڈوما|مجلس الدوما;الدوما|دومای دولتی;دوما|RU|Lower house of the Russian parliament|orgs
-|ORG|Syrian Arab Army|Syrian army;Syrian Armed Forces|شامی فوج|الجيش العربي السوري;الجيش السوري|ارتش سوریه|SY|Armed forces of Syria|orgs
-|ORG|Syrian presidency|Syrian Presidency|شامی ایوان صدر|الرئاسة السورية|ریاست جمهوری سوریه|SY|Office of the Syrian president|orgs
-|ORG|Syrian Foreign Ministry|Ministry of Foreign Affairs of Syria|شامی وزارت خارجہ|وزارة الخارجية السورية|وزارت خارجه سوریه|SY|Foreign ministry of Syria|orgs
-|ORG|Ba'ath Party|Baath Party;Arab Socialist Ba'ath Party|بعث پارٹی;حزب بعث|حزب البعث العربي الاشتراكي;حزب البعث|حزب بعث|SY|Former ruling party of Syria|orgs
-|ORG|Syrian National Coalition|Syrian opposition coalition|شامی قومی اتحاد|الائتلاف الوطني السوري;الائتلاف الوطني لقوى الثورة والمعارضة السورية|ائتلاف ملی سوریه|SY|Syrian opposition alliance|orgs
-|ORG|Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Sepah|پاسداران انقلاب;سپاہ پاسداران انقلاب اسلامی;سپاہ پاسداران|الحرس الثوري الإيراني;الحرس الثوري|سپاه پاسداران انقلاب اسلامی;سپاه پاسداران;سپاه|IR|Iranian military force|orgs
-|ORG|Quds Force|IRGC Quds Force|قدس فورس|فيلق القدس|نیروی قدس;سپاه قدس|IR|Foreign operations arm of the IRGC|orgs
-|ORG|Iranian Foreign Ministry|Ministry of Foreign Affairs of Iran|ایرانی وزارت خارجہ|وزارة الخارجية الإيرانية|وزارت امور خارجه ایران;وزارت خارجه|IR|Foreign ministry of Iran|orgs
-|ORG|Atomic Energy Organization of Iran|AEOI|ایران کی جوہری توانائی تنظیم|منظمة الطاقة الذرية الإيرانية|سازمان انرژی اتمی ایران|IR|Iran's nuclear agency|orgs
-|ORG|Supreme National Security Council|SNSC|ایران کی سپریم نیشنل سکیورٹی کونسل|المجلس الأعلى للأمن القومي الإيراني|شورای عالی امنیت ملی|IR|Iran's top security body|orgs
-|ORG|Islamic Consultative Assembly|Majlis;Iranian parliament|ایرانی پارلیمنٹ;مجلس شوریٰ اسلامی|مجلس الشورى الإسلامي|مجلس شورای اسلامی;مجلس|IR|Parliament of Iran|orgs
-|ORG|Basij|Basij militia|بسیج|الباسيج|بسیج|IR|Iranian paramilitary volunteer force|orgs
-|ORG|MIT|National Intelligence Organization;Turkish intelligence|ترک انٹیلی جنس;ایم آئی ٹی|جهاز الاستخبارات التركي;الاستخبارات التركية|سازمان اطلاعات ملی ترکیه;میت|TR|Turkish national intelligence agency|orgs
-|ORG|Justice and Development Party|AKP;AK Party|جسٹس اینڈ ڈویلپمنٹ پارٹی;آق پارٹی|حزب العدالة والتنمية|حزب عدالت و توسعه|TR|Ruling party of Turkey|orgs
-|ORG|Pentagon|US Department of Defense;Department of Defense|پینٹاگون;امریکی محکمہ دفاع|البنتاغون;وزارة الدفاع الأمريكية|پنتاگون;وزارت دفاع آمریکا|US|US defence department|orgs
-|ORG|US State Department|State Department;Department of State|امریکی محکمہ خارجہ;محکمہ خارجہ|وزارة الخارجية الأمريكية;الخارجية الأمريكية|وزارت امور خارجه آمریکا;وزارت خارجه آمریکا|US|US foreign ministry|orgs
-|ORG|White House|The White House|وائٹ ہاؤس|البيت الأبيض|کاخ سفید|US|Office of the US president|orgs
-|ORG|Central Intelligence Agency|CIA|سی آئی اے|وكالة المخابرات المركزية;سي آي إيه|سیا;سازمان سیا|US|US intelligence agency|orgs
-|ORG|US Congress|Congress|امریکی کانگریس;کانگریس|الكونغرس الأمريكي;الكونغرس|کنگره آمریکا;کنگره|US|Legislature of the United States|orgs
-|ORG|United States Central Command|CENTCOM|سینٹ کام;امریکی سینٹرل کمانڈ|القيادة المركزية الأمريكية;سنتكوم|سنتکام;فرماندهی مرکزی آمریکا|US|US military command for the Middle East|orgs
-|ORG|Israel Defense Forces|IDF;Israeli army|اسرائیلی فوج|الجيش الإسرائيلي;جيش الاحتلال|ارتش اسرائیل;ارتش رژیم صهیونیستی|IL|Armed forces of Israel|orgs
-|ORG|Mossad|Mossad|موساد|الموساد|موساد|IL|Israeli intelligence agency|orgs
-|ORG|Knesset|Israeli parliament|کنیسٹ;اسرائیلی پارلیمنٹ|الكنيست|کنست|IL|Parliament of Israel|orgs
-|ORG|Likud|Likud party|لیکوڈ|الليكود;حزب الليكود|لیکود;حزب لیکود|IL|Israeli political party|orgs
-|ORG|Palestinian Authority|PA;Palestinian National Authority|فلسطینی اتھارٹی|السلطة الفلسطينية;السلطة الوطنية الفلسطينية|تشکیلات خودگردان فلسطین|PS|Palestinian governing body|orgs
-|ORG|Fatah|Fatah movement|الفتح;فتح تحریک|حركة فتح|جنبش فتح|PS|Palestinian political party|orgs
Q26683|ORG|Palestine Liberation Organization|PLO|تنظیم آزادی فلسطین;پی ایل او|منظمة التحرير الفلسطينية|سازمان آزادیبخش فلسطین|PS|Palestinian umbrella organisation|orgs
-|ORG|Pakistan Army|Pakistani army;Pakistan Armed Forces|پاک فوج;پاکستانی فوج;افواج پاکستان|الجيش الباكستاني|ارتش پاکستان|PK|Army of Pakistan|orgs
-|ORG|Inter-Services Intelligence|ISI|آئی ایس آئی|الاستخبارات الباكستانية|سازمان اطلاعات ارتش پاکستان;آی‌اس‌آی|PK|Pakistani intelligence agency|orgs
-|ORG|Inter-Services Public Relations|ISPR|آئی ایس پی آر|العلاقات العامة للجيش الباكستاني|روابط عمومی ارتش پاکستان|PK|Pakistani military's media wing|orgs
-|ORG|Pakistan Tehreek-e-Insaf|PTI|پاکستان تحریک انصاف;تحریک انصاف;پی ٹی آئی|حركة الإنصاف الباكستانية;حركة الإنصاف|حزب تحریک انصاف پاکستان;تحریک انصاف|PK|Pakistani political party|orgs
-|ORG|Pakistan Muslim League (N)|PML-N|پاکستان مسلم لیگ ن;مسلم لیگ ن;ن لیگ|الرابطة الإسلامية الباكستانية (جناح نواز)|حزب مسلم لیگ پاکستان (نواز)|PK|Pakistani political party|orgs
-|ORG|Pakistan Peoples Party|PPP|پاکستان پیپلز پارٹی;پیپلز پارٹی|حزب الشعب الباكستاني|حزب مردم پاکستان|PK|Pakistani political party|orgs
-|ORG|Jamaat-e-Islami|Jamaat-e-Islami Pakistan|جماعت اسلامی|الجماعة الإسلامية|جماعت اسلامی|PK|Pakistani Islamist party|orgs
-|ORG|Jamiat Ulema-e-Islam (F)|JUI-F|جمعیت علمائے اسلام ف;جمعیت علمائے اسلام|جمعية علماء الإسلام|جمعیت علمای اسلام|PK|Pakistani Islamist party|orgs
-|ORG|Indian Army|Indian military|بھارتی فوج;ہندوستانی فوج|الجيش الهندي|ارتش هند|IN|Army of India|orgs
-|ORG|Bharatiya Janata Party|BJP|بھارتیہ جنتا پارٹی;بی جے پی|حزب بهاراتيا جاناتا|حزب بهاراتیا جاناتا|IN|Ruling party of India|orgs
-|ORG|Indian National Congress|Congress party|انڈین نیشنل کانگریس;کانگریس پارٹی|حزب المؤتمر الوطني الهندي|کنگره ملی هند|IN|Indian political party|orgs
-|ORG|Saudi-led coalition|Arab coalition|سعودی اتحاد;سعودی قیادت والا اتحاد|التحالف العربي;التحالف بقيادة السعودية|ائتلاف سعودی;ائتلاف متجاوز سعودی|SA|Coalition fighting in Yemen since 2015|orgs
-|ORG|Muslim Brotherhood|Ikhwan|اخوان المسلمین|جماعة الإخوان المسلمين;الإخوان المسلمين;الإخوان|اخوان‌المسلمین;اخوان المسلمین|EG|Islamist movement|orgs
-|ORG|Wagner Group|Wagner;PMC Wagner|ویگنر گروپ;ویگنر|مجموعة فاغنر;فاغنر|گروه واگنر;واگنر|RU|Russian private military company|armed_groups
Q2429253|ORG|Islamic State|ISIS;ISIL;IS;Daesh;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria|داعش;دولت اسلامیہ;اسلامک اسٹیٹ|داعش;تنظيم الدولة الإسلامية;الدولة الإسلامية;تنظيم داعش|داعش;دولت اسلامی;گروه تروریستی داعش||Jihadist group|armed_groups
-|ORG|Islamic State – Khorasan Province|ISIS-K;ISKP;IS-K|داعش خراسان;دولت اسلامیہ خراسان|ولاية خراسان;داعش خراسان|داعش خراسان;شاخه خراسان داعش|AF|Islamic State branch in Afghanistan and Pakistan|armed_groups
Q34490|ORG|al-Qaeda|Al Qaeda;al-Qaida;Al-Qaida|القاعدہ|القاعدة;تنظيم القاعدة|القاعده||Jihadist network|armed_groups
-|ORG|al-Qaeda in the Arabian Peninsula|AQAP|جزیرہ نما عرب میں القاعدہ|تنظيم القاعدة في جزيرة العرب;القاعدة في جزيرة العرب|القاعده در شبه‌جزیره عربستان|YE|Yemen-based al-Qaeda branch|armed_groups
-|ORG|al-Nusra Front|Nusra Front;Jabhat al-Nusra;Jabhat Fatah al-Sham|النصرہ فرنٹ;جبهۃ النصرہ;جبہۃ النصرہ;النصرہ|جبهة النصرة;النصرة;جبهة فتح الشام|جبهه النصره;جبهة النصره;النصره|SY|Syrian al-Qaeda affiliate 2012-2017|armed_groups
-|ORG|Hayat Tahrir al-Sham|HTS;Tahrir al-Sham|ہیئت تحریر الشام;تحریر الشام|هيئة تحرير الشام;تحرير الشام|هیئت تحریر الشام;تحریر الشام|SY|Syrian Islamist group that took Damascus in 2024|armed_groups
-|ORG|Jaish al-Fatah|Army of Conquest|جیش الفتح|جيش الفتح|جیش الفتح;ارتش فتح|SY|Syrian rebel alliance formed in 2015|armed_groups
-|ORG|Free Syrian Army|FSA|فری سیرین آرمی;آزاد شامی فوج;آزاد سیرین آرمی|الجيش السوري الحر;الجيش الحر|ارتش آزاد سوریه|SY|Syrian rebel umbrella group|armed_groups
-|ORG|Syrian National Army|SNA;Turkish-backed Syrian National Army|سیرین نیشنل آرمی;شامی قومی فوج|الجيش الوطني السوري|ارتش ملی سوریه|SY|Turkish-backed Syrian rebel force|armed_groups
-|ORG|Ahrar al-Sham|Harakat Ahrar al-Sham|احرار الشام|أحرار الشام;حركة أحرار الشام|احرار الشام|SY|Syrian Islamist rebel group|armed_groups
-|ORG|Jaish al-Islam|Army of Islam|جیش الاسلام|جيش الإسلام|جیش الاسلام|SY|Syrian Islamist rebel group|armed_groups
-|ORG|Syrian Democratic Forces|SDF|سیرین ڈیموکریٹک فورسز;شامی جمہوری فورسز;ایس ڈی ایف|قوات سوريا الديمقراطية;قسد|نیروهای دموکراتیک سوریه;قسد|SY|Kurdish-led alliance in north-east Syria|armed_groups
Q277036|ORG|People's Protection Units|YPG|وائی پی جی;کرد عوامی تحفظ یونٹس|وحدات حماية الشعب|یگان‌های مدافع خلق;ی‌پ‌گ|SY|Syrian Kurdish militia|armed_groups
Q152220|ORG|Kurdistan Workers' Party|PKK|کردستان ورکرز پارٹی;پی کے کے|حزب العمال الكردستاني|حزب کارگران کردستان;پ‌ک‌ک|TR|Kurdish militant group|armed_groups
-|ORG|Hezbollah|Hizbollah;Hizballah|حزب اللہ;حزب اللّٰہ|حزب الله|حزب‌الله;حزب الله|LB|Lebanese Shia political party and militia|armed_groups
Q38799|ORG|Hamas|Islamic Resistance Movement|حماس|حماس;حركة حماس;حركة المقاومة الإسلامية|حماس;جنبش حماس|PS|Palestinian Islamist movement|armed_groups
-|ORG|Qassam Brigades|Izz ad-Din al-Qassam Brigades;al-Qassam Brigades|قسام بریگیڈ;القسام بریگیڈز|كتائب عز الدين القسام;كتائب القسام;القسام|گردان‌های عزالدین قسام;گردان‌های قسام|PS|Military wing of Hamas|armed_groups
-|ORG|Palestinian Islamic Jihad|Islamic Jihad;PIJ|اسلامی جہاد;فلسطینی اسلامی جہاد|حركة الجهاد الإسلامي;الجهاد الإسلامي|جهاد اسلامی;جنبش جهاد اسلامی|PS|Palestinian militant group|armed_groups
-|ORG|Houthis|Ansar Allah;Houthi movement;Ansarullah|حوثی;انصار اللہ;حوثی باغی|الحوثيون;الحوثي;أنصار الله;جماعة الحوثي|حوثی‌ها;انصارالله;انصار الله|YE|Yemeni Zaydi movement and armed group|armed_groups
-|ORG|Taliban|Afghan Taliban;Islamic Emirate of Afghanistan|طالبان;افغان طالبان|طالبان;حركة طالبان|طالبان||Islamist movement ruling Afghanistan since 2021|armed_groups
-|ORG|Tehrik-i-Taliban Pakistan|TTP;Pakistani Taliban|تحریک طالبان پاکستان;ٹی ٹی پی;کالعدم ٹی ٹی پی|حركة طالبان باكستان;طالبان باكستان|تحریک طالبان پاکستان;طالبان پاکستان|PK|Pakistani militant group|armed_groups
-|ORG|Haqqani network|Haqqanis|حقانی نیٹ ورک|شبكة حقاني|شبکه حقانی|AF|Afghan militant group|armed_groups
-|ORG|Lashkar-e-Taiba|LeT|لشکر طیبہ|عسكر طيبة|لشکر طیبه|PK|Pakistan-based militant group|armed_groups
-|ORG|Jaish-e-Mohammed|JeM|جیش محمد|جيش محمد|جیش محمد|PK|Pakistan-based militant group|armed_groups
-|ORG|Balochistan Liberation Army|BLA|بلوچستان لبریشن آرمی;بی ایل اے|جيش تحرير بلوشستان|ارتش آزادی‌بخش بلوچستان|PK|Baloch separatist group|armed_groups
-|ORG|Jaish al-Adl|Army of Justice|جیش العدل|جيش العدل|جیش‌العدل;جیش العدل|IR|Baloch militant group on the Iran-Pakistan border|armed_groups
-|ORG|Popular Mobilization Forces|PMF;Hashd al-Shaabi;Popular Mobilization Units|حشد الشعبی|الحشد الشعبي;هيئة الحشد الشعبي|حشد الشعبی|IQ|Iraqi state-sponsored militia umbrella|armed_groups
-|ORG|Kataib Hezbollah|Kata'ib Hizballah|کتائب حزب اللہ|كتائب حزب الله|کتائب حزب‌الله|IQ|Iraqi Shia militia|armed_groups
-|ORG|Peshmerga|Kurdish Peshmerga|پیشمرگہ|البيشمركة|پیشمرگه|IQ|Armed forces of Iraqi Kurdistan|armed_groups
-|ORG|Fatemiyoun Brigade|Liwa Fatemiyoun|فاطمیون بریگیڈ;لشکر فاطمیون|لواء فاطميون|لشکر فاطمیون;فاطمیون|AF|Afghan Shia militia fighting in Syria|armed_groups
-|ORG|Zainabiyoun Brigade|Liwa Zainebiyoun|زینبیون بریگیڈ;لشکر زینبیون|لواء زينبيون|لشکر زینبیون;زینبیون|PK|Pakistani Shia militia fighting in Syria|armed_groups
-|ORG|Axis of Resistance|Resistance Axis|مزاحمتی محور;محور مزاحمت|محور المقاومة|محور مقاومت|IR|Iran-led regional alliance|armed_groups
-|ORG|Boko Haram|Boko Haram|بوکو حرام|بوكو حرام|بوکوحرام;بوکو حرام|NG|Nigerian jihadist group|armed_groups
-|ORG|al-Shabaab|Al-Shabab|الشباب|حركة الشباب;حركة الشباب المجاهدين|الشباب|SO|Somali jihadist group|armed_groups
-|ORG|Rapid Support Forces|RSF|ریپڈ سپورٹ فورسز|قوات الدعم السريع;الدعم السريع|نیروهای پشتیبانی سریع|SD|Sudanese paramilitary force|armed_groups
-|ORG|Libyan National Army|LNA|لیبیائی نیشنل آرمی|الجيش الوطني الليبي|ارتش ملی لیبی|LY|Haftar's forces in eastern Libya|armed_groups
-|ORG|TASS|TASS news agency;ITAR-TASS|تاس;خبر رساں ایجنسی تاس|تاس;وكالة تاس;وكالة تاس الروسية|تاس;خبرگزاری تاس|RU|Russian state news agency|outlets
-|ORG|RIA Novosti|RIA|ریا نووستی;ریانووستی|ريا نوفوستي;وكالة ريا نوفوستي|ریانووستی;ریا نووستی|RU|Russian state news agency|outlets
-|ORG|Interfax|Interfax news agency|انٹرفیکس|إنترفاكس|اینترفاکس|RU|Russian news agency|outlets
-|ORG|Sputnik|Sputnik News|اسپوتنک;سپوتنک|سبوتنيك|اسپوتنیک|RU|Russian state news outlet|outlets
-|ORG|RT|Russia Today;RT Arabic|آر ٹی;رشیا ٹوڈے;روس الیوم|روسيا اليوم;آر تي|راشا تودی;روسیا الیوم;آر‌تی|RU|Russian state broadcaster (RT Arabic: روسيا اليوم)|outlets
-|ORG|Al Arabiya|Al-Arabiya|العربیہ;العربیہ ٹی وی|!العربية;قناة العربية|العربیه;شبکه العربیه|AE|Saudi-owned Arabic news channel|outlets
-|ORG|Al Jazeera|Al-Jazeera;Aljazeera|الجزیرہ;الجزیرہ ٹی وی|الجزيرة;قناة الجزيرة|الجزیره;شبکه الجزیره|QA|Qatari news network|outlets
-|ORG|Al Mayadeen|Al-Mayadeen|المیادین|الميادين;قناة الميادين|المیادین;شبکه المیادین|LB|Beirut-based pan-Arab channel|outlets
-|ORG|Al Manar|Al-Manar|المنار|قناة المنار;المنار|المنار;شبکه المنار|LB|Hezbollah's television channel|outlets
-|ORG|Asharq Al-Awsat|Asharq al-Awsat|الشرق الاوسط اخبار|الشرق الأوسط;صحيفة الشرق الأوسط|الشرق الاوسط روزنامه|SA|Saudi-owned pan-Arab newspaper|outlets
-|ORG|Al-Quds Al-Arabi|Al Quds Al Arabi|القدس العربی|القدس العربي|القدس العربی|GB|London-based pan-Arab newspaper|outlets
-|ORG|Sky News Arabia|Sky News Arabia|اسکائی نیوز عربیہ|سكاي نيوز عربية|اسکای نیوز عربی|AE|Abu Dhabi-based news channel|outlets
-|ORG|BBC|British Broadcasting Corporation;BBC News|بی بی سی;بی بی سی اردو|بي بي سي;هيئة الإذاعة البريطانية|بی‌بی‌سی;بی بی سی;بی‌بی‌سی فارسی|GB|British public broadcaster|outlets
-|ORG|Deutsche Welle|DW|ڈی ڈبلیو;ڈوئچے ویلے|دويتشه فيله|دویچه وله|DE|German international broadcaster|outlets
-|ORG|Voice of America|VOA|وائس آف امریکہ|صوت أمريكا|صدای آمریکا|US|US international broadcaster|outlets
-|ORG|Radio Farda|Farda|ریڈیو فردا|راديو فردا|رادیو فردا|US|US-funded Persian-language radio|outlets
-|ORG|Iran International|Iran International TV|ایران انٹرنیشنل|إيران إنترناشيونال|ایران اینترنشنال|GB|London-based Persian-language channel|outlets
-|ORG|Reuters|Thomson Reuters|رائٹرز;روئٹرز|رويترز;وكالة رويترز|رویترز;خبرگزاری رویترز;رویتر;خبرگزاری رویتر|GB|International news agency|outlets
-|ORG|Agence France-Presse|AFP;France-Presse|اے ایف پی;فرانسیسی خبر رساں ادارے|وكالة فرانس برس;فرانس برس;أ ف ب|خبرگزاری فرانسه;فرانس‌پرس|FR|French news agency|outlets
-|ORG|Associated Press|AP|ایسوسی ایٹڈ پریس;اے پی|أسوشيتد برس;وكالة أسوشيتد برس|آسوشیتدپرس;آسوشیتد پرس|US|US news agency|outlets
-|ORG|Bloomberg|Bloomberg News|بلومبرگ|بلومبرغ|بلومبرگ|US|US financial news agency|outlets
-|ORG|CNN|Cable News Network|سی این این|سي إن إن|سی‌ان‌ان;سی ان ان|US|US news channel|outlets
-|ORG|The New York Times|New York Times;NYT|نیویارک ٹائمز|نيويورك تايمز|نیویورک تایمز|US|US newspaper|outlets
-|ORG|The Washington Post|Washington Post|واشنگٹن پوسٹ|واشنطن بوست|واشنگتن پست|US|US newspaper|outlets
-|ORG|The Wall Street Journal|Wall Street Journal;WSJ|وال اسٹریٹ جرنل|وول ستريت جورنال|وال‌استریت ژورنال;وال استریت ژورنال|US|US newspaper|outlets
-|ORG|The Guardian|Guardian|گارڈین|الغارديان;صحيفة الغارديان|گاردین|GB|British newspaper|outlets
-|ORG|Financial Times|FT|فنانشل ٹائمز|فايننشال تايمز|فایننشال تایمز|GB|British newspaper|outlets
-|ORG|SANA|Syrian Arab News Agency|سانا;شامی خبر رساں ایجنسی سانا|سانا;وكالة سانا;الوكالة العربية السورية للأنباء|سانا;خبرگزاری سانا|SY|Syrian state news agency|outlets
-|ORG|IRNA|Islamic Republic News Agency|ارنا;ایرنا|إرنا;وكالة إرنا|ایرنا;خبرگزاری ایرنا;خبرگزاری جمهوری اسلامی|IR|Iranian state news agency|outlets
-|ORG|Tasnim News Agency|Tasnim|تسنیم;تسنیم نیوز|تسنيم;وكالة تسنيم|تسنیم;خبرگزاری تسنیم|IR|Iranian news agency close to the IRGC|outlets
-|ORG|Fars News Agency|Fars|فارس نیوز;فارس خبر رساں ایجنسی|وكالة فارس;فارس نيوز|خبرگزاری فارس|IR|Iranian news agency close to the IRGC|outlets
-|ORG|Mehr News Agency|Mehr|مہر نیوز;مہر خبر رساں ایجنسی|وكالة مهر;مهر للأنباء|خبرگزاری مهر|IR|Iranian news agency|outlets
-|ORG|ISNA|Iranian Students' News Agency|ایسنا|إيسنا;وكالة إيسنا|ایسنا;خبرگزاری ایسنا|IR|Iranian news agency|outlets
-|ORG|Press TV|PressTV|پریس ٹی وی|برس تي في|پرس تی‌وی;پرس تی وی|IR|Iranian English-language channel|outlets
-|ORG|Al-Alam|Al-Alam News Network|العالم ٹی وی|قناة العالم|شبکه العالم|IR|Iranian Arabic-language channel|outlets
-|ORG|IRIB|Islamic Republic of Iran Broadcasting|ایرانی سرکاری ٹی وی|الإذاعة والتلفزيون الإيراني|صداوسیما;صدا و سیما|IR|Iranian state broadcaster|outlets
-|ORG|Kayhan|Keyhan|کیہان|كيهان;صحيفة كيهان|کیهان;روزنامه کیهان|IR|Iranian hardline newspaper|outlets
-|ORG|Pak Sahafat|Paksahafat|پاک صحافت|باك صحافت|پاک صحافت||Urdu-language news site|outlets
-|ORG|Al-Waght|Alwaght;Al-Waqt|الوقت نیوز|!الوقت;موقع الوقت|الوقت;پایگاه تحلیلی الوقت|IR|Iranian analysis site published in several languages|outlets
-|ORG|Parstoday|Pars Today|پارس ٹوڈے|بارس تودي|پارس تودی|IR|Iranian state multilingual news site|outlets
-|ORG|Anadolu Agency|Anadolu;AA|انادولو;انادولو نیوز ایجنسی|وكالة الأناضول;الأناضول|خبرگزاری آناتولی;آناتولی|TR|Turkish state news agency|outlets
-|ORG|TRT|Turkish Radio and Television;TRT World|ٹی آر ٹی|تي آر تي;التلفزيون التركي|تی‌آرتی|TR|Turkish state broadcaster|outlets
-|ORG|Daily Sabah|Sabah|ڈیلی صباح|ديلي صباح|دیلی صباح|TR|Turkish pro-government newspaper|outlets
-|ORG|Saudi Press Agency|SPA|سعودی پریس ایجنسی;ایس پی اے|وكالة الأنباء السعودية;واس|خبرگزاری عربستان سعودی|SA|Saudi state news agency|outlets
-|ORG|Qatar News Agency|QNA|قطر نیوز ایجنسی|وكالة الأنباء القطرية;قنا|خبرگزاری قطر|QA|Qatari state news agency|outlets
-|ORG|WAM|Emirates News Agency|امارات نیوز ایجنسی|وكالة أنباء الإمارات;وام|خبرگزاری امارات|AE|UAE state news agency|outlets
-|ORG|MENA|Middle East News Agency|مڈل ایسٹ نیوز ایجنسی|وكالة أنباء الشرق الأوسط|خبرگزاری خاورمیانه|EG|Egyptian state news agency|outlets
-|ORG|Al-Ahram|Al Ahram|الاہرام|الأهرام;صحيفة الأهرام|الاهرام|EG|Egyptian state newspaper|outlets
-|ORG|Youm7|Youm7;Al-Youm al-Sabea|یوم السابع|اليوم السابع|الیوم السابع|EG|Egyptian news site|outlets
-|ORG|Masrawy|Masrawy|مصراوی|مصراوي|مصراوی|EG|Egyptian news site|outlets
-|ORG|Al-Masry Al-Youm|Al Masry Al Youm|المصری الیوم|المصري اليوم|المصری الیوم|EG|Egyptian newspaper|outlets
-|ORG|Geo News|Geo;Geo TV|جیو;جیو نیوز;جیو ٹی وی|جيو نيوز;قناة جيو|جیو نیوز|PK|Pakistani news channel|outlets
-|ORG|Jang|Daily Jang|روزنامہ جنگ;جنگ اخبار|صحيفة جنك|روزنامه جنگ|PK|Pakistani Urdu newspaper|outlets
-|ORG|Dawn|Dawn News;Daily Dawn|ڈان;ڈان نیوز|صحيفة دون;دون الباكستانية|روزنامه داون;داون|PK|Pakistani English-language newspaper|outlets
-|ORG|Express Tribune|The Express Tribune|ایکسپریس ٹریبیون|إكسبريس تريبيون|اکسپرس تریبیون|PK|Pakistani English-language newspaper|outlets
-|ORG|Daily Express|Express News|روزنامہ ایکسپریس;ایکسپریس نیوز|إكسبريس نيوز|اکسپرس نیوز|PK|Pakistani Urdu newspaper and channel|outlets
-|ORG|ARY News|ARY|اے آر وائی نیوز;اے آر وائی|إيه آر واي نيوز|ای‌آر‌وای نیوز|PK|Pakistani news channel|outlets
-|ORG|Associated Press of Pakistan|APP|اے پی پی;ایسوسی ایٹڈ پریس آف پاکستان|وكالة أنباء باكستان|خبرگزاری پاکستان|PK|Pakistani state news agency|outlets
-|ORG|Nawa-i-Waqt|Nawaiwaqt|نوائے وقت|نوائي وقت|نوای وقت|PK|Pakistani Urdu newspaper|outlets
-|ORG|Qaumi Awaz|Qaumi Awaz|قومی آواز|قومي آواز|قومی آواز|IN|Indian Urdu newspaper|outlets
-|ORG|Inquilab|Inquilab Urdu|انقلاب اخبار;روزنامہ انقلاب|صحيفة انقلاب|روزنامه انقلاب|IN|Indian Urdu newspaper|outlets
-|ORG|Siasat Daily|The Siasat Daily|سیاست اخبار;روزنامہ سیاست|صحيفة سياست|روزنامه سیاست|IN|Indian Urdu newspaper|outlets
-|ORG|Press Trust of India|PTI news agency|پریس ٹرسٹ آف انڈیا|وكالة برس ترست أوف إنديا|خبرگزاری پرس تراست هند|IN|Indian news agency|outlets
-|ORG|Tolo News|TOLOnews|طلوع نیوز|طلوع نيوز|طلوع نیوز|AF|Afghan news channel|outlets
-|ORG|Pajhwok Afghan News|Pajhwok|پژواک|باجواك|خبرگزاری پژواک;پژواک|AF|Afghan news agency|outlets
-|ORG|Xinhua|Xinhua News Agency|شنہوا;سنہوا|شينخوا;وكالة شينخوا|شین‌هوا;خبرگزاری شین‌هوا|CN|Chinese state news agency|outlets
-|ORG|Euronews|Euronews|یورو نیوز|يورونيوز|یورونیوز|FR|European news channel|outlets
-|ORG|France 24|France24|فرانس 24|فرانس 24|فرانس ۲۴|FR|French international news channel|outlets
-|ORG|Independent Arabia|Independent Arabia|انڈیپنڈنٹ عربیہ|إندبندنت عربية|ایندیپندنت عربی|GB|Arabic edition of The Independent|outlets
-|ORG|Independent Urdu|Independent Urdu|انڈیپنڈنٹ اردو|إندبندنت أوردو|ایندیپندنت اردو|GB|Urdu edition of The Independent|outlets
-|ORG|Enab Baladi|Enab Baladi|عنب بلدی|عنب بلدي|عنب بلدی|SY|Syrian opposition news site|outlets
-|ORG|Al-Watan (Syria)|Al-Watan|الوطن شام|الوطن السورية;صحيفة الوطن|الوطن سوریه|SY|Syrian pro-government newspaper|outlets
-|ORG|Syria TV|Syria TV|سیریا ٹی وی|تلفزيون سوريا|تلویزیون سوریا|SY|Syrian opposition channel|outlets
-|ORG|Al Akhbar (Lebanon)|Al-Akhbar|الاخبار لبنان|الأخبار اللبنانية;صحيفة الأخبار|روزنامه الاخبار|LB|Lebanese newspaper|outlets
-|ORG|Times of Israel|The Times of Israel|ٹائمز آف اسرائیل|تايمز أوف إسرائيل|تایمز اسرائیل|IL|Israeli news site|outlets
-|ORG|Haaretz|Haaretz|ہاریٹز|هآرتس|هاآرتص|IL|Israeli newspaper|outlets
-|ORG|WAFA|Palestinian News & Info Agency|وفا نیوز ایجنسی|وكالة وفا;وفا|خبرگزاری وفا|PS|Palestinian state news agency|outlets
-|ORG|Saba News Agency|Saba|سبا نیوز ایجنسی|وكالة سبأ;سبأ|خبرگزاری سبا|YE|Yemeni state news agency (Houthi-run in Sanaa)|outlets
-|ORG|Kurdistan24|Kurdistan 24|کردستان 24|كردستان 24|کردستان ۲۴|IQ|Kurdish news network|outlets
-|ORG|Rudaw|Rudaw Media Network|روداو|رووداو;شبكة رووداو|رووداو;روداو|IQ|Kurdish news network|outlets
-|ORG|Iraqi News Agency|INA|عراقی نیوز ایجنسی|وكالة الأنباء العراقية;واع|خبرگزاری عراق|IQ|Iraqi state news agency|outlets
-|ORG|Kommersant|Kommersant|کومرسانت|كوميرسانت|کومرسانت|RU|Russian business newspaper|outlets
-|ORG|Izvestia|Izvestiya|ازویستیا|إزفيستيا|ایزوستیا|RU|Russian newspaper|outlets
-|ORG|Ukrinform|Ukrinform|یوکرن فارم|أوكرين فورم|اوکرین‌فرم|UA|Ukrainian state news agency|outlets
"""

# Ethnic, religious and political groups named as actors (type MISC, file groups.jsonl).
GROUPS = """
-|MISC|Kurds|Kurdish people;Kurdish|کرد;کردوں;کرد عوام|الأكراد;الكرد;أكراد;الاكراد|کردها;کرد;کردان||Ethnic group of Turkey, Iraq, Iran and Syria|groups
-|MISC|Alawites|Alawite;Alawis|!علوی;علویوں;علوی فرقہ|العلويون;العلويين;الطائفة العلوية|!علوی;علوی‌ها;علویان|SY|Religious minority of Syria to which the Assad family belongs|groups
-|MISC|Druze|Druzes|دروز;دروزی|الدروز;الموحدون الدروز|دروزی‌ها;دروزها;دروز||Religious community of Syria, Lebanon and Israel|groups
-|MISC|Yazidis|Yazidi;Ezidis|ایزدی;یزیدی;ایزدیوں|الإيزيديون;الإيزيديين;الأيزيديين;الايزيديين|ایزدی‌ها;ایزدیان||Religious minority of northern Iraq|groups
-|MISC|Sunni Muslims|Sunnis;Sunni|سنی;اہل سنت;سنیوں|!السنة;أهل السنة;السنيين;السنيون|اهل سنت;سنی‌ها;اهل تسنن||Largest branch of Islam|groups
-|MISC|Shia Muslims|Shias;Shiites;Shia|شیعہ;اہل تشیع;شیعوں|الشيعة;الشيعي;الشيعيين|شیعیان;شیعه‌ها;شیعه||Second branch of Islam, majority in Iran and Iraq|groups
-|MISC|Pashtuns|Pashtun;Pakhtuns|پشتون;پختون;پشتونوں|البشتون|پشتون‌ها;پشتون||Ethnic group of Afghanistan and Pakistan|groups
-|MISC|Baloch people|Baloch;Baluch|بلوچ;بلوچوں|البلوش|بلوچ‌ها;بلوچ||Ethnic group of Pakistan, Iran and Afghanistan|groups
-|MISC|Hazaras|Hazara|ہزارہ;ہزارہ برادری|الهزارة|هزاره‌ها;هزاره||Shia ethnic group of Afghanistan and Pakistan|groups
-|MISC|Uyghurs|Uighurs;Uyghur|ایغور;اویغور;ایغور مسلمان|الأويغور;الإيغور|اویغورها;اویغور||Turkic Muslim people of Xinjiang|groups
-|MISC|Rohingya|Rohingya Muslims|روہنگیا;روہنگیا مسلمان|الروهينغا;الروهينجا|روهینگیا;مسلمانان روهینگیا||Muslim minority of Myanmar|groups
-|MISC|Syrian opposition|Syrian rebels;Syrian armed opposition|شامی اپوزیشن;شامی باغی;شامی حزب اختلاف|المعارضة السورية;المعارضة السورية المسلحة;الفصائل المسلحة|مخالفان سوری;معارضان سوری;گروه‌های مسلح مخالف سوری||Groups opposed to the Assad government|groups
-|MISC|Palestinians|Palestinian people|فلسطینی عوام|الشعب الفلسطيني;الفلسطينيون|مردم فلسطین;فلسطینیان||Palestinian people|groups
"""
