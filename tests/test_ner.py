"""NER: every tag scheme of ../shared/data read and mapped to PER/LOC/ORG/MISC, span scoring, the shipped
CRF tagger's interface, and `khabar eval ner`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khabar.eval.ner import map_tag, read_corpus, score, spans


@pytest.fixture()
def cli(tmp_path, monkeypatch):
    monkeypatch.setenv("KHABAR_HOME", str(tmp_path / "home"))
    from khabar.cli import app

    return CliRunner(), app


def test_every_tag_scheme_maps_to_coarse_types():
    cases = {"B-NEP": ("B", "PER"), "I-NEL": ("I", "LOC"), "-NEO": ("B", "ORG"), "B-NEN": ("O", None),
             "B-PERS": ("B", "PER"), "I-MISC": ("I", "MISC"), "B-Politician": ("B", "PER"),
             "I-Population-Center": ("I", "LOC"), "B-Non-Governmental": ("B", "ORG"), "B-Book": ("B", "MISC"),
             "B-pers": ("B", "PER"), "I-fac": ("I", "LOC"), "B-pro": ("B", "MISC"), "B-event": ("B", "MISC"),
             "PERSON": ("", "PER"), "LOCATION": ("", "LOC"), "ORGANIZATION": ("", "ORG"), "DATE": ("O", None),
             "DESIGNATION": ("O", None), "O": ("O", None)}
    for tag, want in cases.items():
        assert map_tag(tag) == want, tag


def test_read_formats_and_score(tmp_path):
    conll = tmp_path / "a.txt"
    conll.write_text("علی B-NEP\nخان I-NEP\nلاہور B-NEL\nگئے O\n\nوہ O\n", encoding="utf-8")
    io = tmp_path / "b.txt"
    io.write_text("\ufeffعلی\tPERSON\nخان\tPERSON\nلاہور\tLOCATION\nگئے\tO\n", encoding="utf-8")
    uner = tmp_path / "c.txt"
    uner.write_bytes("<PERSON>علی خان</PERSON> <LOCATION>لاہور</LOCATION> گئے\r\n".encode("utf-16"))
    want = ["B-PER", "I-PER", "B-LOC", "O"]
    for f in (conll, io, uner):
        sents = read_corpus(f)
        assert sents[0] == (["علی", "خان", "لاہور", "گئے"], want), f
    res = score([want], [["B-PER", "I-PER", "B-ORG", "O"]])
    assert res["micro"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "support": 2}
    assert res["per_type"]["LOC"]["r"] == 0.0 and res["per_type"]["PER"]["f1"] == 1.0


def test_eval_ner_command_json(cli, tmp_path):
    runner, app = cli
    f = tmp_path / "a.txt"
    f.write_text("روس B-NEL\nنے O\nکہا O\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", "ner", str(f), "--format", "conll", "--lang", "ur", "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert set(res) >= {"micro", "per_type"} and set(res["micro"]) >= {"p", "r", "f1"}


def test_spans_open_on_stray_inside_tags():
    assert spans(["I-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")}


def test_crf_tagger_interface():
    from khabar.kb.store import load_kb
    from khabar.models.ner import load_tagger

    tagger = load_tagger("crf", kb=load_kb())
    assert tagger is not None
    words = ["پاکستان", "کے", "وزیر", "اعظم", "نے", "لاہور", "میں", "تقریر", "کی"]
    tags = tagger(words, "ur")
    assert len(tags) == len(words) and all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    assert tags[words.index("لاہور")].endswith("LOC")
    assert tagger(["Hello", "world"], "en") == ["O", "O"]  # no English model: no tags, no error
    with pytest.raises(ValueError):
        load_tagger("bert")


def test_fast_crf_path_gives_crfsuites_tags(shared_path):
    """The array tagger (cached per-word state scores, batched Viterbi) must tag exactly as crfsuite does,
    on real text in each language, on sequences of every length, alone and in batches."""
    import random

    from khabar.eval.link import ntrex_articles
    from khabar.kb.matcher import tokenize
    from khabar.kb.store import load_kb
    from khabar.models.ner import load_tagger

    shared_path("data/ntrex128-news-ar-fa-ur-en")
    tagger = load_tagger("crf", kb=load_kb())
    rng = random.Random(7)
    checked = 0
    for _doc, _code, art in ntrex_articles(docs=6, langs=("arb", "fas", "urd")):
        words = [t.text for t in tokenize(art.text)]
        seqs = []
        for _ in range(6):
            a = rng.randrange(len(words))
            seqs.append(words[a:a + rng.choice([0, 1, 2, 3, 6, 13, 49, 50, 51, 120])])
        batch = tagger.tag_many(seqs, art.lang)
        for seq, got in zip(seqs, batch):
            want = tagger.tag_reference(seq, art.lang)
            assert got == want and tagger(seq, art.lang) == want
            checked += 1
    assert checked == 108


def test_fast_crf_word_rows_use_exactly_the_feature_strings_attributes():
    """A new word's row in the array tagger comes from look-ups of its parts (no feature strings); those
    ids must be the ids of ``_Feats``' own and neighbour feature strings, in their order, for every kind
    of word: clitics and the article, titles, gazetteer names, first and last names, Latin, digits."""
    from khabar.kb.store import load_kb
    from khabar.models.ner import load_tagger

    tagger = load_tagger("crf", kb=load_kb())
    words = ["والقاهرة", "بالرئيس", "فلاديمير", "بوتين", "وزير", "الخارجية", "لافروف", "پوٹن", "وزیر", "دفاع",
             "رئیس‌جمهور", "پزشکیان", "ایرانیوں", "کی", "Moscow", "putin", "2024", "۱۴۰۳", "ال", "و", "فالاسد"]
    for lang in ("ar", "ur", "fa"):
        fast = tagger._fast_model(lang)
        fc = fast.feats
        for w in words:
            info = fc._compute_info(w)
            want = [fc.own_list(info, w)] + [fc.ctx_list(info, off) for off in (-2, -1, 1, 2)]
            want_ids = [[fast.attr_id[f] for f in feats if f in fast.attr_id] for feats in want]
            assert fast._slot_ids(info, w) == want_ids, (lang, w)
        assert any(fast._slot_ids(fc._compute_info(w), w)[0] for w in words)  # the model knows some
