"""People found by a given name and a rare surname (Persian): the pure function on made-up token lists,
then the linker on a made-up sentence with the shipped KB."""

from __future__ import annotations

from khabar.config import Config
from khabar.kb.given_names import person_spans
from khabar.stages.entities import get_linker


def free(_k: int) -> bool:
    return True


def test_given_name_and_rare_surname_are_a_person():
    words = "به گفته بهزاد نبوی این طرح".split()
    assert person_spans(words, free, "fa") == [(2, 4, "PER")]
    words = "امیر فرشاد مشفق گفت".split()
    assert person_spans(words, free, "fa", stop={"گفت"}) == [(0, 3, "PER")]


def test_a_common_word_after_a_given_name_is_no_surname():
    assert person_spans("علی گفت".split(), free, "fa") == []
    assert person_spans("حسن نیت".split(), free, "fa") == []  # "good will": نیت is an everyday word
    assert person_spans("محمد و".split(), free, "fa", stop={"و"}) == []


def test_a_name_ends_before_the_next_given_name_and_at_punctuation():
    words = "ناصر مشفق علی".split()
    assert person_spans(words, free, "fa") == [(0, 2, "PER")]
    words = "ناصر ، مشفق".split()
    assert person_spans(words, free, "fa", joined=lambda k: "،" not in words[k:k + 2]) == []


def test_only_free_words_and_only_languages_with_a_list():
    words = "بهزاد نبوی".split()
    assert person_spans(words, lambda k: k != 1, "fa") == []
    assert person_spans(words, free, "ar") == []


def test_linker_makes_a_provisional_person():
    linker = get_linker(Config(ner_model=None))
    found = linker.link("به گفته بهزاد نبوی این طرح در مجلس بررسی می‌شود.", "fa")
    assert ("بهزاد نبوی", "PER") in {(e.name, e.type) for e in found if e.provisional}
