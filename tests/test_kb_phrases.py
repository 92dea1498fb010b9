"""Institution phrases: a head noun and an ezafe chain ending in a known name. The pure function on
made-up token lists, then the linker on made-up Persian sentences with the shipped KB."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.kb.phrases import institution_spans, overlay
from khabar.stages.entities import get_linker


def test_head_modifiers_and_name_make_one_phrase():
    words = "دیروز دانشگاه علوم پزشکی اصفهان اعلام کرد".split()
    assert institution_spans(words, [(4, 5, "LOC")], "fa") == [(1, 5, "LOC")]


def test_the_chain_stops_at_a_function_word_and_at_punctuation():
    words = "دولت در آمریکا".split()
    assert institution_spans(words, [(2, 3, "LOC")], "fa", stop={"در"}) == []
    words = "دولت ، آمریکا".split()
    assert institution_spans(words, [(2, 3, "LOC")], "fa", breaks=lambda k: words[k + 1] == "،" or words[k] == "،") == []


def test_too_long_a_gap_is_no_phrase():
    words = "سازمان یک دو سه چهار پنج ایران".split()
    assert institution_spans(words, [(6, 7, "LOC")], "fa") == []


def test_a_body_named_after_a_person_is_that_persons_but_a_street_is_named():
    assert institution_spans("دولت خاتمی".split(), [(1, 2, "PER")], "fa") == []
    assert institution_spans("خیابان امام خمینی".split(), [(1, 3, "PER")], "fa") == [(0, 3, "LOC")]


def test_adjacent_names_join_the_chain_and_the_outer_head_wins():
    words = "تیم روبوکاپ دانشگاه شریف تهران".split()
    assert institution_spans(words, [(4, 5, "LOC")], "fa") == [(0, 5, "ORG")]
    words = "باشگاه یوونتوس ایتالیا".split()
    assert institution_spans(words, [(1, 2, "ORG"), (2, 3, "LOC")], "fa") == [(0, 3, "ORG")]


def test_events_and_languages_without_heads():
    assert institution_spans("جشنواره فیلم فجر".split(), [(2, 3, "MISC")], "fa") == [(0, 3, "MISC")]
    assert institution_spans("جامعة دمشق".split(), [(1, 2, "LOC")], "ar") == []


def test_overlay_writes_the_outer_name_over_the_inner_one():
    tags = ["O", "O", "O", "O", "B-LOC", "O"]
    assert overlay(tags, [(1, 5, "LOC")]) == ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"]
    assert overlay(["O", "B-LOC", "I-LOC"], [(0, 2, "ORG")]) == ["B-ORG", "I-ORG", "B-LOC"]


@pytest.fixture(scope="module")
def linker():
    return get_linker(Config(ner_model=None))


def test_linker_keeps_the_inner_link_and_adds_the_institution(linker):
    found = linker.link("دولت آمریکا و دانشگاه تهران روز گذشته بیانیه‌ای منتشر کردند.", "fa")
    linked = {e.name for e in found if not e.provisional}
    new = {(e.name, e.type) for e in found if e.provisional}
    assert {"United States", "Tehran"} <= linked
    assert {("دولت آمریکا", "ORG"), ("دانشگاه تهران", "LOC")} <= new
    spans = {(m.text, m.start) for e in found if e.provisional for m in e.mentions}
    assert ("دولت آمریکا", 0) in spans


def test_linker_adds_no_institution_for_a_kb_name_or_an_article_without_heads(linker):
    found = linker.link("به گزارش خبرگزاری فرانسه، ایران و روسیه گفتگو کردند.", "fa")
    assert not [e for e in found if e.provisional and "فرانسه" in e.name]
    assert "Agence France-Presse" in {e.name for e in found}


def test_a_verb_or_a_superlative_ends_the_chain():
    words = "پلیس اظهار داشت لندن".split()
    assert institution_spans(words, [(3, 4, "LOC")], "fa") == []
    assert institution_spans("پلیس لندن".split(), [(1, 2, "LOC")], "fa") == [(0, 2, "ORG")]
    words = "شهر بزرگترین جمعیت ترکیه".split()
    assert institution_spans(words, [(3, 4, "LOC")], "fa") == []


def test_a_place_noun_before_a_place_makes_no_new_entity(linker):
    found = linker.link("صدها خانه در غرب شهر کابل و استان فارس فروریخت.", "fa")
    assert not [e for e in found if e.provisional and e.name.split()[0] in ("شهر", "استان")]
    assert "Kabul" in {e.name for e in found}


def test_a_body_noun_right_before_an_organisation_is_that_organisation(linker):
    found = linker.link("سخنگوی گروه طالبان گفت که خبرگزاری ایرنا این خبر را تأیید کرد.", "fa")
    assert {"Taliban", "IRNA"} <= {e.name for e in found if not e.provisional}
    assert not [e for e in found if e.provisional and e.name.split()[0] in ("گروه", "خبرگزاری")]
    # with a modifier between head and name it is another body: the Guards' intelligence organisation
    found = linker.link("سازمان اطلاعات سپاه پاسداران اعلام کرد.", "fa")
    assert ("سازمان اطلاعات سپاه پاسداران", "ORG") in {(e.name, e.type) for e in found if e.provisional}


def test_the_second_half_of_a_zwnj_compound_starts_no_tagged_name():
    tagger_linker = get_linker(Config())
    found = tagger_linker.link("ما شب\u200cها در هوای آزاد می\u200cخوابیم؛ همه چیز ما زیر آوار مانده است.", "fa")
    assert not [e for e in found if e.provisional and "خوابیم" in e.name]


def test_a_body_noun_before_a_multiword_organisation_with_the_tagger():
    found = get_linker(Config()).link("شورمان با اشاره به نشست دیروز گروه اوپک پلاس گفت که ایران از تصمیم حمایت می‌کند.", "fa")
    assert "OPEC+" in {e.name for e in found}
    assert not [e for e in found if e.provisional and e.name.startswith("گروه")]
