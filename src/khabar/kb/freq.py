"""Word frequencies on wordfreq's Zipf scale, cached once per process.

The linker (is this alias an everyday word?) and the CRF features (how rare is this word?) ask about
the same words of the same article; one shared cache means each word costs one wordfreq look-up.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["zipf_frequency"]


@lru_cache(maxsize=300_000)
def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's ``zipf_frequency(word, lang)`` (0 for a word it does not know)."""
    from wordfreq import zipf_frequency as _zipf

    return _zipf(word, lang)
