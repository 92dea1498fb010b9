"""First-level divisions (and a few named regions) of the focus countries, with ur/ar/fa base names.

``English base | ISO2 | kind | bare | ur base | ar base | fa base | English aliases``
kind: governorate, province, oblast, region (region = the base name is the entity's name, no prefix).
bare = y when the base name alone (without "province") names the division in the news and is not also the
name of its capital city; otherwise only the prefixed forms (محافظة إدلب, استان اصفهان, صوبہ ...) are names.
"""

PROVINCES = """
Damascus|SY|governorate|n|دمشق|دمشق|دمشق|
Rif Dimashq|SY|governorate|y|ریف دمشق;دمشق کے مضافات|ريف دمشق|ریف دمشق;حومه دمشق|Damascus countryside;Rural Damascus
Aleppo|SY|governorate|n|حلب|حلب|حلب|
Homs|SY|governorate|n|حمص|حمص|حمص|
Hama|SY|governorate|n|حماہ|حماة|حماه|
Latakia|SY|governorate|n|لاذقیہ|اللاذقية|لاذقیه|Lattakia
Tartus|SY|governorate|n|طرطوس|طرطوس|طرطوس|
Idlib|SY|governorate|n|ادلب|إدلب|ادلب|Idleb
Raqqa|SY|governorate|n|رقہ|الرقة|رقه|
Deir ez-Zor|SY|governorate|n|دیر الزور|دير الزور|دیرالزور|Deir al-Zour
Hasakah|SY|governorate|n|حسکہ|الحسكة|حسکه|al-Hasakah
Daraa|SY|governorate|n|درعا|درعا|درعا|Deraa
Suwayda|SY|governorate|n|سویدا|السويداء|سویدا|Sweida
Quneitra|SY|governorate|n|قنیطرہ|القنيطرة|قنیطره|
Baghdad|IQ|governorate|n|بغداد|بغداد|بغداد|
Basra|IQ|governorate|n|بصرہ|البصرة|بصره|
Nineveh|IQ|governorate|y|نینویٰ;نینوا|نينوى|نینوا|Ninawa
Anbar|IQ|governorate|y|انبار;الانبار|الأنبار|الانبار;انبار|al-Anbar
Salah al-Din|IQ|governorate|y|صلاح الدین|صلاح الدين|صلاح‌الدین;صلاح الدین|Saladin
Kirkuk|IQ|governorate|n|کرکوک|كركوك|کرکوک|
Diyala|IQ|governorate|y|دیالیٰ;دیالہ|ديالى|دیاله|
Erbil|IQ|governorate|n|اربیل|أربيل|اربیل|
Sulaymaniyah|IQ|governorate|n|سلیمانیہ|السليمانية|سلیمانیه|
Duhok|IQ|governorate|n|دہوک|دهوك|دهوک|Dohuk
Babil|IQ|governorate|y|بابل|بابل|بابل|Babylon
Karbala|IQ|governorate|n|کربلا|كربلاء|کربلا|
Najaf|IQ|governorate|n|نجف|النجف|نجف|
Wasit|IQ|governorate|y|واسط|واسط|واسط|
Dhi Qar|IQ|governorate|y|ذی قار|ذي قار|ذی‌قار;ذی قار|
Maysan|IQ|governorate|y|میسان|ميسان|میسان|
Muthanna|IQ|governorate|y|مثنیٰ|المثنى|مثنی|al-Muthanna
Al-Qadisiyyah|IQ|governorate|y|قادسیہ|القادسية|قادسیه|Qadisiyah
Kurdistan Region|IQ|region|y|عراقی کردستان;کردستان ریجن|إقليم كردستان العراق;إقليم كردستان|اقلیم کردستان عراق;اقلیم کردستان|Iraqi Kurdistan;KRG
Beirut|LB|governorate|n|بیروت|بيروت|بیروت|
Mount Lebanon|LB|governorate|y|جبل لبنان|جبل لبنان|جبل لبنان;کوه لبنان|
Bekaa|LB|governorate|y|وادی بقاع;بقاع|البقاع|دره بقاع;بقاع|Beqaa;Bekaa Valley
Nabatieh|LB|governorate|n|نبطیہ|النبطية|نبطیه|
Akkar|LB|governorate|y|عکار|عكار|عکار|
Baalbek-Hermel|LB|governorate|y|بعلبک ہرمل|بعلبك الهرمل|بعلبک-هرمل;بعلبک هرمل|
South Lebanon|LB|region|y|جنوبی لبنان|جنوب لبنان|جنوب لبنان|Southern Lebanon
Sanaa|YE|governorate|n|صنعاء|صنعاء|صنعا|
Aden|YE|governorate|n|عدن|عدن|عدن|
Taiz|YE|governorate|n|تعز|تعز|تعز|
Hodeidah|YE|governorate|n|الحدیدہ|الحديدة|الحدیده|
Marib|YE|governorate|n|مارب|مأرب|مأرب|
Saada|YE|governorate|n|صعدہ|صعدة|صعده|
Hadramaut|YE|governorate|y|حضرموت|حضرموت|حضرموت|Hadhramaut
Shabwa|YE|governorate|y|شبوہ|شبوة|شبوه|
Abyan|YE|governorate|y|ابین|أبين|ابین|
Lahij|YE|governorate|y|لحج|لحج|لحج|
Al Bayda|YE|governorate|n|البیضاء|البيضاء|البیضاء|
Al Jawf|YE|governorate|y|الجوف|الجوف|الجوف|
Amran|YE|governorate|n|عمران|عمران|عمران|
Dhamar|YE|governorate|n|ذمار|ذمار|ذمار|
Ibb|YE|governorate|n|اب|إب|اب|
Hajjah|YE|governorate|n|حجہ|حجة|حجه|
Al Mahrah|YE|governorate|y|المہرہ|المهرة|المهره|
Socotra|YE|governorate|y|سقطری|سقطرى|سقطری|
Al Dhale|YE|governorate|y|الضالع|الضالع|الضالع|
Kabul|AF|province|n|کابل|كابل|کابل|
Kandahar|AF|province|n|قندھار|قندهار|قندهار|
Herat|AF|province|n|ہرات|هرات|هرات|
Balkh|AF|province|y|بلخ|بلخ|بلخ|
Nangarhar|AF|province|y|ننگرہار|ننكرهار|ننگرهار|
Helmand|AF|province|y|ہلمند|هلمند|هلمند|
Kunduz|AF|province|n|قندوز|قندوز|قندوز|
Ghazni|AF|province|n|غزنی|غزني|غزنی|
Paktia|AF|province|y|پکتیا|بكتيا|پکتیا|
Paktika|AF|province|y|پکتیکا|بكتيكا|پکتیکا|
Khost|AF|province|n|خوست|خوست|خوست|
Kunar|AF|province|y|کنڑ;کنر|كونار|کنر|
Nuristan|AF|province|y|نورستان|نورستان|نورستان|
Laghman|AF|province|y|لغمان|لغمان|لغمان|
Kapisa|AF|province|y|کاپیسا|كابيسا|کاپیسا|
Parwan|AF|province|y|پروان|بروان|پروان|
Panjshir|AF|province|y|پنج شیر;پنجشیر|بنجشير|پنجشیر|
Bamyan|AF|province|n|بامیان|باميان|بامیان|
Wardak|AF|province|y|وردک;میدان وردک|وردك;ميدان وردك|وردک;میدان وردک|Maidan Wardak
Logar|AF|province|y|لوگر|لوكر|لوگر|
Zabul|AF|province|y|زابل|زابل|زابل|
Uruzgan|AF|province|y|ارزگان|أروزغان|ارزگان|Oruzgan
Daykundi|AF|province|y|دایکنڈی|دايكندي|دایکندی|
Ghor|AF|province|y|غور|غور|غور|
Badghis|AF|province|y|بادغیس|بادغيس|بادغیس|
Faryab|AF|province|y|فاریاب|فارياب|فاریاب|
Jowzjan|AF|province|y|جوزجان|جوزجان|جوزجان|
Sar-e Pol|AF|province|n|سرپل|سر بل|سرپل|
Samangan|AF|province|y|سمنگان|سمنكان|سمنگان|
Baghlan|AF|province|y|بغلان|بغلان|بغلان|
Takhar|AF|province|y|تخار|تخار|تخار|
Badakhshan|AF|province|y|بدخشاں;بدخشان|بدخشان|بدخشان|
Farah|AF|province|n|فراہ|فراه|فراه|
Nimruz|AF|province|y|نیمروز|نيمروز|نیمروز|
Punjab|PK|province|y|پنجاب|البنجاب;بنجاب|پنجاب|
Sindh|PK|province|y|سندھ|السند;إقليم السند|سند|
Khyber Pakhtunkhwa|PK|province|y|خیبر پختونخوا;خیبرپختونخوا;کے پی|خيبر بختونخوا|خیبر پختونخوا|KP;KPK
Balochistan|PK|province|y|بلوچستان|بلوشستان|بلوچستان|Baluchistan
Gilgit-Baltistan|PK|region|y|گلگت بلتستان|جلجت بلتستان|گلگیت-بلتستان;گیلگیت بلتستان|
Azad Kashmir|PK|region|y|آزاد کشمیر;آزاد جموں و کشمیر|كشمير الحرة;آزاد كشمير|کشمیر آزاد;آزاد کشمیر|Pakistan-administered Kashmir;AJK
Kashmir|-|region|y|کشمیر;جموں و کشمیر;جموں اور کشمیر;مقبوضہ کشمیر|كشمير;جامو وكشمير;جامو و كشمير|کشمیر;جامو و کشمیر|Jammu and Kashmir;Jammu & Kashmir
Tehran|IR|province|n|تہران|طهران|تهران|
Isfahan|IR|province|n|اصفہان|أصفهان|اصفهان|
Fars|IR|province|y|فارس|فارس|فارس|
Khuzestan|IR|province|y|خوزستان|خوزستان;الأهواز|خوزستان|
Razavi Khorasan|IR|province|y|خراسان رضوی|خراسان رضوي|خراسان رضوی|Khorasan Razavi
North Khorasan|IR|province|y|شمالی خراسان|خراسان الشمالية|خراسان شمالی|
South Khorasan|IR|province|y|جنوبی خراسان|خراسان الجنوبية|خراسان جنوبی|
East Azerbaijan|IR|province|y|مشرقی آذربائیجان|أذربيجان الشرقية|آذربایجان شرقی|
West Azerbaijan|IR|province|y|مغربی آذربائیجان|أذربيجان الغربية|آذربایجان غربی|
Kermanshah|IR|province|n|کرمانشاہ|كرمانشاه|کرمانشاه|
Kurdistan|IR|province|n|کردستان|كردستان|کردستان|
Sistan and Baluchestan|IR|province|y|سیستان و بلوچستان;سیستان بلوچستان|سيستان وبلوشستان|سیستان و بلوچستان|
Kerman|IR|province|n|کرمان|كرمان|کرمان|
Yazd|IR|province|n|یزد|يزد|یزد|
Gilan|IR|province|y|گیلان|جيلان;كيلان|گیلان|
Mazandaran|IR|province|y|مازندران|مازندران|مازندران|
Golestan|IR|province|y|گلستان|كلستان;غولستان|گلستان|
Lorestan|IR|province|y|لرستان|لرستان|لرستان|
Hormozgan|IR|province|y|ہرمزگان|هرمزكان|هرمزگان|
Bushehr|IR|province|n|بوشہر|بوشهر|بوشهر|
Hamadan|IR|province|n|ہمدان|همدان|همدان|
Markazi|IR|province|n|مرکزی|المركزية|مرکزی|
Ardabil|IR|province|n|اردبیل|أردبيل|اردبیل|
Zanjan|IR|province|n|زنجان|زنجان|زنجان|
Qazvin|IR|province|n|قزوین|قزوين|قزوین|
Qom|IR|province|n|قم|قم|قم|
Semnan|IR|province|n|سمنان|سمنان|سمنان|
Alborz|IR|province|y|البرز|البرز|البرز|
Ilam|IR|province|n|ایلام|إيلام|ایلام|
Chaharmahal and Bakhtiari|IR|province|y|چہارمحال و بختیاری|جهارمحال وبختياري|چهارمحال و بختیاری|
Kohgiluyeh and Boyer-Ahmad|IR|province|y|کہگیلویہ و بویر احمد|كهكيلويه وبوير أحمد|کهگیلویه و بویراحمد|
West Bank|PS|region|y|مغربی کنارہ;غرب اردن|الضفة الغربية|کرانه باختری|
Gaza Strip|PS|region|y|غزہ کی پٹی;غزہ پٹی;غزہ|قطاع غزة;غزة|نوار غزه;غزه|Gaza
East Jerusalem|PS|region|y|مشرقی یروشلم;مشرقی بیت المقدس|القدس الشرقية|بیت‌المقدس شرقی;قدس شرقی|
Golan Heights|SY|region|y|گولان کی پہاڑیاں;جولان;گولان|هضبة الجولان;الجولان|بلندی‌های جولان;جولان|Golan
Donetsk|UA|oblast|n|دونیتسک|دونيتسك|دونتسک|
Luhansk|UA|oblast|n|لوہانسک|لوغانسك|لوهانسک|
Kharkiv|UA|oblast|n|خارکیف|خاركيف|خارکیف|
Kherson|UA|oblast|n|خیرسون|خيرسون|خرسون|
Zaporizhzhia|UA|oblast|n|زاپوریزیا|زابوريجيا|زاپوریژیا|
Dnipropetrovsk|UA|oblast|y|دنیپروپیٹرووسک|دنيبروبيتروفسك|دنیپروپتروفسک|
Odesa|UA|oblast|n|اوڈیسا|أوديسا|اودسا|
Mykolaiv|UA|oblast|n|میکولائیو|ميكولايف|میکولایف|
Kyiv|UA|oblast|n|کیف|كييف|کی‌یف|
Sumy|UA|oblast|n|سومی|سومي|سومی|
Chernihiv|UA|oblast|n|چرنیہیو|تشيرنيهيف|چرنیهیف|
Lviv|UA|oblast|n|لیویو|لفيف|لویو|
Crimea|UA|region|y|کریمیا;جزیرہ نما کریمیا|القرم;شبه جزيرة القرم|کریمه;شبه‌جزیره کریمه|
Donbas|UA|region|y|ڈونباس|دونباس|دونباس|Donbass
Kursk|RU|oblast|n|کرسک|كورسك|کورسک|
Belgorod|RU|oblast|n|بیلگورود|بيلغورود|بلگورود|
Chechnya|RU|region|y|چیچنیا|الشيشان|چچن|Chechen Republic
"""
