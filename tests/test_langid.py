"""Language ID: Urdu vs Persian vs Arabic must be right; Pashto, Sindhi and Kurdish too (lingua lacks them)."""

import json
from pathlib import Path

from khabar.config import DEFAULT_LANGS, Config
from khabar.document import Article, Paragraph
from khabar.eval.langid import evaluate_ntrex
from khabar.ingest import iter_articles
from khabar.models.langid import HybridLangID, LetterProfileLangID, letter_profile_ar_fa_ur, script_of
from khabar.stages.clean import make_clean_stage
from khabar.stages.langid import make_langid_stage

FLOORS = json.loads((Path(__file__).resolve().parents[1] / "eval" / "floors" / "langid.json").read_text())


def test_ntrex_scores_stay_above_the_floors(shared_path):
    res = evaluate_ntrex(shared_path("data/ntrex128-news-ar-fa-ur-en"))
    assert res["line"]["accuracy"] >= FLOORS["ntrex_line_accuracy"]
    assert res["doc"]["accuracy"] >= FLOORS["ntrex_doc_accuracy"]
    for code, v in res["line"]["per_lang"].items():
        assert v["f1"] >= FLOORS["ntrex_line_f1_min_per_file"], (code, v)


def test_seeds_languages(seeds_dir, seeds_gold):
    clean, lid = make_clean_stage(Config()), make_langid_stage(Config())
    got = {a.id: lid(clean(a)).lang for a in iter_articles([seeds_dir])}
    want = {d: g["lang"] for d, g in seeds_gold["documents"].items()}
    assert sum(got[d] == want[d] for d in want) / len(want) >= FLOORS["seeds_lang_accuracy"]


def test_paragraph_languages_in_a_mixed_article():
    ur = "وزیر اعظم نے کہا کہ حکومت عوام کو ریلیف دینے کے لیے ہر ممکن قدم اٹھائے گی۔"
    ar = "وقال المتحدث باسم الحكومة إن الاجتماع سيعقد الأسبوع المقبل في العاصمة."
    en = "The prime minister said the government would take every possible step."
    text = "\n".join([ur, ar, en, ur])
    paras, pos = [], 0
    for s in (ur, ar, en, ur):
        paras.append(Paragraph(pos, pos + len(s)))
        pos += len(s) + 1
    a = make_langid_stage(Config())(Article(id="m", text=text, paragraphs=paras))
    assert [p.lang for p in a.paragraphs] == ["ur", "ar", "en", "ur"]
    assert a.lang == "ur"


def test_second_detector_covers_what_lingua_lacks():
    det = LetterProfileLangID()
    assert det.detect("زه په کابل کې اوسېږم او هره ورځ ښوونځي ته ځم").lang == "ps"
    assert det.detect("مان ڪراچي ۾ رهان ٿو ۽ هر روز اسڪول وڃان ٿو").lang == "sd"
    assert det.detect("من لە هەولێر دەژیم و هەموو ڕۆژێک دەچمە قوتابخانە").lang == "ckb"
    assert det.detect("من در تهران زندگی می‌کنم و هر روز به مدرسه می‌روم").lang is None


def test_restricted_language_set_is_respected():
    only = HybridLangID(("ar", "en"))
    assert only.detect("من در تهران زندگی می‌کنم و هر روز به مدرسه می‌روم").lang in ("ar", None)
    assert HybridLangID(DEFAULT_LANGS).detect("من در تهران زندگی می‌کنم و هر روز به مدرسه می‌روم").lang == "fa"


def test_fast_letter_path_defers_on_mixed_evidence():
    assert letter_profile_ar_fa_ur("قال الرئيس في كلمته إن الحكومة ستعمل") == "ar"
    assert letter_profile_ar_fa_ur("یہ بات انہوں نے کہی") == "ur"
    assert letter_profile_ar_fa_ur("الرئيس نے کہا") is None  # an Arabic title inside Urdu: lingua decides
    assert script_of("Привет мир") == "cyrillic" and script_of("नमस्ते दुनिया") == "devanagari"
