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
Q458|ORG|European Union|EU|یورپی یونین;یورپین یونین;یورپی اتحاد|الاتحاد الأوروبي;الاتحاد الاوروبي|اتحادیه اروپا||Political and economic union|orgs
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
Q7809|ORG|UNESCO|United Nations Educational, Scientific and Cultural Organization|یونیسکو;اقوام متحدہ کا تعلیمی سائنسی اور ثقافتی ادارہ|اليونسكو;يونسكو;منظمة اليونسكو;منظمة الأمم المتحدة للتربية والعلم والثقافة|یونسکو;سازمان یونسکو;سازمان آموزشی علمی و فرهنگی ملل متحد||UN agency for education, science and culture|orgs
Q7825|ORG|World Trade Organization|WTO;World Trade Organisation|عالمی تجارتی تنظیم;عالمی ادارہ تجارت;ڈبلیو ٹی او|منظمة التجارة العالمية|سازمان تجارت جهانی||International trade organisation|orgs
Q82151|ORG|Food and Agriculture Organization|FAO;UN Food and Agriculture Organization;Food and Agriculture Organization of the United Nations|اقوام متحدہ کا ادارہ برائے خوراک و زراعت;عالمی ادارہ برائے خوراک و زراعت;ایف اے او|منظمة الأغذية والزراعة;منظمة الأغذية والزراعة للأمم المتحدة;منظمة الفاو|سازمان خواربار و کشاورزی ملل متحد;سازمان خوار و بار و کشاورزی ملل متحد;سازمان خواربار جهانی;فائو;سازمان فائو||UN food and agriculture agency|orgs
Q54129|ORG|International Labour Organization|ILO;International Labor Organization|بین الاقوامی ادارہ محنت;عالمی ادارہ محنت;انٹرنیشنل لیبر آرگنائزیشن;آئی ایل او|منظمة العمل الدولية|سازمان بین‌المللی کار;سازمان جهانی کار||UN labour agency|orgs
Q8475|ORG|Interpol|International Criminal Police Organization;INTERPOL|انٹرپول|الإنتربول;الانتربول;إنتربول;منظمة الشرطة الجنائية الدولية|اینترپل;اینترپول;پلیس بین‌الملل;پلیس بین الملل;سازمان پلیس جنایی بین‌المللی||International police organisation|orgs
-|ORG|United Nations Human Rights Council|UN Human Rights Council;UNHRC;Human Rights Council|اقوام متحدہ کی انسانی حقوق کونسل;اقوام متحدہ انسانی حقوق کونسل;انسانی حقوق کونسل|مجلس حقوق الإنسان;مجلس حقوق الإنسان التابع للأمم المتحدة;مجلس حقوق الإنسان الأممي|شورای حقوق بشر سازمان ملل;شورای حقوق بشر سازمان ملل متحد;شورای حقوق بشر||UN body on human rights|orgs
-|ORG|OHCHR|UN Human Rights Office;Office of the United Nations High Commissioner for Human Rights|اقوام متحدہ کا انسانی حقوق کا دفتر;اقوام متحدہ کے انسانی حقوق کے دفتر|مفوضية الأمم المتحدة السامية لحقوق الإنسان;المفوضية السامية للأمم المتحدة لحقوق الإنسان;المفوضية السامية لحقوق الإنسان;مكتب حقوق الإنسان التابع للأمم المتحدة|دفتر کمیساریای عالی حقوق بشر سازمان ملل;کمیساریای عالی حقوق بشر سازمان ملل;کمیساریای عالی حقوق بشر||UN human rights office|orgs
-|ORG|UNDP|United Nations Development Programme;UN Development Programme|اقوام متحدہ کا ترقیاتی پروگرام;اقوام متحدہ ترقیاتی پروگرام;یو این ڈی پی|برنامج الأمم المتحدة الإنمائي|برنامه توسعه سازمان ملل;برنامه توسعه ملل متحد;برنامه عمران ملل متحد||UN development agency|orgs
-|ORG|UNEP|United Nations Environment Programme;UN Environment Programme|اقوام متحدہ کا ماحولیاتی پروگرام;یو این ای پی|برنامج الأمم المتحدة للبيئة|برنامه محیط زیست سازمان ملل;برنامه محیط زیست ملل متحد||UN environment agency|orgs
-|ORG|UNFPA|United Nations Population Fund;UN Population Fund|اقوام متحدہ کا آبادی فنڈ;اقوام متحدہ کا پاپولیشن فنڈ|صندوق الأمم المتحدة للسكان|صندوق جمعیت سازمان ملل;صندوق جمعیت ملل متحد||UN population and reproductive health agency|orgs
-|ORG|OCHA|UN Office for the Coordination of Humanitarian Affairs;United Nations Office for the Coordination of Humanitarian Affairs;UNOCHA|اقوام متحدہ کا دفتر برائے انسانی امور;اقوام متحدہ کا انسانی امور کا دفتر;اوچا|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية;مكتب تنسيق الشؤون الإنسانية;أوتشا|دفتر هماهنگی امور بشردوستانه سازمان ملل;دفتر هماهنگی امور انسانی سازمان ملل;اوچا||UN humanitarian coordination office|orgs
-|ORG|UNIFIL|United Nations Interim Force in Lebanon;UN Interim Force in Lebanon|یونیفل;لبنان میں اقوام متحدہ کی امن فوج|اليونيفيل;يونيفيل;قوات اليونيفيل;قوة الأمم المتحدة المؤقتة في لبنان|یونیفل;یونیفیل;نیروهای یونیفل;نیروهای حافظ صلح سازمان ملل در لبنان|LB|UN peacekeeping force in southern Lebanon|orgs
-|ORG|UNAMA|United Nations Assistance Mission in Afghanistan;UN Assistance Mission in Afghanistan|یوناما;افغانستان میں اقوام متحدہ کا امدادی مشن|يوناما;بعثة الأمم المتحدة لتقديم المساعدة إلى أفغانستان;بعثة الأمم المتحدة في أفغانستان|یوناما;دفتر نمایندگی سازمان ملل در افغانستان;هیئت معاونت سازمان ملل متحد در افغانستان|AF|UN political mission in Afghanistan|orgs
-|ORG|UNODC|United Nations Office on Drugs and Crime;UN Office on Drugs and Crime|اقوام متحدہ کا دفتر برائے منشیات و جرائم|مكتب الأمم المتحدة المعني بالمخدرات والجريمة|دفتر مقابله با مواد مخدر و جرم سازمان ملل;دفتر مبارزه با مواد مخدر و جرم سازمان ملل||UN agency on drugs and crime|orgs
-|ORG|International Organization for Migration|IOM;UN Migration|بین الاقوامی تنظیم برائے مہاجرت;عالمی ادارہ برائے مہاجرت;آئی او ایم|المنظمة الدولية للهجرة|سازمان بین‌المللی مهاجرت;سازمان جهانی مهاجرت||UN migration agency|orgs
-|ORG|World Meteorological Organization|WMO|عالمی موسمیاتی تنظیم;عالمی ادارہ موسمیات|المنظمة العالمية للأرصاد الجوية|سازمان جهانی هواشناسی||UN weather and climate agency|orgs
-|ORG|International Civil Aviation Organization|ICAO|بین الاقوامی شہری ہوا بازی تنظیم;انٹرنیشنل سول ایوی ایشن آرگنائزیشن|منظمة الطيران المدني الدولي;الإيكاو;إيكاو|سازمان بین‌المللی هواپیمایی کشوری;ایکائو||UN civil aviation agency|orgs
-|ORG|International Energy Agency|IEA|بین الاقوامی توانائی ایجنسی;انٹرنیشنل انرجی ایجنسی|وكالة الطاقة الدولية;الوكالة الدولية للطاقة|آژانس بین‌المللی انرژی||Paris-based energy policy agency|orgs
-|ORG|World Economic Forum|WEF;Davos Forum|عالمی اقتصادی فورم;ورلڈ اکنامک فورم|المنتدى الاقتصادي العالمي;منتدى دافوس|مجمع جهانی اقتصاد;مجمع اقتصادی جهانی;مجمع داووس|CH|Davos forum of business and political leaders|orgs
-|ORG|Financial Action Task Force|FATF|فنانشل ایکشن ٹاسک فورس;ایف اے ٹی ایف|مجموعة العمل المالي;مجموعة العمل المالي الدولية;فاتف|گروه ویژه اقدام مالی;اف‌ای‌تی‌اف;اف ای تی اف||Intergovernmental anti-money-laundering watchdog|orgs
Q8889|ORG|European Parliament|EU Parliament|یورپی پارلیمنٹ;یورپی پارلیمان|البرلمان الأوروبي|پارلمان اروپا||Legislature of the European Union|orgs
Q8896|ORG|Council of the European Union|Council of the EU|یورپی یونین کی کونسل|مجلس الاتحاد الأوروبي|شورای اتحادیه اروپا||EU body of national ministers|orgs
Q8886|ORG|European Council|European Council|یورپی کونسل|المجلس الأوروبي|شورای اروپایی||EU heads of state or government|orgs
Q8908|ORG|Council of Europe|Council of Europe|کونسل آف یورپ|مجلس أوروبا|شورای اروپا||Human rights organisation of European states|orgs
Q8901|ORG|European Central Bank|ECB|یورپی مرکزی بینک;یورپین سینٹرل بینک|البنك المركزي الأوروبي|بانک مرکزی اروپا||Central bank of the euro area|orgs
Q81299|ORG|OSCE|Organization for Security and Co-operation in Europe;Organisation for Security and Co-operation in Europe|یورپ میں سلامتی و تعاون کی تنظیم;او ایس سی ای|منظمة الأمن والتعاون في أوروبا|سازمان امنیت و همکاری اروپا||European security organisation|orgs
Q41550|ORG|OECD|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development|اقتصادی تعاون و ترقی کی تنظیم;او ای سی ڈی|منظمة التعاون الاقتصادي والتنمية|سازمان همکاری و توسعه اقتصادی||Organisation of developed economies|orgs
Q7785|ORG|Commonwealth of Nations|Commonwealth|دولت مشترکہ;کامن ویلتھ|الكومنولث;رابطة الكومنولث;دول الكومنولث|کشورهای مشترک‌المنافع;کشورهای مشترک المنافع;اتحادیه کشورهای مشترک‌المنافع||Association of the UK and former British territories|orgs
-|ORG|Commonwealth of Independent States|CIS|آزاد ریاستوں کی دولت مشترکہ|رابطة الدول المستقلة;كومنولث الدول المستقلة|کشورهای مستقل مشترک‌المنافع;کشورهای مستقل مشترک المنافع;جامعه کشورهای مستقل مشترک‌المنافع||Association of former Soviet republics|orgs
-|ORG|Non-Aligned Movement|NAM|غیر وابستہ تحریک;غیر وابستہ ممالک کی تحریک|حركة عدم الانحياز;دول عدم الانحياز|جنبش عدم تعهد;جنبش عدم‌تعهد||Forum of states not aligned with a power bloc|orgs
-|ORG|Eurasian Economic Union|EAEU;EEU|یوریشین اکنامک یونین|الاتحاد الاقتصادي الأوراسي|اتحادیه اقتصادی اوراسیا;اتحادیه اقتصادی اوراسیایی||Russian-led economic union|orgs
-|ORG|ECOWAS|Economic Community of West African States|ایکوواس;مغربی افریقی ریاستوں کی اقتصادی برادری|المجموعة الاقتصادية لدول غرب أفريقيا;إيكواس;ايكواس|جامعه اقتصادی کشورهای غرب آفریقا;اکوواس||West African regional bloc|orgs
-|ORG|Asian Development Bank|ADB|ایشیائی ترقیاتی بینک|بنك التنمية الآسيوي|بانک توسعه آسیایی||Regional development bank|orgs
-|ORG|Islamic Development Bank|IsDB|اسلامی ترقیاتی بینک|البنك الإسلامي للتنمية|بانک توسعه اسلامی|SA|Development bank of OIC states|orgs
-|ORG|Muslim World League|MWL|رابطہ عالم اسلامی;مسلم ورلڈ لیگ|رابطة العالم الإسلامي|رابطه جهان اسلام;اتحادیه جهان اسلام|SA|Saudi-based Islamic organisation|orgs
-|ORG|International Union of Muslim Scholars|IUMS|عالمی اتحاد علمائے مسلمین|الاتحاد العالمي لعلماء المسلمين|اتحادیه جهانی علمای مسلمان;اتحادیه بین‌المللی علمای مسلمان|QA|Doha-based association of Muslim clerics|orgs
-|ORG|Médecins Sans Frontières|Doctors Without Borders;MSF;Medecins Sans Frontieres|ڈاکٹرز ود آؤٹ بارڈرز;ایم ایس ایف|أطباء بلا حدود;منظمة أطباء بلا حدود|پزشکان بدون مرز;سازمان پزشکان بدون مرز||International medical humanitarian organisation|orgs
-|ORG|Amnesty International|Amnesty International|ایمنسٹی انٹرنیشنل;ایمنیسٹی انٹرنیشنل|منظمة العفو الدولية;العفو الدولية|سازمان عفو بین‌الملل;عفو بین‌الملل;عفو بین الملل;سازمان عفو بین الملل||Human rights organisation|orgs
-|ORG|Human Rights Watch|HRW|ہیومن رائٹس واچ|هيومن رايتس ووتش;منظمة هيومن رايتس ووتش|دیده‌بان حقوق بشر;دیده بان حقوق بشر;سازمان دیده‌بان حقوق بشر;هیومن رایتس واچ||Human rights organisation|orgs
-|ORG|Save the Children|Save the Children International|سیو دی چلڈرن|منظمة إنقاذ الطفولة;منظمة أنقذوا الأطفال|سازمان نجات کودکان||Children's charity|orgs
-|ORG|Oxfam|Oxfam International|آکسفیم|أوكسفام;منظمة أوكسفام|آکسفام;سازمان آکسفام||Anti-poverty charity confederation|orgs
-|ORG|Greenpeace|Greenpeace International|گرین پیس|غرينبيس;منظمة السلام الأخضر;منظمة غرينبيس|صلح سبز;سازمان صلح سبز;گرین‌پیس;گرین پیس||Environmental campaign group|orgs
-|ORG|Reporters Without Borders|Reporters sans frontières|رپورٹرز ود آؤٹ بارڈرز|مراسلون بلا حدود;منظمة مراسلون بلا حدود|گزارشگران بدون مرز;سازمان گزارشگران بدون مرز||Press-freedom organisation|orgs
-|ORG|Committee to Protect Journalists|CPJ|کمیٹی ٹو پروٹیکٹ جرنلسٹس;صحافیوں کے تحفظ کی کمیٹی|لجنة حماية الصحفيين|کمیته حمایت از روزنامه‌نگاران;کمیته حفاظت از روزنامه‌نگاران||Press-freedom organisation|orgs
-|ORG|Transparency International|Transparency International|ٹرانسپیرنسی انٹرنیشنل|منظمة الشفافية الدولية;الشفافية الدولية|سازمان شفافیت بین‌الملل;شفافیت بین‌الملل;سازمان شفافیت بین‌المللی||Anti-corruption organisation|orgs
-|ORG|International Federation of Red Cross and Red Crescent Societies|IFRC|ریڈ کراس اور ہلال احمر کی بین الاقوامی فیڈریشن|الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر|فدراسیون بین‌المللی جمعیت‌های صلیب سرخ و هلال احمر;فدراسیون بین‌المللی صلیب سرخ و هلال احمر||Federation of national Red Cross and Red Crescent societies|orgs
-|ORG|Palestine Red Crescent Society|PRCS;Palestinian Red Crescent|فلسطینی ہلال احمر|الهلال الأحمر الفلسطيني;جمعية الهلال الأحمر الفلسطيني|هلال احمر فلسطین;جمعیت هلال احمر فلسطین|PS|Palestinian humanitarian organisation|orgs
-|ORG|Turkish Red Crescent|Kızılay;Kizilay|ترک ہلال احمر|الهلال الأحمر التركي|هلال احمر ترکیه|TR|Turkish humanitarian organisation|orgs
-|ORG|Edhi Foundation|Edhi Welfare Trust|ایدھی فاؤنڈیشن;ایدھی ویلفیئر ٹرسٹ|مؤسسة إيدهي|بنیاد ایدهی|PK|Pakistani welfare foundation|orgs
-|ORG|WikiLeaks|Wikileaks|وکی لیکس|ويكيليكس;موقع ويكيليكس|ویکی‌لیکس;ویکی لیکس||Publisher of leaked documents founded by Julian Assange|orgs
-|ORG|New York Stock Exchange|NYSE|نیویارک اسٹاک ایکسچینج;نیو یارک اسٹاک ایکسچینج|بورصة نيويورك|بورس نیویورک;بورس اوراق بهادار نیویورک|US|Stock exchange|orgs
-|ORG|Nasdaq|NASDAQ|نیس ڈیک;نیسڈیک|ناسداك;بورصة ناسداك;مؤشر ناسداك|نزدک;بورس نزدک;شاخص نزدک|US|US stock exchange|orgs
-|ORG|London Stock Exchange|London Stock Exchange|لندن اسٹاک ایکسچینج|بورصة لندن|بورس لندن|GB|Stock exchange|orgs
-|ORG|Pakistan Stock Exchange|PSX;Karachi Stock Exchange|پاکستان اسٹاک ایکسچینج;پاکستان سٹاک ایکسچینج;کراچی اسٹاک ایکسچینج|بورصة باكستان;بورصة كراتشي|بورس پاکستان;بورس کراچی|PK|Stock exchange of Pakistan|orgs
-|ORG|Tehran Stock Exchange|Tehran Stock Exchange|تہران اسٹاک ایکسچینج|بورصة طهران|بورس تهران;بورس اوراق بهادار تهران|IR|Stock exchange of Iran|orgs
-|ORG|Saudi Exchange|Tadawul;Saudi Stock Exchange|سعودی اسٹاک ایکسچینج|السوق المالية السعودية;سوق الأسهم السعودية;تداول السعودية|بورس عربستان;بورس عربستان سعودی|SA|Stock exchange of Saudi Arabia|orgs
-|ORG|Borsa Istanbul|Istanbul Stock Exchange|استنبول اسٹاک ایکسچینج|بورصة إسطنبول;بورصة اسطنبول|بورس استانبول|TR|Stock exchange of Turkey|orgs
Q95|ORG|Google|Google LLC|گوگل|غوغل;جوجل;قوقل;شركة غوغل;شركة جوجل|گوگل;شرکت گوگل|US|US technology company|orgs
Q312|ORG|Apple|Apple Inc.|ایپل|!أبل;آبل;شركة أبل;شركة آبل|اپل;شرکت اپل|US|US technology company|orgs
Q2283|ORG|Microsoft|Microsoft Corporation|مائیکروسافٹ;مائکروسافٹ|مايكروسوفت;ميكروسوفت|مایکروسافت;شرکت مایکروسافت|US|US technology company|orgs
Q355|ORG|Facebook|Facebook|فیس بک;فیسبک|فيسبوك;فيس بوك|فیس‌بوک;فیسبوک;فیس بوک|US|Social network owned by Meta|orgs
Q380|ORG|Meta Platforms|Meta;Meta Platforms Inc.|میٹا;میٹا پلیٹ فارمز|شركة ميتا;ميتا بلاتفورمز|!متا;شرکت متا;متا پلتفرمز|US|Owner of Facebook, Instagram and WhatsApp|orgs
Q918|ORG|Twitter|Twitter|ٹوئٹر;ٹویٹر|تويتر;منصة إكس;منصة اكس|توییتر;توئیتر;پلتفرم ایکس;شبکه اجتماعی ایکس|US|Social network, renamed X in 2023|orgs
Q3884|ORG|Amazon|Amazon.com|!ایمازون;!ایمیزون|!أمازون;!الأمازون;شركة أمازون;شركة امازون|!آمازون;شرکت آمازون|US|US e-commerce and cloud company|orgs
Q866|ORG|YouTube|Youtube|یوٹیوب;یو ٹیوب|يوتيوب|یوتیوب|US|Video platform owned by Google|orgs
Q1049511|ORG|WhatsApp|Whatsapp|واٹس ایپ;وٹس ایپ;واٹس اپ|واتساب;واتس آب;واتس اب|واتس‌اپ;واتساپ;واتس اپ|US|Messaging service owned by Meta|orgs
Q209330|ORG|Instagram|Instagram|انسٹاگرام;انسٹا گرام|إنستغرام;انستغرام;إنستجرام;انستجرام;انستقرام|اینستاگرام;اینستا گرام|US|Photo-sharing platform owned by Meta|orgs
Q48938223|ORG|TikTok|Tiktok|ٹک ٹاک|تيك توك;تيكتوك|تیک‌تاک;تیک تاک;تیکتاک|CN|Video platform owned by ByteDance|orgs
-|ORG|Telegram|Telegram Messenger|ٹیلی گرام;ٹیلیگرام|تلغرام;تيليغرام;تليجرام;تيليجرام;تلجرام|تلگرام;پیام‌رسان تلگرام||Messaging service|orgs
Q907311|ORG|Netflix|Netflix|نیٹ فلکس|نتفليكس;نيتفليكس;نتفلكس|نتفلیکس|US|Streaming company|orgs
Q52|ORG|Wikipedia|Wikipedia|وکی پیڈیا;وکیپیڈیا|ويكيبيديا;موسوعة ويكيبيديا|ویکی‌پدیا;ویکی پدیا;ویکیپدیا|US|Online encyclopedia|orgs
Q193701|ORG|SpaceX|Space Exploration Technologies|اسپیس ایکس;سپیس ایکس|سبيس إكس;سبيس اكس|اسپیس‌ایکس;اسپیس ایکس|US|US rocket and satellite company|orgs
-|ORG|Starlink|Starlink|اسٹار لنک;سٹار لنک;اسٹارلنک|ستارلينك;ستار لينك|استارلینک;استار لینک|US|SpaceX satellite internet service|orgs
Q21708200|ORG|OpenAI|Open AI|اوپن اے آئی|أوبن إيه آي;أوبن أيه آي;اوبن ايه اي|اوپن‌ای‌آی;اوپن ای آی|US|US artificial-intelligence company|orgs
Q182477|ORG|Nvidia|NVIDIA|این ویڈیا;اینویڈیا|إنفيديا;انفيديا|انویدیا|US|US chip designer|orgs
-|ORG|Intel|Intel Corporation|!انٹیل|إنتل;انتل|اینتل|US|US chipmaker|orgs
-|ORG|TSMC|Taiwan Semiconductor Manufacturing Company|ٹی ایس ایم سی|تي إس إم سي;شركة تايوان لصناعة أشباه الموصلات|تی‌اس‌ام‌سی;تی اس ام سی|TW|Taiwanese chipmaker|orgs
Q478214|ORG|Tesla|Tesla Inc.;Tesla Motors|ٹیسلا|تسلا;تيسلا;شركة تسلا|تسلا;شرکت تسلا|US|US electric-car maker|orgs
Q160120|ORG|Huawei|Huawei Technologies|ہواوے;ہواوی|هواوي|هوآوی;هواوی|CN|Chinese telecoms company|orgs
-|ORG|Samsung|Samsung Electronics;Samsung Group|سام سنگ;سامسنگ|سامسونغ;سامسونج|سامسونگ|KR|South Korean conglomerate|orgs
-|ORG|Alibaba Group|Alibaba|علی بابا گروپ|مجموعة علي بابا|گروه علی‌بابا|CN|Chinese e-commerce company|orgs
Q53268|ORG|Toyota|Toyota Motor Corporation;Toyota Motor|ٹویوٹا|تويوتا|تویوتا|JP|Japanese carmaker|orgs
-|ORG|Iran Khodro|IKCO|ایران خودرو|إيران خودرو;ايران خودرو|ایران خودرو;ایران‌خودرو|IR|Iranian carmaker|orgs
Q66|ORG|Boeing|The Boeing Company|بوئنگ|بوينغ;بوينج;شركة بوينغ|بوئینگ;شرکت بوئینگ|US|US aircraft maker|orgs
-|ORG|Airbus|Airbus SE|ایئربس;ائیربس|إيرباص;ايرباص|ایرباس|FR|European aircraft maker|orgs
-|ORG|Lockheed Martin|Lockheed|لاک ہیڈ مارٹن|لوكهيد مارتن|لاکهید مارتین|US|US defence company|orgs
-|ORG|RTX Corporation|Raytheon;Raytheon Technologies|ریتھیون|رايثيون;ريثيون|ریتئون;رایتئون|US|US defence company (formerly Raytheon)|orgs
-|ORG|Rostec|Rostekh|روسٹیک|روستيخ;روستك;مؤسسة روستيخ|روستک;روس‌تک|RU|Russian state defence conglomerate|orgs
-|ORG|Baykar|Baykar Technologies|بائیکار|بايكار;شركة بايكار|بایکار;شرکت بایکار|TR|Turkish drone maker|orgs
Q102673|ORG|Gazprom|Gazprom PJSC|گیزپروم;گازپروم|غازبروم;غاز بروم|گازپروم;شرکت گازپروم|RU|Russian state gas company|orgs
-|ORG|Rosneft|Rosneft Oil Company|روسنیفٹ;روس نیفٹ|روسنفت|روس‌نفت;روسنفت;روس نفت|RU|Russian state oil company|orgs
-|ORG|Lukoil|LUKoil|لوک آئل;لوکوئل|لوك أويل;لوكويل;لوك اويل|لوک‌اویل;لوک اویل|RU|Russian oil company|orgs
-|ORG|ADNOC|Abu Dhabi National Oil Company|ادنوک;ابوظہبی نیشنل آئل کمپنی|أدنوك;ادنوك;شركة بترول أبوظبي الوطنية|ادنوک;شرکت ملی نفت ابوظبی|AE|Abu Dhabi state oil company|orgs
-|ORG|QatarEnergy|Qatar Petroleum;Qatar Energy|قطر انرجی;قطر پیٹرولیم|قطر للطاقة;قطر للبترول|قطر انرژی;شرکت قطر انرژی|QA|Qatari state energy company|orgs
-|ORG|ExxonMobil|Exxon Mobil;Exxon|ایکسون موبل|إكسون موبيل;اكسون موبيل|اکسون موبیل;اکسون‌موبیل|US|US oil company|orgs
-|ORG|Chevron|Chevron Corporation|شیورون|شيفرون;شركة شيفرون|شورون;شرکت شورون|US|US oil company|orgs
-|ORG|Shell plc|Shell;Royal Dutch Shell|شیل کمپنی;رائل ڈچ شیل|شركة شل;رويال داتش شل|شرکت شل;رویال داچ شل|GB|British oil company|orgs
-|ORG|BP|British Petroleum|برٹش پیٹرولیم;!بی پی|بريتش بتروليوم;بريتيش بتروليوم;شركة بي بي|بریتیش پترولیوم;شرکت بی‌پی|GB|British oil company|orgs
-|ORG|TotalEnergies|TotalEnergies SE|ٹوٹل انرجیز|توتال إنرجيز;توتال;توتال انرجيز|توتال;توتال انرژی;توتال‌انرژی|FR|French oil company|orgs
-|ORG|WAPDA|Water and Power Development Authority|واپڈا|هيئة تطوير المياه والطاقة الباكستانية|واپدا;سازمان توسعه آب و برق پاکستان|PK|Pakistani water and power authority|orgs
-|ORG|Public Investment Fund|PIF;Saudi Public Investment Fund|سعودی پبلک انویسٹمنٹ فنڈ|صندوق الاستثمارات العامة;صندوق الاستثمارات العامة السعودي|صندوق سرمایه‌گذاری عمومی عربستان;صندوق سرمایه‌گذاری عمومی عربستان سعودی|SA|Saudi sovereign wealth fund|orgs
-|ORG|Emirates (airline)|Emirates airline;Emirates Airline|ایمریٹس ایئر لائن;ایمریٹس ایئرلائن;امارات ایئر لائن|طيران الإمارات;طيران الامارات|هواپیمایی امارات;امارات ایرلاینز|AE|Dubai-based airline|orgs
-|ORG|Qatar Airways|Qatar Airways|قطر ایئرویز;قطر ائیرویز;قطر ایئر ویز|الخطوط الجوية القطرية;القطرية للطيران|قطر ایرویز;هواپیمایی قطر|QA|Qatari national airline|orgs
-|ORG|Turkish Airlines|THY|ترکش ایئر لائنز;ترک ایئر لائنز|الخطوط الجوية التركية|ترکیش ایرلاینز;هواپیمایی ترکیه|TR|Turkish national airline|orgs
-|ORG|Pakistan International Airlines|PIA|پی آئی اے;پاکستان انٹرنیشنل ایئر لائنز;پاکستان انٹرنیشنل ائیرلائنز;!قومی ایئر لائن|الخطوط الجوية الدولية الباكستانية;الخطوط الجوية الباكستانية|هواپیمایی بین‌المللی پاکستان|PK|Pakistani national airline|orgs
-|ORG|Iran Air|Islamic Republic of Iran Airlines|ایران ایئر|الخطوط الجوية الإيرانية;إيران إير|هواپیمایی جمهوری اسلامی ایران;ایران ایر;ایران‌ایر|IR|Iranian national airline|orgs
-|ORG|Mahan Air|Mahan Airlines|ماہان ایئر|طيران ماهان;ماهان إير|هواپیمایی ماهان;ماهان ایر|IR|Iranian private airline|orgs
-|ORG|Saudia|Saudi Arabian Airlines;Saudi Airlines|سعودی ایئر لائنز;سعودی ایئرلائن|الخطوط الجوية العربية السعودية;الخطوط السعودية|هواپیمایی عربستان سعودی|SA|Saudi national airline|orgs
-|ORG|Etihad Airways||اتحاد ایئرویز;اتحاد ائیرویز|الاتحاد للطيران;طيران الاتحاد|اتحاد ایرویز;هواپیمایی اتحاد|AE|Abu Dhabi-based airline|orgs
-|ORG|EgyptAir|Egyptair|مصر ایئر|مصر للطيران|مصر ایر|EG|Egyptian national airline|orgs
-|ORG|Aeroflot|Aeroflot Russian Airlines|ایروفلوٹ|إيروفلوت;ايروفلوت|آئروفلوت;ایروفلوت|RU|Russian national airline|orgs
-|ORG|Air India|Air India Limited|ایئر انڈیا;ائیر انڈیا|طيران الهند;إير إنديا|ایر ایندیا|IN|Indian national airline|orgs
Q206921|ORG|Pfizer|Pfizer Inc.|فائزر|فايزر;شركة فايزر|فایزر;شرکت فایزر|US|US drugmaker|orgs
-|ORG|Moderna|Moderna Inc.|موڈرنا|موديرنا;مودرنا|مدرنا;مودرنا|US|US biotechnology company|orgs
-|ORG|AstraZeneca|Astra Zeneca|آسٹرازینیکا;ایسٹرازینیکا|أسترازينيكا;استرازينيكا|آسترازنکا;آسترازنیکا|GB|British-Swedish drugmaker|orgs
-|ORG|Moody's|Moody's Investors Service;Moody's Ratings|موڈیز|موديز;وكالة موديز|مودیز;موسسه مودیز|US|Credit rating agency|orgs
-|ORG|Fitch Ratings|Fitch|فچ ریٹنگز|فيتش;وكالة فيتش|فیچ;موسسه فیچ|US|Credit rating agency|orgs
Q23548|ORG|NASA|National Aeronautics and Space Administration|ناسا;امریکی خلائی ادارہ|ناسا;وكالة ناسا;وكالة الفضاء الأمريكية;وكالة الفضاء الأميركية|ناسا;سازمان ناسا;سازمان فضایی آمریکا|US|US space agency|orgs
-|ORG|Roscosmos|Roscosmos State Corporation|روسکوسموس;روس کاسموس|روسكوسموس;وكالة الفضاء الروسية|روس‌کاسموس;روسکاسموس;سازمان فضایی روسیه|RU|Russian space agency|orgs
-|ORG|European Space Agency|ESA|یورپی خلائی ایجنسی|وكالة الفضاء الأوروبية|آژانس فضایی اروپا;سازمان فضایی اروپا||European space agency|orgs
-|ORG|ISRO|Indian Space Research Organisation|اسرو;انڈین اسپیس ریسرچ آرگنائزیشن;بھارتی خلائی ادارہ|منظمة أبحاث الفضاء الهندية|سازمان تحقیقات فضایی هند;ایسرو|IN|Indian space agency|orgs
-|ORG|SUPARCO|Space and Upper Atmosphere Research Commission|سپارکو|سوباركو;هيئة أبحاث الفضاء الباكستانية|سوپارکو;سازمان فضایی پاکستان|PK|Pakistani space agency|orgs
Q253414|ORG|FIFA|Fédération Internationale de Football Association;International Federation of Association Football|فیفا|الفيفا;فيفا;الاتحاد الدولي لكرة القدم|فیفا;فدراسیون بین‌المللی فوتبال||World football governing body|orgs
Q35572|ORG|UEFA|Union of European Football Associations|یوئیفا;یوفا|الاتحاد الأوروبي لكرة القدم;يويفا;اليويفا|یوفا;یوئیفا;اتحادیه فوتبال اروپا||European football governing body|orgs
-|ORG|Asian Football Confederation|AFC|ایشین فٹبال کنفیڈریشن;ایشیائی فٹبال کنفیڈریشن|الاتحاد الآسيوي لكرة القدم|کنفدراسیون فوتبال آسیا||Governing body of Asian football|orgs
-|ORG|International Cricket Council|International Cricket Council|انٹرنیشنل کرکٹ کونسل;بین الاقوامی کرکٹ کونسل;!آئی سی سی|المجلس الدولي للكريكيت|شورای بین‌المللی کریکت||Governing body of world cricket|orgs
-|ORG|Pakistan Cricket Board|PCB|پاکستان کرکٹ بورڈ;پی سی بی|مجلس الكريكيت الباكستاني;هيئة الكريكيت الباكستانية|هیئت کریکت پاکستان|PK|Governing body of cricket in Pakistan|orgs
-|ORG|Board of Control for Cricket in India|BCCI|بھارتی کرکٹ بورڈ;انڈین کرکٹ بورڈ;بی سی سی آئی|مجلس التحكم في الكريكيت في الهند|هیئت کنترل کریکت هند|IN|Governing body of cricket in India|orgs
-|ORG|Pakistan Super League|PSL|پاکستان سپر لیگ;پی ایس ایل|الدوري الباكستاني الممتاز للكريكيت|لیگ برتر کریکت پاکستان|PK|Pakistani professional cricket league|orgs
-|ORG|Indian Premier League|IPL|انڈین پریمیئر لیگ;آئی پی ایل|الدوري الهندي الممتاز للكريكيت|لیگ برتر کریکت هند|IN|Indian professional cricket league|orgs
-|ORG|Premier League|English Premier League;EPL|انگلش پریمیئر لیگ;پریمیئر لیگ|الدوري الإنجليزي الممتاز;الدوري الإنجليزي;البريميرليغ|لیگ برتر انگلیس;لیگ برتر فوتبال انگلیس|GB|English top football division|orgs
-|ORG|Real Madrid|Real Madrid CF|ریال میڈرڈ|ريال مدريد;نادي ريال مدريد|رئال مادرید;باشگاه رئال مادرید|ES|Spanish football club|orgs
-|ORG|FC Barcelona|Barcelona FC;Barça|بارسلونا فٹبال کلب;بارسلونا کلب|نادي برشلونة|باشگاه بارسلونا|ES|Spanish football club|orgs
-|ORG|Manchester United|Man United;Man Utd;Manchester United F.C.|مانچسٹر یونائیٹڈ|مانشستر يونايتد|منچستریونایتد;منچستر یونایتد|GB|English football club|orgs
-|ORG|Manchester City|Man City;Manchester City F.C.|مانچسٹر سٹی|مانشستر سيتي|منچسترسیتی;منچستر سیتی|GB|English football club|orgs
-|ORG|Liverpool F.C.|Liverpool FC|لیورپول فٹبال کلب|نادي ليفربول|باشگاه لیورپول|GB|English football club|orgs
-|ORG|Chelsea F.C.|Chelsea FC|چیلسی فٹبال کلب|نادي تشيلسي|باشگاه چلسی|GB|English football club|orgs
-|ORG|Arsenal F.C.|Arsenal FC|آرسنل فٹبال کلب|نادي أرسنال;أرسنال;آرسنال|باشگاه آرسنال;آرسنال|GB|English football club|orgs
-|ORG|Bayern Munich|FC Bayern Munich;Bayern München;FC Bayern|بائرن میونخ|بايرن ميونخ;بايرن ميونيخ|بایرن مونیخ|DE|German football club|orgs
-|ORG|Juventus|Juventus FC|یووینٹس|يوفنتوس|یوونتوس|IT|Italian football club|orgs
-|ORG|Paris Saint-Germain|PSG;Paris Saint-Germain F.C.|پیرس سینٹ جرمین|باريس سان جيرمان;باريس سان جرمان|پاری سن ژرمن;پاریس سن ژرمن|FR|French football club|orgs
-|ORG|Galatasaray|Galatasaray S.K.|گلاتاسرائے|غلطة سراي|گالاتاسرای|TR|Turkish football club|orgs
-|ORG|Al Hilal|Al-Hilal;Al Hilal SFC|الہلال کلب|نادي الهلال;الهلال السعودي|باشگاه الهلال;الهلال عربستان|SA|Saudi football club|orgs
-|ORG|Al Nassr|Al-Nassr;Al Nassr FC|النصر کلب|نادي النصر;النصر السعودي|باشگاه النصر;النصر عربستان|SA|Saudi football club|orgs
-|ORG|Al Ahly|Al Ahly SC;Al-Ahly|الاہلی کلب|النادي الأهلي;نادي الأهلي;الأهلي المصري|باشگاه الاهلی;الاهلی مصر|EG|Egyptian football club|orgs
-|ORG|Persepolis F.C.|Persepolis;Persepolis FC|پرسپولیس|بيرسبوليس;نادي بيرسبوليس|پرسپولیس;باشگاه پرسپولیس|IR|Iranian football club|orgs
-|ORG|Esteghlal F.C.|Esteghlal;Esteghlal FC|استقلال تہران|استقلال طهران;نادي استقلال طهران|باشگاه استقلال;استقلال تهران|IR|Iranian football club|orgs
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
-|ORG|Fox News|Fox News Channel|فاکس نیوز|فوكس نيوز;قناة فوكس نيوز|فاکس نیوز;فاکس‌نیوز|US|US news channel|outlets
-|ORG|CNBC||سی این بی سی|سي إن بي سي|سی‌ان‌بی‌سی;سی ان بی سی|US|US business news channel|outlets
-|ORG|MSNBC||ایم ایس این بی سی|إم إس إن بي سي|ام‌اس‌ان‌بی‌سی;ام اس ان بی سی|US|US news channel|outlets
-|ORG|NBC News|NBC|این بی سی نیوز;این بی سی|إن بي سي نيوز;شبكة إن بي سي|ان‌بی‌سی نیوز;شبکه ان‌بی‌سی|US|US news network|outlets
-|ORG|CBS News|CBS|سی بی ایس نیوز;سی بی ایس|سي بي إس نيوز;شبكة سي بي إس;سي بي إس;سي بي أس|سی‌بی‌اس نیوز;شبکه سی‌بی‌اس|US|US news network|outlets
-|ORG|ABC News|ABC News|اے بی سی نیوز|إيه بي سي نيوز;شبكة إيه بي سي|ای‌بی‌سی نیوز;شبکه ای‌بی‌سی|US|US news network|outlets
-|ORG|Axios|Axios|ایکسیوس|أكسيوس;موقع أكسيوس|آکسیوس;اکسیوس|US|US news site|outlets
-|ORG|Politico|Politico|پولیٹیکو|بوليتيكو;مجلة بوليتيكو|پولیتیکو;نشریه پولیتیکو|US|US political news outlet|outlets
-|ORG|The Economist|The Economist|دی اکانومسٹ;جریدہ اکانومسٹ|الإيكونوميست;ذي إيكونوميست;مجلة الإيكونوميست|نشریه اکونومیست;هفته‌نامه اکونومیست|GB|British weekly|outlets
-|ORG|The Independent|The Independent|دی انڈیپنڈنٹ|الإندبندنت;ذي إندبندنت;صحيفة الإندبندنت|روزنامه ایندیپندنت|GB|British newspaper|outlets
-|ORG|Le Monde|Le Monde|لی موند|لوموند;صحيفة لوموند|لوموند;روزنامه لوموند|FR|French newspaper|outlets
-|ORG|Al-Araby Al-Jadeed|The New Arab;Al Araby Al Jadeed|العربی الجدید|العربي الجديد|العربی الجدید|GB|London-based pan-Arab outlet|outlets
-|ORG|Alhurra|Al Hurra;Alhurra TV|الحرہ ٹی وی|قناة الحرة;!الحرة|شبکه الحره|US|US-funded Arabic channel|outlets
-|ORG|An-Nahar|Annahar;Al-Nahar|النہار اخبار|صحيفة النهار;النهار اللبنانية|روزنامه النهار|LB|Lebanese daily|outlets
-|ORG|Shafaq News|Shafaq|شفق نیوز|شفق نيوز;وكالة شفق نيوز|شفق نیوز|IQ|Iraqi news agency|outlets
-|ORG|Hamshahri|Hamshahri newspaper|روزنامہ ہمشہری|صحيفة همشهري|روزنامه همشهری|IR|Tehran municipality daily|outlets
-|ORG|Khabar Online|Khabaronline|خبر آن لائن|خبر أونلاين;موقع خبر أونلاين|خبرآنلاین;خبر آنلاین|IR|Iranian news site|outlets
-|ORG|Tabnak|Tabnak news site|تابناک نیوز|موقع تابناك|سایت تابناک;پایگاه خبری تابناک|IR|Iranian news site|outlets
-|ORG|ILNA|Iranian Labour News Agency|ایلنا|إيلنا;وكالة إيلنا|ایلنا;خبرگزاری ایلنا|IR|Iranian news agency|outlets
-|ORG|Young Journalists Club|YJC|ینگ جرنلسٹس کلب|نادي المراسلين الشباب|باشگاه خبرنگاران جوان|IR|Iranian news agency of the state broadcaster|outlets
-|ORG|Mizan News Agency|Mizan Online|میزان نیوز ایجنسی|وكالة ميزان|خبرگزاری میزان|IR|News agency of the Iranian judiciary|outlets
-|ORG|Dunya News|Dunya TV;Roznama Dunya|دنیا نیوز;روزنامہ دنیا|دنيا نيوز|دنیا نیوز|PK|Pakistani news channel and newspaper|outlets
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
