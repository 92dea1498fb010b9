"""Dates stage: grammar and calendar unit cases (sentences written for these tests), the
seed gold (read from ../shared at run time), the pinned evaluation floors, the store timeline."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from khabar.document import Article, content_hash
from khabar.temporal import tag

ROOT = Path(__file__).resolve().parents[1]


def values(text: str, lang: str, published: str | None = None) -> dict[str, str | None]:
    return {t.text: t.value for t in tag(text, lang, published).dates}


# --------------------------------------------------------------------- calendars and grammar
def test_fast_key_map_equals_normalize_key_with_map(seeds_dir):
    from khabar.normalize import key_with_map
    from khabar.temporal.keymap import fast_key_with_map

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    texts.append("بِسْمِ ـــ الرَّحْمٰنِ ﻻ سه\u200cشنبه ۱۴۰۳ İstanbul \u200f٢٠٢٤ \U0001F600 x")
    for text in texts:
        slow, fast = key_with_map(text), fast_key_with_map(text)
        assert fast.key == slow.key
        n = len(slow.key)
        for s in range(0, n, 7):
            for e in (s + 1, min(n, s + 9)):
                assert fast.to_original(s, e) == slow.to_original(s, e)


def test_persian_month_and_digits_map_back_to_display_offsets():
    text = "روز ۱۷ آذر ۱۴۰۳ جلسه برگزار شد."
    [t] = tag(text, "fa").dates
    assert t.value == "2024-12-07" and t.calendar == "jalali"
    assert text[t.start : t.end] == "۱۷ آذر ۱۴۰۳"


def test_hijri_month_with_suffix_uses_umm_al_qura():
    [t] = tag("وصل الوفد في ١٥ رمضان ١٤٤٥ هـ إلى المدينة.", "ar").dates
    assert (t.value, t.calendar) == ("2024-03-25", "hijri")


def test_arabic_ordinal_days_and_levantine_months():
    v = values("عقد الاجتماع في الحادي والعشرين من مارس 2020 ثم في كانون الثاني 2021.", "ar")
    assert v["الحادي والعشرين من مارس 2020"] == "2020-03-21"
    assert v["كانون الثاني 2021"] == "2021-01"


def test_alternative_month_names_and_the_word_month():
    assert values("وصل في 8 كانون الأول/ديسمبر 2024 إلى دمشق", "ar") == {"8 كانون الأول/ديسمبر 2024": "2024-12-08"}
    [t] = tag("جلسه روز ۱۸ آذر ماه ۱۴۰۳ برگزار شد", "fa").dates
    assert (t.value, t.calendar) == ("2024-12-08", "jalali")
    assert values("on the 8th of December 2024", "en") == {"8th of December 2024": "2024-12-08"}


def test_a_month_named_twice_is_one_expression():
    # Arab papers give a month under both its names: with a slash, side by side or in brackets
    assert values("زار دمشق في شهر تموز يوليو 2009.", "ar") == {"شهر تموز يوليو 2009": "2009-07"}
    assert values("عقد الاجتماع في 5 آذار (مارس) 2010.", "ar") == {"5 آذار (مارس) 2010": "2010-03-05"}
    assert values("زار دمشق في مارس آذار الماضي.", "ar", "2010-05-10") == {"مارس آذار الماضي": "2010-03"}


def test_the_first_of_two_days_takes_the_month_of_the_second_in_every_language():
    assert values("جشنواره از ۲۰ تا ۲۵ آبان ۱۴۰۳ برگزار می‌شود.", "fa") == {"۲۰": "2024-11-10", "۲۵ آبان ۱۴۰۳": "2024-11-15"}
    assert values("میلہ 20 سے 25 نومبر 2024 تک جاری رہے گا۔", "ur") == {"20": "2024-11-20", "25 نومبر 2024": "2024-11-25"}
    assert values("تعقد الدورة من 20 إلى 25 نوفمبر 2024.", "ar") == {"20": "2024-11-20", "25 نوفمبر 2024": "2024-11-25"}
    assert values("پانچ سے دس دن لگیں گے۔", "ur") == {"دس دن": "P10D"}  # no date after سے: no day


def test_a_persian_month_of_this_or_last_year():
    # published 2024-10-10 = 19 Mehr 1403: "this year" is 1403, "last year" 1402, in the month's own calendar
    v = values("عراقچی از مرداد امسال وزیر است و در اسفند سال گذشته به مسکو رفت.", "fa", "2024-10-10")
    assert v == {"مرداد امسال": "2024-07-22/2024-08-21", "اسفند سال گذشته": "2024-02-20/2024-03-19"}
    assert values("در ژانویه امسال نشست برگزار شد.", "fa", "2024-10-10") == {"ژانویه امسال": "2024-01"}


def test_a_persian_relative_year_is_a_solar_hijri_year():
    # 9 March 2025 is 19 Esfand 1403: "next year" (1404) begins 12 days later, not in 2026
    v = values("سال آینده انتخابات برگزار می‌شود و امسال قیمت‌ها بالا رفت.", "fa", "2025-03-09")
    assert v == {"سال آینده": "2025-03-21/2026-03-20", "امسال": "2024-03-20/2025-03-20"}


def test_english_abbreviated_months_weekday_lead_and_seasons():
    v = values("Talks resumed on Sept. 3, 2019, and on Tuesday, Dec. 10, the agency acted.", "en", "2024-06-10")
    assert v == {"Sept. 3, 2019": "2019-09-03", "Tuesday, Dec. 10": "2024-12-10"}
    assert values("They met on Aug 3 and the vote is on May 15.", "en", "2024-06-10") == {"Aug 3": "2024-08-03",
                                                                                        "May 15": "2024-05-15"}
    assert values("It may 15 times.", "en", "2024-06-10") == {}
    assert values("Last summer the war ended, and emissions must fall.", "en", "2024-06-10") == {"Last summer": "2023-SU"}
    assert values("The law passed in the 18th century.", "en") == {"18th century": "17"}
    # the tense before the date picks the side of the publication date (nearest otherwise)
    assert values("The talks will resume on Jan. 15.", "en", "2024-06-10") == {"Jan. 15": "2025-01-15"}
    assert values("The vote was held on Jan. 15.", "en", "2024-06-10") == {"Jan. 15": "2024-01-15"}


def test_solar_hijri_year_alone_covers_its_gregorian_days():
    [t] = tag("در سال ۱۴۰۳ ه.ش", "fa").dates
    assert (t.value, t.calendar) == ("2024-03-20/2025-03-20", "jalali")


def test_year_suffixes_and_spelled_urdu_years():
    v = values("پاکستان 14 اگست 1947ء کو آزاد ہوا اور سنہ دو ہزار گیارہ میں", "ur")
    assert v["14 اگست 1947ء"] == "1947-08-14"
    assert v["سنہ دو ہزار گیارہ"] == "2011"
    # a round number in words is a count unless marked as a year
    assert values("زلزلے میں دو ہزار سے زائد افراد ہلاک ہو گئے۔", "ur") == {}
    assert values("سن دو ہزار میں انتخابات ہوئے۔", "ur") == {"سن دو ہزار": "2000"}


def test_urdu_hafta_is_week_or_saturday_by_context():
    dates = tag("وزیر اعظم اسی ہفتے لاہور جائیں گے اور ہفتے کو خطاب کریں گے۔", "ur", "2024-05-01").dates
    got = [(t.text, t.value) for t in dates]
    assert got == [("اسی ہفتے", "2024-W18"), ("ہفتے", "2024-05-04")]  # 2024-05-04 is the next Saturday


def test_relative_expressions_resolve_against_the_publication_date():
    v = values("قال المسؤول أمس إن الشهر الماضي شهد تحسنا.", "ar", "2015-12-24")
    assert v == {"أمس": "2015-12-23", "الشهر الماضي": "2015-11"}
    assert values("دیروز و هفته گذشته", "fa", "2024-05-01") == {"دیروز": "2024-04-30", "هفته گذشته": "2024-W17"}
    assert values("آئندہ مارچ تک", "ur", "2024-12-09") == {"آئندہ مارچ": "2025-03"}
    # a part of the day after a relative day, in Urdu as in the other languages (کل by the verb's tense)
    assert values("آج صبح زلزلہ آیا اور کل رات حملہ ہوا۔", "ur", "2024-06-10") == {"آج صبح": "2024-06-10TMO",
                                                                                "کل رات": "2024-06-09TNI"}


def test_durations_and_sets():
    assert values("گزشتہ 48 گھنٹے میں بارش ہوئی۔", "ur") == {"گزشتہ 48 گھنٹے": "PT48H"}
    assert values("Talks lasted 48 hours.", "en") == {"48 hours": "PT48H"}
    assert values("استمرت المفاوضات يومين", "ar") == {"يومين": "P2D"}
    assert values("یہ میلہ ہر سال لگتا ہے۔", "ur") == {"ہر سال": "P1Y"}
    # dual unit nouns with the article, and a year before a unit noun is no count of years
    assert values("خلال الشهرين الماضيين ارتفعت الأسعار.", "ar") == {"الشهرين الماضيين": "P2M"}
    assert values("وصل الوفد خلال الأسبوعين الماضيين.", "ar") == {"الأسبوعين الماضيين": "P2W"}
    assert values("In 2010 days were long and hot.", "en") == {}
    assert "P300D" in values("قال إن 300 يوم مرت على الحصار.", "ar").values()


def test_solar_hijri_year_with_gregorian_month_is_repaired_with_evidence():
    [a, b] = tag("کانفرنس 10 دسمبر 1403 کو (30 نومبر 2024) ہوئی۔", "ur").dates
    assert (a.value, a.calendar) == ("2024-11-30", "jalali")
    assert "Azar" in (a.note or "") and "2024-11-30" in (a.note or "")
    assert b.value == "2024-11-30"


def test_weekday_contradiction_picks_the_consistent_reading():
    # one Solar Hijri date in the article; 20 December 2024 was a Friday, 20 Azar 1403 a Tuesday
    text = "مذاکرات 5 دسمبر 1403 کو شروع ہوئے اور 20 دسمبر بروز منگل ختم ہوئے۔"
    dates = tag(text, "ur").dates
    last = dates[-1]
    assert last.value == "2024-12-10" and last.calendar == "jalali"
    assert "Tuesday" in (last.note or "")
    # without Solar Hijri evidence the Gregorian reading stays, with the contradiction noted
    [only] = tag("جلسہ 5 جنوری بروز منگل ہوا۔", "ur", "2025-01-20").dates
    assert only.calendar == "gregorian" and "Tuesday" in (only.note or "")


def test_publication_date_from_an_anniversary():
    r = tag("On the fifth anniversary of the Syrian uprising, officials met today.", "en")
    assert r.published is not None and r.published.day.isoformat() == "2016-03-15"
    assert {t.text: t.value for t in r.dates}["today"] == "2016-03-15"


def test_publication_date_from_this_week_and_a_known_event():
    text = "فوج نے اسی ہفتے حلب کے مشرقی حصے کا کنٹرول حاصل کیا۔ صدر نے اتوار کو بیان دیا۔"
    r = tag(text, "ur")
    assert r.published is not None and r.published.day.isoformat() == "2016-12-25"  # Sunday of that week
    assert {t.text: t.value for t in r.dates}["اتوار"] == "2016-12-25"


def test_a_later_month_bounds_the_publication_date_from_below():
    # an old full date (a 1953 execution) and a later month (September 2009): the article is not from 1953
    text = "آنها در 19 ژوئن 1953 اعدام شدند. او در سپتامبر 2009 به حبس ابد محکوم شد و دیروز آزاد شد."
    r = tag(text, "fa")
    assert r.published is not None and r.published.day >= dt.date(2009, 9, 1), r.published
    assert {t.text: t.value for t in r.dates}["دیروز"] >= "2009-08-31"


def test_stage_keeps_metadata_and_infers_when_missing():
    from khabar.stages.dates import annotate

    a = annotate(Article(id="m", text="گزشتہ روز اجلاس ہوا۔", lang="ur", published="2020-02-02"))
    assert a.published_source == "metadata" and a.dates[0].value == "2020-02-01"
    b = annotate(Article(id="c", text="اجلاس 3 مارچ 2021ء کو ہوا اور گزشتہ روز ختم ہوا۔", lang="ur"))
    assert b.published_source == "content" and b.published == "2021-03-03" and 0 < (b.published_confidence or 0) < 1


def test_stage_is_registered():
    import khabar.stages.dates  # noqa: F401
    from khabar.pipeline import _REGISTRY

    spec = _REGISTRY["dates"]
    assert spec.requires == ("text", "lang") and spec.assigns == ("dates", "published")


# --------------------------------------------------------------------- seeds and floors
def test_seeds_every_gold_date(shared):
    from khabar.eval.dates import score_seeds

    res = score_seeds(shared)
    assert res["misses"] == [] and res["value_acc"] == 1.0


def test_seeds_with_the_shared_scorer(shared, tmp_path):
    """The same result through shared/tools/score_seeds.py on a JSONL export."""
    from khabar.stages.dates import annotate

    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    out = tmp_path / "export.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for doc_id, g in gold["documents"].items():
            art = annotate(Article(id=doc_id, text=(shared / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8"), lang=g["lang"]))
            f.write(json.dumps(art.to_record(), ensure_ascii=False) + "\n")
    proc = subprocess.run([sys.executable, str(shared / "tools" / "score_seeds.py"), str(out), str(shared / "gold" / "seeds.json"), "dates", "1.0"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_scores_meet_pinned_floors(shared):
    from khabar.eval.dates import evaluate, flat_scores

    floors = json.loads((ROOT / "eval" / "floors" / "dates.json").read_text(encoding="utf-8"))
    scores = flat_scores(evaluate(shared))
    low = {k: (scores.get(k), v) for k, v in floors.items() if scores.get(k, -1) < v}
    assert not low, f"below floor (got, floor): {low}"


# --------------------------------------------------------------------- store and timeline
def test_timeline_from_the_store(tmp_path):
    from khabar.stages.dates import annotate
    from khabar.storage import open_store
    from khabar.temporal.timeline import timeline

    arts = [
        annotate(Article(id="a", text="اجلاس 3 مارچ 2021ء کو ہوا۔ اگلا اجلاس 9 جنوری 2020ء کو ہوا تھا۔", lang="ur", outlet="X")),
        annotate(Article(id="b", text="عقد الاجتماع في الثامن من ديسمبر 2024.", lang="ar", outlet="Y")),
    ]
    for a in arts:
        a.content_hash = content_hash(a.text)
    store = open_store(str(tmp_path / "t.db"))
    store.put_articles(arts)
    rows = timeline(store)
    assert [r.value for r in rows] == ["2020-01-09", "2021-03-03", "2024-12-08"]
    assert rows[0].outlet == "X" and rows[0].lang == "ur" and "9 جنوری" in rows[0].sentence
    assert rows[-1].lang == "ar" and rows[-1].outlet == "Y"


def test_timeline_for_an_entity(tmp_path):
    from khabar.document import Entity, Mention
    from khabar.stages.dates import annotate
    from khabar.storage import open_store
    from khabar.temporal.timeline import timeline

    a = annotate(Article(id="a", text="اسد نے 3 مارچ 2021ء کو خطاب کیا۔", lang="ur", outlet="X"))
    a.entities = [Entity(id="Q1", name="Bashar al-Assad", type="PER", mentions=[Mention("اسد", 0, 3)])]
    b = annotate(Article(id="b", text="عقد الاجتماع في الثامن من ديسمبر 2024.", lang="ar", outlet="Y"))
    for art in (a, b):
        art.content_hash = content_hash(art.text)
    store = open_store(str(tmp_path / "t.db"))
    store.put_articles([a, b])
    by_name = timeline(store, entity="Bashar al-Assad")
    assert [(r.article_id, r.value) for r in by_name] == [("a", "2021-03-03")]
    assert [r.article_id for r in timeline(store, entity="اسد")] == ["a"]
    assert timeline(store, entity="nobody") == []
