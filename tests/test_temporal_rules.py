"""Rules and fast paths added to the temporal tagger in the speed/accuracy pass (issue 4):
coordinated days, a month of a relative year, weak Arabic month names after a preposition,
seasons with a year, the figurative غد, the cue-word windows and the vectorised key form.
Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from khabar.temporal import tag
from khabar.temporal.grammar import Grammar
from khabar.temporal.lexicon import lexicon

DCT = "2015-12-24"


def found(text: str, lang: str = "ar", published: str | None = DCT) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, lang, published).dates]


# ------------------------------------------------------------------ coordinated days
def test_first_of_two_coordinated_days_takes_the_month_and_year_of_the_second():
    got = found("تعقد الورشة يومي 12 و 13 مارس 2017 في المنامة.")
    assert ("12", "2017-03-12") in got
    assert ("13 مارس 2017", "2017-03-13") in got


def test_day_range_with_ila_and_a_glued_waw():
    assert ("4", "2018-02-04") in found("يستمر المهرجان من 4 إلى 9 فبراير 2018 في عمان.")
    assert ("21", "2019-07-21") in found("أقيمت البطولة في 21 و22 يوليو 2019.")


def test_coordinated_day_inherits_a_relative_modifier():
    # "next May" from December 2015 is May 2016, for both days
    got = dict(found("ينظم المعرض يومي 3 و 4 مايو المقبل."))
    assert got["3"] == "2016-05-03" and got["4 مايو المقبل"] == "2016-05-04"


def test_a_backwards_range_is_not_read_as_coordinated_days():
    got = found("من 9 إلى 4 فبراير 2018")
    assert ("9", "2018-02-09") not in got and all(t != "9" for t, _ in got)


def test_day_number_with_min_before_the_month_and_the_glued_article():
    assert found("ولدت في 9 من أغسطس 1981 في حلب.") == [("9 من أغسطس 1981", "1981-08-09")]
    assert found("تفتح الأبواب في الـ14 من فبراير المقبل.") == [("الـ14 من فبراير المقبل", "2016-02-14")]


# ------------------------------------------------------------------ relative units
def test_unit_before_last():
    assert found("بلغ الإنتاج ذروته في العام قبل الماضي.") == [("العام قبل الماضي", "2013")]
    assert found("وصلت الشحنة في الشهر قبل الماضي.") == [("الشهر قبل الماضي", "2015-10")]


def test_counted_definite_plural_is_a_duration():
    assert found("تراجعت المبيعات خلال الأشهر الأربعة الماضية.") == [("الأشهر الأربعة الماضية", "P4M")]
    assert found("ستبقى اللجنة هنا الأيام الخمسة المقبلة.") == [("الأيام الخمسة المقبلة", "P5D")]
    assert found("تغير الكثير في السنوات الأخيرة.") == [("السنوات الأخيرة", "PAST_REF")]


# ------------------------------------------------------------------ month of a relative year
def test_month_of_last_year():
    assert found("وقعت الحادثة في أكتوبر من العام الماضي.") == [("أكتوبر من العام الماضي", "2014-10")]


def test_month_of_next_year_with_the_word_month():
    assert found("يبدأ التطبيق في شهر فبراير من العام المقبل.") == [("شهر فبراير من العام المقبل", "2016-02")]


# ------------------------------------------------------------------ weak Arabic month names
def test_weak_month_name_after_a_preposition_is_a_month():
    assert found("تنطلق الحملة في رمضان لجمع التبرعات.") != []
    got = dict(found("افتتح الجسر في مارس بحضور الوزير."))
    assert got == {"مارس": "2016-03"}  # the March nearest the reference date


def test_persian_month_name_in_arabic_script_is_not_a_month_after_fi():
    # دي is Dey (Solar Hijri) but also the "De/Des" of transliterated names
    assert found("نشرت الصحيفة إعلانا في دي موين هذا الأسبوع.") == [("هذا الأسبوع", "2015-W52")]


def test_weak_month_name_as_a_verb_or_inside_a_word_is_not_a_month():
    assert found("مارس السباحة منذ طفولته.") == []
    # باب (door, chapter) with the proclitic ب taken off is not آب (August)
    assert found("نشرت المجلة في باب الرأي مقالا طويلا.") == []


# ------------------------------------------------------------------ seasons
def test_season_with_a_year_and_with_last_year():
    assert found("في صيف 2012 انتقل إلى دبي.") == [("صيف 2012", "2012-SU")]
    assert found("في شتاء العام الماضي تساقطت الثلوج.") == [("شتاء العام الماضي", "2014-WI")]
    assert found("spent the summer of 2009 in Lahore", "en") == [("summer of 2009", "2009-SU")]


# ------------------------------------------------------------------ figurative tomorrow
def test_bare_indefinite_ghad_is_not_tomorrow():
    assert found("نعمل معا من أجل غد أفضل للجميع.") == []


def test_ghadan_and_yawm_ghad_are_tomorrow():
    assert found("يصل الفريق غدا إلى الدوحة.") == [("غدا", "2015-12-25")]
    assert ("غد", "2015-12-25") in found("تعلن النتائج يوم غد.")
    assert found("تعلن النتائج بعد غد.") == [("بعد غد", "2015-12-26")]


# ------------------------------------------------------------------ cue-word windows
FILLER_AR = "وقال المتحدث إن اللجنة ستواصل عملها وفق الخطة المعتمدة دون أي تغيير يذكر. " * 30


def test_dates_far_apart_in_a_long_text_are_all_found_with_their_offsets():
    a = "افتتح المعرض في 3 مارس 2014 بحضور الوزير. "
    b = "وأغلق أبوابه أمس بعد زيارة آلاف الزوار. "
    text = a + FILLER_AR + b
    got = tag(text, "ar", DCT).dates
    assert [(t.text, t.value) for t in got] == [("3 مارس 2014", "2014-03-03"), ("أمس", "2015-12-23")]
    assert all(text[t.start : t.end] == t.text for t in got)


def test_text_without_any_date_cue_is_not_tokenised():
    g = Grammar(lexicon(), "ar")
    assert g.scan(FILLER_AR) == [] and g.n == 0


def test_modifier_words_alone_are_not_tokenised_but_start_an_expression_next_to_a_cue():
    g = Grammar(lexicon(), "ar")
    g.scan("هذه المسألة مهمة. هذا الرأي قديم. " * 5)
    assert g.n == 0  # هذه/هذا are no cue by themselves
    assert found("هذا العام كان صعبا على الجميع.") == [("هذا العام", "2015")]


def test_a_word_glued_with_an_underscore_is_not_a_cue():
    assert found("یہ ایک کل_ہند تنظیم ہے جو ملک بھر میں کام کرتی ہے۔", "ur", None) == []


def test_same_dates_whether_tagged_alone_or_inside_a_long_text():
    sents = ["سافر الوفد إلى جنيف يوم الخميس الماضي. ", "وعاد في 17 نوفمبر 2015 بعد جولة طويلة. ",
             "وسيعقد اجتماع آخر الشهر المقبل في القاهرة. "]
    alone = [(t.text, t.value) for s in sents for t in tag(s, "ar", DCT).dates]
    joined = [(t.text, t.value) for t in tag(FILLER_AR.join(sents), "ar", DCT).dates]
    assert alone == joined and len(alone) == 3


# ------------------------------------------------------------------ vectorised key form
def test_numpy_key_path_keeps_offsets_with_dropped_characters():
    from khabar.normalize import key_with_map
    from khabar.temporal.keymap import _numpy_key, fast_key_with_map

    text = "بِسْمِ اللّٰهِ ـــ في يومِ ١٤ آذار ٢٠٢٤ كانت الجلسة\u200c الأولى " * 4
    fast = _numpy_key(text)
    assert fast is not None  # no expanding or astral characters: the vectorised path is taken
    slow = key_with_map(text)
    assert fast.key == slow.key and fast_key_with_map(text).key == slow.key
    n = len(slow.key)
    for s in range(0, n, 5):
        for e in (s + 1, min(n, s + 11)):
            assert fast.to_original(s, e) == slow.to_original(s, e)


def test_numpy_key_path_falls_back_on_ligatures_and_astral_characters():
    from khabar.normalize import key_with_map
    from khabar.temporal.keymap import _numpy_key, fast_key_with_map

    for extra in ("\ufefb", "\U0001F600", "İ"):
        text = "كتب المراسل تقريرا مطولا عن الأحداث " * 3 + extra + " في 5 مايو"
        assert _numpy_key(text) is None
        assert fast_key_with_map(text).key == key_with_map(text).key


def test_calendar_conversions_are_memoised_and_still_right():
    from khabar.temporal.calendars import from_gregorian, to_gregorian

    assert to_gregorian("jalali", 1403, 9, 18) == dt.date(2024, 12, 8)
    assert to_gregorian("jalali", 1403, 9, 18) is to_gregorian("jalali", 1403, 9, 18)
    assert from_gregorian("hijri", dt.date(2024, 12, 8)) == (1446, 6, 7)


# ------------------------------------------------------------------ Urdu: sentence-level context
def test_urdu_modifier_opening_a_sentence_is_read():
    got = found("بارش بہت ہوئی۔ گزشتہ سال بھی سیلاب آیا تھا۔", "ur", "2019-06-15")
    assert ("گزشتہ سال", "2018") in got


def test_urdu_tense_verb_far_after_the_weekday_is_still_seen():
    # the future auxiliary گے comes more than 140 characters after اتوار, in the same sentence
    filler = "وزیر اعظم کے ساتھ صوبائی وزرا اور اعلیٰ سرکاری افسران بھی شہر کے مختلف علاقوں میں ترقیاتی منصوبوں کے تفصیلی جائزے کے لیے موجود ہوں اور "
    text = "اتوار کو " + filler + "عوام سے خطاب بھی کریں گے۔"
    assert text.index(" گے") > 140
    # 2019-06-15 is a Saturday: the coming Sunday (future verb), not the one before
    assert dict(found(text, "ur", "2019-06-15")) == {"اتوار": "2019-06-16"}


def test_modifier_opening_a_later_sentence_is_read_in_english():
    got = found("The talks stalled again. Last week, the envoy left Geneva.", "en", "2019-06-15")
    assert ("Last week", "2019-W23") in got
