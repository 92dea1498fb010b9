"""Holidays on a fixed day of their calendar (data/holidays.json), counted durations in the
colloquial order, one unit after منذ or an "about" word, a day of a Hijri or Solar Hijri month in a
relative year, منذ/since, and Urdu, Persian and English gaps found in NTREX and SaudiNewsNet text.
Every sentence here was written for these tests; the expected days were computed by hand from the
calendars (Umm al-Qura for Hijri, jdatetime for Solar Hijri)."""

from __future__ import annotations

import pytest

from khabar.temporal import tag


def found(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, lang, published).dates]


def test_a_holidays_note_names_it_and_its_calendar_day():
    # Eid al-Fitr 1436 AH fell on 17 July 2015, three days before the anchor
    note = tag("امتلأت الأسواق خلال أيام عيد الفطر المبارك.", "ar", "2015-07-20").dates[0].note or ""
    assert "Eid al-Fitr" in note and "day 1 of month 10 of the Hijri calendar" in note and "Umm al-Qura" in note


# (what the case shows, text, language, publication date, expected (span, value) list)
CASES = [
    # ---- holidays
    # Eid al-Fitr 1436 AH fell on 17 July 2015, three days before the anchor
    ("a_hijri_holiday_is_its_nearest_occurrence_and_says_so", "امتلأت الأسواق خلال أيام عيد الفطر المبارك.", "ar", "2015-07-20", [("عيد الفطر المبارك", "2015-07-17")]),
    # 10 Dhu al-Hijjah 1436 = 23 September 2015; the Eid al-Adha before 20 July 2015 was 4 October 2014
    ("next_and_last_pick_the_side_of_the_anchor", "تمتد الحملة حتى عيد الأضحى المقبل.", "ar", "2015-07-20", [("عيد الأضحى المقبل", "2015-09-23")]),
    ("next_and_last_pick_the_side_of_the_anchor", "ارتفعت الأسعار منذ عيد الأضحى الماضي.", "ar", "2015-07-20", [("عيد الأضحى الماضي", "2014-10-04")]),
    ("a_hijri_holiday_with_a_gregorian_year_is_its_day_in_that_year", "احتفلت الجالية بعيد الفطر 2014 في المدينة.", "ar", "2016-01-01", [("عيد الفطر 2014", "2014-07-28")]),
    ("persian_holidays_of_both_calendars", "نوروز 1404 با حضور مسافران برگزار شد.", "fa", "2025-05-01", [("نوروز 1404", "2025-03-21")]),
    # last Solar Hijri year (1402) had its Eid al-Adha on 28 June 2023, not the one of 1445 AH in June 2024
    ("persian_holidays_of_both_calendars", "عید قربان سال گذشته بازار شلوغ بود.", "fa", "2024-11-10", [("عید قربان سال گذشته", "2023-06-28")]),
    ("persian_holidays_of_both_calendars", "خانواده‌ها در شب یلدا دور هم جمع شدند.", "fa", "2024-11-10", [("شب یلدا", "2024-12-20")]),
    ("urdu_and_english_holidays", "بقرعید پر مویشی منڈیاں سج گئیں۔", "ur", "2024-05-20", [("بقرعید", "2024-06-16")]),
    ("urdu_and_english_holidays", "یوم دفاع پاکستان پر تقریبات ہوئیں۔", "ur", "2024-09-07", [("یوم دفاع پاکستان", "2024-09-06")]),
    ("urdu_and_english_holidays", "Shops stay open until Christmas Eve.", "en", "2024-12-01", [("Christmas Eve", "2024-12-24")]),
    ("birthday_is_not_christmas", "احتفل اللاعب بعيد ميلاده مع زملائه.", "ar", "2015-07-20", []),
    # ---- counted durations
    ("a_definite_number_before_an_indefinite_plural_unit_is_a_duration", "نفذت القوات خلال الثلاثة أيام الماضية عدة عمليات.", "ar", "2015-07-20", [("الثلاثة أيام الماضية", "P3D")]),
    ("a_definite_number_before_an_indefinite_plural_unit_is_a_duration", "تخطط الشركة لتوسعة خلال الخمس سنوات المقبلة.", "ar", "2015-07-20", [("الخمس سنوات المقبلة", "P5Y")]),
    ("a_definite_number_without_a_modifier_is_no_duration", "اجتمع الخمس الكبار في الرياض.", "ar", "2015-07-20", []),
    ("the_last_word_joins_a_counted_plural", "تضاعفت الصادرات في الأعوام الثلاثة الأخيرة.", "ar", "2015-07-20", [("الأعوام الثلاثة الأخيرة", "P3Y")]),
    ("one_unit_after_since_or_an_about_word", "يحتجزهم المسلحون منذ أكثر من سنة في المنطقة.", "ar", "2015-07-20", [("أكثر من سنة", "P1Y")]),
    ("one_unit_after_since_or_an_about_word", "بقي المصنع مغلقا منذ قرابة عام.", "ar", "2015-07-20", [("قرابة عام", "P1Y")]),
    # a year or a weekday after the unit is the date itself
    ("one_unit_after_since_or_an_about_word", "تعمل الشركة منذ عام 2014 في السوق.", "ar", "2015-07-20", [("عام 2014", "2014")]),
    ("one_unit_after_since_or_an_about_word", "توقف العمل منذ يوم الاثنين.", "ar", "2015-07-22", [("يوم الاثنين", "2015-07-20")]),
    # ---- relative years of other calendars
    # 20 July 2015 is in 1436 AH: 15 Ramadan of the year before is 15 Ramadan 1435 = 12 July 2014
    ("a_hijri_or_solar_hijri_day_in_a_relative_year_counts_that_calendars_years", "وقع الحادث في 15 رمضان من العام الماضي.", "ar", "2015-07-20", [("15 رمضان من العام الماضي", "2014-07-12")]),
    # 10 Nov 2024 is in 1403 SH: 15 Mordad 1402 = 6 Aug 2023
    ("a_hijri_or_solar_hijri_day_in_a_relative_year_counts_that_calendars_years", "این قرارداد ۱۵ مرداد سال گذشته امضا شد.", "fa", "2024-11-10", [("۱۵ مرداد سال گذشته", "2023-08-06")]),
    # ---- since
    # August 2015 is the nearest August to 20 July 2015, but "since August" has already begun
    ("a_day_or_month_after_since_is_the_one_before_the_anchor", "ارتفعت الأسعار منذ أغسطس بنسبة كبيرة.", "ar", "2015-07-20", [("أغسطس", "2014-08")]),
    ("a_day_or_month_after_since_is_the_one_before_the_anchor", "يعتصم العمال منذ 5 يناير أمام المصنع.", "ar", "2015-07-20", [("5 يناير", "2015-01-05")]),
    ("a_day_or_month_after_since_is_the_one_before_the_anchor", "Prices have risen since August.", "en", "2015-07-20", [("August", "2014-08")]),
    ("a_day_or_month_after_since_is_the_one_before_the_anchor", "يعقد المؤتمر في أغسطس.", "ar", "2015-07-20", [("أغسطس", "2015-08")]),
    # ---- Urdu, Persian and English gaps
    # شام is also Syria, so it starts nothing alone; before a clock time it sets the half of the day
    ("urdu_day_part_before_a_clock_time_gives_the_hour", "تقریب شام 7 بجے ہو گی۔", "ur", "2018-10-01", [("7 بجے", "T19:00")]),
    ("urdu_day_part_before_a_clock_time_gives_the_hour", "اجلاس رات 10 بجے ختم ہوا۔", "ur", "2018-10-01", [("10 بجے", "T22:00")]),
    ("urdu_day_part_before_a_clock_time_gives_the_hour", "وفد دوپہر گیارہ بجے پہنچا۔", "ur", "2018-10-01", [("گیارہ بجے", "T11:00")]),
    ("urdu_day_part_before_a_clock_time_gives_the_hour", "ملک شام میں جنگ جاری ہے۔", "ur", "2018-10-01", []),
    ("urdu_relative_tomorrow_and_yesterday_with_their_adjective", "وہ گزشتہ کل لاہور پہنچے۔", "ur", "2018-10-01", [("گزشتہ کل", "2018-09-30")]),
    ("urdu_relative_tomorrow_and_yesterday_with_their_adjective", "اجلاس آئندہ کل ہو گا۔", "ur", "2018-10-01", [("آئندہ کل", "2018-10-02")]),
    ("urdu_june_before_a_postposition_and_a_digit_ordinal_century", "یہ معاہدہ جون میں ہوا تھا۔", "ur", "2018-10-01", [("جون", "2018-06")]),
    ("urdu_june_before_a_postposition_and_a_digit_ordinal_century", "یہ عمارت 19 ویں صدی میں بنی۔", "ur", "2018-10-01", [("19 ویں صدی", "18")]),
    ("persian_weak_weekday_with_a_day_part_and_a_decade_in_digits", "این حادثه صبح جمعه رخ داد.", "fa", "2018-10-01", [("صبح جمعه", "2018-09-28TMO")]),
    ("persian_weak_weekday_with_a_day_part_and_a_decade_in_digits", "نماز جمعه در تهران برگزار شد.", "fa", "2018-10-01", []),
    ("persian_weak_weekday_with_a_day_part_and_a_decade_in_digits", "این ماجرا در دهه ۱۹۸۰ رخ داده است.", "fa", "2018-10-01", [("دهه ۱۹۸۰", "198")]),
    ("english_this_morning_and_a_month_of_last_year", "The minister spoke this morning in Kabul.", "en", "2018-10-01", [("this morning", "2018-10-01TMO")]),
    ("english_this_morning_and_a_month_of_last_year", "Riot officers were called in October last year.", "en", "2018-10-01", [("October last year", "2017-10")]),
    # ---- Arabic: "this year" that names its year, and a half of the bare definite year
    ("this_year_with_its_year_is_one_expression", "ارتفعت المبيعات خلال هذا العام 2015 بنسبة كبيرة.", "ar", "2015-08-07", [("هذا العام 2015", "2015")]),
    ("this_year_with_its_year_is_one_expression", "تراجعت الأرباح في العام الجاري 2016 مقارنة بالعام الماضي.", "ar", "2015-08-07", [("العام الجاري 2016", "2016"), ("العام الماضي", "2014")]),
    ("this_year_with_its_year_is_one_expression", "وصل الوفد في هذا العام 1436 هـ إلى المدينة.", "ar", "2015-08-07", [("هذا العام", "2015"), ("1436 ه", "2014-10-25/2015-10-13")]),
    ("a_half_of_the_definite_year_is_of_the_current_year", "ويتوقع المحللون تحسنا في النصف الثاني من العام.", "ar", "2015-08-07", [("النصف الثاني من العام", "2015-H2")]),
    # ---- stop 20: bare years, decimals, ages, surnames (SaudiNewsNet read, no TimeML change)
    # 1435 AH ran from 4 Nov 2013 to 24 Oct 2014; a Gregorian 1435 would be medieval
    ("a_bare_year_near_the_hijri_year_is_hijri", "بدأ العمل بالنظام الإلكتروني عام 1435 في جميع المنافذ.", "ar", "2015-08-06", [("عام 1435", "2013-11-04/2014-10-24")]),
    ("a_bare_year_far_from_it_stays_gregorian", "فتح العثمانيون القسطنطينية عام 1453 بعد حصار طويل.", "ar", "2015-08-06", [("عام 1453", "1453")]),
    # an Urdu translation of a Persian report: 1403 SH began on 20 March 2024
    ("a_bare_urdu_year_near_the_solar_hijri_year_is_solar_hijri", "یہ منصوبہ سنہ 1403 میں مکمل ہوا۔", "ur", "2024-12-10", [("سنہ 1403", "2024-03-20/2025-03-20")]),
    ("a_decimal_number_of_years_is_one_duration", "تحسنت قدراتهم بواقع 7.5 عام على مدى الدراسة، ولمدة 1.5 ساعة يوميا.", "ar", "2015-08-06", [("7.5 عام", "P7.5Y"), ("1.5 ساعة", "PT1.5H"), ("يوميا", "P1D")]),
    ("a_clock_time_with_a_decimal_point", "تبدأ العروض في الساعة 10.30 صباحا.", "ar", "2015-08-06", [("الساعة 10.30 صباحا", "T10:30")]),
    ("a_decade_of_life_is_an_age", "النساء في العشرينات من العمر أكثر عرضة، كما في الستينات.", "ar", "2015-08-06", [("الستينات", "196")]),
    ("monthly_after_a_title_is_a_family_name", "وقال المهندس الشهري إن الراتب الشهري سيرتفع.", "ar", "2015-08-06", [("الشهري", "P1M")]),
    # a paper dated Sunday 9 August 2015 reports "yesterday, Friday": written a day before its date
    ("a_stated_weekday_before_the_reading_moves_a_relative_day", "ألقت الجهات الأمنية القبض على مواطن أمس الجمعة.", "ar", "2015-08-09", [("أمس الجمعة", "2015-08-07")]),
    ("a_dateline_never_leads", "تقام المباراة غدا الثلاثاء في الرياض.", "ar", "2015-08-09", [("غدا الثلاثاء", "2015-08-10")]),
    ("newspapers_named_today_are_no_date", "رغد عشميل – عين اليوم: وصلت اليوم الطائرة، كما نشرت صحيفة اليوم.", "ar", "2015-08-09", [("اليوم", "2015-08-09")]),
    ("metres_are_no_year", "يبلغ طوله 640 م وارتفاعه 180 م، وقد بني عام 1921م.", "ar", "2015-08-09", [("عام 1921م", "1921")]),
    ("general_managers_are_no_two_years", "اجتمع وكلاء الوزارات ومدراء عامين لمدة عامين.", "ar", "2015-08-09", [("عامين", "P2Y")]),
    ("a_weekday_after_a_given_name_is_a_family_name", "وماذا عن بيان أحمد الخميس؟ وصل الوفد الخميس إلى الرياض.", "ar", "2015-07-23", [("الخميس", "2015-07-23")]),
    ("a_half_of_the_definite_year_is_of_the_current_year", "أعلنت الشركة نتائج الربع الأول من السنة المالية.", "ar", "2015-08-07", []),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_expression(text: str, lang: str, published: str, expected: list[tuple[str, str]]):
    assert found(text, lang, published) == expected
