"""Is article B a translation or close rewrite of article A in another language?

Evidence that survives translation: linked entity ids, normalised numbers, resolved
dates, quoted speakers (the ``neutral`` part of a signature), and language-centred
sentence embeddings compared sentence by sentence (a translation matches sentence for
sentence; a different story on the same actors does not). A pair is accepted when its
score passes the threshold *and* each is the other's best match in that language pair:
a translation is one-to-one, so the mutual-best rule removes most near misses.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from ..document import Article
from ..models.embed import Embedder, get_embedder, split_sentences
from .cluster import best_match
from .features import extract

__all__ = ["TranslationDetector", "neutral_overlap"]


def neutral_overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Jaccard of two neutral feature sets (entities, numbers, dates, speakers)."""
    if not a or not b:
        return 0.0
    keys = set(a) | set(b)
    num = sum(min(a.get(k, 0.0), b.get(k, 0.0)) for k in keys)
    den = sum(max(a.get(k, 0.0), b.get(k, 0.0)) for k in keys)
    return num / den if den else 0.0


@dataclass
class _Doc:
    id: str
    lang: str
    neutral: dict[str, float]
    emb: np.ndarray | None


class TranslationDetector:
    """Score and pick translation pairs. ``threshold`` was set on the NTREX dev half."""

    def __init__(self, embedder: Embedder | None | str = "auto", threshold: float = 0.35,
                 neutral_weight: float = 0.5, sentences: int = 4, mutual: bool = True) -> None:
        self.embedder = get_embedder(embedder) if isinstance(embedder, str) else embedder
        self.threshold = threshold
        self.neutral_weight = neutral_weight
        self.sentences = sentences
        self.mutual = mutual

    def doc(self, article: Article) -> _Doc:
        ev = extract(article)
        sents = split_sentences(article.text, limit=self.sentences)
        if article.title and (not sents or article.title not in sents[0]):
            sents = [article.title] + sents[: self.sentences - 1]
        emb = self.embedder.embed(sents, ev.lang) if self.embedder is not None and sents else None
        return _Doc(article.id, ev.lang, ev.neutral, emb)

    def score_docs(self, a: _Doc, b: _Doc) -> float:
        s = best_match(a.emb, b.emb) if a.emb is not None and b.emb is not None else 0.0
        return s + self.neutral_weight * neutral_overlap(a.neutral, b.neutral)

    def score(self, a: Article, b: Article) -> float:
        return self.score_docs(self.doc(a), self.doc(b))

    def is_translation(self, a: Article, b: Article) -> bool:
        return (a.lang or "") != (b.lang or "") and self.score(a, b) >= self.threshold

    def pairs(self, articles: list[Article]) -> list[tuple[str, str, float]]:
        """Translation pairs among ``articles``: cross-language, above threshold, mutual best."""
        docs = [self.doc(a) for a in articles]
        by_lang: dict[str, list[_Doc]] = defaultdict(list)
        for d in docs:
            by_lang[d.lang].append(d)
        out: list[tuple[str, str, float]] = []
        for la, lb in itertools.combinations(sorted(by_lang), 2):
            A, B = by_lang[la], by_lang[lb]
            S = np.array([[self.score_docs(a, b) for b in B] for a in A]) if A and B else np.zeros((0, 0))
            if S.size == 0:
                continue
            best_b = S.argmax(axis=1)
            best_a = S.argmax(axis=0)
            for i, j in enumerate(best_b):
                if S[i, j] < self.threshold:
                    continue
                if self.mutual and best_a[j] != i:
                    continue
                out.append((A[i].id, B[j].id, float(S[i, j])))
        return out
