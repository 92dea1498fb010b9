"""Hand-checked people (2010 onwards, plus a few earlier figures the news still names).

One person per line, fields separated by ``|``:
``id | English name | English aliases | ur names | ar names | fa names | roles | country | description | flags``
- id: Wikidata QID only when sure, else ``kh:<slug>`` (written ``-`` = derive from the English name).
- names: ``;``-separated, full name first. The builder adds the surname alone (last word) as a short form
  unless flags contain ``noshort``; short forms that are common words are flagged as ambiguous.
- roles: ``,``-separated ``role:OF:from:to``; OF is an ISO country code or a KB id; dates ISO, empty = open.
"""

PEOPLE = """
Q7747|Vladimir Putin|Putin;Vladimir Vladimirovich Putin|ولادیمیر پوٹن;ولادیمیر پیوٹن;ولادیمیر پوتن;ولادی میر پوتین;پوٹن;پیوٹن;پوتن;پوتین|فلاديمير بوتين;بوتين|ولادیمیر پوتین;پوتین|president:RU:2000-05-07:2008-05-07,prime_minister:RU:2008-05-08:2012-05-07,president:RU:2012-05-07:|RU|President of Russia|
-|Bashar al-Assad|Assad;al-Assad;Bashar Assad|بشار الاسد;بشارالاسد;بشار اسد;الاسد;اسد|بشار الأسد;بشار الاسد;الأسد;الاسد;بشار|بشار اسد;بشار الاسد;اسد|president:SY:2000-07-17:2024-12-08|SY|Former president of Syria (2000-2024)|noshort
-|Kamel Saqr|Saqr;Kamal Saqr|کامل صقر;صقر|كامل صقر;صقر|کامل صقر;صقر|other:SY::2024-12-08|SY|Media director of the Syrian presidency under Assad|noshort
-|Alexander Lavrentiev|Lavrentiev;Aleksandr Lavrentyev|الیگزینڈر لاورینتیف;الیگزینڈر لاورنتیف;لاورینتیف|ألكسندر لافرينتيف;ألكسندر لافرنتييف;لافرينتيف;لافرنتييف|الکساندر لاورنتیف;لاورنتیف|envoy:RU::|RU|Russian presidential envoy to Syria|noshort
-|Mohammed al-Bashir|Muhammad al-Bashir|محمد البشیر|محمد البشير|محمد البشیر|prime_minister:SY:2024-12-10:2025-03-29|SY|Interim prime minister of Syria (Dec 2024-Mar 2025)|noshort
Q39259|Recep Tayyip Erdogan|Erdogan;Erdoğan;Recep Tayyip Erdoğan|رجب طیب اردوان;رجب طیب اردگان;رجب طیب اردوغان;اردوان;اردگان;اردوغان|رجب طيب أردوغان;رجب طيب اردوغان;أردوغان;اردوغان|رجب طیب اردوغان;اردوغان|prime_minister:TR:2003-03-14:2014-08-28,president:TR:2014-08-28:|TR|President of Turkey|noshort
-|Sergei Shoigu|Shoigu;Sergey Shoygu|سرگئی شوئیگو;سرگئی شویگو;شوئیگو;شویگو|سيرغي شويغو;سيرجي شويغو;شويغو|سرگئی شویگو;شویگو|defence_minister:RU:2012-11-06:2024-05-12,other:RU:2024-05-12:|RU|Russian defence minister 2012-2024, then Security Council secretary|noshort
-|Sergei Lavrov|Lavrov;Sergey Lavrov|سرگئی لاوروف;سرگئی لاؤروف;لاوروف|سيرغي لافروف;سيرجي لافروف;لافروف|سرگئی لاوروف;لاوروف|foreign_minister:RU:2004-03-09:|RU|Foreign minister of Russia|noshort
-|Hassan Rouhani|Rouhani;Hassan Rohani|حسن روحانی;روحانی|حسن روحاني;روحاني|حسن روحانی;روحانی|president:IR:2013-08-03:2021-08-03|IR|President of Iran 2013-2021|noshort
Q23530|Dmitry Medvedev|Medvedev;Dmitri Medvedev|دمتری میدویدیف;میدویدیف|ديمتري ميدفيديف;ميدفيديف|دیمیتری مدودف;مدودف|president:RU:2008-05-07:2012-05-07,prime_minister:RU:2012-05-08:2020-01-16|RU|Russian president 2008-2012 and prime minister 2012-2020|
-|Mikhail Mishustin|Mishustin|میخائل میشوسٹن;میشوسٹن|ميخائيل ميشوستين;ميشوستين|میخائیل میشوستین;میشوستین|prime_minister:RU:2020-01-16:|RU|Prime minister of Russia|
-|Andrei Belousov|Belousov;Andrey Belousov|آندرے بیلوسوف;بیلوسوف|أندريه بيلوسوف;بيلوسوف|آندری بلوسوف;بلوسوف|defence_minister:RU:2024-05-14:|RU|Defence minister of Russia|
-|Anatoly Serdyukov|Serdyukov|اناطولی سردیوکوف;سردیوکوف|أناتولي سيرديوكوف;سيرديوكوف|آناتولی سردیوکوف;سردیوکوف|defence_minister:RU:2007-02-15:2012-11-06|RU|Russian defence minister 2007-2012|
-|Dmitry Peskov|Peskov|دمتری پیسکوف;پیسکوف|ديمتري بيسكوف;بيسكوف|دیمیتری پسکوف;پسکوف|spokesperson:kh:kremlin:2012-05-22:|RU|Kremlin spokesman|
-|Maria Zakharova|Zakharova|ماریا زاخارووا;زاخارووا|ماريا زاخاروفا;زاخاروفا|ماریا زاخارووا;زاخارووا|spokesperson:kh:russian-foreign-ministry:2015-08-10:|RU|Spokeswoman of the Russian foreign ministry|
-|Valery Gerasimov|Gerasimov|ویلری گیراسیموف;گیراسیموف|فاليري غيراسيموف;غيراسيموف|والری گراسیموف;گراسیموف|chief_of_staff:RU:2012-11-09:|RU|Chief of the Russian General Staff|
-|Mikhail Bogdanov|Bogdanov|میخائل بوگدانوف;بوگدانوف|ميخائيل بوغدانوف;بوغدانوف|میخائیل بوگدانف;بوگدانف|envoy:RU:2014:|RU|Russian deputy foreign minister and presidential envoy for the Middle East and Africa|
-|Vasily Nebenzya|Nebenzya|واسیلی نیبنزیا;نیبنزیا|فاسيلي نيبينزيا;نيبينزيا|واسیلی نبنزیا;نبنزیا|other:Q1065:2017-07-27:|RU|Russian ambassador to the United Nations|
-|Yevgeny Prigozhin|Prigozhin|یوگینی پریگوزن;پریگوزن|يفغيني بريغوجين;بريغوجين|یوگنی پریگوژین;پریگوژین|leader:kh:wagner-group:2014:2023-08-23|RU|Founder of the Wagner Group|
-|Sergei Naryshkin|Naryshkin|سرگئی ناریشکن;ناریشکن|سيرغي ناريشكين;ناريشكين|سرگئی ناریشکین;ناریشکین|other:RU:2016-10-05:|RU|Director of Russia's Foreign Intelligence Service|
-|Nikolai Patrushev|Patrushev|نکولائی پیٹروشیف;پیٹروشیف|نيكولاي باتروشيف;باتروشيف|نیکولای پاتروشف;پاتروشف|other:RU:2008-05-12:2024-05-14|RU|Secretary of the Russian Security Council 2008-2024|
-|Ramzan Kadyrov|Kadyrov|رمضان قادروف;قادروف|رمضان قديروف;قديروف|رمضان قدیروف;قدیروف|leader:RU:2007-03-02:|RU|Head of the Chechen Republic|
-|Ahmed al-Sharaa|al-Sharaa;Abu Mohammad al-Julani;Julani;al-Jolani|احمد الشرع;ابو محمد الجولانی;الجولانی;الشرع|أحمد الشرع;الشرع;أبو محمد الجولاني;الجولاني|احمد الشرع;ابومحمد جولانی;ابو محمد الجولانی;جولانی;الشرع|leader:kh:hayat-tahrir-al-sham:2017-01-28:2025-01-29,president:SY:2025-01-29:|SY|President of Syria's transitional government, former HTS leader|noshort
-|Asaad al-Shaibani|al-Shaibani;Asaad Hassan al-Shaibani|اسعد الشیبانی;الشیبانی|أسعد الشيباني;الشيباني|اسعد الشیبانی;شیبانی|foreign_minister:SY:2024-12-21:|SY|Foreign minister of Syria|noshort
-|Murhaf Abu Qasra|Abu Qasra|مرہف ابو قصرہ|مرهف أبو قصرة|مرهف ابوقصره;مرهف ابو قصره|defence_minister:SY:2024-12-21:|SY|Defence minister of Syria|noshort
-|Walid Muallem|Muallem;Walid al-Moallem|ولید المعلم;ولید معلم;المعلم|وليد المعلم;المعلم|ولید معلم;ولید المعلم;معلم|foreign_minister:SY:2006-02-11:2020-11-16|SY|Syrian foreign minister 2006-2020|noshort
-|Faisal Mekdad|Mekdad;Faisal al-Miqdad|فیصل المقداد;فیصل مقداد;المقداد|فيصل المقداد;المقداد|فیصل مقداد;مقداد|foreign_minister:SY:2020-11-22:2024-12-08|SY|Syrian foreign minister 2020-2024|noshort
-|Bouthaina Shaaban|Shaaban|بثینہ شعبان|بثينة شعبان|بثینه شعبان|other:SY:2008:2024-12-08|SY|Political and media adviser to Bashar al-Assad|noshort
-|Asma al-Assad|Asma Assad|اسماء الاسد;اسماء اسد|أسماء الأسد|اسما اسد;اسماء اسد|other:SY:2000-12:2024-12-08|SY|Wife of Bashar al-Assad|noshort
-|Maher al-Assad|Maher Assad|ماہر الاسد;ماہر اسد|ماهر الأسد|ماهر اسد;ماهر الاسد|other:SY:2000:2024-12-08|SY|Brother of Bashar al-Assad, commander of the 4th Armoured Division|noshort
Q118725|Hafez al-Assad|Hafez Assad|حافظ الاسد;حافظ اسد|حافظ الأسد|حافظ اسد|president:SY:1971-03-14:2000-06-10|SY|President of Syria 1971-2000|noshort
-|Wael Nader al-Halqi|al-Halqi|وائل الحلقی|وائل نادر الحلقي;وائل الحلقي|وائل حلقی;وائل الحلقی|prime_minister:SY:2012-08-09:2016-07-03|SY|Syrian prime minister 2012-2016|noshort
-|Riyad Hijab|Hijab|ریاض حجاب|رياض حجاب|ریاض حجاب|prime_minister:SY:2012-06-23:2012-08-06|SY|Syrian prime minister in 2012, defected|noshort
-|Adel Safar|Safar|عادل سفر|عادل سفر|عادل سفر|prime_minister:SY:2003-09-10:2011-04-14|SY|Syrian prime minister 2003-2011|noshort
-|Imad Khamis|Khamis|عماد خمیس|عماد خميس|عماد خمیس|prime_minister:SY:2016-07-03:2020-08-11|SY|Syrian prime minister 2016-2020|noshort
-|Hussein Arnous|Arnous|حسین عرنوس|حسين عرنوس|حسین عرنوس|prime_minister:SY:2020-08-11:2024-09-14|SY|Syrian prime minister 2020-2024|noshort
-|Mohammad Ghazi al-Jalali|al-Jalali|محمد غازی الجلالی|محمد غازي الجلالي|محمد غازی جلالی|prime_minister:SY:2024-09-14:2024-12-10|SY|Last prime minister under Assad|noshort
-|Fahd Jassem al-Freij|al-Freij|فہد جاسم الفریج|فهد جاسم الفريج|فهد جاسم الفریج|defence_minister:SY:2012-07-18:2018-01-01|SY|Syrian defence minister 2012-2018|noshort
-|Dawoud Rajiha|Rajiha|داؤد راجحہ|داود راجحة|داوود راجحه|defence_minister:SY:2011-08-08:2012-07-18|SY|Syrian defence minister killed in 2012|noshort
-|Ali Abdullah Ayyoub|Ayyoub|علی عبداللہ ایوب|علي عبد الله أيوب|علی عبدالله ایوب|defence_minister:SY:2018-01-01:2022-04-28|SY|Syrian defence minister 2018-2022|noshort
-|Ali Mahmoud Abbas|Ali Abbas|علی محمود عباس|علي محمود عباس|علی محمود عباس|defence_minister:SY:2022-04-28:2024-12-08|SY|Last defence minister under Assad|noshort
-|Bashar al-Jaafari|al-Jaafari|بشار الجعفری|بشار الجعفري|بشار جعفری|other:Q1065:2006:2020|SY|Syrian ambassador to the United Nations 2006-2020|noshort
-|Mazloum Abdi|Mazloum Kobani|مظلوم عبدی|مظلوم عبدي|مظلوم عبدی|leader:kh:syrian-democratic-forces:2015:|SY|Commander of the Syrian Democratic Forces|noshort
-|Abu Mohammad al-Adnani|al-Adnani|ابو محمد العدنانی|أبو محمد العدناني|ابومحمد العدنانی|spokesperson:Q2429253:2011:2016-08-30|SY|Spokesman of the Islamic State|noshort
Q57336|Ali Khamenei|Khamenei;Ayatollah Khamenei|آیت اللہ علی خامنہ ای;علی خامنہ ای;خامنہ ای|علي خامنئي;آية الله خامنئي;خامنئي|آیت‌الله خامنه‌ای;علی خامنه‌ای;خامنه‌ای|supreme_leader:IR:1989-06-04:|IR|Supreme Leader of Iran|noshort
Q38823|Ruhollah Khomeini|Khomeini;Imam Khomeini|امام خمینی;روح اللہ خمینی;خمینی|روح الله الخميني;الخميني|امام خمینی;روح‌الله خمینی;خمینی|supreme_leader:IR:1979-12-03:1989-06-03|IR|Founder of the Islamic Republic of Iran|noshort
-|Mahmoud Ahmadinejad|Ahmadinejad|محمود احمدی نژاد;احمدی نژاد|محمود أحمدي نجاد;أحمدي نجاد|محمود احمدی‌نژاد;احمدی‌نژاد|president:IR:2005-08-03:2013-08-03|IR|President of Iran 2005-2013|noshort
-|Ebrahim Raisi|Raisi;Ebrahim Raeisi|ابراہیم رئیسی;رئیسی|إبراهيم رئيسي;رئيسي|ابراهیم رئیسی;رئیسی|president:IR:2021-08-03:2024-05-19|IR|President of Iran 2021-2024|noshort
-|Masoud Pezeshkian|Pezeshkian|مسعود پزشکیان;پزشکیان|مسعود بزشكيان;بزشكيان|مسعود پزشکیان;پزشکیان|president:IR:2024-07-28:|IR|President of Iran|
-|Mohammad Mokhber|Mokhber|محمد مخبر;مخبر|محمد مخبر;مخبر|محمد مخبر;مخبر|president:IR:2024-05-19:2024-07-28|IR|Acting president of Iran in 2024|noshort
-|Mohammad Javad Zarif|Zarif;Javad Zarif|محمد جواد ظریف;جواد ظریف;ظریف|محمد جواد ظريف;جواد ظريف;ظريف|محمدجواد ظریف;جواد ظریف;ظریف|foreign_minister:IR:2013-08-15:2021-08-25|IR|Iranian foreign minister 2013-2021|noshort
-|Hossein Amir-Abdollahian|Amir-Abdollahian;Amirabdollahian|حسین امیر عبداللہیان;امیر عبداللہیان|حسين أمير عبد اللهيان;عبد اللهيان;أمير عبد اللهيان|حسین امیرعبداللهیان;امیرعبداللهیان|foreign_minister:IR:2021-08-25:2024-05-19|IR|Iranian foreign minister 2021-2024|noshort
-|Abbas Araghchi|Araghchi|عباس عراقچی;عراقچی|عباس عراقجي;عراقجي|عباس عراقچی;عراقچی|foreign_minister:IR:2024-08-21:|IR|Foreign minister of Iran|
-|Ali Bagheri Kani|Bagheri Kani|علی باقری کنی;باقری کنی|علي باقري كني;باقري كني|علی باقری کنی;باقری کنی|foreign_minister:IR:2024-05-19:2024-08-21|IR|Acting Iranian foreign minister in 2024|noshort
-|Ali Akbar Salehi|Salehi|علی اکبر صالحی;صالحی|علي أكبر صالحي;صالحي|علی‌اکبر صالحی;صالحی|foreign_minister:IR:2010-12-13:2013-08-15,leader:kh:atomic-energy-organization-of-iran:2013-08-16:2021-08-29|IR|Iranian foreign minister 2010-2013, nuclear chief 2013-2021|noshort
-|Manouchehr Mottaki|Mottaki|منوچہر متکی;متکی|منوشهر متكي;متكي|منوچهر متکی;متکی|foreign_minister:IR:2005-08-24:2010-12-13|IR|Iranian foreign minister 2005-2010|
-|Ahmad Vahidi|Vahidi|احمد وحیدی;وحیدی|أحمد وحيدي;وحيدي|احمد وحیدی;وحیدی|defence_minister:IR:2009-09-03:2013-08-15,minister:IR:2021-08-25:2024-08-21|IR|Iranian defence minister 2009-2013, interior minister 2021-2024|noshort
-|Hossein Dehghan|Dehghan|حسین دہقان;دہقان|حسين دهقان;دهقان|حسین دهقان;دهقان|defence_minister:IR:2013-08-15:2017-08-20|IR|Iranian defence minister 2013-2017|noshort
-|Amir Hatami|Hatami|امیر حاتمی;حاتمی|أمير حاتمي;حاتمي|امیر حاتمی;حاتمی|defence_minister:IR:2017-08-20:2021-08-25|IR|Iranian defence minister 2017-2021|noshort
-|Mohammad-Reza Gharaei Ashtiani|Ashtiani;Gharaei Ashtiani|محمد رضا قرائی آشتیانی;آشتیانی|محمد رضا قرائي آشتياني;آشتياني|محمدرضا قرائی آشتیانی;آشتیانی|defence_minister:IR:2021-08-25:2024-08-21|IR|Iranian defence minister 2021-2024|noshort
-|Aziz Nasirzadeh|Nasirzadeh|عزیز نصیر زادہ;نصیر زادہ|عزيز نصير زاده;نصير زاده|عزیز نصیرزاده;نصیرزاده|defence_minister:IR:2024-08-21:|IR|Defence minister of Iran|noshort
-|Qasem Soleimani|Soleimani;Qassem Soleimani;Qasem Suleimani|قاسم سلیمانی;جنرل قاسم سلیمانی;سلیمانی|قاسم سليماني;سليماني|قاسم سلیمانی;سردار سلیمانی;سلیمانی|leader:kh:quds-force:1998:2020-01-03|IR|Commander of the IRGC Quds Force, killed 2020|noshort
-|Esmail Qaani|Qaani;Esmail Ghaani|اسماعیل قاآنی;قاآنی|إسماعيل قاآني;قاآني|اسماعیل قاآنی;قاآنی|leader:kh:quds-force:2020-01-03:|IR|Commander of the IRGC Quds Force|
-|Hossein Salami|Salami|حسین سلامی;سلامی|حسين سلامي;سلامي|حسین سلامی;سلامی|leader:kh:islamic-revolutionary-guard-corps:2019-04-21:2025-06-13|IR|IRGC commander 2019-2025|noshort
-|Mohammad Bagheri|Bagheri|محمد باقری;باقری|محمد باقري;باقري|محمد باقری;باقری|chief_of_staff:IR:2016-06-28:2025-06-13|IR|Chief of staff of Iran's armed forces 2016-2025|noshort
-|Ali Larijani|Larijani|علی لاریجانی;لاریجانی|علي لاريجاني;لاريجاني|علی لاریجانی;لاریجانی|other:IR:2008-05-28:2020-05-28|IR|Speaker of Iran's parliament 2008-2020|
-|Mohammad Bagher Ghalibaf|Ghalibaf;Qalibaf|محمد باقر قالیباف;قالیباف|محمد باقر قاليباف;قاليباف|محمدباقر قالیباف;قالیباف|other:IR:2020-05-28:|IR|Speaker of Iran's parliament|
-|Ali Shamkhani|Shamkhani|علی شمخانی;شمخانی|علي شمخاني;شمخاني|علی شمخانی;شمخانی|other:IR:2013-09-10:2023-05-22|IR|Secretary of Iran's Supreme National Security Council 2013-2023|
-|Saeed Jalili|Jalili|سعید جلیلی;جلیلی|سعيد جليلي;جليلي|سعید جلیلی;جلیلی|other:IR:2007-10-20:2013-09-10|IR|Iranian nuclear negotiator and SNSC secretary 2007-2013|noshort
-|Nasser Kanaani|Kanaani|ناصر کنعانی;کنعانی|ناصر كنعاني;كنعاني|ناصر کنعانی;کنعانی|spokesperson:kh:iranian-foreign-ministry:2022-05:2024-08|IR|Spokesman of the Iranian foreign ministry 2022-2024|noshort
-|Esmaeil Baghaei|Baghaei|اسماعیل بقائی;بقائی|إسماعيل بقائي;بقائي|اسماعیل بقایی;بقایی|spokesperson:kh:iranian-foreign-ministry:2024-08:|IR|Spokesman of the Iranian foreign ministry|
-|Saeed Khatibzadeh|Khatibzadeh|سعید خطیب زادہ;خطیب زادہ|سعيد خطيب زاده;خطيب زاده|سعید خطیب‌زاده;خطیب‌زاده|spokesperson:kh:iranian-foreign-ministry:2020-05:2022-05|IR|Spokesman of the Iranian foreign ministry 2020-2022|noshort
-|Mohammad Khatami|Khatami|محمد خاتمی;خاتمی|محمد خاتمي;خاتمي|محمد خاتمی;خاتمی|president:IR:1997-08-03:2005-08-03|IR|President of Iran 1997-2005|noshort
-|Akbar Hashemi Rafsanjani|Rafsanjani|اکبر ہاشمی رفسنجانی;رفسنجانی|أكبر هاشمي رفسنجاني;رفسنجاني|اکبر هاشمی رفسنجانی;هاشمی رفسنجانی;رفسنجانی|president:IR:1989-08-16:1997-08-03|IR|President of Iran 1989-1997, died 2017|
-|Mojtaba Khamenei|Mojtaba|مجتبیٰ خامنہ ای|مجتبى خامنئي|مجتبی خامنه‌ای|other:IR::|IR|Son of Ali Khamenei|noshort
-|Ahmet Davutoglu|Davutoglu;Ahmet Davutoğlu|احمد داؤد اوغلو;داؤد اوغلو|أحمد داود أوغلو;داود أوغلو|احمد داووداوغلو;داووداوغلو|foreign_minister:TR:2009-05-01:2014-08-29,prime_minister:TR:2014-08-28:2016-05-24|TR|Turkish foreign minister 2009-2014, prime minister 2014-2016|noshort
-|Binali Yildirim|Yildirim;Binali Yıldırım|بن علی یلدرم;یلدرم|بن علي يلدريم;يلدريم|بن‌علی ییلدیریم;ییلدیریم|prime_minister:TR:2016-05-24:2018-07-09|TR|Turkish prime minister 2016-2018|noshort
-|Abdullah Gul|Gul;Abdullah Gül|عبداللہ گل|عبد الله غول;غول|عبدالله گل|president:TR:2007-08-28:2014-08-28|TR|President of Turkey 2007-2014|noshort
-|Mevlut Cavusoglu|Cavusoglu;Mevlüt Çavuşoğlu|مولود چاوش اوغلو;چاوش اوغلو|مولود جاويش أوغلو;جاويش أوغلو|مولود چاووش‌اوغلو;چاووش‌اوغلو|foreign_minister:TR:2014-08-29:2015-08-28,foreign_minister:TR:2015-11-24:2023-06-04|TR|Turkish foreign minister 2014-2023|noshort
-|Hakan Fidan|Fidan|ہاکان فیدان;فیدان|هاكان فيدان;فيدان|هاکان فیدان;فیدان|leader:kh:mit:2010-05-27:2023-06-04,foreign_minister:TR:2023-06-04:|TR|Foreign minister of Turkey, former intelligence chief|
-|Hulusi Akar|Akar|خلوصی آکار;آکار|خلوصي أكار;أكار|خلوصی آکار;آکار|chief_of_staff:TR:2015-08-30:2018-07-10,defence_minister:TR:2018-07-10:2023-06-04|TR|Turkish defence minister 2018-2023|noshort
-|Yasar Guler|Guler;Yaşar Güler|یاشار گولر;گولر|يشار غولر;غولر|یاشار گولر;گولر|defence_minister:TR:2023-06-04:|TR|Defence minister of Turkey|noshort
-|Ibrahim Kalin|Kalin;İbrahim Kalın|ابراہیم قالن;قالن|إبراهيم قالن;قالن|ابراهیم کالین;کالین|spokesperson:TR:2014-12:2023-06-04,leader:kh:mit:2023-06-05:|TR|Turkish intelligence chief, former presidential spokesman|noshort
-|Fethullah Gulen|Gulen;Fethullah Gülen|فتح اللہ گولن;گولن|فتح الله غولن;غولن|فتح‌الله گولن;گولن|leader:TR::2024-10-20|TR|Turkish preacher blamed by Ankara for the 2016 coup attempt|
"""

# Gulf, Iraq, Levant, Israel/Palestine, Yemen, Egypt, North Africa
PEOPLE_2 = """
-|Salman of Saudi Arabia|King Salman;Salman bin Abdulaziz;King Salman bin Abdulaziz|شاہ سلمان;شاہ سلمان بن عبدالعزیز;سلمان بن عبدالعزیز|الملك سلمان;الملك سلمان بن عبد العزيز;سلمان بن عبد العزيز|ملک سلمان;سلمان بن عبدالعزیز;ملک سلمان بن عبدالعزیز|defence_minister:SA:2011-11-05:2015-01-23,crown_prince:SA:2012-06-18:2015-01-23,king:SA:2015-01-23:|SA|King of Saudi Arabia|noshort
-|Mohammed bin Salman|MBS;Crown Prince Mohammed bin Salman;Mohammad bin Salman|محمد بن سلمان;شہزادہ محمد بن سلمان|محمد بن سلمان;الأمير محمد بن سلمان|محمد بن سلمان;بن سلمان|defence_minister:SA:2015-01-23:2022-09-27,crown_prince:SA:2017-06-21:,prime_minister:SA:2022-09-27:|SA|Crown prince and prime minister of Saudi Arabia|noshort
-|Abdullah of Saudi Arabia|King Abdullah;Abdullah bin Abdulaziz|شاہ عبداللہ;شاہ عبداللہ بن عبدالعزیز|الملك عبد الله;الملك عبد الله بن عبد العزيز|ملک عبدالله;ملک عبدالله بن عبدالعزیز|king:SA:2005-08-01:2015-01-23|SA|King of Saudi Arabia 2005-2015|noshort
-|Muhammad bin Nayef|Mohammed bin Nayef|محمد بن نایف|محمد بن نايف|محمد بن نایف|crown_prince:SA:2015-04-29:2017-06-21|SA|Saudi crown prince 2015-2017|noshort
-|Saud al-Faisal|Prince Saud al-Faisal|سعود الفیصل|سعود الفيصل|سعود الفیصل|foreign_minister:SA:1975-10-13:2015-04-29|SA|Saudi foreign minister 1975-2015|noshort
-|Adel al-Jubeir|al-Jubeir;Adel Jubeir|عادل الجبیر;الجبیر|عادل الجبير;الجبير|عادل الجبیر;الجبیر|foreign_minister:SA:2015-04-29:2018-12-27,minister:SA:2018-12-27:|SA|Saudi foreign minister 2015-2018|noshort
-|Ibrahim Al-Assaf|Al-Assaf|ابراہیم العساف|إبراهيم العساف|ابراهیم العساف|foreign_minister:SA:2018-12-27:2019-10-23|SA|Saudi foreign minister 2018-2019|noshort
-|Faisal bin Farhan|Prince Faisal bin Farhan;Faisal bin Farhan Al Saud|فیصل بن فرحان;شہزادہ فیصل بن فرحان|فيصل بن فرحان;الأمير فيصل بن فرحان|فیصل بن فرحان|foreign_minister:SA:2019-10-23:|SA|Foreign minister of Saudi Arabia|noshort
-|Khalid bin Salman|Prince Khalid bin Salman|خالد بن سلمان|خالد بن سلمان|خالد بن سلمان|defence_minister:SA:2022-09-27:|SA|Defence minister of Saudi Arabia|noshort
-|Tamim bin Hamad Al Thani|Sheikh Tamim;Emir Tamim|شیخ تمیم بن حمد آل ثانی;تمیم بن حمد;امیر تمیم|تميم بن حمد آل ثاني;الشيخ تميم بن حمد;تميم بن حمد|تمیم بن حمد آل ثانی;شیخ تمیم;تمیم بن حمد|emir:QA:2013-06-25:|QA|Emir of Qatar|noshort
-|Hamad bin Khalifa Al Thani|Sheikh Hamad|حمد بن خلیفہ آل ثانی|حمد بن خليفة آل ثاني|حمد بن خلیفه آل ثانی|emir:QA:1995-06-27:2013-06-25|QA|Emir of Qatar 1995-2013|noshort
-|Mohammed bin Abdulrahman Al Thani|Sheikh Mohammed bin Abdulrahman|شیخ محمد بن عبدالرحمن آل ثانی;محمد بن عبدالرحمن آل ثانی|محمد بن عبد الرحمن آل ثاني;الشيخ محمد بن عبد الرحمن|محمد بن عبدالرحمن آل ثانی|foreign_minister:QA:2016-01-27:,prime_minister:QA:2023-03-07:|QA|Prime minister and foreign minister of Qatar|noshort
-|Hamad bin Jassim bin Jaber Al Thani|Hamad bin Jassim|حمد بن جاسم|حمد بن جاسم|حمد بن جاسم|prime_minister:QA:2007-04-03:2013-06-26,foreign_minister:QA:1992:2013-06-26|QA|Qatari prime minister and foreign minister until 2013|noshort
-|Mohamed bin Zayed Al Nahyan|MBZ;Mohammed bin Zayed;Sheikh Mohamed bin Zayed|محمد بن زاید;شیخ محمد بن زاید النہیان|محمد بن زايد;الشيخ محمد بن زايد آل نهيان|محمد بن زاید;محمد بن زاید آل نهیان|crown_prince:AE:2004-11-03:2022-05-14,president:AE:2022-05-14:|AE|President of the United Arab Emirates|noshort
-|Khalifa bin Zayed Al Nahyan|Sheikh Khalifa|شیخ خلیفہ بن زاید النہیان;خلیفہ بن زاید|خليفة بن زايد آل نهيان;الشيخ خليفة بن زايد|خلیفه بن زاید آل نهیان|president:AE:2004-11-03:2022-05-13|AE|President of the UAE 2004-2022|noshort
-|Abdullah bin Zayed Al Nahyan|Sheikh Abdullah bin Zayed|عبداللہ بن زاید النہیان;عبداللہ بن زاید|عبد الله بن زايد آل نهيان;عبد الله بن زايد|عبدالله بن زاید آل نهیان;عبدالله بن زاید|foreign_minister:AE:2006-02-09:|AE|Foreign minister of the UAE|noshort
-|Mohammed bin Rashid Al Maktoum|Sheikh Mohammed bin Rashid|شیخ محمد بن راشد المکتوم;محمد بن راشد|محمد بن راشد آل مكتوم;محمد بن راشد|محمد بن راشد آل مکتوم|prime_minister:AE:2006-01-05:|AE|Vice president and prime minister of the UAE, ruler of Dubai|noshort
-|Sabah Al-Ahmad Al-Jaber Al-Sabah|Sheikh Sabah|شیخ صباح الاحمد الجابر الصباح;شیخ صباح|صباح الأحمد الجابر الصباح;الشيخ صباح الأحمد|شیخ صباح الاحمد الجابر الصباح|emir:KW:2006-01-29:2020-09-29|KW|Emir of Kuwait 2006-2020|noshort
-|Nawaf Al-Ahmad Al-Jaber Al-Sabah|Sheikh Nawaf|شیخ نواف الاحمد الجابر الصباح|نواف الأحمد الجابر الصباح;الشيخ نواف الأحمد|شیخ نواف الاحمد الجابر الصباح|emir:KW:2020-09-30:2023-12-16|KW|Emir of Kuwait 2020-2023|noshort
-|Mishal Al-Ahmad Al-Jaber Al-Sabah|Sheikh Mishal|شیخ مشعل الاحمد الجابر الصباح|مشعل الأحمد الجابر الصباح;الشيخ مشعل الأحمد|شیخ مشعل الاحمد الجابر الصباح|emir:KW:2023-12-16:|KW|Emir of Kuwait|noshort
-|Hamad bin Isa Al Khalifa|King Hamad|شاہ حمد بن عیسیٰ آل خلیفہ;حمد بن عیسیٰ|حمد بن عيسى آل خليفة;الملك حمد بن عيسى|حمد بن عیسی آل خلیفه|king:BH:2002-02-14:|BH|King of Bahrain|noshort
-|Qaboos bin Said|Sultan Qaboos|سلطان قابوس|السلطان قابوس بن سعيد;قابوس بن سعيد|سلطان قابوس|emir:OM:1970-07-23:2020-01-10|OM|Sultan of Oman 1970-2020|noshort
-|Haitham bin Tariq|Sultan Haitham|سلطان ہیثم بن طارق|السلطان هيثم بن طارق;هيثم بن طارق|سلطان هیثم بن طارق|emir:OM:2020-01-11:|OM|Sultan of Oman|noshort
-|Badr Albusaidi|Badr al-Busaidi|بدر البوسعیدی;البوسعیدی|بدر البوسعيدي;البوسعيدي|بدر البوسعیدی;البوسعیدی|foreign_minister:OM:2020-08-18:|OM|Foreign minister of Oman|noshort
-|Yusuf bin Alawi bin Abdullah|Yusuf bin Alawi|یوسف بن علوی|يوسف بن علوي|یوسف بن علوی|foreign_minister:OM:1997:2020-08-18|OM|Omani minister responsible for foreign affairs 1997-2020|noshort
-|Nouri al-Maliki|al-Maliki;Nuri al-Maliki|نوری المالکی;المالکی|نوري المالكي;المالكي|نوری مالکی;مالکی|prime_minister:IQ:2006-05-20:2014-09-08|IQ|Iraqi prime minister 2006-2014|noshort
-|Haider al-Abadi|al-Abadi|حیدر العبادی;العبادی|حيدر العبادي;العبادي|حیدر العبادی;العبادی|prime_minister:IQ:2014-09-08:2018-10-25|IQ|Iraqi prime minister 2014-2018|noshort
-|Adil Abdul-Mahdi|Abdul-Mahdi|عادل عبدالمہدی|عادل عبد المهدي|عادل عبدالمهدی|prime_minister:IQ:2018-10-25:2020-05-07|IQ|Iraqi prime minister 2018-2020|noshort
-|Mustafa al-Kadhimi|al-Kadhimi|مصطفیٰ الکاظمی;الکاظمی|مصطفى الكاظمي;الكاظمي|مصطفی الکاظمی;الکاظمی|prime_minister:IQ:2020-05-07:2022-10-27|IQ|Iraqi prime minister 2020-2022|noshort
-|Mohammed Shia al-Sudani|al-Sudani|محمد شیاع السودانی;السودانی|محمد شياع السوداني;السوداني|محمد شیاع السودانی;السودانی|prime_minister:IQ:2022-10-27:|IQ|Prime minister of Iraq|noshort
-|Jalal Talabani|Talabani|جلال طالبانی;طالبانی|جلال طالباني;طالباني|جلال طالبانی;طالبانی|president:IQ:2005-04-07:2014-07-24|IQ|President of Iraq 2005-2014|
-|Fuad Masum|Masum|فواد معصوم|فؤاد معصوم|فؤاد معصوم|president:IQ:2014-07-24:2018-10-02|IQ|President of Iraq 2014-2018|noshort
-|Barham Salih|Salih|برہم صالح|برهم صالح|برهم صالح|president:IQ:2018-10-02:2022-10-17|IQ|President of Iraq 2018-2022|noshort
-|Abdul Latif Rashid|Rashid|عبداللطیف رشید|عبد اللطيف رشيد|عبداللطیف رشید|president:IQ:2022-10-17:|IQ|President of Iraq|noshort
-|Fuad Hussein|Hussein|فواد حسین|فؤاد حسين|فؤاد حسین|foreign_minister:IQ:2020-06-06:|IQ|Foreign minister of Iraq|noshort
-|Ibrahim al-Jaafari|al-Jaafari|ابراہیم الجعفری|إبراهيم الجعفري|ابراهیم جعفری|foreign_minister:IQ:2014-09-08:2018-10-25|IQ|Iraqi foreign minister 2014-2018|noshort
-|Hoshyar Zebari|Zebari|ہوشیار زیباری;زیباری|هوشيار زيباري;زيباري|هوشیار زیباری;زیباری|foreign_minister:IQ:2003-09-03:2014-07-11|IQ|Iraqi foreign minister 2003-2014|
-|Muqtada al-Sadr|al-Sadr;Moqtada al-Sadr|مقتدیٰ الصدر;مقتدی صدر|مقتدى الصدر|مقتدی صدر|leader:IQ::|IQ|Iraqi Shia cleric and leader of the Sadrist movement|noshort
-|Ali al-Sistani|Grand Ayatollah Sistani;Sistani|آیت اللہ علی السیستانی;علی سیستانی;سیستانی|علي السيستاني;السيد علي السيستاني;السيستاني|آیت‌الله سیستانی;علی سیستانی;سیستانی|other:IQ::|IQ|Grand Ayatollah in Najaf|noshort
-|Masoud Barzani|Barzani|مسعود بارزانی;بارزانی|مسعود بارزاني;بارزاني|مسعود بارزانی;بارزانی|leader:IQ:2005-06-14:2017-11-01|IQ|President of Iraqi Kurdistan 2005-2017|
-|Abu Mahdi al-Muhandis|al-Muhandis|ابو مہدی المہندس;المہندس|أبو مهدي المهندس;المهندس|ابومهدی المهندس;المهندس|leader:kh:popular-mobilization-forces:2014:2020-01-03|IQ|Deputy head of the Popular Mobilization Forces, killed 2020|noshort
-|Saddam Hussein|Saddam|صدام حسین;صدام|صدام حسين;صدام|صدام حسین;صدام|president:IQ:1979-07-16:2003-04-09|IQ|President of Iraq 1979-2003|noshort
-|Michel Aoun|Aoun|میشل عون|ميشال عون;ميشيل عون|میشل عون|president:LB:2016-10-31:2022-10-30|LB|President of Lebanon 2016-2022|noshort
-|Joseph Aoun|General Joseph Aoun|جوزف عون|جوزيف عون|ژوزف عون;جوزف عون|president:LB:2025-01-09:|LB|President of Lebanon|noshort
-|Michel Suleiman|Michel Sleiman|میشل سلیمان|ميشال سليمان|میشل سلیمان|president:LB:2008-05-25:2014-05-25|LB|President of Lebanon 2008-2014|noshort
-|Saad Hariri|Hariri|سعد حریری;سعد الحریری;حریری|سعد الحريري;الحريري|سعد حریری;حریری|prime_minister:LB:2009-11-09:2011-06-13,prime_minister:LB:2016-12-18:2020-01-21|LB|Lebanese prime minister|noshort
-|Najib Mikati|Mikati|نجیب میقاتی;میقاتی|نجيب ميقاتي;ميقاتي|نجیب میقاتی;میقاتی|prime_minister:LB:2011-06-13:2014-02-15,prime_minister:LB:2021-09-10:2025-02-08|LB|Lebanese prime minister|
-|Tammam Salam|Salam|تمام سلام|تمام سلام|تمام سلام|prime_minister:LB:2014-02-15:2016-12-18|LB|Lebanese prime minister 2014-2016|noshort
-|Hassan Diab|Diab|حسان دیاب|حسان دياب|حسان دیاب|prime_minister:LB:2020-01-21:2021-09-10|LB|Lebanese prime minister 2020-2021|noshort
-|Nawaf Salam|Salam|نواف سلام|نواف سلام|نواف سلام|prime_minister:LB:2025-02-08:|LB|Prime minister of Lebanon|noshort
-|Nabih Berri|Berri|نبیہ بری|نبيه بري|نبیه بری|other:LB:1992-10-20:|LB|Speaker of the Lebanese parliament, Amal leader|noshort
-|Gebran Bassil|Bassil|جبران باسیل;باسیل|جبران باسيل;باسيل|جبران باسیل;باسیل|foreign_minister:LB:2014-02-15:2020-01-21|LB|Lebanese foreign minister 2014-2020|
-|Hassan Nasrallah|Nasrallah;Sayyed Hassan Nasrallah|حسن نصراللہ;سید حسن نصراللہ;نصراللہ|حسن نصر الله;السيد حسن نصر الله;نصر الله|سید حسن نصرالله;حسن نصرالله;نصرالله|secretary_general:kh:hezbollah:1992-02-16:2024-09-27|LB|Hezbollah secretary-general, killed 2024|noshort
-|Naim Qassem|Naim Qasim|نعیم قاسم|نعيم قاسم;الشيخ نعيم قاسم|نعیم قاسم|secretary_general:kh:hezbollah:2024-10-29:|LB|Hezbollah secretary-general|noshort
-|Hashem Safieddine|Safieddine|ہاشم صفی الدین|هاشم صفي الدين|هاشم صفی‌الدین|leader:kh:hezbollah:2001:2024-10-03|LB|Senior Hezbollah official, killed 2024|noshort
-|Imad Mughniyeh|Mughniyeh|عماد مغنیہ|عماد مغنية|عماد مغنیه|leader:kh:hezbollah::2008-02-12|LB|Hezbollah military commander, killed 2008|
Q43723|Benjamin Netanyahu|Netanyahu;Bibi|بنیامین نیتن یاہو;نیتن یاہو;نیتن یاھو|بنيامين نتنياهو;نتنياهو|بنیامین نتانیاهو;نتانیاهو|prime_minister:IL:1996-06-18:1999-07-06,prime_minister:IL:2009-03-31:2021-06-13,prime_minister:IL:2022-12-29:|IL|Prime minister of Israel|noshort
-|Naftali Bennett|Bennett|نفتالی بینیٹ;بینیٹ|نفتالي بينيت;بينيت|نفتالی بنت;بنت|defence_minister:IL:2019-11-12:2020-05-17,prime_minister:IL:2021-06-13:2022-06-30|IL|Israeli prime minister 2021-2022|noshort
-|Yair Lapid|Lapid|یائر لاپیڈ;لاپیڈ|يائير لابيد;لابيد|یائیر لاپید;لاپید|foreign_minister:IL:2021-06-13:2022-12-29,prime_minister:IL:2022-07-01:2022-12-29|IL|Israeli prime minister in 2022|
-|Ehud Olmert|Olmert|ایہود اولمرٹ;اولمرٹ|إيهود أولمرت;أولمرت|ایهود اولمرت;اولمرت|prime_minister:IL:2006-04-14:2009-03-31|IL|Israeli prime minister 2006-2009|
-|Shimon Peres|Peres|شمعون پیریز;پیریز|شمعون بيريز;بيريز|شیمون پرز;پرز|president:IL:2007-07-15:2014-07-24|IL|President of Israel 2007-2014|
-|Reuven Rivlin|Rivlin|ریوین ریولن;ریولن|رؤوفين ريفلين;ريفلين|رووین ریولین;ریولین|president:IL:2014-07-24:2021-07-07|IL|President of Israel 2014-2021|
-|Isaac Herzog|Herzog|اسحاق ہرزوگ;ہرزوگ|إسحاق هرتسوغ;هرتسوغ|اسحاق هرتزوگ;هرتزوگ|president:IL:2021-07-07:|IL|President of Israel|
-|Ehud Barak|Barak|ایہود باراک|إيهود باراك|ایهود باراک|defence_minister:IL:2007-06-18:2013-03-18|IL|Israeli defence minister 2007-2013|noshort
-|Moshe Ya'alon|Ya'alon;Moshe Yaalon|موشے یعلون;یعلون|موشيه يعالون;يعالون|موشه یعلون;یعلون|defence_minister:IL:2013-03-18:2016-05-20|IL|Israeli defence minister 2013-2016|
-|Avigdor Lieberman|Lieberman|اویگڈور لائبرمین;لائبرمین|أفيغدور ليبرمان;ليبرمان|آویگدور لیبرمن;لیبرمن|foreign_minister:IL:2009-03-31:2012-12-18,foreign_minister:IL:2013-11-11:2015-05-14,defence_minister:IL:2016-05-30:2018-11-18|IL|Israeli defence minister 2016-2018|
-|Benny Gantz|Gantz|بینی گینٹز;گینٹز|بيني غانتس;غانتس|بنی گانتس;گانتس|chief_of_staff:IL:2011-02-14:2015-02-16,defence_minister:IL:2020-05-17:2022-12-29|IL|Israeli defence minister 2020-2022|
-|Yoav Gallant|Gallant|یوآو گیلنٹ;گیلنٹ|يوآف غالانت;غالانت|یوآو گالانت;گالانت|defence_minister:IL:2022-12-29:2024-11-05|IL|Israeli defence minister 2022-2024|
-|Israel Katz|Katz|اسرائیل کاٹز;کاٹز|يسرائيل كاتس;كاتس|یسرائیل کاتز;کاتز|foreign_minister:IL:2019-02-17:2020-05-17,foreign_minister:IL:2024-01-01:2024-11-05,defence_minister:IL:2024-11-05:|IL|Israeli defence minister|noshort
-|Eli Cohen (politician)|Eli Cohen|ایلی کوہن|إيلي كوهين|الی کوهن|foreign_minister:IL:2023-01-01:2024-01-01|IL|Israeli foreign minister 2023|noshort
-|Gideon Sa'ar|Sa'ar;Gideon Saar|گیڈون سار|جدعون ساعر;ساعر|گیدئون سار|foreign_minister:IL:2024-11-05:|IL|Foreign minister of Israel|noshort
-|Itamar Ben-Gvir|Ben-Gvir;Ben Gvir|اتمار بن گویر;بن گویر|إيتمار بن غفير;بن غفير|ایتامار بن گویر;بن گویر|minister:IL:2022-12-29:|IL|Israeli national security minister|noshort
-|Bezalel Smotrich|Smotrich|بیزلیل اسموٹریچ;اسموٹریچ|بتسلئيل سموتريتش;سموتريتش|بتسلئیل اسموتریچ;اسموتریچ|minister:IL:2022-12-29:|IL|Israeli finance minister|
-|Herzi Halevi|Halevi|ہرزی ہلیوی|هرتسي هاليفي;هاليفي|هرتسی هالوی|chief_of_staff:IL:2023-01-16:2025-03-05|IL|IDF chief of staff 2023-2025|noshort
-|Mahmoud Abbas|Abu Mazen;Abbas|محمود عباس;ابو مازن|محمود عباس;أبو مازن|محمود عباس;ابومازن|president:PS:2005-01-15:|PS|President of the Palestinian Authority|noshort
-|Rami Hamdallah|Hamdallah|رامی حمداللہ|رامي الحمد الله;الحمد الله|رامی حمدالله|prime_minister:PS:2013-06-06:2019-04-14|PS|Palestinian prime minister 2013-2019|noshort
-|Mohammad Shtayyeh|Shtayyeh|محمد اشتیہ;اشتیہ|محمد اشتية;اشتية|محمد اشتیه;اشتیه|prime_minister:PS:2019-04-14:2024-03-31|PS|Palestinian prime minister 2019-2024|noshort
-|Mohammad Mustafa|Mustafa|محمد مصطفیٰ|محمد مصطفى|محمد مصطفی|prime_minister:PS:2024-03-31:|PS|Palestinian prime minister|noshort
-|Riyad al-Maliki|al-Maliki|ریاض المالکی|رياض المالكي|ریاض المالکی|foreign_minister:PS:2007-05-17:2024-03-31|PS|Palestinian foreign minister 2007-2024|noshort
-|Ismail Haniyeh|Haniyeh;Ismail Haniya|اسماعیل ہنیہ;ہنیہ|إسماعيل هنية;هنية|اسماعیل هنیه;هنیه|prime_minister:PS:2006-03-29:2007-06-14,leader:Q38799:2017-05-06:2024-07-31|PS|Hamas political leader, killed 2024|noshort
-|Yahya Sinwar|Sinwar|یحییٰ السنوار;یحییٰ سنوار;سنوار|يحيى السنوار;السنوار|یحیی سنوار;سنوار|leader:Q38799:2024-08-06:2024-10-16|PS|Hamas leader, killed 2024|noshort
-|Khaled Mashal|Mashal;Khaled Meshaal|خالد مشعل|خالد مشعل|خالد مشعل|leader:Q38799:1996:2017-05-06|PS|Hamas political bureau chief 1996-2017|noshort
-|Mohammed Deif|Deif|محمد الضیف;محمد ضیف|محمد الضيف;الضيف|محمد ضیف|leader:kh:qassam-brigades:2002:2024-07-13|PS|Commander of the Qassam Brigades, killed 2024|noshort
-|Ziyad al-Nakhalah|al-Nakhalah|زیاد النخالہ|زياد النخالة|زیاد النخاله|secretary_general:kh:palestinian-islamic-jihad:2018-09-28:|PS|Secretary-general of Palestinian Islamic Jihad|noshort
-|Ali Abdullah Saleh|Saleh|علی عبداللہ صالح|علي عبد الله صالح|علی عبدالله صالح|president:YE:1990-05-22:2012-02-27|YE|President of Yemen 1990-2012, killed 2017|noshort
-|Abdrabbuh Mansur Hadi|Hadi;Mansour Hadi|عبد ربہ منصور ہادی;منصور ہادی|عبد ربه منصور هادي;منصور هادي|عبدربه منصور هادی;منصور هادی|president:YE:2012-02-27:2022-04-07|YE|President of Yemen 2012-2022|noshort
-|Rashad al-Alimi|al-Alimi|رشاد العلیمی;العلیمی|رشاد العليمي;العليمي|رشاد العلیمی;العلیمی|president:YE:2022-04-07:|YE|Chairman of Yemen's Presidential Leadership Council|noshort
-|Abdul-Malik al-Houthi|al-Houthi|عبدالملک الحوثی;عبدالملک حوثی|عبد الملك الحوثي;السيد عبد الملك الحوثي|عبدالملک الحوثی;عبدالملک حوثی|leader:kh:houthis:2004:|YE|Leader of the Houthi movement|noshort
-|Mahdi al-Mashat|al-Mashat|مہدی المشاط|مهدي المشاط;المشاط|مهدی المشاط|leader:kh:houthis:2018-04-25:|YE|Head of the Houthis' Supreme Political Council|noshort
-|Yahya Saree|Saree|یحییٰ سریع|يحيى سريع|یحیی سریع|spokesperson:kh:houthis:2019:|YE|Houthi military spokesman|noshort
-|Mohammed Abdulsalam|Abdulsalam|محمد عبدالسلام|محمد عبد السلام|محمد عبدالسلام|spokesperson:kh:houthis:2015:|YE|Houthi spokesman and negotiator|noshort
-|Hosni Mubarak|Mubarak|حسنی مبارک|حسني مبارك;مبارك|حسنی مبارک|president:EG:1981-10-14:2011-02-11|EG|President of Egypt 1981-2011|noshort
-|Mohamed Morsi|Morsi;Mohammed Mursi|محمد مرسی;مرسی|محمد مرسي;مرسي|محمد مرسی;مرسی|president:EG:2012-06-30:2013-07-03|EG|President of Egypt 2012-2013|noshort
-|Abdel Fattah el-Sisi|Sisi;al-Sisi;el-Sisi|عبدالفتاح السیسی;السیسی|عبد الفتاح السيسي;السيسي|عبدالفتاح السیسی;السیسی|defence_minister:EG:2012-08-12:2014-03-26,president:EG:2014-06-08:|EG|President of Egypt|noshort
-|Sameh Shoukry|Shoukry|سامح شکری;شکری|سامح شكري;شكري|سامح شکری;شکری|foreign_minister:EG:2014-06-17:2024-07-03|EG|Egyptian foreign minister 2014-2024|noshort
-|Badr Abdelatty|Abdelatty|بدر عبدالعاطی|بدر عبد العاطي|بدر عبدالعاطی|foreign_minister:EG:2024-07-03:|EG|Foreign minister of Egypt|noshort
-|Abdullah II of Jordan|King Abdullah II;King Abdullah|شاہ عبداللہ دوم;اردن کے شاہ عبداللہ|الملك عبد الله الثاني;عبد الله الثاني|ملک عبدالله دوم;عبدالله دوم|king:JO:1999-02-07:|JO|King of Jordan|noshort
-|Ayman Safadi|Safadi|ایمن الصفدی;ایمن صفدی|أيمن الصفدي;الصفدي|ایمن الصفدی;ایمن صفدی|foreign_minister:JO:2017-01-15:|JO|Foreign minister of Jordan|noshort
-|Muammar Gaddafi|Gaddafi;Qaddafi|معمر قذافی;قذافی|معمر القذافي;القذافي|معمر قذافی;قذافی|head_of_state:LY:1969-09-01:2011-10-20|LY|Ruler of Libya 1969-2011|noshort
-|Khalifa Haftar|Haftar|خلیفہ حفتر;حفتر|خليفة حفتر;حفتر|خلیفه حفتر;حفتر|leader:kh:libyan-national-army:2014:|LY|Commander of the Libyan National Army|noshort
-|Fayez al-Sarraj|al-Sarraj|فائز السراج|فايز السراج;السراج|فائز السراج|prime_minister:LY:2016-03-30:2021-03-15|LY|Head of Libya's Government of National Accord 2016-2021|noshort
-|Abdul Hamid Dbeibeh|Dbeibah|عبدالحمید دبیبہ|عبد الحميد الدبيبة;الدبيبة|عبدالحمید دبیبه|prime_minister:LY:2021-03-15:|LY|Prime minister of Libya's Government of National Unity|noshort
-|Omar al-Bashir|al-Bashir;Omar Bashir|عمر البشیر;عمر حسن البشیر|عمر البشير;عمر حسن البشير|عمر البشیر;عمر حسن البشیر|president:SD:1989-06-30:2019-04-11|SD|President of Sudan 1989-2019|noshort
-|Abdel Fattah al-Burhan|al-Burhan|عبدالفتاح البرہان;البرہان|عبد الفتاح البرهان;البرهان|عبدالفتاح البرهان;البرهان|head_of_state:SD:2019-04-12:|SD|Head of Sudan's Sovereignty Council and army chief|noshort
-|Mohamed Hamdan Dagalo|Hemedti|محمد حمدان دقلو;حمیدتی|محمد حمدان دقلو;حميدتي|محمد حمدان دقلو;حمیدتی|leader:kh:rapid-support-forces:2013:|SD|Commander of the Rapid Support Forces|noshort
-|Beji Caid Essebsi|Essebsi|باجی قائد السبسی|الباجي قائد السبسي;السبسي|باجی قائد السبسی|president:TN:2014-12-31:2019-07-25|TN|President of Tunisia 2014-2019|noshort
-|Kais Saied|Saied|قیس سعید|قيس سعيد|قیس سعید|president:TN:2019-10-23:|TN|President of Tunisia|noshort
-|Abdelmadjid Tebboune|Tebboune|عبدالمجید تبون;تبون|عبد المجيد تبون;تبون|عبدالمجید تبون;تبون|president:DZ:2019-12-19:|DZ|President of Algeria|
-|Mohammed VI of Morocco|King Mohammed VI|شاہ محمد ششم|الملك محمد السادس;محمد السادس|ملک محمد ششم;محمد ششم|king:MA:1999-07-23:|MA|King of Morocco|noshort
"""

# South and Central Asia, Caucasus
PEOPLE_3 = """
-|Imran Khan|Imran Khan Niazi|عمران خان|عمران خان|عمران خان|prime_minister:PK:2018-08-18:2022-04-10,leader:kh:pakistan-tehreek-e-insaf:1996-04-25:2023-08|PK|Pakistani prime minister 2018-2022, PTI founder|noshort
-|Nawaz Sharif|Mian Nawaz Sharif|نواز شریف;میاں نواز شریف|نواز شريف|نواز شریف|prime_minister:PK:2013-06-05:2017-07-28|PK|Pakistani prime minister (third term 2013-2017)|noshort
-|Shehbaz Sharif|Shahbaz Sharif|شہباز شریف;میاں شہباز شریف|شهباز شريف|شهباز شریف|prime_minister:PK:2022-04-11:2023-08-14,prime_minister:PK:2024-03-04:|PK|Prime minister of Pakistan|noshort
-|Yousaf Raza Gillani|Gilani;Yusuf Raza Gilani|یوسف رضا گیلانی;گیلانی|يوسف رضا جيلاني;جيلاني|یوسف رضا گیلانی;گیلانی|prime_minister:PK:2008-03-25:2012-06-19|PK|Pakistani prime minister 2008-2012|
-|Raja Pervaiz Ashraf|Pervaiz Ashraf|راجہ پرویز اشرف|رجا برويز أشرف|راجه پرویز اشرف|prime_minister:PK:2012-06-22:2013-03-25|PK|Pakistani prime minister 2012-2013|noshort
-|Shahid Khaqan Abbasi|Abbasi|شاہد خاقان عباسی|شاهد خاقان عباسي|شاهد خاقان عباسی|prime_minister:PK:2017-08-01:2018-05-31|PK|Pakistani prime minister 2017-2018|noshort
-|Anwaar-ul-Haq Kakar|Kakar|انوار الحق کاکڑ;کاکڑ|أنوار الحق كاكار|انوارالحق کاکر|prime_minister:PK:2023-08-14:2024-03-04|PK|Caretaker prime minister of Pakistan 2023-2024|noshort
-|Asif Ali Zardari|Zardari|آصف علی زرداری;زرداری|آصف علي زرداري;زرداري|آصف علی زرداری;زرداری|president:PK:2008-09-09:2013-09-09,president:PK:2024-03-10:|PK|President of Pakistan|noshort
-|Mamnoon Hussain|Mamnoon|ممنون حسین|ممنون حسين|ممنون حسین|president:PK:2013-09-09:2018-09-09|PK|President of Pakistan 2013-2018|noshort
-|Arif Alvi|Alvi|عارف علوی|عارف علوي|عارف علوی|president:PK:2018-09-09:2024-03-10|PK|President of Pakistan 2018-2024|noshort
-|Shah Mahmood Qureshi|Qureshi|شاہ محمود قریشی|شاه محمود قريشي|شاه محمود قریشی|foreign_minister:PK:2008-03-31:2011-02-11,foreign_minister:PK:2018-08-20:2022-04-10|PK|Pakistani foreign minister|noshort
-|Hina Rabbani Khar|Khar|حنا ربانی کھر|حنا رباني خار|حنا ربانی کھر|foreign_minister:PK:2011-07-19:2013-03-16|PK|Pakistani foreign minister 2011-2013|noshort
-|Khawaja Asif|Khawaja Muhammad Asif|خواجہ آصف;خواجہ محمد آصف|خواجة آصف|خواجه آصف|defence_minister:PK:2013-06-07:2017-07-28,foreign_minister:PK:2017-08-04:2018-04-26,defence_minister:PK:2022-04-19:2023-08-10,defence_minister:PK:2024-03-11:|PK|Defence minister of Pakistan|noshort
-|Bilawal Bhutto Zardari|Bilawal Bhutto;Bilawal|بلاول بھٹو زرداری;بلاول بھٹو;بلاول|بلاول بوتو زرداري;بلاول بوتو|بیلاول بوتو زرداری;بیلاول بوتو|foreign_minister:PK:2022-04-27:2023-08-10,leader:kh:pakistan-peoples-party:2007-12-30:|PK|PPP chairman, foreign minister 2022-2023|noshort
-|Ishaq Dar|Dar|اسحاق ڈار|إسحاق دار|اسحاق دار|foreign_minister:PK:2024-03-11:|PK|Deputy prime minister and foreign minister of Pakistan|noshort
-|Jalil Abbas Jilani|Jilani|جلیل عباس جیلانی|جليل عباس جيلاني|جلیل عباس جیلانی|foreign_minister:PK:2023-08-17:2024-03-04|PK|Caretaker foreign minister of Pakistan|noshort
-|Qamar Javed Bajwa|Bajwa;General Bajwa|قمر جاوید باجوہ;جنرل باجوہ;باجوہ|قمر جاويد باجوا;باجوا|قمر جاوید باجوا;باجوا|chief_of_staff:PK:2016-11-29:2022-11-29|PK|Pakistani army chief 2016-2022|noshort
-|Asim Munir|General Asim Munir;Field Marshal Asim Munir|عاصم منیر;جنرل عاصم منیر;فیلڈ مارشل عاصم منیر|عاصم منير|عاصم منیر|chief_of_staff:PK:2022-11-29:|PK|Chief of the Pakistani army|noshort
-|Raheel Sharif|General Raheel Sharif|راحیل شریف;جنرل راحیل شریف|راحيل شريف|راحیل شریف|chief_of_staff:PK:2013-11-29:2016-11-29|PK|Pakistani army chief 2013-2016|noshort
-|Ashfaq Parvez Kayani|Kayani|اشفاق پرویز کیانی;کیانی|أشفاق برويز كياني;كياني|اشفاق پرویز کیانی;کیانی|chief_of_staff:PK:2007-11-29:2013-11-29|PK|Pakistani army chief 2007-2013|noshort
-|Pervez Musharraf|Musharraf|پرویز مشرف;مشرف|برويز مشرف;مشرف|پرویز مشرف;مشرف|president:PK:2001-06-20:2008-08-18|PK|President of Pakistan 2001-2008|noshort
-|Benazir Bhutto|Bhutto|بینظیر بھٹو;بے نظیر بھٹو|بينظير بوتو|بی‌نظیر بوتو;بینظیر بوتو|prime_minister:PK:1993-10-19:1996-11-05|PK|Pakistani prime minister, assassinated 2007|noshort
-|Maryam Nawaz|Maryam Nawaz Sharif|مریم نواز;مریم نواز شریف|مريم نواز|مریم نواز|leader:PK:2024-02-26:|PK|Chief minister of Punjab|noshort
-|Fazl-ur-Rehman|Maulana Fazlur Rehman|مولانا فضل الرحمان;فضل الرحمان|فضل الرحمن|مولانا فضل‌الرحمان;فضل‌الرحمان|leader:kh:jamiat-ulema-e-islam-f::|PK|Leader of Jamiat Ulema-e-Islam (F)|noshort
-|Hamid Karzai|Karzai|حامد کرزئی;کرزئی|حامد كرزاي;كرزاي|حامد کرزی;کرزی|president:AF:2004-12-07:2014-09-29|AF|President of Afghanistan 2004-2014|
-|Ashraf Ghani|Ghani;Mohammad Ashraf Ghani|اشرف غنی;غنی|أشرف غني;غني|اشرف غنی;غنی|president:AF:2014-09-29:2021-08-15|AF|President of Afghanistan 2014-2021|noshort
-|Abdullah Abdullah|Dr Abdullah|عبداللہ عبداللہ|عبد الله عبد الله|عبدالله عبدالله|head_of_government:AF:2014-09-29:2020-03-09,leader:AF:2020-05-17:2021-08-15|AF|Afghan chief executive 2014-2020|noshort
-|Hibatullah Akhundzada|Akhundzada;Haibatullah Akhundzada|ہبت اللہ اخوندزادہ;ملا ہبت اللہ;اخوندزادہ|هبة الله آخوندزاده;آخوندزاده|هبت‌الله آخوندزاده;ملا هبت‌الله;آخوندزاده|leader:kh:taliban:2016-05-25:,supreme_leader:AF:2021-08-15:|AF|Supreme leader of the Taliban|noshort
-|Mullah Omar|Mohammad Omar|ملا عمر;ملا محمد عمر|الملا عمر;الملا محمد عمر|ملا عمر;ملا محمد عمر|leader:kh:taliban:1994:2013-04-23|AF|Taliban founder and leader, died 2013|noshort
-|Akhtar Mansour|Mullah Mansour;Akhtar Mohammad Mansour|ملا اختر منصور;اختر منصور|الملا أختر منصور;أختر منصور|ملا اختر منصور;اختر منصور|leader:kh:taliban:2015-07-29:2016-05-21|AF|Taliban leader 2015-2016|noshort
-|Mohammad Hasan Akhund|Hasan Akhund|ملا محمد حسن اخوند;محمد حسن اخوند|محمد حسن آخوند;الملا محمد حسن آخوند|ملا محمد حسن آخوند;محمد حسن آخوند|prime_minister:AF:2021-09-07:|AF|Taliban prime minister of Afghanistan|noshort
-|Amir Khan Muttaqi|Muttaqi|امیر خان متقی;متقی|أمير خان متقي;متقي|امیرخان متقی;امیر خان متقی;متقی|foreign_minister:AF:2021-09-07:|AF|Taliban foreign minister of Afghanistan|noshort
-|Sirajuddin Haqqani|Haqqani|سراج الدین حقانی;سراج الدین|سراج الدين حقاني|سراج‌الدین حقانی|leader:kh:haqqani-network:2018:,minister:AF:2021-09-07:|AF|Taliban interior minister, Haqqani network leader|noshort
-|Abdul Ghani Baradar|Mullah Baradar|ملا عبدالغنی برادر;ملا برادر|الملا عبد الغني برادر;الملا برادر|ملا عبدالغنی برادر;ملا برادر|other:AF:2021-09-07:|AF|Taliban co-founder and deputy prime minister|noshort
-|Zabihullah Mujahid|Mujahid|ذبیح اللہ مجاہد|ذبيح الله مجاهد|ذبیح‌الله مجاهد;ذبیح الله مجاهد|spokesperson:kh:taliban:2007:|AF|Taliban spokesman|noshort
-|Mohammad Yaqoob|Mullah Yaqoob|ملا محمد یعقوب;ملا یعقوب|الملا محمد يعقوب|ملا محمد یعقوب;ملا یعقوب|defence_minister:AF:2021-09-07:|AF|Taliban defence minister|noshort
-|Manmohan Singh|Manmohan|من موہن سنگھ|مانموهان سينغ|مانموهان سینگ|prime_minister:IN:2004-05-22:2014-05-26|IN|Indian prime minister 2004-2014|noshort
Q1058|Narendra Modi|Modi|نریندر مودی;مودی|ناريندرا مودي;مودي|نارندرا مودی;مودی|prime_minister:IN:2014-05-26:|IN|Prime minister of India|noshort
-|Pranab Mukherjee|Mukherjee|پرنب مکھرجی|براناب موخرجي|پرناب موکرجی|president:IN:2012-07-25:2017-07-25|IN|President of India 2012-2017|noshort
-|Ram Nath Kovind|Kovind|رام ناتھ کووند|رام ناث كوفيند|رام نات کوویند|president:IN:2017-07-25:2022-07-25|IN|President of India 2017-2022|noshort
-|Droupadi Murmu|Murmu|دروپدی مرمو|دروبادي مورمو|دروپادی مورمو|president:IN:2022-07-25:|IN|President of India|noshort
-|Sushma Swaraj|Swaraj|سشما سوراج|سوشما سواراج|سوشما سواراج|foreign_minister:IN:2014-05-26:2019-05-30|IN|Indian external affairs minister 2014-2019|noshort
-|S. Jaishankar|Jaishankar;Subrahmanyam Jaishankar|ایس جے شنکر;جے شنکر|سوبراهمانيام جايشانكار;جايشانكار|سوبرامانیام جایشانکار;جایشانکار|foreign_minister:IN:2019-05-30:|IN|External affairs minister of India|noshort
-|Salman Khurshid|Khurshid|سلمان خورشید|سلمان خورشيد|سلمان خورشید|foreign_minister:IN:2012-10-28:2014-05-26|IN|Indian external affairs minister 2012-2014|noshort
-|Rajnath Singh|Rajnath|راج ناتھ سنگھ|راجناث سينغ|راجنات سینگ|defence_minister:IN:2019-05-30:|IN|Defence minister of India|noshort
-|Nirmala Sitharaman|Sitharaman|نرملا سیتارمن|نيرمالا سيتارامان|نیرمالا سیتارامان|defence_minister:IN:2017-09-03:2019-05-30|IN|Indian defence minister 2017-2019|noshort
-|Manohar Parrikar|Parrikar|منوہر پاریکر|مانوهار باريكار|منوهر پاریکار|defence_minister:IN:2014-11-09:2017-03-13|IN|Indian defence minister 2014-2017|noshort
-|Amit Shah|Shah|امت شاہ|أميت شاه|امیت شاه|minister:IN:2019-05-30:|IN|Indian home minister|noshort
-|Ajit Doval|Doval|اجیت ڈوول;ڈوول|أجيت دوفال|آجیت دووال|other:IN:2014-05-30:|IN|Indian national security adviser|noshort
-|Rahul Gandhi|Gandhi|راہول گاندھی|راهول غاندي|راهول گاندی|leader:kh:indian-national-congress:2017-12-16:2019-07-03|IN|Indian opposition leader|noshort
-|Sheikh Hasina|Hasina;Sheikh Hasina Wajed|شیخ حسینہ واجد;شیخ حسینہ;حسینہ واجد|الشيخة حسينة;حسينة واجد|شیخ حسینه;حسینه واجد|prime_minister:BD:2009-01-06:2024-08-05|BD|Prime minister of Bangladesh 2009-2024|noshort
-|Muhammad Yunus|Yunus|محمد یونس|محمد يونس|محمد یونس|head_of_government:BD:2024-08-08:|BD|Chief adviser of Bangladesh's interim government|noshort
-|Nursultan Nazarbayev|Nazarbayev|نور سلطان نظربایف;نظربایف|نور سلطان نزارباييف;نزارباييف|نورسلطان نظربایف;نظربایف|president:KZ:1991-12-16:2019-03-20|KZ|President of Kazakhstan 1991-2019|
-|Kassym-Jomart Tokayev|Tokayev|قاسم جومارت توکایف;توکایف|قاسم جومارت توكاييف;توكاييف|قاسم ژومارت توکایف;توکایف|president:KZ:2019-03-20:|KZ|President of Kazakhstan|
-|Islam Karimov|Karimov|اسلام کریموف;کریموف|إسلام كريموف;كريموف|اسلام کریموف;کریموف|president:UZ:1991-09-01:2016-09-02|UZ|President of Uzbekistan 1991-2016|
-|Shavkat Mirziyoyev|Mirziyoyev|شوکت مرزیایوف;مرزیایوف|شوكت ميرضيائيف;ميرضيائيف|شوکت میرضیایف;میرضیایف|president:UZ:2016-09-08:|UZ|President of Uzbekistan|
-|Emomali Rahmon|Rahmon|امام علی رحمان|إمام علي رحمن|امامعلی رحمان;امام‌علی رحمان|president:TJ:1994-11-16:|TJ|President of Tajikistan|noshort
-|Gurbanguly Berdimuhamedow|Berdimuhamedov|قربان قلی بردی محمدوف|قربان قولي بردي محمدوف|قربانقلی بردی‌محمداف|president:TM:2007-02-14:2022-03-19|TM|President of Turkmenistan 2007-2022|noshort
-|Serdar Berdimuhamedow|Serdar Berdimuhamedov|سردار بردی محمدوف|سردار بردي محمدوف|سردار بردی‌محمداف|president:TM:2022-03-19:|TM|President of Turkmenistan|noshort
-|Sadyr Japarov|Japarov|صدیر جپاروف;جپاروف|صدر جباروف;جباروف|صدر ژاپاروف;ژاپاروف|president:KG:2021-01-28:|KG|President of Kyrgyzstan|
-|Almazbek Atambayev|Atambayev|الماز بیگ اتامبایف;اتامبایف|ألماز بيك أتامباييف;أتامباييف|آلمازبیک آتامبایف;آتامبایف|president:KG:2011-12-01:2017-11-24|KG|President of Kyrgyzstan 2011-2017|
-|Ilham Aliyev|Aliyev|الہام علیوف;علیوف|إلهام علييف;علييف|الهام علی‌اف;علی‌اف|president:AZ:2003-10-31:|AZ|President of Azerbaijan|
-|Jeyhun Bayramov|Bayramov|جیحون بائراموف|جيحون بيراموف|جیحون بایراموف|foreign_minister:AZ:2020-07-16:|AZ|Foreign minister of Azerbaijan|noshort
Q7035479|Nikol Pashinyan|Pashinyan|نکول پاشینیان;پاشینیان|نيكول باشينيان;باشينيان|نیکول پاشینیان;پاشینیان|prime_minister:AM:2018-05-08:|AM|Prime minister of Armenia|
Q2866|Alexander Lukashenko|Lukashenko;Aliaksandr Lukashenka|الیگزینڈر لوکاشینکو;لوکاشینکو|ألكسندر لوكاشينكو;لوكاشينكو|الکساندر لوکاشنکو;لوکاشنکو|president:BY:1994-07-20:|BY|President of Belarus|
"""

# G20 and other states, international organisations, envoys
PEOPLE_4 = """
Q76|Barack Obama|Obama|باراک اوباما;اوباما|باراك أوباما;أوباما;اوباما|باراک اوباما;اوباما|president:US:2009-01-20:2017-01-20|US|President of the United States 2009-2017|
Q22686|Donald Trump|Trump|ڈونلڈ ٹرمپ;ٹرمپ|دونالد ترامب;ترامب|دونالد ترامپ;ترامپ|president:US:2017-01-20:2021-01-20,president:US:2025-01-20:|US|President of the United States|
Q6279|Joe Biden|Biden;Joseph Biden|جو بائیڈن;بائیڈن|جو بايدن;بايدن|جو بایدن;بایدن|president:US:2021-01-20:2025-01-20|US|President of the United States 2021-2025|
-|Kamala Harris|Harris|کملا ہیرس;ہیرس|كامالا هاريس;هاريس|کامالا هریس;هریس|other:US:2021-01-20:2025-01-20|US|US vice president 2021-2025|
-|Mike Pence|Pence|مائیک پینس;پینس|مايك بنس;بنس|مایک پنس;پنس|other:US:2017-01-20:2021-01-20|US|US vice president 2017-2021|
-|JD Vance|Vance;J. D. Vance|جے ڈی وینس;وینس|جي دي فانس;فانس|جی‌دی ونس;ونس|other:US:2025-01-20:|US|US vice president|noshort
-|Hillary Clinton|Clinton|ہلیری کلنٹن;کلنٹن|هيلاري كلينتون;كلينتون|هیلاری کلینتون;کلینتون|foreign_minister:US:2009-01-21:2013-02-01|US|US secretary of state 2009-2013|
-|John Kerry|Kerry|جان کیری;کیری|جون كيري;كيري|جان کری;کری|foreign_minister:US:2013-02-01:2017-01-20|US|US secretary of state 2013-2017|
-|Rex Tillerson|Tillerson|ریکس ٹلرسن;ٹلرسن|ريكس تيلرسون;تيلرسون|رکس تیلرسون;تیلرسون|foreign_minister:US:2017-02-01:2018-03-31|US|US secretary of state 2017-2018|
-|Mike Pompeo|Pompeo|مائیک پومپیو;پومپیو|مايك بومبيو;بومبيو|مایک پمپئو;پمپئو|foreign_minister:US:2018-04-26:2021-01-20|US|US secretary of state 2018-2021|
-|Antony Blinken|Blinken|انٹونی بلنکن;بلنکن|أنتوني بلينكن;بلينكن|آنتونی بلینکن;بلینکن|foreign_minister:US:2021-01-26:2025-01-20|US|US secretary of state 2021-2025|
-|Marco Rubio|Rubio|مارکو روبیو;روبیو|ماركو روبيو;روبيو|مارکو روبیو;روبیو|foreign_minister:US:2025-01-21:|US|US secretary of state|
-|Robert Gates|Gates|رابرٹ گیٹس|روبرت غيتس|رابرت گیتس|defence_minister:US:2006-12-18:2011-06-30|US|US defense secretary 2006-2011|noshort
-|Leon Panetta|Panetta|لیون پنیٹا;پنیٹا|ليون بانيتا;بانيتا|لئون پانتا;پانتا|defence_minister:US:2011-07-01:2013-02-26|US|US defense secretary 2011-2013|
-|Chuck Hagel|Hagel|چک ہیگل;ہیگل|تشاك هيغل;هيغل|چاک هیگل;هیگل|defence_minister:US:2013-02-27:2015-02-17|US|US defense secretary 2013-2015|
-|Ash Carter|Ashton Carter;Carter|ایشٹن کارٹر|آشتون كارتر|اشتون کارتر|defence_minister:US:2015-02-17:2017-01-20|US|US defense secretary 2015-2017|noshort
-|Jim Mattis|Mattis;James Mattis|جیمز میٹس;میٹس|جيمس ماتيس;ماتيس|جیمز متیس;متیس|defence_minister:US:2017-01-20:2018-12-31|US|US defense secretary 2017-2018|
-|Mark Esper|Esper|مارک ایسپر;ایسپر|مارك إسبر;إسبر|مارک اسپر;اسپر|defence_minister:US:2019-07-23:2020-11-09|US|US defense secretary 2019-2020|
-|Lloyd Austin|Austin|لائیڈ آسٹن;آسٹن|لويد أوستن;أوستن|لوید آستین;آستین|defence_minister:US:2021-01-22:2025-01-20|US|US defense secretary 2021-2025|
-|Pete Hegseth|Hegseth|پیٹ ہیگستھ;ہیگستھ|بيت هيغسيث;هيغسيث|پیت هگست;هگست|defence_minister:US:2025-01-25:|US|US secretary of defense|
-|John Bolton|Bolton|جان بولٹن;بولٹن|جون بولتون;بولتون|جان بولتون;بولتون|other:US:2018-04-09:2019-09-10|US|US national security adviser 2018-2019|
-|Steve Witkoff|Witkoff|اسٹیو وٹکوف;وٹکوف|ستيف ويتكوف;ويتكوف|استیو ویتکاف;ویتکاف|envoy:US:2025-01-20:|US|US special envoy to the Middle East|
-|Zalmay Khalilzad|Khalilzad|زلمے خلیل زاد;خلیل زاد|زلماي خليل زاد;خليل زاد|زلمای خلیل‌زاد;خلیل‌زاد|envoy:US:2018-09-05:2021-10-18|US|US special envoy for Afghanistan reconciliation 2018-2021|noshort
-|James Jeffrey|Jeffrey|جیمز جیفری|جيمس جيفري|جیمز جفری|envoy:US:2018-08-17:2020-11|US|US special envoy for Syria 2018-2020|noshort
-|Brett McGurk|McGurk|بریٹ میک گرک|بريت ماكغورك|برت مک‌گورک|envoy:US:2015-10-23:2018-12-31|US|US envoy to the anti-IS coalition 2015-2018|noshort
-|Tom Barrack|Thomas Barrack;Barrack|ٹام باراک|توم باراك|تام باراک|envoy:US:2025-05-23:|US|US special envoy for Syria|noshort
-|David Petraeus|Petraeus|ڈیوڈ پیٹریاس|ديفيد بترايوس|دیوید پترائوس|leader:kh:central-intelligence-agency:2011-09-06:2012-11-09|US|CIA director 2011-2012|noshort
-|William Burns|Bill Burns|ولیم برنز|وليام بيرنز|ویلیام برنز|leader:kh:central-intelligence-agency:2021-03-19:2025-01-20|US|CIA director 2021-2025|noshort
-|David Cameron|Cameron|ڈیوڈ کیمرون;کیمرون|ديفيد كاميرون;كاميرون|دیوید کامرون;کامرون|prime_minister:GB:2010-05-11:2016-07-13,foreign_minister:GB:2023-11-13:2024-07-05|GB|British prime minister 2010-2016|
-|Theresa May|May|تھریسا مے|تيريزا ماي|ترزا می|prime_minister:GB:2016-07-13:2019-07-24|GB|British prime minister 2016-2019|noshort
-|Boris Johnson|Johnson|بورس جانسن;جانسن|بوريس جونسون;جونسون|بوریس جانسون;جانسون|foreign_minister:GB:2016-07-13:2018-07-09,prime_minister:GB:2019-07-24:2022-09-06|GB|British prime minister 2019-2022|
-|Liz Truss|Truss|لز ٹرس;ٹرس|ليز تراس;تراس|لیز تراس;تراس|foreign_minister:GB:2021-09-15:2022-09-06,prime_minister:GB:2022-09-06:2022-10-25|GB|British prime minister in 2022|
-|Rishi Sunak|Sunak|رشی سنک;سنک|ريشي سوناك;سوناك|ریشی سوناک;سوناک|prime_minister:GB:2022-10-25:2024-07-05|GB|British prime minister 2022-2024|
-|Keir Starmer|Starmer|کیئر اسٹارمر;اسٹارمر|كير ستارمر;ستارمر|کی‌یر استارمر;استارمر|prime_minister:GB:2024-07-05:|GB|British prime minister|
-|William Hague|Hague|ولیم ہیگ|وليام هيغ|ویلیام هیگ|foreign_minister:GB:2010-05-12:2014-07-14|GB|British foreign secretary 2010-2014|noshort
-|Philip Hammond|Hammond|فلپ ہیمنڈ;ہیمنڈ|فيليب هاموند;هاموند|فیلیپ هاموند;هاموند|defence_minister:GB:2011-10-14:2014-07-15,foreign_minister:GB:2014-07-15:2016-07-13|GB|British foreign secretary 2014-2016|
-|Jeremy Hunt|Hunt|جیریمی ہنٹ|جيريمي هانت|جرمی هانت|foreign_minister:GB:2018-07-09:2019-07-24|GB|British foreign secretary 2018-2019|noshort
-|Dominic Raab|Raab|ڈومینک راب|دومينيك راب|دومینیک راب|foreign_minister:GB:2019-07-24:2021-09-15|GB|British foreign secretary 2019-2021|noshort
-|James Cleverly|Cleverly|جیمز کلیورلی|جيمس كليفرلي|جیمز کلورلی|foreign_minister:GB:2022-09-06:2023-11-13|GB|British foreign secretary 2022-2023|noshort
-|David Lammy|Lammy|ڈیوڈ لیمی|ديفيد لامي|دیوید لمی|foreign_minister:GB:2024-07-05:2025-09-05|GB|British foreign secretary 2024-2025|noshort
-|Ben Wallace|Wallace|بین والیس|بن والاس|بن والاس|defence_minister:GB:2019-07-24:2023-08-31|GB|British defence secretary 2019-2023|noshort
-|Michael Fallon|Fallon|مائیکل فیلن|مايكل فالون|مایکل فالون|defence_minister:GB:2014-07-15:2017-11-01|GB|British defence secretary 2014-2017|noshort
-|John Healey|Healey|جان ہیلی|جون هيلي|جان هیلی|defence_minister:GB:2024-07-05:|GB|British defence secretary|noshort
-|Charles III|King Charles;King Charles III|شاہ چارلس;شاہ چارلس سوم|الملك تشارلز الثالث;الملك تشارلز|شاه چارلز سوم;چارلز سوم|king:GB:2022-09-08:|GB|King of the United Kingdom|noshort
-|Elizabeth II|Queen Elizabeth|ملکہ الزبتھ;ملکہ الزبتھ دوم|الملكة إليزابيث الثانية;الملكة إليزابيث|ملکه الیزابت;ملکه الیزابت دوم|king:GB:1952-02-06:2022-09-08|GB|Queen of the United Kingdom 1952-2022|noshort
-|Nicolas Sarkozy|Sarkozy|نکولس سرکوزی;سرکوزی|نيكولا ساركوزي;ساركوزي|نیکولا سارکوزی;سارکوزی|president:FR:2007-05-16:2012-05-15|FR|President of France 2007-2012|
-|François Hollande|Hollande;Francois Hollande|فرانسوا اولاند;اولاند|فرانسوا هولاند;هولاند|فرانسوا اولاند;اولاند|president:FR:2012-05-15:2017-05-14|FR|President of France 2012-2017|
Q3052772|Emmanuel Macron|Macron|ایمانوئل میکرون;میکرون|إيمانويل ماكرون;ماكرون|امانوئل مکرون;مکرون|president:FR:2017-05-14:|FR|President of France|
-|Laurent Fabius|Fabius|لوراں فابیوس;فابیوس|لوران فابيوس;فابيوس|لوران فابیوس;فابیوس|foreign_minister:FR:2012-05-16:2016-02-11|FR|French foreign minister 2012-2016|
-|Jean-Yves Le Drian|Le Drian|ژاں ایو لودریان;لودریان|جان إيف لودريان;لودريان|ژان‌ایو لودریان;لودریان|defence_minister:FR:2012-05-16:2017-05-17,foreign_minister:FR:2017-05-17:2022-05-20|FR|French foreign minister 2017-2022|noshort
-|Catherine Colonna|Colonna|کیتھرین کولونا|كاترين كولونا|کاترین کولونا|foreign_minister:FR:2022-05-20:2024-01-11|FR|French foreign minister 2022-2024|noshort
-|Jean-Noël Barrot|Barrot;Jean-Noel Barrot|ژاں نوئل بارو|جان نويل بارو|ژان‌نوئل بارو|foreign_minister:FR:2024-09-21:|FR|French foreign minister|noshort
Q567|Angela Merkel|Merkel|انگیلا مرکل;مرکل|أنجيلا ميركل;ميركل|آنگلا مرکل;مرکل|head_of_government:DE:2005-11-22:2021-12-08|DE|German chancellor 2005-2021|
Q61053|Olaf Scholz|Scholz|اولاف شولز;شولز|أولاف شولتس;شولتس|اولاف شولتس;شولتس|head_of_government:DE:2021-12-08:2025-05-06|DE|German chancellor 2021-2025|
-|Friedrich Merz|Merz|فریڈرک مرز;مرز|فريدريش ميرتس;ميرتس|فریدریش مرتس;مرتس|head_of_government:DE:2025-05-06:|DE|German chancellor|noshort
-|Frank-Walter Steinmeier|Steinmeier|فرینک والٹر اشٹائن مائر;اشٹائن مائر|فرانك فالتر شتاينماير;شتاينماير|فرانک-والتر اشتاین‌مایر;اشتاین‌مایر|foreign_minister:DE:2013-12-17:2017-01-27,president:DE:2017-03-19:|DE|President of Germany|noshort
Q108447|Heiko Maas|Maas|ہائیکو ماس|هايكو ماس|هایکو ماس|foreign_minister:DE:2018-03-14:2021-12-08|DE|German foreign minister 2018-2021|noshort
-|Annalena Baerbock|Baerbock|انالینا بیئربوک;بیئربوک|أنالينا بيربوك;بيربوك|آنالنا بربوک;بربوک|foreign_minister:DE:2021-12-08:2025-05-06|DE|German foreign minister 2021-2025|
-|Boris Pistorius|Pistorius|بورس پسٹوریئس|بوريس بيستوريوس|بوریس پیستوریوس|defence_minister:DE:2023-01-19:|DE|German defence minister|noshort
-|Giorgia Meloni|Meloni|جارجیا میلونی;میلونی|جورجيا ميلوني;ميلوني|جورجا ملونی;ملونی|prime_minister:IT:2022-10-22:|IT|Prime minister of Italy|
-|Mario Draghi|Draghi|ماریو دراگی|ماريو دراغي|ماریو دراگی|prime_minister:IT:2021-02-13:2022-10-22|IT|Italian prime minister 2021-2022|noshort
Q15031|Xi Jinping|Xi|شی جن پنگ;شی جنپنگ|شي جين بينغ;شي جينبينغ|شی جین‌پینگ;شی جین پینگ|president:CN:2013-03-14:|CN|President of China|noshort
-|Hu Jintao|Hu|ہو جن تاؤ|هو جين تاو|هو جین‌تائو|president:CN:2003-03-15:2013-03-14|CN|President of China 2003-2013|noshort
-|Li Keqiang|Li|لی کی چیانگ|لي كه تشيانغ|لی کچیانگ|prime_minister:CN:2013-03-15:2023-03-11|CN|Chinese premier 2013-2023|noshort
-|Li Qiang|Li|لی چیانگ|لي تشيانغ|لی چیانگ|prime_minister:CN:2023-03-11:|CN|Premier of China|noshort
-|Wang Yi|Wang|وانگ ای|وانغ يي|وانگ یی|foreign_minister:CN:2013-03-16:2022-12-30,foreign_minister:CN:2023-07-25:|CN|Foreign minister of China|noshort
-|Qin Gang|Qin|چن گانگ|تشين قانغ|چین گانگ|foreign_minister:CN:2022-12-30:2023-07-25|CN|Chinese foreign minister in 2023|noshort
-|Dong Jun|Dong|ڈونگ جون|دونغ جون|دونگ جون|defence_minister:CN:2023-12-29:|CN|Defence minister of China|noshort
-|Kim Jong Un|Kim Jong-un|کم جونگ ان;کیم جونگ ان;کم جونگ اُن|كيم جونغ أون;كيم جونج أون;كيم جونغ اون|کیم جونگ اون|leader:KP:2011-12-17:|KP|Leader of North Korea|noshort
-|Shinzo Abe|Abe|شنزو آبے|شينزو آبي|شینزو آبه|prime_minister:JP:2012-12-26:2020-09-16|JP|Japanese prime minister 2012-2020|noshort
-|Fumio Kishida|Kishida|فومیو کشیدا;کشیدا|فوميو كيشيدا;كيشيدا|فومیو کیشیدا;کیشیدا|prime_minister:JP:2021-10-04:2024-10-01|JP|Japanese prime minister 2021-2024|
-|Shigeru Ishiba|Ishiba|شیگیرو ایشیبا|شيغيرو إيشيبا|شیگرو ایشیبا|prime_minister:JP:2024-10-01:2025-10-21|JP|Japanese prime minister 2024-2025|
-|Sanae Takaichi|Takaichi|سانائے تاکائیچی|ساناي تاكايتشي|سانائه تاکایچی|prime_minister:JP:2025-10-21:|JP|Prime minister of Japan|
-|Moon Jae-in|Moon|مون جے ان|مون جاي إن|مون جه-این|president:KR:2017-05-10:2022-05-10|KR|South Korean president 2017-2022|noshort
-|Yoon Suk Yeol|Yoon|یون سک یول|يون سوك يول|یون سوک-یول|president:KR:2022-05-10:2025-04-04|KR|South Korean president 2022-2025|noshort
-|Lee Jae-myung|Lee|لی جے میونگ|لي جاي ميونغ|لی جه-میونگ|president:KR:2025-06-04:|KR|President of South Korea|noshort
-|Justin Trudeau|Trudeau|جسٹن ٹروڈو;ٹروڈو|جاستن ترودو;ترودو|جاستین ترودو;ترودو|prime_minister:CA:2015-11-04:2025-03-14|CA|Canadian prime minister 2015-2025|
-|Mark Carney|Carney|مارک کارنی|مارك كارني|مارک کارنی|prime_minister:CA:2025-03-14:|CA|Prime minister of Canada|noshort
-|Anthony Albanese|Albanese|انتھونی البانیز|أنتوني ألبانيزي|آنتونی آلبانیزی|prime_minister:AU:2022-05-23:|AU|Prime minister of Australia|noshort
-|Luiz Inácio Lula da Silva|Lula;Lula da Silva|لولا ڈا سلوا;لولا|لولا دا سيلفا;لولا|لولا دا سیلوا;لولا|president:BR:2003-01-01:2010-12-31,president:BR:2023-01-01:|BR|President of Brazil|noshort
Q10304982|Jair Bolsonaro|Bolsonaro|جائر بولسونارو;بولسونارو|جايير بولسونارو;بولسونارو|ژائیر بولسونارو;بولسونارو|president:BR:2019-01-01:2022-12-31|BR|President of Brazil 2019-2022|
-|Dilma Rousseff|Rousseff|دلما روسیف|ديلما روسيف|دیلما روسف|president:BR:2011-01-01:2016-08-31|BR|President of Brazil 2011-2016|noshort
-|Javier Milei|Milei|خاویر میلی|خافيير ميلي|خاویر میلی|president:AR:2023-12-10:|AR|President of Argentina|noshort
Q561837|Mauricio Macri|Macri|موریسیو ماکری|ماوريسيو ماكري|مائوریسیو ماکری|president:AR:2015-12-10:2019-12-10|AR|President of Argentina 2015-2019|noshort
Q318508|Andrés Manuel López Obrador|López Obrador;AMLO|آندرس مینوئل لوپیز اوبراڈور|أندريس مانويل لوبيز أوبرادور|آندرس مانوئل لوپس ابرادور|president:MX:2018-12-01:2024-10-01|MX|President of Mexico 2018-2024|noshort
-|Claudia Sheinbaum|Sheinbaum|کلاڈیا شین باؤم|كلاوديا شينباوم|کلودیا شینباوم|president:MX:2024-10-01:|MX|President of Mexico|noshort
-|Jacob Zuma|Zuma|جیکب زوما;زوما|جاكوب زوما;زوما|جیکوب زوما;زوما|president:ZA:2009-05-09:2018-02-14|ZA|President of South Africa 2009-2018|
-|Cyril Ramaphosa|Ramaphosa|سیرل رامافوسا;رامافوسا|سيريل رامافوزا;رامافوزا|سیریل رامافوسا;رامافوسا|president:ZA:2018-02-15:|ZA|President of South Africa|
-|Joko Widodo|Jokowi|جوکو ویدودو|جوكو ويدودو|جوکو ویدودو|president:ID:2014-10-20:2024-10-20|ID|President of Indonesia 2014-2024|noshort
-|Prabowo Subianto|Prabowo|پرابوو سوبیانتو|برابوو سوبيانتو|پرابوو سوبیانتو|defence_minister:ID:2019-10-23:2024-10-20,president:ID:2024-10-20:|ID|President of Indonesia|noshort
-|Anwar Ibrahim|Anwar|انور ابراہیم|أنور إبراهيم|انور ابراهیم|prime_minister:MY:2022-11-24:|MY|Prime minister of Malaysia|noshort
-|Mahathir Mohamad|Mahathir|مہاتیر محمد|مهاتير محمد|ماهاتیر محمد|prime_minister:MY:2018-05-10:2020-03-01|MY|Prime minister of Malaysia 2018-2020|noshort
-|Viktor Yanukovych|Yanukovych|وکٹر یانوکووچ;یانوکووچ|فيكتور يانوكوفيتش;يانوكوفيتش|ویکتور یانوکوویچ;یانوکوویچ|president:UA:2010-02-25:2014-02-22|UA|President of Ukraine 2010-2014|
-|Petro Poroshenko|Poroshenko|پیٹرو پوروشینکو;پوروشینکو|بترو بوروشينكو;بوروشينكو|پترو پوروشنکو;پوروشنکو|president:UA:2014-06-07:2019-05-20|UA|President of Ukraine 2014-2019|
-|Volodymyr Zelenskyy|Zelensky;Zelenskyy;Volodymyr Zelensky|ولادیمیر زیلنسکی;ولودیمیر زیلنسکی;زیلنسکی|فولوديمير زيلينسكي;زيلينسكي|ولودیمیر زلنسکی;زلنسکی|president:UA:2019-05-20:|UA|President of Ukraine|noshort
-|Dmytro Kuleba|Kuleba|دیمیٹرو کولیبا;کولیبا|دميترو كوليبا;كوليبا|دیمیترو کولبا;کولبا|foreign_minister:UA:2020-03-04:2024-09-05|UA|Ukrainian foreign minister 2020-2024|
-|Andrii Sybiha|Sybiha|آندری سیبیہا|أندريه سيبيها|آندری سیبیها|foreign_minister:UA:2024-09-05:|UA|Foreign minister of Ukraine|noshort
-|Oleksii Reznikov|Reznikov|اولیکسی ریزنیکوف;ریزنیکوف|أوليكسي ريزنيكوف;ريزنيكوف|الکسی رزنیکوف;رزنیکوف|defence_minister:UA:2021-11-04:2023-09-05|UA|Ukrainian defence minister 2021-2023|
-|Rustem Umerov|Umerov|رستم عمروف|رستم عميروف|رستم عمروف|defence_minister:UA:2023-09-06:2025-07-17|UA|Ukrainian defence minister 2023-2025|noshort
-|Denys Shmyhal|Shmyhal|ڈینس شمیہال|دينيس شميهال|دنیس شمیهال|prime_minister:UA:2020-03-04:2025-07-17,defence_minister:UA:2025-07-17:|UA|Ukrainian defence minister, prime minister 2020-2025|noshort
-|Yulia Svyrydenko|Svyrydenko|یولیا سویریڈینکو|يوليا سفيريدينكو|یولیا سویریدنکو|prime_minister:UA:2025-07-17:|UA|Prime minister of Ukraine|noshort
-|Valerii Zaluzhnyi|Zaluzhnyi|ویلری زالوژنی|فاليري زالوجني|والری زالوژنی|chief_of_staff:UA:2021-07-27:2024-02-08|UA|Commander-in-chief of Ukraine's armed forces 2021-2024|noshort
-|Oleksandr Syrskyi|Syrskyi|اولیکسینڈر سیرسکی|أولكسندر سيرسكي|الکساندر سیرسکی|chief_of_staff:UA:2024-02-08:|UA|Commander-in-chief of Ukraine's armed forces|noshort
-|Mark Rutte|Rutte|مارک روٹے;روٹے|مارك روته;روته|مارک روته;روته|prime_minister:NL:2010-10-14:2024-07-02,secretary_general:Q7184:2024-10-01:|NL|NATO secretary-general|noshort
-|Jens Stoltenberg|Stoltenberg|ینس اسٹولٹنبرگ;ینس اسٹولٹن برگ;اسٹولٹنبرگ|ينس ستولتنبرغ;ستولتنبرغ|ینس استولتنبرگ;استولتنبرگ|secretary_general:Q7184:2014-10-01:2024-10-01|NO|NATO secretary-general 2014-2024|noshort
-|Anders Fogh Rasmussen|Rasmussen|آندرس فوگ راسموسن|أندرس فو راسموسن|آندرس فوگ راسموسن|secretary_general:Q7184:2009-08-01:2014-10-01|DK|NATO secretary-general 2009-2014|noshort
-|Ban Ki-moon|Ban|بان کی مون|بان كي مون|بان کی‌مون;بان کی مون|secretary_general:Q1065:2007-01-01:2016-12-31|KR|UN secretary-general 2007-2016|noshort
-|António Guterres|Guterres;Antonio Guterres|انتونیو گوتریس;گوتریس;گوٹیرس|أنطونيو غوتيريش;غوتيريش|آنتونیو گوترش;گوترش|secretary_general:Q1065:2017-01-01:|PT|UN secretary-general|
-|Kofi Annan|Annan|کوفی عنان|كوفي عنان|کوفی عنان|secretary_general:Q1065:1997-01-01:2006-12-31,envoy:Q1065:2012-02-23:2012-08-31|GH|UN secretary-general 1997-2006, Syria envoy 2012|noshort
-|Lakhdar Brahimi|Brahimi|الاخضر ابراہیمی;اخضر ابراہیمی|الأخضر الإبراهيمي;الإبراهيمي|اخضر ابراهیمی|envoy:Q1065:2012-09-01:2014-05-31|DZ|UN-Arab League envoy for Syria 2012-2014|noshort
-|Staffan de Mistura|de Mistura|اسٹیفن ڈی مستورا;ڈی مستورا|ستيفان دي ميستورا;دي ميستورا|استافان دی‌میستورا;دی‌میستورا|envoy:Q1065:2014-07-10:2018-12-31|IT|UN envoy for Syria 2014-2018|noshort
-|Geir Pedersen|Pedersen|گیئر پیڈرسن;پیڈرسن|غير بيدرسن;بيدرسن|گیر پدرسن;پدرسن|envoy:Q1065:2019-01-07:|NO|UN special envoy for Syria|noshort
-|Martin Griffiths|Griffiths|مارٹن گریفتھس|مارتن غريفيث|مارتین گریفیتس|envoy:Q1065:2018-03-11:2021-06-30|GB|UN envoy for Yemen 2018-2021|noshort
-|Hans Grundberg|Grundberg|ہانس گرنڈبرگ|هانس غروندبرغ|هانس گروندبرگ|envoy:Q1065:2021-09-01:|SE|UN special envoy for Yemen|noshort
-|Yukiya Amano|Amano|یوکیا امانو;امانو|يوكيا أمانو;أمانو|یوکیا آمانو;آمانو|leader:kh:international-atomic-energy-agency:2009-12-01:2019-07-18|JP|IAEA director general 2009-2019|
-|Rafael Grossi|Grossi|رافیل گروسی;گروسی|رافائيل غروسي;غروسي|رافائل گروسی;گروسی|leader:kh:international-atomic-energy-agency:2019-12-03:|AR|IAEA director general|
-|Ahmed Aboul Gheit|Aboul Gheit|احمد ابوالغیط|أحمد أبو الغيط|احمد ابوالغیط|secretary_general:Q7172:2016-07-01:,foreign_minister:EG:2004-07-11:2011-03-06|EG|Arab League secretary-general|noshort
-|Nabil Elaraby|Elaraby;Nabil al-Arabi|نبیل العربی|نبيل العربي|نبیل العربی|secretary_general:Q7172:2011-07-01:2016-07-01|EG|Arab League secretary-general 2011-2016|noshort
-|Ursula von der Leyen|von der Leyen|ارسلا فان ڈیر لاین;فان ڈیر لاین|أورسولا فون دير لاين;فون دير لاين|اورزولا فون در لاین;فون در لاین|defence_minister:DE:2013-12-17:2019-07-17,leader:kh:european-commission:2019-12-01:|DE|President of the European Commission|noshort
-|Josep Borrell|Borrell|جوزپ بوریل;بوریل|جوزيب بوريل;بوريل|ژوزپ بورل;بورل|foreign_minister:Q458:2019-12-01:2024-11-30|ES|EU foreign policy chief 2019-2024|
-|Federica Mogherini|Mogherini|فیڈریکا موگرینی;موگرینی|فيديريكا موغيريني;موغيريني|فدریکا موگرینی;موگرینی|foreign_minister:Q458:2014-11-01:2019-11-30|IT|EU foreign policy chief 2014-2019|
-|Catherine Ashton|Ashton|کیتھرین ایشٹن;ایشٹن|كاثرين آشتون;آشتون|کاترین اشتون;اشتون|foreign_minister:Q458:2009-12-01:2014-10-31|GB|EU foreign policy chief 2009-2014|
-|Kaja Kallas|Kallas|کایا کالاس;کالاس|كايا كالاس;كالاس|کایا کالاس;کالاس|prime_minister:EE:2021-01-26:2024-07-23,foreign_minister:Q458:2024-12-01:|EE|EU foreign policy chief|
-|Hissein Brahim Taha|Taha|حسین ابراہیم طہٰ|حسين إبراهيم طه|حسین ابراهیم طه|secretary_general:Q47543:2021-11-16:|TD|OIC secretary-general|noshort
-|Jasem Mohamed Albudaiwi|Albudaiwi|جاسم محمد البدیوی|جاسم محمد البديوي|جاسم محمد البدیوی|secretary_general:kh:gulf-cooperation-council:2023-02-01:|KW|GCC secretary-general|noshort
Q450675|Pope Francis|Francis|پوپ فرانسس|البابا فرنسيس|پاپ فرانسیس|head_of_state:VA:2013-03-13:2025-04-21|AR|Pope 2013-2025|noshort
-|Pope Leo XIV|Leo XIV|پوپ لیو چہاردہم|البابا لاوون الرابع عشر|پاپ لئو چهاردهم|head_of_state:VA:2025-05-08:|US|Pope|noshort
-|Alexei Navalny|Navalny|الیکسی ناوالنی;ناوالنی|أليكسي نافالني;نافالني|الکسی ناوالنی;ناوالنی|leader:RU::2024-02-16|RU|Russian opposition leader, died 2024|
Q58132|Nicolás Maduro|Maduro;Nicolas Maduro|نکولس مادورو;مادورو|نيكولاس مادورو;مادورو|نیکلاس مادورو;مادورو|president:VE:2013-04-19:|VE|President of Venezuela|
"""

# Armed-group leaders and more Syrian, Russian, Iranian, Turkish and Arab officials
PEOPLE_5 = """
-|Abu Bakr al-Baghdadi|al-Baghdadi;Baghdadi|ابوبکر البغدادی;ابو بکر البغدادی;البغدادی|أبو بكر البغدادي;البغدادي|ابوبکر البغدادی;ابوبکر بغدادی;البغدادی|leader:Q2429253:2010-05-16:2019-10-27|IQ|Leader of the Islamic State, killed 2019|noshort
-|Abu Ibrahim al-Hashimi al-Qurashi|al-Qurashi|ابو ابراہیم الہاشمی القریشی|أبو إبراهيم الهاشمي القرشي|ابوابراهیم الهاشمی القرشی|leader:Q2429253:2019-10-31:2022-02-03|IQ|Islamic State leader 2019-2022|noshort
Q1317|Osama bin Laden|bin Laden;Usama bin Laden|اسامہ بن لادن;اسامہ|أسامة بن لادن;بن لادن|اسامه بن لادن;بن لادن|leader:Q34490:1988:2011-05-02|SA|Founder of al-Qaeda, killed 2011|noshort
-|Ayman al-Zawahiri|al-Zawahiri;Zawahiri|ایمن الظواہری;الظواہری|أيمن الظواهري;الظواهري|ایمن الظواهری;الظواهری|leader:Q34490:2011-06-16:2022-07-31|EG|Leader of al-Qaeda 2011-2022|noshort
-|Abu Musab al-Zarqawi|al-Zarqawi;Zarqawi|ابو مصعب الزرقاوی;الزرقاوی|أبو مصعب الزرقاوي;الزرقاوي|ابومصعب زرقاوی;زرقاوی|leader:IQ:2004:2006-06-07|JO|Leader of al-Qaeda in Iraq, killed 2006|noshort
-|Baitullah Mehsud|Baitullah|بیت اللہ محسود|بيت الله محسود|بیت‌الله محسود|leader:kh:tehrik-i-taliban-pakistan:2007-12:2009-08-05|PK|Founder of the Pakistani Taliban, killed 2009|noshort
-|Hakimullah Mehsud|Hakimullah|حکیم اللہ محسود|حكيم الله محسود|حکیم‌الله محسود|leader:kh:tehrik-i-taliban-pakistan:2009-08-22:2013-11-01|PK|TTP leader 2009-2013, killed|noshort
-|Maulana Fazlullah|Mullah Fazlullah;Fazlullah|ملا فضل اللہ;مولوی فضل اللہ|الملا فضل الله|ملا فضل‌الله|leader:kh:tehrik-i-taliban-pakistan:2013-11-07:2018-06-13|PK|TTP leader 2013-2018, killed|noshort
-|Noor Wali Mehsud|Mufti Noor Wali|نور ولی محسود;مفتی نور ولی|نور ولي محسود|نور ولی محسود|leader:kh:tehrik-i-taliban-pakistan:2018-06-23:|PK|Leader of the Pakistani Taliban|noshort
-|Abdullah Öcalan|Ocalan;Öcalan|عبداللہ اوجلان;اوجلان|عبد الله أوجلان;أوجلان|عبدالله اوجالان;اوجالان|leader:Q152220:1978:|TR|Founder of the PKK, jailed since 1999|noshort
-|Salih Muslim|Saleh Muslim|صالح مسلم|صالح مسلم|صالح مسلم|leader:SY:2010:2017|SY|Former co-chair of the Syrian Kurdish PYD|noshort
-|Zahran Alloush|Alloush|زہران علوش|زهران علوش|زهران علوش|leader:kh:jaish-al-islam:2013-09-29:2015-12-25|SY|Jaish al-Islam commander, killed 2015|noshort
-|Abdullah al-Muhaysini|al-Muhaysini|عبداللہ المحیسنی|عبد الله المحيسني;المحيسني|عبدالله المحیسنی|other:kh:jaish-al-fatah:2015:2017|SA|Saudi cleric who mediated within Jaish al-Fatah|noshort
-|Riad al-Asaad|al-Asaad|ریاض الاسعد|رياض الأسعد|ریاض الاسعد|leader:kh:free-syrian-army:2011-07-29:2012-12|SY|Founder of the Free Syrian Army|noshort
-|Salim Idris|Idris|سلیم ادریس|سليم إدريس|سلیم ادریس|chief_of_staff:kh:free-syrian-army:2012-12:2014-02-16,defence_minister:SY:2019:2024-12|SY|FSA chief of staff 2012-2014|noshort
-|Hadi al-Bahra|al-Bahra|ہادی البحرہ|هادي البحرة|هادی البحره|leader:kh:syrian-national-coalition:2023-09-12:2025|SY|President of the Syrian National Coalition|noshort
-|Anas Khattab|Khattab|انس خطاب|أنس خطاب|انس خطاب|minister:SY:2025-03-29:|SY|Interior minister of Syria|noshort
-|Maher al-Sharaa|Maher al-Shara|ماہر الشرع|ماهر الشرع|ماهر الشرع|other:SY:2025:|SY|Secretary-general of the Syrian presidency|noshort
-|Ali Mamlouk|Mamlouk|علی مملوک|علي مملوك|علی مملوک|other:SY:2012:2024-12-08|SY|Assad's national security chief|noshort
-|Suheil al-Hassan|Tiger;al-Hassan|سہیل الحسن|سهيل الحسن|سهیل الحسن|other:SY:2015:2024-12-08|SY|Syrian army commander under Assad (Tiger Forces)|noshort
-|Issam Zahreddine|Zahreddine|عصام زہرالدین|عصام زهر الدين|عصام زهرالدین|other:SY:2012:2017-10-18|SY|Syrian Republican Guard general in Deir ez-Zor, killed 2017|noshort
-|Alexander Dvornikov|Dvornikov|الیگزینڈر دوورنیکوف|ألكسندر دفورنيكوف|الکساندر دوورنیکوف|other:RU:2015-09:2016-06|RU|First commander of Russian forces in Syria|noshort
-|Sergei Surovikin|Surovikin|سرگئی سوروویکن;سوروویکن|سيرغي سوروفيكين;سوروفيكين|سرگئی سوروویکین;سوروویکین|other:RU:2017:2023|RU|Russian general, commander in Syria and Ukraine|
-|Vitaly Churkin|Churkin|وٹالی چرکن;چرکن|فيتالي تشوركين;تشوركين|ویتالی چورکین;چورکین|other:Q1065:2006-04-08:2017-02-20|RU|Russian ambassador to the UN 2006-2017|
-|Sergei Ryabkov|Ryabkov|سرگئی ریابکوف;ریابکوف|سيرغي ريابكوف;ريابكوف|سرگئی ریابکوف;ریابکوف|minister:RU:2008:|RU|Russian deputy foreign minister|
-|Yuri Ushakov|Ushakov|یوری اوشاکوف;اوشاکوف|يوري أوشاكوف;أوشاكوف|یوری اوشاکوف;اوشاکوف|other:RU:2012-05-21:|RU|Foreign policy aide to the Russian president|
-|Igor Konashenkov|Konashenkov|ایگور کوناشینکوف;کوناشینکوف|إيغور كوناشينكوف;كوناشينكوف|ایگور کوناشنکوف;کوناشنکوف|spokesperson:kh:russian-ministry-of-defence:2017:|RU|Spokesman of the Russian defence ministry|
-|Alexander Bortnikov|Bortnikov|الیگزینڈر بورٹنیکوف;بورٹنیکوف|ألكسندر بورتنيكوف;بورتنيكوف|الکساندر بورتنیکوف;بورتنیکوف|other:RU:2008-05-12:|RU|Director of Russia's FSB|
-|Vyacheslav Volodin|Volodin|ویچسلاو وولودن;وولودن|فياتشيسلاف فولودين;فولودين|ویاچسلاو ولودین;ولودین|other:RU:2016-10-05:|RU|Speaker of the State Duma|
-|Valentina Matviyenko|Matviyenko|ویلنٹینا ماتویینکو|فالنتينا ماتفيينكو|والنتینا ماتوینکو|other:RU:2011-09-21:|RU|Speaker of Russia's Federation Council|noshort
-|Ali Akbar Velayati|Velayati|علی اکبر ولایتی;ولایتی|علي أكبر ولايتي;ولايتي|علی‌اکبر ولایتی;ولایتی|other:IR:1997:|IR|Foreign-affairs adviser to Iran's supreme leader|
-|Hossein Jaberi Ansari|Jaberi Ansari|حسین جابری انصاری|حسين جابري أنصاري|حسین جابری انصاری|minister:IR:2016:2020|IR|Iranian deputy foreign minister for Arab and African affairs|noshort
-|Ali Asghar Khaji|Khaji|علی اصغر خاجی|علي أصغر خاجي|علی‌اصغر خاجی|envoy:IR:2019:2024|IR|Senior Iranian envoy on Syria|noshort
-|Eshaq Jahangiri|Jahangiri|اسحاق جہانگیری;جہانگیری|إسحاق جهانغيري;جهانغيري|اسحاق جهانگیری;جهانگیری|other:IR:2013-08-05:2021-08-05|IR|Iran's first vice president 2013-2021|
-|Mohammad Reza Aref|Aref|محمد رضا عارف|محمد رضا عارف|محمدرضا عارف|other:IR:2024-07-29:|IR|Iran's first vice president|noshort
-|Gholam-Hossein Mohseni-Ejei|Mohseni-Ejei|غلام حسین محسنی اژہ ای|غلام حسين محسني إجئي|غلامحسین محسنی اژه‌ای;محسنی اژه‌ای|other:IR:2021-07-01:|IR|Head of Iran's judiciary|noshort
-|Mohammad Ali Jafari|Jafari|محمد علی جعفری|محمد علي جعفري|محمدعلی جعفری|leader:kh:islamic-revolutionary-guard-corps:2007-09-01:2019-04-21|IR|IRGC commander 2007-2019|noshort
-|Amir Ali Hajizadeh|Hajizadeh|امیر علی حاجی زادہ;حاجی زادہ|أمير علي حاجي زاده;حاجي زاده|امیرعلی حاجی‌زاده;حاجی‌زاده|leader:IR:2009:2025-06-13|IR|IRGC aerospace force commander, killed 2025|noshort
-|Hassan Firouzabadi|Firouzabadi|حسن فیروزآبادی|حسن فيروز آبادي|حسن فیروزآبادی;فیروزآبادی|chief_of_staff:IR:1989-09-26:2016-06-28|IR|Chief of staff of Iran's armed forces 1989-2016|noshort
-|Fatemeh Mohajerani|Mohajerani|فاطمہ مہاجرانی|فاطمة مهاجراني|فاطمه مهاجرانی;مهاجرانی|spokesperson:IR:2024-08:|IR|Iranian government spokeswoman|noshort
-|Ali Rabiei|Rabiei|علی ربیعی|علي ربيعي|علی ربیعی;ربیعی|spokesperson:IR:2019-09:2021-08|IR|Iranian government spokesman 2019-2021|noshort
-|Suleyman Soylu|Soylu;Süleyman Soylu|سلیمان صویلو|سليمان صويلو|سلیمان سویلو|minister:TR:2016-08-31:2023-06-04|TR|Turkish interior minister 2016-2023|noshort
-|Devlet Bahceli|Bahceli;Devlet Bahçeli|دولت باغچلی|دولت بهجلي|دولت باغچلی|leader:TR:1997:|TR|Leader of Turkey's Nationalist Movement Party|noshort
-|Ekrem Imamoglu|Imamoglu;Ekrem İmamoğlu|اکرم امام اوغلو|أكرم إمام أوغلو|اکرم امام‌اوغلو|leader:TR:2019:2025-03|TR|Mayor of Istanbul, jailed 2025|noshort
-|Kemal Kilicdaroglu|Kilicdaroglu;Kemal Kılıçdaroğlu|کمال قلیچدار اوغلو|كمال كليتشدار أوغلو|کمال قلیچداراوغلو|leader:TR:2010-05-22:2023-11-05|TR|Turkish opposition leader 2010-2023|noshort
-|Bandar bin Sultan|Prince Bandar|شہزادہ بندر بن سلطان;بندر بن سلطان|بندر بن سلطان;الأمير بندر بن سلطان|بندر بن سلطان|other:SA:2012-07-19:2014-04-15|SA|Saudi intelligence chief 2012-2014|noshort
-|Turki al-Faisal|Prince Turki al-Faisal|ترکی الفیصل|تركي الفيصل|ترکی الفیصل|other:SA:1977:2001|SA|Former Saudi intelligence chief|noshort
-|Abbas Kamel|Kamel|عباس کامل|عباس كامل|عباس کامل|other:EG:2018-06-28:2024-10-16|EG|Egyptian intelligence chief 2018-2024|noshort
-|Bisher Al-Khasawneh|Khasawneh|بشر الخصاونہ|بشر الخصاونة|بشر الخصاونه|prime_minister:JO:2020-10-12:2024-09-15|JO|Prime minister of Jordan 2020-2024|noshort
-|Jafar Hassan|Hassan|جعفر حسان|جعفر حسان|جعفر حسان|prime_minister:JO:2024-09-15:|JO|Prime minister of Jordan|noshort
"""

# More G20 heads of government and EU leaders since 2010
PEOPLE_6 = """
-|Julia Gillard|Gillard|جولیا گیلارڈ;گیلارڈ|جوليا غيلارد;غيلارد|جولیا گیلارد;گیلارد|prime_minister:AU:2010-06-24:2013-06-27|AU|Australian prime minister 2010-2013|
-|Kevin Rudd|Rudd|کیون رڈ|كيفن رود|کوین راد|prime_minister:AU:2013-06-27:2013-09-18|AU|Australian prime minister in 2013|noshort
-|Tony Abbott|Abbott|ٹونی ایبٹ|توني أبوت|تونی ابوت|prime_minister:AU:2013-09-18:2015-09-15|AU|Australian prime minister 2013-2015|noshort
-|Malcolm Turnbull|Turnbull|میلکم ٹرنبل;ٹرنبل|مالكوم تورنبول;تورنبول|مالکوم ترنبول;ترنبول|prime_minister:AU:2015-09-15:2018-08-24|AU|Australian prime minister 2015-2018|
-|Scott Morrison|Morrison|اسکاٹ موریسن;موریسن|سكوت موريسون;موريسون|اسکات موریسون;موریسون|prime_minister:AU:2018-08-24:2022-05-23|AU|Australian prime minister 2018-2022|
-|Silvio Berlusconi|Berlusconi|سلویو برلسکونی;برلسکونی|سيلفيو برلسكوني;برلسكوني|سیلویو برلوسکونی;برلوسکونی|prime_minister:IT:2008-05-08:2011-11-16|IT|Italian prime minister 2008-2011|
-|Mario Monti|Monti|ماریو مونٹی|ماريو مونتي|ماریو مونتی|prime_minister:IT:2011-11-16:2013-04-28|IT|Italian prime minister 2011-2013|noshort
-|Matteo Renzi|Renzi|میٹیو رینزی;رینزی|ماتيو رينزي;رينزي|ماتئو رنتسی;رنتسی|prime_minister:IT:2014-02-22:2016-12-12|IT|Italian prime minister 2014-2016|
-|Giuseppe Conte|Conte|جوزپے کونٹے;کونٹے|جوزيبي كونتي;كونتي|جوزپه کونته;کونته|prime_minister:IT:2018-06-01:2021-02-13|IT|Italian prime minister 2018-2021|
-|Antonio Tajani|Tajani|انتونیو تایانی|أنطونيو تاياني|آنتونیو تایانی|foreign_minister:IT:2022-10-22:|IT|Foreign minister of Italy|noshort
-|Luigi Di Maio|Di Maio|لوئیجی دی مایو|لويجي دي مايو|لوئیجی دی مایو|foreign_minister:IT:2019-09-05:2022-10-22|IT|Italian foreign minister 2019-2022|noshort
-|Naoto Kan|Kan|ناؤتو کان|ناوتو كان|نائوتو کان|prime_minister:JP:2010-06-08:2011-09-02|JP|Japanese prime minister 2010-2011|noshort
-|Yoshihiko Noda|Noda|یوشیہیکو نودا|يوشيهيكو نودا|یوشیهیکو نودا|prime_minister:JP:2011-09-02:2012-12-26|JP|Japanese prime minister 2011-2012|noshort
Q122465|Yoshihide Suga|Suga|یوشیہیدے سوگا|يوشيهيدي سوغا|یوشیهیده سوگا|prime_minister:JP:2020-09-16:2021-10-04|JP|Japanese prime minister 2020-2021|noshort
-|Lee Myung-bak|Lee Myung-bak|لی میونگ باک|لي ميونغ باك|لی میونگ-باک|president:KR:2008-02-25:2013-02-25|KR|South Korean president 2008-2013|noshort
-|Park Geun-hye|Park|پارک گیون ہائے|بارك كون هيه|پارک گون-هه|president:KR:2013-02-25:2017-03-10|KR|South Korean president 2013-2017|noshort
-|Stephen Harper|Harper|اسٹیفن ہارپر;ہارپر|ستيفن هاربر;هاربر|استیون هارپر;هارپر|prime_minister:CA:2006-02-06:2015-11-04|CA|Canadian prime minister 2006-2015|
-|Cristina Fernández de Kirchner|Cristina Kirchner;Kirchner|کرسٹینا فرنانڈیز ڈی کرچنر;کرچنر|كريستينا فرنانديث دي كيرشنر;كيرشنر|کریستینا فرناندز د کرشنر;کرشنر|president:AR:2007-12-10:2015-12-10|AR|President of Argentina 2007-2015|noshort
-|Alberto Fernández|Fernández;Alberto Fernandez|البرٹو فرنانڈیز|ألبرتو فرنانديز|آلبرتو فرناندز|president:AR:2019-12-10:2023-12-10|AR|President of Argentina 2019-2023|noshort
-|Felipe Calderón|Calderon|فیلیپ کالڈرون|فيليبي كالديرون|فلیپه کالدرون|president:MX:2006-12-01:2012-11-30|MX|President of Mexico 2006-2012|noshort
-|Enrique Peña Nieto|Peña Nieto;Pena Nieto|اینریک پینا نیتو|إنريكي بينيا نييتو|انریکه پنیا نیتو|president:MX:2012-12-01:2018-11-30|MX|President of Mexico 2012-2018|noshort
-|Susilo Bambang Yudhoyono|Yudhoyono;SBY|سوسیلو بامبانگ یودھویونو|سوسيلو بامبانغ يودويونو|سوسیلو بامبانگ یودویونو|president:ID:2004-10-20:2014-10-20|ID|President of Indonesia 2004-2014|noshort
-|Michel Temer|Temer|مشیل ٹیمر|ميشال تامر|میشل تمر|president:BR:2016-08-31:2018-12-31|BR|President of Brazil 2016-2018|noshort
-|Herman Van Rompuy|Van Rompuy|ہرمن وان رومپوئی|هيرمان فان رومبوي|هرمان ون رومپوی|leader:Q458:2009-12-01:2014-11-30|BE|President of the European Council 2009-2014|noshort
-|Donald Tusk|Tusk|ڈونلڈ ٹسک;ٹسک|دونالد توسك;توسك|دونالد توسک;توسک|leader:Q458:2014-12-01:2019-11-30,prime_minister:PL:2023-12-13:|PL|Prime minister of Poland, European Council president 2014-2019|
-|Charles Michel|Michel|شارل مشیل|شارل ميشال|شارل میشل|leader:Q458:2019-12-01:2024-11-30|BE|President of the European Council 2019-2024|noshort
-|António Costa|Antonio Costa|انتونیو کوسٹا|أنطونيو كوستا|آنتونیو کوستا|prime_minister:PT:2015-11-26:2024-04-02,leader:Q458:2024-12-01:|PT|President of the European Council|noshort
-|José Manuel Barroso|Barroso|ہوزے مینوئل باروسو|خوسيه مانويل باروسو|ژوزه مانوئل باروسو|leader:kh:european-commission:2004-11-22:2014-10-31|PT|President of the European Commission 2004-2014|noshort
-|Jean-Claude Juncker|Juncker|ژاں کلود جنکر;جنکر|جان كلود يونكر;يونكر|ژان-کلود یونکر;یونکر|leader:kh:european-commission:2014-11-01:2019-11-30|LU|President of the European Commission 2014-2019|
-|Pedro Sánchez|Pedro Sanchez;Sánchez|پیڈرو سانچیز|بيدرو سانشيز|پدرو سانچز|prime_minister:ES:2018-06-02:|ES|Prime minister of Spain|noshort
Q57606|Robert Fico|Fico|رابرٹ فیکو|روبرت فيكو|روبرت فیتسو|prime_minister:SK:2023-10-25:|SK|Prime minister of Slovakia|noshort
-|Viktor Orbán|Orban;Viktor Orban|وکٹر اوربان;اوربان|فيكتور أوربان;أوربان|ویکتور اوربان;اوربان|prime_minister:HU:2010-05-29:|HU|Prime minister of Hungary|
-|Aleksandar Vučić|Vucic|الیگزینڈر ووچچ|ألكسندر فوتشيتش|الکساندر ووچیچ|president:RS:2017-05-31:|RS|President of Serbia|noshort
-|Volkan Bozkir|Bozkir;Volkan Bozkır|ولکان بوزکر|فولكان بوزكير|ولکان بوزکر|other:Q1065:2020-09-15:2021-09-14|TR|President of the UN General Assembly 2020-2021|noshort
"""
