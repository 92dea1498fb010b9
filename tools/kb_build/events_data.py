"""Named events (wars, uprisings, agreements) the news refers to by name.

``id | English | English aliases | ur | ar | fa | start date | description``; QIDs only where checked.
"""

EVENTS = """
-|Syrian civil war|Syrian war;Syria war|شامی خانہ جنگی;شام کی خانہ جنگی;شام کی جنگ|الحرب الأهلية السورية;الحرب السورية;الأزمة السورية|جنگ داخلی سوریه;بحران سوریه;جنگ سوریه|2011-03-15|Civil war in Syria from 2011
Q14746872|Syrian revolution|Syrian uprising|شامی انقلاب|الثورة السورية|انقلاب سوریه|2011-03-15|Uprising against Assad that began in March 2011
Q33761|Arab Spring|Arab uprisings|عرب بہار;عرب اسپرنگ|الربيع العربي|بهار عربی|2010-12-18|Wave of uprisings in Arab countries
-|Russian intervention in Syria|Russian military intervention in the Syrian civil war|شام میں روسی فوجی مداخلت|التدخل العسكري الروسي في سوريا;التدخل الروسي في سوريا|مداخله نظامی روسیه در سوریه|2015-09-30|Russian air and ground campaign in Syria from September 2015
-|Battle of Aleppo|Battle of Aleppo (2012-2016);Aleppo offensive|حلب کی جنگ;معرکہ حلب|معركة حلب|نبرد حلب;آزادسازی حلب|2012-07-19|Battle for Aleppo 2012-2016, ended with the army's capture of the east in December 2016
Q131404510|Fall of the Assad regime|Fall of Assad;Fall of Damascus|اسد حکومت کا خاتمہ;اسد حکومت کا سقوط;سقوط دمشق|سقوط نظام الأسد;سقوط الأسد;سقوط دمشق|سقوط دولت اسد;سقوط بشار اسد;سقوط دمشق|2024-12-08|Collapse of Bashar al-Assad's rule, November-December 2024
-|Operation Deterrence of Aggression|Deterrence of Aggression|ردع العدوان آپریشن|ردع العدوان;عملية ردع العدوان|عملیات ردع العدوان|2024-11-27|Rebel offensive led by HTS that took Aleppo and Damascus in 2024
Q122962941|Gaza war|Israel-Hamas war;Gaza war (2023-2025)|غزہ جنگ;غزہ کی جنگ;اسرائیل حماس جنگ|الحرب على غزة;حرب غزة;العدوان على غزة|جنگ غزه|2023-10-07|War in the Gaza Strip from October 2023
-|October 7 attack|Operation Al-Aqsa Flood;Al-Aqsa Flood;7 October attack|طوفان الاقصیٰ;طوفان الاقصی|طوفان الأقصى;عملية طوفان الأقصى|طوفان الاقصی;عملیات طوفان الاقصی|2023-10-07|Hamas-led attack on Israel on 7 October 2023
Q17001802|Iran nuclear deal|JCPOA;Joint Comprehensive Plan of Action|ایران جوہری معاہدہ;ایٹمی معاہدہ;جوہری معاہدہ|الاتفاق النووي الإيراني;الاتفاق النووي;خطة العمل الشاملة المشتركة|برجام;توافق هسته‌ای;برنامه جامع اقدام مشترک|2015-07-14|Nuclear agreement between Iran and world powers
Q134900605|Twelve-Day War|Iran-Israel war;June 2025 Iran-Israel war|بارہ روزہ جنگ;12 روزہ جنگ;ایران اسرائیل جنگ|حرب الاثني عشر يوما;الحرب الإيرانية الإسرائيلية|جنگ ۱۲ روزه;جنگ دوازده روزه;جنگ تحمیلی ۱۲ روزه|2025-06-13|War between Israel and Iran in June 2025
-|Russian invasion of Ukraine|Russia-Ukraine war;war in Ukraine;special military operation|یوکرین پر روسی حملہ;یوکرین جنگ;روس یوکرین جنگ|الغزو الروسي لأوكرانيا;الحرب الروسية الأوكرانية;الحرب في أوكرانيا;العملية العسكرية الخاصة|حمله روسیه به اوکراین;جنگ اوکراین;جنگ روسیه و اوکراین|2022-02-24|Full-scale Russian invasion of Ukraine from February 2022
Q19686631|Yemeni civil war|Yemen war|یمنی خانہ جنگی;یمن جنگ;یمن کی جنگ|الحرب الأهلية اليمنية;الحرب في اليمن|جنگ داخلی یمن;جنگ یمن|2014-09-16|Civil war in Yemen from 2014
Q19682450|Saudi-led intervention in Yemen|Operation Decisive Storm|یمن میں سعودی مداخلت;آپریشن فیصلہ کن طوفان|عاصفة الحزم;التدخل العسكري بقيادة السعودية في اليمن|تجاوز ائتلاف سعودی به یمن;عملیات طوفان قاطع|2015-03-26|Saudi-led military campaign in Yemen from 2015
Q545449|Iraq War|Iraq war (2003-2011)|عراق جنگ;عراق کی جنگ|حرب العراق;غزو العراق|جنگ عراق|2003-03-20|US-led war in Iraq 2003-2011
Q17984356|War in Iraq (2013–2017)|war against ISIS in Iraq|عراق میں داعش کے خلاف جنگ|الحرب على داعش في العراق|جنگ با داعش در عراق|2013-12-30|War against the Islamic State in Iraq 2013-2017
Q18357664|Operation Inherent Resolve|anti-ISIS coalition campaign|آپریشن انہیرنٹ ریزالو|عملية العزم الصلب|عملیات عزم راسخ|2014-06-15|US-led military campaign against the Islamic State
Q82664|Iran–Iraq War|Iran-Iraq war|ایران عراق جنگ|الحرب العراقية الإيرانية;حرب الخليج الأولى|جنگ ایران و عراق;دفاع مقدس;جنگ تحمیلی|1980-09-22|War between Iran and Iraq 1980-1988
Q37643|Gulf War|First Gulf War|خلیجی جنگ;خلیج کی جنگ|حرب الخليج;حرب الخليج الثانية|جنگ خلیج فارس|1990-08-02|War after Iraq's invasion of Kuwait, 1990-1991
Q126065|Iranian Revolution|Islamic Revolution|ایرانی انقلاب;انقلاب اسلامی ایران;اسلامی انقلاب|الثورة الإيرانية;الثورة الإسلامية في إيران|انقلاب اسلامی;انقلاب ۵۷;انقلاب ایران|1978-01-07|Revolution that founded the Islamic Republic of Iran
Q49077|Six-Day War|1967 war|چھ روزہ جنگ;1967 کی جنگ|حرب الأيام الستة;حرب 1967;النكسة|جنگ شش روزه|1967-06-05|Arab-Israeli war of June 1967
Q3266633|Nakba|Palestinian Nakba|نکبہ|النكبة|نکبت;روز نکبت|1948-05-15|Displacement of Palestinians in 1948
Q25906338|2016 Turkish coup attempt|failed coup in Turkey|ترکی میں ناکام فوجی بغاوت;ترکی میں ناکام بغاوت|محاولة الانقلاب في تركيا 2016;المحاولة الانقلابية الفاشلة|کودتای نافرجام ترکیه;کودتای ۲۰۱۶ ترکیه|2016-07-15|Failed military coup in Turkey in July 2016
Q30130610|Qatar diplomatic crisis|blockade of Qatar|قطر کا سفارتی بحران;قطر کا محاصرہ|الأزمة الخليجية;حصار قطر;الأزمة الدبلوماسية مع قطر|بحران دیپلماتیک قطر;محاصره قطر|2017-06-05|Saudi-led boycott of Qatar 2017-2021
Q99495661|Abraham Accords|Abraham Accord|ابراہیم معاہدے;معاہدہ ابراہیم|اتفاقيات أبراهام;اتفاقات إبراهيم|توافق ابراهیم;پیمان ابراهیم|2020-09-15|Normalisation agreements between Israel and Arab states
Q114065797|Mahsa Amini protests|Woman, Life, Freedom protests|مہسا امینی احتجاج|احتجاجات مهسا أميني|اعتراضات مهسا امینی;جنبش زن زندگی آزادی|2022-09-16|Protests in Iran after the death of Mahsa Amini
Q130388076|2024 Lebanon war|Israel-Hezbollah war 2024|لبنان جنگ 2024|حرب لبنان 2024|جنگ ۲۰۲۴ لبنان|2024-10-01|Israeli war against Hezbollah in Lebanon in 2024
Q123285238|Red Sea crisis|Houthi attacks on shipping|بحیرہ احمر بحران|أزمة البحر الأحمر|بحران دریای سرخ|2023-10-19|Houthi attacks on Red Sea shipping from October 2023
Q107354956|United States–Taliban deal|Doha Agreement|دوحہ معاہدہ;امریکہ طالبان معاہدہ|اتفاق الدوحة;الاتفاق بين أمريكا وطالبان|توافق دوحه;توافق آمریکا و طالبان|2020-02-29|US-Taliban agreement signed in Doha in 2020
-|Fall of Kabul|Taliban takeover of Afghanistan|سقوط کابل|سقوط كابل|سقوط کابل|2021-08-15|Taliban capture of Kabul in August 2021
Q21190910|Yazidi genocide|Sinjar massacre|ایزدیوں کی نسل کشی|الإبادة الجماعية للإيزيديين|نسل‌کشی ایزدی‌ها|2014-08-03|Islamic State's genocide of Yazidis
Q86832624|Operation Spring Shield|Spring Shield|آپریشن بہار ڈھال|عملية درع الربيع|عملیات سپر بهار|2020-02-27|Turkish offensive against the Syrian army in Idlib in 2020
-|Geneva peace talks on Syria|Geneva talks;Geneva process|جنیوا مذاکرات|محادثات جنيف;مفاوضات جنيف|مذاکرات ژنو|2012-06-30|UN-led talks on Syria in Geneva
Q17013132|Oslo Accords|Oslo Accord|اوسلو معاہدہ|اتفاقية أوسلو;اتفاق أوسلو|پیمان اسلو;توافق اسلو|1993-09-13|Israeli-Palestinian agreements of 1993-1995
Q309204|Camp David Accords|Camp David|کیمپ ڈیوڈ معاہدہ|اتفاقية كامب ديفيد|پیمان کمپ دیوید|1978-09-17|Egyptian-Israeli accords of 1978
"""
