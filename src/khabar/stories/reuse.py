"""Text-reuse evidence for one candidate pair (earlier source, later text).

The stream index (``dedup.NearDuplicateIndex``) finds candidates cheaply by MinHash LSH; the
measures here need both texts and cost a few milliseconds, so they run on candidate pairs only.

The measure that matters most is *background-discounted containment*: the share of the later
text's rare key-form 5-grams that occur in the earlier text. Two reports of one event share
function-word shingles (" کے ل", "ہے کہ") whatever their origin; discounting the shingles that
are common in ordinary text of the language (document frequency >= 5 % in 300-word chunks of a
background corpus, IL-NER Urdu for ``ur``) leaves names, numbers and the writer's own phrasing.
Two more help on COUNTER: *order* (shared rare shingles appear in the source's order) and the
length of the later text (a long report that shares a few passages is usually its own). Other
measures (word n-gram containment, greedy tiling, sentence reuse) are returned for models and
reports; on COUNTER they add nothing (docs/stories.md).
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..normalize import key

__all__ = ["FEATURES", "ReuseModel", "build_common", "common_hashes", "reuse_features", "shingle_hashes"]

SHINGLE = 5
DATA = Path(__file__).resolve().parent / "data"
_SENT = re.compile(r"[۔؟!\n]+|\.(?!\d)")
_WORD = re.compile(r"\w+")

FEATURES = ("containment", "containment_rev", "rare_containment", "rare_containment_rev", "order", "word1", "word2",
            "word3", "tiling", "sentence_reuse", "log_words_later", "log_words_earlier", "log_length_ratio")


def _folded(text: str) -> str:
    return " ".join(key(text).split())


def _hash_seq(text: str, n: int = SHINGLE) -> list[int]:
    k = _folded(text)
    return [zlib.crc32(k[i : i + n].encode("utf-8")) for i in range(max(0, len(k) - n + 1))]


def shingle_hashes(text: str, n: int = SHINGLE) -> set[int]:
    """crc32 of the key-form character n-grams (the bytes ``dedup.shingles`` uses)."""
    return set(_hash_seq(text, n))


def _order(earlier: list[int], later: list[int], skip: frozenset[int]) -> float:
    """Share of the shared shingles (outside ``skip``) that keep the earlier text's order in the
    later one (longest increasing subsequence of their first positions). A rewrite follows its
    source; an independent report of the same event orders the same names and numbers its own way."""
    first: dict[int, int] = {}
    for i, h in enumerate(earlier):
        if h not in skip:
            first.setdefault(h, i)
    seen: set[int] = set()
    tails: list[int] = []
    n = 0
    for h in later:
        if h in first and h not in seen:
            seen.add(h)
            n += 1
            j = bisect.bisect_left(tails, first[h])
            tails[j : j + 1] = [first[h]]
    return len(tails) / n if n else 0.0


def build_common(texts: Iterable[str], chunk_words: int = 300, min_df: float = 0.05) -> np.ndarray:
    """Sorted crc32 hashes of 5-grams found in >= ``min_df`` of ``chunk_words``-word chunks.

    ``texts`` is running text of the language (a background corpus, never an evaluation set)."""
    words = [w for t in texts for w in _folded(t).split()]
    chunks = [" ".join(words[i : i + chunk_words]) for i in range(0, max(1, len(words) - chunk_words + 1), chunk_words)]
    df: Counter[int] = Counter()
    for c in chunks:
        df.update(shingle_hashes(c))
    cut = min_df * len(chunks)
    return np.array(sorted(h for h, n in df.items() if n >= cut), dtype=np.uint32)


@lru_cache(maxsize=8)
def common_hashes(lang: str | None) -> frozenset[int]:
    """Shipped common-shingle hashes for ``lang`` (empty when none is shipped: no discount)."""
    p = DATA / f"common5_{lang}.npy"
    return frozenset(int(h) for h in np.load(p)) if lang and p.exists() else frozenset()


def _cont(a: set, b: set) -> float:
    """|A ∩ B| / |B|: the share of B found in A."""
    return len(a & b) / len(b) if b else 0.0


def _ngrams(ws: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def _tiling(ws: list[str], wl: list[str], min_len: int = 3) -> float:
    """Share of the later text's words inside common runs of >= ``min_len`` words (greedy tiling,
    as difflib's longest-match-first blocks)."""
    if not wl:
        return 0.0
    blocks = difflib.SequenceMatcher(None, ws, wl, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= min_len) / len(wl)


def _sentence_reuse(earlier: set[int], later: str, share: float = 0.5) -> float:
    """Share of the later text's sentences (>= 4 words) with >= ``share`` of their 5-grams in the earlier text."""
    sents = [s for s in _SENT.split(key(later)) if len(s.split()) >= 4]
    hits = [_cont(earlier, h) >= share for h in map(shingle_hashes, sents) if h]
    return sum(hits) / len(hits) if hits else 0.0


def reuse_features(earlier: str, later: str, lang: str | None = "ur",
                   only: Iterable[str] | None = None) -> dict[str, float]:
    """Text-reuse measures of ``later`` against ``earlier`` (names in ``FEATURES``; ``only`` limits
    them, e.g. to a model's features: the word-level ones cost most).

    ``*_rev`` measures are the other direction (how much of the earlier text the later one keeps)."""
    want = set(FEATURES if only is None else only)
    sa, sb = _hash_seq(earlier), _hash_seq(later)
    a, b = set(sa), set(sb)
    common = common_hashes(lang)
    ra, rb = a - common, b - common
    we, wl = _WORD.findall(key(earlier)), _WORD.findall(key(later))
    f: dict[str, float] = {
        "containment": _cont(a, b),
        "containment_rev": _cont(b, a),
        "rare_containment": _cont(ra, rb),
        "rare_containment_rev": _cont(rb, ra),
        "log_words_later": math.log1p(len(wl)),
        "log_words_earlier": math.log1p(len(we)),
    }
    f["log_length_ratio"] = f["log_words_later"] - f["log_words_earlier"]
    if "order" in want:
        f["order"] = _order(sa, sb, common)
    if "tiling" in want:
        f["tiling"] = _tiling(we, wl)
    if "sentence_reuse" in want:
        f["sentence_reuse"] = _sentence_reuse(a, later)
    for n in (1, 2, 3):
        if f"word{n}" in want:
            f[f"word{n}"] = _cont(_ngrams(we, n), _ngrams(wl, n))
    return {k: float(f[k]) for k in FEATURES if k in want}


@dataclass
class ReuseModel:
    """Logistic model over a few reuse measures, with a decision threshold on its score.

    Fit it on labelled pairs (``fit``); evaluations fit it on training folds only."""

    features: tuple[str, ...] = ("rare_containment", "order", "log_words_later")
    weights: list[float] = field(default_factory=list)
    bias: float = 0.0
    mean: list[float] = field(default_factory=list)
    scale: list[float] = field(default_factory=list)
    threshold: float = 0.0
    l2: float = 1.0

    def _matrix(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        return np.array([[r[k] for k in self.features] for r in rows], dtype=float).reshape(len(rows), len(self.features))

    def fit(self, rows: Sequence[dict[str, float]], labels: Sequence[bool]) -> ReuseModel:
        """L2-regularised logistic regression (Newton steps), then the F1-best threshold on the same rows."""
        x, y = self._matrix(rows), np.asarray(labels, dtype=float)
        mu, sd = x.mean(0), x.std(0) + 1e-9
        z = np.c_[(x - mu) / sd, np.ones(len(x))]
        w = np.zeros(z.shape[1])
        reg = self.l2 * np.diag(np.r_[np.ones(len(w) - 1), 0.0])
        for _ in range(50):
            p = 1.0 / (1.0 + np.exp(-z @ w))
            step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + reg, z.T @ (p - y) + reg @ w)
            w -= step
            if np.abs(step).max() < 1e-8:
                break
        self.mean, self.scale, self.weights, self.bias = mu.tolist(), sd.tolist(), w[:-1].tolist(), float(w[-1])
        self.threshold = best_threshold(self.scores(rows), y.astype(bool))
        return self

    def scores(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """Logit per row (higher = more likely derived)."""
        z = (self._matrix(rows) - np.array(self.mean)) / np.array(self.scale)
        return z @ np.array(self.weights) + self.bias

    def decide(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        return self.scores(rows) >= self.threshold


def best_threshold(x: np.ndarray, y: np.ndarray) -> float:
    """The cut on ``x`` (predict ``x >= t``) with the best F1 on these labels."""
    order = np.argsort(-x)
    xs, ys = x[order], y[order].astype(int)
    tp = np.cumsum(ys)
    k = np.arange(1, len(xs) + 1)
    f1 = 2 * tp / (k + ys.sum())
    last = np.r_[xs[1:] != xs[:-1], True]  # only cut between distinct values
    i = int(np.argmax(np.where(last, f1, -1.0)))
    return float(xs[i])


def _main() -> None:  # pragma: no cover - data build step
    """python -m khabar.stories.reuse LANG FILE...: write data/common5_LANG.npy from background text.

    Files are token-per-line (IL-NER: token TAB tag) or plain text."""
    import sys

    lang, paths = sys.argv[1], sys.argv[2:]
    texts = []
    for p in paths:
        lines = Path(p).read_text(encoding="utf-8").splitlines()
        toks = [ln.split("\t")[0].replace("_", " ") for ln in lines if ln.strip()]
        texts.append(" ".join(toks))
    arr = build_common(texts)
    DATA.mkdir(exist_ok=True)
    np.save(DATA / f"common5_{lang}.npy", arr)
    print(f"{len(arr)} common 5-grams -> {DATA / f'common5_{lang}.npy'}")


if __name__ == "__main__":  # pragma: no cover
    _main()
