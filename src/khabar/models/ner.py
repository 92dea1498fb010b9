"""NER tagger protocol and the CRF implementation (python-crfsuite; no torch at run time).

A tagger is ``(tokens, lang) -> BIO tags`` over PER/LOC/ORG/MISC. ``load_tagger("crf")`` loads the
weights shipped in ``khabar/models/weights/ner-<lang>.crfsuite``; a language without weights
gets no tags. ``load_tagger("contextual")`` adds multilingual-e5-small's token states (``models/ctxner.py``:
better on Urdu and Persian, about 250 times slower; trained by ``make train-contextual``). Plug in a bigger model by
registering another loader in ``TAGGERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

__all__ = ["NERTagger", "load_tagger", "TAGGERS"]


class NERTagger(Protocol):
    def __call__(self, tokens: list[str], lang: str) -> list[str]: ...


def _load_crf(kb=None) -> NERTagger | None:
    from .crf import CRFTagger

    tagger = CRFTagger.from_package(kb=kb)
    return tagger if tagger.langs else None


def _load_contextual(kb=None) -> NERTagger | None:
    from .ctxner import ContextualTagger

    return ContextualTagger.from_package(kb=kb)


TAGGERS: dict[str, Callable[..., NERTagger | None]] = {"crf": _load_crf, "contextual": _load_contextual}


def load_tagger(name: str, kb=None) -> NERTagger | None:
    if name not in TAGGERS:
        raise ValueError(f"unknown NER tagger {name!r}; known: {sorted(TAGGERS)}")
    return TAGGERS[name](kb=kb)
