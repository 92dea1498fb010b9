"""Cross-script keys: spellings of one name across ur/ar/fa/Latin meet; different names stay apart."""

from __future__ import annotations

import pytest

from khabar.kb.keys import distance, latin_skeleton, name_key, similarity, skeleton


@pytest.mark.parametrize("a,b", [
    ("ولادیمیر پوٹن", "فلاديمير بوتين"),      # ur vs ar: ٹ→ت, پ→ب, weak vowels
    ("پیوٹن", "پوتین"),
    ("ولادی میر پوتین", "ولادیمیر پوٹن"),       # a name split in two words
    ("بشار الاسد", "بشار اسد"),                # the article
    ("گرگان", "كركان"),                          # گ→ک
    ("ڈیرہ", "ديره"),                            # ڈ→د, heh forms
])
def test_spellings_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("latin,arabic", [
    ("Vladimir Putin", "فلاديمير بوتين"),
    ("Bashar al-Assad", "بشار الأسد"),
    ("Hmeimim", "حميميم"),
    ("Erdogan", "اردگان"),
])
def test_latin_names_are_close_to_their_arabic_spelling(latin, arabic):
    assert distance(latin_skeleton(latin), skeleton(arabic)) <= 1.0


def test_unseen_spelling_is_closer_to_its_entity_than_to_others():
    # حمیام (a misspelling of Hmeimim in an Urdu seed text) is nearer Khmeimim than other bases/cities
    unseen = skeleton("حمیام")
    assert distance(unseen, skeleton("حمیمیم")) < distance(unseen, skeleton("حماة"))
    assert distance(unseen, skeleton("حمیمیم")) < distance(unseen, skeleton("حمص"))


def test_distinct_names_stay_apart():
    assert similarity(skeleton("ایران"), skeleton("عراق")) < 0.7
    assert distance(skeleton("دمشق"), skeleton("حلب")) > 2


def test_name_key_is_spelling_level():
    assert name_key("پوٹن") == name_key("بوتن")
    assert name_key("پوٹن") != name_key("پوتین")  # vowel letters kept at k1; the skeleton drops them


def test_distance_is_symmetric_and_zero_on_equal():
    a, b = skeleton("شوئیگو"), skeleton("شوینکو")
    assert distance(a, a) == 0
    assert distance(a, b) == pytest.approx(distance(b, a))


def test_distance_cutoff_is_exact_within_it():
    """The cut-offs (the plain edit-count bound, the row bound) may only answer ``inf`` for pairs beyond
    the cut-off: within it the distance is the full table's."""
    import random

    rng = random.Random(3)
    letters = "ابتسشزکقجفوهاعینملرد"
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
        b = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
        full = distance(a, b)
        for cut in (0.4, 0.5, 1.0, 1.2, 2.0, 3.5):
            got = distance(a, b, cutoff=cut)
            if full <= cut:
                assert got == full, (a, b, cut)
            else:
                assert got > cut, (a, b, cut)
