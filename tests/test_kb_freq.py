"""kb.freq reads wordfreq's table directly for words that are its keys: it must give exactly
wordfreq's own answer, for table keys and for words that need wordfreq's tokenizer."""

import random

import pytest
import wordfreq

from khabar.kb.freq import zipf_frequency


@pytest.mark.parametrize("lang", ["ar", "fa", "ur", "en"])
def test_table_keys_match_wordfreq(lang):
    keys = list(wordfreq.get_frequency_dict(lang, "best"))
    random.seed(7)
    for w in random.sample(keys, 3000) + keys[:200] + keys[-200:]:
        assert zipf_frequency(w, lang) == wordfreq.zipf_frequency(w, lang), w


@pytest.mark.parametrize("word,lang", [
    ("الرئيسُ", "ar"),  # a diacritic: wordfreq strips it before the look-up
    ("مـصر", "ar"),  # tatweel
    ("2024", "en"), ("G20", "en"), ("۱۴۰۳", "fa"),  # digits: wordfreq's number estimate
    ("Tehran", "en"), ("می‌گوید", "fa"), ("کہ", "ur"), ("xqzvw", "en"), ("", "ar"),
])
def test_other_words_match_wordfreq(word, lang):
    assert zipf_frequency(word, lang) == wordfreq.zipf_frequency(word, lang)


@pytest.mark.parametrize("lang", ["ar", "fa", "ur", "en"])
def test_plain_letter_words_outside_the_table_match_wordfreq(lang):
    """Words of plain letters that are no table key skip wordfreq's tokenizer (frequency 0): made-up
    names and inflections in each script, and every table key with one letter changed."""
    keys = list(wordfreq.get_frequency_dict(lang, "best"))
    table = set(keys)
    rng = random.Random(11)
    letters = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھیےءآأؤإئةكيى" + "abcdefghijklmnopqrstuvwxyz"
    words = ["پوتینوف", "والبوتينيون", "ولادیمیروفسکی", "hmeimimov", "xqzvw"]
    for w in rng.sample(keys, 1500):
        i = rng.randrange(len(w))
        words.append(w[:i] + rng.choice(letters) + w[i + 1:])
    checked = 0
    for w in words:
        if w not in table and w and all(c in letters for c in w):
            assert zipf_frequency(w, lang) == wordfreq.zipf_frequency(w, lang), w
            checked += 1
    assert checked > 300
