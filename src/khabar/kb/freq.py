"""Word frequencies on wordfreq's Zipf scale, cached once per process.

The linker (is this alias an everyday word?) and the CRF features (how rare is this word?) ask about
the same words of the same article; one shared cache means each word costs one wordfreq look-up.

Most of a wordfreq look-up is its tokenizer (regexes, Unicode normalisation). A word that is itself
a key of wordfreq's table (without digits) comes out of that tokenizer unchanged (checked on 20,000
sampled keys of each of ar, fa, ur, en: no exception), so for those the table is read directly and
the value rounded exactly as wordfreq rounds it; a word of plain letters that is no key is unknown to it
(``_PLAIN_LETTERS``); any other word goes through wordfreq itself.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

__all__ = ["zipf_frequency"]

_MIN_FREQ = 1e-9  # wordfreq.zipf_to_freq(0): the floor zipf_frequency's default minimum gives


@lru_cache(maxsize=16)
def _table(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, "best")


def _rounded_zipf(freq: float) -> float:
    """wordfreq's arithmetic for one token: 3 significant digits, then Zipf to 2 decimals."""
    unrounded = max(freq, _MIN_FREQ)
    freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


# Letters wordfreq's tokenizer leaves alone in every language here: the Arabic-script letters of U+0620–U+06FF
# (no marks, no tatweel, no digits) and lowercase a–z. A word made of them alone is one token, itself
# (checked on every such word of 2,000 SaudiNewsNet articles, NTREX ar/fa/ur/en and IL-NER Urdu train:
# 110,000 words, no exception), so a word of them that is no table key has frequency 0.
_PLAIN_LETTERS = frozenset(
    [chr(c) for c in range(0x620, 0x700) if unicodedata.category(chr(c)) == "Lo"] + [chr(c) for c in range(97, 123)])


@lru_cache(maxsize=300_000)
def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's ``zipf_frequency(word, lang)`` (0 for a word it does not know)."""
    freq = _table(lang).get(word)
    if freq is not None and not any(c.isdigit() for c in word):
        return _rounded_zipf(freq)
    if freq is None and word and _PLAIN_LETTERS.issuperset(word):
        return 0.0  # most names and inflected forms of a news text: no tokenizer pass for them
    from wordfreq import zipf_frequency as _zipf

    return _zipf(word, lang)
