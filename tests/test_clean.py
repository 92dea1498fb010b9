"""Cleaning: the seeds' gold boilerplate goes, every body line stays; hand-built pages for the rest."""

import re

from khabar.ingest import iter_articles
from khabar.stages.clean import clean_text, make_clean_stage
from khabar.config import Config
from khabar.document import Article


def _gold_lines(doc):
    lines = [re.sub(r"\s*\(repeated title copies\)$", "", ln) for ln in doc["boilerplate"]]
    return lines


def test_seeds_remove_exactly_the_gold_boilerplate(seeds_dir, seeds_gold):
    for art in iter_articles([seeds_dir]):
        gold = seeds_gold["documents"][art.id]
        res = clean_text(art.raw)
        body_lines = [ln.strip() for ln in art.raw.splitlines() if ln.strip()]
        wanted_gone = set(_gold_lines(gold)) | ({gold["title"]} if gold.get("title") else set())
        removed = set(res.removed)
        assert removed == wanted_gone & set(body_lines), (art.id, removed ^ wanted_gone)
        for ln in body_lines:
            if ln in wanted_gone:
                assert ln not in res.text.split("\n"), (art.id, ln)
            else:
                assert ln in res.text.split("\n"), (art.id, "body line lost", ln[:50])
        if gold.get("title"):
            assert res.title == gold["title"]


def test_seed_datelines_are_metadata_and_text_is_untouched(seeds_dir):
    arts = {a.id: a for a in iter_articles([seeds_dir])}
    res = clean_text(arts["004_2169a383d6b7bf3d"].raw)
    assert res.dateline == "تہران (جیوڈیسک)"
    assert res.text.startswith("تہران (جیوڈیسک)")


PAGE = """بریکنگ نیوز
پٹرول کی قیمت میں اضافہ -
کرکٹ ٹیم کا اعلان -

اسلام آباد (نامہ نگار) وزیر اعظم نے آج کابینہ کے اجلاس میں کہا کہ حکومت مہنگائی پر قابو پانے کے لیے نئے اقدامات کرے گی اور عوام کو ریلیف دیا جائے گا۔
انہوں نے بتایا کہ ٹوئٹر اور فیس بک پر پھیلنے والی افواہوں کا نوٹس لیا گیا ہے اور متعلقہ اداروں کو تحقیقات کا حکم دیا گیا ہے تاکہ حقائق سامنے آئیں۔
4512.jpg
اجلاس میں وزیر خزانہ نے معیشت کی صورتحال پر تفصیلی بریفنگ دی اور آئندہ بجٹ کی تیاریوں سے بھی کابینہ کو آگاہ کیا گیا جس پر ارکان نے اطمینان ظاہر کیا۔
Share
ہمیں فیس بک اور ٹوئٹر پر فالو کریں
پچھلی خبر بارش سے نظام زندگی مفلوج
"""


def test_urdu_page_tickers_footer_and_body_mentioning_social_media():
    res = clean_text(PAGE)
    assert res.removed == ["بریکنگ نیوز", "پٹرول کی قیمت میں اضافہ -", "کرکٹ ٹیم کا اعلان -", "4512.jpg", "Share",
                           "ہمیں فیس بک اور ٹوئٹر پر فالو کریں", "پچھلی خبر بارش سے نظام زندگی مفلوج"]
    assert "ٹوئٹر اور فیس بک پر پھیلنے والی افواہوں" in res.text  # a body sentence about Twitter stays
    assert res.dateline == "اسلام آباد (نامہ نگار)"
    assert len(res.paragraphs) == 3


def test_first_short_line_becomes_title():
    res = clean_text("Kabul floods leave thousands homeless\n\nKABUL (AP) - Heavy rain has flooded large parts of the city, officials said on Sunday, as rescue teams worked through the night.\n")
    assert res.title == "Kabul floods leave thousands homeless"
    assert res.text.startswith("KABUL (AP)")
    assert res.dateline == "KABUL (AP)"


def test_html_goes_through_trafilatura():
    body = "".join(f"<p>{s}</p>" for s in [
        "قال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي بموسكو إن بلاده تدعم الحوار بين الأطراف السورية وتعمل مع الشركاء الإقليميين.",
        "وأضاف أن الاجتماع المقبل سيعقد في أستانا خلال الشهر المقبل بمشاركة ممثلين عن الحكومة والمعارضة وعدد من الدول الضامنة للاتفاق.",
    ])
    html = (f"<html><head><title>لافروف: ندعم الحوار</title><meta property='og:site_name' content='وكالة الأنباء'></head><body>"
            f"<nav><a href='/'>الرئيسية</a><a href='/sport'>رياضة</a></nav><article><h1>لافروف: ندعم الحوار</h1>{body}</article>"
            f"<footer>جميع الحقوق محفوظة 2024</footer></body></html>")
    stage = make_clean_stage(Config())
    a = stage(Article(id="h", raw=html, meta={"format": "html"}))
    assert a.title == "لافروف: ندعم الحوار"
    assert "سيرغي لافروف" in a.text and "أستانا" in a.text
    assert "الرئيسية" not in a.text and "جميع الحقوق" not in a.text
    assert all(a.text[p.start:p.end].strip() for p in a.paragraphs)


def test_html_keeps_persian_zwnj_that_trafilatura_would_drop():
    para = "وزیر امور خارجه در نشست سه\u200cجانبه گفت که ایران در کنار دولت و ملت سوریه می\u200cماند و همکاری\u200cها ادامه می\u200cیابد."
    html = f"<html><head><title>ایران می\u200cماند - ایرنا</title></head><body><article><h1>ایران می\u200cماند</h1><p>{para}</p><p>{para}</p></article></body></html>"
    a = make_clean_stage(Config())(Article(id="z", raw=html, meta={"format": "html"}))
    assert "سه\u200cجانبه" in a.text and "می\u200cماند" in a.text
    assert a.title == "ایران می\u200cماند"


def _strip_sep(s):
    return (s or "").strip().rstrip(" -–—:").strip() or None


def test_demo_corpus_boilerplate_titles_and_datelines(demo_dir):
    """Our own demo pages, annotated by hand in demo/gold.json: every boilerplate line goes, no body line does."""
    import json

    from khabar.pipeline import Pipeline

    gold = json.loads((demo_dir.parent / "gold.json").read_text(encoding="utf-8"))["documents"]
    pipe = Pipeline(("clean",), Config())
    kept_bp = extra = title_bad = 0
    datelines = []
    for art in iter_articles([demo_dir]):
        g = gold[art.id]
        a = pipe(art)
        want = set(g.get("boilerplate", []))
        kept_bp += sum(1 for w in want if w in a.text.split("\n"))
        extra += len(set(a.removed) - want - {g.get("title")})
        title_bad += (a.title or "").strip() != (g.get("title") or "").strip()
        datelines.append(_strip_sep(a.dateline) == _strip_sep(g.get("dateline")))
    assert kept_bp == 0 and extra == 0 and title_bad == 0
    assert sum(datelines) / len(datelines) >= 0.9
