"""Near-duplicates: key-form shingles, the MinHash LSH stream index, and COUNTER derived-vs-not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.stories.dedup import NearDuplicateIndex, containment, is_derived, shingles

ROOT = Path(__file__).resolve().parents[1]

UR = ("وزیر اعظم نے آج اسلام آباد میں کابینہ کے اجلاس کی صدارت کی جس میں مہنگائی پر قابو پانے کے لیے نئے اقدامات کی منظوری دی گئی۔ "
      "اجلاس میں بتایا گیا کہ آٹے اور چینی کی قیمتوں میں کمی کے لیے صوبوں کو ہدایات جاری کر دی گئی ہیں۔ ")
UR_OTHER = ("کراچی میں شدید بارش کے بعد کئی علاقے زیر آب آ گئے اور شہریوں کو آمد و رفت میں مشکلات کا سامنا کرنا پڑا۔ "
            "محکمہ موسمیات نے اگلے دو دن مزید بارش کی پیش گوئی کی ہے۔ ")
AR = ("أعلنت الحكومة اليوم عن خطة جديدة لخفض أسعار الخبز والسكر في جميع المحافظات خلال الأشهر المقبلة، "
      "وقال المتحدث باسمها إن الخطة ستنفذ على مراحل. ")


def test_shingles_see_through_spelling_variants():
    # Arabic yeh/kaf and Eastern digits against Persian/Urdu forms: the key form is one
    assert shingles("كتاب علي ١٢٣") == shingles("کتاب علی 123")


def test_containment_from_jaccard():
    # A has 100, B has 50 inside A: J = 50/100 = 0.5, containment of B = 1
    assert containment(0.5, 100, 50) == pytest.approx(1.0)
    assert containment(0.0, 100, 50) == 0.0


def test_stream_index_finds_edits_not_neighbours():
    ix = NearDuplicateIndex()
    assert ix.add("a", UR * 2, "ur") == []
    edited = "تازہ ترین: " + (UR * 2).replace("آج", "بدھ کو")
    found = ix.add("b", edited, "ur")
    assert [i for i, _ in found] == ["a"] and found[0][1] > 0.7
    assert ix.add("c", UR_OTHER * 2, "ur") == []
    # same text filed under another language is another index
    assert ix.add("d", UR * 2, "ar") == []


def test_exact_copy_by_content_hash():
    ix = NearDuplicateIndex()
    ix.add("a", "short", "en", content_hash="h1")
    assert ix.add("b", "short", "en", content_hash="h1") == [("a", 1.0)]


def test_is_derived_on_reuse():
    later = UR[:120] + UR_OTHER
    ok, score = is_derived(UR + UR_OTHER[:40], later)
    assert ok and score > 0.5
    ok, score = is_derived(AR, UR_OTHER)
    assert not ok and score < 0.05


@pytest.mark.shared
def test_counter_cross_validated_floor(shared_path):
    shared_path("data/counter-urdu-text-reuse/xml")
    from khabar.eval.stories import eval_counter

    floors = json.loads((ROOT / "eval" / "floors" / "stories.json").read_text(encoding="utf-8"))
    res = eval_counter()
    assert res["pairs"] >= 590
    assert res["cv"]["f1"] >= floors["counter_cv_f1"], res["cv"]
