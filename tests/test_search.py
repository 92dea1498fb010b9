"""Search: keyword on key forms, entity search across scripts, filters, rank fusion, snippets."""

from __future__ import annotations

import html
import re
from typing import ClassVar

import numpy as np
import pytest
from explore_fixture import KB_DIR, build_store, make_article

from khabar.normalize import key
from khabar.search import RRF_K, Searcher, SearchFilters, fuse, highlight_terms, make_snippet, query_terms


@pytest.fixture()
def store(tmp_path):
    s = build_store(tmp_path / "s.db")
    yield s
    s.close()


@pytest.fixture()
def searcher(store):
    return Searcher(store, kb_paths=[str(KB_DIR)], embedder=None)


def ids(resp):
    return [r.id for r in resp.results]


# ----------------------------------------------------------------------- fusion
def test_rrf_formula_and_order():
    fused = fuse({"keyword": ["a", "b", "c"], "entity": ["c", "a"]}, {"keyword": 1.0, "entity": 1.0})
    scores = {a: s for a, s, _ in fused}
    assert scores["a"] == pytest.approx(1 / (RRF_K + 1) + 1 / (RRF_K + 2))
    assert scores["c"] == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    assert scores["b"] == pytest.approx(1 / (RRF_K + 2))
    assert [a for a, _, _ in fused] == ["a", "c", "b"]
    assert fused[0][2] == {"keyword": 1, "entity": 2}


def test_rrf_weights_change_the_winner():
    one = fuse({"keyword": ["x", "y"], "vector": ["y", "x"]}, {"keyword": 1.0, "vector": 0.5})
    two = fuse({"keyword": ["x", "y"], "vector": ["y", "x"]}, {"keyword": 0.5, "vector": 1.0})
    assert one[0][0] == "x" and two[0][0] == "y"


# ---------------------------------------------------------------------- linking
def test_english_name_links_through_kb_and_finds_every_script(searcher):
    resp = searcher.search("Putin")
    assert [(e.entity_id, e.via) for e in resp.entities] == [("Q7747", "kb")]
    langs = {r.lang for r in resp.results}
    assert {"ur", "ar", "fa", "en"} <= langs
    # the Urdu article never spells "Putin" in Latin letters: only the entity source can find it
    ur = next(r for r in resp.results if r.id == "ur-1")
    assert set(ur.ranks) == {"entity"}
    assert "<mark>پوٹن</mark>" in ur.snippet


@pytest.mark.parametrize("q", ["بوتين", "پوٹن", "پوتین"])
def test_arabic_script_spellings_find_the_english_article(searcher, q):
    resp = searcher.search(q)
    assert resp.entities and resp.entities[0].entity_id == "Q7747"
    assert "en-1" in ids(resp)
    en = next(r for r in resp.results if r.id == "en-1")
    assert "<mark>Putin</mark>" in en.snippet


def test_two_names_require_both_entities(searcher):
    resp = searcher.search("Putin Hmeimim")
    assert {e.entity_id for e in resp.entities} == {"Q7747", "Q11913"}
    # en-3 mentions Putin in its text but is not about Hmeimim: only the keyword source could find it, and it
    # does not contain Hmeimim either
    assert set(ids(resp)) == {"en-1", "ur-1", "ar-1", "fa-1"}


def test_names_seen_in_the_store_link_without_the_kb(store):
    s = Searcher(store, kb_paths=[str(KB_DIR / "does-not-exist")], embedder=None)
    resp = s.search("هرات")
    assert [(e.entity_id, e.via) for e in resp.entities] == [("kh:herat", "store")]
    assert set(ids(resp)) == {"en-2", "fa-2"}


def test_plain_words_use_keyword_search_only(searcher):
    resp = searcher.search("earthquake")  # "earthquakes" in the body is another FTS token; the title has it
    assert resp.entities == []
    assert ids(resp) == ["en-2"]
    assert resp.results[0].ranks == {"keyword": 1}


def test_keyword_search_matches_key_forms_across_orthography(searcher):
    # Arabic yeh/kaf in the query, Persian letters in the text: the key form folds them
    resp = searcher.search("رئيس‌جمهور", filters=SearchFilters(lang="fa"))
    assert ids(resp) == ["fa-1"]


def test_unknown_words_return_nothing(searcher):
    resp = searcher.search("zzzyqx")
    assert resp.total == 0 and resp.results == []


# ---------------------------------------------------------------------- filters
def test_language_filter_applies_to_every_source(searcher):
    resp = searcher.search("Putin", filters=SearchFilters(lang="ur"))
    assert ids(resp) == ["ur-1"]


def test_language_filter_on_a_store_made_before_the_fts_lang_column(tmp_path):
    from explore_fixture import fixture_articles

    from khabar.storage.sqlite import SQLiteStore

    path = tmp_path / "old.db"
    st = SQLiteStore(str(path))
    st.execute("DROP TABLE fts")
    st.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
    st.close()
    st = SQLiteStore(str(path))
    assert st._fts_lang is False
    st.put_articles(fixture_articles())
    s = Searcher(st, kb_paths=[str(KB_DIR)], embedder=None)
    assert set(ids(s.search("Putin", filters=SearchFilters(lang="en"), sources=("keyword",)))) == {"en-1", "en-3"}
    assert ids(s.search("Putin", filters=SearchFilters(lang="ur"), sources=("keyword",))) == []
    st.close()


def test_language_token_is_not_a_searchable_word(searcher):
    # "en" and "ur" are the language column's tokens: a query for them must not match every article
    assert searcher.search("ur", sources=("keyword",)).results == []


def test_outlet_and_story_filters(searcher):
    assert set(ids(searcher.search("Putin", filters=SearchFilters(outlet="Wire One")))) == {"en-1", "en-3"}
    assert set(ids(searcher.search("Syria", filters=SearchFilters(story="story-hmeimim")))) == {"en-1", "ur-1", "ar-1", "fa-1"}


def test_published_date_range(searcher):
    got = ids(searcher.search("Putin", filters=SearchFilters(date_from="2024-12-10")))
    assert got == ["fa-1"]
    got = set(ids(searcher.search("Putin", filters=SearchFilters(date_from="2024-12", date_to="2024-12-09"))))
    assert got == {"en-1", "ur-1", "ar-1"}


def test_mentioned_date_range_uses_resolved_values(searcher):
    # the Arabic article writes a Hijri date and the Persian one a Jalali date: both resolve to 2024-12-08
    f = SearchFilters(date_from="2024-12-08", date_to="2024-12-08", date_field="mentioned")
    assert set(ids(searcher.search("Syria", filters=f))) == {"en-1", "ur-1", "ar-1", "fa-1"}
    f = SearchFilters(date_from="2023-10", date_to="2023-10", date_field="mentioned")
    assert set(ids(searcher.search("Herat", filters=f))) == {"en-2", "fa-2"}
    assert ids(searcher.search("Putin", filters=f)) == []


def test_entity_filter(searcher):
    assert set(ids(searcher.search("Syria", filters=SearchFilters(entity="Q11913")))) == {"en-1", "ur-1", "ar-1", "fa-1"}
    assert ids(searcher.search("trade", filters=SearchFilters(entity="Q11913"))) == []


def test_pagination_is_a_window_of_one_ranking(searcher):
    full = ids(searcher.search("Syria", limit=20))
    assert len(full) >= 5
    pages = ids(searcher.search("Syria", limit=2, offset=0)) + ids(searcher.search("Syria", limit=2, offset=2)) \
        + ids(searcher.search("Syria", limit=20, offset=4))
    assert pages == full
    assert searcher.search("Syria", limit=2).total == len(full)


# ---------------------------------------------------------------------- snippets
def test_highlight_maps_key_matches_back_to_original_script():
    text = "زار الرئيس الروسي بُوتِين قاعدة حميميم\nوقال بوتين إن"
    spans = highlight_terms(text, query_terms("بوتين"))
    assert [text[s:e] for s, e in spans] == ["بُوتِين", "بوتين"]


@pytest.mark.parametrize("text", [
    "روسی صدر پوٹن نے کہا\nپوٹن",  # keys 1:1: the fast path
    "الرئيس بُوتِين وبوتين ـ بوتيـن",  # harakat and tatweel are dropped: the offset map
    "ﻻ بوتين ﷲ بوتين",  # presentation forms expand
    "İstanbul Putin",  # special lower-casing
])
def test_highlight_fast_and_mapped_paths_agree(text):
    from khabar.normalize import key_with_map

    terms = query_terms("بوتين پوٹن Putin")
    km = key_with_map(text)
    want = []
    for m in re.finditer(r"(?<!\w)(?:" + "|".join(map(re.escape, terms)) + r")(?!\w)", km.key):
        want.append(km.to_original(m.start(), m.end()))
    got = highlight_terms(text.replace("\n", " "), terms)
    assert got == want and got


def test_highlight_respects_word_boundaries():
    text = "Putinism is not Putin."
    assert [text[s:e] for s, e in highlight_terms(text, ["putin"])] == ["Putin"]


def test_snippet_escapes_html_and_marks_matches():
    text = "x " * 200 + "<b>Putin</b> & co " + "y " * 200
    s, e = text.index("Putin"), text.index("Putin") + 5
    plain, marks, markup = make_snippet(text, [(s, e)])
    assert "<b>" not in markup and "&lt;b&gt;<mark>Putin</mark>&lt;/b&gt;" in markup
    assert [plain[a:b] for a, b in marks] == ["Putin"]
    assert len(plain) < 260
    assert html.unescape(re.sub("</?mark>", "", markup)) == plain


def test_snippet_centres_on_the_densest_matches():
    text = "Putin " + "filler " * 80 + "Hmeimim Putin Hmeimim " + "tail " * 80
    spans = highlight_terms(text, ["putin", "hmeimim"])
    plain, marks, _ = make_snippet(text, spans)
    assert len(marks) == 3 and plain.startswith("…")


def test_snippet_offsets_survive_newlines():
    text = "Title here\nBody with Putin inside"
    spans = highlight_terms(text, ["putin"])
    plain, marks, _ = make_snippet(text, spans)
    assert [plain[a:b] for a, b in marks] == ["Putin"]


def test_query_terms_are_key_forms():
    assert query_terms("Putin  PUTIN بُوتِين") == ["putin", key("بوتين")]


# ------------------------------------------------------------------------ vectors
class _ToyEmbedder:
    """Deterministic 3-d vectors: one axis per topic word, so the test knows the nearest article."""

    name = "toy"
    dim = 3
    cross_lingual = True
    axes: ClassVar[dict[str, int]] = {"quake": 0, "زلزله": 0, "base": 1, "trade": 2}

    def embed(self, texts, lang=None):
        out = np.zeros((len(texts), 3), np.float32)
        for i, t in enumerate(texts):
            for w, ax in self.axes.items():
                if w in t:
                    out[i, ax] += 1
        n = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(n == 0, 1, n)


def test_vector_source_joins_the_fusion(store):
    emb = _ToyEmbedder()
    store.put_vectors({"fa-2": emb.embed(["زلزله"])[0], "en-1": emb.embed(["base"])[0], "en-3": emb.embed(["trade"])[0]}, "toy")
    s = Searcher(store, kb_paths=[str(KB_DIR)], embedder=emb)
    resp = s.search("quake")  # no keyword or entity match at all
    assert ids(resp) == ["fa-2"] and resp.results[0].ranks == {"vector": 1}
    assert resp.sources["vector"] == 1 and resp.sources.get("keyword", 0) == 0


def test_vectors_from_another_model_are_never_compared(store):
    emb = _ToyEmbedder()
    store.put_vectors({"fa-2": emb.embed(["زلزله"])[0]}, "some-other-model")
    s = Searcher(store, kb_paths=[str(KB_DIR)], embedder=emb)
    assert s.search("quake").results == []


def test_cache_refreshes_when_the_store_grows(store):
    s = Searcher(store, kb_paths=[str(KB_DIR / "none")], embedder=None, refresh_s=0)
    assert s.search("Kabul").entities == []
    a = make_article("en-9", "en", "Wire One", "2024-02-01", "Kabul talks", ["Delegates met in Kabul."],
                     entities={("kh:kabul", "Kabul", "LOC"): ["Kabul"]})
    store.put_articles([a])
    resp = s.search("Kabul")
    assert [e.entity_id for e in resp.entities] == ["kh:kabul"] and ids(resp) == ["en-9"]
